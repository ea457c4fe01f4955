//! VNI-Windows: decoding never panics and gives NFC; bytes and their Windows-1252 reading
//! decode alike; whatever the encoder accepts comes back unchanged.
#![no_main]

use hanhchinh_text::legacy::{vni, windows_1252_to_string};
use libfuzzer_sys::fuzz_target;
use unicode_normalization::{is_nfc, UnicodeNormalization};

fuzz_target!(|data: &[u8]| {
    let decoded = vni::decode(data);
    assert!(is_nfc(&decoded));
    assert_eq!(vni::decode_str(&windows_1252_to_string(data)), decoded);

    if let Ok(s) = std::str::from_utf8(data) {
        assert!(is_nfc(&vni::decode_str(s)));
        if let Ok(bytes) = vni::encode(s) {
            let nfc: String = s.nfc().collect();
            assert_eq!(vni::decode(&bytes), nfc);
        }
    }
});
