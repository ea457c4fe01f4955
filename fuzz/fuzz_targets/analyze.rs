//! The facade over arbitrary UTF-8: every entity's span lies on char boundaries inside the
//! text, its text is the slice of its span, entities come sorted by start (longer first at
//! the same start), number-like entities never overlap each other, and the JSON of the
//! analysis is valid.
#![no_main]

use hanhchinh::Analyzer;
use libfuzzer_sys::fuzz_target;
use once_cell::sync::Lazy;

static ANALYZER: Lazy<Analyzer> = Lazy::new(Analyzer::default);

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let r = ANALYZER.analyze(s);
    let mut prev: Option<(usize, usize)> = None;
    let mut number_end = 0usize;
    for e in r.entities() {
        let (start, end) = (e.start(), e.end());
        assert!(start < end && end <= s.len(), "span {start}..{end} of {}", s.len());
        assert!(s.is_char_boundary(start) && s.is_char_boundary(end));
        assert_eq!(Some(e.text()), s.get(start..end));
        if let Some((ps, pe)) = prev {
            assert!(ps < start || (ps == start && pe >= end), "order at {start}");
        }
        prev = Some((start, end));
        if e.kind().is_number_like() {
            assert!(start >= number_end, "number-like entities overlap at {start}");
            number_end = end;
        }
    }
    let json = r.entities_json();
    assert!(json.starts_with('[') && json.ends_with(']'));
});
