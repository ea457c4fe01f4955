//! The scanner: reads figures, dates and times out of `hanhchinh_text` tokens.
//!
//! It walks the tokens left to right. At a number token (or a number word, or a Roman numeral
//! after a word that asks for one) it tries the readings below in order, takes the first
//! that fits, and continues after it, so items never overlap. Words that belong to an item
//! but stand before its anchor (`ngày`, `năm`, `tháng`, `từ` of a numeric range) are added to
//! the span; qualifiers (`hơn`, `trên`, `khoảng`...) and parts of the day (`Sáng`, `Chiều`)
//! are not.
//!
//! Context rules (each has tests in `tests/rules.rs`):
//! * **Dates before numbers.** `năm 2022` (a 3- or 4-digit year after `năm`) is a year, and
//!   `năm 2020 - 2021` a date range; `tháng 12/2022`, `tháng 12 năm 2022` are months;
//!   `ngày 11 tháng 6 năm 1948`, `18/05/2023`, `18-5-2023` are days. A two-part `a/b` or `a-b`
//!   is a day-month when a date word stands before it (`ngày`, `mùng`, `sáng`, `chiều`, `tối`,
//!   `trưa`, `đêm`, `hôm`, `sớm`).
//! * **Fraction or day-month.** Without a date word, `a/b` is a fraction when it cannot be a
//!   day-month (`30/31`) or when `a <= b` and a noun follows (`9/10 tiêu chí`); otherwise a
//!   valid day-month is a date (`Chiều 21/1`, `18/5 vừa qua`).
//! * **Range or day-month.** Without a date word, `a-b` is a range when `a < b` (`12-17 tuổi`),
//!   a pair of years when both are years (`2021-2025`), else a day-month when valid (`17-1`).
//! * **Lists share the end's month or year.** Days listed before the date that ends the list
//!   (`các ngày 15, 16 và 17/11/2025`), and months or quarters listed before the one written
//!   with its year (`tháng 9 và tháng 10/2025`, `quý I và quý II/2025`), are dates of it.
//! * **Invalid dates are not dates** (`31/02/2023`, `32/1`): nothing is reported for them,
//!   nor for days of the lunar calendar (`ngày 10/3 âm lịch`, `mùng 1 Tết`, `ngày 15 tháng
//!   Giêng`), which have no solar date here.
//! * **Digits in names and document numbers are not numbers**: a plain integer right after a
//!   capitalized name of two or more words (`Cầu Rào 2`, `Trung ương 4`) unless a noun
//!   follows, after a place word (`quận 1`, `Phường 3`, `thôn 2`, `tổ 12`, `quốc lộ 5`, `ngõ
//!   34`) or a part of a legal text (`khoản 2 Điều 79`, `Chương II`), and
//!   the number of a legal document (`Chỉ thị số 34`, `Chỉ thị 05`, `Quyết định số 12/2023`),
//!   a label after `số` (`đơn vị bầu cử số 4`, `Tổ dân phố số 7`, `Trường Mầm non số 1`,
//!   `thửa đất số 120`; not `tổng số 300`), roads (`đường tỉnh 741`) and the alarm level of a
//!   river (`báo động 2`), a house's number before its street (`123 Lê Lợi, P. Bến Nghé`, `ở
//!   12 Nguyễn Huệ`), codes in digits (a phone's groups after its label, `Fax: (0237) 3 852
//!   124`; a leading zero, `0237`; nine ungrouped digits or more, `2800123456`; the digits of
//!   a web address). Codes (`Covid-19`, `34-CT/TW`, `Km2`) are never read as numbers.
//! * **Slashed years**: a year and the next (`năm học 2024/2025`, `niên vụ 2024/2025`) are a
//!   range of years, unless a count noun follows (`2024/2025 người`, a fraction).
//! * **Fraction cues**: after `chiếm`, `khoảng`, `gần`, `hơn`, `trên`, `dưới`, `tỷ lệ`,
//!   `bằng`, an `a/b` with `a <= b` is a fraction (`chiếm 1/3`).
//! * **Dotted dates**: `15.3.2023` (no number has that grouping) is a date.
//! * **Ordinals** are numbers: `thứ 4`, `lần thứ XIII`, `khóa XIII`, `quý I`; number words
//!   after `thứ` when `thứ` follows an ordinal noun (`lần thứ hai`), for `thứ nhất`, and for
//!   points that open a sentence (`Thứ năm, ...`), but not weekdays (`Thứ hai, ngày 5/6`).
//! * **Spelled-out numbers** are reported when they are more than one unit word (`hai mươi
//!   mốt`, `mười`, `ba trăm`, `hai tỷ`); a single unit word only with
//!   [`Options::lone_number_words`]. A capitalized number word inside a sentence is a name
//!   (`Mười Thơ`, `vợ Mười`), not a number.
//!
//! Files: `cues` (the closed word lists), `digits` (shapes of number tokens, exact
//! parsing), `figures` (numbers, amounts, quantities), `identifiers` (the numbers that name: of
//! documents, places, houses, labels, name suffixes, lunar days), `fractions`,
//! `ranges` (numeric ranges), `dates` (dates, lunar years, the date-or-fraction choice),
//! `date_ranges` (short day and year ranges, lists sharing a month or a year), `times` (times
//! of day) and `numerals` (Roman numerals, ordinal and spelled-out number words).

mod cues;
mod date_ranges;
mod dates;
mod digits;
mod figures;
mod fractions;
mod identifiers;
mod numerals;
mod ranges;
mod source;
mod times;

use std::borrow::Cow;
use std::cell::Cell;

/// How many times its distance a date in the year before or after the reference's counts
/// when a year is inferred: the document's own year is the rule, the next or previous one
/// the exception of dates near the turn of the year.
const OTHER_YEAR_WEIGHT: u32 = 3;

use hanhchinh_text::{Case, Gap, Token, TokenKind};

use crate::{Approx, Item, Options, PartialDate, Precision, Value};

use digits::small;
pub(crate) use source::{Source, Tokens};

/// What a scan found: items, and the first value too large to hold (for the strict parsers).
/// Every fact of a token (its key, case, the gap before it) is read from its [`Source`].
pub(crate) struct Scan<'s, 'a, S: Source<'a>> {
    src: &'s S,
    opts: &'s Options,
    pub(crate) items: Vec<Item<'a>>,
    last_end: usize,
    pub(crate) overflow: Option<usize>,
    /// Whether a year of the item being read was taken from the reference date; cleared
    /// at each step and by each item pushed.
    inferred: Cell<bool>,
    /// The year written in the last date read (`năm 2026`, `ngày 20/5/2026`; not a year of
    /// comparison, `so với năm 2024`) and its last token: the year of a day or a month
    /// without one later in the same sentence.
    sentence_year: Option<(i16, usize)>,
    /// The token the current step started at.
    at: Cell<usize>,
}

impl<'s, 'a, S: Source<'a>> Scan<'s, 'a, S> {
    pub(crate) fn new(src: &'s S, opts: &'s Options) -> Self {
        Scan {
            src,
            opts,
            items: Vec::new(),
            last_end: 0,
            overflow: None,
            inferred: Cell::new(false),
            sentence_year: None,
            at: Cell::new(0),
        }
    }

    /// Scans every token.
    pub(crate) fn run(&mut self) {
        let mut i = 0;
        while i < self.src.tokens().len() {
            i = match self.step(i) {
                Some(j) if j > i => j,
                _ => i + 1,
            };
        }
    }

    /// Tries to read an item anchored at token `i`; returns the index after it.
    pub(crate) fn step(&mut self, i: usize) -> Option<usize> {
        self.inferred.set(false);
        self.at.set(i);
        // A sentence ends before token `i`: the year of the last one frames nothing here.
        if self.sentence_year.is_some()
            && (self.line_break_before(i)
                || self.is_punct(i, &['.', '!', '?', '…'])
                || self.tok(i).is_some_and(|t| t.text() == "..."))
        {
            self.sentence_year = None;
        }
        match self.tok(i)?.kind() {
            TokenKind::Number => self.at_number(i),
            TokenKind::Word | TokenKind::Code => self.at_word(i),
            _ => None,
        }
    }

    // ---------------------------------------------------------------- token helpers

    fn tok(&self, i: usize) -> Option<&'s Token<'a>> {
        self.src.tokens().get(i)
    }

    fn len(&self) -> usize {
        self.src.tokens().len()
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tok(i).map(Token::kind)
    }

    /// The lookup key of token `i` (`""` out of range).
    fn key(&self, i: usize) -> Cow<'s, str> {
        self.src.key(i)
    }

    /// Token `i` starts with an upper-case letter (`Thứ`, `UBND`, `TTg`).
    fn cap(&self, i: usize) -> bool {
        match self.src.case(i) {
            Case::Title => true,
            Case::Upper | Case::Mixed => self.tok(i).is_some_and(Token::is_capitalized),
            _ => false,
        }
    }

    /// Token `i` has letters, none of them lower case (`UBND`, `HĐND`, `Q`).
    fn upper(&self, i: usize) -> bool {
        match self.src.case(i) {
            Case::Upper => true,
            Case::Title => self.tok(i).is_some_and(Token::is_uppercase),
            _ => false,
        }
    }

    /// A word (`TokenKind::Word`) starting with an upper-case letter.
    fn cap_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word) && self.cap(i)
    }

    fn is_word(&self, i: usize, w: &'static str) -> bool {
        self.word_match(i, &[w]).is_some()
    }

    fn word_in(&self, i: usize, list: &[&'static str]) -> bool {
        self.word_match(i, list).is_some()
    }

    /// The word of `list` (lookup keys) that the word token `i` is, if any.
    fn word_match(&self, i: usize, list: &[&'static str]) -> Option<&'static str> {
        self.src.word_match(i, list)
    }

    /// A count noun of [`cues::COUNT_NOUNS`] starts at token `j` (spaced after `j - 1`).
    fn count_noun_at(&self, j: usize) -> bool {
        if !self.spaced(j) || !self.tok(j).is_some_and(|t| t.kind() == TokenKind::Word) {
            return false;
        }
        let k0 = self.key(j);
        cues::COUNT_NOUNS.iter().any(|w| match w.split_once(' ') {
            None => *w == k0,
            Some((a, b)) => a == k0 && self.spaced(j + 1) && self.key(j + 1) == b,
        })
    }

    fn is_number(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.kind() == TokenKind::Number)
    }

    fn is_punct(&self, i: usize, cs: &[char]) -> bool {
        self.tok(i)
            .is_some_and(|t| cs.iter().any(|&c| t.is_char(c)))
    }

    fn is_dash(&self, i: usize) -> bool {
        self.is_punct(i, &['-', '–', '—'])
    }

    /// Token `i` touches token `i - 1`.
    fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.len() && self.src.gap(i) == Gap::None
    }

    /// Token `i` follows token `i - 1` after spaces only (at least one, no line break).
    fn spaced(&self, i: usize) -> bool {
        i > 0 && i < self.len() && self.src.gap(i) == Gap::Space
    }

    /// Token `i` follows token `i - 1` glued or after spaces.
    fn near(&self, i: usize) -> bool {
        i > 0 && i < self.len() && matches!(self.src.gap(i), Gap::None | Gap::Space)
    }

    /// A line break (or more) separates token `i` from token `i - 1`.
    fn line_break_before(&self, i: usize) -> bool {
        i > 0 && i < self.len() && matches!(self.src.gap(i), Gap::Line | Gap::Para)
    }

    /// Token `i` exists, is free (not inside an earlier item) and is followed, near, by `i + 1`.
    fn free_before(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.start() >= self.last_end) && self.near(i + 1)
    }

    fn int(&self, i: usize) -> Option<u32> {
        let t = self.tok(i)?;
        (t.kind() == TokenKind::Number).then(|| small(t.text()))?
    }

    /// A year written as 3 or 4 plain digits (100 to 2999).
    fn year(&self, i: usize) -> Option<i16> {
        let t = self.tok(i)?;
        let n = self.int(i)?;
        ((3..=4).contains(&t.text().len()) && (100..=2999).contains(&n))
            .then(|| i16::try_from(n).ok())?
    }

    /// Is token `i` the first of its sentence or line?
    fn sentence_initial(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        if self.line_break_before(i) {
            return true;
        }
        self.is_punct(i - 1, &['.', '!', '?', ';', ':', '“', '"', '(', '…'])
            || self.tok(i - 1).is_some_and(|t| t.text() == "...")
    }

    // ---------------------------------------------------------------- output

    fn push(&mut self, first: usize, last: usize, value: Value, approx: Option<Approx>) -> usize {
        let Some(end) = self.tok(last).map(Token::end) else {
            return last + 1;
        };
        self.push_to(first, end, last, value, approx)
    }

    /// [`Scan::push`] of an item that ends at byte `end` inside or at the end of token
    /// `last` (`100 mm` of `100 mm/24 giờ`, where `mm/24` is one token).
    fn push_to(
        &mut self,
        first: usize,
        end: usize,
        last: usize,
        value: Value,
        approx: Option<Approx>,
    ) -> usize {
        let Some(start) = self.tok(first).map(Token::start) else {
            return last + 1;
        };
        // A day of the lunar calendar (`ngày 10/3 âm lịch`) has no date of the solar one here:
        // nothing is reported for it.
        if matches!(value, Value::Date { .. } | Value::DateRange { .. })
            && self.lunar_after(last + 1)
        {
            self.inferred.set(false);
            return last + 1;
        }
        if let Some(surface) = self.src.text().get(start..end).filter(|s| !s.is_empty()) {
            if let Value::Date { value } = &value {
                if let Some(y) = value.year().filter(|_| !self.inferred.get()) {
                    if !self.compared(first) {
                        self.sentence_year = Some((y, last));
                    }
                }
            }
            self.items.push(Item {
                start,
                end,
                surface,
                value,
                approx,
                year_inferred: self.inferred.replace(false),
            });
            self.last_end = end;
        }
        last + 1
    }

    /// Whether the words from token `j` say that the day before them is of the lunar
    /// calendar: `âm lịch`, `ÂL` (also in brackets), a lunar month's own name (`tháng Giêng`,
    /// `tháng Chạp`), a month then `âm lịch` (`tháng 3 âm lịch`), or `Tết` (`mùng 1 Tết`).
    fn lunar_after(&self, j: usize) -> bool {
        let j = if self.is_punct(j, &['(']) { j + 1 } else { j };
        let am_lich = |k: usize| {
            (self.is_word(k, "âm") && self.is_word(k + 1, "lịch")) || self.is_word(k, "âl")
        };
        am_lich(j)
            || self.is_word(j, "tết")
            || self.is_word(j, "tháng")
                && (self.word_in(j + 1, &["giêng", "chạp"])
                    || self.int(j + 1).is_some() && am_lich(j + 2))
    }

    /// The year written earlier in the sentence of the current step ([`Scan::sentence_year`]),
    /// with no end of sentence (`.`, `!`, `?`, `…`, a line break) between: each step forgets
    /// the year at the end of a sentence, so that this asks nothing of the tokens between.
    fn year_of_sentence(&self) -> Option<i16> {
        let (y, last) = self.sentence_year?;
        (last < self.at.get()).then_some(y)
    }

    /// Whether the item starting at token `first` is a point of comparison or a bound (`so
    /// với năm 2024`, `cùng kỳ năm 2024`, `từ năm 2021`, `đến năm 2030`, `trước năm 2020`):
    /// its year frames no other date of the sentence.
    fn compared(&self, first: usize) -> bool {
        let pair = |p: usize, a: &'static str, b: &'static str| {
            p > 0 && self.is_word(p - 1, a) && self.is_word(p, b) && self.spaced(p)
        };
        first.checked_sub(1).is_some_and(|p| {
            pair(p, "so", "với")
                || pair(p, "cùng", "kỳ")
                || pair(p, "cùng", "kì")
                || self.word_in(
                    p,
                    &["từ", "đến", "tới", "trước", "sau", "hết", "đầu", "cuối"],
                )
        })
    }

    fn approx_before(&self, first: usize) -> Option<Approx> {
        let p = first.checked_sub(1)?;
        if !self.free_before(p) || !self.spaced(first) {
            return None;
        }
        const WORDS: &[&str] = &[
            "hơn", "trên", "ngoài", "dưới", "gần", "khoảng", "chừng", "ước", "xỉ",
        ];
        match self.word_match(p, WORDS)? {
            "hơn" | "trên" | "ngoài" => Some(Approx::Over),
            "dưới" => Some(Approx::Under),
            "gần" => Some(Approx::Nearly),
            _ => Some(Approx::About),
        }
    }

    fn overflowed(&mut self, i: usize) -> Option<usize> {
        if self.overflow.is_none() {
            self.overflow = self.tok(i).map(Token::start);
        }
        Some(i + 1)
    }

    /// Fills the year of a partial date (and flags the item being read as inferred): the year
    /// written earlier in the same sentence ([`Scan::year_of_sentence`]: `Năm 2026, lễ hội
    /// diễn ra ngày 15/2`); else, from the reference date, the year of a reference that is
    /// only a year; else the nearest such
    /// date, of the year before, the same year or the year after, one in another year than
    /// the reference's counting [`OTHER_YEAR_WEIGHT`] times its distance (`ngày 28/12`
    /// written on 5 January 2023 is 2022-12-28 and `ngày 2/1` written on 28 December 2026 is
    /// 2027-01-02, but `30/4` written on 6 December 2026 is 2026-04-30; a month alone is
    /// compared month to month).
    fn infer(&self, d: PartialDate) -> PartialDate {
        let Some(r) = self.opts.reference_date else {
            return d;
        };
        let (Some(ry), None, Some(m)) = (r.year(), d.year(), d.month()) else {
            return d;
        };
        let best = if let Some(y) = self.year_of_sentence() {
            Some(y)
        } else if r.precision() == Precision::Year {
            Some(ry)
        } else if d.day().is_some() {
            // Days from the reference's first to last day (one day for a whole date).
            let (Some(lo), Some(hi)) = (r.first_day(), r.last_day()) else {
                return d;
            };
            [ry - 1, ry, ry + 1]
                .into_iter()
                .filter_map(|y| {
                    let c = d.with_year(y).ok()?.date()?;
                    let dist = if c < lo {
                        (lo - c).get_days().unsigned_abs()
                    } else if c > hi {
                        (c - hi).get_days().unsigned_abs()
                    } else {
                        0
                    };
                    Some((dist * if y == ry { 1 } else { OTHER_YEAR_WEIGHT }, y))
                })
                .min()
                .map(|(_, y)| y)
        } else {
            let rm = i32::from(r.month().or(r.quarter().map(|q| q * 3 - 1)).unwrap_or(6));
            [ry - 1, ry, ry + 1]
                .into_iter()
                .map(|y| {
                    let dist = (i32::from(y) * 12 + i32::from(m)).abs_diff(i32::from(ry) * 12 + rm);
                    (dist * if y == ry { 1 } else { OTHER_YEAR_WEIGHT }, y)
                })
                .min()
                .map(|(_, y)| y)
        };
        match best.and_then(|y| d.with_year(y).ok()) {
            Some(filled) => {
                self.inferred.set(true);
                filled
            }
            None => d,
        }
    }
}
