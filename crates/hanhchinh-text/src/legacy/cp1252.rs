//! Windows-1252, the code page through which legacy bytes usually reach a program.
//!
//! Source: the WHATWG Encoding Standard index for windows-1252
//! (<https://encoding.spec.whatwg.org/index-windows-1252.txt>), which is also what Microsoft
//! publishes as `cp1252`; the five bytes Windows leaves undefined (0x81, 0x8D, 0x8F, 0x90,
//! 0x9D) map to the C1 control of the same number, as browsers do. Latin-1 readers map
//! every byte to the code point of the same number, which the inverse below also accepts.

/// Windows-1252 characters for bytes 0x80..=0x9F (the only range that differs from Latin-1).
const HIGH_C1: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}',
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

/// The Windows-1252 character of a byte.
#[inline]
pub(crate) fn to_char(b: u8) -> char {
    if (0x80..0xA0).contains(&b) {
        HIGH_C1
            .get(usize::from(b - 0x80))
            .copied()
            .unwrap_or(char::REPLACEMENT_CHARACTER)
    } else {
        char::from(b)
    }
}

/// The byte a character stands for when legacy bytes were read as Windows-1252 or Latin-1:
/// code points up to U+00FF map to the byte of the same number, the 27 Windows-1252
/// punctuation characters of 0x80..=0x9F to their byte. Anything else is not a byte.
#[inline]
pub(crate) fn to_byte(c: char) -> Option<u8> {
    if let Ok(b) = u8::try_from(u32::from(c)) {
        return Some(b);
    }
    HIGH_C1
        .iter()
        .position(|&h| h == c)
        .and_then(|i| u8::try_from(i).ok())
        .map(|i| i + 0x80)
}

/// One unit of legacy input: a byte, or (in mis-read text) a character that stands for no
/// byte and is passed through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Byte(u8),
    Char(char),
}

/// The units of text that was read as Windows-1252 / Latin-1.
pub(crate) fn units_of_str(text: &str) -> impl Iterator<Item = Unit> + '_ {
    text.chars().map(|c| match to_byte(c) {
        Some(b) => Unit::Byte(b),
        None => Unit::Char(c),
    })
}

/// Shows bytes the way a program that reads them as Windows-1252 does: the form in which
/// TCVN3 and VNI documents usually reach [`decode_str`](crate::legacy::decode_str).
///
/// ```
/// use hanhchinh_text::legacy::{windows_1252_to_string, decode_str, Encoding};
/// let misread = windows_1252_to_string(b"Ngh\xde quy\xd5t");
/// assert_eq!(misread, "NghÞ quyÕt");
/// assert_eq!(decode_str(&misread, Encoding::Tcvn3), "Nghị quyết");
/// ```
pub fn windows_1252_to_string(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| to_char(b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_round_trips() {
        for b in 0..=255u8 {
            assert_eq!(to_byte(to_char(b)), Some(b), "{b:#x}");
        }
        assert_eq!(to_byte('€'), Some(0x80));
        assert_eq!(to_byte('“'), Some(0x93));
        assert_eq!(to_byte('ệ'), None);
    }
}
