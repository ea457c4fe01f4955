//! The Vietnamese syllable: onset, rhyme and tone, and whether a word is one.
//!
//! A Vietnamese syllable is an optional onset consonant cluster (`ngh`, `tr`, `qu`, `gi`, …),
//! a vowel nucleus of one to three vowels (`a`, `oa`, `ươ`, `uyê`, …), an optional final
//! consonant (`c`, `ch`, `m`, `n`, `ng`, `nh`, `p`, `t`) and one of six tones. Syllables that
//! end in a stop (`c`, `ch`, `p`, `t`) take only the acute or the dot-below tone.
//!
//! [`is_syllable`] tells well-formed syllables from foreign words (`Bremen`), abbreviations
//! (`UBND`) and mojibake (`Ná»™i`):
//!
//! ```
//! use hanhchinh_text::syllable::{is_syllable, Syllable, Tone};
//!
//! assert!(is_syllable("thuyền"));
//! assert!(is_syllable("Nghiêng"));
//! assert!(!is_syllable("Bremen"));
//! assert!(!is_syllable("UBND"));
//! assert!(!is_syllable("tấć"));
//!
//! let s = Syllable::parse("Quỳnh").unwrap();
//! assert_eq!((s.onset(), s.nucleus(), s.coda(), s.tone()), ("qu", "y", "nh", Tone::Grave));
//! assert_eq!(s.rhyme(), "ynh");
//! ```
//!
//! The same analysis decides where the tone mark belongs, which is what
//! [`normalize`](crate::normalize) uses to make `hoà` and `hòa` equal.

use crate::letter::{letter, Letter, Modifier};
use crate::ToneStyle;

pub use crate::tone::Tone;

/// The longest syllable in letters (`nghiêng`).
pub(crate) const MAX_LETTERS: usize = 7;

/// A word parsed as a Vietnamese syllable.
///
/// Its parts are given in lower case without the tone mark, so they can be compared with
/// plain strings: `Syllable::parse("Nguyễn")` has onset `ng`, nucleus `uyê`, coda `n` and tone
/// [`Tone::Tilde`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Syllable {
    bare: String,
    onset_len: usize,
    nucleus_len: usize,
    tone: Tone,
}

impl Syllable {
    /// Parses a word as a well-formed Vietnamese syllable. The word may be in any case, NFC
    /// or NFD, with the tone mark on any vowel; returns `None` when it is not a syllable.
    ///
    /// ```
    /// use hanhchinh_text::syllable::{Syllable, Tone};
    /// let s = Syllable::parse("giường").unwrap();
    /// assert_eq!((s.onset(), s.nucleus(), s.coda()), ("gi", "ươ", "ng"));
    /// assert_eq!(s.tone(), Tone::Grave);
    /// assert!(Syllable::parse("HĐND").is_none());
    /// ```
    pub fn parse(word: &str) -> Option<Syllable> {
        let mut buf = [BLANK; MAX_LETTERS];
        let n = letters_of(word, &mut buf)?;
        let letters = buf.get(..n)?;
        let shape = Shape::of(letters)?;
        if !shape.is_valid(letters) {
            return None;
        }
        Some(Syllable {
            bare: letters.iter().map(|l| l.bare()).collect(),
            onset_len: shape.onset,
            nucleus_len: shape.nucleus,
            tone: shape.tone,
        })
    }

    fn byte_at(&self, letters: usize) -> usize {
        self.bare
            .char_indices()
            .nth(letters)
            .map_or(self.bare.len(), |(i, _)| i)
    }

    /// The onset (initial consonants), `""` when the syllable starts with a vowel.
    pub fn onset(&self) -> &str {
        self.bare.get(..self.byte_at(self.onset_len)).unwrap_or("")
    }

    /// The rhyme: nucleus and coda (`oàng` -> `oang`).
    pub fn rhyme(&self) -> &str {
        self.bare.get(self.byte_at(self.onset_len)..).unwrap_or("")
    }

    /// The vowel nucleus (`uyê` in `nguyễn`).
    pub fn nucleus(&self) -> &str {
        let a = self.byte_at(self.onset_len);
        let b = self.byte_at(self.onset_len + self.nucleus_len);
        self.bare.get(a..b).unwrap_or("")
    }

    /// The final consonant(s), `""` for an open syllable.
    pub fn coda(&self) -> &str {
        self.bare
            .get(self.byte_at(self.onset_len + self.nucleus_len)..)
            .unwrap_or("")
    }

    /// The tone.
    pub fn tone(&self) -> Tone {
        self.tone
    }
}

/// Whether `word` is a well-formed Vietnamese syllable (see the [module docs](self)).
///
/// ```
/// use hanhchinh_text::syllable::is_syllable;
/// assert!(is_syllable("Liêm") && is_syllable("quý") && is_syllable("gì"));
/// assert!(!is_syllable("Covid") && !is_syllable("ensen") && !is_syllable("Ná»"));
/// # assert!(is_syllable("NGHIÊNG"));
/// ```
pub fn is_syllable(word: &str) -> bool {
    let mut buf = [BLANK; MAX_LETTERS];
    let Some(n) = letters_of(word, &mut buf) else {
        return false;
    };
    let Some(letters) = buf.get(..n) else {
        return false;
    };
    Shape::of(letters).is_some_and(|s| s.is_valid(letters))
}

pub(crate) const BLANK: Letter = Letter {
    base: b'a',
    modifier: Modifier::None,
    tone: crate::syllable::Tone::Level,
    upper: false,
};

/// Reads a word into letters, folding NFD tone and modifier marks into the letter before
/// them. Returns `None` for anything that is not a run of at most [`MAX_LETTERS`] letters
/// carrying at most one tone mark.
pub(crate) fn letters_of(word: &str, buf: &mut [Letter; MAX_LETTERS]) -> Option<usize> {
    let mut n = 0;
    let mut tones = 0;
    for c in word.chars() {
        if let Some(l) = letter(c) {
            let slot = buf.get_mut(n)?;
            *slot = l;
            n += 1;
            if l.tone != Tone::Level {
                tones += 1;
            }
            continue;
        }
        let prev = buf.get_mut(n.checked_sub(1)?)?;
        if let Some(t) = Tone::from_mark(c) {
            if prev.tone != Tone::Level || !prev.is_vowel() {
                return None;
            }
            prev.tone = t;
            tones += 1;
            continue;
        }
        let modifier = match c {
            '\u{302}' => Modifier::Circumflex,
            '\u{306}' => Modifier::Breve,
            '\u{31B}' => Modifier::Horn,
            _ => return None,
        };
        let fits = prev.modifier == Modifier::None
            && match modifier {
                Modifier::Circumflex => matches!(prev.base, b'a' | b'e' | b'o'),
                Modifier::Breve => prev.base == b'a',
                _ => matches!(prev.base, b'o' | b'u'),
            };
        if !fits {
            return None;
        }
        prev.modifier = modifier;
    }
    (n > 0 && tones <= 1).then_some(n)
}

/// The split of a word's letters into onset, nucleus and coda, and its tone.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Shape {
    pub onset: usize,
    pub nucleus: usize,
    pub tone: Tone,
    /// Index of the letter that carries the tone mark now, if any.
    pub marked: Option<usize>,
    /// The nucleus as vowel ids (see [`vowel_id`]), 4 bits each, first vowel lowest.
    nucleus_key: u16,
}

/// Nuclei that may end a syllable (open rhymes).
const OPEN: [&str; 45] = [
    "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây", "eo",
    "êu", "ia", "iu", "oa", "oe", "oi", "ôi", "ơi", "ua", "uê", "ui", "uy", "ưa", "ưi", "ưu", "uơ",
    "ươ", "iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyu",
];
/// Nuclei that take a final consonant.
const CLOSED: [&str; 24] = [
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "iê", "yê", "uyê", "uô", "ươ",
    "oa", "oă", "oe", "oo", "uâ", "uê", "uy",
];

/// The twelve vowels numbered 1 to 12; 0 for a consonant.
#[inline]
fn vowel_id(c: char) -> u16 {
    match c {
        'a' => 1,
        'ă' => 2,
        'â' => 3,
        'e' => 4,
        'ê' => 5,
        'i' => 6,
        'o' => 7,
        'ô' => 8,
        'ơ' => 9,
        'u' => 10,
        'ư' => 11,
        'y' => 12,
        _ => 0,
    }
}

fn key_of(chars: impl Iterator<Item = char>) -> u16 {
    chars
        .enumerate()
        .fold(0u16, |k, (i, c)| k | vowel_id(c) << (4 * i))
}

/// Sets of nucleus keys (12 bits), as bitsets: open and closed rhymes.
struct Nuclei {
    open: [u64; 64],
    closed: [u64; 64],
}

static NUCLEI: once_cell::sync::Lazy<Nuclei> = once_cell::sync::Lazy::new(|| {
    let mut n = Nuclei {
        open: [0; 64],
        closed: [0; 64],
    };
    let set = |bits: &mut [u64; 64], s: &str| {
        let k = usize::from(key_of(s.chars()));
        if let Some(w) = bits.get_mut(k / 64) {
            *w |= 1 << (k % 64);
        }
    };
    OPEN.iter().for_each(|s| set(&mut n.open, s));
    CLOSED.iter().for_each(|s| set(&mut n.closed, s));
    n
});

fn contains(bits: &[u64; 64], key: u16) -> bool {
    let k = usize::from(key);
    bits.get(k / 64).is_some_and(|w| w & (1 << (k % 64)) != 0)
}

const fn key2(a: u16, b: u16) -> u16 {
    a | b << 4
}

impl Shape {
    /// Splits letters into onset, nucleus and coda by their shape alone (see
    /// [`Shape::is_valid`] for the full check).
    pub fn of(letters: &[Letter]) -> Option<Shape> {
        let bare = |i: usize| letters.get(i).map(|l| l.bare());
        let vowel_at = |i: usize| letters.get(i).is_some_and(|l| l.is_vowel());
        let mut onset = match (bare(0), bare(1), bare(2)) {
            (Some('n'), Some('g'), Some('h')) => 3,
            (Some('n'), Some('g' | 'h'), _)
            | (Some('c' | 'g' | 'k' | 'p' | 't'), Some('h'), _)
            | (Some('g'), Some('i'), _)
            | (Some('q'), Some('u'), _)
            | (Some('t'), Some('r'), _) => 2,
            (Some('q'), _, _) => return None,
            (
                Some(
                    'b' | 'c' | 'd' | 'đ' | 'g' | 'h' | 'k' | 'l' | 'm' | 'n' | 'p' | 'r' | 's'
                    | 't' | 'v' | 'x',
                ),
                _,
                _,
            ) => 1,
            _ => 0,
        };
        // `gi` and `qu` take their vowel only when another vowel follows: `gìn` is g + in,
        // `giường` is gi + ương; a lone `qu` is no syllable.
        if onset == 2 && bare(0) == Some('g') && bare(1) == Some('i') && !vowel_at(2) {
            onset = 1;
        }
        if onset == 2 && bare(0) == Some('q') && !vowel_at(2) {
            return None;
        }
        let mut nucleus = 0;
        let mut nucleus_key = 0u16;
        while let Some(l) = letters.get(onset + nucleus).filter(|l| l.is_vowel()) {
            if nucleus == 3 {
                return None;
            }
            nucleus_key |= vowel_id(l.bare()) << (4 * nucleus);
            nucleus += 1;
        }
        if nucleus == 0 {
            return None;
        }
        let coda_ok = match letters.get(onset + nucleus..)? {
            [] => true,
            [c] => matches!(c.bare(), 'c' | 'k' | 'm' | 'n' | 'p' | 't'),
            [c, h] => matches!((c.bare(), h.bare()), ('c' | 'n', 'h') | ('n', 'g')),
            _ => false,
        };
        if !coda_ok {
            return None;
        }
        let mut tone = Tone::Level;
        let mut marked = None;
        for (i, l) in letters.iter().enumerate() {
            if l.tone != Tone::Level {
                tone = l.tone;
                marked = Some(i);
            }
        }
        Some(Shape {
            onset,
            nucleus,
            tone,
            marked,
            nucleus_key,
        })
    }

    /// Whether the split letters form a real Vietnamese syllable: a known nucleus for an
    /// open or closed rhyme, spelling rules of `c`/`k`, `g`/`gh`, `ng`/`ngh`, and only the
    /// acute or dot-below tone after a stop.
    pub fn is_valid(&self, letters: &[Letter]) -> bool {
        let Some(coda) = letters.get(self.onset + self.nucleus..) else {
            return false;
        };
        let known = if coda.is_empty() {
            contains(&NUCLEI.open, self.nucleus_key)
        } else {
            contains(&NUCLEI.closed, self.nucleus_key)
        };
        if !known {
            return false;
        }
        let first = self.nucleus_key & 0xF;
        let front = matches!(first, 4..=6 | 12); // e ê i y
        let onset = letters.get(..self.onset).unwrap_or(&[]);
        let bare = |i: usize| onset.get(i).map(|l| l.bare());
        let onset_ok = match (self.onset, bare(0), bare(1)) {
            (1, Some('c'), _) | (2, Some('n'), Some('g')) => !front,
            (1, Some('g'), _) => !front || first == 6,
            (1, Some('k'), _) | (2, Some('g'), Some('h')) | (3, _, _) => front,
            _ => true,
        };
        // `ch` and `nh` close only front-vowel rhymes: anh, ách, ênh, ích, uynh (a here is [ɛ]).
        let palatal = coda.len() == 2 && coda.get(1).is_some_and(|l| l.base == b'h');
        let last = self.nucleus_key >> (4 * (self.nucleus - 1)) & 0xF;
        let coda_ok = !palatal || matches!(last, 1 | 5 | 6 | 12); // a ê i y
        let stop = coda
            .first()
            .is_some_and(|l| matches!(l.base, b'c' | b'k' | b'p' | b't'));
        let tone_ok = !stop || matches!(self.tone, Tone::Acute | Tone::Dot);
        onset_ok && coda_ok && tone_ok
    }

    /// Index (into the word's letters) of the vowel that should carry the tone mark.
    pub fn tone_target(&self, letters: &[Letter], style: ToneStyle) -> Option<usize> {
        let start = self.onset;
        let nuc = letters.get(start..start + self.nucleus)?;
        let has_coda = letters.len() > start + self.nucleus;
        // A vowel with a modifier takes the mark (the later one in `ươ`).
        if let Some(i) = nuc.iter().rposition(|l| {
            matches!(
                l.modifier,
                Modifier::Circumflex | Modifier::Breve | Modifier::Horn
            )
        }) {
            return Some(start + i);
        }
        let rel = match nuc.len() {
            1 => 0,
            3 => 1,
            _ if has_coda => 1,
            _ => {
                const OA: u16 = key2(7, 1);
                const OE: u16 = key2(7, 4);
                const UY: u16 = key2(10, 12);
                let open_glide = matches!(self.nucleus_key, OA | OE | UY);
                usize::from(open_glide && style == ToneStyle::Modern)
            }
        };
        Some(start + rel)
    }
}

/// Where the two spellings `i` and `y` are one syllable (`quí`/`quý`, `kĩ`/`kỹ`, `lí`/`lý`, `mĩ`/
/// `mỹ`, `sĩ`/`sỹ`, `ti`/`ty`: a lone final vowel after `h`, `k`, `l`, `m`, `s`, `t` or `qu`;
/// both are in use, and word lists or official tables hold one of them only): the byte offset of
/// that vowel in the lookup key `key` (lower case), and the vowel spelt `y` (with `to_y`) or
/// `i`, its tone kept. `None` for any other key.
///
/// ```
/// use hanhchinh_text::syllable::i_y_spelling;
///
/// assert_eq!(i_y_spelling("quí", true), Some((2, 'ý')));
/// assert_eq!(i_y_spelling("kỹ", false), Some((1, 'ĩ')));
/// assert_eq!(i_y_spelling("huy", false), None); // `uy` is a rhyme of its own
/// assert_eq!(i_y_spelling("khi", true), None);
/// ```
pub fn i_y_spelling(key: &str, to_y: bool) -> Option<(usize, char)> {
    const I: [char; 6] = ['i', 'í', 'ì', 'ỉ', 'ĩ', 'ị'];
    const Y: [char; 6] = ['y', 'ý', 'ỳ', 'ỷ', 'ỹ', 'ỵ'];
    let last = key.chars().next_back()?;
    let tone = I
        .iter()
        .position(|&c| c == last)
        .or_else(|| Y.iter().position(|&c| c == last))?;
    let at = key.len() - last.len_utf8();
    if !matches!(key.get(..at)?, "h" | "k" | "l" | "m" | "s" | "t" | "qu") {
        return None;
    }
    let form = if to_y { Y.get(tone) } else { I.get(tone) };
    form.map(|&c| (at, c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_formed_syllables() {
        for w in [
            "a", "à", "nghiêng", "Nguyễn", "thuyền", "khuya", "quốc", "gì", "giữ", "giếng",
            "hoàng", "khuỷu", "oẳn", "xoong", "thuở", "Đắk", "Lắk", "ưng", "yêu", "ách", "oanh",
            "huých", "tuyệt", "Hòa", "hoà", "HOÀ", "cụ", "kỳ", "ghế", "nghĩ", "khoẻ",
        ] {
            assert!(is_syllable(w), "{w}");
        }
    }

    #[test]
    fn not_syllables() {
        for w in [
            "",
            "UBND",
            "HĐND",
            "Bremen",
            "ensen",
            "Covid",
            "ce",
            "ghá",
            "ngé",
            "tấc\u{301}",
            "cát\u{300}",
            "ạch\u{301}",
            "quả\u{301}",
            "aaaa",
            "x",
            "qu",
            "hoàngg",
            "anhh",
            "ốch",
            "ãc",
            "»",
            "1a",
        ] {
            assert!(!is_syllable(w), "{w}");
        }
        assert!(is_syllable("ké") && is_syllable("kê"));
    }

    #[test]
    fn nfd_words_parse_like_nfc() {
        let nfd = "Nguye\u{302}\u{303}n";
        assert!(is_syllable(nfd));
        let s = Syllable::parse(nfd).unwrap();
        assert_eq!((s.nucleus(), s.tone()), ("uyê", Tone::Tilde));
    }

    #[test]
    fn tone_targets() {
        let target = |w: &str, style| {
            let mut buf = [BLANK; MAX_LETTERS];
            let n = letters_of(w, &mut buf).unwrap();
            let ls = &buf[..n];
            let i = Shape::of(ls).unwrap().tone_target(ls, style).unwrap();
            ls[i].bare()
        };
        use ToneStyle::{Modern, Traditional};
        for (word, style, vowel) in [
            ("hoa", Traditional, 'o'),
            ("hoa", Modern, 'a'),
            ("hoang", Traditional, 'a'),
            ("thuy", Traditional, 'u'),
            ("thuy", Modern, 'y'),
            ("quy", Traditional, 'y'),
            ("luong", Traditional, 'o'),
            ("lương", Traditional, 'ơ'),
            ("khuyên", Traditional, 'ê'),
            ("oai", Traditional, 'a'),
            ("gia", Traditional, 'a'),
            ("mua", Modern, 'u'),
        ] {
            assert_eq!(target(word, style), vowel, "{word} {style:?}");
        }
    }
}
