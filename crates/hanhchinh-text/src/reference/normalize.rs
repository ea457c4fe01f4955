//! The reference normalize (see the module above).

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized};

use crate::letter::letter;
use crate::normalize::tones::{is_word_char, Scan, Word};
use crate::normalize::{is_odd_space, map_space};
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
    crate::normalize::normalize_letters_by(s, style, scan)
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
