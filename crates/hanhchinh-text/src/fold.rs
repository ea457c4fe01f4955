//! Diacritic folding: the key for search without diacritics.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

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
    if !s.bytes().any(|b| b >= 0x80 || b.is_ascii_uppercase()) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
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
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(l) = letter(c) {
            out.push(char::from(l.base));
        } else if (c as u32) >= 0x300 && (c as u32) <= 0x36F {
            // a lone combining diacritic (NFD input): removed
        } else {
            // Any other character: apply the definition literally to the whole text.
            out.truncate(start);
            out.push_str(&fold_general(s));
            return;
        }
    }
}

/// The definition of [`fold`], applied literally (for text beyond Vietnamese and ASCII).
fn fold_general(s: &str) -> String {
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
    fn folds_vietnamese_to_ascii() {
        assert_eq!(
            fold("Bí thư Quận ủy, Chủ tịch HĐND"),
            "bi thu quan uy, chu tich hdnd"
        );
        assert_eq!(fold("ƯƠNG ĐƯỜNG"), "uong duong");
        assert_eq!(fold("ca\u{301}\u{301}"), "ca");
        assert_eq!(fold("\u{301}Hà"), "ha");
        assert_eq!(fold("tỉ lệ / tỷ lệ"), "ti le / ty le");
    }

    #[test]
    fn other_scripts_are_lowercased_only() {
        assert_eq!(fold("Δ Đ đ"), "δ d d");
        assert_eq!(fold("Hà Nội ガイド"), "ha noi ガイド");
        assert_eq!(fold("Hà Nội 하노이"), "ha noi 하노이");
        assert_eq!(fold("Quỳnh Phụ 🌾"), "quynh phu 🌾");
        assert_eq!(fold("Ð"), "ð");
    }

    #[test]
    fn borrowed_for_lowercase_ascii() {
        assert!(matches!(fold("nam tu liem"), Cow::Borrowed(_)));
        assert!(matches!(fold("Nam"), Cow::Owned(_)));
    }
}
