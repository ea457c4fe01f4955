//! Long texts are read in windows (`Analyzer::extract`): the entities are those of the whole
//! document where the windows' cuts fall between the documents a long text is made of, and
//! offsets are the whole text's.
#![cfg(test)]

use std::sync::OnceLock;

use hanhchinh::{Analysis, Analyzer};

/// The sample pages (`data/corpus/seeds`), joined by blank lines, repeated past 1 MiB (the
/// size from which a text is read in windows); made once for all the tests.
fn long_text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let pages: Vec<String> = hanhchinh_cases::seed_pages()
            .into_iter()
            .map(|(_, text)| text)
            .collect();
        assert!(!pages.is_empty());
        let one = pages.join("\n\n");
        let mut text = String::new();
        while text.len() <= 1 << 20 {
            text.push_str(&one);
            text.push_str("\n\n");
        }
        text
    })
}

/// An analyzer with the reference date of the seed pages, the long text, and the text read by
/// it as one document: what reading the text in windows must give.
fn dated_long_text() -> (Analyzer, &'static str, Analysis<'static>) {
    let a = Analyzer::builder()
        .reference_date(hanhchinh::Date::constant(2023, 5, 18))
        .build();
    let text = long_text();
    let whole = a.analyze(text);
    (a, text, whole)
}

#[test]
fn windows_give_the_whole_documents_entities() {
    let (a, text, whole) = dated_long_text();
    let windowed = a.extract(text);
    assert_eq!(windowed.date(), whole.date());
    for e in windowed.entities() {
        assert_eq!(&text[e.span()], e.text());
    }
    if windowed.entities() != whole.entities() {
        let first = windowed
            .entities()
            .iter()
            .zip(whole.entities())
            .position(|(x, y)| x != y);
        panic!(
            "{} entities windowed, {} whole; first difference at {first:?}",
            windowed.entities().len(),
            whole.entities().len()
        );
    }
}

/// Without a reference date, a long text is dated by the latest date written anywhere in it,
/// as the whole document is: here one written once, in the middle, in a text with spaces and
/// in the same text without them (where the dating pass looks only around groups of digits).
#[test]
fn a_long_undated_text_is_dated_as_the_whole_document() {
    let a = Analyzer::default();
    let text = long_text();
    let glued: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let news = "\n\nChiều ngày 02/01/2026, UBND xã Phú Thượng họp.\n\n";
    for text in [text, &glued] {
        let mid = (text.len() / 2..)
            .find(|&i| text.is_char_boundary(i))
            .unwrap();
        let cut = mid + text[mid..].find(['\n', '.']).unwrap();
        let dated = format!("{}{news}{}", &text[..cut], &text[cut..]);
        let whole = a.analyze(&dated);
        let windowed = a.extract(&dated);
        assert_eq!(windowed.date(), whole.date());
        assert_eq!(
            windowed.date().date().map(|d| d.to_string()).as_deref(),
            Some("2026-01-02")
        );
    }
}

/// `extract_iter` gives the entities of the whole document window by window, the date first
/// (compared with `analyze`, which reads the text as one document, not with `extract`, which
/// is built on `extract_iter`).
#[test]
fn extract_iter_streams_the_windows() {
    let (a, text, all) = dated_long_text();
    let it = a.extract_iter(text);
    assert_eq!(it.date(), all.date());
    assert!(it.len() > 1);
    let batches: Vec<_> = it.collect();
    assert!(batches.iter().all(|b| !b.is_empty()));
    for pair in batches.windows(2) {
        let last = pair[0].iter().map(|e| e.span().end).max().unwrap();
        let first = pair[1].iter().map(|e| e.span().start).min().unwrap();
        assert!(last <= first);
    }
    let flat: Vec<_> = batches.into_iter().flatten().collect();
    assert_eq!(flat, all.entities());
    // A short text is one window, read at once to learn its date.
    let short = "Ngày 18/12/2017, UBND quận Tây Hồ họp.";
    let it = a.extract_iter(short);
    assert_eq!(it.len(), 1);
    assert_eq!(it.date(), a.analyze(short).date());
}
