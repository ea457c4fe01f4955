//! The reference character classes (see the module above): the tokenizer's class table must
//! give, for every character, the class and case these functions give.

pub(crate) use crate::token::class::Class;

const fn ascii_class(b: u8) -> Class {
    match b {
        b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => Class::Space,
        b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
        b'0'..=b'9' => Class::Digit,
        b'.' | b',' | b':' | b'/' | b'-' | b'\'' => Class::Join(b),
        b'!' | b'"' | b'#' | b'&' | b'(' | b')' | b'*' | b';' | b'?' | b'@' | b'[' | b'\\'
        | b']' | b'_' | b'{' | b'}' => Class::Punct,
        0x1C..=0x1F => Class::Space,
        _ => Class::Symbol,
    }
}

// Evaluated at compile time: an out-of-bounds index would fail the build, not panic at run time.
#[allow(clippy::indexing_slicing)]
static ASCII: [Class; 128] = {
    let mut t = [Class::Symbol; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = ascii_class(i as u8);
        i += 1;
    }
    t
};

fn is_punct(c: char) -> bool {
    matches!(c,
    '\u{A1}' | '\u{A7}' | '\u{AB}' | '\u{B6}' | '\u{B7}' | '\u{BB}' | '\u{BF}'
    | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}'
    | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' | '\u{3014}'..='\u{301F}'
    | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}' | '\u{FF1B}' | '\u{FF1F}')
}

#[inline]
pub(crate) fn class_at(s: &str, i: usize) -> Option<(Class, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((
            ASCII.get(usize::from(b)).copied().unwrap_or(Class::Symbol),
            1,
        ));
    }
    let c = s.get(i..)?.chars().next()?;
    let len = c.len_utf8();
    let class =
        if matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}') && c != '×' && c != '÷' {
            Class::Letter
        } else if c == '\u{2019}' {
            Class::Join(b'\'')
        } else if crate::is_space(c) {
            Class::Space
        } else if c.is_alphabetic() || unicode_normalization::char::is_combining_mark(c) {
            Class::Letter
        } else if is_punct(c) {
            Class::Punct
        } else {
            Class::Symbol
        };
    Some((class, len))
}

#[inline]
pub(crate) fn case_of(c: char) -> (bool, bool) {
    if let Some(l) = crate::letter::letter(c) {
        (l.upper, !l.upper)
    } else {
        (c.is_uppercase(), c.is_lowercase())
    }
}
