//! Character classes of the tokenizer: one table lookup per character gives its class, byte
//! length, case and letter facts; and the fast paths for plain words and numbers.

use super::Hint;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
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
pub(crate) struct Info(pub(crate) u32);

pub(crate) const SPACE: u32 = 0;
pub(crate) const LETTER: u32 = 1;
pub(crate) const DIGIT: u32 = 2;
pub(crate) const JOIN: u32 = 3;
pub(crate) const PUNCT: u32 = 4;
pub(crate) const SYMBOL: u32 = 5;
pub(crate) const UPPER: u32 = 1 << 3;
pub(crate) const LOWER: u32 = 1 << 4;
pub(crate) const ALPHA: u32 = 1 << 5;
/// A Vietnamese or ASCII letter (`crate::letter::letter` knows it).
pub(crate) const VIET: u32 = 1 << 6;
/// One of the twelve vowels.
pub(crate) const VOWEL: u32 = 1 << 7;
/// A letter with a tone mark.
pub(crate) const TONED: u32 = 1 << 8;
/// A vowel with circumflex, breve or horn.
pub(crate) const MODIFIED: u32 = 1 << 9;
/// Not in the tables: set by [`plain_word`] for a letter outside ASCII.
pub(crate) const NON_ASCII: u32 = 1 << 10;

impl Info {
    /// The class; a non-ASCII joiner is always the apostrophe `’`, read as `'`.
    #[inline]
    pub(crate) fn class(self, first_byte: u8) -> Class {
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
    pub(crate) fn is(self, class: u32) -> bool {
        self.0 & 7 == class
    }

    #[inline]
    pub(crate) fn len(self) -> usize {
        (self.0 >> 16) as usize
    }

    #[inline]
    pub(crate) fn upper(self) -> bool {
        self.0 & UPPER != 0
    }

    #[inline]
    pub(crate) fn lower(self) -> bool {
        self.0 & LOWER != 0
    }

    #[inline]
    pub(crate) fn alpha(self) -> bool {
        self.0 & ALPHA != 0
    }

    #[inline]
    pub(crate) fn is_alnum(self) -> bool {
        matches!(self.0 & 7, LETTER | DIGIT)
    }
}

pub(crate) const fn ascii_class(b: u8) -> u32 {
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
pub(crate) static ASCII: [u32; 128] = {
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
pub(crate) fn is_punct(c: char) -> bool {
    matches!(c,
        '\u{A1}' | '\u{A7}' | '\u{AB}' | '\u{B6}' | '\u{B7}' | '\u{BB}' | '\u{BF}'
        | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}'
        | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' | '\u{3014}'..='\u{301F}'
        | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}' | '\u{FF1B}' | '\u{FF1F}')
}

/// The class of a character outside ASCII, by the rules (the tables below cache it).
pub(crate) fn class_of(c: char) -> u32 {
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
pub(crate) struct ClassTable {
    two: [u32; 0x780],
    latin_additional: [u32; 0x100],
    punctuation: [u32; 0x80],
}

impl std::fmt::Debug for ClassTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ClassTable")
    }
}

pub(crate) static CLASSES: once_cell::sync::Lazy<ClassTable> = once_cell::sync::Lazy::new(|| {
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
    pub(crate) fn info(&self, s: &[u8], i: usize) -> Option<Info> {
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
    pub(crate) fn class_at(&self, s: &[u8], i: usize) -> Option<(Class, usize)> {
        let info = self.info(s, i)?;
        Some((info.class(*s.get(i)?), info.len()))
    }
}

/// The end of a word starting at `start` when it stands alone: letters only, followed by
/// a space, punctuation or a symbol, with no case change that rule 4 might cut; and what was
/// learnt about its text on the way (a [`Hint`]). `None` sends the caller to the general rules.
#[inline]
pub(crate) fn plain_word(t: &ClassTable, bytes: &[u8], start: usize) -> Option<(usize, u8)> {
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
pub(crate) fn plain_number(t: &ClassTable, bytes: &[u8], start: usize) -> Option<usize> {
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
pub(crate) fn is_alnum(c: Option<(Class, usize)>) -> bool {
    matches!(c, Some((Class::Letter | Class::Digit, _)))
}
