//! Cutting runs into tokens: the rules documented on [`tokenize`](super::tokenize).

use super::class::*;
use super::{Hint, Token, TokenKind, Tokens};
use crate::syllable::is_syllable;

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

    /// Whether the fast paths are skipped (only in the differential tests).
    #[inline(always)]
    fn general_only(&self) -> bool {
        #[cfg(test)]
        return self.general_only;
        #[cfg(not(test))]
        false
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
                if start >= self.run_end && !self.general_only() {
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
