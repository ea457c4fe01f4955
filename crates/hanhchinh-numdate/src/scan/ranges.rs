//! Numeric ranges: `từ 3 đến 5`, `3 - 5%`, `12-17 tuổi`, with the scale words and the unit
//! that apply to both ends.

use hanhchinh_text::TokenKind;

use super::digits::{parse_plain, shape};
use super::Scan;
use crate::words;
use crate::{Decimal, Value};

impl Scan<'_, '_> {
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
        let (unit, end) = match self.unit_at(j) {
            Some((code, _, end)) => (Some(code), end),
            None => (None, j - 1),
        };
        Some(self.push(first, end, Value::Range { from, to, unit }, approx))
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
        if self.is_dash(last + 1) && self.spaced(last + 1) && self.spaced(last + 2) {
            if let Some(Ok(Some(to))) = self
                .tok(last + 2)
                .filter(|t| t.kind() == TokenKind::Number && shape(t.text()).is_plain())
                .map(|t| parse_plain(t.text()))
            {
                if value.checked_cmp(&to) == Some(std::cmp::Ordering::Less) {
                    return self.range_tail(i, last + 2, value, to);
                }
            }
        }
        None
    }
}
