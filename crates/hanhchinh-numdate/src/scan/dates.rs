//! Dates, date ranges and lunar years: `18/05/2023`, `ngày 18/5`, `tháng 12/2022`,
//! `ngày 11 tháng 6 năm 1948`, `17 - 3 - 2004`, `15.3.2023`, `quý I/2023`, `11/6/1948 - 11/6/2023`,
//! `ngày 2-3/9`, `Tết Giáp Thìn`; and the choice between a day-month, a fraction and a range.

use hanhchinh_text::TokenKind;

use super::cues::{AFTER_DATE_WORDS, CAN, CHI, DATE_CUES, DAY_PARTS, FRACTION_CUES};
use super::digits::{dm, shape, small, ymd, Shape};
use super::{Scan, Source};
use crate::{Decimal, PartialDate, Value};

impl<'a, S: Source<'a>> Scan<'_, 'a, S> {
    /// A date word right before token `i`: returns the first token of the span (the `ngày`,
    /// `tháng` or `năm` itself when it belongs in the span) and whether a cue was there.
    pub(super) fn date_prefix(&self, i: usize) -> (usize, bool) {
        let Some(p) = i.checked_sub(1) else {
            return (i, false);
        };
        if !self.free_before(p) || !self.spaced(i) {
            return (i, false);
        }
        match self.word_match(p, DATE_CUES) {
            Some("ngày" | "mùng" | "mồng") => (p, true),
            Some(_) => (i, true),
            // `Sáng nay 5-8`, `hôm nay 12/9`: a part of the day (or `hôm`) and `nay`.
            None if self.is_word(p, "nay")
                && p > 0
                && self.spaced(p)
                && self.word_in(p - 1, DATE_CUES) =>
            {
                (i, true)
            }
            None => (i, false),
        }
    }

    /// `18/05/2023`, `18/5`, `12/2022`, `30/31`.
    pub(super) fn slash(&mut self, i: usize, parts: &[&str]) -> Option<usize> {
        let (first, cue) = self.date_prefix(i);
        match parts {
            [d, m, y] if d.len() <= 2 && m.len() <= 2 && y.len() == 4 => {
                let date = ymd(d, m, y);
                let Some(date) = date else { return Some(i + 1) };
                Some(self.date_then_range(first, i, date))
            }
            [m, y] if m.len() <= 2 && y.len() == 4 => {
                let (mm, yy) = (small(m)?, small(y)?);
                if self.word_in(i.checked_sub(1)?, &["quý", "quí"])
                    && self.spaced(i)
                    && (1..=4).contains(&mm)
                {
                    return self.quarter(i - 1, i, mm, yy);
                }
                let date = PartialDate::ym(i16::try_from(yy).ok()?, i8::try_from(mm).ok()?).ok();
                let Some(date) = date else {
                    return self.fraction(i, small(m)?, small(y)?);
                };
                let first =
                    if self.is_word(i - 1, "tháng") && self.free_before(i - 1) && self.spaced(i) {
                        i - 1
                    } else {
                        first
                    };
                Some(self.date_then_range(first, i, date))
            }
            [a, b] if a.len() <= 2 && b.len() <= 2 => {
                let (x, y) = (small(a)?, small(b)?);
                let dm = dm(x, y);
                // `một phần tư (1/4)`: the fraction again, in figures.
                if x < y && self.after_fraction(i) {
                    return self.fraction(i, x, y);
                }
                if cue {
                    if let Some(d) = dm {
                        let d = self.infer(d);
                        return Some(self.date_then_range(first, i, d));
                    }
                    return Some(i + 1);
                }
                let noun_after = self.spaced(i + 1)
                    && self.tok(i + 1).is_some_and(|t| t.kind() == TokenKind::Word)
                    && !self.cap(i + 1)
                    && !self.word_in(i + 1, AFTER_DATE_WORDS);
                let fraction_cue = i > 0 && self.spaced(i) && self.word_in(i - 1, FRACTION_CUES);
                if x <= y && y > 0 && (dm.is_none() || noun_after || fraction_cue) {
                    return self.fraction(i, x, y);
                }
                match dm {
                    Some(d) => {
                        let d = self.infer(d);
                        Some(self.date_then_range(first, i, d))
                    }
                    None => Some(i + 1),
                }
            }
            [a, b] => {
                let (x, y) = (small(a)?, small(b)?);
                if let Some(next) = self.slashed_years(i, (a, x), (b, y)) {
                    return Some(next);
                }
                (x <= y && y > 0).then(|| self.fraction(i, x, y))?
            }
            _ => Some(i + 1),
        }
    }

    /// `2024/2025` (`năm học 2024/2025`, `niên vụ 2024/2025`, `mùa giải 2024/2025`): a year
    /// and the next one joined by a slash are the two calendar years of a school, crop,
    /// fiscal or sports year, a range of years; not when a count noun follows (`2024/2025
    /// người`, 2,024 of 2,025 people) or a word that asks for a fraction precedes (`tỷ lệ`).
    fn slashed_years(
        &mut self,
        i: usize,
        (a, x): (&str, u32),
        (b, y): (&str, u32),
    ) -> Option<usize> {
        let years = a.len() == 4 && b.len() == 4 && (1000..=2999).contains(&x) && y == x + 1;
        let counted = self.count_noun_at(i + 1)
            || (i > 0 && self.spaced(i) && self.word_in(i - 1, FRACTION_CUES));
        if !years || counted {
            return None;
        }
        self.year_range(i, x, y)
    }

    /// The range of years `x` to `y` written in token `i` (`2021-2025`, `2024/2025`), with the
    /// `năm` before it in its span.
    fn year_range(&mut self, i: usize, x: u32, y: u32) -> Option<usize> {
        let from = PartialDate::y(i16::try_from(x).ok()?).ok()?;
        let to = PartialDate::y(i16::try_from(y).ok()?).ok()?;
        let first = match i.checked_sub(1) {
            Some(p) if self.is_word(p, "năm") && self.free_before(p) && self.spaced(i) => p,
            _ => i,
        };
        Some(self.push(first, i, Value::DateRange { from, to }, None))
    }

    /// `quý I/2023`, `quý 2 năm 2023`: a quarter of a year (`2023-Q1`).
    pub(super) fn quarter(
        &mut self,
        first: usize,
        last: usize,
        q: u32,
        year: u32,
    ) -> Option<usize> {
        let y = i16::try_from(year).ok()?;
        let q = i8::try_from(q).ok()?;
        let value = PartialDate::yq(y, q).ok()?;
        Some(self.push(first, last, Value::Date { value }, None))
    }

    /// `17-1`, `18-5-2023`, `12-17`, `2021-2025`.
    pub(super) fn dash(&mut self, i: usize, parts: &[&str]) -> Option<usize> {
        let (first, cue) = self.date_prefix(i);
        match parts {
            // ISO 8601 (`2023-03-31`, page timestamps).
            [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
                let Some(date) = ymd(d, m, y) else {
                    return Some(i + 1);
                };
                Some(self.date_then_range(first, i, date))
            }
            [d, m, y] if d.len() <= 2 && m.len() <= 2 && y.len() == 4 => {
                let Some(date) = ymd(d, m, y) else {
                    return Some(i + 1);
                };
                Some(self.date_then_range(first, i, date))
            }
            [m, y] if m.len() <= 2 && y.len() == 4 && self.month_or_quarter_before(i) => {
                let (mm, yy) = (small(m)?, small(y)?);
                let p = i - 1;
                if self.word_in(p, &["quý", "quí"]) {
                    return (1..=4).contains(&mm).then(|| self.quarter(p, i, mm, yy))?;
                }
                let date = PartialDate::ym(i16::try_from(yy).ok()?, i8::try_from(mm).ok()?).ok()?;
                Some(self.date_then_range(p, i, date))
            }
            [a, b] => {
                let (x, y) = (small(a)?, small(b)?);
                let dm = if a.len() <= 2 && b.len() <= 2 {
                    dm(x, y)
                } else {
                    None
                };
                if cue {
                    if let Some(d) = dm {
                        let d = self.infer(d);
                        return Some(self.date_then_range(first, i, d));
                    }
                }
                if self.is_score(i) {
                    return Some(i + 1);
                }
                if a.len() == 4
                    && b.len() == 4
                    && (1000..=2999).contains(&x)
                    && x < y
                    && y - x <= 100
                {
                    return self.year_range(i, x, y);
                }
                if x < y {
                    let from = Decimal::from_int(i64::from(x));
                    let to = Decimal::from_int(i64::from(y));
                    return self.range_tail(i, i, from, to);
                }
                match dm {
                    Some(d) => {
                        let d = self.infer(d);
                        Some(self.date_then_range(first, i, d))
                    }
                    None => Some(i + 1),
                }
            }
            _ => Some(i + 1),
        }
    }

    /// Whether `a-b` at token `i` is the score of a match: after `tỷ số`, or after a verb of
    /// winning, losing or drawing and the team beaten (`thắng Thái Lan 2-1`, `hòa 1-1`; not
    /// `chiến thắng 30-4`, the victory of 30 April).
    fn is_score(&self, i: usize) -> bool {
        let Some(mut p) = i.checked_sub(1) else {
            return false;
        };
        let mut team = 0;
        while team < 4 && p > 0 && self.cap_word(p) && self.spaced(p + 1) {
            p -= 1;
            team += 1;
        }
        let tally = self.is_word(p, "số") && p > 0 && self.word_in(p - 1, &["tỷ", "tỉ"]);
        let result = self.word_in(p, &["thắng", "thua", "hòa", "hoà"])
            && !(p > 0 && self.is_word(p - 1, "chiến"));
        self.spaced(p + 1) && (tally || result)
    }

    /// Dates written with a dot in a number token that reads as a decimal: `Sáng 28.5`, `hôm
    /// 10.4`, `Ngày 3.10` (a day and month, after a date word) and `tháng 5.2020` (a month and
    /// year, after `tháng`).
    pub(super) fn dotted_partial(&mut self, i: usize, prev_key: &str) -> Option<usize> {
        let (a, b) = self.tok(i)?.text().split_once('.')?;
        if a.is_empty() || a.len() > 2 || !a.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        if prev_key == "tháng" && b.len() == 4 {
            let (m, y) = (
                i8::try_from(small(a)?).ok()?,
                i16::try_from(small(b)?).ok()?,
            );
            let date = PartialDate::ym(y, m).ok()?;
            return Some(self.date_then_range(i - 1, i, date));
        }
        let (first, cue) = self.date_prefix(i);
        if !cue || b.is_empty() || b.len() > 2 {
            return None;
        }
        let date = self.infer(dm(small(a)?, small(b)?)?);
        Some(self.date_then_range(first, i, date))
    }

    /// A year written alone after words that compare or bound periods: `so với 2021`, `cùng
    /// kỳ 2022`, `đầu 2026`, `cuối 2024`, `giữa 2023`, `hết 2025`, `trước 2020`, `sau 2030`;
    /// the year of a new year's festival (`Tết Nguyên đán 2025`, `Xuân 2026`); and a year of
    /// birth after `SN` (sinh năm: `Nguyễn Văn A (SN 1985)`).
    /// Four digits from 1900 to 2100, and no count noun or unit after it (`so với 2021 người` is
    /// a count).
    pub(super) fn context_year(&mut self, i: usize) -> Option<usize> {
        let y = self
            .year(i)
            .filter(|y| (1900..=2100).contains(y) && self.year_len4(i))?;
        let p = i
            .checked_sub(1)
            .filter(|&p| self.free_before(p) && self.spaced(i))?;
        let pair = |a: &'static str, b: &'static str| {
            self.is_word(p, b) && p > 0 && self.spaced(p) && self.is_word(p - 1, a)
        };
        // The next item of a list of years (`các năm 2019, 2020 và 2021`): a comma or `và`
        // right after a year just read.
        let listed = (self.is_punct(p, &[',']) || self.is_word(p, "và"))
            && p.checked_sub(1)
                .and_then(|q| self.tok(q))
                .zip(self.items.last())
                .is_some_and(|(q, last)| {
                    last.end == q.end()
                        && matches!(last.value, Value::Date { value } if value.year().is_some()
                            && value.month().is_none())
                });
        // `SN 1985`: sinh năm, the year of birth of court and police reports.
        let born = self.tok(p).is_some_and(|t| t.text() == "SN");
        // `giá so sánh 2010`: the base year of constant prices in statistics. `Tết 2025`, `Tết
        // Nguyên đán 2025`, `Tết cổ truyền 2025`, `Xuân 2026`: the new year's festival of a year.
        let cue = pair("so", "với")
            || pair("cùng", "kỳ")
            || pair("so", "sánh")
            || pair("nguyên", "đán")
            || pair("cổ", "truyền")
            || listed
            || born
            || self.word_in(
                p,
                &["đầu", "cuối", "giữa", "hết", "trước", "sau", "tết", "xuân"],
            );
        if !cue {
            return None;
        }
        if self.count_noun_at(i + 1) || self.unit_at(i + 1).is_some() {
            return None;
        }
        let date = PartialDate::y(y).ok()?;
        Some(self.date_then_range(i, i, date))
    }

    /// A date item from `first` to `last`, extended to a date range when `-` or `đến` and
    /// another date follow.
    pub(super) fn date_then_range(
        &mut self,
        first: usize,
        last: usize,
        date: PartialDate,
    ) -> usize {
        let first_inferred = self.inferred.get();
        if let Some((to, end)) = self.range_end_date(last + 1, &date) {
            // A first end whose year was only inferred takes the year of the second end
            // (`5/11 đến 7/11/2025` with a reference date in another year).
            let date = match (first_inferred, date.month(), date.day()) {
                (true, Some(m), Some(d)) => PartialDate::md(m, d).unwrap_or(date),
                (true, Some(m), None) => PartialDate::m(m).unwrap_or(date),
                _ => date,
            };
            // `từ ngày ... đến ngày ...`: `từ` stays out of the span, the range is one item.
            let from = with_year_of(date, &to);
            return self.push(first, end, Value::DateRange { from, to }, None);
        }
        self.push(first, last, Value::Date { value: date }, None)
    }

    /// The token after a part of the day at `k` (`sáng`, `chiều`, … : `đến sáng 29/10`), or
    /// `k` when none is written there.
    pub(super) fn after_day_part(&self, k: usize) -> usize {
        if self.word_in(k, DAY_PARTS) && self.spaced(k) && self.spaced(k + 1) {
            k + 1
        } else {
            k
        }
    }

    /// After a date ending before token `j`: `- 11/6/2023`, `đến ngày 5/3/2023`, `- 2021`.
    pub(super) fn range_end_date(
        &self,
        j: usize,
        from: &PartialDate,
    ) -> Option<(PartialDate, usize)> {
        let link = self.is_dash(j) || self.word_in(j, &["đến", "tới"]);
        if !link || !self.near(j) {
            return None;
        }
        let mut k = j + 1;
        // `đến hết ngày 31/5/2023`: "until the end of".
        if self.word_in(j, &["đến", "tới"]) && self.is_word(k, "hết") && self.spaced(k) {
            k += 1;
        }
        // `đến sáng 29/10`, `đến chiều ngày 7/11`: the part of the day the range ends in.
        if from.day().is_some() {
            k = self.after_day_part(k);
        }
        if self.word_in(k, &["ngày", "năm", "tháng"]) && self.spaced(k) {
            k += 1;
        }
        if !self.near(k) {
            return None;
        }
        let t = self.tok(k)?;
        if t.kind() != TokenKind::Number {
            return None;
        }
        let to = match shape(t.text()) {
            Shape::Slash(p) | Shape::Dash(p) => match p.as_slice() {
                [d, m, y] if y.len() == 4 => ymd(d, m, y)?,
                [m, y] if y.len() == 4 && from.day().is_none() => PartialDate::ym(
                    i16::try_from(small(y)?).ok()?,
                    i8::try_from(small(m)?).ok()?,
                )
                .ok()?,
                [d, m] if from.day().is_some() && from.date().is_none() || self.inferred.get() => {
                    self.infer(dm(small(d)?, small(m)?)?)
                }
                _ => return None,
            },
            // `đến ngày 5 tháng 4 năm 2015`, `đến ngày 5 tháng 4`.
            Shape::Plain if from.day().is_some() && self.is_word(k + 1, "tháng") => {
                let d = i8::try_from(self.int(k).filter(|d| (1..=31).contains(d))?).ok()?;
                let m = i8::try_from(self.int(k + 2).filter(|m| (1..=12).contains(m))?).ok()?;
                if !(self.spaced(k + 1) && self.spaced(k + 2)) {
                    return None;
                }
                if self.is_word(k + 3, "năm") && self.spaced(k + 3) && self.spaced(k + 4) {
                    let y = self.year(k + 4)?;
                    return Some((PartialDate::ymd(y, m, d).ok()?, k + 4));
                }
                if from.date().is_some() && !self.inferred.get() {
                    return None;
                }
                return Some((self.infer(PartialDate::md(m, d).ok()?), k + 2));
            }
            // `tháng 5 đến tháng 8 năm 2025`: a month, its year written or known from the
            // reference date.
            Shape::Plain
                if from.day().is_none()
                    && from.month().is_some()
                    && k > j + 1
                    && self.is_word(k - 1, "tháng") =>
            {
                let m = i8::try_from(self.int(k).filter(|m| (1..=12).contains(m))?).ok()?;
                if self.is_word(k + 1, "năm") && self.spaced(k + 1) && self.spaced(k + 2) {
                    let y = self.year(k + 2)?;
                    return Some((PartialDate::ym(y, m).ok()?, k + 2));
                }
                if !self.inferred.get() {
                    return None;
                }
                return Some((self.infer(PartialDate::m(m).ok()?), k));
            }
            Shape::Plain if from.month().is_none() => {
                let y = self.year(k)?;
                if y <= from.year()? {
                    return None;
                }
                PartialDate::y(y).ok()?
            }
            _ => return None,
        };
        Some((to, k))
    }

    /// A free `tháng`, `quý` or `quí` right before token `i`.
    pub(super) fn month_or_quarter_before(&self, i: usize) -> bool {
        i.checked_sub(1).is_some_and(|p| {
            self.free_before(p) && self.spaced(i) && self.word_in(p, &["tháng", "quý", "quí"])
        })
    }

    /// A 4-digit number token.
    pub(super) fn year_len4(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.text().len() == 4)
    }

    /// Dates written with spaced dashes, anchored at the plain integer `i`: `17 - 3 - 2004`
    /// (any context), `9 - 8` after a date word (`Sáng 9 - 8`).
    pub(super) fn spaced_dash_date(&mut self, i: usize) -> Option<usize> {
        let a = self.int(i)?;
        if !(self.is_dash(i + 1) && self.near(i + 1) && self.near(i + 2)) {
            return None;
        }
        let b = self
            .int(i + 2)
            .filter(|_| self.tok(i + 2).is_some_and(|t| t.text().len() <= 4))?;
        if self.tok(i).is_some_and(|t| t.text().len() > 2) || !(1..=12).contains(&b) {
            return None;
        }
        let (first, cue) = self.date_prefix(i);
        if self.is_dash(i + 3) && self.near(i + 3) && self.near(i + 4) && self.year_len4(i + 4) {
            if let Some(y) = self.year(i + 4) {
                let date = PartialDate::ymd(y, i8::try_from(b).ok()?, i8::try_from(a).ok()?).ok();
                return match date {
                    Some(d) => Some(self.date_then_range(first, i + 4, d)),
                    None => Some(i + 5),
                };
            }
        }
        if cue {
            let d = self.infer(dm(a, b)?);
            return Some(self.date_then_range(first, i + 2, d));
        }
        None
    }

    /// The dates anchored at the plain integer `i` (`năm 2022`, `tháng 12 năm 2022`,
    /// `quý 2 năm 2023`, `17 - 3 - 2004`, `11 tháng 6 năm 1948`, `6 tháng đầu năm 2023`), after
    /// the free word `prev_key` of `Scan::plain`'s list (or `""`).
    pub(super) fn plain_date(&mut self, i: usize, prev_key: &str) -> Option<usize> {
        // năm 2022, năm 2020 - 2021, từ năm 2020 đến năm 2021
        if prev_key == "năm" {
            if let Some(y) = self.year(i) {
                let date = PartialDate::y(y).ok()?;
                return Some(self.date_then_range(i - 1, i, date));
            }
        }
        // tháng 12 năm 2022, tháng 5
        if prev_key == "tháng" {
            if let Some(m) = self.int(i).filter(|m| (1..=12).contains(m)) {
                let m = i8::try_from(m).ok()?;
                if self.is_word(i + 1, "năm") && self.spaced(i + 1) && self.spaced(i + 2) {
                    if let Some(y) = self.year(i + 2) {
                        let d = PartialDate::ym(y, m).ok()?;
                        return Some(self.date_then_range(i - 1, i + 2, d));
                    }
                }
                let dash_year = self.is_dash(i + 1) && self.near(i + 1) && self.near(i + 2);
                if let Some(y) = self
                    .year(i + 2)
                    .filter(|_| dash_year && self.year_len4(i + 2))
                {
                    let d = PartialDate::ym(y, m).ok()?;
                    return Some(self.date_then_range(i - 1, i + 2, d));
                }
                // `tháng 9 và tháng 10/2025`: the year written with the last of a list.
                if let Some(next) = self.shared_year_list(i, false) {
                    return Some(next);
                }
                let d = self.infer(PartialDate::m(m).ok()?);
                return Some(self.date_then_range(i - 1, i, d));
            }
        }
        // quý 2 năm 2023
        if prev_key == "quý" || prev_key == "quí" {
            if let Some(q) = self.int(i).filter(|q| (1..=4).contains(q)) {
                let linked = (self.is_word(i + 1, "năm") && self.spaced(i + 1))
                    || (self.is_dash(i + 1) || self.is_punct(i + 1, &['/'])) && self.near(i + 1);
                if linked && self.near(i + 2) {
                    if let Some(y) = self.year(i + 2).filter(|_| self.year_len4(i + 2)) {
                        return self.quarter(i - 1, i + 2, q, u32::try_from(y).ok()?);
                    }
                }
                if let Some(next) = self.shared_year_list(i, true) {
                    return Some(next);
                }
            }
        }
        // từ ngày 1 đến 20/11, 19 - 23/01/2026 (the first day shares the second's month); các
        // ngày 15, 16 và 17/11/2025 (each day shares the last one's month)
        if let Some(next) = self
            .shared_month_range(i)
            .or_else(|| self.shared_month_list(i))
        {
            return Some(next);
        }
        // so với 2021, đầu 2026
        if let Some(next) = self.context_year(i) {
            return Some(next);
        }
        // 17 - 3 - 2004, Sáng 9 - 8 (dates written with spaced dashes)
        if let Some(next) = self.spaced_dash_date(i) {
            return Some(next);
        }
        // (ngày) 11 tháng 6 (năm 1948)
        if let Some(d) = self.int(i).filter(|d| (1..=31).contains(d)) {
            if self.is_word(i + 1, "tháng") && self.spaced(i + 1) && self.spaced(i + 2) {
                if let Some(m) = self.int(i + 2).filter(|m| (1..=12).contains(m)) {
                    let (first, _) = self.date_prefix(i);
                    if self.is_word(i + 3, "năm") && self.spaced(i + 3) && self.spaced(i + 4) {
                        if let Some(y) = self.year(i + 4) {
                            return match PartialDate::ymd(y, m as i8, d as i8) {
                                Ok(date) => Some(self.date_then_range(first, i + 4, date)),
                                Err(_) => Some(i + 5),
                            };
                        }
                    }
                    // `19 Tháng 8, 2025` (the order of English dates, on web pages).
                    if self.is_punct(i + 3, &[',']) && self.glued(i + 3) && self.spaced(i + 4) {
                        if let Some(y) = self.year(i + 4).filter(|_| self.year_len4(i + 4)) {
                            return match PartialDate::ymd(y, m as i8, d as i8) {
                                Ok(date) => Some(self.date_then_range(first, i + 4, date)),
                                Err(_) => Some(i + 5),
                            };
                        }
                    }
                    return match PartialDate::md(m as i8, d as i8) {
                        Ok(date) => {
                            let date = self.infer(date);
                            Some(self.date_then_range(first, i + 2, date))
                        }
                        Err(_) => Some(i + 3),
                    };
                }
            }
        }
        // The first months of a year, as reports count them: `6 tháng đầu năm 2023`, `5 tháng
        // đầu năm`. The last months are a count and a year (`6 tháng cuối năm 2024`: number 6,
        // date `năm 2024`, as the held-out annotation reads them), and so are the months without
        // `đầu` (`9 tháng năm 2024`).
        if let Some(n) = self.int(i).filter(|n| (1..=11).contains(n)) {
            if self.is_word(i + 1, "tháng")
                && self.is_word(i + 2, "đầu")
                && self.is_word(i + 3, "năm")
                && (1..=3).all(|k| self.spaced(i + k))
            {
                let (a, b) = (1, n as i8);
                if let Some(y) = self.year(i + 4).filter(|_| self.spaced(i + 4)) {
                    let from = PartialDate::ym(y, a).ok()?;
                    let to = PartialDate::ym(y, b).ok()?;
                    return Some(self.push(i, i + 4, Value::DateRange { from, to }, None));
                }
                // `6 tháng đầu năm` with no year: the year of the document (or `năm nay`).
                let nay = self.is_word(i + 4, "nay") && self.spaced(i + 4);
                if !self.is_number(i + 4) {
                    if let Some(y) = self.opts.reference_date.and_then(|r| r.year()) {
                        let from = PartialDate::ym(y, a).ok()?;
                        let to = PartialDate::ym(y, b).ok()?;
                        self.inferred.set(true);
                        let last = if nay { i + 4 } else { i + 3 };
                        return Some(self.push(i, last, Value::DateRange { from, to }, None));
                    }
                }
            }
        }
        None
    }

    /// `15.3.2023`: a date written with dots (a number token that is no number).
    pub(super) fn dotted_date(&mut self, i: usize) -> usize {
        let Some(t) = self.tok(i) else { return i + 1 };
        let parts: Vec<&str> = t.text().split('.').collect();
        if let [d, m, y] = parts.as_slice() {
            if d.len() <= 2 && m.len() <= 2 && y.len() == 4 {
                if let Some(date) = ymd(d, m, y) {
                    let (first, _) = self.date_prefix(i);
                    return self.date_then_range(first, i, date);
                }
            }
        }
        i + 1
    }

    /// `Tết Nguyên đán Giáp Thìn`, `Xuân Mậu Tuất`: the Gregorian year whose can-chi it is,
    /// nearest to the reference date (not reported without one). A name followed by its year
    /// (`Canh Tý 2020`, `Xuân Quý Mão 2023`) is one date whose span runs from the name to the
    /// year, when the year has that can-chi; when it has not, the written year alone is the
    /// date. Before `năm 2026` the name is left out (`năm 2026` is read as anywhere else).
    pub(super) fn lunar(&mut self, i: usize) -> Option<usize> {
        let can = CAN.iter().position(|c| *c == self.key(i))?;
        let n = i + 1;
        if !self.spaced(n) || !self.cap(n) {
            return None;
        }
        let kn = self.key(n);
        let chi = CHI.iter().position(|names| names.contains(&&*kn))?;
        // Year y has stem (y - 4) mod 10 and branch (y - 4) mod 12.
        let named = |y: i32| {
            (y - 4).rem_euclid(10) as usize == can && (y - 4).rem_euclid(12) as usize == chi
        };
        let cue =
            i > 0 && self.spaced(i) && self.word_in(i - 1, &["xuân", "tết", "năm", "đán", "tết"]);
        let nam = self.is_word(n + 1, "năm") && self.spaced(n + 1);
        let y_at = if nam { n + 2 } else { n + 1 };
        if let Some(y) = self
            .year(y_at)
            .filter(|_| self.spaced(y_at) && self.year_len4(y_at))
        {
            // `Bính Ngọ năm 2026`: `năm 2026` is read on its own, as elsewhere in the text.
            if nam {
                return None;
            }
            if named(i32::from(y)) {
                let date = PartialDate::y(y).ok()?;
                return Some(self.push(i, y_at, Value::Date { value: date }, None));
            }
            if !cue {
                return None;
            }
            let date = PartialDate::y(y).ok()?;
            return Some(self.push(y_at, y_at, Value::Date { value: date }, None));
        }
        if !cue || nam && self.year(n + 2).is_some() {
            return None;
        }
        let r = self.opts.reference_date?.year()?;
        let year = (i32::from(r) - 30..=i32::from(r) + 30)
            .filter(|&y| named(y))
            .min_by_key(|y| (y - i32::from(r)).abs())?;
        let date = PartialDate::y(i16::try_from(year).ok()?).ok()?;
        self.inferred.set(true);
        Some(self.push(i, n, Value::Date { value: date }, None))
    }
}

/// The first end of a date range without a year, given the year of the second end that has
/// one: the same year when it comes no later in the year (`1/3 đến 15/3/2024`, `tháng 5 đến
/// tháng 8 năm 2025`), else the year before (`20/12 đến 5/1/2025`). A first end with a year,
/// or a second without one, is kept as it is.
fn with_year_of(from: PartialDate, to: &PartialDate) -> PartialDate {
    let (None, Some(y), Some(m)) = (from.year(), to.year(), from.month()) else {
        return from;
    };
    let later = (m, from.day().unwrap_or(1)) > (to.month().unwrap_or(12), to.day().unwrap_or(31));
    let y = if later { y - 1 } else { y };
    let filled = match from.day() {
        Some(d) => PartialDate::ymd(y, m, d),
        None => PartialDate::ym(y, m),
    };
    filled.unwrap_or(from)
}
