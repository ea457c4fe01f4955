//! `hanhchinh-text` forms and the document over arbitrary UTF-8: `normalize` (both tone
//! styles), `fold` and `key` are idempotent, `fold` of the normalized text is the fold of the
//! text, and every fact of a `Doc` is what the free functions say; its lines and sentences
//! partition its tokens.
#![no_main]

use hanhchinh_text::{fold, key, normalize_with, Doc, Gap, NormalizeOptions, ToneStyle};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    for style in [ToneStyle::Traditional, ToneStyle::Modern] {
        let o = NormalizeOptions::new().tone(style);
        let once = normalize_with(s, &o).into_owned();
        assert_eq!(normalize_with(&once, &o), once.as_str(), "normalize({s:?})");
    }
    let f = fold(s).into_owned();
    assert_eq!(fold(&f), f.as_str(), "fold({s:?})");
    let k = key(s).into_owned();
    assert_eq!(key(&k), k.as_str(), "key({s:?})");

    let doc = Doc::new(s);
    for (i, t) in doc.tokens().iter().enumerate() {
        assert_eq!(doc.key(i), key(t.text()));
        assert_eq!(doc.fold(i), fold(t.text()));
        assert_eq!(doc.gap_before(i) == Gap::None, doc.gap_text(i).is_empty());
        assert_eq!(doc.token_at(t.start()), Some(i));
    }
    let mut next = 0;
    for r in doc.lines() {
        assert_eq!(r.start, next);
        next = r.end;
    }
    assert_eq!(next, doc.len());
    let mut next = 0;
    for r in doc.sentences() {
        assert_eq!(r.start, next);
        next = r.end;
    }
    assert_eq!(next, doc.len());
});
