//! Normalization: Unicode NFC plus one tone-mark placement, and the canonical lookup key.

use std::borrow::Cow;

use once_cell::sync::Lazy;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::letter::{letter, Letter, Modifier};
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

/// Lower case and upper-case flag of every two-byte character (U+0080–U+07FF) and of Latin
/// Extended Additional (U+1E00–U+1EFF): `(lower, is_uppercase)`, with `lower` = `'\0'` when the
/// lower case is not one character (`İ`).
struct CaseTable {
    two: Vec<(char, bool)>,
    latin_additional: Vec<(char, bool)>,
}

fn case_entry(cp: u32) -> (char, bool) {
    let Some(c) = char::from_u32(cp) else {
        return ('\0', false);
    };
    let mut lower = c.to_lowercase();
    let single = match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => '\0',
    };
    (single, changes_when_lowercased(c))
}

/// Whether lower-casing changes `c`: upper-case letters, and title-case digraphs such as `ǅ`
/// (which are not upper case, but which [`key_into`] lowers all the same).
fn changes_when_lowercased(c: char) -> bool {
    let mut lower = c.to_lowercase();
    !(lower.next() == Some(c) && lower.next().is_none())
}

static CASES: Lazy<CaseTable> = Lazy::new(|| CaseTable {
    two: (0x80..0x800).map(case_entry).collect(),
    latin_additional: (0x1E00..0x1F00).map(case_entry).collect(),
});

impl CaseTable {
    #[inline]
    fn get(&self, cp: u32) -> Option<(char, bool)> {
        match cp {
            0x80..=0x7FF => self.two.get(cp as usize - 0x80).copied(),
            0x1E00..=0x1EFF => self.latin_additional.get(cp as usize - 0x1E00).copied(),
            _ => None,
        }
    }
}

/// Whether lower-casing changes some character of `s`.
fn has_upper(s: &str) -> bool {
    let bytes = s.as_bytes();
    let cases = &*CASES;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if b.is_ascii_uppercase() {
                return true;
            }
            i += 1;
            continue;
        }
        let Some((cp, len)) = decode(bytes, i) else {
            return false;
        };
        let upper = match cases.get(cp) {
            Some((_, upper)) => upper,
            None => char::from_u32(cp).is_some_and(changes_when_lowercased),
        };
        if upper {
            return true;
        }
        i += len;
    }
    false
}

/// Appends `s` with every character lower-cased (`char::to_lowercase`, character by
/// character): runs of ASCII at once, the Vietnamese letters through a table.
pub(crate) fn push_lower(s: &str, out: &mut String) {
    let bytes = s.as_bytes();
    let cases = &*CASES;
    // `s[copied..i]` is already lower case and not yet written.
    let mut copied = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if b.is_ascii_uppercase() {
                out.push_str(s.get(copied..i).unwrap_or(""));
                out.push(char::from(b.to_ascii_lowercase()));
                copied = i + 1;
            }
            i += 1;
            continue;
        }
        let Some((cp, len)) = decode(bytes, i) else {
            break;
        };
        let lower = match cases.get(cp) {
            Some((lower, _)) if lower != '\0' => Some(lower),
            Some(_) => None,
            None => char::from_u32(cp).and_then(|c| {
                let mut l = c.to_lowercase();
                match (l.next(), l.next()) {
                    (Some(one), None) => Some(one),
                    _ => None,
                }
            }),
        };
        if lower.map(u32::from) != Some(cp) {
            out.push_str(s.get(copied..i).unwrap_or(""));
            match lower {
                Some(l) => out.push(l),
                None => {
                    if let Some(c) = char::from_u32(cp) {
                        out.extend(c.to_lowercase());
                    }
                }
            }
            copied = i + len;
        }
        i += len;
    }
    out.push_str(s.get(copied..).unwrap_or(""));
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

/// What a word being scanned tells, without keeping its letters: enough to prove most words
/// canonical at once (see [`Facts::misplaced`]).
#[derive(Clone, Copy, Default)]
struct Facts {
    start: usize,
    n: usize,
    vowels: usize,
    tones: usize,
    /// The letter carrying the tone mark has a vowel modifier (`ờ`, `ệ`, `ắ`).
    toned_modified: bool,
    /// A letter after the one carrying the tone mark has a vowel modifier (`ựơ`).
    modified_after: bool,
    /// False once the word holds a character that is not a Vietnamese letter, or too many.
    plain: bool,
}

impl Facts {
    #[inline]
    fn reset(&mut self, start: usize) {
        *self = Facts {
            start,
            plain: true,
            ..Facts::default()
        };
    }

    /// Adds a letter, given by its [`ScanTable`] flags.
    #[inline]
    fn push(&mut self, flags: u8) {
        if self.n == MAX_LETTERS {
            self.plain = false;
            return;
        }
        self.n += 1;
        self.vowels += usize::from(flags & VOWEL != 0);
        let modified = flags & MODIFIED != 0;
        if flags & TONED != 0 {
            self.tones += 1;
            self.toned_modified = modified;
        } else if self.tones > 0 && modified {
            self.modified_after = true;
        }
    }

    /// Whether the tone mark of the word `s[start..end]` is misplaced ([`Word::misplaced`]).
    ///
    /// Most words are settled by their facts: no mark, one vowel, or the mark on the last
    /// vowel with a modifier. In a valid syllable every vowel outside the onset is in the
    /// nucleus, and the mark belongs on the last modified vowel of the nucleus
    /// ([`Shape::tone_target`]); an invalid one is never changed. Other words are read again.
    fn misplaced(&self, s: &str, end: usize, style: ToneStyle) -> bool {
        if !self.plain || self.tones != 1 || self.vowels < 2 {
            return false;
        }
        if self.toned_modified && !self.modified_after {
            return false;
        }
        let mut word = Word::new();
        word.reset(self.start);
        let letters = crate::letter::letters();
        for c in s.get(self.start..end).unwrap_or("").chars() {
            match letters.get(u32::from(c)) {
                Some(l) => word.push(l),
                None => return false,
            }
        }
        word.misplaced(style).is_some()
    }
}

/// Per code point, for [`scan`]: what the character is, as the flags below. Covers every
/// two-byte character, Latin Extended Additional and General Punctuation; other characters are
/// looked up directly.
struct ScanTable {
    two: [u8; 0x780],
    latin_additional: [u8; 0x100],
    punctuation: [u8; 0x80],
}

/// NFC_Quick_Check is Yes.
const NFC_YES: u8 = 1;
/// Not a letter, but continues a word ([`is_word_char`]).
const WORD_CHAR: u8 = 1 << 1;
/// A Vietnamese or ASCII letter ([`letter`]).
const LETTER: u8 = 1 << 2;
/// One of the twelve vowels.
const VOWEL: u8 = 1 << 3;
/// Carries a tone mark.
const TONED: u8 = 1 << 4;
/// A vowel with circumflex, breve or horn.
const MODIFIED: u8 = 1 << 5;

fn scan_flags(cp: u32) -> u8 {
    let Some(c) = char::from_u32(cp) else {
        return 0;
    };
    let flag = |yes: bool, bit: u8| if yes { bit } else { 0 };
    if let Some(l) = letter(c) {
        let modified = matches!(
            l.modifier,
            Modifier::Circumflex | Modifier::Breve | Modifier::Horn
        );
        return NFC_YES
            | LETTER
            | flag(l.is_vowel(), VOWEL)
            | flag(l.tone != Tone::Level, TONED)
            | flag(modified, MODIFIED);
    }
    let yes = is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes;
    flag(yes, NFC_YES) | flag(is_word_char(c), WORD_CHAR)
}

// Evaluated at compile time: an out-of-bounds index would fail the build, not panic at run time.
#[allow(clippy::indexing_slicing)]
static ASCII_FLAGS: [u8; 128] = {
    let mut t = [NFC_YES; 128];
    let mut i = 0;
    while i < 128 {
        let b = (i as u8).to_ascii_lowercase();
        if b.is_ascii_lowercase() {
            t[i] |= LETTER;
            if matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y') {
                t[i] |= VOWEL;
            }
        }
        i += 1;
    }
    t
};

static SCAN: Lazy<ScanTable> = Lazy::new(|| ScanTable {
    two: std::array::from_fn(|i| scan_flags(0x80 + i as u32)),
    latin_additional: std::array::from_fn(|i| scan_flags(0x1E00 + i as u32)),
    punctuation: std::array::from_fn(|i| scan_flags(0x2000 + i as u32)),
});

impl ScanTable {
    #[inline]
    fn flags(&self, cp: u32) -> u8 {
        let hit = match cp {
            0..=0x7F => ASCII_FLAGS.get(cp as usize),
            0x80..=0x7FF => self.two.get(cp as usize - 0x80),
            0x1E00..=0x1EFF => self.latin_additional.get(cp as usize - 0x1E00),
            0x2000..=0x207F => self.punctuation.get(cp as usize - 0x2000),
            _ => None,
        };
        hit.copied().unwrap_or_else(|| scan_flags(cp))
    }
}

/// The code point and byte length of the character at byte `i` (a char boundary) of `s`.
#[inline]
fn decode(s: &[u8], i: usize) -> Option<(u32, usize)> {
    let b0 = *s.get(i)?;
    let tail = |k: usize| s.get(i + k).map(|&b| u32::from(b & 0x3F));
    Some(match b0 {
        0..=0x7F => (u32::from(b0), 1),
        0x80..=0xDF => (u32::from(b0 & 0x1F) << 6 | tail(1)?, 2),
        0xE0..=0xEF => (u32::from(b0 & 0x0F) << 12 | tail(1)? << 6 | tail(2)?, 3),
        _ => (
            u32::from(b0 & 0x07) << 18 | tail(1)? << 12 | tail(2)? << 6 | tail(3)?,
            4,
        ),
    })
}

/// The first byte at or after `i` that is not ASCII (`s.len()` when none), eight at a time.
#[inline]
fn next_non_ascii(s: &[u8], mut i: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = s.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let high = u64::from_le_bytes(word) & HIGH;
        if high != 0 {
            return i + (high.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while let Some(&b) = s.get(i) {
        if b >= 0x80 {
            return i;
        }
        i += 1;
    }
    s.len()
}

/// Reads `s` once and says whether it is canonical, and if not, where work starts.
///
/// ASCII outside words is skipped eight bytes at a time: an ASCII word has no tone mark, and
/// ASCII is NFC. A word that starts with ASCII letters is read from its first letter.
fn scan(s: &str, style: ToneStyle) -> Scan {
    let bytes = s.as_bytes();
    let table = &*SCAN;
    let mut word = Facts::default();
    let mut in_word = false;
    let mut first_misplaced = None;
    let mut i = 0;
    loop {
        if !in_word {
            let next = next_non_ascii(bytes, i);
            if next >= bytes.len() {
                break;
            }
            let mut start = next;
            while start > i && bytes.get(start - 1).is_some_and(u8::is_ascii_alphabetic) {
                start -= 1;
            }
            i = start;
        }
        let Some((cp, len)) = decode(bytes, i) else {
            break;
        };
        let flags = table.flags(cp);
        if flags & NFC_YES == 0 {
            return Scan::NotNfc;
        }
        if flags & LETTER != 0 {
            if !in_word {
                word.reset(i);
                in_word = true;
            }
            word.push(flags);
        } else if in_word && flags & WORD_CHAR != 0 {
            word.plain = false;
        } else {
            if in_word && first_misplaced.is_none() && word.misplaced(s, i, style) {
                first_misplaced = Some(word.start);
            }
            in_word = false;
        }
        i += len;
    }
    if in_word && first_misplaced.is_none() && word.misplaced(s, bytes.len(), style) {
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
