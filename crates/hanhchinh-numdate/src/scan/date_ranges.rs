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
    /// 23/01/2026`, `02 - 06/5/2021`, `đêm 4 rạng sáng 5/12`. Linked by `đến`/`tới` (or
    /// `rạng`, dawn of) after `ngày` or a part of the day, or by a dash; the first day comes
    /// before the second.
    pub(super) fn shared_month_range(&mut self, i: usize) -> Option<usize> {
        // `đêm 4 rạng sáng 5/12`, `Đêm 30, rạng sáng 31/12`: the night of one day into the
        // dawn of the next.
        let comma_dawn = self.is_punct(i + 1, &[',']) && self.is_word(i + 2, "rạng");
        let j = if comma_dawn { i + 2 } else { i + 1 };
        let dash = self.is_dash(j) && self.near(j);
        let dawn = self.is_word(j, "rạng") && self.is_word(j + 1, "sáng");
        let word = !dash && (self.word_in(j, &["đến", "tới"]) || dawn) && self.spaced(j);
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

    /// Months or quarters listed before the one that carries the year, which they share:
    /// `tháng 9 và tháng 10/2025`, `các tháng 9, 10 và 11/2025`, `quý I và quý II/2025`, `quý
    /// I, II năm 2025`. Token `i` is the first numeral, after its `tháng` or `quý`; every item
    /// gets a date of the year written last (in ascending order, at most twelve items).
    /// Returns the token after the list.
    pub(super) fn shared_year_list(&mut self, i: usize, quarter: bool) -> Option<usize> {
        let unit_word: &[&str] = if quarter {
            &["quý", "quí"]
        } else {
            &["tháng"]
        };
        let (first, year) = self.list_item(i, quarter)?;
        if year.is_some() {
            return None;
        }
        let mut items = vec![(i.checked_sub(1)?, i, first)];
        let mut k = i + 1;
        let (y, last) = loop {
            let sep = (self.is_punct(k, &[',']) && self.near(k) || self.is_word(k, "và"))
                && self.spaced(k + 1);
            if !sep || items.len() >= 12 {
                return None;
            }
            let start = k + 1;
            let mut n = start;
            if self.word_in(n, unit_word) && self.spaced(n + 1) {
                n += 1;
            }
            let (v, year) = self.list_item(n, quarter)?;
            match year {
                Some((y, last)) => {
                    items.push((start, last, v));
                    break (y, last);
                }
                None => {
                    items.push((start, n, v));
                    k = n + 1;
                }
            }
        };
        // Across the turn of the year (`tháng 12 và tháng 1/2026`, `quý IV và quý I/2026`: the
        // end of a year, then the start of the next, once), the items before the turn are of
        // the year before; any other order keeps the one year.
        let (late, early) = if quarter { (4, 1) } else { (10, 3) };
        let descents = items
            .windows(2)
            .filter(|w| matches!(w, [a, b] if a.2 >= b.2));
        let turn = match items
            .windows(2)
            .position(|w| matches!(w, [a, b] if a.2 >= b.2))
        {
            Some(t) if descents.count() == 1 => items
                .get(t)
                .zip(items.get(t + 1))
                .is_some_and(|(a, b)| a.2 >= late && b.2 <= early)
                .then_some(t),
            _ => None,
        };
        let dates = items
            .iter()
            .enumerate()
            .map(|(n, &(start, end, v))| {
                let y = if turn.is_some_and(|t| n <= t) {
                    y - 1
                } else {
                    y
                };
                let value = if quarter {
                    PartialDate::yq(y, v).ok()?
                } else {
                    PartialDate::ym(y, v).ok()?
                };
                Some((start, end, value))
            })
            .collect::<Option<Vec<_>>>()?;
        for (start, end, value) in dates {
            self.inferred.set(false);
            self.push(start, end, Value::Date { value }, None);
        }
        Some(last + 1)
    }

    /// A month (1 to 12) or a quarter (1 to 4, or `I` to `IV`) at token `k`, and the year
    /// written with it, if any, with the token where it ends: `10/2025`, `10 / 2025`, `II/2025`,
    /// `10 năm 2025`.
    fn list_item(&self, k: usize, quarter: bool) -> Option<(i8, Option<(i16, usize)>)> {
        let t = self.tok(k)?;
        let (numeral, year) = match t.text().split_once('/') {
            Some((a, y)) if y.len() == 4 => (a, Some((i16::try_from(small(y)?).ok()?, k))),
            Some(_) => return None,
            None => (t.text(), None),
        };
        let v = match numeral.bytes().next()? {
            b'0'..=b'9' if numeral.len() <= 2 => small(numeral)?,
            b'I' | b'V' if quarter => u32::from(crate::words::roman(numeral)?),
            _ => return None,
        };
        let max = if quarter { 4 } else { 12 };
        if !(1..=max).contains(&v) {
            return None;
        }
        let v = i8::try_from(v).ok()?;
        let year = year.or_else(|| {
            let slash = self.is_punct(k + 1, &['/']) && self.near(k + 1) && self.near(k + 2);
            let nam = self.is_word(k + 1, "năm") && self.spaced(k + 1) && self.spaced(k + 2);
            (slash || nam)
                .then(|| self.year(k + 2).filter(|_| self.year_len4(k + 2)))
                .flatten()
                .map(|y| (y, k + 2))
        });
        Some((v, year))
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
