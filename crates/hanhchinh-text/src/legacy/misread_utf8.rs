//! UTF-8 that a program read as Windows-1252 or Latin-1 (`Ná»™i` for `Nội`), the mojibake
//! of pages saved with the wrong encoding declared, repaired.

use std::borrow::Cow;

use super::cp1252;

/// Repairs UTF-8 text that some program read as Windows-1252 or Latin-1 (`Ná»™i` for
/// `Nội`): each run of characters that stand for bytes (see
/// [`decode_str`](super::decode_str)) is read back as UTF-8, and every well-formed multi-byte
/// sequence in it that gives a letter or a punctuation mark of Vietnamese text (Latin letters
/// with their diacritics, the Vietnamese block, combining marks, typographic punctuation,
/// `₫`, `€`) replaces the characters it came from. Everything else is kept as written, so
/// correct text comes back unchanged (`Thái Bình`, `QUÊ”`, `Ê` and `”` being no UTF-8 pair
/// worth reading) and a partly repaired document survives. Bytes that a UTF-8 decoder has
/// already replaced by U+FFFD are lost and stay so.
///
/// [`decode_str`](super::decode_str) and [`decode`](super::decode) with
/// [`Encoding::Unicode`](super::Encoding::Unicode) apply it, and the detector scores the
/// repaired text.
///
/// ```
/// use hanhchinh_text::legacy::repair_misread_utf8;
/// assert_eq!(repair_misread_utf8("UBND quáº\u{ad}n Ba Ä\u{90}Ã¬nh"), "UBND quận Ba Đình");
/// assert_eq!(repair_misread_utf8("Thái Bình, “QUÊ”"), "Thái Bình, “QUÊ”");
/// ```
pub fn repair_misread_utf8(text: &str) -> Cow<'_, str> {
    // A lead byte of a multi-byte sequence is needed: most text has none and costs one scan.
    if !text
        .chars()
        .any(|c| matches!(cp1252::to_byte(c), Some(0xC2..=0xF4)))
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut run = Run::default();
    let mut changed = false;
    for c in text.chars() {
        match cp1252::to_byte(c) {
            Some(b) if !b.is_ascii() => run.push(b, c),
            _ => {
                changed |= run.flush(&mut out);
                out.push(c);
            }
        }
    }
    changed |= run.flush(&mut out);
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// A run of non-ASCII characters that stand for bytes: the bytes and the characters.
#[derive(Default)]
struct Run {
    bytes: Vec<u8>,
    chars: Vec<char>,
}

impl Run {
    fn push(&mut self, b: u8, c: char) {
        self.bytes.push(b);
        self.chars.push(c);
    }

    /// Writes the run to `out`, its well-formed sequences of plausible characters read as
    /// UTF-8 and the rest as written; whether anything was read.
    fn flush(&mut self, out: &mut String) -> bool {
        let mut changed = false;
        let mut at = 0;
        while let Some(rest) = self.bytes.get(at..).filter(|r| !r.is_empty()) {
            let (good, bad) = match std::str::from_utf8(rest) {
                Ok(s) => (s, 0),
                Err(e) => {
                    let good = rest
                        .get(..e.valid_up_to())
                        .and_then(|g| std::str::from_utf8(g).ok())
                        .unwrap_or("");
                    (good, e.error_len().unwrap_or(rest.len() - e.valid_up_to()))
                }
            };
            for (i, c) in good.char_indices() {
                let n = c.len_utf8();
                if plausible(c) {
                    out.push(c);
                    changed = true;
                } else {
                    out.extend(self.chars.get(at + i..at + i + n).into_iter().flatten());
                }
            }
            at += good.len();
            out.extend(self.chars.get(at..at + bad).into_iter().flatten());
            at += bad;
        }
        self.bytes.clear();
        self.chars.clear();
        changed
    }
}

/// Whether `c`, read from two or more bytes, is a character of Vietnamese text: a Latin
/// letter with diacritics (Latin-1 Supplement, Latin Extended-A and the `ơ`, `ư` of
/// Extended-B), a combining mark of the Vietnamese tones and modifiers, a letter of the
/// Vietnamese block, typographic punctuation, `₫` or `€`.
fn plausible(c: char) -> bool {
    matches!(u32::from(c),
        0xA0..=0x1B0 | 0x300..=0x323 | 0x1EA0..=0x1EF9 | 0x2010..=0x203A | 0x20AB | 0x20AC)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a Windows-1252 reader shows of the UTF-8 bytes of `s`.
    fn misread(s: &str) -> String {
        super::super::windows_1252_to_string(s.as_bytes())
    }

    #[test]
    fn misread_utf8_comes_back() {
        for s in [
            "Ủy ban nhân dân quận Nam Từ Liêm",
            "Đảng bộ huyện Quỳnh Phụ, tỉnh Thái Bình – “thi đua” …",
            "giá 62.000₫, 96,39%",
            "Nguye\u{302}\u{303}n",
        ] {
            assert_eq!(repair_misread_utf8(&misread(s)), s, "{s}");
        }
    }

    #[test]
    fn correct_text_is_kept() {
        for s in [
            "Thái Bình",
            "QUÊ”",
            "Ê…",
            "ÂÂ",
            "Ủy ban nhân dân",
            "café crème",
            "",
            "\u{fffd}\u{fffd}",
        ] {
            assert!(matches!(repair_misread_utf8(s), Cow::Borrowed(_)), "{s}");
        }
    }

    #[test]
    fn partly_repaired_text_keeps_its_repaired_part() {
        let s = format!("Ủy ban {}", misread("nhân dân"));
        assert_eq!(repair_misread_utf8(&s), "Ủy ban nhân dân");
    }
}
