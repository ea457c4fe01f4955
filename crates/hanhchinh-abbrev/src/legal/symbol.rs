//! Document numbers and symbols: `34-CT/TW` (party style), `15/2023/NQ-HĐND`, `1234/QĐ-UBND`,
//! `123/UBND-VP` (state style), `05` (a number alone), as typed on real pages: codes in any
//! letter case (`QĐ-TTg`, `qđ-ubnd`), a letter after the number (`215a/QĐ-UBND`), spaces around
//! the separators (`TT- BTC`, `1234 /QĐ-UBND`), a space for the dash between type and issuer
//! (`QĐ TTg`), a slash for it (`TTLT/BTC-BNN`).

use hanhchinh_text::{Doc, Token, TokenKind};

use crate::lexicon::Lexicon;

/// The parts of a document number or symbol (see [`parse_symbol`](crate::parse_symbol)).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Symbol<'s> {
    /// The number as written (`34`, `05`, `215a`).
    pub number: &'s str,
    /// The year of a state-style symbol (`2017` in `91/2017/NĐ-CP`).
    pub year: Option<i32>,
    /// The document-type code as written (`CT`, `NĐ`, `qđ`), when the symbol has one.
    pub type_code: Option<&'s str>,
    /// The issuer code as written (`TW`, `CP`, `UBND-VP`, `TTg`), when the symbol has one.
    pub issuer: Option<&'s str>,
}

/// What stands before a piece of a symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sep {
    /// The first piece.
    Start,
    /// `/`, spaces around it allowed.
    Slash,
    /// `-` (or `–`), spaces around it allowed.
    Dash,
    /// Spaces only.
    Space,
}

/// A run of letters and digits of a symbol, with its byte range in the symbol and the
/// separator before it.
#[derive(Clone, Copy, Debug)]
struct Piece {
    start: usize,
    end: usize,
    sep: Sep,
}

/// Cuts `s` into pieces; `None` when `s` holds anything but letters, digits, spaces and the
/// separators, or two separators in a row.
fn pieces(s: &str) -> Option<Vec<Piece>> {
    let mut out = Vec::new();
    let mut sep = Sep::Start;
    let mut spaced = false;
    let mut start: Option<usize> = None;
    for (i, c) in s.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                if out.is_empty() && sep != Sep::Start {
                    return None;
                }
                if !out.is_empty() && sep == Sep::Start {
                    if !spaced {
                        return None;
                    }
                    sep = Sep::Space;
                }
                start = Some(i);
            }
            continue;
        }
        if let Some(b) = start.take() {
            out.push(Piece {
                start: b,
                end: i,
                sep,
            });
            sep = Sep::Start;
            spaced = false;
        }
        match c {
            '/' | '-' | '–' if sep == Sep::Start && !out.is_empty() => {
                sep = if c == '/' { Sep::Slash } else { Sep::Dash };
            }
            ' ' | '\u{a0}' if !out.is_empty() => spaced = true,
            _ => return None,
        }
    }
    match start {
        Some(b) => out.push(Piece {
            start: b,
            end: s.len(),
            sep,
        }),
        // A trailing separator.
        None if sep != Sep::Start => return None,
        None => {}
    }
    Some(out)
}

fn is_alnum_code(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(char::is_alphanumeric)
        && s.chars().next().is_some_and(char::is_alphabetic)
}

/// A number of a symbol: digits, and at most one letter after them (`215a`).
fn is_number(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let rest = s.get(digits..).unwrap_or("");
    digits > 0
        && (rest.is_empty() || (rest.len() == 1 && rest.bytes().all(|b| b.is_ascii_alphabetic())))
}

fn is_year(s: &str) -> bool {
    s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())
}

impl Lexicon {
    /// A code of a symbol: letters and digits, a letter first, written in capitals (at least
    /// as many capitals as small letters: `UBND`, `TTg`, `QĐi`, `UBTVQH15`) or a code of the
    /// tables in any case (`qđ`, `ubnd`).
    pub(crate) fn is_symbol_code(&self, s: &str) -> bool {
        if !is_alnum_code(s) {
            return false;
        }
        let upper = s.chars().filter(|c| c.is_uppercase()).count();
        let lower = s.chars().filter(|c| c.is_lowercase()).count();
        if upper >= lower {
            return true;
        }
        let bare = s.trim_end_matches(|c: char| c.is_ascii_digit());
        self.is_known_code(s) || self.is_known_code(bare)
    }

    /// See [`parse_symbol`](crate::parse_symbol).
    pub fn parse_symbol<'s>(&self, s: &'s str) -> Option<Symbol<'s>> {
        let ps = pieces(s)?;
        let slice = |p: &Piece| s.get(p.start..p.end);
        let first = ps.first()?;
        let number = slice(first)?;
        if !is_number(number) {
            return None;
        }
        let Some(second) = ps.get(1) else {
            return Some(Symbol {
                number,
                year: None,
                type_code: None,
                issuer: None,
            });
        };
        let rest_from = |k: usize| -> Option<&'s str> {
            let p = ps.get(k)?;
            s.get(p.start..)
        };
        let codes_from = |k: usize, space_at: Option<usize>| {
            ps.iter().enumerate().skip(k).all(|(n, p)| {
                slice(p).is_some_and(|c| self.is_symbol_code(c))
                    && (n == k || p.sep != Sep::Space || Some(n) == space_at)
            })
        };
        // Party style: 34-CT/TW, 317-QĐ/TU, 05-HD/BTGTW.
        if second.sep == Sep::Dash {
            let code = slice(second)?;
            let third = ps.get(2)?;
            if third.sep == Sep::Slash && self.is_symbol_code(code) && codes_from(2, None) {
                return Some(Symbol {
                    number,
                    year: None,
                    type_code: Some(code),
                    issuer: rest_from(2),
                });
            }
            return None;
        }
        // State style: 15/2023/NQ-HĐND, 1234/QĐ-UBND, 123/UBND-VP, 01/2015/TTLT/BTC-BNN,
        // 491/2009/QĐ TTg.
        if second.sep != Sep::Slash {
            return None;
        }
        let (year, k) = match (slice(second), ps.get(2)) {
            (Some(y), Some(p)) if is_year(y) && p.sep == Sep::Slash => (y.parse::<i32>().ok(), 2),
            _ => (None, 1),
        };
        let code = slice(ps.get(k)?)?;
        let typed = self.doctypes_by_code(code).next().is_some();
        // A space may stand for the dash between the type code and the issuer only.
        let space_at = typed.then_some(k + 1);
        if !codes_from(k, space_at) {
            return None;
        }
        if typed {
            return Some(Symbol {
                number,
                year,
                type_code: Some(code),
                issuer: if ps.len() > k + 1 {
                    rest_from(k + 1)
                } else {
                    None
                },
            });
        }
        Some(Symbol {
            number,
            year,
            type_code: None,
            issuer: rest_from(k),
        })
    }

    /// The expansion of an issuer code (each part of `BTC-BNV`; the khóa of `QH14` dropped).
    pub(super) fn issuer_name(&self, issuer: &str) -> Option<String> {
        let mut names = Vec::new();
        for part in issuer.split(['-', '–', '/']) {
            let part = part.trim();
            let bare = part.trim_end_matches(|c: char| c.is_ascii_digit());
            names.push(self.issuer(part).or_else(|| self.issuer(bare))?);
        }
        Some(names.join(" - "))
    }

    /// The token extents of the symbol that starts with the number at token `j`, shortest first:
    /// the index of each token where a longer reading could end. The reader follows separators
    /// with spaces around them (at most three), codes of the tables or in capitals, a letter
    /// touching the number (`215a`), and a space between a type code and a listed issuer
    /// (`QĐ TTg`); which extent is the symbol is the grammar's business ([`parse_symbol`]).
    pub(super) fn symbol_extents(&self, doc: &Doc<'_>, j: usize) -> Vec<usize> {
        const MAX_PIECES: usize = 10;
        let tokens = doc.tokens();
        let mut out = vec![j];
        // At most three spaces on one line between two pieces (or none).
        let gap = |b: usize| -> Option<&str> {
            let g = doc.gap_text(b);
            (b > 0 && b < doc.len() && g.len() <= 3 && g.chars().all(|c| c == ' ' || c == '\u{a0}'))
                .then_some(g)
        };
        let mut last = j;
        // `215a/`: one letter touching the number, then a separator.
        if let (Some(n), Some(l), Some(s)) = (tokens.get(j), tokens.get(j + 1), tokens.get(j + 2)) {
            if n.kind() == TokenKind::Number
                && l.start() == n.end()
                && l.text().len() == 1
                && l.text().bytes().all(|b| b.is_ascii_alphabetic())
                && s.start() == l.end()
                && (s.is_char('/') || s.is_char('-'))
            {
                last = j + 1;
            }
        }
        let code_token = |t: &Token<'_>| {
            matches!(
                t.kind(),
                TokenKind::Word | TokenKind::Code | TokenKind::Number
            ) && t.text().split(['-', '/']).all(|p| {
                self.is_symbol_code(p) || p.bytes().all(|b| b.is_ascii_digit()) && !p.is_empty()
            })
        };
        for _ in 0..MAX_PIECES {
            let Some(next) = tokens.get(last + 1) else {
                break;
            };
            if gap(last + 1).is_none() {
                break;
            }
            if next.is_char('/') || next.is_char('-') || next.is_char('–') {
                let Some(after) = tokens.get(last + 2) else {
                    break;
                };
                if gap(last + 2).is_none() || !code_token(after) {
                    break;
                }
                last += 2;
                out.push(last);
                continue;
            }
            // `QĐ TTg`: a space between a type code and an issuer of the tables.
            let prev_code = tokens
                .get(last)
                .and_then(|t| t.text().rsplit(['-', '/']).next())
                .unwrap_or("");
            if next.kind() == TokenKind::Word
                && self.doctypes_by_code(prev_code).next().is_some()
                && self.issuer(next.text()).is_some()
                && !doc.touches(last + 1)
            {
                last += 1;
                out.push(last);
            }
            break;
        }
        out
    }
}
