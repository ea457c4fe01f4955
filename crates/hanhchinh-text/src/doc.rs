//! The document: a text tokenized once, with what every recognizer asks of each token.
//!
//! See [`Doc`].

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::OnceLock;

use crate::token::{tokenize, Token, TokenKind};

/// The letter case of a token (see [`Doc::case`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Case {
    /// Letters, none upper case: `liêm`, `ha`, `21h04` (letters without case too: `中文`).
    Lower,
    /// The first character is an upper-case letter and no other character is: `Liêm`, `Đ`, `Q1`.
    Title,
    /// Two or more upper-case letters and no lower-case one: `UBND`, `HĐND`, `34-CT/TW`.
    Upper,
    /// Upper and lower case mixed otherwise: `ThS`, `TTg`, `iPhone`.
    Mixed,
    /// No letter: numbers, punctuation, symbols.
    Uncased,
}

impl Case {
    /// The case of `s`.
    ///
    /// ```
    /// use hanhchinh_text::Case;
    /// assert_eq!(Case::of("Liêm"), Case::Title);
    /// assert_eq!(Case::of("HĐND"), Case::Upper);
    /// assert_eq!(Case::of("TTg"), Case::Mixed);
    /// assert_eq!(Case::of("2.309"), Case::Uncased);
    /// ```
    pub fn of(s: &str) -> Case {
        // `lower` counts every letter that is not upper case (letters without case too).
        if s.is_ascii() {
            Case::of_units(
                s.bytes(),
                |b| b.is_ascii_uppercase(),
                |b| b.is_ascii_lowercase(),
            )
        } else {
            Case::of_units(s.chars(), char::is_uppercase, crate::letter::is_alphabetic)
        }
    }
}

impl Case {
    /// The case of a word of characters (or bytes), from what is upper case and what is another
    /// letter (asked only of what is not upper case).
    #[inline]
    fn of_units<C: Copy>(
        units: impl Iterator<Item = C>,
        is_upper: impl Fn(C) -> bool,
        is_other_letter: impl Fn(C) -> bool,
    ) -> Case {
        let (mut upper, mut lower) = (0usize, 0usize);
        let mut first_upper = false;
        for (i, c) in units.enumerate() {
            if is_upper(c) {
                upper += 1;
                first_upper |= i == 0;
            } else if is_other_letter(c) {
                lower += 1;
            }
        }
        match (upper, lower) {
            (0, 0) => Case::Uncased,
            (0, _) => Case::Lower,
            (1, _) if first_upper => Case::Title,
            (_, 0) if upper >= 2 => Case::Upper,
            _ => Case::Mixed,
        }
    }

    /// The case of a word whose characters are all letters (or marks and apostrophes inside
    /// letters): every character that is not upper case counts as a lower-case letter.
    fn of_word(s: &str) -> Case {
        Case::of_units(s.chars(), char::is_uppercase, crate::letter::is_alphabetic)
    }
}

/// What separates a token from the one before it (see [`Doc::gap_before`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Gap {
    /// Nothing: the tokens touch (`4,3` `ha`; `ủy` `,`).
    None,
    /// Spaces only, on one line.
    Space,
    /// One line break (and any spaces).
    Line,
    /// Two or more line breaks: a blank line, a new paragraph.
    Para,
}

/// Per-token facts, parallel to the tokens (12 bytes: the facts of every token of a long
/// document stay in cache).
#[derive(Clone, Copy, Debug)]
struct Facts {
    /// Byte offset of the key in `Doc::strs` (unused when `KEY_IS_TEXT`; see `KEY_WIDE`).
    key_off: u32,
    /// Its length.
    key_len: u32,
    case: Case,
    gap: Gap,
    flags: u8,
}

/// The key is the token's text.
const KEY_IS_TEXT: u8 = 1;
/// The key lies beyond what 32 bits address in `Doc::strs`: its range is in `Doc::wide`.
const KEY_WIDE: u8 = 2;
const NAME_WORD: u8 = 4;

/// The folds of a document's tokens, made when first asked for: only text written without
/// diacritics needs them, and folding every token costs more than tokenizing.
#[derive(Clone, Debug, Default)]
struct Folds {
    /// Per token: the byte range of its fold in `strs`, or `None` when it is the token's text.
    ranges: Vec<Option<(usize, usize)>>,
    strs: String,
}

/// A text tokenized once, with what every recognizer asks of each token: its lookup
/// [`key`](crate::key), its [`fold`](crate::fold), its [`Case`], whether it can be a syllable
/// of a name, what separates it from the token before ([`Gap`]), its line and its sentence.
///
/// Recognizers read a `Doc` instead of tokenizing, normalizing or folding again: the work is
/// done once, here, for all of them. Every query takes token indices (as in
/// [`Doc::tokens`]); an index out of range gives an empty or false answer, never a panic.
///
/// ```
/// use hanhchinh_text::{Case, Doc, Gap};
///
/// let doc = Doc::new("UBND quận NamTừ Liêm\nHoà Bình, 2.309 hộ");
/// let words: Vec<&str> = doc.tokens().iter().map(|t| t.text()).collect();
/// assert_eq!(words, ["UBND", "quận", "Nam", "Từ", "Liêm", "Hoà", "Bình", ",", "2.309", "hộ"]);
/// assert_eq!(doc.key(5), "hòa");
/// assert_eq!(doc.fold(4), "liem");
/// assert_eq!(doc.case(0), Case::Upper);
/// assert!(doc.is_name_word(2) && !doc.is_name_word(0));
/// assert_eq!(doc.gap_before(3), Gap::None); // NamTừ: split, but touching
/// assert_eq!(doc.gap_before(5), Gap::Line);
/// assert!(doc.is(1, "quận"));
/// assert_eq!(doc.line_of(6), 1);
/// assert_eq!(doc.slice(2..5), "NamTừ Liêm");
/// ```
#[derive(Clone)]
pub struct Doc<'a> {
    text: &'a str,
    tokens: Vec<Token<'a>>,
    facts: Vec<Facts>,
    /// Keys that differ from their token's text, one after another.
    strs: String,
    /// Ranges of the keys that lie beyond 4 GiB of `strs` (token index, start, end), in token
    /// order: only documents of several GiB have any.
    wide: Vec<(usize, usize, usize)>,
    folds: OnceLock<Folds>,
    /// Index of the first token of each line that has tokens.
    line_starts: Vec<usize>,
    /// Line number (0-based, counting every line break) of each entry of `line_starts`.
    line_numbers: Vec<usize>,
    sentences: OnceLock<Vec<Range<usize>>>,
}

impl fmt::Debug for Doc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Doc")
            .field("bytes", &self.text.len())
            .field("tokens", &self.tokens.len())
            .field("lines", &self.line_starts.len())
            .finish_non_exhaustive()
    }
}

/// FNV-1a: a fast hash for the short words keyed by [`Doc::new`] (the table it serves is
/// bounded, so words crafted to share a hash cost at most its size per lookup).
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// How many words the keys of which a thread remembers across documents (see
/// [`push_key_cached`]), and the longest word remembered, in bytes.
const CACHE_MAX: usize = 8192;
const CACHE_WORD_MAX: usize = 32;

/// What a thread remembers of a word: its key, and whether it is a syllable once asked.
struct Remembered {
    key: Box<str>,
    syllable: Option<bool>,
}

thread_local! {
    /// Keys of words that are not lower-case ASCII, by text, remembered across the documents a
    /// thread builds: one document per line meets the same few thousand words again and again,
    /// and a word's key (NFC, tone placement, lower case) is worth remembering, as is whether a
    /// capitalised word is a syllable (the test reads its letters). Cleared when full, so it
    /// stays small and a lookup stays bounded whatever the words.
    static KEYS: RefCell<HashMap<Box<str>, Remembered, BuildHasherDefault<Fnv>>> =
        RefCell::new(HashMap::default());
}

/// Appends the key of token `t` to `out`, from the thread's memory when the word was keyed
/// before; with `syllable`, also answers [`Token::is_syllable`] (remembered the same way).
fn push_key_cached(t: &Token<'_>, out: &mut String, syllable: bool) -> bool {
    let text = t.text();
    let direct = |out: &mut String| {
        t.key_into(out);
        syllable && t.is_syllable()
    };
    if text.len() > CACHE_WORD_MAX {
        return direct(out);
    }
    let remembered = KEYS
        .try_with(|cache| {
            let mut cache = cache.try_borrow_mut().ok()?;
            if let Some(r) = cache.get_mut(text) {
                out.push_str(&r.key);
                if !syllable {
                    return Some(false);
                }
                return Some(*r.syllable.get_or_insert_with(|| t.is_syllable()));
            }
            let s = out.len();
            t.key_into(out);
            if cache.len() >= CACHE_MAX {
                cache.clear();
            }
            let is = syllable.then(|| t.is_syllable());
            if let Some(key) = out.get(s..) {
                let key = key.into();
                cache.insert(text.into(), Remembered { key, syllable: is });
            }
            Some(is == Some(true))
        })
        .ok()
        .flatten();
    match remembered {
        Some(is) => is,
        // The memory is in use or gone (a thread being torn down): `out` is as it was only
        // when nothing was pushed, which `try_borrow_mut` and `try_with` failing guarantee.
        None => direct(out),
    }
}

/// Line breaks in a gap: `\n`, `\r\n`, a lone `\r`, U+2028 count one; U+2029 counts two.
fn line_breaks(gap: &str) -> usize {
    if !gap.bytes().any(|b| b == b'\n' || b == b'\r' || b >= 0x80) {
        return 0;
    }
    let mut n = 0;
    let mut prev_cr = false;
    for c in gap.chars() {
        match c {
            '\n' if prev_cr => {}
            '\n' | '\r' | '\u{2028}' | '\u{85}' => n += 1,
            '\u{2029}' => n += 2,
            _ => {}
        }
        prev_cr = c == '\r';
    }
    n
}

impl<'a> Doc<'a> {
    /// Tokenizes `text` (see [`tokenize`]) and computes every token's facts.
    pub fn new(text: &'a str) -> Doc<'a> {
        // About one token per five bytes of text.
        let mut tokens: Vec<Token<'a>> = Vec::with_capacity(text.len() / 5 + 1);
        tokens.extend(tokenize(text));
        Doc::build(text, tokens)
    }

    /// A document over tokens of `text` made elsewhere (by [`tokenize`], or tokens of a part of
    /// `text` a caller selected). Tokens must be in order, not overlap and be slices of `text`
    /// at their offsets; tokens that are not are dropped.
    pub fn from_tokens(text: &'a str, mut tokens: Vec<Token<'a>>) -> Doc<'a> {
        let mut end = 0usize;
        tokens.retain(|t| {
            let ok =
                t.start() >= end && text.get(t.span()) == Some(t.text()) && !t.text().is_empty();
            if ok {
                end = t.end();
            }
            ok
        });
        Doc::build(text, tokens)
    }

    /// The facts of `tokens`, which are slices of `text` in order.
    fn build(text: &'a str, mut tokens: Vec<Token<'a>>) -> Doc<'a> {
        let mut facts = Vec::with_capacity(tokens.len());
        // The keys that differ from their text (capitalised and non-NFC words): about a
        // quarter of the bytes of news text; one allocation instead of a dozen regrowths.
        let mut strs = String::with_capacity(text.len() / 4);
        let mut wide = Vec::new();
        let mut line_starts = Vec::new();
        let mut line_numbers = Vec::new();
        let mut line = 0usize;
        let mut prev_end = 0usize;
        for (i, t) in tokens.iter_mut().enumerate() {
            t.learn_hint();
            let t = &*t;
            let gap_text = text.get(prev_end..t.start()).unwrap_or("");
            let breaks = line_breaks(gap_text);
            line += breaks;
            let gap = match breaks {
                _ if gap_text.is_empty() => Gap::None,
                0 => Gap::Space,
                1 => Gap::Line,
                _ => Gap::Para,
            };
            if i == 0 || breaks > 0 {
                line_starts.push(i);
                line_numbers.push(line);
            }
            prev_end = t.end();
            let case = match t.kind() {
                TokenKind::Number | TokenKind::Punct => Case::Uncased,
                // Words are letters: without an upper-case one, lower case.
                TokenKind::Word
                    if t.has_no_upper() && t.text().starts_with(crate::letter::is_alphabetic) =>
                {
                    Case::Lower
                }
                TokenKind::Word => Case::of_word(t.text()),
                _ => Case::of(t.text()),
            };
            // A capitalised word can be a syllable of a name: one letter (an initial), or a
            // syllable (asked with its key, which the thread remembers with the answer).
            let capitalised = case == Case::Title && t.kind() == TokenKind::Word;
            let initial = capitalised && t.text().chars().nth(1).is_none();
            let ask_syllable = capitalised && !initial;
            let mut syllable = false;
            let mut flags = 0;
            let (mut key_off, mut key_len) = (0u32, 0u32);
            let ascii = t.text().is_ascii();
            if t.key_is_text() || (ascii && !t.text().bytes().any(|b| b.is_ascii_uppercase())) {
                // Lower-case ASCII (punctuation, numbers, codes, words without diacritics) is
                // its own key: normalization changes no ASCII character. (A capitalised word
                // never is; asked all the same, so that no change of this test drops the flag.)
                flags |= KEY_IS_TEXT;
                syllable = ask_syllable && t.is_syllable();
            } else {
                let s = strs.len();
                if ascii && !ask_syllable {
                    strs.extend(t.text().bytes().map(|b| char::from(b.to_ascii_lowercase())));
                } else {
                    syllable = push_key_cached(t, &mut strs, ask_syllable);
                }
                if strs.get(s..) == Some(t.text()) {
                    strs.truncate(s);
                    flags |= KEY_IS_TEXT;
                } else {
                    match (u32::try_from(s), u32::try_from(strs.len() - s)) {
                        (Ok(o), Ok(l)) => (key_off, key_len) = (o, l),
                        _ => {
                            flags |= KEY_WIDE;
                            wide.push((i, s, strs.len()));
                        }
                    }
                }
            }
            if initial || (ask_syllable && syllable) {
                flags |= NAME_WORD;
            }
            facts.push(Facts {
                key_off,
                key_len,
                case,
                gap,
                flags,
            });
        }
        Doc {
            text,
            tokens,
            facts,
            strs,
            wide,
            folds: OnceLock::new(),
            line_starts,
            line_numbers,
            sentences: OnceLock::new(),
        }
    }

    /// The text.
    #[inline]
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The tokens, in order.
    #[inline]
    pub fn tokens(&self) -> &[Token<'a>] {
        &self.tokens
    }

    /// The number of tokens.
    #[inline]
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Whether the text has no token (empty, or only spaces).
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// Token `i`.
    #[inline]
    pub fn token(&self, i: usize) -> Option<&Token<'a>> {
        self.tokens.get(i)
    }

    /// The text of token `i` (`""` out of range).
    #[inline]
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", Token::text)
    }

    /// The kind of token `i`.
    #[inline]
    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(Token::kind)
    }

    /// The lookup [`key`](crate::key) of token `i`: lower case, NFC, one tone placement
    /// (`Hoà` -> `hòa`). `""` out of range.
    #[inline]
    pub fn key(&self, i: usize) -> &str {
        match (self.tokens.get(i), self.facts.get(i)) {
            (Some(t), Some(f)) if f.flags & KEY_IS_TEXT != 0 => t.text(),
            (Some(_), Some(f)) if f.flags & KEY_WIDE != 0 => {
                let k = self.wide.partition_point(|w| w.0 < i);
                match self.wide.get(k) {
                    Some(&(_, s, e)) => self.strs.get(s..e).unwrap_or(""),
                    None => "",
                }
            }
            (Some(_), Some(f)) => {
                let s = f.key_off as usize;
                self.strs.get(s..s + f.key_len as usize).unwrap_or("")
            }
            _ => "",
        }
    }

    /// The keys of tokens `r` joined by one space, the lookup key of a phrase, written into
    /// `out` (cleared first).
    ///
    /// ```
    /// let doc = hanhchinh_text::Doc::new("Nghị  Quyết số 5");
    /// let mut key = String::new();
    /// doc.keys_into(0..2, &mut key);
    /// assert_eq!(key, "nghị quyết");
    /// ```
    pub fn keys_into(&self, r: Range<usize>, out: &mut String) {
        out.clear();
        for i in r.clone() {
            if i > r.start {
                out.push(' ');
            }
            out.push_str(self.key(i));
        }
    }

    /// The [`fold`](crate::fold) of token `i`: `Liêm` -> `liem`, `Đ` -> `d`. `""` out of range.
    ///
    /// The folds of every token are made the first time one is asked for (only text written
    /// without diacritics needs them); [`Doc::is_ascii`] answers the common question "is this
    /// word written without diacritics" without them.
    pub fn fold(&self, i: usize) -> &str {
        let folds = self.folds.get_or_init(|| {
            let mut f = Folds {
                ranges: Vec::with_capacity(self.tokens.len()),
                strs: String::new(),
            };
            for t in &self.tokens {
                if t.fold_is_text() {
                    f.ranges.push(None);
                    continue;
                }
                let s = f.strs.len();
                t.fold_into(&mut f.strs);
                if f.strs.get(s..) == Some(t.text()) {
                    f.strs.truncate(s);
                    f.ranges.push(None);
                } else {
                    f.ranges.push(Some((s, f.strs.len())));
                }
            }
            f
        });
        match (self.tokens.get(i), folds.ranges.get(i)) {
            (Some(t), Some(None)) => t.text(),
            (Some(_), Some(Some((s, e)))) => folds.strs.get(*s..*e).unwrap_or(""),
            _ => "",
        }
    }

    /// Whether token `i` is ASCII (a Vietnamese word written without its diacritics, a number,
    /// a code); false out of range.
    #[inline]
    pub fn is_ascii(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.text().is_ascii())
    }

    /// Whether token `i` is the word `key` in any spelling or case: `key` is given as a lookup
    /// key (lower case NFC, traditional tone placement: `quận`, `hòa`).
    #[inline]
    pub fn is(&self, i: usize, key: &str) -> bool {
        i < self.tokens.len() && self.key(i) == key
    }

    /// Whether tokens `i`, `i + 1`, … are the words of `keys` (lookup keys), each separated
    /// from the next by spaces only: `doc.are(i, &["thị", "xã"])`.
    pub fn are(&self, i: usize, keys: &[&str]) -> bool {
        keys.iter()
            .enumerate()
            .all(|(k, w)| self.is(i + k, w) && (k == 0 || self.spaced(i + k)))
    }

    /// The letter case of token `i` ([`Case::Uncased`] out of range).
    #[inline]
    pub fn case(&self, i: usize) -> Case {
        self.facts.get(i).map_or(Case::Uncased, |f| f.case)
    }

    /// Whether token `i` can be a syllable of a name: a [`Word`](TokenKind::Word) in
    /// [`Case::Title`] that is a Vietnamese syllable or one letter (`Trần`, `Đức`, `A`), not an
    /// all-capitals word (`UBND`) nor a foreign word (`Thomas`: not a syllable).
    #[inline]
    pub fn is_name_word(&self, i: usize) -> bool {
        self.facts.get(i).is_some_and(|f| f.flags & NAME_WORD != 0)
    }

    /// Whether token `i` is a well-formed Vietnamese syllable (see
    /// [`syllable::is_syllable`](crate::syllable::is_syllable)).
    pub fn is_syllable(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(Token::is_syllable)
    }

    /// What separates token `i` from token `i - 1`; for `i == 0`, what precedes the first token
    /// (`Gap::None` when the text starts with it). For `i == len()` or beyond: what follows the
    /// last token.
    pub fn gap_before(&self, i: usize) -> Gap {
        if let Some(f) = self.facts.get(i) {
            return f.gap;
        }
        let tail = self.gap_text(i);
        match line_breaks(tail) {
            _ if tail.is_empty() => Gap::None,
            0 => Gap::Space,
            1 => Gap::Line,
            _ => Gap::Para,
        }
    }

    /// The text between token `i - 1` and token `i` (before the first token for `i == 0`, after
    /// the last for `i >= len()`).
    pub fn gap_text(&self, i: usize) -> &'a str {
        let start = match i.checked_sub(1) {
            Some(p) => self
                .tokens
                .get(p)
                .or(self.tokens.last())
                .map_or(0, Token::end),
            None => 0,
        };
        let end = self.tokens.get(i).map_or(self.text.len(), Token::start);
        self.text.get(start..end).unwrap_or("")
    }

    /// Whether only spaces (at least one, no line break) separate token `i - 1` from token `i`.
    #[inline]
    pub fn spaced(&self, i: usize) -> bool {
        i > 0 && self.gap_before(i) == Gap::Space && i < self.tokens.len()
    }

    /// Whether token `i` touches token `i - 1` (no character between them).
    #[inline]
    pub fn touches(&self, i: usize) -> bool {
        i > 0 && i < self.tokens.len() && self.gap_before(i) == Gap::None
    }

    /// The line of token `i`: the number of line breaks before it (0 for the first line).
    pub fn line_of(&self, i: usize) -> usize {
        let k = self.line_starts.partition_point(|&s| s <= i);
        k.checked_sub(1)
            .and_then(|k| self.line_numbers.get(k))
            .copied()
            .unwrap_or(0)
    }

    /// Whether token `i` is the first of its line.
    pub fn starts_line(&self, i: usize) -> bool {
        self.line_starts.binary_search(&i).is_ok()
    }

    /// The token ranges of the lines that have tokens, in order.
    pub fn lines(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        let n = self.tokens.len();
        self.line_starts.iter().enumerate().map(move |(k, &s)| {
            let e = self.line_starts.get(k + 1).copied().unwrap_or(n);
            s..e
        })
    }

    /// The token range of the line of token `i` (empty out of range).
    pub fn line(&self, i: usize) -> Range<usize> {
        if i >= self.tokens.len() {
            return i..i;
        }
        let k = self.line_starts.partition_point(|&s| s <= i);
        let s = k
            .checked_sub(1)
            .and_then(|k| self.line_starts.get(k))
            .copied()
            .unwrap_or(0);
        let e = self
            .line_starts
            .get(k)
            .copied()
            .unwrap_or(self.tokens.len());
        s..e
    }

    /// The number of lines that have tokens.
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The sentences (see [`sentences`](crate::sentences) for the rules), as token ranges.
    /// Computed on first use.
    pub fn sentences(&self) -> &[Range<usize>] {
        self.sentences.get_or_init(|| {
            crate::sentence::Splitter::new(self.text, self.tokens.iter().copied())
                .map(|(_, r)| r)
                .collect()
        })
    }

    /// The index of the sentence of token `i` in [`Doc::sentences`].
    pub fn sentence_of(&self, i: usize) -> usize {
        let s = self.sentences();
        s.partition_point(|r| r.end <= i)
            .min(s.len().saturating_sub(1))
    }

    /// The byte span of tokens `r` (`start` of the first to `end` of the last); an empty span
    /// at the right place for an empty or out-of-range `r`.
    pub fn span(&self, r: Range<usize>) -> Range<usize> {
        let first = self.tokens.get(r.start);
        let last = r.end.checked_sub(1).and_then(|e| self.tokens.get(e));
        match (first, last) {
            (Some(f), Some(l)) if r.start < r.end => f.start()..l.end(),
            (Some(f), _) => f.start()..f.start(),
            _ => self.text.len()..self.text.len(),
        }
    }

    /// The text of tokens `r`, with what lies between them.
    pub fn slice(&self, r: Range<usize>) -> &'a str {
        self.text.get(self.span(r)).unwrap_or("")
    }

    /// The index of the token that contains byte `offset`.
    pub fn token_at(&self, offset: usize) -> Option<usize> {
        let k = self.tokens.partition_point(|t| t.end() <= offset);
        self.tokens
            .get(k)
            .is_some_and(|t| t.start() <= offset)
            .then_some(k)
    }

    /// The indices of the tokens that lie wholly inside the byte range `bytes`.
    pub fn tokens_in(&self, bytes: Range<usize>) -> Range<usize> {
        let s = self.tokens.partition_point(|t| t.start() < bytes.start);
        let e = self.tokens.partition_point(|t| t.end() <= bytes.end);
        s..e.max(s)
    }
}

#[cfg(test)]
mod tests;
