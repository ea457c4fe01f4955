//! VNI-Windows: the encoding of the `VNI-…` fonts (`VNI-Times`).
//!
//! A toned or modified vowel is stored as its ASCII base letter followed by one mark byte
//! that carries the modifier and the tone together (`a` + 0xF8 = `à`, `a` + 0xE1 = `ấ`);
//! `đ`, the horned `ơ ư` and the toned `i` and `ỵ` have bytes of their own. Every mark byte
//! has an upper-case twin 0x20 lower (0xD8 for 0xF8), used after capitals.
//!
//! Source: UniKey's `vnconv` tables (`data.cpp`, `DoubleByteTables`, VNI-WIN: each letter as
//! a 16-bit word, low byte the base, high byte the mark), read in full:
//!
//! | mark byte (lower / upper) | meaning | | mark byte | meaning |
//! |---|---|---|---|---|
//! | F9 / D9 | acute | | E2 / C2 | circumflex |
//! | F8 / D8 | grave | | E1 / C1 | circumflex + acute |
//! | FB / DB | hook above | | E0 / C0 | circumflex + grave |
//! | F5 / D5 | tilde | | E5 / C5 | circumflex + hook |
//! | EF / CF | dot below | | E3 / C3 | circumflex + tilde |
//! | EA / CA | breve | | E4 / C4 | circumflex + dot |
//! | E9 / C9 | breve + acute | | E8 / C8 | breve + grave |
//! | FA / DA | breve + hook | | FC / DC | breve + tilde |
//! | EB / CB | breve + dot | | | |
//!
//! Letters of their own: F1/D1 `đ Đ`, F4/D4 `ơ Ơ`, F6/D6 `ư Ư`, ED/CD `í Í`, EC/CC `ì Ì`,
//! E6/C6 `ỉ Ỉ`, F3/D3 `ĩ Ĩ`, F2/D2 `ị Ị`, EE/CE `ỵ Ỵ`.
//!
//! # Decoding rules
//!
//! * A mark byte joins the letter before it only when the table has that pair: tones after
//!   `a e o u y ơ ư` (no dot below after `y`: `ỵ` has its own byte), the circumflex after
//!   `a e o`, the breve after `a`. The case of the result follows the base letter; a mark
//!   byte of either case is accepted (fonts draw both).
//! * A mark byte that joins nothing, and every byte the table does not use, keeps its
//!   Windows-1252 meaning (VNI fonts are Windows fonts).
//!
//! ```
//! use hanhchinh_text::legacy::vni;
//!
//! assert_eq!(vni::decode_str("UÛy ban nhaân daân"), "Ủy ban nhân dân");
//! assert_eq!(vni::decode_str("Quyønh Phuï"), "Quỳnh Phụ");
//! assert_eq!(vni::decode_str("VIEÄT NAM"), "VIỆT NAM");
//! assert_eq!(vni::encode("Đường")?, b"\xd1\xf6\xf4\xf8ng");
//! # Ok::<(), hanhchinh_text::legacy::LegacyError>(())
//! ```

use std::iter::Peekable;

use once_cell::sync::Lazy;

use super::cp1252::{self, Unit};
use super::{encode_bytes, nfc, parts, Encoding, LegacyError, Modifier, Parts};
use crate::syllable::Tone;

/// What a (lowercase) mark byte adds to the base letter.
fn mark(b: u8) -> Option<(Modifier, Tone)> {
    let lower = if (0xC0..0xE0).contains(&b) {
        b + 0x20
    } else {
        b
    };
    Some(match lower {
        0xF9 => (Modifier::None, Tone::Acute),
        0xF8 => (Modifier::None, Tone::Grave),
        0xFB => (Modifier::None, Tone::Hook),
        0xF5 => (Modifier::None, Tone::Tilde),
        0xEF => (Modifier::None, Tone::Dot),
        0xE2 => (Modifier::Circumflex, Tone::Level),
        0xE1 => (Modifier::Circumflex, Tone::Acute),
        0xE0 => (Modifier::Circumflex, Tone::Grave),
        0xE5 => (Modifier::Circumflex, Tone::Hook),
        0xE3 => (Modifier::Circumflex, Tone::Tilde),
        0xE4 => (Modifier::Circumflex, Tone::Dot),
        0xEA => (Modifier::Breve, Tone::Level),
        0xE9 => (Modifier::Breve, Tone::Acute),
        0xE8 => (Modifier::Breve, Tone::Grave),
        0xFA => (Modifier::Breve, Tone::Hook),
        0xFC => (Modifier::Breve, Tone::Tilde),
        0xEB => (Modifier::Breve, Tone::Dot),
        _ => return None,
    })
}

/// The mark byte (lowercase form) of a modifier and tone, the inverse of [`mark`].
fn mark_byte(modifier: Modifier, tone: Tone) -> Option<u8> {
    (0xE0..=0xFCu8).find(|&b| mark(b) == Some((modifier, tone)))
}

/// Letters with a byte of their own: lowercase byte and character (upper case is 0x20 lower).
const OWN: [(u8, char); 9] = [
    (0xF1, 'đ'),
    (0xF4, 'ơ'),
    (0xF6, 'ư'),
    (0xED, 'í'),
    (0xEC, 'ì'),
    (0xE6, 'ỉ'),
    (0xF3, 'ĩ'),
    (0xF2, 'ị'),
    (0xEE, 'ỵ'),
];

fn own_letter(b: u8) -> Option<char> {
    let (lower, upper) = if (0xC0..0xE0).contains(&b) {
        (b + 0x20, true)
    } else {
        (b, false)
    };
    let (_, c) = OWN.iter().find(|&&(x, _)| x == lower)?;
    if upper {
        c.to_uppercase().next()
    } else {
        Some(*c)
    }
}

fn own_byte(c: char) -> Option<u8> {
    let lower = c.to_lowercase().next()?;
    let &(b, _) = OWN.iter().find(|&&(_, x)| x == lower)?;
    Some(if lower == c { b } else { b - 0x20 })
}

/// The bases a mark byte can follow.
const BASES: [char; 14] = [
    'a', 'e', 'o', 'u', 'y', 'A', 'E', 'O', 'U', 'Y', 'ơ', 'ư', 'Ơ', 'Ư',
];

/// [`join_slow`] for every base and (lowercase) mark byte 0xE0..=0xFC, computed once.
static JOINED: Lazy<[[Option<char>; 29]; 14]> = Lazy::new(|| {
    let mut t = [[None; 29]; 14];
    for (row, &base) in t.iter_mut().zip(BASES.iter()) {
        for (cell, m) in row.iter_mut().zip(0xE0..=0xFCu8) {
            *cell = join_slow(base, m);
        }
    }
    t
});

/// The letter a base and a mark byte make together, if the VNI table has the pair.
#[inline]
fn join(base: char, m: u8) -> Option<char> {
    let row = BASES.iter().position(|&b| b == base)?;
    let lower = if (0xC0..0xE0).contains(&m) {
        m + 0x20
    } else {
        m
    };
    let col = usize::from(lower.checked_sub(0xE0)?);
    JOINED.get(row)?.get(col).copied().flatten()
}

fn join_slow(base: char, m: u8) -> Option<char> {
    let (modifier, tone) = mark(m)?;
    let p = parts(base)?;
    let lower = p.base.to_ascii_lowercase();
    let allowed = match (p.modifier, modifier) {
        (Modifier::None, Modifier::None) => {
            matches!(lower, 'a' | 'e' | 'o' | 'u' | 'y') && !(lower == 'y' && tone == Tone::Dot)
        }
        (Modifier::Horn, Modifier::None) => true,
        (Modifier::None, Modifier::Circumflex) => matches!(lower, 'a' | 'e' | 'o'),
        (Modifier::None, Modifier::Breve) => lower == 'a',
        _ => false,
    };
    if !allowed || p.tone != Tone::Level {
        return None;
    }
    Parts {
        base: p.base,
        modifier: if modifier == Modifier::None {
            p.modifier
        } else {
            modifier
        },
        tone,
    }
    .compose()
}

/// The character of a byte that does not join the one before it.
fn single(b: u8) -> char {
    if b < 0x80 {
        char::from(b)
    } else {
        own_letter(b).unwrap_or_else(|| cp1252::to_char(b))
    }
}

/// Decodes VNI-Windows bytes to Unicode NFC.
///
/// ```
/// assert_eq!(hanhchinh_text::legacy::vni::decode(b"Ngh\xf2 quye\xe1t"), "Nghị quyết");
/// ```
pub fn decode(bytes: &[u8]) -> String {
    decode_units(bytes.iter().map(|&b| Unit::Byte(b)).peekable(), bytes.len())
}

/// Decodes text whose characters stand for VNI bytes (read as Windows-1252 or Latin-1).
/// Characters that stand for no byte are kept.
///
/// ```
/// assert_eq!(hanhchinh_text::legacy::vni::decode_str("Ñaïi hoïc"), "Đại học");
/// ```
pub fn decode_str(text: &str) -> String {
    decode_units(cp1252::units_of_str(text).peekable(), text.len())
}

fn decode_units<I: Iterator<Item = Unit>>(mut units: Peekable<I>, len_hint: usize) -> String {
    let mut out = String::with_capacity(len_hint + len_hint / 2);
    // Bytes decode to precomposed letters and Windows-1252 characters, which are NFC;
    // only passed-through characters may need the normalization pass.
    let mut check_nfc = false;
    while let Some(u) = units.next() {
        let c = match u {
            Unit::Byte(b) if b < 0x80 && !matches!(units.peek(), Some(Unit::Byte(0xC0..))) => {
                out.push(char::from(b));
                continue;
            }
            Unit::Byte(b) => single(b),
            Unit::Char(c) => {
                check_nfc = true;
                out.push(c);
                continue;
            }
        };
        if let Some(&Unit::Byte(m)) = units.peek() {
            if m >= 0xC0 {
                if let Some(j) = join(c, m) {
                    out.push(j);
                    units.next();
                    continue;
                }
            }
        }
        out.push(c);
    }
    if check_nfc {
        nfc(out)
    } else {
        out
    }
}

/// Encodes Unicode text in VNI-Windows. NFD input is accepted.
///
/// Non-Vietnamese characters with a Windows-1252 byte that VNI does not use for letters or
/// marks (`“ ” – … © ×`) are written as that byte.
///
/// # Errors
///
/// [`LegacyError`] at the first character VNI cannot express (`ä`, whose byte is a mark;
/// `中`).
pub fn encode(text: &str) -> Result<Vec<u8>, LegacyError> {
    encode_bytes(
        text,
        Encoding::Vni,
        text.len() + text.len() / 4,
        |c, out| {
            if c.is_ascii() {
                out.push(c as u8);
                return Some(());
            }
            if let Some(b) = own_byte(c) {
                out.push(b);
                return Some(());
            }
            if let Some(p) = parts(c) {
                let upper = p.base.is_ascii_uppercase();
                let lower = p.base.to_ascii_lowercase();
                let shift = |b: u8| if upper { b - 0x20 } else { b };
                // ỵ and the toned i have their own bytes (handled above); ơ ư carry tones after
                // their own byte; the rest is base letter + one mark byte.
                let (base, modifier) = if p.modifier == Modifier::Horn {
                    let own = if lower == 'o' { 0xF4 } else { 0xF6 };
                    (shift(own), Modifier::None)
                } else {
                    (p.base as u8, p.modifier)
                };
                out.push(base);
                if modifier != Modifier::None || p.tone != Tone::Level {
                    out.push(shift(mark_byte(modifier, p.tone)?));
                }
                return Some(());
            }
            let b =
                cp1252::to_byte(c).filter(|&b| b >= 0x80 && single(b) == c && mark(b).is_none())?;
            out.push(b);
            Some(())
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unikey_table_spot_checks() {
        // (letter, bytes) pairs read from UniKey's VNI-WIN column.
        let cases: [(&str, &[u8]); 12] = [
            ("Á", b"A\xd9"),
            ("ạ", b"a\xef"),
            ("Ấ", b"A\xc1"),
            ("ẩ", b"a\xe5"),
            ("ẳ", b"a\xfa"),
            ("ẵ", b"a\xfc"),
            ("Đ", b"\xd1"),
            ("ĩ", b"\xf3"),
            ("Ợ", b"\xd4\xcf"),
            ("ữ", b"\xf6\xf5"),
            ("Ỵ", b"\xce"),
            ("ỹ", b"y\xf5"),
        ];
        for (s, bytes) in cases {
            assert_eq!(decode(bytes), s, "{s}");
            assert_eq!(encode(s).unwrap(), bytes, "{s}");
        }
    }

    /// UniKey's VNI-WIN column (`DoubleByteTables`, each letter a 16-bit word: low byte the
    /// base, high byte the mark, 0 for none), group by group, against the letters in UniKey's
    /// order: upper, lower; plain, acute, grave, hook, tilde, dot.
    #[test]
    fn unikey_vni_column_agrees() {
        #[rustfmt::skip]
        let groups: [(&str, [u16; 12]); 12] = [
            ("AaÁáÀàẢảÃãẠạ", [0x0041, 0x0061, 0xd941, 0xf961, 0xd841, 0xf861, 0xdb41, 0xfb61, 0xd541, 0xf561, 0xcf41, 0xef61]),
            ("ÂâẤấẦầẨẩẪẫẬậ", [0xc241, 0xe261, 0xc141, 0xe161, 0xc041, 0xe061, 0xc541, 0xe561, 0xc341, 0xe361, 0xc441, 0xe461]),
            ("ĂăẮắẰằẲẳẴẵẶặ", [0xca41, 0xea61, 0xc941, 0xe961, 0xc841, 0xe861, 0xda41, 0xfa61, 0xdc41, 0xfc61, 0xcb41, 0xeb61]),
            ("EeÉéÈèẺẻẼẽẸẹ", [0x0045, 0x0065, 0xd945, 0xf965, 0xd845, 0xf865, 0xdb45, 0xfb65, 0xd545, 0xf565, 0xcf45, 0xef65]),
            ("ÊêẾếỀềỂểỄễỆệ", [0xc245, 0xe265, 0xc145, 0xe165, 0xc045, 0xe065, 0xc545, 0xe565, 0xc345, 0xe365, 0xc445, 0xe465]),
            ("IiÍíÌìỈỉĨĩỊị", [0x0049, 0x0069, 0x00cd, 0x00ed, 0x00cc, 0x00ec, 0x00c6, 0x00e6, 0x00d3, 0x00f3, 0x00d2, 0x00f2]),
            ("OoÓóÒòỎỏÕõỌọ", [0x004f, 0x006f, 0xd94f, 0xf96f, 0xd84f, 0xf86f, 0xdb4f, 0xfb6f, 0xd54f, 0xf56f, 0xcf4f, 0xef6f]),
            ("ÔôỐốỒồỔổỖỗỘộ", [0xc24f, 0xe26f, 0xc14f, 0xe16f, 0xc04f, 0xe06f, 0xc54f, 0xe56f, 0xc34f, 0xe36f, 0xc44f, 0xe46f]),
            ("ƠơỚớỜờỞởỠỡỢợ", [0x00d4, 0x00f4, 0xd9d4, 0xf9f4, 0xd8d4, 0xf8f4, 0xdbd4, 0xfbf4, 0xd5d4, 0xf5f4, 0xcfd4, 0xeff4]),
            ("UuÚúÙùỦủŨũỤụ", [0x0055, 0x0075, 0xd955, 0xf975, 0xd855, 0xf875, 0xdb55, 0xfb75, 0xd555, 0xf575, 0xcf55, 0xef75]),
            ("ƯưỨứỪừỬửỮữỰự", [0x00d6, 0x00f6, 0xd9d6, 0xf9f6, 0xd8d6, 0xf8f6, 0xdbd6, 0xfbf6, 0xd5d6, 0xf5f6, 0xcfd6, 0xeff6]),
            ("YyÝýỲỳỶỷỸỹỴỵ", [0x0059, 0x0079, 0xd959, 0xf979, 0xd859, 0xf879, 0xdb59, 0xfb79, 0xd559, 0xf579, 0x00ce, 0x00ee]),
        ];
        let dd: [(char, u16); 2] = [('Đ', 0x00d1), ('đ', 0x00f1)];
        let letters = groups
            .iter()
            .flat_map(|(chars, words)| chars.chars().zip(words.iter().copied()))
            .chain(dd);
        let mut n = 0;
        for (c, word) in letters {
            let [low, high] = word.to_le_bytes();
            let bytes: Vec<u8> = if high == 0 {
                vec![low]
            } else {
                vec![low, high]
            };
            assert_eq!(encode(&c.to_string()).unwrap(), bytes, "{c}");
            assert_eq!(decode(&bytes), c.to_string(), "{c}");
            n += 1;
        }
        assert_eq!(n, 12 * 12 + 2);
    }

    #[test]
    fn marks_that_join_nothing_keep_their_windows_meaning() {
        assert_eq!(decode(b"\xf9"), "ù");
        assert_eq!(decode(b"b\xe2"), "bâ");
        assert_eq!(decode(b"i\xf9"), "iù");
        assert_eq!(decode(b"y\xef"), "yï");
        assert_eq!(decode(b"a\xf9\xf9"), "áù");
    }

    #[test]
    fn join_table_agrees_with_the_rules() {
        for base in BASES {
            for m in 0xC0..=0xFFu8 {
                assert_eq!(join(base, m), join_slow(base, m), "{base} {m:#x}");
            }
        }
        assert_eq!(join('b', 0xF9), None);
    }

    #[test]
    fn mixed_case_marks() {
        assert_eq!(decode(b"a\xd9"), "á");
        assert_eq!(decode(b"A\xf9"), "Á");
    }

    #[test]
    fn ambiguous_windows_letters_are_rejected() {
        assert!(encode("ä").is_err());
        assert_eq!(encode("“×”").unwrap(), b"\x93\xd7\x94");
    }
}
