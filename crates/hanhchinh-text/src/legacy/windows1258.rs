//! Windows-1258 (code page 1258, "Vietnamese"), the Windows ANSI code page for Vietnamese.
//!
//! It stores the letters with a vowel modifier as one byte (`â ă ê ô ơ ư đ` and capitals) and
//! the five tones as combining marks after the letter (`ệ` = `ê` 0xEA + dot below 0xF2);
//! a few toned letters that Latin-1 already had (`à á é ó ú`) are one byte. Decoding maps
//! each byte to its character and composes the result to NFC.
//!
//! Source: the WHATWG Encoding Standard index for windows-1258
//! (<https://encoding.spec.whatwg.org/index-windows-1258.txt>), which is Microsoft's
//! `cp1258`; the bytes Windows leaves undefined (0x81, 0x8A, 0x8D..=0x90, 0x9A, 0x9D, 0x9E)
//! map to the C1 control of the same number, as browsers do. The crate's tests compare the
//! table with the `encoding_rs` implementation of that index.
//!
//! ```
//! use hanhchinh_text::legacy::windows1258;
//! assert_eq!(windows1258::decode(b"Quy\xccnh Phu\xf2"), "Quỳnh Phụ");
//! assert_eq!(windows1258::encode("Nghị quyết")?, b"Nghi\xf2 quy\xea\xect".to_vec());
//! # Ok::<(), hanhchinh_text::legacy::LegacyError>(())
//! ```

use super::cp1252;
use super::{encode_bytes, nfc, parts, Encoding, LegacyError};
use crate::syllable::Tone;

/// The bytes of 0x80..=0x9F that Windows-1258 leaves undefined where Windows-1252 has `Š Ž š ž`;
/// they map to the C1 control of the same number. The rest of that range is Windows-1252's.
const UNDEFINED_C1: [u8; 4] = [0x8A, 0x8E, 0x9A, 0x9E];

/// Characters for bytes 0xA0..=0xFF.
const HIGH: [char; 96] = [
    '\u{00A0}', '\u{00A1}', '\u{00A2}', '\u{00A3}', '\u{00A4}', '\u{00A5}', '\u{00A6}', '\u{00A7}',
    '\u{00A8}', '\u{00A9}', '\u{00AA}', '\u{00AB}', '\u{00AC}', '\u{00AD}', '\u{00AE}', '\u{00AF}',
    '\u{00B0}', '\u{00B1}', '\u{00B2}', '\u{00B3}', '\u{00B4}', '\u{00B5}', '\u{00B6}', '\u{00B7}',
    '\u{00B8}', '\u{00B9}', '\u{00BA}', '\u{00BB}', '\u{00BC}', '\u{00BD}', '\u{00BE}', '\u{00BF}',
    '\u{00C0}', '\u{00C1}', '\u{00C2}', '\u{0102}', '\u{00C4}', '\u{00C5}', '\u{00C6}', '\u{00C7}',
    '\u{00C8}', '\u{00C9}', '\u{00CA}', '\u{00CB}', '\u{0300}', '\u{00CD}', '\u{00CE}', '\u{00CF}',
    '\u{0110}', '\u{00D1}', '\u{0309}', '\u{00D3}', '\u{00D4}', '\u{01A0}', '\u{00D6}', '\u{00D7}',
    '\u{00D8}', '\u{00D9}', '\u{00DA}', '\u{00DB}', '\u{00DC}', '\u{01AF}', '\u{0303}', '\u{00DF}',
    '\u{00E0}', '\u{00E1}', '\u{00E2}', '\u{0103}', '\u{00E4}', '\u{00E5}', '\u{00E6}', '\u{00E7}',
    '\u{00E8}', '\u{00E9}', '\u{00EA}', '\u{00EB}', '\u{0301}', '\u{00ED}', '\u{00EE}', '\u{00EF}',
    '\u{0111}', '\u{00F1}', '\u{0323}', '\u{00F3}', '\u{00F4}', '\u{01A1}', '\u{00F6}', '\u{00F7}',
    '\u{00F8}', '\u{00F9}', '\u{00FA}', '\u{00FB}', '\u{00FC}', '\u{01B0}', '\u{20AB}', '\u{00FF}',
];

/// The character of a byte.
#[inline]
pub(crate) fn to_char(b: u8) -> char {
    match b {
        0x00..=0x7F => char::from(b),
        0x80..=0x9F if UNDEFINED_C1.contains(&b) => char::from(b),
        0x80..=0x9F => cp1252::to_char(b),
        _ => HIGH
            .get(usize::from(b - 0xA0))
            .copied()
            .unwrap_or(char::REPLACEMENT_CHARACTER),
    }
}

/// The byte of a character, when Windows-1258 has one.
fn to_byte(c: char) -> Option<u8> {
    if c.is_ascii() {
        return u8::try_from(u32::from(c)).ok();
    }
    if let Some(i) = HIGH.iter().position(|&h| h == c) {
        return u8::try_from(i + 0xA0).ok();
    }
    (0x80..=0x9F).find(|&b| to_char(b) == c)
}

/// The combining mark byte of a tone (`None` for the level tone).
fn tone_byte(t: Tone) -> Option<u8> {
    match t {
        Tone::Level => None,
        Tone::Grave => Some(0xCC),
        Tone::Hook => Some(0xD2),
        Tone::Tilde => Some(0xDE),
        Tone::Acute => Some(0xEC),
        Tone::Dot => Some(0xF2),
    }
}

/// Decodes Windows-1258 bytes to Unicode NFC.
///
/// ```
/// use hanhchinh_text::legacy::windows1258;
/// assert_eq!(windows1258::decode(b"\xd0\xf4\xccng Tha\xecp"), "Đồng Tháp");
/// ```
pub fn decode(bytes: &[u8]) -> String {
    nfc(bytes.iter().map(|&b| to_char(b)).collect())
}

/// Decodes text whose characters stand for Windows-1258 bytes because it was read as
/// Windows-1252 (or Latin-1); characters that stand for no byte are kept.
///
/// ```
/// use hanhchinh_text::legacy::windows1258;
/// // The bytes of "Quỳnh Phụ" as a Windows-1252 reader shows them:
/// assert_eq!(windows1258::decode_str("QuyÌnh Phuò"), "Quỳnh Phụ");
/// ```
pub fn decode_str(text: &str) -> String {
    nfc(text
        .chars()
        .map(|c| cp1252::to_byte(c).map_or(c, to_char))
        .collect())
}

/// Encodes Unicode text in Windows-1258: letters with a vowel modifier as their byte, tones
/// as combining marks after the letter (the form Windows keyboards type), a toned letter that
/// the code page has precomposed (`à`, `É`) as its byte.
///
/// # Errors
///
/// [`LegacyError`] at the first character Windows-1258 cannot express (`中`).
///
/// ```
/// use hanhchinh_text::legacy::{windows1258, decode, Encoding};
/// let bytes = windows1258::encode("Ủy ban nhân dân")?;
/// assert_eq!(decode(&bytes, Encoding::Windows1258), "Ủy ban nhân dân");
/// # Ok::<(), hanhchinh_text::legacy::LegacyError>(())
/// ```
pub fn encode(text: &str) -> Result<Vec<u8>, LegacyError> {
    encode_bytes(text, Encoding::Windows1258, text.len(), |c, out| {
        if let Some(b) = to_byte(c) {
            out.push(b);
            return Some(());
        }
        let p = parts(c)?;
        let base = super::Parts {
            tone: Tone::Level,
            ..p
        };
        out.push(base.compose().and_then(to_byte)?);
        if let Some(t) = tone_byte(p.tone) {
            out.push(t);
        }
        Some(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_round_trips() {
        for b in 0..=255u8 {
            assert_eq!(to_byte(to_char(b)), Some(b), "{b:#x}");
        }
    }

    #[test]
    fn every_vietnamese_letter_round_trips() {
        let lower = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
        let all: String = lower.chars().chain(lower.to_uppercase().chars()).collect();
        let bytes = encode(&all).unwrap();
        assert_eq!(decode(&bytes), all);
        assert_eq!(encode("中").unwrap_err().offset(), 0);
    }
}
