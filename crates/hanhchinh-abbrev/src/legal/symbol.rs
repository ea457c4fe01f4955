//! Document numbers and symbols: `34-CT/TW` (party style), `15/2023/NQ-HĐND`, `1234/QĐ-UBND`,
//! `123/UBND-VP` (state style), `05` (a number alone).

use crate::lexicon::Lexicon;

/// The parts of a document number or symbol (see [`parse_symbol`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Symbol<'s> {
    /// The number as written (`34`, `05`).
    pub number: &'s str,
    /// The year of a state-style symbol (`2017` in `91/2017/NĐ-CP`).
    pub year: Option<i32>,
    /// The document-type code (`CT`, `NĐ`), when the symbol has one.
    pub type_code: Option<&'s str>,
    /// The issuer code (`TW`, `CP`, `UBND-VP`), when the symbol has one.
    pub issuer: Option<&'s str>,
}

fn is_code(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(char::is_alphanumeric)
        && s.chars().next().is_some_and(char::is_alphabetic)
}

impl Lexicon {
    /// See [`parse_symbol`].
    pub fn parse_symbol<'s>(&self, s: &'s str) -> Option<Symbol<'s>> {
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        let number = s.get(..digits)?;
        if number.is_empty() {
            return None;
        }
        let rest = s.get(digits..)?;
        if rest.is_empty() {
            return Some(Symbol {
                number,
                year: None,
                type_code: None,
                issuer: None,
            });
        }
        // Party style: 34-CT/TW.
        if let Some(r) = rest.strip_prefix('-') {
            let (code, issuer) = r.split_once('/')?;
            if is_code(code) && !issuer.is_empty() && issuer.split('-').all(is_code) {
                return Some(Symbol {
                    number,
                    year: None,
                    type_code: Some(code),
                    issuer: Some(issuer),
                });
            }
            return None;
        }
        // State style: 15/2023/NQ-HĐND, 1234/QĐ-UBND, 123/UBND-VP.
        let r = rest.strip_prefix('/')?;
        let (year, r) = match r.split_once('/') {
            Some((y, tail)) if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) => {
                (y.parse::<i32>().ok(), tail)
            }
            _ => (None, r),
        };
        if r.is_empty() || !r.split('-').all(is_code) {
            return None;
        }
        match r.split_once('-') {
            Some((code, issuer)) if self.doctypes_by_code(code).next().is_some() => Some(Symbol {
                number,
                year,
                type_code: Some(code),
                issuer: Some(issuer),
            }),
            _ if self.doctypes_by_code(r).next().is_some() => Some(Symbol {
                number,
                year,
                type_code: Some(r),
                issuer: None,
            }),
            _ => Some(Symbol {
                number,
                year,
                type_code: None,
                issuer: Some(r),
            }),
        }
    }

    /// The expansion of an issuer code (each part of `BTC-BNV`; the khóa of `QH14` dropped).
    pub(super) fn issuer_name(&self, issuer: &str) -> Option<String> {
        let mut names = Vec::new();
        for part in issuer.split('-') {
            let bare = part.trim_end_matches(|c: char| c.is_ascii_digit());
            names.push(self.issuer(part).or_else(|| self.issuer(bare))?);
        }
        Some(names.join(" - "))
    }
}
