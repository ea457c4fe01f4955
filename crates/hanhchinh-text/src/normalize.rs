//! Normalization: Unicode NFC plus one tone-mark placement, and the canonical lookup key.

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::letter::{letter, Letter};
use crate::syllable::{Shape, Tone, BLANK, MAX_LETTERS};

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
    if opts.map_spaces && s.chars().any(is_odd_space) {
        let mapped: String = s.chars().filter_map(map_space).collect();
        return Cow::Owned(normalize_letters(&mapped, opts.tone).into_owned());
    }
    normalize_letters(s, opts.tone)
}

/// NFC and tone placement, spaces untouched.
fn normalize_letters(s: &str, style: ToneStyle) -> Cow<'_, str> {
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
    if !n.chars().any(char::is_uppercase) {
        return n;
    }
    let mut out = String::with_capacity(n.len());
    push_lower(&n, &mut out);
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
    push_lower(&n, out);
}

fn push_lower(s: &str, out: &mut String) {
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// Whether `c` separates tokens: Unicode white space, and the invisible zero-width space,
/// zero-width (non-)joiners, word joiner and byte order mark that scraped pages carry.
///
/// ```
/// assert!(hanhchinh_text::is_space('\u{a0}') && hanhchinh_text::is_space('\u{200b}'));
/// assert!(!hanhchinh_text::is_space('-'));
/// ```
#[inline]
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

fn is_odd_space(c: char) -> bool {
    c != ' ' && map_space(c) != Some(c)
}

fn map_space(c: char) -> Option<char> {
    match c {
        '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Some(' '),
        '\u{200B}' | '\u{2060}' | '\u{FEFF}' => None,
        _ => Some(c),
    }
}

enum Scan {
    /// NFC, every tone mark in place.
    Canonical,
    /// NFC, but the word starting at this byte offset has its tone mark misplaced.
    ToneAt(usize),
    /// Not NFC (or possibly not: a combining mark, a Hangul jamo, …).
    NotNfc,
}

/// A word being read: its letters so far and what they tell.
struct Word {
    start: usize,
    letters: [Letter; MAX_LETTERS],
    n: usize,
    vowels: usize,
    tones: usize,
    /// False once the word holds a character that is not a Vietnamese letter, or too many.
    plain: bool,
}

impl Word {
    fn new() -> Word {
        Word {
            start: 0,
            letters: [BLANK; MAX_LETTERS],
            n: 0,
            vowels: 0,
            tones: 0,
            plain: true,
        }
    }

    fn reset(&mut self, start: usize) {
        self.start = start;
        self.n = 0;
        self.vowels = 0;
        self.tones = 0;
        self.plain = true;
    }

    fn push(&mut self, l: Letter) {
        match self.letters.get_mut(self.n) {
            Some(slot) => {
                *slot = l;
                self.n += 1;
                self.vowels += usize::from(l.is_vowel());
                self.tones += usize::from(l.tone != Tone::Level);
            }
            None => self.plain = false,
        }
    }

    /// The position the tone mark must move to, when it is not where it belongs.
    fn misplaced(&self, style: crate::ToneStyle) -> Option<usize> {
        if !self.plain || self.tones != 1 || self.vowels < 2 {
            return None;
        }
        let letters = self.letters.get(..self.n)?;
        let shape = Shape::of(letters)?;
        if !shape.is_valid(letters) {
            return None;
        }
        let target = shape.tone_target(letters, style)?;
        (Some(target) != shape.marked).then_some(target)
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || unicode_normalization::char::is_combining_mark(c)
}

/// Reads `s` once and says whether it is canonical, and if not, where work starts.
fn scan(s: &str, style: ToneStyle) -> Scan {
    let mut word = Word::new();
    let mut in_word = false;
    let mut first_misplaced = None;
    for (i, c) in s.char_indices() {
        let l = letter(c);
        if !c.is_ascii() && l.is_none() && is_nfc_quick(std::iter::once(c)) != IsNormalized::Yes {
            return Scan::NotNfc;
        }
        match l {
            Some(l) => {
                if !in_word {
                    word.reset(i);
                    in_word = true;
                }
                word.push(l);
            }
            None if in_word && is_word_char(c) => word.plain = false,
            None => {
                if in_word && first_misplaced.is_none() && word.misplaced(style).is_some() {
                    first_misplaced = Some(word.start);
                }
                in_word = false;
            }
        }
    }
    if in_word && first_misplaced.is_none() && word.misplaced(style).is_some() {
        first_misplaced = Some(word.start);
    }
    first_misplaced.map_or(Scan::Canonical, Scan::ToneAt)
}

/// Rewrites the NFC text `s` from byte `from` on (a word start), moving misplaced tone marks.
fn fix_tones(s: &str, from: usize, style: ToneStyle) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let (head, tail) = s.split_at(s.floor_char_boundary_compat(from));
    out.push_str(head);
    let mut word = Word::new();
    let mut in_word = false;
    let flush = |word: &Word, end: usize, out: &mut String| {
        let text = tail.get(word.start..end).unwrap_or("");
        match word.misplaced(style).and_then(|t| rebuilt(word, t)) {
            Some(fixed) => out.push_str(&fixed),
            None => out.push_str(text),
        }
    };
    for (i, c) in tail.char_indices() {
        match letter(c) {
            Some(l) => {
                if !in_word {
                    word.reset(i);
                    in_word = true;
                }
                word.push(l);
            }
            None if in_word && is_word_char(c) => word.plain = false,
            None => {
                if in_word {
                    flush(&word, i, &mut out);
                    in_word = false;
                }
                out.push(c);
            }
        }
    }
    if in_word {
        flush(&word, tail.len(), &mut out);
    }
    out
}

/// The word's letters with the tone mark moved to `target`.
fn rebuilt(word: &Word, target: usize) -> Option<String> {
    let letters = word.letters.get(..word.n)?;
    let tone = letters.iter().map(|l| l.tone).find(|t| *t != Tone::Level)?;
    let mut out = String::with_capacity(word.n * 3);
    for (i, l) in letters.iter().enumerate() {
        let moved = Letter {
            tone: if i == target { tone } else { Tone::Level },
            ..*l
        };
        out.push(moved.to_char()?);
    }
    Some(out)
}

/// `str::floor_char_boundary` is unstable; `from` is always a boundary here, this only keeps
/// `split_at` from ever panicking.
trait FloorBoundary {
    fn floor_char_boundary_compat(&self, i: usize) -> usize;
}

impl FloorBoundary for str {
    fn floor_char_boundary_compat(&self, mut i: usize) -> usize {
        if i >= self.len() {
            return self.len();
        }
        while !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}

#[cfg(test)]
mod tests {
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
        assert_eq!(normalize("qúy"), "quý");
        assert_eq!(normalize("Đaị hội"), "Đại hội");
        assert_eq!(normalize("lựơng"), "lượng");
        assert_eq!(normalize("hoàng"), "hoàng");
        assert_eq!(normalize("hòang"), "hoàng");
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
