//! The tokenizer: offset-exact tokens over the original text, robust to scraped-page faults.
//!
//! The rules are documented on [`tokenize`].

use std::borrow::Cow;
use std::ops::Range;

use crate::syllable::is_syllable;

#[cfg(test)]
#[path = "reference.rs"]
pub(crate) mod reference;

/// What a [`Token`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters (and combining marks, and apostrophes between letters): usually one syllable,
    /// `Liêm`, `ủy`, `UBND`, `H'Leo`; also foreign words and other scripts.
    Word,
    /// ASCII digits with `.`, `,`, `:`, `/` or `-` between digits: `2.309`, `96,39`, `20:47`,
    /// `18/05/2023`, `12-17`.
    Number,
    /// An identifier of letters and digits, or of upper-case parts joined by `-` or `/`:
    /// `34-CT/TW`, `KT-XH`, `COVID-19`, `Km2`, `Q1`, `h04`.
    Code,
    /// One punctuation character, or a run of dots: `,`, `“`, `–`, `...`.
    Punct,
    /// Any other single character: `%`, `+`, `=`, emoji, U+FFFD.
    Symbol,
}

/// A token: a slice of the original text with its byte offsets and its kind.
///
/// Two tokens are equal when their text, start and kind are.
#[derive(Clone, Copy)]
pub struct Token<'a> {
    text: &'a str,
    start: usize,
    kind: TokenKind,
    /// What the tokenizer learnt about `text` while cutting it ([`Hint`] flags); 0 when
    /// nothing is known. A cache only: never part of equality.
    hint: u8,
}

/// Facts about a token's text that make its forms cheap, set by the tokenizer's fast paths.
pub(crate) struct Hint;

impl Hint {
    /// `normalize(text) == text`.
    pub(crate) const CANONICAL: u8 = 1;
    /// No character is upper case.
    pub(crate) const NO_UPPER: u8 = 2;
    /// The text is ASCII.
    pub(crate) const ASCII: u8 = 4;
    /// All of the above.
    pub(crate) const ALL: u8 = 7;
}

impl PartialEq for Token<'_> {
    fn eq(&self, other: &Self) -> bool {
        (self.text, self.start, self.kind) == (other.text, other.start, other.kind)
    }
}

impl Eq for Token<'_> {}

impl std::hash::Hash for Token<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (self.text, self.start, self.kind).hash(state);
    }
}

impl std::fmt::Debug for Token<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token")
            .field("text", &self.text)
            .field("start", &self.start)
            .field("kind", &self.kind)
            .finish()
    }
}

impl<'a> Token<'a> {
    /// A token over `text[start..start + text.len()]`: for tests and for callers that build
    /// tokens of their own (a recognizer joining two tokens, say).
    pub fn new(text: &'a str, start: usize, kind: TokenKind) -> Token<'a> {
        Token {
            text,
            start,
            kind,
            hint: 0,
        }
    }

    /// The token's text, a slice of the original input.
    #[inline]
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Byte offset of the token's start in the original input.
    #[inline]
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset just past the token's end in the original input.
    #[inline]
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// `start()..end()`.
    #[inline]
    pub fn span(&self) -> Range<usize> {
        self.start..self.end()
    }

    /// The token's kind.
    #[inline]
    pub fn kind(&self) -> TokenKind {
        self.kind
    }

    /// The [`normalize`](crate::normalize)d text (borrowed when already canonical).
    ///
    /// Tokens straight from [`tokenize`] carry what the tokenizer learnt about their text, so
    /// most words and numbers answer without reading it again.
    #[inline]
    pub fn normalized(&self) -> Cow<'a, str> {
        if self.hint & Hint::CANONICAL != 0 {
            return Cow::Borrowed(self.text);
        }
        crate::normalize(self.text)
    }

    /// The [`fold`](crate::fold)ed text: `Liêm` -> `liem`.
    #[inline]
    pub fn folded(&self) -> Cow<'a, str> {
        if self.hint & (Hint::ASCII | Hint::NO_UPPER) == Hint::ASCII | Hint::NO_UPPER {
            return Cow::Borrowed(self.text);
        }
        crate::fold(self.text)
    }

    /// Appends the [`fold`](crate::fold)ed text to `out`: with one buffer reused, a loop over
    /// tokens allocates nothing.
    ///
    /// ```
    /// let mut buf = String::new();
    /// for t in hanhchinh_text::tokenize("Nam Từ Liêm") {
    ///     buf.clear();
    ///     t.fold_into(&mut buf);
    ///     assert!(buf.is_ascii());
    /// }
    /// assert_eq!(buf, "liem");
    /// ```
    #[inline]
    pub fn fold_into(&self, out: &mut String) {
        if self.hint & (Hint::ASCII | Hint::NO_UPPER) == Hint::ASCII | Hint::NO_UPPER {
            out.push_str(self.text);
        } else {
            crate::fold_into(self.text, out);
        }
    }

    /// The canonical lookup [`key`](crate::key): `Hoà` -> `hòa`.
    #[inline]
    pub fn key(&self) -> Cow<'a, str> {
        match self.hint & (Hint::CANONICAL | Hint::NO_UPPER) {
            h if h == Hint::CANONICAL | Hint::NO_UPPER => Cow::Borrowed(self.text),
            Hint::CANONICAL => {
                let mut out = String::with_capacity(self.text.len());
                crate::normalize::push_lower(self.text, &mut out);
                Cow::Owned(out)
            }
            _ => crate::key(self.text),
        }
    }

    /// Appends the lookup [`key`](crate::key) to `out` (see [`Token::fold_into`]).
    ///
    /// ```
    /// let mut buf = String::new();
    /// let t = hanhchinh_text::tokenize("Thuỷ").next().unwrap();
    /// t.key_into(&mut buf);
    /// assert_eq!(buf, "thủy");
    /// ```
    #[inline]
    pub fn key_into(&self, out: &mut String) {
        match self.hint & (Hint::CANONICAL | Hint::NO_UPPER) {
            h if h == Hint::CANONICAL | Hint::NO_UPPER => out.push_str(self.text),
            Hint::CANONICAL => crate::normalize::push_lower(self.text, out),
            _ => crate::key_into(self.text, out),
        }
    }

    /// Whether the tokenizer learnt that [`Token::key`] is the text itself.
    #[inline]
    pub(crate) fn key_is_text(&self) -> bool {
        self.hint & (Hint::CANONICAL | Hint::NO_UPPER) == Hint::CANONICAL | Hint::NO_UPPER
    }

    /// Whether the tokenizer learnt that [`Token::folded`] is the text itself.
    #[inline]
    pub(crate) fn fold_is_text(&self) -> bool {
        self.hint & (Hint::ASCII | Hint::NO_UPPER) == Hint::ASCII | Hint::NO_UPPER
    }

    /// Whether the first character is an upper-case letter (`Liêm`, `UBND`).
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether the token has letters and none of them is lower case (`UBND`, `HĐND`, `KT-XH`).
    pub fn is_uppercase(&self) -> bool {
        self.text.chars().any(char::is_uppercase) && !self.text.chars().any(char::is_lowercase)
    }

    /// Whether this is a [`TokenKind::Word`] that is a well-formed Vietnamese syllable.
    pub fn is_syllable(&self) -> bool {
        self.kind == TokenKind::Word && is_syllable(self.text)
    }

    /// Whether the token is the punctuation or symbol character `c`.
    pub fn is_char(&self, c: char) -> bool {
        let mut it = self.text.chars();
        it.next() == Some(c) && it.next().is_none()
    }
}

/// Splits `text` into [`Token`]s.
///
/// [`tokenize`] reads the text once, left to right, and yields [`Token`]s that borrow from it.
/// Every character that is not a space (see [`is_space`](crate::is_space)) lies in exactly one
/// token; spaces lie in none. Tokens come in order and never overlap.
///
/// # Rules, with examples
///
/// A *run* is a stretch of letters and digits, possibly joined by single `.`, `,`, `:`, `/`,
/// `-`, `'` or `’` characters that have a letter or digit on both sides. Runs are then cut:
///
/// 1. `.`, `,` and `:` next to a letter split: `ủy,Chủ` -> `ủy` `,` `Chủ`; `TP.HCM` -> `TP` `.`
///    `HCM`; `2022,tại` -> `2022` `,` `tại`. Between digits they stay: `2.309`, `96,39`,
///    `191.360.000`, `20:47` are one [`Number`](TokenKind::Number).
/// 2. An apostrophe between letters stays inside a word: `H'Leo`, `R'Lấp`.
/// 3. `-` and `/` keep a run whole when it is a *code*: digits only (`18/05/2023`, `12-17`,
///    `17-1`, a [`Number`](TokenKind::Number)), or letters and digits whose letter parts have
///    no lower-case letter (`34-CT/TW`, `15/2023/NQ-HĐND`, `KT-XH`, `COVID-19`), or one word
///    and one number (`Covid-19`): a [`Code`](TokenKind::Code). Otherwise they split:
///    `Phúc-UVBTVTU-Trưởng` -> `Phúc` `-` `UVBTVTU` `-` `Trưởng`, `Rịa-Vũng` -> `Rịa` `-` `Vũng`.
/// 4. Inside a part, a lower-case letter followed by an upper-case one splits when what
///    precedes is a Vietnamese syllable of two letters or more: `NamTừ` -> `Nam` `Từ`; but
///    `ThS`, `TTg`, `iPhone`, `McDonald` stay whole.
/// 5. Letters followed by digits split when the letters are such a syllable (`năm2022` ->
///    `năm` `2022`); otherwise the part is one [`Code`](TokenKind::Code): `Km2`, `Q1`, `H5N1`.
///    Digits followed by letters always split: `4,3ha` -> `4,3` `ha`, `21h04` -> `21` `h04`.
/// 6. Outside runs, a run of dots is one [`Punct`](TokenKind::Punct) (`...`), any other
///    punctuation character is one `Punct` (`“`, `–`, `(`), and any other character one
///    [`Symbol`](TokenKind::Symbol) (`%`, `+`, `$`, emoji, U+FFFD).
///
/// Broken spacing stays visible: `152 .206` gives `152` `.` `206`, and a recognizer that
/// wants to join them compares offsets ([`Token::end`] of one with [`Token::start`] of the next).
///
/// ```
/// use hanhchinh_text::{tokenize, TokenKind};
///
/// let text = "Quận NamTừ Liêm: 2.309 doanh nghiệp, 96,39% (Chỉ thị 34-CT/TW)";
/// let words: Vec<&str> = tokenize(text).map(|t| t.text()).collect();
/// assert_eq!(
///     words,
///     ["Quận", "Nam", "Từ", "Liêm", ":", "2.309", "doanh", "nghiệp", ",", "96,39", "%", "(",
///      "Chỉ", "thị", "34-CT/TW", ")"]
/// );
/// let t = tokenize(text).find(|t| t.kind() == TokenKind::Code).unwrap();
/// assert_eq!(&text[t.span()], "34-CT/TW");
/// ```
///
/// ```
/// use hanhchinh_text::tokenize;
/// let toks: Vec<_> = tokenize("Huyện ủy,Chủ tịch").map(|t| (t.text(), t.start())).collect();
/// assert_eq!(toks, [("Huyện", 0), ("ủy", 8), (",", 12), ("Chủ", 13), ("tịch", 19)]);
/// ```
pub fn tokenize(text: &str) -> Tokens<'_> {
    Tokens {
        s: text,
        table: &CLASSES,
        pos: 0,
        run_end: 0,
        sub_end: 0,
        whole: None,
    }
}

/// The iterator returned by [`tokenize`].
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    s: &'a str,
    /// The character classes, fetched once per call.
    table: &'static ClassTable,
    pos: usize,
    /// End of the run being cut (see the rules on [`tokenize`]), or `<= pos` outside runs.
    run_end: usize,
    /// End of the current part of the run (between hard splits).
    sub_end: usize,
    /// Set when the current part is one token of this kind.
    whole: Option<TokenKind>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Space,
    Letter,
    Digit,
    /// A character that may join two halves of a run: `. , : / - ' ’`.
    Join(u8),
    Punct,
    Symbol,
}

/// A character's class, byte length, case and letter facts, packed: bits 0-2 the class (see
/// [`Info::class`]), then the flags below, bits 16.. the byte length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Info(u32);

const SPACE: u32 = 0;
const LETTER: u32 = 1;
const DIGIT: u32 = 2;
const JOIN: u32 = 3;
const PUNCT: u32 = 4;
const SYMBOL: u32 = 5;
const UPPER: u32 = 1 << 3;
const LOWER: u32 = 1 << 4;
const ALPHA: u32 = 1 << 5;
/// A Vietnamese or ASCII letter (`crate::letter::letter` knows it).
const VIET: u32 = 1 << 6;
/// One of the twelve vowels.
const VOWEL: u32 = 1 << 7;
/// A letter with a tone mark.
const TONED: u32 = 1 << 8;
/// A vowel with circumflex, breve or horn.
const MODIFIED: u32 = 1 << 9;
/// Not in the tables: set by [`plain_word`] for a letter outside ASCII.
const NON_ASCII: u32 = 1 << 10;

impl Info {
    /// The class; a non-ASCII joiner is always the apostrophe `’`, read as `'`.
    #[inline]
    fn class(self, first_byte: u8) -> Class {
        match self.0 & 7 {
            SPACE => Class::Space,
            LETTER => Class::Letter,
            DIGIT => Class::Digit,
            JOIN if first_byte < 0x80 => Class::Join(first_byte),
            JOIN => Class::Join(b'\''),
            PUNCT => Class::Punct,
            _ => Class::Symbol,
        }
    }

    #[inline]
    fn is(self, class: u32) -> bool {
        self.0 & 7 == class
    }

    #[inline]
    fn len(self) -> usize {
        (self.0 >> 16) as usize
    }

    #[inline]
    fn upper(self) -> bool {
        self.0 & UPPER != 0
    }

    #[inline]
    fn lower(self) -> bool {
        self.0 & LOWER != 0
    }

    #[inline]
    fn alpha(self) -> bool {
        self.0 & ALPHA != 0
    }

    #[inline]
    fn is_alnum(self) -> bool {
        matches!(self.0 & 7, LETTER | DIGIT)
    }
}

const fn ascii_class(b: u8) -> u32 {
    match b {
        b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => SPACE,
        b'a' | b'e' | b'i' | b'o' | b'u' | b'y' => LETTER | LOWER | ALPHA | VIET | VOWEL,
        b'A' | b'E' | b'I' | b'O' | b'U' | b'Y' => LETTER | UPPER | ALPHA | VIET | VOWEL,
        b'a'..=b'z' => LETTER | LOWER | ALPHA | VIET,
        b'A'..=b'Z' => LETTER | UPPER | ALPHA | VIET,
        b'0'..=b'9' => DIGIT,
        b'.' | b',' | b':' | b'/' | b'-' | b'\'' => JOIN,
        b'!' | b'"' | b'#' | b'&' | b'(' | b')' | b'*' | b';' | b'?' | b'@' | b'[' | b'\\'
        | b']' | b'_' | b'{' | b'}' => PUNCT,
        0x1C..=0x1F => SPACE,
        _ => SYMBOL,
    }
}

// Evaluated at compile time: an out-of-bounds index would fail the build, not panic at run time.
#[allow(clippy::indexing_slicing)]
static ASCII: [u32; 128] = {
    let mut t = [0; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = ascii_class(i as u8) | 1 << 16;
        i += 1;
    }
    t
};

/// Punctuation outside ASCII: general punctuation (dashes, quotes, bullets, ellipsis, primes),
/// Latin-1 punctuation, CJK and full-width punctuation.
fn is_punct(c: char) -> bool {
    matches!(c,
        '\u{A1}' | '\u{A7}' | '\u{AB}' | '\u{B6}' | '\u{B7}' | '\u{BB}' | '\u{BF}'
        | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}'
        | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' | '\u{3014}'..='\u{301F}'
        | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}' | '\u{FF1B}' | '\u{FF1F}')
}

/// The class of a character outside ASCII, by the rules (the tables below cache it).
fn class_of(c: char) -> u32 {
    let class =
        if matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}') && c != '×' && c != '÷' {
            LETTER
        } else if c == '\u{2019}' {
            JOIN
        } else if crate::is_space(c) {
            SPACE
        } else if c.is_alphabetic() || unicode_normalization::char::is_combining_mark(c) {
            LETTER
        } else if is_punct(c) {
            PUNCT
        } else {
            SYMBOL
        };
    let flag = |yes: bool, bit: u32| if yes { bit } else { 0 };
    let letter = crate::letter::letter(c).map_or(0, |l| {
        use crate::letter::Modifier;
        let modified = matches!(
            l.modifier,
            Modifier::Circumflex | Modifier::Breve | Modifier::Horn
        );
        VIET | flag(l.is_vowel(), VOWEL)
            | flag(l.tone != crate::syllable::Tone::Level, TONED)
            | flag(modified, MODIFIED)
    });
    class
        | flag(c.is_uppercase(), UPPER)
        | flag(c.is_lowercase(), LOWER)
        | flag(c.is_alphabetic(), ALPHA)
        | letter
        | (c.len_utf8() as u32) << 16
}

/// Classes of the non-ASCII characters of Vietnamese text, by UTF-8 lead bytes: every
/// two-byte character (U+0080–U+07FF: Latin-1, Latin Extended-A/B, combining marks), Latin
/// Extended Additional (U+1E00–U+1EFF: `ạ`…`ỹ`) and General Punctuation (U+2000–U+207F).
struct ClassTable {
    two: [u32; 0x780],
    latin_additional: [u32; 0x100],
    punctuation: [u32; 0x80],
}

impl std::fmt::Debug for ClassTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ClassTable")
    }
}

static CLASSES: once_cell::sync::Lazy<ClassTable> = once_cell::sync::Lazy::new(|| {
    let entry = |cp: u32| char::from_u32(cp).map_or(SYMBOL, class_of);
    ClassTable {
        two: std::array::from_fn(|i| entry(0x80 + i as u32)),
        latin_additional: std::array::from_fn(|i| entry(0x1E00 + i as u32)),
        punctuation: std::array::from_fn(|i| entry(0x2000 + i as u32)),
    }
});

impl ClassTable {
    /// The class of the character at byte `i` of `s` (`None` at the end). `i` is a char
    /// boundary; the UTF-8 is decoded here once, from its lead byte.
    #[inline(always)]
    fn info(&self, s: &[u8], i: usize) -> Option<Info> {
        let b0 = *s.get(i)?;
        if b0 < 0x80 {
            return ASCII.get(usize::from(b0)).map(|&v| Info(v));
        }
        let tail = |k: usize| s.get(i + k).map(|&b| u32::from(b & 0x3F));
        let entry = match b0 {
            0xC0..=0xDF => {
                let cp = u32::from(b0 & 0x1F) << 6 | tail(1)?;
                self.two.get((cp as usize).wrapping_sub(0x80)).copied()
            }
            0xE0..=0xEF => {
                let cp = u32::from(b0 & 0x0F) << 12 | tail(1)? << 6 | tail(2)?;
                match cp {
                    0x1E00..=0x1EFF => self.latin_additional.get(cp as usize - 0x1E00).copied(),
                    0x2000..=0x207F => self.punctuation.get(cp as usize - 0x2000).copied(),
                    _ => char::from_u32(cp).map(class_of),
                }
            }
            _ => {
                let cp = u32::from(b0 & 0x07) << 18 | tail(1)? << 12 | tail(2)? << 6 | tail(3)?;
                char::from_u32(cp).map(class_of)
            }
        };
        entry.map(Info)
    }

    /// [`ClassTable::info`] and the class, for the general rules.
    #[inline]
    fn class_at(&self, s: &[u8], i: usize) -> Option<(Class, usize)> {
        let info = self.info(s, i)?;
        Some((info.class(*s.get(i)?), info.len()))
    }
}

/// The end of a word starting at `start` when it stands alone: letters only, followed by
/// a space, punctuation or a symbol, with no case change that rule 4 might cut; and what was
/// learnt about its text on the way (a [`Hint`]). `None` sends the caller to the general rules.
#[inline]
fn plain_word(t: &ClassTable, bytes: &[u8], start: usize) -> Option<(usize, u8)> {
    let mut i = start;
    let mut prev_lower = false;
    // Everything the tokenizer passes over, or-ed; and the facts normalize would gather.
    let mut all = 0u32;
    let mut viet = VIET;
    let (mut vowels, mut tones) = (0u32, 0u32);
    let (mut toned_modified, mut modified_after) = (false, false);
    // Bit `b - b'a'` set for the vowels a e i o u y.
    const VOWELS: u32 = 1 | 1 << 4 | 1 << 8 | 1 << 14 | 1 << 20 | 1 << 24;
    let end = loop {
        // ASCII letters first, without a table.
        match bytes.get(i) {
            None => break i,
            Some(&b @ b'a'..=b'z') => {
                prev_lower = true;
                vowels += VOWELS >> (b - b'a') & 1;
                i += 1;
                continue;
            }
            Some(&b @ b'A'..=b'Z') if !prev_lower => {
                all |= UPPER;
                vowels += VOWELS >> (b - b'A') & 1;
                i += 1;
                continue;
            }
            Some(b' ' | b'\n') => break i,
            _ => {}
        }
        let Some(info) = t.info(bytes, i) else {
            break i;
        };
        match info.0 & 7 {
            LETTER => {
                if prev_lower && info.upper() {
                    return None;
                }
                if info.0 & (UPPER | LOWER) != 0 {
                    prev_lower = info.lower();
                }
                // Letters reach the table only when they are not ASCII.
                all |= info.0 | NON_ASCII;
                viet &= info.0;
                vowels += u32::from(info.0 & VOWEL != 0);
                let modified = info.0 & MODIFIED != 0;
                if info.0 & TONED != 0 {
                    tones += 1;
                    toned_modified = modified;
                } else if tones > 0 && modified {
                    modified_after = true;
                }
                i += info.len();
            }
            DIGIT => return None,
            JOIN => {
                break match t.info(bytes, i + info.len()) {
                    Some(next) if next.is_alnum() => return None,
                    _ => i,
                };
            }
            _ => break i,
        }
    };
    // The word alone is one word for `normalize`: made of Vietnamese letters it is NFC, and
    // its mark is in place when `Facts::misplaced` (normalize.rs) settles it without reading
    // (a word too long to be a syllable is left to `normalize`).
    let settled = tones != 1 || vowels < 2 || (toned_modified && !modified_after);
    let mut hint = 0;
    if viet != 0 && settled {
        hint |= Hint::CANONICAL;
    }
    if all & UPPER == 0 {
        hint |= Hint::NO_UPPER;
    }
    if all & NON_ASCII == 0 {
        hint |= Hint::ASCII;
    }
    Some((end, hint))
}

/// The end of a number starting at `start` when it stands alone: digits with `.`, `,` or `:`
/// between digits, followed by a space, punctuation or a symbol.
#[inline]
fn plain_number(t: &ClassTable, bytes: &[u8], start: usize) -> Option<usize> {
    let mut i = start;
    loop {
        match bytes.get(i) {
            None => return Some(i),
            Some(b'0'..=b'9') => i += 1,
            Some(b'.' | b',' | b':') => match bytes.get(i + 1) {
                Some(b'0'..=b'9') => i += 2,
                Some(b'a'..=b'z' | b'A'..=b'Z' | 0x80..) => return None,
                _ => return Some(i),
            },
            Some(b'-' | b'/' | b'\'' | b'a'..=b'z' | b'A'..=b'Z') => return None,
            Some(&b) if b >= 0x80 => {
                let info = t.info(bytes, i)?;
                return if matches!(info.0 & 7, SPACE | PUNCT | SYMBOL) {
                    Some(i)
                } else {
                    None
                };
            }
            Some(_) => return Some(i),
        }
    }
}

#[inline]
fn is_alnum(c: Option<(Class, usize)>) -> bool {
    matches!(c, Some((Class::Letter | Class::Digit, _)))
}

/// Facts about one part of a run (between hard splits), gathered in one pass.
#[derive(Default)]
struct Part {
    end: usize,
    joined: bool,
    pieces: usize,
    letters: bool,
    /// A piece with letters has a lower-case letter.
    lower_piece: bool,
    digit_pieces: usize,
    letter_pieces: usize,
}

impl<'a> Tokens<'a> {
    fn token(&mut self, start: usize, end: usize, kind: TokenKind) -> Option<Token<'a>> {
        let text = self.s.get(start..end)?;
        self.pos = end;
        Some(Token {
            text,
            start,
            kind,
            hint: 0,
        })
    }

    #[inline]
    fn class_at(&self, i: usize) -> Option<(Class, usize)> {
        self.table.class_at(self.s.as_bytes(), i)
    }

    /// End of the run starting at `from` (a letter or digit).
    fn run_end_from(&self, from: usize) -> usize {
        let mut i = from;
        while let Some((class, len)) = self.class_at(i) {
            match class {
                Class::Letter | Class::Digit => i += len,
                Class::Join(_) if is_alnum(self.class_at(i + len)) => i += len,
                _ => break,
            }
        }
        i
    }

    /// Reads the part of the current run that starts at `from`.
    fn part_from(&self, from: usize) -> Part {
        let mut p = Part {
            end: self.run_end,
            pieces: 1,
            ..Part::default()
        };
        let (mut has_l, mut has_d, mut has_lower) = (false, false, false);
        let mut prev = Class::Letter;
        let mut i = from;
        let close = |p: &mut Part, l: bool, d: bool, lower: bool| {
            p.letters |= l;
            p.lower_piece |= l && lower;
            p.digit_pieces += usize::from(d && !l);
            p.letter_pieces += usize::from(l && !d);
        };
        let bytes = self.s.as_bytes();
        while i < self.run_end {
            let (Some(info), Some(&b)) = (self.table.info(bytes, i), bytes.get(i)) else {
                break;
            };
            let (class, len) = (info.class(b), info.len());
            match class {
                Class::Letter => {
                    has_l = true;
                    has_lower |= info.lower();
                }
                Class::Digit => has_d = true,
                Class::Join(j) => {
                    let next = self.class_at(i + len).map(|c| c.0);
                    let hard = match j {
                        b'.' | b',' | b':' => prev == Class::Letter || next == Some(Class::Letter),
                        b'\'' => !(prev == Class::Letter && next == Some(Class::Letter)),
                        _ => false,
                    };
                    if hard {
                        p.end = i;
                        break;
                    }
                    if j == b'-' || j == b'/' {
                        close(&mut p, has_l, has_d, has_lower);
                        (has_l, has_d, has_lower) = (false, false, false);
                        p.joined = true;
                        p.pieces += 1;
                    }
                }
                _ => {}
            }
            prev = class;
            i += len;
        }
        close(&mut p, has_l, has_d, has_lower);
        p
    }

    /// The kind of a part that is one token, or `None` when it is cut into pieces.
    fn whole_kind(p: &Part) -> Option<TokenKind> {
        if !p.joined {
            return None;
        }
        if !p.letters {
            return Some(TokenKind::Number);
        }
        let word_and_number = p.pieces == 2 && p.digit_pieces == 1 && p.letter_pieces == 1;
        (!p.lower_piece || word_and_number).then_some(TokenKind::Code)
    }

    /// The next token inside a part that is cut into pieces.
    fn piece_token(&mut self) -> Option<Token<'a>> {
        let start = self.pos;
        let (class, len) = self.class_at(start)?;
        match class {
            Class::Digit => {
                let mut i = start + len;
                while let Some((c, l)) = self.class_at(i) {
                    match c {
                        Class::Digit => i += l,
                        Class::Join(b'.' | b',' | b':')
                            if matches!(self.class_at(i + l), Some((Class::Digit, _))) =>
                        {
                            i += l
                        }
                        _ => break,
                    }
                }
                self.token(start, i.min(self.sub_end), TokenKind::Number)
            }
            Class::Letter => {
                let (end, kind) = self.letters_from(start);
                self.token(start, end, kind)
            }
            _ => self.token(start, start + len, TokenKind::Punct),
        }
    }

    /// A word starting at `start` inside a cut part: rules 4 and 5 of [`tokenize`].
    fn letters_from(&self, start: usize) -> (usize, TokenKind) {
        let mut i = start;
        let mut prev_lower = false;
        let splits_here = |end: usize| {
            self.s
                .get(start..end)
                .is_some_and(|w| w.chars().nth(1).is_some() && is_syllable(w))
        };
        let bytes = self.s.as_bytes();
        while i < self.sub_end {
            let (Some(info), Some(&b)) = (self.table.info(bytes, i), bytes.get(i)) else {
                break;
            };
            let len = info.len();
            match info.class(b) {
                Class::Letter => {
                    if prev_lower && info.upper() && splits_here(i) {
                        return (i, TokenKind::Word);
                    }
                    if info.alpha() {
                        prev_lower = info.lower();
                    }
                    i += len;
                }
                Class::Join(b'\'') => {
                    prev_lower = false;
                    i += len;
                }
                Class::Digit => {
                    if splits_here(i) {
                        return (i, TokenKind::Word);
                    }
                    return (self.code_end(i), TokenKind::Code);
                }
                _ => break,
            }
        }
        (i, TokenKind::Word)
    }

    /// End of a letters-and-digits code continuing at `i` (up to a `-`, `/` or the part end).
    fn code_end(&self, mut i: usize) -> usize {
        while i < self.sub_end {
            match self.class_at(i) {
                Some((Class::Letter | Class::Digit, l)) => i += l,
                Some((Class::Join(b'.' | b',' | b':' | b'\''), l))
                    if is_alnum(self.class_at(i + l)) =>
                {
                    i += l
                }
                _ => break,
            }
        }
        i
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        // Inside a part of a run.
        if self.pos < self.sub_end {
            return match self.whole {
                Some(kind) => self.token(self.pos, self.sub_end, kind),
                None => self.piece_token(),
            };
        }
        let bytes = self.s.as_bytes();
        // Skip spaces.
        while self.s.as_bytes().get(self.pos) == Some(&b' ') {
            self.pos += 1;
        }
        let info = loop {
            let info = self.table.info(bytes, self.pos)?;
            if !info.is(SPACE) {
                break info;
            }
            self.pos += info.len();
        };
        let start = self.pos;
        let len = info.len();
        match info.0 & 7 {
            LETTER | DIGIT => {
                // Fast path: a plain word or number, standing alone (most tokens).
                if start >= self.run_end {
                    let plain = if info.is(LETTER) {
                        plain_word(self.table, bytes, start).map(|(e, h)| (e, TokenKind::Word, h))
                    } else {
                        plain_number(self.table, bytes, start)
                            .map(|e| (e, TokenKind::Number, Hint::ALL))
                    };
                    if let Some((end, kind, hint)) = plain {
                        let token = self.token(start, end, kind)?;
                        return Some(Token { hint, ..token });
                    }
                }
                if start >= self.run_end {
                    self.run_end = self.run_end_from(start);
                }
                let part = self.part_from(start);
                self.sub_end = part.end;
                self.whole = Self::whole_kind(&part);
                self.next()
            }
            JOIN if bytes.get(start) == Some(&b'.') => {
                // A run of dots is one token; inside a run a dot always stands alone.
                let mut end = start + len;
                while bytes.get(end) == Some(&b'.') {
                    end += 1;
                }
                self.token(start, end, TokenKind::Punct)
            }
            JOIN | PUNCT => self.token(start, start + len, TokenKind::Punct),
            _ => self.token(start, start + len, TokenKind::Symbol),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]
    use super::*;

    fn toks(s: &str) -> Vec<(&str, TokenKind)> {
        tokenize(s).map(|t| (t.text(), t.kind())).collect()
    }

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).map(|t| t.text()).collect()
    }

    use TokenKind::*;

    #[test]
    fn seed_faults() {
        assert_eq!(texts("Quận NamTừ Liêm"), ["Quận", "Nam", "Từ", "Liêm"]);
        assert_eq!(
            texts("Hoàng Thái Phúc-UVBTVTU-Trưởng Ban"),
            [
                "Hoàng",
                "Thái",
                "Phúc",
                "-",
                "UVBTVTU",
                "-",
                "Trưởng",
                "Ban"
            ]
        );
        assert_eq!(
            texts("Huyện ủy,Chủ tịch"),
            ["Huyện", "ủy", ",", "Chủ", "tịch"]
        );
        assert_eq!(
            texts("152 .206 đối tượng"),
            ["152", ".", "206", "đối", "tượng"]
        );
        assert_eq!(texts("năm 2022,tại"), ["năm", "2022", ",", "tại"]);
        assert_eq!(texts("kinh\n\ntế"), ["kinh", "tế"]);
    }

    #[test]
    fn numbers_stay_whole() {
        for n in [
            "2.309",
            "96,39",
            "191.360.000",
            "20:47",
            "18/05/2023",
            "12-17",
            "17-1",
            "08",
        ] {
            assert_eq!(toks(n), [(n, Number)], "{n}");
        }
        assert_eq!(toks("96,39%"), [("96,39", Number), ("%", Symbol)]);
        assert_eq!(toks("1.600."), [("1.600", Number), (".", Punct)]);
        assert_eq!(toks("4,3ha"), [("4,3", Number), ("ha", Word)]);
        assert_eq!(toks("21h04"), [("21", Number), ("h04", Code)]);
    }

    #[test]
    fn codes_stay_whole() {
        for c in [
            "34-CT/TW",
            "KT-XH",
            "COVID-19",
            "Covid-19",
            "15/2023/NQ-HĐND",
            "Km2",
            "Q1",
            "H5N1",
        ] {
            assert_eq!(toks(c), [(c, Code)], "{c}");
        }
        assert_eq!(texts("TP.HCM"), ["TP", ".", "HCM"]);
        assert_eq!(texts("Q.1"), ["Q", ".", "1"]);
        assert_eq!(texts("năm2022"), ["năm", "2022"]);
        assert_eq!(texts("Bà Rịa-Vũng Tàu"), ["Bà", "Rịa", "-", "Vũng", "Tàu"]);
    }

    #[test]
    fn words_keep_apostrophes_and_odd_case() {
        assert_eq!(toks("Ea H'Leo"), [("Ea", Word), ("H'Leo", Word)]);
        assert_eq!(texts("ThS TTg iPhone"), ["ThS", "TTg", "iPhone"]);
        assert_eq!(texts("‘trích’"), ["‘", "trích", "’"]);
        assert_eq!(texts("v.v..."), ["v", ".", "v", "..."]);
    }

    #[test]
    fn punctuation_and_symbols() {
        assert_eq!(
            toks("“Đoàn kết – sáng tạo…” 🌾"),
            [
                ("“", Punct),
                ("Đoàn", Word),
                ("kết", Word),
                ("–", Punct),
                ("sáng", Word),
                ("tạo", Word),
                ("…", Punct),
                ("”", Punct),
                ("🌾", Symbol)
            ]
        );
        assert_eq!(
            texts("L?y l?i m\u{FFFD} b?o"),
            ["L", "?", "y", "l", "?", "i", "m", "\u{FFFD}", "b", "?", "o"]
        );
    }

    #[test]
    fn offsets_point_into_the_input() {
        let s = "Chủ tịch \u{a0}Hồ Chí Minh (11/6/1948 - 11/6/2023)";
        for t in tokenize(s) {
            assert_eq!(&s[t.span()], t.text());
        }
        let nfd = "Nguye\u{302}\u{303}n Văn";
        assert_eq!(texts(nfd), ["Nguye\u{302}\u{303}n", "Văn"]);
    }

    #[test]
    fn token_forms() {
        let t = tokenize("Thuỷ").next().unwrap();
        assert_eq!(
            (&*t.normalized(), &*t.folded(), &*t.key()),
            ("Thủy", "thuy", "thủy")
        );
        assert!(t.is_capitalized() && !t.is_uppercase() && t.is_syllable());
    }
}
