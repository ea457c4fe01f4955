//! VIQR: decoding never panics and gives NFC (with and without the sentence-end heuristic);
//! whatever the encoder accepts comes back unchanged.
#![no_main]

use hanhchinh_text::legacy::viqr;
use libfuzzer_sys::fuzz_target;
use unicode_normalization::{is_nfc, UnicodeNormalization};

fuzz_target!(|data: &[u8]| {
    assert!(is_nfc(&viqr::decode_bytes(data)));
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    assert!(is_nfc(&viqr::decode(s)));
    let opts = viqr::ViqrOptions::default().with_sentence_end(true);
    assert!(is_nfc(&viqr::decode_with(s, &opts)));
    if let Ok(ascii) = viqr::encode(s) {
        assert!(ascii.is_ascii());
        let nfc: String = s.nfc().collect();
        assert_eq!(viqr::decode(&ascii), nfc);
    }
});
