//! Numbers, percentages, amounts and quantities (a value, scale words, a unit) and fractions;
//! the digits that are no figures (names, places, document numbers) are told apart in
//! `identifiers.rs`.

use hanhchinh_text::TokenKind;

use super::cues::{DONG_COMPOUNDS, ORDINAL_NOUNS, WEEKDAY_AFTER_CUES, WEEKDAY_CUES};
use super::digits::{digits_into, parse_plain, shape, small, Shape};
use super::{Scan, Source};
use crate::units::{units, units_starting, UnitKind};
use crate::words;
use crate::{Approx, Decimal, Item, Numeral, Value};

/// A unit read after a number: its code and kind, its last token and where it ends.
pub(super) struct UnitHit {
    pub(super) code: &'static str,
    pub(super) kind: UnitKind,
    pub(super) last: usize,
    pub(super) end: usize,
}

impl<'a, S: Source<'a>> Scan<'_, 'a, S> {
    pub(super) fn at_number(&mut self, i: usize) -> Option<usize> {
        let t = *self.tok(i)?;
        // The number of a document (`Quyết định số 12/2023`) is an identifier, whatever its
        // shape; plain integers are checked in `plain` with the name rules.
        let sh = shape(t.text());
        if !matches!(sh, Shape::Plain | Shape::Colon(_)) && self.is_document_number(i) {
            return Some(i + 1);
        }
        // The offset of a time zone (`GMT+07:00`, `UTC+7`): no time of day, no number.
        if i >= 2
            && self.glued(i)
            && self.is_punct(i - 1, &['+', '-', '−'])
            && self.glued(i - 1)
            && self.word_in(i - 2, &["gmt", "utc"])
        {
            return Some(i + 1);
        }
        // `đường 3/2`, `phố 30/4`: streets named after a date.
        if matches!(&sh, Shape::Slash(p) if p.len() == 2)
            && i > 0
            && self.spaced(i)
            && self.word_in(i - 1, &["đường", "phố"])
        {
            return Some(i + 1);
        }
        match sh {
            Shape::Colon(parts) => self.colon(i, &parts),
            Shape::Slash(parts) => self.slash(i, &parts),
            Shape::Dash(parts) => self.dash(i, &parts),
            Shape::Plain => self.plain(i),
            Shape::Other => self
                .grouped_fraction(i)
                .or_else(|| self.grouped_range(i))
                .or_else(|| self.day_span(i)),
        }
    }

    /// A plain number token: years, months, days, times, then values with scale and unit.
    pub(super) fn plain(&mut self, i: usize) -> Option<usize> {
        let t = *self.tok(i)?;
        let simple = t.text().bytes().all(|b| b.is_ascii_digit());
        let prev = i.checked_sub(1);
        let prev_free = prev.is_some_and(|p| self.free_before(p) && self.spaced(i));
        const PREV: &[&str] = &["năm", "tháng", "quý", "quí", "từ", "thứ", "lần", "khóa"];
        let prev_key = match prev {
            Some(p) if prev_free => self.word_match(p, PREV).unwrap_or(""),
            _ => "",
        };

        // `thứ 2` to `thứ 7` as a weekday is no number, nor the first day of a range.
        if prev_key == "thứ" && self.is_weekday(i - 1, i) {
            return Some(i + 1);
        }
        if simple {
            if self.is_rate_period(i) {
                return Some(i + 1);
            }
            if let Some(next) = self.plain_date(i, prev_key) {
                return Some(next);
            }
            // 21h04, 21h, 14 giờ 30 (phút)
            if let Some(next) = self.time_after(i) {
                return Some(next);
            }
            if let Some(next) = self.year_pair(i) {
                return Some(next);
            }
            if self.is_identifier(i) {
                return Some(i + 1);
            }
        }
        if !simple {
            // Sáng 28.5, tháng 5.2020
            if let Some(next) = self.dotted_partial(i, prev_key) {
                return Some(next);
            }
        }
        // The value, with a broken thousands group (`152 .206`); a view counter is an integer
        // with international grouping (`Lượt xem: 12,030`).
        let parsed = match self.counter_value(i) {
            Some(v) => Ok(Some(v)),
            None => parse_plain(t.text()),
        };
        let (value, last) = match parsed {
            Ok(Some(v)) => self.broken_group(i, v),
            Ok(None) => return Some(self.dotted_date(i)),
            Err(_) => return self.overflowed(i),
        };
        let Some(value) = value else {
            return self.overflowed(i);
        };

        if let Some(next) = self.plain_range(i, last, value, prev_key) {
            return Some(next);
        }
        // 21/ 21 (a stray space at the slash), 2 phần 3 (a fraction in words)
        if last == i {
            if let Some(next) = self.spaced_fraction(i, value) {
                return Some(next);
            }
        }
        if let Some(next) = self.fraction_in_words(i, last, value) {
            return Some(next);
        }

        // A sign glued to the number and standing free on its left: `-5`, `+3,2%`.
        let mut first = i;
        let mut value = value;
        if let Some(p) = prev
            .filter(|&p| self.glued(i) && self.tok(p).is_some_and(|t| t.start() >= self.last_end))
        {
            let minus =
                self.is_punct(p, &['-', '−', '–']) || self.tok(p).is_some_and(|t| t.is_char('−'));
            let plus = self.tok(p).is_some_and(|t| t.is_char('+'));
            let free =
                p == 0 || self.line_break_before(p) || (!self.glued(p) && !self.is_number(p - 1));
            if (minus || plus) && free {
                if minus {
                    let Some(neg) = value.checked_neg() else {
                        return self.overflowed(i);
                    };
                    value = neg;
                }
                first = p;
            }
        }
        // `âm` (below zero) before a temperature: `âm 2 độ C`.
        if first == i
            && prev.is_some_and(|p| self.spaced(i) && self.is_word(p, "âm"))
            && self
                .unit_at(last + 1)
                .is_some_and(|u| u.code == "°C" && u.kind == UnitKind::Measure)
        {
            let Some(neg) = value.checked_neg() else {
                return self.overflowed(i);
            };
            value = neg;
            first = i - 1;
        }
        // Ordinals: `thứ 4`, `lần thứ 2`, `lần 3` (the marker in the span).
        let ordinal = matches!(prev_key, "thứ" | "lần" | "khóa") && first == i && last == i;
        if ordinal {
            first = self.ordinal_start(i - 1).unwrap_or(i);
        }
        let approx = self.approx_before(first);
        self.value_tail(first, last, value, Numeral::Digits, ordinal, approx)
    }

    /// `thứ N` (`thu` the token `thứ`, `n` the number) names a day of the week: N from 2 to 7
    /// written with one digit, `thứ` after no ordinal noun (`kỳ họp thứ 4`), and a date or a
    /// separator after it (`Thứ 6, 05/07/2024`, `thứ 2 ngày 5/6`, `thứ 7 (12/8)`), a time
    /// word before it (`vào thứ 7`, `sáng thứ 2`, `các ngày thứ 7`) or after it (`thứ 2 hàng
    /// tuần`, `thứ 6 tuần tới`).
    pub(super) fn is_weekday(&self, thu: usize, n: usize) -> bool {
        let one_digit = self
            .tok(n)
            .is_some_and(|t| matches!(t.text().as_bytes(), [b'2'..=b'7']));
        if !one_digit {
            return false;
        }
        let before = thu.checked_sub(1).filter(|_| self.spaced(thu));
        // An ordinal noun before `thứ` makes a rank (`kỳ họp thứ 4`), but `họp` alone is the
        // verb (`họp thứ 6 hàng tuần`).
        let verb = before.is_some_and(|b| {
            self.is_word(b, "họp") && !b.checked_sub(1).is_some_and(|k| self.is_word(k, "kỳ"))
        });
        if !verb && before.is_some_and(|b| self.word_in(b, ORDINAL_NOUNS)) {
            return false;
        }
        let cue = before.is_some_and(|b| self.word_in(b, WEEKDAY_CUES));
        let date_after = self.near(n + 1)
            && (self.is_punct(n + 1, &[',', '-', '–', '(', '/'])
                || self.is_word(n + 1, "ngày")
                || self.tok(n + 1).is_some_and(|t| {
                    t.kind() == TokenKind::Number && !matches!(shape(t.text()), Shape::Plain)
                }));
        let time_after = self.spaced(n + 1) && self.word_in(n + 1, WEEKDAY_AFTER_CUES);
        cue || date_after || time_after
    }

    /// Joins `152 .206` (a thousands group cut off by a stray space) when the first part has
    /// no separator or only thousands dots and the second is a `.` glued to 3-digit groups;
    /// and `70 . 000`, `70. 000` (spaces after the dot too, as tokenized corpora print
    /// numbers) when the group after the dot opens with a zero, which no number written alone
    /// does.
    pub(super) fn broken_group(&self, i: usize, v: Decimal) -> (Option<Decimal>, usize) {
        let ok_first = self
            .tok(i)
            .is_some_and(|t| !t.text().contains(',') && v.is_integer());
        let zero_group = || self.tok(i + 2).is_some_and(|t| t.text().starts_with('0'));
        let cut = (self.spaced(i + 1) && self.glued(i + 2))
            || (self.near(i + 1) && self.spaced(i + 2) && zero_group());
        if ok_first && cut && self.is_punct(i + 1, &['.']) {
            if let Some(t2) = self.tok(i + 2).filter(|t| t.kind() == TokenKind::Number) {
                let s = t2.text();
                let groups_ok = s
                    .split('.')
                    .all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
                if groups_ok {
                    let n = s.split('.').count() as u32;
                    let mut acc = v.checked_mul_pow10(3 * n);
                    let tail = s.split('.').try_fold(Decimal::ZERO, digits_into);
                    acc = match (acc, tail) {
                        (Some(a), Some(t)) => a.checked_add(t),
                        _ => None,
                    };
                    return (acc, i + 2);
                }
            }
        }
        (Some(v), i)
    }

    /// The value of a page's view counter (`Lượt xem: 12,030`, `lượt truy cập 1,204,511`): a
    /// count, so an integer, whose commas group thousands (the international style of the web
    /// software that prints it).
    fn counter_value(&self, i: usize) -> Option<Decimal> {
        let text = self.tok(i)?.text();
        let mut groups = text.split(',');
        let head = groups.next()?;
        let grouped = (1..=3).contains(&head.len())
            && text.contains(',')
            && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
        if !grouped {
            return None;
        }
        let mut p = i.checked_sub(1)?;
        if self.is_punct(p, &[':']) {
            p = p.checked_sub(1)?;
        }
        let label = p > 0
            && (self.is_word(p, "xem") || self.is_word(p, "cập"))
            && self.word_in(p - 1, &["lượt", "truy"]);
        if !label {
            return None;
        }
        text.split(',').try_fold(Decimal::ZERO, digits_into)
    }

    /// The unit or currency after the amount that code token `i` ends with (`ha/2.000 ha`,
    /// `đồng/6.789 tỷ đồng`): the unit, the power of ten of the scale words before it, and
    /// whether it is the unit the code starts with.
    fn slashed_unit(&self, i: usize) -> Option<(UnitHit, u32, bool)> {
        let (exp, last) = self.scales_after(i, true);
        let u = self
            .unit_at(last + 1)
            .filter(|u| self.spaced(last + 1) && u.kind != UnitKind::Percent)?;
        let same = self.unit_at(i).is_some_and(|w| w.code == u.code);
        Some((u, exp, same))
    }

    /// `175 hộ/673 khẩu`: a count written after a slash glued to the noun of the count before
    /// it, which the tokenizer keeps as one code (`hộ/673`); the digits are a number, or a
    /// quantity or an amount of money when the same unit or currency follows (`2.150 ha/2.000
    /// ha kế hoạch`, `4.567 tỷ đồng/6.789 tỷ đồng`: achieved over planned).
    pub(super) fn slashed_count(&mut self, i: usize) -> Option<usize> {
        let t = *self.tok(i)?;
        let (word, digits) = t.text().split_once('/')?;
        let lower = word.chars().all(|c| c.is_alphabetic() && !c.is_uppercase());
        let after_number = i > 0 && self.spaced(i) && self.is_number(i - 1);
        // The amount before ended at the slash (`tỷ đồng/`): its unit is the code's word.
        let after_amount = self.last_end == t.start() + word.len();
        if !(lower && (after_number || after_amount)) || digits.is_empty() || digits.len() > 17 {
            return None;
        }
        let value = match parse_plain(digits) {
            Ok(Some(v)) if v.is_integer() || after_amount => v,
            _ => return None,
        };
        let start = t.start() + word.len() + 1;
        let unit = self.slashed_unit(i).filter(|(_, _, same)| *same);
        let scaled = unit.and_then(|(u, exp, _)| Some((u, value.checked_mul_pow10(exp)?)));
        let (end, last, value) = match scaled {
            Some((u, value)) if u.kind == UnitKind::Currency => (
                u.end,
                u.last,
                Value::Money {
                    value,
                    currency: u.code,
                },
            ),
            Some((u, value)) => (
                u.end,
                u.last,
                Value::Quantity {
                    value,
                    unit: u.code,
                },
            ),
            None => (
                t.end(),
                i,
                Value::Number {
                    value,
                    numeral: Numeral::Digits,
                    ordinal: false,
                },
            ),
        };
        let surface = self.src.text().get(start..end)?;
        self.items.push(Item {
            start,
            end,
            surface,
            value,
            approx: None,
            year_inferred: false,
        });
        self.last_end = end;
        Some(last + 1)
    }

    /// The number `i` ends an item of a list of counts by place or group, `Name N` items
    /// separated by commas or semicolons (`(Quảng Trị 1, Đà Nẵng 2, Gia Lai 3)`): an item of
    /// the same shape comes right after it, or right before its name.
    pub(super) fn in_count_list(&self, i: usize) -> bool {
        const SEPARATORS: &[char] = &[',', ';'];
        let cap = |a: usize| self.cap_word(a);
        // The name before the number: one to four capitalised words, spaced.
        let mut s = i;
        while s > 0 && i - s < 4 && cap(s - 1) && self.spaced(s) {
            s -= 1;
        }
        if s == i {
            return false;
        }
        let plain = |a: usize| {
            self.tok(a).is_some_and(|t| {
                t.kind() == TokenKind::Number && matches!(shape(t.text()), Shape::Plain)
            })
        };
        // Before: `..., N, Name i`.
        let before = s >= 2
            && self.is_punct(s - 1, SEPARATORS)
            && self.glued(s - 1)
            && self.spaced(s)
            && plain(s - 2);
        // After: `Name i, Name N`.
        let after = self.is_punct(i + 1, SEPARATORS) && self.glued(i + 1) && {
            let mut k = i + 2;
            while k < i + 6 && cap(k) && self.spaced(k) {
                k += 1;
            }
            k > i + 2 && self.spaced(k) && plain(k)
        };
        before || after
    }

    /// Scale words right after token `last` (`tỷ`, `nghìn tỷ`; `trăm` too after digits): the
    /// total power of ten and the last token used (`last` itself when there is none). The first
    /// may touch digits, as a space lost in typing leaves it (`25,6tỷ đồng`, `850triệu`).
    pub(super) fn scales_after(&self, last: usize, hundred_ok: bool) -> (u32, usize) {
        let (mut exp, mut end) = (0u32, last);
        let glued_to_digits = |end: usize| {
            end == last && self.glued(end + 1) && self.kind(end) == Some(TokenKind::Number)
        };
        while (self.spaced(end + 1) || glued_to_digits(end))
            && self
                .tok(end + 1)
                .is_some_and(|t| t.kind() == TokenKind::Word)
        {
            let k = self.key(end + 1);
            let hundred = (k == "trăm" && hundred_ok).then_some(2);
            let Some(s) = words::scale(&k).or(hundred) else {
                break;
            };
            exp = exp.saturating_add(s);
            end += 1;
        }
        (exp, end)
    }

    /// After a value ending at token `last`: scale words, then a currency, percent or unit.
    pub(super) fn value_tail(
        &mut self,
        first: usize,
        last: usize,
        value: Decimal,
        numeral: Numeral,
        ordinal: bool,
        approx: Option<Approx>,
    ) -> Option<usize> {
        let digits = numeral == Numeral::Digits;
        let (exp, mut end) = self.scales_after(last, digits);
        let Some(mut value) = value.checked_mul_pow10(exp) else {
            return self.overflowed(first);
        };
        // `1 tỷ 200 triệu đồng`, `2 tỷ 500 triệu 300 nghìn`: groups with smaller scales add up.
        let mut group = exp;
        while digits && group >= 3 && self.spaced(end + 1) {
            let Some(n) = self
                .tok(end + 1)
                .filter(|t| t.kind() == TokenKind::Number && t.text().len() <= 3)
                .and_then(|t| small(t.text()))
            else {
                break;
            };
            let (e, next_end) = self.scales_after(end + 1, true);
            if e == 0 || e >= group {
                break;
            }
            let part = Decimal::from_int(i64::from(n)).checked_mul_pow10(e);
            value = match part.and_then(|p| value.checked_add(p)) {
                Some(v) => v,
                None => return self.overflowed(first),
            };
            end = next_end;
            group = e;
        }
        let (v, end_byte) = match self.unit_at(end + 1) {
            Some(u) => {
                end = u.last;
                let v = match u.kind {
                    UnitKind::Currency => Value::Money {
                        value,
                        currency: u.code,
                    },
                    UnitKind::Percent => Value::Percent { value },
                    UnitKind::Measure => Value::Quantity {
                        value,
                        unit: u.code,
                    },
                };
                (v, u.end)
            }
            None => {
                let v = Value::Number {
                    value,
                    numeral,
                    ordinal,
                };
                (v, self.tok(end)?.end())
            }
        };
        // `2.150 ha/2.000 ha`, `4.567 tỷ đồng/6.789 tỷ đồng`: the unit ends inside its token,
        // before a slash and an amount of the same unit; that amount is read next, from the
        // same token.
        let inside = self
            .tok(end)
            .is_some_and(|t| end_byte < t.end() && t.text().contains('/'));
        let slashed = inside
            && match v {
                Value::Quantity { unit, .. } | Value::Money { currency: unit, .. } => self
                    .slashed_unit(end)
                    .is_some_and(|(u, _, _)| u.code == unit),
                _ => false,
            };
        let next = self.push_to(first, end_byte, end, v, approx);
        Some(if slashed { end } else { next })
    }

    /// A unit, currency or percent word starting at token `j` (glued or spaced to `j - 1`):
    /// its code, kind, last token and end. A unit glued to the period of a rate in one token
    /// (`mm/24` of `100 mm/24 giờ`) ends before the `/`.
    pub(super) fn unit_at(&self, j: usize) -> Option<UnitHit> {
        if !self.near(j) {
            return None;
        }
        let first = self.tok(j)?;
        if !matches!(
            first.kind(),
            TokenKind::Word | TokenKind::Code | TokenKind::Symbol
        ) {
            return None;
        }
        let k0 = self.key(j);
        'units: for u in units_starting(&k0) {
            let Some((w0, _)) = u.keys.first() else {
                continue;
            };
            if *w0 != *k0 {
                continue;
            }
            let mut last = j;
            for (n, (w, glued)) in u.keys.iter().enumerate().skip(1) {
                let at = j + n;
                let joined = if *glued {
                    self.glued(at)
                } else {
                    self.spaced(at)
                };
                if !joined || self.key(at) != w.as_str() {
                    continue 'units;
                }
                last = at;
            }
            // The next token must not glue a word on (`%` is fine, `ha` must end a word).
            if u.kind == UnitKind::Currency
                && *w0 == "đồng"
                && self.spaced(last + 1)
                && self.word_in(last + 1, DONG_COMPOUNDS)
            {
                continue;
            }
            return Some(UnitHit {
                code: u.code,
                kind: u.kind,
                last,
                end: self.tok(last)?.end(),
            });
        }
        if first.kind() == TokenKind::Code {
            // A unit the tokenizer keeps as one code (`KM/H`, `HÉC-TA` in capitals).
            let whole = self.key(j);
            let one = units().iter().find(|u| {
                u.keys.iter().skip(1).all(|(_, glued)| *glued)
                    && u.keys.iter().map(|(w, _)| w.len()).sum::<usize>() == whole.len()
                    && u.keys
                        .iter()
                        .try_fold(&*whole, |rest, (w, _)| rest.strip_prefix(w.as_str()))
                        .is_some_and(str::is_empty)
            });
            if let Some(u) = one {
                return Some(UnitHit {
                    code: u.code,
                    kind: u.kind,
                    last: j,
                    end: first.end(),
                });
            }
            if let Some((u, period)) = first.text().split_once('/') {
                // `mm/24` (a rate's period), `ha/2.000` (achieved over planned: `2.150
                // ha/2.000 ha kế hoạch`), `đồng/6.789` (`4.567 tỷ đồng/6.789 tỷ đồng`).
                if !period.bytes().next().is_some_and(|b| b.is_ascii_digit())
                    || !period
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
                {
                    return None;
                }
                let k = hanhchinh_text::key(u);
                let unit = units().iter().find(|x| {
                    matches!(x.kind, UnitKind::Measure | UnitKind::Currency)
                        && x.keys.len() == 1
                        && x.keys.first().is_some_and(|(w, _)| *w == k)
                })?;
                return Some(UnitHit {
                    code: unit.code,
                    kind: unit.kind,
                    last: j,
                    end: first.start() + u.len(),
                });
            }
        }
        None
    }
}
