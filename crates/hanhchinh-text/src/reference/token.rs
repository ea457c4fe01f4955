//! The reference token (see the module above).

use crate::syllable::is_syllable;
use crate::{Token, TokenKind};

pub fn tokenize(text: &str) -> Tokens<'_> {
    Tokens {
        s: text,
        pos: 0,
        run_end: 0,
        sub_end: 0,
        whole: None,
        general_only: false,
    }
}

/// The tokenizer by its general run rules alone, without the plain-word and plain-number
/// fast paths: what the module docs describe.
pub fn tokenize_by_the_rules(text: &str) -> Tokens<'_> {
    Tokens {
        general_only: true,
        ..tokenize(text)
    }
}

#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    s: &'a str,
    pos: usize,
    run_end: usize,
    sub_end: usize,
    whole: Option<TokenKind>,
    general_only: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    Space,
    Letter,
    Digit,
    Join(u8),
    Punct,
    Symbol,
}

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

#[inline]
fn plain_word(s: &str, start: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut i = start;
    let mut prev_lower = false;
    loop {
        let Some(&b) = bytes.get(i) else {
            return Some(i);
        };
        let (class, len, c) = if b < 0x80 {
            let class = ASCII.get(usize::from(b)).copied().unwrap_or(Class::Symbol);
            (class, 1, char::from(b))
        } else {
            let c = s.get(i..)?.chars().next()?;
            let (class, len) = class_at(s, i)?;
            (class, len, c)
        };
        match class {
            Class::Letter => {
                let (upper, lower) = if b < 0x80 {
                    (b.is_ascii_uppercase(), b.is_ascii_lowercase())
                } else {
                    case_of(c)
                };
                if prev_lower && upper {
                    return None;
                }
                if upper || lower {
                    prev_lower = lower;
                }
                i += len;
            }
            Class::Digit => return None,
            Class::Join(_) => {
                return if is_alnum(class_at(s, i + len)) {
                    None
                } else {
                    Some(i)
                };
            }
            Class::Space | Class::Punct | Class::Symbol => return Some(i),
        }
    }
}

#[inline]
fn plain_number(s: &str, start: usize) -> Option<usize> {
    let bytes = s.as_bytes();
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
                return match class_at(s, i)? {
                    (Class::Space | Class::Punct | Class::Symbol, _) => Some(i),
                    _ => None,
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

#[derive(Default)]
struct Part {
    end: usize,
    joined: bool,
    pieces: usize,
    letters: bool,
    lower_piece: bool,
    digit_pieces: usize,
    letter_pieces: usize,
}

impl<'a> Tokens<'a> {
    fn token(&mut self, start: usize, end: usize, kind: TokenKind) -> Option<Token<'a>> {
        let text = self.s.get(start..end)?;
        self.pos = end;
        Some(Token::new(text, start, kind))
    }

    fn run_end_from(&self, from: usize) -> usize {
        let mut i = from;
        while let Some((class, len)) = class_at(self.s, i) {
            match class {
                Class::Letter | Class::Digit => i += len,
                Class::Join(_) if is_alnum(class_at(self.s, i + len)) => i += len,
                _ => break,
            }
        }
        i
    }

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
        while i < self.run_end {
            let Some((class, len)) = class_at(self.s, i) else {
                break;
            };
            match class {
                Class::Letter => {
                    has_l = true;
                    has_lower |= self
                        .s
                        .get(i..)
                        .and_then(|r| r.chars().next())
                        .is_some_and(char::is_lowercase);
                }
                Class::Digit => has_d = true,
                Class::Join(j) => {
                    let next = class_at(self.s, i + len).map(|c| c.0);
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

    fn piece_token(&mut self) -> Option<Token<'a>> {
        let start = self.pos;
        let (class, len) = class_at(self.s, start)?;
        match class {
            Class::Digit => {
                let mut i = start + len;
                while let Some((c, l)) = class_at(self.s, i) {
                    match c {
                        Class::Digit => i += l,
                        Class::Join(b'.' | b',' | b':')
                            if matches!(class_at(self.s, i + l), Some((Class::Digit, _))) =>
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

    fn letters_from(&self, start: usize) -> (usize, TokenKind) {
        let mut i = start;
        let mut prev_lower = false;
        let splits_here = |end: usize| {
            self.s
                .get(start..end)
                .is_some_and(|w| w.chars().nth(1).is_some() && is_syllable(w))
        };
        while i < self.sub_end {
            let Some((class, len)) = class_at(self.s, i) else {
                break;
            };
            match class {
                Class::Letter => {
                    let c = self.s.get(i..).and_then(|r| r.chars().next());
                    let upper = c.is_some_and(char::is_uppercase);
                    if prev_lower && upper && splits_here(i) {
                        return (i, TokenKind::Word);
                    }
                    if let Some(c) = c {
                        if c.is_alphabetic() {
                            prev_lower = c.is_lowercase();
                        }
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

    fn code_end(&self, mut i: usize) -> usize {
        while i < self.sub_end {
            match class_at(self.s, i) {
                Some((Class::Letter | Class::Digit, l)) => i += l,
                Some((Class::Join(b'.' | b',' | b':' | b'\''), l))
                    if is_alnum(class_at(self.s, i + l)) =>
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
        // Skip spaces.
        let (class, len) = loop {
            let (class, len) = class_at(self.s, self.pos)?;
            if class != Class::Space {
                break (class, len);
            }
            self.pos += len;
        };
        let start = self.pos;
        match class {
            Class::Letter | Class::Digit => {
                // Fast path: a plain word or number, standing alone (most tokens).
                if start >= self.run_end && !self.general_only {
                    let plain = if class == Class::Letter {
                        plain_word(self.s, start).map(|e| (e, TokenKind::Word))
                    } else {
                        plain_number(self.s, start).map(|e| (e, TokenKind::Number))
                    };
                    if let Some((end, kind)) = plain {
                        return self.token(start, end, kind);
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
            Class::Join(b'.') => {
                // A run of dots is one token; inside a run a dot always stands alone.
                let mut end = start + len;
                while self.s.as_bytes().get(end) == Some(&b'.') {
                    end += 1;
                }
                self.token(start, end, TokenKind::Punct)
            }
            Class::Join(_) | Class::Punct => self.token(start, start + len, TokenKind::Punct),
            Class::Space | Class::Symbol => self.token(start, start + len, TokenKind::Symbol),
        }
    }
}
