//! The Vietnamese alphabet as data: every precomposed letter split into its base letter,
//! its vowel modifier (circumflex, breve, horn, stroke) and its tone, and back.
//!
//! The tables are derived once, at first use, from the canonical decompositions of the
//! `unicode-normalization` crate, so no code point is typed by hand.

use once_cell::sync::Lazy;
use unicode_normalization::char::{compose, decompose_canonical};

use crate::tone::Tone;

/// `char::is_alphabetic`, answered without a table lookup for the Latin letters of Vietnamese
/// (Latin-1 and Latin Extended-A and -B but `×` and `÷`, Latin Extended Additional).
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\u{d7}' | '\u{f7}' => false,
        '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' => true,
        _ => c.is_alphabetic(),
    }
}

/// The modifier a Vietnamese letter carries on its base letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Modifier {
    /// `a`, `e`, `o`, `u`, …
    None = 0,
    /// `â`, `ê`, `ô`
    Circumflex = 1,
    /// `ă`
    Breve = 2,
    /// `ơ`, `ư`
    Horn = 3,
    /// `đ`
    Stroke = 4,
}

impl Modifier {
    fn from_bits(b: u16) -> Modifier {
        match b {
            1 => Modifier::Circumflex,
            2 => Modifier::Breve,
            3 => Modifier::Horn,
            4 => Modifier::Stroke,
            _ => Modifier::None,
        }
    }

    /// The combining mark of this modifier (none for `None` and `Stroke`).
    pub(crate) fn mark(self) -> Option<char> {
        match self {
            Modifier::Circumflex => Some('\u{302}'),
            Modifier::Breve => Some('\u{306}'),
            Modifier::Horn => Some('\u{31B}'),
            Modifier::None | Modifier::Stroke => None,
        }
    }
}

/// One letter of the Vietnamese alphabet (or an ASCII letter) with its tone and case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Letter {
    /// Lowercase ASCII base letter (`b'a'` for `ặ`, `b'd'` for `đ`).
    pub base: u8,
    /// Modifier on the base letter.
    pub modifier: Modifier,
    /// Tone mark carried by the letter.
    pub tone: Tone,
    /// Whether the letter is upper case.
    pub upper: bool,
}

impl Letter {
    /// Whether the letter is one of the twelve Vietnamese vowels.
    pub fn is_vowel(self) -> bool {
        matches!(self.base, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
            && self.modifier != Modifier::Stroke
    }

    /// The toneless lowercase letter as a `char` (`ặ` -> `ă`, `Đ` -> `đ`).
    pub fn bare(self) -> char {
        match (self.base, self.modifier) {
            (b'a', Modifier::Breve) => 'ă',
            (b'a', Modifier::Circumflex) => 'â',
            (b'e', Modifier::Circumflex) => 'ê',
            (b'o', Modifier::Circumflex) => 'ô',
            (b'o', Modifier::Horn) => 'ơ',
            (b'u', Modifier::Horn) => 'ư',
            (b'd', Modifier::Stroke) => 'đ',
            (b, _) => char::from(b),
        }
    }

    /// The precomposed character for this letter, if Unicode has one.
    pub fn to_char(self) -> Option<char> {
        if self.modifier == Modifier::Stroke {
            return Some(if self.upper { 'Đ' } else { 'đ' });
        }
        let base = char::from(if self.upper {
            self.base.to_ascii_uppercase()
        } else {
            self.base
        });
        // Unicode composes some letters modifier-first (`ấ` = `â` + acute) and others
        // tone-first (`ệ` = `ẹ` + circumflex); try both orders.
        let mut marks = [self.modifier.mark(), self.tone.mark()];
        for _ in 0..2 {
            let composed = marks.iter().flatten().try_fold(base, |c, &m| compose(c, m));
            if composed.is_some() {
                return composed;
            }
            marks.reverse();
        }
        None
    }
}

const FIRST_RANGE: (u32, u32) = (0x00C0, 0x01B0);
const SECOND_RANGE: (u32, u32) = (0x1EA0, 0x1EF9);

/// Packed letters of the two code point ranges that hold Vietnamese precomposed letters.
/// Entry layout: bits 0-4 base letter index (1 = `a`), 5-7 modifier, 8-10 tone, 11 upper;
/// 0 means "not a Vietnamese letter".
pub(crate) struct Tables {
    first: Vec<u16>,
    second: Vec<u16>,
}

static TABLES: Lazy<Tables> = Lazy::new(|| Tables {
    first: build(FIRST_RANGE),
    second: build(SECOND_RANGE),
});

fn build((lo, hi): (u32, u32)) -> Vec<u16> {
    (lo..=hi)
        .map(|cp| char::from_u32(cp).map_or(0, pack_of))
        .collect()
}

fn pack(l: Letter) -> u16 {
    let idx = u16::from(l.base - b'a' + 1);
    idx | (l.modifier as u16) << 5 | (l.tone as u16) << 8 | u16::from(l.upper) << 11
}

fn unpack(v: u16) -> Option<Letter> {
    if v == 0 {
        return None;
    }
    let idx = (v & 0x1F) as u8;
    Some(Letter {
        base: b'a' + idx - 1,
        modifier: Modifier::from_bits((v >> 5) & 0x7),
        tone: Tone::from_bits((v >> 8) & 0x7),
        upper: v & (1 << 11) != 0,
    })
}

/// The ASCII base letter (case kept), the modifier and the tone of `c`, by its canonical
/// decomposition: `None` when the base is no ASCII letter, or a mark is none of the Vietnamese
/// ones or comes twice (`đ` has no decomposition: `None`).
pub(crate) fn split_marks(c: char) -> Option<(char, Modifier, Tone)> {
    let mut base = None;
    let mut modifier = Modifier::None;
    let mut tone = Tone::Level;
    let mut ok = true;
    decompose_canonical(c, |d| {
        if base.is_none() {
            base = Some(d);
            return;
        }
        match d {
            '\u{302}' if modifier == Modifier::None => modifier = Modifier::Circumflex,
            '\u{306}' if modifier == Modifier::None => modifier = Modifier::Breve,
            '\u{31B}' if modifier == Modifier::None => modifier = Modifier::Horn,
            _ => match Tone::from_mark(d) {
                Some(t) if tone == Tone::Level => tone = t,
                _ => ok = false,
            },
        }
    });
    let base = base.filter(char::is_ascii_alphabetic)?;
    ok.then_some((base, modifier, tone))
}

/// Decomposes one character into a [`Letter`] by its canonical decomposition.
fn pack_of(c: char) -> u16 {
    let Some((first, modifier, tone)) = split_marks(c) else {
        return 0;
    };
    let base = first.to_ascii_lowercase() as u8;
    let valid_modifier = match modifier {
        Modifier::None | Modifier::Stroke => true,
        Modifier::Circumflex => matches!(base, b'a' | b'e' | b'o'),
        Modifier::Breve => base == b'a',
        Modifier::Horn => matches!(base, b'o' | b'u'),
    };
    let vowel = matches!(base, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    if !valid_modifier || (tone != Tone::Level && !vowel) {
        return 0;
    }
    pack(Letter {
        base,
        modifier,
        tone,
        upper: first.is_ascii_uppercase(),
    })
}

/// The [`Letter`] a character stands for: ASCII letters, `đ`/`Đ` and every precomposed
/// Vietnamese letter (with or without tone). Other characters give `None`.
#[inline]
pub(crate) fn letter(c: char) -> Option<Letter> {
    if c.is_ascii_alphabetic() {
        return Some(ascii_letter(c as u8));
    }
    letters().get(u32::from(c))
}

/// The letters table, for loops that look up many characters: fetch it once.
#[inline]
pub(crate) fn letters() -> &'static Tables {
    &TABLES
}

/// The letter of an ASCII letter byte.
#[inline]
fn ascii_letter(b: u8) -> Letter {
    Letter {
        base: b.to_ascii_lowercase(),
        modifier: Modifier::None,
        tone: Tone::Level,
        upper: b.is_ascii_uppercase(),
    }
}

impl Tables {
    /// [`letter`] of the code point `cp`.
    #[inline]
    pub(crate) fn get(&self, cp: u32) -> Option<Letter> {
        match cp {
            0x41..=0x5A | 0x61..=0x7A => Some(ascii_letter(cp as u8)),
            0x110 | 0x111 => Some(Letter {
                base: b'd',
                modifier: Modifier::Stroke,
                tone: Tone::Level,
                upper: cp == 0x110,
            }),
            _ if (FIRST_RANGE.0..=FIRST_RANGE.1).contains(&cp) => {
                let i = (cp - FIRST_RANGE.0) as usize;
                self.first.get(i).copied().and_then(unpack)
            }
            _ if (SECOND_RANGE.0..=SECOND_RANGE.1).contains(&cp) => {
                let i = (cp - SECOND_RANGE.0) as usize;
                self.second.get(i).copied().and_then(unpack)
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_alphabetic_is_the_standard_library_s_for_every_char() {
        for c in (0..=0x10_ffff).filter_map(char::from_u32) {
            assert_eq!(
                is_alphabetic(c),
                c.is_alphabetic(),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn decomposes_and_recomposes_every_vietnamese_letter() {
        let alphabet = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
        for c in alphabet.chars().chain(alphabet.to_uppercase().chars()) {
            let l = letter(c).unwrap();
            assert_eq!(l.to_char(), Some(c), "{c}");
            assert_eq!(l.upper, c.is_uppercase());
        }
        let l = letter('Ặ').unwrap();
        assert_eq!((l.bare(), l.tone, l.upper), ('ă', Tone::Dot, true));
    }

    #[test]
    fn table_lookup_matches_the_decomposition_rule_for_every_char() {
        for cp in 0..=0x10FFFFu32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let by_rule = if c.is_ascii_alphabetic() {
                Some(ascii_letter(c as u8))
            } else if c == 'đ' || c == 'Đ' {
                Some(Letter {
                    base: b'd',
                    modifier: Modifier::Stroke,
                    tone: Tone::Level,
                    upper: c == 'Đ',
                })
            } else if (FIRST_RANGE.0..=FIRST_RANGE.1).contains(&cp)
                || (SECOND_RANGE.0..=SECOND_RANGE.1).contains(&cp)
            {
                unpack(pack_of(c))
            } else {
                None
            };
            assert_eq!(letter(c), by_rule, "{c:?}");
            assert_eq!(letters().get(cp), by_rule, "{c:?}");
        }
    }

    #[test]
    fn foreign_accents_are_not_vietnamese_letters() {
        for c in ['ç', 'ñ', 'ü', 'ö', 'ø', 'ß', 'Ð', '×', '÷', 'ā'] {
            assert_eq!(letter(c), None, "{c}");
        }
    }
}
