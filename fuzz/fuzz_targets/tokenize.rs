//! The tokenizer over arbitrary UTF-8: spans in order, on char boundaries, not overlapping,
//! `text()` is the slice of its span, and every non-space character is inside a token.
#![no_main]

use hanhchinh_text::{is_space, tokenize};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let mut prev_end = 0;
    for t in tokenize(s) {
        let (start, end) = (t.start(), t.end());
        assert!(
            start >= prev_end,
            "token {start}..{end} overlaps or goes back ({prev_end})"
        );
        assert!(start < end, "empty token at {start}");
        assert!(s.is_char_boundary(start) && s.is_char_boundary(end));
        assert_eq!(t.span(), start..end);
        assert_eq!(Some(t.text()), s.get(start..end));
        let gap = s.get(prev_end..start).unwrap_or_default();
        assert!(
            gap.chars().all(is_space),
            "non-space {gap:?} left out before {start}"
        );
        // The derived forms must not panic either.
        let _ = (t.kind(), t.normalized(), t.folded(), t.key());
        let _ = (t.is_capitalized(), t.is_uppercase());
        prev_end = end;
    }
    let tail = s.get(prev_end..).unwrap_or_default();
    assert!(
        tail.chars().all(is_space),
        "non-space {tail:?} left out at the end"
    );
});
