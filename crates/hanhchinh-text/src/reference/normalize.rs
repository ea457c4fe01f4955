//! The reference normalize (see the module above).

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::letter::{letter, Letter};
use crate::syllable::{Shape, Tone, BLANK, MAX_LETTERS};
use crate::{NormalizeOptions, ToneStyle};

pub fn normalize(s: &str) -> Cow<'_, str> {
    normalize_with(s, &NormalizeOptions::default())
}

pub fn normalize_with<'a>(s: &'a str, opts: &NormalizeOptions) -> Cow<'a, str> {
    // Spaces first: removing a zero-width space can bring a combining mark next to a letter.
    if opts.map_spaces && s.chars().any(is_odd_space) {
        let mapped: String = s.chars().filter_map(map_space).collect();
        return Cow::Owned(normalize_letters(&mapped, opts.tone).into_owned());
    }
    normalize_letters(s, opts.tone)
}

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

pub fn key(s: &str) -> Cow<'_, str> {
    let n = normalize_with(s, &NormalizeOptions::new().map_spaces(true));
    // Anything that lower-casing changes, title-case digraphs (`ǅ`) included.
    if !n.chars().any(|c| c.to_lowercase().ne(std::iter::once(c))) {
        return n;
    }
    let mut out = String::with_capacity(n.len());
    push_lower(&n, &mut out);
    // Lower-casing can leave NFC (`İ` + a combining mark, `H` + U+0331): normalize again.
    Cow::Owned(normalize_with(&out, &NormalizeOptions::new().map_spaces(true)).into_owned())
}

pub fn key_into(s: &str, out: &mut String) {
    out.push_str(&key(s));
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
    Canonical,
    ToneAt(usize),
    NotNfc,
}

struct Word {
    start: usize,
    letters: [Letter; MAX_LETTERS],
    n: usize,
    vowels: usize,
    tones: usize,
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
