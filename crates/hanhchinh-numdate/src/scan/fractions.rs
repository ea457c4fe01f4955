//! Fractions: `30/31 chỉ tiêu`, `chiếm 1/3`, `12,6/19 tiêu chí`, `319.184/322.416`, `21/ 21`,
//! and fractions in words (`một phần tư`, `hai phần 3`, `2 phần 3`), with a `(1/4)` after them.

use hanhchinh_text::TokenKind;

use super::digits::{parse_plain, small};
use super::{Scan, Source};
use crate::words;
use crate::{Decimal, Value};

impl<'a, S: Source<'a>> Scan<'_, 'a, S> {
    /// The fraction `x/y` of one token `i`.
    pub(super) fn fraction(&mut self, i: usize, x: u32, y: u32) -> Option<usize> {
        let (x, y) = (
            Decimal::from_int(i64::from(x)),
            Decimal::from_int(i64::from(y)),
        );
        self.fraction_of(i, i, x, y)
    }

    /// A fraction item from token `first` to `last`.
    fn fraction_of(
        &mut self,
        first: usize,
        last: usize,
        numerator: Decimal,
        denominator: Decimal,
    ) -> Option<usize> {
        let v = Value::Fraction {
            numerator,
            denominator,
        };
        let approx = self.approx_before(first);
        Some(self.push(first, last, v, approx))
    }

    /// `12,6/19`, `319.184/322.416`: a slash between numbers written with a decimal comma or
    /// thousands groups, which no date has. A fraction when the numerator is at most the
    /// denominator.
    pub(super) fn grouped_fraction(&mut self, i: usize) -> Option<usize> {
        let (a, b) = self.tok(i)?.text().split_once('/')?;
        let (Ok(Some(x)), Ok(Some(y))) = (parse_plain(a), parse_plain(b)) else {
            return None;
        };
        let le = matches!(
            x.checked_cmp(&y),
            Some(std::cmp::Ordering::Less | std::cmp::Ordering::Equal)
        );
        (le && !is_zero(&y)).then(|| self.fraction_of(i, i, x, y))?
    }

    /// `21/ 21`, `21 /21`, `21 / 21` (integers `x <= y` around a stray-spaced slash), after no
    /// date word: a fraction.
    pub(super) fn spaced_fraction(&mut self, i: usize, x: Decimal) -> Option<usize> {
        let (s, j) = (i + 1, i + 2);
        if !self.is_punct(s, &['/']) || !self.near(s) || !self.near(j) {
            return None;
        }
        if self.glued(s) && self.glued(j) || self.date_prefix(i).1 {
            return None;
        }
        let t = self.tok(j).filter(|t| t.kind() == TokenKind::Number)?;
        let y = Decimal::from_int(i64::from(small(t.text())?));
        let le = matches!(
            x.checked_cmp(&y),
            Some(std::cmp::Ordering::Less | std::cmp::Ordering::Equal)
        );
        (x.is_integer() && le && !is_zero(&y)).then(|| self.fraction_of(i, j, x, y))?
    }

    /// A fraction in words after a numerator ending at token `last` (digits or number words
    /// from `first`): `phần` and a larger denominator (`một phần tư`, `hai phần ba`, `hai phần
    /// 3`, `2 phần 3`, `một phần mười`). `phần trăm` is a percent, not a denominator.
    pub(super) fn fraction_in_words(
        &mut self,
        first: usize,
        last: usize,
        numerator: Decimal,
    ) -> Option<usize> {
        let (p, d) = (last + 1, last + 2);
        if !(self.is_word(p, "phần") && self.spaced(p) && self.spaced(d) && numerator.is_integer())
        {
            return None;
        }
        let den = match self.tok(d)? {
            t if t.kind() == TokenKind::Number => small(t.text())?,
            t if t.kind() == TokenKind::Word => match &*self.key(d) {
                "tư" => 4,
                "mười" => 10,
                w => u32::from(words::unit(w)?),
            },
            _ => return None,
        };
        let den = Decimal::from_int(i64::from(den));
        if numerator.checked_cmp(&den) != Some(std::cmp::Ordering::Less) || is_zero(&numerator) {
            return None;
        }
        self.fraction_of(first, d, numerator, den)
    }

    /// `(1/4)` written right after a fraction in words (`một phần tư (1/4)`): the same
    /// fraction in figures, never a date.
    pub(super) fn after_fraction(&self, i: usize) -> bool {
        let Some(open) = i.checked_sub(1) else {
            return false;
        };
        let Some(Value::Fraction { .. }) = self.items.last().map(|it| &it.value) else {
            return false;
        };
        let item_end = self.items.last().map_or(0, |it| it.end);
        self.is_punct(open, &['(']) && self.glued(i) && {
            let before = open.checked_sub(1).and_then(|b| self.tok(b));
            before.is_some_and(|b| b.end() == item_end) && self.near(open)
        }
    }
}

fn is_zero(d: &Decimal) -> bool {
    d.checked_cmp(&Decimal::ZERO) == Some(std::cmp::Ordering::Equal)
}
