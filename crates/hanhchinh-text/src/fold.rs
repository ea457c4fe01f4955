//! Diacritic folding: the key for search without diacritics.

use std::borrow::Cow;

use once_cell::sync::Lazy;
use unicode_normalization::char::{canonical_combining_class, decompose_canonical};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::letter::letter;

/// Folds text for search without diacritics: lower case, every diacritic removed, `đ` -> `d`.
///
/// Precisely: `NFC(lowercase(map Đ/đ -> d(remove U+0300..=U+036F(NFD(s)))))`. All Vietnamese
/// marks (tones, circumflex, breve, horn) are in that block, so Vietnamese folds to plain
/// lowercase ASCII letters; other scripts are only lower-cased (`Вьетнам` -> `вьетнам`), and
/// CJK, Hangul, kana and emoji pass through. Folding does not merge `i`/`y` (`tỉ`/`tỷ`) nor
/// repair spacing. It agrees with [`normalize`](crate::normalize):
/// `fold(normalize(x)) == fold(x)`.
///
/// Lower-case ASCII input is returned borrowed.
///
/// ```
/// use hanhchinh_text::fold;
/// assert_eq!(fold("Nam Từ Liêm"), "nam tu liem");
/// assert_eq!(fold("ĐẮK LẮK"), "dak lak");
/// assert_eq!(fold("Hoà Bình"), fold("Hòa Bình"));
/// assert_eq!(fold("Việt Nam – Вьетнам"), "viet nam – вьетнам");
/// ```
pub fn fold(s: &str) -> Cow<'_, str> {
    let bytes = s.as_bytes();
    let clean = bytes
        .iter()
        .position(|&b| b >= 0x80 || b.is_ascii_uppercase());
    let Some(first) = clean else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len());
    match (s.get(..first), s.get(first..)) {
        (Some(head), Some(tail)) => {
            out.push_str(head);
            if fold_fast(tail, &mut out).is_none() {
                out.clear();
                out.push_str(&fold_general(s));
            }
        }
        _ => fold_into(s, &mut out),
    }
    Cow::Owned(out)
}

/// Appends the [`fold`] of `s` to `out`.
///
/// ```
/// let mut out = String::from("key: ");
/// hanhchinh_text::fold_into("Thủy Nguyên", &mut out);
/// assert_eq!(out, "key: thuy nguyen");
/// ```
pub fn fold_into(s: &str, out: &mut String) {
    let start = out.len();
    if fold_fast(s, out).is_none() {
        // A character beyond the fast path: apply the definition literally to the whole text.
        out.truncate(start);
        out.push_str(&fold_general(s));
    }
}

/// Whether `s` is its own [`fold`] (lower case, no diacritics, no `đ`), found without building
/// the fold.
///
/// ```
/// use hanhchinh_text::is_folded;
/// assert!(is_folded("nam tu liem") && is_folded("viet nam – вьетнам"));
/// assert!(!is_folded("Nam") && !is_folded("từ") && !is_folded("đ"));
/// ```
pub fn is_folded(s: &str) -> bool {
    let table = &*FOLDS;
    for c in s.chars() {
        if c.is_ascii() {
            if c.is_ascii_uppercase() {
                return false;
            }
            continue;
        }
        let cp = u32::from(c);
        let code = match cp {
            0x80..=0x7FF => table.two.get(cp as usize - 0x80).copied(),
            0x1E00..=0x1EFF => table.latin_additional.get(cp as usize - 0x1E00).copied(),
            0x2000..=0x207F => table.punctuation.get(cp as usize - 0x2000).copied(),
            _ => Some(fold_of(c)),
        };
        match code {
            Some(KEEP) => {}
            // Beyond the fast path: the definition decides.
            Some(GENERAL) | None => return fold(s) == s,
            // Dropped, lowered or folded to a base letter: the fold differs.
            Some(_) => return false,
        }
    }
    true
}

/// What folding does to one character, in the fast path.
const GENERAL: u8 = 0;
/// A combining diacritic (U+0300–U+036F): removed.
const DROP: u8 = 1;
/// A character the definition leaves as it is, whatever surrounds it (see [`simple_lower`]).
const KEEP: u8 = 2;
/// A character the definition maps to its lower case, whatever surrounds it.
const LOWER: u8 = 3;
// Any other value: the ASCII letter a Vietnamese letter folds to.

/// The fold of every two-byte character (U+0080–U+07FF), of Latin Extended Additional
/// (U+1E00–U+1EFF) and of General Punctuation (U+2000–U+207F), by the rules of [`fold_of`].
struct FoldTable {
    two: [u8; 0x780],
    latin_additional: [u8; 0x100],
    punctuation: [u8; 0x80],
}

static FOLDS: Lazy<FoldTable> = Lazy::new(|| {
    let entry = |cp: u32| char::from_u32(cp).map_or(GENERAL, fold_of);
    FoldTable {
        two: std::array::from_fn(|i| entry(0x80 + i as u32)),
        latin_additional: std::array::from_fn(|i| entry(0x1E00 + i as u32)),
        punctuation: std::array::from_fn(|i| entry(0x2000 + i as u32)),
    }
});

/// The fast-path fold of a non-ASCII character.
fn fold_of(c: char) -> u8 {
    if let Some(l) = letter(c) {
        l.base
    } else if ('\u{300}'..='\u{36F}').contains(&c) {
        DROP
    } else {
        match simple_lower(c) {
            Some(l) if l == c => KEEP,
            Some(_) => LOWER,
            None => GENERAL,
        }
    }
}

/// The lower case of `c` when the definition of [`fold`] maps `c` to it whatever surrounds
/// it in the fast path (ASCII, folded letters and other such characters): `c` and its lower
/// case are single characters with no canonical decomposition, of combining class 0, that
/// cannot compose with a character before them (NFC_Quick_Check = Yes); and `c` is not `Σ`,
/// whose lower case depends on its neighbours. Typographic punctuation (`“ ” – …`), NBSP,
/// symbols, U+FFFD, CJK and emoji map to themselves, `Ð` to `ð`, `Δ` to `δ`; `Σ`,
/// `Å` (U+212B) and Hangul syllables (which decompose) are left to the definition.
fn simple_lower(c: char) -> Option<char> {
    let stable = |c: char| {
        let mut decomposed = 0;
        decompose_canonical(c, |d| decomposed += if d == c { 1 } else { 2 });
        decomposed == 1
            && canonical_combining_class(c) == 0
            && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
    };
    let mut lower = c.to_lowercase();
    let l = lower.next()?;
    (lower.next().is_none() && c != 'Σ' && stable(c) && stable(l)).then_some(l)
}

/// Folds `s` onto `out` when every character is ASCII, a Vietnamese letter, a combining
/// diacritic or inert; `None` (with `out` partly written) otherwise.
fn fold_fast(s: &str, out: &mut String) -> Option<()> {
    let bytes = s.as_bytes();
    let table = &*FOLDS;
    out.reserve(s.len());
    let mut i = 0;
    while let Some(&b0) = bytes.get(i) {
        if b0 < 0x80 {
            out.push(char::from(b0.to_ascii_lowercase()));
            i += 1;
            continue;
        }
        let tail = |k: usize| bytes.get(i + k).map(|&b| u32::from(b & 0x3F));
        let (cp, len) = match b0 {
            0xC0..=0xDF => (u32::from(b0 & 0x1F) << 6 | tail(1)?, 2),
            0xE0..=0xEF => (u32::from(b0 & 0x0F) << 12 | tail(1)? << 6 | tail(2)?, 3),
            _ => (
                u32::from(b0 & 0x07) << 18 | tail(1)? << 12 | tail(2)? << 6 | tail(3)?,
                4,
            ),
        };
        let code = match cp {
            0x80..=0x7FF => table.two.get(cp as usize - 0x80).copied(),
            0x1E00..=0x1EFF => table.latin_additional.get(cp as usize - 0x1E00).copied(),
            0x2000..=0x207F => table.punctuation.get(cp as usize - 0x2000).copied(),
            _ => char::from_u32(cp).map(fold_of),
        }?;
        match code {
            GENERAL => return None,
            DROP => {}
            KEEP => out.push_str(s.get(i..i + len)?),
            LOWER => out.push(char::from_u32(cp).and_then(simple_lower)?),
            base => out.push(char::from(base)),
        }
        i += len;
    }
    Some(())
}

/// The definition of [`fold`], applied literally (for text beyond Vietnamese and ASCII).
pub(crate) fn fold_general(s: &str) -> String {
    let stripped: String = s
        .nfd()
        .filter(|c| !('\u{300}'..='\u{36F}').contains(c))
        .map(|c| if c == 'Đ' || c == 'đ' { 'd' } else { c })
        .collect();
    stripped.to_lowercase().nfc().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_vietnamese_to_ascii_and_lowercases_other_scripts() {
        for (s, folded) in [
            (
                "Bí thư Quận ủy, Chủ tịch HĐND",
                "bi thu quan uy, chu tich hdnd",
            ),
            ("ƯƠNG ĐƯỜNG", "uong duong"),
            ("ca\u{301}\u{301}", "ca"),
            ("\u{301}Hà", "ha"),
            ("tỉ lệ / tỷ lệ", "ti le / ty le"),
            // Other scripts are lower-cased only.
            ("Δ Đ đ", "δ d d"),
            ("Hà Nội ガイド", "ha noi ガイド"),
            ("Hà Nội 하노이", "ha noi 하노이"),
            ("Quỳnh Phụ 🌾", "quynh phu 🌾"),
            ("Ð", "ð"),
        ] {
            assert_eq!(fold(s), folded, "{s:?}");
        }
    }

    #[test]
    fn typographic_punctuation_stays_in_the_fast_path() {
        let mut out = String::new();
        assert!(fold_fast("“Đoàn kết” – 96,39%\u{a0}… \u{fffd} ₫ 🌾", &mut out).is_some());
        assert_eq!(out, "“doan ket” – 96,39%\u{a0}… \u{fffd} ₫ 🌾");
        assert!(simple_lower('ß') == Some('ß') && simple_lower('河') == Some('河'));
        for c in [
            'Σ', '\u{212b}', '\u{2126}', '\u{2000}', '한', '\u{1dc4}', 'İ',
        ] {
            assert_eq!(simple_lower(c), None, "{c}");
        }
        assert_eq!(simple_lower('Ð'), Some('ð'));
    }

    #[test]
    fn simple_characters_fold_to_their_lower_case_beside_anything() {
        // Every such character of the tables, between letters, marks and ASCII, folds by the
        // literal definition as in the fast path.
        for cp in (0x80..0x800).chain(0x1E00..0x1F00).chain(0x2000..0x2080) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            if !matches!(fold_of(c), KEEP | LOWER) {
                continue;
            }
            for s in [
                format!("Ả{c}a"),
                format!("a\u{301}{c}\u{301}{c}Đ"),
                format!("{c}{c}"),
            ] {
                let mut fast = String::new();
                assert!(fold_fast(&s, &mut fast).is_some());
                assert_eq!(fast, fold_general(&s), "{c:?}");
            }
        }
    }

    #[test]
    fn borrowed_for_lowercase_ascii() {
        assert!(matches!(fold("nam tu liem"), Cow::Borrowed(_)));
        assert!(matches!(fold("Nam"), Cow::Owned(_)));
    }
}
