//! The gazetteer's unit finder over arbitrary UTF-8: mentions in text order without overlap,
//! spans on char boundaries, `text` is the slice of `span`, the name inside the mention, and
//! `find_in(text)` is `find_in_doc(&Doc::new(text))`. The first byte chooses the document's date
//! (none, before or after the 2025 reform), so that the era rules run too.
#![no_main]

use hanhchinh_gazetteer::{DateSource, FindOptions};
use hanhchinh_text::Doc;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&choice, rest)) = data.split_first() else {
        return;
    };
    let Ok(s) = std::str::from_utf8(rest) else {
        return;
    };
    let g = hanhchinh_gazetteer::global();
    let doc = Doc::new(s);
    let opts = match choice % 3 {
        0 => FindOptions::new(),
        1 => FindOptions::new().as_of(jiff::civil::date(2019, 6, 1), DateSource::Given),
        _ => FindOptions::new().as_of(jiff::civil::date(2025, 10, 1), DateSource::Written),
    };
    let found = g.find_in_doc(&doc, &opts);
    let mut prev_end = 0;
    for m in &found {
        let (start, end) = (m.span.start, m.span.end);
        assert!(start >= prev_end, "mention {start}..{end} overlaps or goes back ({prev_end})");
        assert!(start < end, "empty mention at {start}");
        assert!(s.is_char_boundary(start) && s.is_char_boundary(end));
        assert_eq!(Some(m.text), s.get(start..end));
        assert!(m.name_span.start >= start && m.name_span.end <= end);
        assert!(!m.resolution.candidates().is_empty(), "a mention without candidates");
        prev_end = end;
    }
    if choice % 3 == 0 {
        assert_eq!(found, g.find_in(s));
    }
    let _ = g.source_tag(&doc, &found, &opts, None);
    let _ = g.is_bare_place_name(s);
});
