//! Normalization: Unicode NFC plus one tone-mark placement, and the canonical lookup key.

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

mod case;
pub(crate) mod tones;

use case::has_upper;
pub(crate) use case::push_lower;
use tones::*;

/// Where the tone mark goes in the open rhymes `oa`, `oe` and `uy`, the only ones on
/// which Vietnamese usage differs.
///
/// Every other syllable has one correct place for its mark (`quý`, `lượng`, `hoàng`,
/// `thuyền`), which [`normalize`] always enforces.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum ToneStyle {
    /// On the first vowel: `hòa`, `khỏe`, `thủy`, `Ủy ban`. The style of official unit names
    /// (`Thanh Hóa`, `Khánh Hòa`) and the default.
    #[default]
    Traditional,
    /// On the second vowel: `hoà`, `khoẻ`, `thuỷ`, `Uỷ ban`.
    Modern,
}

/// Options of [`normalize_with`].
///
/// ```
/// use hanhchinh_text::{normalize_with, NormalizeOptions, ToneStyle};
/// let opts = NormalizeOptions::new().tone(ToneStyle::Modern).map_spaces(true);
/// assert_eq!(normalize_with("Hòa\u{a0}Bình\u{200b}", &opts), "Hoà Bình");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct NormalizeOptions {
    /// Tone-mark placement in `oa`, `oe`, `uy`.
    pub tone: ToneStyle,
    /// When true, no-break and other wide or narrow spaces (U+00A0, U+2000–U+200A, U+202F,
    /// U+205F, U+3000) become an ASCII space, and the invisible U+200B (zero-width space),
    /// U+2060 (word joiner) and U+FEFF (byte order mark) are removed. Off by default, so that
    /// `normalize` changes nothing but the letters. Zero-width (non-)joiners are kept: they
    /// carry meaning in emoji sequences and other scripts.
    pub map_spaces: bool,
}

impl NormalizeOptions {
    /// The defaults: traditional tone placement, spaces kept.
    pub fn new() -> NormalizeOptions {
        NormalizeOptions::default()
    }

    /// Sets the tone-mark style.
    pub fn tone(mut self, style: ToneStyle) -> NormalizeOptions {
        self.tone = style;
        self
    }

    /// Sets whether odd spaces are mapped (see [`NormalizeOptions::map_spaces`]).
    pub fn map_spaces(mut self, yes: bool) -> NormalizeOptions {
        self.map_spaces = yes;
        self
    }
}

/// Normalizes Vietnamese text: Unicode NFC, and every tone mark on the vowel where it belongs,
/// with the [traditional](ToneStyle::Traditional) placement in `oa`, `oe`, `uy`.
///
/// Case, spacing, punctuation and anything that is not a Vietnamese syllable stay as written
/// (a foreign word, mojibake, a doubled mark). Text that is already canonical is returned
/// borrowed, without allocating.
///
/// ```
/// use hanhchinh_text::normalize;
/// use std::borrow::Cow;
///
/// assert_eq!(normalize("hoà"), "hòa");
/// assert_eq!(normalize("THUỶ"), "THỦY");
/// assert_eq!(normalize("qúy"), "quý");
/// assert_eq!(normalize("lựơng"), "lượng");
/// assert_eq!(normalize("Nguye\u{302}\u{303}n"), "Nguyễn"); // NFD input
/// assert!(matches!(normalize("Quận Nam Từ Liêm"), Cow::Borrowed(_)));
/// ```
pub fn normalize(s: &str) -> Cow<'_, str> {
    normalize_with(s, &NormalizeOptions::default())
}

/// [`normalize`] with options: the tone style and the mapping of odd spaces.
///
/// ```
/// use hanhchinh_text::{normalize_with, NormalizeOptions, ToneStyle};
/// let modern = NormalizeOptions::new().tone(ToneStyle::Modern);
/// assert_eq!(normalize_with("Ủy ban nhân dân", &modern), "Uỷ ban nhân dân");
/// assert_eq!(normalize_with("hoàng", &modern), "hoàng"); // closed rhyme: one place only
/// ```
pub fn normalize_with<'a>(s: &'a str, opts: &NormalizeOptions) -> Cow<'a, str> {
    // Spaces first: removing a zero-width space can bring a combining mark next to a letter.
    if opts.map_spaces && has_odd_space(s) {
        let mapped = map_spaces(s);
        return Cow::Owned(match normalize_letters(&mapped, opts.tone) {
            Cow::Owned(fixed) => fixed,
            Cow::Borrowed(_) => mapped,
        });
    }
    normalize_letters(s, opts.tone)
}

/// NFC and tone placement, spaces untouched.
fn normalize_letters(s: &str, style: ToneStyle) -> Cow<'_, str> {
    normalize_letters_by(s, style, scan)
}

/// [`normalize_letters`] with the scan that finds what to fix given (the reference
/// implementation's tests pass their own).
pub(crate) fn normalize_letters_by(
    s: &str,
    style: ToneStyle,
    scan: fn(&str, ToneStyle) -> Scan,
) -> Cow<'_, str> {
    match scan(s, style) {
        Scan::Canonical => Cow::Borrowed(s),
        Scan::ToneAt(at) => Cow::Owned(fix_tones(s, at, style)),
        Scan::NotNfc => {
            let nfc: String = s.nfc().collect();
            let fixed = match scan(&nfc, style) {
                Scan::ToneAt(at) => fix_tones(&nfc, at, style),
                _ => nfc,
            };
            if fixed == s {
                Cow::Borrowed(s)
            } else {
                Cow::Owned(fixed)
            }
        }
    }
}

/// The canonical lookup key of a text: [`normalize`] with odd spaces mapped, then lower-cased.
///
/// NFC and NFD input, either tone-mark placement and any letter case give the same key, so
/// tables keyed by it (the gazetteer, the segmenter's word list) find `Hoà Bình`, `HÒA BÌNH`
/// and `hòa bình` alike. Unlike [`fold`](crate::fold) it keeps the diacritics: `ba` and `bà`
/// stay different.
///
/// ```
/// use hanhchinh_text::key;
/// assert_eq!(key("Hoà Bình"), "hòa bình");
/// assert_eq!(key("HÒA BÌNH"), "hòa bình");
/// assert_eq!(key("ho\u{300}a\u{a0}bi\u{300}nh"), "hòa bình");
/// ```
pub fn key(s: &str) -> Cow<'_, str> {
    let n = normalize_with(s, &NormalizeOptions::new().map_spaces(true));
    if !has_upper(&n) {
        return n;
    }
    let mut out = String::with_capacity(n.len());
    push_key_lower(&n, &mut out);
    Cow::Owned(out)
}

/// Appends the [`key`] of `s` to `out`; reusing one buffer keeps loops allocation-free.
///
/// ```
/// use hanhchinh_text::key_into;
/// let mut buf = String::new();
/// for w in ["Thuỷ", "Nguyên"] {
///     buf.clear();
///     key_into(w, &mut buf);
///     assert!(buf == "thủy" || buf == "nguyên");
/// }
/// ```
pub fn key_into(s: &str, out: &mut String) {
    let n = normalize_with(s, &NormalizeOptions::new().map_spaces(true));
    push_key_lower(&n, out);
}

/// Appends `n` (normalized text) lower-cased, normalized again where lower-casing left NFC: a
/// capital whose lower case is two characters (`İ` -> `i` + U+0307) or that composes with the
/// mark after it only in lower case (`H` + U+0331 -> `ẖ`). So [`key`] is idempotent.
pub(crate) fn push_key_lower(n: &str, out: &mut String) {
    let start = out.len();
    push_lower(n, out);
    let Some(lowered) = out.get(start..) else {
        return;
    };
    if lowered.is_ascii() || is_nfc_quick(lowered.chars()) == IsNormalized::Yes {
        return;
    }
    let fixed = normalize_with(lowered, &NormalizeOptions::new().map_spaces(true)).into_owned();
    out.truncate(start);
    out.push_str(&fixed);
}

/// Whether `c` separates tokens: Unicode white space, the invisible zero-width space,
/// zero-width (non-)joiners, word joiner and byte order mark that scraped pages carry, and the
/// ASCII information separators U+001C..U+001F (spaces for Python's `str.isspace` too).
///
/// ```
/// assert!(hanhchinh_text::is_space('\u{a0}') && hanhchinh_text::is_space('\u{200b}'));
/// assert!(!hanhchinh_text::is_space('-'));
/// ```
#[inline]
pub fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{1C}'..='\u{1F}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// Whether `s` holds a character that [`map_space`] changes. They all start with one of four
/// UTF-8 lead bytes, so only those are decoded.
fn has_odd_space(s: &str) -> bool {
    let bytes = s.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| {
        matches!(b, 0xC2 | 0xE2 | 0xE3 | 0xEF)
            && decode(bytes, i)
                .and_then(|(cp, _)| char::from_u32(cp))
                .is_some_and(is_odd_space)
    })
}

/// `s` with [`map_space`] applied: the text between odd spaces is copied as it is.
fn map_spaces(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if !matches!(b, 0xC2 | 0xE2 | 0xE3 | 0xEF) {
            continue;
        }
        let Some((c, len)) =
            decode(bytes, i).and_then(|(cp, len)| Some((char::from_u32(cp)?, len)))
        else {
            continue;
        };
        if is_odd_space(c) {
            out.push_str(s.get(copied..i).unwrap_or(""));
            out.extend(map_space(c));
            copied = i + len;
        }
    }
    out.push_str(s.get(copied..).unwrap_or(""));
    out
}

/// Whether `c` is a space other than U+0020 that [`map_space`] changes.
pub(crate) fn is_odd_space(c: char) -> bool {
    c != ' ' && map_space(c) != Some(c)
}

/// What a space becomes in a normalized text: U+0020 for the wide and no-break spaces, nothing
/// for the zero-width ones.
pub(crate) fn map_space(c: char) -> Option<char> {
    match c {
        '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Some(' '),
        '\u{200B}' | '\u{2060}' | '\u{FEFF}' => None,
        _ => Some(c),
    }
}

#[cfg(test)]
mod tests {
    use super::case::changes_when_lowercased;
    use super::*;

    #[test]
    fn moves_marks_in_both_styles() {
        let modern = NormalizeOptions::new().tone(ToneStyle::Modern);
        for (old, trad) in [
            ("hoà", "hòa"),
            ("khoẻ", "khỏe"),
            ("thuỷ", "thủy"),
            ("Uỷ ban", "Ủy ban"),
            ("Khánh Hoà", "Khánh Hòa"),
            ("HOÀ BÌNH", "HÒA BÌNH"),
            ("cụ thể hoá", "cụ thể hóa"),
        ] {
            assert_eq!(normalize(old), trad);
            assert_eq!(normalize(trad), trad);
            assert_eq!(normalize_with(trad, &modern), old);
            assert_eq!(normalize_with(old, &modern), old);
        }
    }

    #[test]
    fn fixes_marks_on_the_wrong_vowel_in_any_style() {
        for (s, want) in [
            ("qúy", "quý"),
            ("Đaị hội", "Đại hội"),
            ("lựơng", "lượng"),
            ("hoàng", "hoàng"),
            ("hòang", "hoàng"),
        ] {
            assert_eq!(normalize(s), want, "{s:?}");
        }
    }

    #[test]
    fn leaves_what_is_not_a_syllable() {
        for s in [
            "cá\u{301}",
            "\u{301}Hà",
            "HÃ\u{a0} Ná»™i",
            "Вьетнам",
            "河内",
            "Hà Nộі",
            "",
        ] {
            let n = normalize(s);
            assert_eq!(n, s.nfc().collect::<String>(), "{s}");
        }
    }

    #[test]
    fn borrowed_when_canonical() {
        for s in [
            "Quận Nam Từ Liêm",
            "hòa",
            "ascii only",
            "Chủ tịch \u{a0}Hồ Chí Minh",
        ] {
            assert!(matches!(normalize(s), Cow::Borrowed(_)), "{s}");
        }
        assert!(matches!(normalize("cá\u{301}"), Cow::Borrowed(_)));
    }

    #[test]
    fn spaces_are_mapped_only_on_request() {
        let s = "UBND\u{a0} huyện\u{200b}";
        assert_eq!(normalize(s), s);
        let mapped = normalize_with(s, &NormalizeOptions::new().map_spaces(true));
        assert_eq!(mapped, "UBND  huyện");
    }

    #[test]
    fn case_table_and_odd_spaces_follow_the_char_methods() {
        for cp in 0..=0x10FFFFu32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let s = format!("a{c}b");
            let mut fast = String::new();
            push_lower(&s, &mut fast);
            let slow: String = s.chars().flat_map(char::to_lowercase).collect();
            assert_eq!(fast, slow, "{c:?}");
            assert_eq!(
                has_upper(&s),
                s.chars().any(changes_when_lowercased),
                "{c:?}"
            );
            assert_eq!(has_odd_space(&s), s.chars().any(is_odd_space), "{c:?}");
            let mapped: String = s.chars().filter_map(map_space).collect();
            assert_eq!(map_spaces(&s), mapped, "{c:?}");
        }
    }

    #[test]
    fn keys_ignore_case_form_and_placement() {
        let k = key("hòa bình");
        for s in [
            "Hoà Bình",
            "HÒA BÌNH",
            "HOÀ BÌNH",
            "ho\u{300}a bi\u{300}nh",
            "hòa\u{a0}bình",
        ] {
            assert_eq!(key(s), k, "{s}");
        }
        let mut buf = String::from(">");
        key_into("Ủy", &mut buf);
        assert_eq!(buf, ">ủy");
    }
}
