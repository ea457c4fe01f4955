//! Numeric ranges: `từ 3 đến 5`, `3 - 5%`, `12-17 tuổi`, `70-150mm`, `từ 40 năm đến 60 năm`,
//! with the scale words and the unit that apply to both ends.

use hanhchinh_text::TokenKind;

use super::digits::{parse_plain, shape};
use super::{Scan, Source};
use crate::words;
use crate::{Decimal, Value};

impl<'a, S: Source<'a>> Scan<'_, 'a, S> {
    /// A numeric range from `first` to `last`, then scale words and a unit that apply to both.
    pub(super) fn range_tail(
        &mut self,
        first: usize,
        last: usize,
        from: Decimal,
        to: Decimal,
    ) -> Option<usize> {
        let approx = self.approx_before(first);
        let (mut j, mut exp) = (last + 1, 0u32);
        while self.spaced(j) && self.tok(j).is_some_and(|t| t.kind() == TokenKind::Word) {
            match words::scale(&self.key(j)) {
                Some(s) => {
                    exp += s;
                    j += 1;
                }
                None => break,
            }
        }
        let (Some(from), Some(to)) = (from.checked_mul_pow10(exp), to.checked_mul_pow10(exp))
        else {
            return self.overflowed(first);
        };
        let (unit, last, end) = match self.unit_at(j) {
            Some(u) => (Some(u.code), u.last, u.end),
            None => (None, j - 1, self.tok(j - 1)?.end()),
        };
        Some(self.push_to(first, end, last, Value::Range { from, to, unit }, approx))
    }

    /// `62.000-65.000`, `1,2-1,5`: a dash between numbers written with thousands groups or a
    /// decimal comma, which no date has; a range when the first is below the second. A number
    /// that opens with a zero (`0912.345-678`, a telephone) is none.
    pub(super) fn grouped_range(&mut self, i: usize) -> Option<usize> {
        let (a, b) = self.tok(i)?.text().split_once('-')?;
        let leading_zero = |s: &str| s.len() > 1 && s.starts_with('0') && !s.starts_with("0,");
        if leading_zero(a) || leading_zero(b) {
            return None;
        }
        let (Ok(Some(x)), Ok(Some(y))) = (parse_plain(a), parse_plain(b)) else {
            return None;
        };
        let less = matches!(x.checked_cmp(&y), Some(std::cmp::Ordering::Less));
        less.then(|| self.range_tail(i, i, x, y))?
    }

    /// A numeric range anchored at the value `value` read from tokens `i..=last`: `từ 3 đến 5`
    /// (after the free word `prev_key` = `từ`), `3 - 5%`.
    pub(super) fn plain_range(
        &mut self,
        i: usize,
        last: usize,
        value: Decimal,
        prev_key: &str,
    ) -> Option<usize> {
        // Ranges: từ 3 đến 5, 3 - 5%
        if prev_key == "từ"
            && self.word_in(last + 1, &["đến", "tới"])
            && self.spaced(last + 1)
            && self.spaced(last + 2)
        {
            if let Some(Ok(Some(to))) = self
                .tok(last + 2)
                .filter(|t| t.kind() == TokenKind::Number && shape(t.text()).is_plain())
                .map(|t| parse_plain(t.text()))
            {
                return self.range_tail(i - 1, last + 2, value, to);
            }
        }
        // từ 40 năm đến 60 năm, từ 3 km đến 5 km: the same noun or unit after both ends.
        if prev_key == "từ"
            && self
                .tok(last + 1)
                .is_some_and(|t| t.kind() == TokenKind::Word)
            && self.word_in(last + 2, &["đến", "tới"])
            && (1..=4).all(|k| self.spaced(last + k))
            && self.key(last + 1) == self.key(last + 4)
        {
            if let Some(Ok(Some(to))) = self
                .tok(last + 3)
                .filter(|t| t.kind() == TokenKind::Number && shape(t.text()).is_plain())
                .map(|t| parse_plain(t.text()))
            {
                if value.checked_cmp(&to) == Some(std::cmp::Ordering::Less) {
                    let unit = self.unit_at(last + 1).filter(|u| u.last == last + 1);
                    let value = Value::Range {
                        from: value,
                        to,
                        unit: unit.map(|u| u.code),
                    };
                    let approx = self.approx_before(i - 1);
                    return Some(self.push(i - 1, last + 4, value, approx));
                }
            }
        }
        // 3 - 5%, 70-150mm (the tokenizer splits a range glued to its unit), 30–60mm.
        let spaced = self.spaced(last + 1) && self.spaced(last + 2);
        let glued = self.glued(last + 1) && self.glued(last + 2);
        if self.is_dash(last + 1) && (spaced || glued) {
            if let Some(Ok(Some(to))) = self
                .tok(last + 2)
                .filter(|t| t.kind() == TokenKind::Number && shape(t.text()).is_plain())
                .map(|t| parse_plain(t.text()))
            {
                // The second end may have a broken thousands group too (`70 . 000 - 150 . 000`).
                let (to, to_last) = match self.broken_group(last + 2, to) {
                    (Some(v), k) => (v, k),
                    (None, _) => (to, last + 2),
                };
                if value.checked_cmp(&to) == Some(std::cmp::Ordering::Less) {
                    return self.range_tail(i, to_last, value, to);
                }
            }
        }
        None
    }
}
