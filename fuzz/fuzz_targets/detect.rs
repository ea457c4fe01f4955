//! The detector on arbitrary bytes and text: never panics, confidence in 0..=1, and the
//! verdict decodes without panicking.
#![no_main]

use hanhchinh_text::legacy::{decode, decode_str, detect, detect_str, Encoding};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let d = detect(data);
    assert!((0.0..=1.0).contains(&d.confidence()));
    assert!(Encoding::ALL.contains(&d.encoding()));
    let _ = decode(data, d.encoding());
    let s = String::from_utf8_lossy(data);
    let d = detect_str(&s);
    assert!((0.0..=1.0).contains(&d.confidence()));
    let _ = decode_str(&s, d.encoding());
});
