//! Finding the words whose tone mark is out of place (or not NFC) and rebuilding them.

use once_cell::sync::Lazy;
use unicode_normalization::{is_nfc_quick, IsNormalized};

use crate::letter::{letter, Letter, Modifier};
use crate::syllable::{Shape, Tone, BLANK, MAX_LETTERS};
use crate::ToneStyle;

pub(crate) enum Scan {
    /// NFC, every tone mark in place.
    Canonical,
    /// NFC, but the word starting at this byte offset has its tone mark misplaced.
    ToneAt(usize),
    /// Not NFC (or possibly not: a combining mark, a Hangul jamo, …).
    NotNfc,
}

/// A word being read: its letters so far and what they tell.
pub(crate) struct Word {
    pub(crate) start: usize,
    letters: [Letter; MAX_LETTERS],
    n: usize,
    vowels: usize,
    tones: usize,
    /// False once the word holds a character that is not a Vietnamese letter, or too many.
    pub(crate) plain: bool,
}

impl Word {
    pub(crate) fn new() -> Word {
        Word {
            start: 0,
            letters: [BLANK; MAX_LETTERS],
            n: 0,
            vowels: 0,
            tones: 0,
            plain: true,
        }
    }

    pub(crate) fn reset(&mut self, start: usize) {
        self.start = start;
        self.n = 0;
        self.vowels = 0;
        self.tones = 0;
        self.plain = true;
    }

    pub(crate) fn push(&mut self, l: Letter) {
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
    pub(crate) fn misplaced(&self, style: crate::ToneStyle) -> Option<usize> {
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
pub(crate) fn is_word_char(c: char) -> bool {
    crate::letter::is_alphabetic(c) || unicode_normalization::char::is_combining_mark(c)
}

/// What a word being scanned tells, without keeping its letters: enough to prove most words
/// canonical at once (see [`Facts::misplaced`]).
#[derive(Clone, Copy, Default)]
pub(super) struct Facts {
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
pub(super) struct ScanTable {
    two: [u8; 0x780],
    latin_additional: [u8; 0x100],
    punctuation: [u8; 0x80],
}

/// NFC_Quick_Check is Yes.
pub(super) const NFC_YES: u8 = 1;
/// Not a letter, but continues a word ([`is_word_char`]).
pub(super) const WORD_CHAR: u8 = 1 << 1;
/// A Vietnamese or ASCII letter ([`letter`]).
pub(super) const LETTER: u8 = 1 << 2;
/// One of the twelve vowels.
pub(super) const VOWEL: u8 = 1 << 3;
/// Carries a tone mark.
pub(super) const TONED: u8 = 1 << 4;
/// A vowel with circumflex, breve or horn.
pub(super) const MODIFIED: u8 = 1 << 5;

pub(super) fn scan_flags(cp: u32) -> u8 {
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
pub(super) static ASCII_FLAGS: [u8; 128] = {
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

pub(super) static SCAN: Lazy<ScanTable> = Lazy::new(|| ScanTable {
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
pub(super) fn decode(s: &[u8], i: usize) -> Option<(u32, usize)> {
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
pub(super) fn next_non_ascii(s: &[u8], mut i: usize) -> usize {
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
pub(super) fn scan(s: &str, style: ToneStyle) -> Scan {
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
pub(crate) fn fix_tones(s: &str, from: usize, style: ToneStyle) -> String {
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
pub(super) fn rebuilt(word: &Word, target: usize) -> Option<String> {
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
pub(super) trait FloorBoundary {
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
