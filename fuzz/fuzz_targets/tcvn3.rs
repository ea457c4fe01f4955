//! TCVN3: decoding never panics and gives NFC; bytes and their Windows-1252 reading decode
//! alike; what the encoder accepts (without capital toned vowels) comes back unchanged.
#![no_main]

use hanhchinh_text::legacy::{tcvn3, windows_1252_to_string};
use libfuzzer_sys::fuzz_target;
use unicode_normalization::{is_nfc, UnicodeNormalization};

fuzz_target!(|data: &[u8]| {
    let decoded = tcvn3::decode(data);
    assert!(is_nfc(&decoded));
    assert_eq!(tcvn3::decode_str(&windows_1252_to_string(data)), decoded);
    let raw = tcvn3::Tcvn3Options::default().with_fix_capitals(false);
    let plain = tcvn3::decode_with(data, &raw);
    assert!(is_nfc(&plain));

    if let Ok(s) = std::str::from_utf8(data) {
        assert!(is_nfc(&tcvn3::decode_str(s)));
        // Capital toned vowels are what VN3 cannot express, in the composed text (`I` and a
        // combining grave compose to `Ì`: the campaign of 2026-12-06 found the check made on
        // the uncomposed input).
        let nfc: String = s.nfc().collect();
        let expressible = nfc
            .chars()
            .all(|c| c.is_ascii() || !c.is_uppercase() || "ĂÂÊÔƠƯĐ".contains(c));
        if let (Ok(bytes), true) = (tcvn3::encode(s), expressible) {
            assert_eq!(tcvn3::decode_with(&bytes, &raw), nfc);
        }
    }
});
