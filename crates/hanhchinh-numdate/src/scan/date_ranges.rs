//! Ranges of days and years written in short: `ngày 2-3/9`, `từ ngày 1 đến 20/11`, `từ ngày 3
//! đến 4-12-2020`, `19 - 23/01/2026` (the first day shares the month and year of the second),
//! and `2020 - 2021`.

use hanhchinh_text::TokenKind;

use super::digits::{dm, shape, small, ymd, Shape};
use super::{Scan, Source};
use crate::{PartialDate, Value};

impl<'a, S: Source<'a>> Scan<'_, 'a, S> {
    /// A day `i` (a plain integer) that shares the month and year of the date after it:
    /// `từ ngày 1 đến 20/11`, `Từ ngày 1 đến ngày 19/11/2017`, `ngày 3 đến 4-12-2020`, `19 -
    /// 23/01/2026`, `02 - 06/5/2021`. Linked by `đến`/`tới` after `ngày`, or by a dash; the
    /// first day comes before the second.
    pub(super) fn shared_month_range(&mut self, i: usize) -> Option<usize> {
        let j = i + 1;
        let dash = self.is_dash(j) && self.near(j);
        let word = !dash && self.word_in(j, &["đến", "tới"]) && self.spaced(j);
        if !(dash || word) || self.tok(i)?.text().len() > 2 {
            return None;
        }
        let a = self.int(i).filter(|a| (1..=31).contains(a))?;
        let (first, cue) = self.date_prefix(i);
        // `ngày 1 đến 20/11` needs its `ngày` (or a part of the day: `từ đêm 27 đến sáng
        // 29/10`): `từ 1 đến 20/11` may be numbers.
        if !(dash || word && cue) {
            return None;
        }
        let mut k = j + 1;
        if word {
            // `từ đêm 27 đến sáng 29/10`.
            k = self.after_day_part(k);
        }
        if word && self.is_word(k, "ngày") && self.spaced(k) {
            k += 1;
        }
        if !self.near(k) {
            return None;
        }
        let t = self.tok(k).filter(|t| t.kind() == TokenKind::Number)?;
        let mut last = k;
        let (to, from) = match shape(t.text()) {
            // `từ ngày 1 đến ngày 5 tháng 8 năm 2024`: the second end written out.
            Shape::Plain
                if self.is_word(k + 1, "tháng")
                    && self.spaced(k + 1)
                    && self.spaced(k + 2)
                    && t.text().len() <= 2 =>
            {
                let d = self.int(k).filter(|d| (1..=31).contains(d))?;
                let m = self.int(k + 2).filter(|m| (1..=12).contains(m))?;
                last = k + 2;
                let year = (self.is_word(k + 3, "năm") && self.spaced(k + 3) && self.spaced(k + 4))
                    .then(|| self.year(k + 4))
                    .flatten();
                let to = match year {
                    Some(y) => {
                        last = k + 4;
                        PartialDate::ymd(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()?
                    }
                    None => self.infer(dm(d, m)?),
                };
                let from = dm(a, m)?;
                let from = match to.year() {
                    Some(y) => from.with_year(y).ok()?,
                    None => from,
                };
                (to, from)
            }
            Shape::Slash(p) | Shape::Dash(p) => match p.as_slice() {
                [d, m, y] if d.len() <= 2 && m.len() <= 2 && y.len() == 4 => {
                    let to = ymd(d, m, y)?;
                    let from = PartialDate::ymd(to.year()?, to.month()?, i8::try_from(a).ok()?);
                    (to, from.ok()?)
                }
                [d, m] if d.len() <= 2 && m.len() <= 2 => {
                    let to = self.infer(dm(small(d)?, small(m)?)?);
                    let from = dm(a, small(m)?)?;
                    let from = match to.year() {
                        Some(y) => from.with_year(y).ok()?,
                        None => from,
                    };
                    (to, from)
                }
                _ => return None,
            },
            _ => return None,
        };
        if to.day()? <= from.day()? {
            return None;
        }
        Some(self.push(first, last, Value::DateRange { from, to }, None))
    }

    /// Days listed after `ngày` that share the month (and year) of the date that ends the list:
    /// `các ngày 15, 16 và 17/11/2025`, `hai ngày 8 và 9/3` give a date for each listed day, in
    /// ascending order, the last day being a date of its own. Returns the token of that last
    /// date, which the scan reads next.
    pub(super) fn shared_month_list(&mut self, i: usize) -> Option<usize> {
        let (first, cue) = self.date_prefix(i);
        let listed = self.is_punct(i + 1, &[',']) || self.is_word(i + 1, "và");
        if !cue || first == i || !listed || self.tok(i)?.text().len() > 2 {
            return None;
        }
        // The listed days, then the date that ends the list.
        let mut days = vec![(i, self.int(i).filter(|d| (1..=31).contains(d))?)];
        let mut k = i + 1;
        let end = loop {
            let sep = (self.is_punct(k, &[',']) && self.near(k) || self.is_word(k, "và"))
                && self.spaced(k + 1);
            if !sep || days.len() > 8 {
                return None;
            }
            let t = self.tok(k + 1).filter(|t| t.kind() == TokenKind::Number)?;
            match shape(t.text()) {
                Shape::Plain if t.text().len() <= 2 && !self.is_word(k, "và") => {
                    days.push((k + 1, self.int(k + 1).filter(|d| (1..=31).contains(d))?));
                    k += 2;
                }
                Shape::Slash(p) | Shape::Dash(p) => break (k + 1, p),
                _ => return None,
            }
        };
        let (last, parts) = end;
        // The date that ends the list is read next, on its own.
        let to = match parts.as_slice() {
            [d, m, y] if d.len() <= 2 && m.len() <= 2 && y.len() == 4 => ymd(d, m, y)?,
            [d, m] if d.len() <= 2 && m.len() <= 2 => self.infer(dm(small(d)?, small(m)?)?),
            _ => return None,
        };
        let ascending = days.windows(2).all(|w| matches!(w, [a, b] if a.1 < b.1));
        if !ascending
            || days
                .last()
                .is_some_and(|&(_, d)| i8::try_from(d).ok() >= to.day())
        {
            return None;
        }
        // Whether the year of the list was inferred (each listed day's item says so).
        let inferred = self.inferred.replace(false);
        let month = u32::try_from(to.month()?).ok()?;
        // Every date first, so that a day that makes none pushes nothing.
        let mut dates = Vec::with_capacity(days.len());
        for &(tok, day) in &days {
            let date = dm(day, month)?;
            let date = match to.year() {
                Some(y) => date.with_year(y).ok()?,
                None => date,
            };
            dates.push((tok, date));
        }
        for (n, &(tok, value)) in dates.iter().enumerate() {
            self.inferred.set(inferred);
            self.push(
                if n == 0 { first } else { tok },
                tok,
                Value::Date { value },
                None,
            );
        }
        Some(last)
    }

    /// `ngày 2-3/9`, `2-3/9/2023`: two days of one month, a date range.
    pub(super) fn day_span(&mut self, i: usize) -> Option<usize> {
        let text = self.tok(i)?.text();
        let (days, rest) = text.split_once('/')?;
        let (d1, d2) = days.split_once('-')?;
        let mut parts = rest.split('/');
        let (m, y) = (parts.next()?, parts.next());
        if parts.next().is_some() || d1.len() > 2 || d2.len() > 2 || m.len() > 2 {
            return Some(i + 1);
        }
        let (a, b, mm) = (small(d1)?, small(d2)?, small(m)?);
        if a >= b {
            return Some(i + 1);
        }
        let (from, to) = match y {
            Some(y) if y.len() == 4 => (ymd(d1, m, y), ymd(d2, m, y)),
            Some(_) => return Some(i + 1),
            None => (
                dm(a, mm).map(|d| self.infer(d)),
                dm(b, mm).map(|d| self.infer(d)),
            ),
        };
        let (Some(from), Some(to)) = (from, to) else {
            return Some(i + 1);
        };
        let (first, _) = self.date_prefix(i);
        Some(self.push(first, i, Value::DateRange { from, to }, None))
    }

    /// A bare pair of years with spaces: `2020 - 2021`.
    pub(super) fn year_pair(&mut self, i: usize) -> Option<usize> {
        if let (Some(a), true) = (self.year(i), self.year_len4(i)) {
            if self.is_dash(i + 1) && self.near(i + 1) && self.near(i + 2) {
                if let Some(b) = self.year(i + 2).filter(|b| *b > a && b - a <= 100) {
                    if self.tok(i + 2).is_some_and(|t| t.text().len() == 4) {
                        let from = PartialDate::y(a).ok()?;
                        let to = PartialDate::y(b).ok()?;
                        return Some(self.push(i, i + 2, Value::DateRange { from, to }, None));
                    }
                }
            }
        }
        None
    }
}
