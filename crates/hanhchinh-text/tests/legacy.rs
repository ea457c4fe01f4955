//! Legacy encodings: round trips, real administrative phrases, detection, and no panic on
//! any input.
//!
//! The phrases below were written for these tests (unit names and the usual headings of
//! Vietnamese administrative documents); no corpus text is copied. The bytes of each encoding
//! that decode to known text are the cases of `tests/cases/legacy_bytes.tsv`.
#![cfg(test)]

use hanhchinh_cases::{compare, Cases};
use hanhchinh_text::legacy::{
    self, decode, decode_str, detect, detect_str, encode, tcvn3, viqr, vni, windows_1252_to_string,
    Encoding,
};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

const VOWELS: &str = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";

/// Every Vietnamese letter, lower case.
fn lower_letters() -> Vec<char> {
    VOWELS.chars().chain("bcdđghklmnpqrstvx".chars()).collect()
}

/// Every Vietnamese letter, both cases.
fn all_letters() -> Vec<char> {
    let lower = lower_letters();
    let upper: Vec<char> = lower.iter().flat_map(|c| c.to_uppercase()).collect();
    lower.into_iter().chain(upper).collect()
}

const PHRASES: &[&str] = &[
    "Ủy ban nhân dân",
    "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH",
    "Quỳnh Phụ",
    "Nghị quyết số 15/2023/NQ-HĐND",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Chủ tịch Hội đồng nhân dân huyện Mường Khương",
    "Sở Tài nguyên và Môi trường",
    "thị trấn Đắk Glei, huyện Đắk Glei, tỉnh Kon Tum",
    "phường Nghĩa Đô, quận Cầu Giấy, thành phố Hà Nội",
];

/// The legacy encodings the detector tells apart, from each other and from Unicode.
const DETECTED: [Encoding; 4] = [
    Encoding::Tcvn3,
    Encoding::Vni,
    Encoding::Viqr,
    Encoding::Windows1258,
];

/// A paragraph for detection: long enough to decide, short enough to read.
const PARAGRAPH: &str = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; \
    xét đề nghị của Trưởng phòng Nội vụ huyện, Ủy ban nhân dân huyện Quỳnh Phụ quyết định \
    thành lập tổ công tác rà soát địa giới hành chính các xã, thị trấn trên địa bàn. \
    Các đồng chí có tên tại Điều 1 chịu trách nhiệm thi hành quyết định này.";

#[test]
fn vni_round_trips_every_letter_both_cases() {
    for c in all_letters() {
        let s = c.to_string();
        let bytes = encode(&s, Encoding::Vni).unwrap();
        assert_eq!(decode(&bytes, Encoding::Vni), s, "{c}");
        assert_eq!(
            decode_str(&windows_1252_to_string(&bytes), Encoding::Vni),
            s,
            "{c}"
        );
        // Inside a word, too.
        let w = format!("x{c}n");
        assert_eq!(vni::decode(&vni::encode(&w).unwrap()), w, "{w}");
    }
}

#[test]
fn viqr_round_trips_every_letter_both_cases() {
    for c in all_letters() {
        let s = format!("{c} {c}? {c}. {c}d");
        let ascii = viqr::encode(&s).unwrap();
        assert!(ascii.is_ascii());
        assert_eq!(viqr::decode(&ascii), s, "{s} via {ascii}");
    }
}

#[test]
fn tcvn3_round_trips_what_vn3_can_express() {
    let raw = tcvn3::Tcvn3Options::default().with_fix_capitals(false);
    // Every lowercase letter and the seven capitals with a byte of their own.
    for c in lower_letters().into_iter().chain("ĂÂÊÔƠƯĐ".chars()) {
        let s = c.to_string();
        let bytes = tcvn3::encode(&s).unwrap();
        assert_eq!(bytes.len(), 1, "{c}");
        assert_eq!(tcvn3::decode_with(&bytes, &raw), s, "{c}");
        assert_eq!(
            tcvn3::decode_str_with(&windows_1252_to_string(&bytes), &raw),
            s
        );
    }
    // Capital toned vowels go through the lowercase byte and come back in capital words.
    for c in VOWELS.chars().flat_map(char::to_uppercase) {
        let w = format!("N{c}NG");
        assert_eq!(tcvn3::decode(&tcvn3::encode(&w).unwrap()), w, "{w}");
    }
}

#[test]
fn real_phrases_in_every_encoding() {
    for &p in PHRASES {
        for enc in [Encoding::Tcvn3, Encoding::Vni, Encoding::Viqr] {
            let bytes = encode(p, enc).unwrap();
            let back = decode(&bytes, enc);
            if enc == Encoding::Tcvn3 && p == "Ủy ban nhân dân" {
                // VN3 has no `Ủ`: the capital font is the only way, and a mixed-case word
                // cannot say it.
                assert_eq!(back, "ủy ban nhân dân");
            } else {
                assert_eq!(back, p, "{enc}: {p}");
            }
            assert_eq!(decode_str(&windows_1252_to_string(&bytes), enc), back);
        }
    }
}

/// The bytes of the `bytes` column of `tests/cases/legacy_bytes.tsv`: `\xHH` is the byte of
/// hexadecimal value HH, any other character (ASCII) its own byte.
fn bytes_of(column: &str) -> Result<Vec<u8>, String> {
    if !column.is_ascii() {
        return Err(format!("`{column}` is not ASCII"));
    }
    let mut parts = column.split("\\x");
    let mut bytes: Vec<u8> = parts.next().unwrap_or_default().bytes().collect();
    for part in parts {
        let byte = part.get(..2).and_then(|h| u8::from_str_radix(h, 16).ok());
        bytes.push(byte.ok_or_else(|| format!("`\\x{part}` is no `\\xHH`"))?);
        bytes.extend(part[2..].bytes());
    }
    Ok(bytes)
}

/// Every case of `tests/cases/legacy_bytes.tsv` (its header says what the columns mean).
#[test]
fn known_byte_sequences() {
    Cases::open(env!("CARGO_MANIFEST_DIR"), "legacy_bytes.tsv").run(|columns| {
        let [encoding, bytes, text] = columns else {
            return Err("not a case: want `encoding, bytes, text`".into());
        };
        let encoding = Encoding::ALL
            .into_iter()
            .find(|e| e.as_str() == *encoding)
            .ok_or_else(|| format!("not a case: no encoding `{encoding}`"))?;
        let bytes = bytes_of(bytes).map_err(|e| format!("not a case: {e}"))?;
        compare(decode(&bytes, encoding).as_str(), *text)
            .map_err(|e| format!("{encoding}: {bytes:?}: {e}"))
    });
}

#[test]
fn misread_text_as_it_arrives() {
    // What a Windows-1252 reader shows for bytes of `tests/cases/legacy_bytes.tsv`.
    assert_eq!(
        decode_str("ñy ban nh©n d©n", Encoding::Tcvn3),
        "ủy ban nhân dân"
    );
    assert_eq!(
        decode_str("UÛy ban nhaân daân", Encoding::Vni),
        "Ủy ban nhân dân"
    );
    assert_eq!(decode_str("Quyønh Phuï", Encoding::Vni), "Quỳnh Phụ");
    // Characters that stand for no byte survive (a half-converted document).
    assert_eq!(
        decode_str("Việt Nam: NghÞ quyÕt", Encoding::Tcvn3),
        "Việt Nam: Nghị quyết"
    );
}

#[test]
fn decoded_text_is_nfc() {
    // TCVN3 combining tone marks (0xB0..=0xB4) and NFD pass-through input.
    assert_eq!(decode(b"a\xb3 \xa9\xb4", Encoding::Tcvn3), "á ậ");
    let nfd: String = "Quỳnh".nfd().collect();
    assert_eq!(decode_str(&nfd, Encoding::Vni), "Quỳnh");
    assert_eq!(encode(&nfd, Encoding::Vni).unwrap(), b"Quy\xf8nh");
}

#[test]
fn detection_of_each_encoding() {
    let utf8 = PARAGRAPH.as_bytes().to_vec();
    let d = detect(&utf8);
    assert_eq!(d.encoding(), Encoding::Unicode, "{d:?}");
    assert!(d.confidence() > 0.9, "{d:?}");
    for enc in DETECTED {
        let bytes = encode(PARAGRAPH, enc).unwrap();
        let d = detect(&bytes);
        assert_eq!(d.encoding(), enc, "{d:?}");
        assert!(d.confidence() > 0.9, "{enc}: {d:?}");
        let misread = windows_1252_to_string(&bytes);
        let d = detect_str(&misread);
        assert_eq!(d.encoding(), enc, "{d:?}");
        assert_eq!(
            decode_str(&misread, d.encoding()).nfc().collect::<String>(),
            {
                if enc == Encoding::Tcvn3 {
                    PARAGRAPH.replace("Ủy", "ủy")
                } else {
                    PARAGRAPH.to_owned()
                }
            }
        );
    }
    assert_eq!(detect_str(PARAGRAPH).encoding(), Encoding::Unicode);
}

#[test]
fn detection_of_short_phrases() {
    for &p in PHRASES {
        assert_eq!(detect(p.as_bytes()).encoding(), Encoding::Unicode, "{p}");
        for enc in DETECTED {
            let bytes = encode(p, enc).unwrap();
            let got = detect(&bytes).encoding();
            // `Nghị quyết số 15/2023/NQ-HĐND` in TCVN3 has only two accented words, which is
            // still enough; every phrase here has at least two.
            assert_eq!(got, enc, "{enc}: {p}: {:?}", detect(&bytes));
        }
    }
}

#[test]
fn utf8_misread_as_windows_1252_is_repaired_not_legacy() {
    // The other common mojibake: UTF-8 read as Windows-1252 (`Ná»™i`). No legacy decoder
    // makes Vietnamese of it, so the detector claims none of them; read back as UTF-8 it is
    // the paragraph again.
    let mojibake = windows_1252_to_string(PARAGRAPH.as_bytes());
    let d = detect_str(&mojibake);
    for (enc, s) in d.scores() {
        if *enc != Encoding::Unicode {
            assert!(s.rejects > s.syllables, "{enc}: {s:?}");
        }
    }
    assert_eq!(d.encoding(), Encoding::Unicode, "{d:?}");
    assert_eq!(decode_str(&mojibake, Encoding::Unicode), PARAGRAPH);
    assert_eq!(decode(mojibake.as_bytes(), Encoding::Unicode), PARAGRAPH);
}

#[test]
fn errors_point_at_the_character() {
    let e = encode("Hà Nội – 中国", Encoding::Tcvn3).unwrap_err();
    assert_eq!(e.offset(), "Hà Nội – ".len());
    assert_eq!(e.character(), '中');
    assert!(e.to_string().contains("tcvn3"));
    assert_eq!(encode("Straße", Encoding::Tcvn3).unwrap_err().offset(), 4);
    assert_eq!(encode("Grüße", Encoding::Vni).unwrap_err().offset(), 2);
    assert_eq!(encode("“Hà Nội”", Encoding::Viqr).unwrap_err().offset(), 0);
    let _: &dyn std::error::Error = &e;
}

#[test]
fn encoding_names() {
    let names: Vec<&str> = Encoding::ALL.iter().map(|e| e.as_str()).collect();
    assert_eq!(names, ["unicode", "tcvn3", "vni", "viqr", "windows-1258"]);
    assert_eq!(legacy::Encoding::Vni.to_string(), "vni");
}

/// The offset of an encoding error is that of the character as written, or of the base it
/// combines with in NFC (`e` + U+0302 is `ê`); a character that NFC composes with the one after
/// it (U+11347 + U+11357 is U+1134B) is reported as written.
fn error_names_its_character(s: &str, offset: usize, c: char) -> bool {
    let rest = &s[offset..];
    rest.chars().take(64).any(|x| x == c) || rest.nfc().take(64).any(|x| x == c)
}

#[test]
fn an_error_on_a_character_that_composes_with_the_next_names_it_as_written() {
    // Found by the property test below (proptest, 2026-12-06).
    let s = "\u{11347}\u{11357}";
    for enc in [Encoding::Tcvn3, Encoding::Vni, Encoding::Viqr] {
        let e = encode(s, enc).unwrap_err();
        assert_eq!((e.offset(), e.character()), (0, '\u{11347}'));
        assert!(error_names_its_character(s, e.offset(), e.character()));
    }
}

fn vietnamese_text() -> impl Strategy<Value = String> {
    let mut pool = all_letters();
    pool.extend(" .,?'`~^(+\\-0123456789\n\"".chars());
    prop::collection::vec(prop::sample::select(pool), 0..60).prop_map(|v| v.into_iter().collect())
}

proptest! {
    #[test]
    fn no_panic_and_nfc_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        for enc in Encoding::ALL {
            let s = decode(&bytes, enc);
            prop_assert!(unicode_normalization::is_nfc(&s));
        }
        let d = detect(&bytes);
        prop_assert!((0.0..=1.0).contains(&d.confidence()));
    }

    #[test]
    fn no_panic_on_any_str(s in any::<String>()) {
        for enc in Encoding::ALL {
            let out = decode_str(&s, enc);
            prop_assert!(unicode_normalization::is_nfc(&out));
            let _ = encode(&s, enc);
        }
        let _ = detect_str(&s);
        let _ = viqr::decode_with(&s, &viqr::ViqrOptions::default().with_sentence_end(true));
    }

    #[test]
    fn misread_utf8_comes_back_and_correct_text_stays(s in vietnamese_text()) {
        let misread = windows_1252_to_string(s.as_bytes());
        prop_assert_eq!(legacy::repair_misread_utf8(&misread), s.as_str());
        prop_assert_eq!(legacy::repair_misread_utf8(&s), s.as_str());
    }

    #[test]
    fn vni_and_viqr_round_trip(s in vietnamese_text()) {
        let bytes = vni::encode(&s).unwrap();
        prop_assert_eq!(vni::decode(&bytes), s.clone());
        let ascii = viqr::encode(&s).unwrap();
        prop_assert_eq!(viqr::decode(&ascii), s);
    }

    #[test]
    fn tcvn3_round_trips_lowercase(s in vietnamese_text()) {
        let s = s.to_lowercase();
        let raw = tcvn3::Tcvn3Options::default().with_fix_capitals(false);
        let bytes = tcvn3::encode(&s).unwrap();
        prop_assert_eq!(tcvn3::decode_with(&bytes, &raw), s);
    }

    #[test]
    fn encode_errors_are_on_char_boundaries(s in any::<String>()) {
        for enc in [Encoding::Tcvn3, Encoding::Vni, Encoding::Viqr] {
            if let Err(e) = encode(&s, enc) {
                prop_assert!(s.is_char_boundary(e.offset()));
                prop_assert!(error_names_its_character(&s, e.offset(), e.character()));
            }
        }
    }
}

#[test]
fn windows_1252_and_1258_tables_match_encoding_rs() {
    // encoding_rs implements the WHATWG indexes our tables cite.
    for b in 0x80..=0xFFu8 {
        let byte = [b];
        let (ours, _, _) = encoding_rs::WINDOWS_1252.decode(&byte);
        assert_eq!(windows_1252_to_string(&[b]), ours, "windows-1252 {b:#x}");
        let (theirs, _, _) = encoding_rs::WINDOWS_1258.decode(&byte);
        let ours: String = decode(&[b], Encoding::Windows1258);
        // ours is NFC; a lone combining mark stays itself.
        assert_eq!(
            ours,
            theirs.nfc().collect::<String>(),
            "windows-1258 {b:#x}"
        );
    }
}

#[test]
fn windows_1258_round_trips_phrases() {
    for &p in PHRASES {
        let bytes = encode(p, Encoding::Windows1258).unwrap();
        assert_eq!(
            decode(&bytes, Encoding::Windows1258),
            p.nfc().collect::<String>()
        );
        assert_eq!(
            decode_str(&windows_1252_to_string(&bytes), Encoding::Windows1258),
            p.nfc().collect::<String>()
        );
    }
}

/// Found by the `tcvn3` fuzz target (2026-12-06): in `OI` + U+0340 (a combining grave tone
/// mark, valid UTF-8 `CD 80`), `I` and the mark compose to the capital toned `Ì`, which VN3
/// writes with the lowercase byte (the documented convention of the capital font); the target
/// had checked for such capitals before composing. The bytes and their Windows-1252 reading
/// still decode alike.
#[test]
fn a_capital_composed_from_a_combining_mark_is_written_lowercase() {
    let raw = tcvn3::Tcvn3Options::default().with_fix_capitals(false);
    let bytes = tcvn3::encode("OI\u{340}").unwrap();
    assert_eq!(tcvn3::decode_with(&bytes, &raw), "Oì");
    let found = b"OI\xcd\x80";
    assert_eq!(
        tcvn3::decode_str(&windows_1252_to_string(found)),
        tcvn3::decode(found)
    );
}

/// Found by the `tcvn3` fuzz target (2026-12-06): the encoder wrote the C1 control U+008A as
/// byte 0x8A, which decodes to `Š` (its Windows-1252 character); a C1 control whose byte has a
/// Windows-1252 character is now refused, and `Š` itself still has its byte.
#[test]
fn a_c1_control_is_no_windows_1252_character() {
    assert!(tcvn3::encode("a\u{8a}b").is_err());
    let bytes = tcvn3::encode("Š “x”").unwrap();
    assert_eq!(bytes, b"\x8a \x93x\x94");
    assert_eq!(tcvn3::decode(&bytes), "Š “x”");
    // The five bytes Windows leaves undefined decode to their C1 control and come back.
    assert_eq!(tcvn3::decode(&tcvn3::encode("\u{81}").unwrap()), "\u{81}");
}
