//! hanhchinh-abbrev over arbitrary UTF-8: abbreviations, legal references, laws named by
//! title, title chains and the designation of every capitalised run. Invariants, not only no
//! panic: every span lies on char boundaries and its text is the slice of the input; mentions
//! and references come in text order and references do not overlap; every mention has a
//! non-empty candidate and a chosen one among them; `find(text)` (read in pieces) equals
//! `find_in_doc` over one document; `parse_symbol` of every reference's symbol gives back its
//! parts; a designation's titles and posts lie in the text.
#![no_main]

use hanhchinh_abbrev::{
    find, find_law_names_in_doc, find_legal_refs_in_doc, parse_symbol, parse_title,
    split_titles, Context, Lexicon, ProvinceKind,
};
use hanhchinh_text::Doc;
use libfuzzer_sys::fuzz_target;

fn check_span(s: &str, span: std::ops::Range<usize>, text: &str, what: &str) {
    assert!(span.start <= span.end, "{what}: reversed span {span:?}");
    assert!(
        s.is_char_boundary(span.start) && s.is_char_boundary(span.end),
        "{what}: span {span:?} not on char boundaries"
    );
    assert_eq!(s.get(span.clone()), Some(text), "{what}: text is not the slice of {span:?}");
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let Ok(s) = std::str::from_utf8(rest) else {
        return;
    };
    let ctx = match mode % 4 {
        0 => Context::new(),
        1 => Context::new().province_kind(ProvinceKind::Province),
        2 => Context::new()
            .province_kind(ProvinceKind::CentralCity)
            .unit_name("Nam Từ Liêm"),
        _ => Context::new().year(2024).unit_name("Ba Đình"),
    };
    let lex = Lexicon::builtin();
    let doc = Doc::new(s);

    // Abbreviations.
    let mentions = lex.find_in_doc(&doc, &ctx);
    let mut prev = 0;
    for m in &mentions {
        check_span(s, m.span(), m.text(), "mention");
        assert!(m.start() >= prev, "mentions out of order at {}", m.start());
        prev = m.start();
        assert!(!m.candidates().is_empty(), "mention {:?} without candidates", m.text());
        assert!(m.candidates().iter().all(|c| !c.expansion().is_empty()));
        if let Some(c) = m.chosen() {
            assert!(m.candidates().contains(c));
        }
        let _ = lex.expand(m.text());
    }
    let pieces: Vec<_> = find(s, &ctx).iter().map(|m| (m.span(), m.expansion().map(str::to_string))).collect();
    let whole: Vec<_> = mentions.iter().map(|m| (m.span(), m.expansion().map(str::to_string))).collect();
    assert_eq!(pieces, whole, "find (in pieces) differs from find_in_doc");

    // Legal references.
    let mut end = 0;
    for r in find_legal_refs_in_doc(&doc, &ctx) {
        check_span(s, r.span(), r.text(), "legal ref");
        assert!(r.span().start >= end, "legal refs overlap at {:?}", r.span());
        end = r.span().end;
        assert!(!r.doc_type().is_empty() && !r.number().is_empty());
        if let Some(t) = r.doc_type_span() {
            assert!(t.start >= r.span().start && t.end <= r.span().end);
            check_span(s, t, r.doc_type(), "doc type");
        }
        if let Some(sym) = r.symbol() {
            let p = parse_symbol(sym).expect("a reference's symbol parses");
            assert_eq!((p.number, p.issuer), (r.number(), r.issuer()));
        }
        if let Some(d) = r.date_span() {
            assert!(d.start >= r.span().end && s.is_char_boundary(d.start) && s.is_char_boundary(d.end));
        }
    }
    for l in find_law_names_in_doc(&doc) {
        check_span(s, l.span(), l.text(), "law name");
    }

    // Titles: a chain from every token start, and the designation of every capitalised run.
    for t in split_titles(s, &ctx) {
        check_span(s, t.span(), t.text(), "title");
        let _ = (t.expanded(), t.level_kind(&ctx), t.party_seniority());
    }
    let _ = parse_title(s, &ctx);
    let mut i = 0;
    while i < doc.len() {
        if !doc.is_name_word(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < doc.len() && doc.is_name_word(i) {
            i += 1;
        }
        let d = lex.designation_in_doc(&doc, start..i, &mentions);
        for r in &d.ranks {
            check_span(s, r.span(), r.text(), "rank");
        }
        for t in d.titles.iter().chain(d.gained.iter()) {
            check_span(s, t.span(), t.text(), "designation title");
        }
        if let Some(k) = lex.name_after_title(&doc, start..i, &mentions) {
            assert!(k > start && k < i);
        }
    }
});
