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
//! * **Invalid dates are not dates** (`31/02/2023`, `32/1`): nothing is reported for them.
//! * **Digits in names and document numbers are not numbers**: a plain integer right after a
//!   capitalized name of two or more words (`Cầu Rào 2`, `Trung ương 4`) unless a noun
//!   follows, after a place word (`quận 1`, `Phường 3`, `thôn 2`, `tổ 12`, `quốc lộ 5`), and
//!   the number of a legal document (`Chỉ thị số 34`, `Chỉ thị 05`, `Quyết định số 12/2023`).
//!   Codes (`Covid-19`, `34-CT/TW`, `Km2`) are never read as numbers.
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

use std::borrow::Cow;

use hanhchinh_text::{Token, TokenKind};

use crate::types::days_in_month;
use crate::units::{units, UnitKind};
use crate::words;
use crate::{Approx, Date, Decimal, Error, Item, Numeral, Options, Time, Value};

/// Words that make the next `a/b` or `a-b` a day-month.
const DATE_CUES: &[&str] = &[
    "ngày", "mùng", "mồng", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "sớm",
];
/// Parts of the day (adjust a time, stay out of spans).
const DAY_PARTS: &[&str] = &["sáng", "trưa", "chiều", "tối", "đêm"];
/// Words before a Roman numeral that make it a number.
const ROMAN_CUES: &[&str] = &[
    "khóa", "quý", "thứ", "phần", "chương", "mục", "tập", "kỳ", "đợt", "lần", "hạng", "loại",
    "vòng", "giai", "đoạn", "hội", "quí",
];
/// Nouns before `thứ` that make the next number word an ordinal (`lần thứ hai`).
const ORDINAL_NOUNS: &[&str] = &[
    "lần", "kỳ", "họp", "khóa", "đợt", "hạng", "phần", "chương", "mục", "giải", "lớp", "vòng",
    "tầng", "điều", "khoản", "người", "năm",
];
/// Words before a number that are not names even when capitalized.
const NUMBER_CUES: &[&str] = &[
    "năm", "ngày", "tháng", "quý", "khóa", "lớp", "thứ", "đợt", "lần", "kỳ", "số", "điều", "khoản",
    "chương", "mục", "phần", "tổng", "có", "đạt", "và", "với", "gồm", "hôm", "lượt", "xem",
];
/// Words whose number is a name (`quận 1`, `Phường 3`, `quốc lộ 5`, `tổ 12`, `thôn 2`).
const NAME_HEADS: &[&str] = &["quận", "phường", "thôn", "xóm", "ấp", "tổ", "lộ"];
/// Words before `a/b` that make it a fraction (`chiếm 1/3`, `tỷ lệ 2/3`, `hơn 1/2`).
const FRACTION_CUES: &[&str] = &[
    "chiếm", "khoảng", "gần", "hơn", "trên", "dưới", "lệ", "bằng",
];
/// Document types whose number is an identifier, not a figure (`Chỉ thị số 34`).
const DOC_TYPES: &[&str] = &[
    "chỉ thị",
    "nghị quyết",
    "quyết định",
    "thông tư",
    "nghị định",
    "công văn",
    "kế hoạch",
    "thông báo",
    "báo cáo",
    "tờ trình",
    "pháp lệnh",
    "công điện",
    "quy định",
    "hướng dẫn",
    "đề án",
    "văn bản",
    "luật",
];
/// Words after `đồng` that make it not the currency (`3 đồng chí`).
const DONG_COMPOUNDS: &[&str] = &[
    "chí", "bào", "thời", "ý", "hồ", "bằng", "loạt", "đội", "nghiệp", "tâm", "lòng", "thuận", "bộ",
    "phục", "tình", "hành", "hương", "ruộng", "minh", "nhất", "đều", "dạng", "môn", "sở", "hữu",
    "chủ", "cấp", "ca", "lúa",
];
/// Words after a day-month that do not make it a fraction (`18/5 vừa qua`).
const AFTER_DATE_WORDS: &[&str] = &[
    "vừa", "qua", "tới", "này", "năm", "tháng", "đến", "và", "hằng", "hàng", "là", "của", "tại",
    "ở", "sẽ", "đã", "với", "cho", "theo", "trong", "lúc", "vào", "từ", "sau", "trước", "nay",
];
/// Heavenly stems and earthly branches (the can-chi cycle), as lookup keys.
const CAN: &[&str] = &[
    "giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý",
];
const CHI: &[&[&str]] = &[
    &["tý"],
    &["sửu"],
    &["dần"],
    &["mão", "mẹo"],
    &["thìn"],
    &["tỵ", "tị"],
    &["ngọ"],
    &["mùi"],
    &["thân"],
    &["dậu"],
    &["tuất"],
    &["hợi"],
];

/// Numbers read from one number token.
enum Shape<'a> {
    Plain,
    Slash(Vec<&'a str>),
    Dash(Vec<&'a str>),
    Colon(Vec<&'a str>),
    Other,
}

fn shape(s: &str) -> Shape<'_> {
    let has = |c: char| s.contains(c);
    let (slash, dash, colon) = (has('/'), has('-'), has(':'));
    let parts = |c: char| -> Option<Vec<&str>> {
        let v: Vec<&str> = s.split(c).collect();
        v.iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
            .then_some(v)
    };
    match (slash, dash, colon) {
        (false, false, false) => Shape::Plain,
        (true, false, false) => parts('/').map_or(Shape::Other, Shape::Slash),
        (false, true, false) => parts('-').map_or(Shape::Other, Shape::Dash),
        (false, false, true) => parts(':').map_or(Shape::Other, Shape::Colon),
        _ => Shape::Other,
    }
}

/// A small integer from ASCII digits (at most 9 digits).
fn small(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn digits_into(mut acc: Decimal, s: &str) -> Option<Decimal> {
    for b in s.bytes() {
        let d = i128::from(b.checked_sub(b'0')?);
        acc = Decimal::new(acc.mantissa().checked_mul(10)?.checked_add(d)?, 0)?;
    }
    Some(acc)
}

/// Parses digits with Vietnamese grouping (`.` thousands, `,` decimals), or the international
/// style where it is unambiguous (`1,234,567`, `1,234.5`, `3.14`). `Ok(None)`: not a number
/// of either style (`1.2.3`). `Err`: too large.
pub(crate) fn parse_plain(s: &str) -> Result<Option<Decimal>, Error> {
    let dots = s.bytes().filter(|&b| b == b'.').count();
    let commas = s.bytes().filter(|&b| b == b',').count();
    let grouped = |int: &str, sep: char| -> bool {
        let mut parts = int.split(sep);
        let first_ok = parts
            .next()
            .is_some_and(|p| (1..=3).contains(&p.len()) && p != "0");
        first_ok && parts.all(|p| p.len() == 3)
    };
    let (int, frac, sep): (&str, &str, Option<char>) = match (dots, commas) {
        (0, 0) => (s, "", None),
        (_, 0) if grouped(s, '.') => (s, "", Some('.')),
        (1, 0) => s
            .split_once('.')
            .map_or((s, "", None), |(a, b)| (a, b, None)),
        (0, 1) => s
            .split_once(',')
            .map_or((s, "", None), |(a, b)| (a, b, None)),
        (0, _) if grouped(s, ',') => (s, "", Some(',')),
        _ => match (s.rfind(','), s.rfind('.')) {
            (Some(c), Some(d)) if c > d && s.get(..c).is_some_and(|a| grouped(a, '.')) => (
                s.get(..c).unwrap_or(""),
                s.get(c + 1..).unwrap_or(""),
                Some('.'),
            ),
            (Some(c), Some(d)) if d > c && s.get(..d).is_some_and(|a| grouped(a, ',')) => (
                s.get(..d).unwrap_or(""),
                s.get(d + 1..).unwrap_or(""),
                Some(','),
            ),
            _ => return Ok(None),
        },
    };
    if int.is_empty() || (frac.is_empty() && (dots + commas > 0) && sep.is_none()) {
        return Ok(None);
    }
    // With separators, a leading zero is only `0,5`: `0227.3866` is a phone number.
    if dots + commas > 0 && int.len() > 1 && int.starts_with('0') {
        return Ok(None);
    }
    let mut acc = Decimal::ZERO;
    for part in int.split(|c| Some(c) == sep) {
        acc = digits_into(acc, part).ok_or_else(|| Error::overflow(0))?;
    }
    acc = digits_into(acc, frac).ok_or_else(|| Error::overflow(0))?;
    let scale = u32::try_from(frac.len()).map_err(|_| Error::overflow(0))?;
    Decimal::new(acc.mantissa(), scale)
        .map(Some)
        .ok_or_else(|| Error::overflow(0))
}

/// What a scan found: items, and the first value too large to hold (for the strict parsers).
pub(crate) struct Scan<'s, 'a> {
    text: &'a str,
    toks: &'s [Token<'a>],
    opts: &'s Options,
    pub(crate) items: Vec<Item<'a>>,
    last_end: usize,
    pub(crate) overflow: Option<usize>,
    /// Whether the scanned stretch has combining marks (U+0300-U+036F, lead bytes CC/CD).
    decomposed: bool,
}

impl<'s, 'a> Scan<'s, 'a> {
    pub(crate) fn new(text: &'a str, toks: &'s [Token<'a>], opts: &'s Options) -> Self {
        let stretch = match (toks.first(), toks.last()) {
            (Some(a), Some(b)) => text.get(a.start()..b.end()).unwrap_or(text),
            _ => "",
        };
        let decomposed = stretch.bytes().any(|x| x == 0xCC || x == 0xCD);
        Scan {
            text,
            toks,
            opts,
            items: Vec::new(),
            last_end: 0,
            overflow: None,
            decomposed,
        }
    }

    /// Scans every token.
    pub(crate) fn run(&mut self) {
        let mut i = 0;
        while i < self.toks.len() {
            i = match self.step(i) {
                Some(j) if j > i => j,
                _ => i + 1,
            };
        }
    }

    /// Tries to read an item anchored at token `i`; returns the index after it.
    pub(crate) fn step(&mut self, i: usize) -> Option<usize> {
        match self.tok(i)?.kind() {
            TokenKind::Number => self.at_number(i),
            TokenKind::Word | TokenKind::Code => self.at_word(i),
            _ => None,
        }
    }

    // ---------------------------------------------------------------- token helpers

    fn tok(&self, i: usize) -> Option<&Token<'a>> {
        self.toks.get(i)
    }

    fn key(&self, i: usize) -> Cow<'a, str> {
        match self.toks.get(i) {
            Some(t) if matches!(t.kind(), TokenKind::Word | TokenKind::Code) => t.key(),
            Some(t) => Cow::Borrowed(t.text()),
            None => Cow::Borrowed(""),
        }
    }

    fn is_word(&self, i: usize, w: &'static str) -> bool {
        self.word_match(i, &[w]).is_some()
    }

    fn word_in(&self, i: usize, list: &[&'static str]) -> bool {
        self.word_match(i, list).is_some()
    }

    /// The word of `list` (lookup keys) that token `i` is, if any. Fast path: the token's
    /// text itself; the key (lowercase, canonical tone placement) is computed only when a
    /// word of the list has the token's byte length and lead byte (ASCII case folded), as
    /// case and tone-placement variants do, or when the text has combining marks.
    fn word_match(&self, i: usize, list: &[&'static str]) -> Option<&'static str> {
        let t = self.tok(i).filter(|t| t.kind() == TokenKind::Word)?;
        let x = t.text();
        if let Some(w) = list.iter().find(|w| **w == x) {
            return Some(w);
        }
        let b = x.as_bytes();
        let lead = b.first()?.to_ascii_lowercase();
        let maybe = list
            .iter()
            .any(|w| w.len() == b.len() && w.as_bytes().first() == Some(&lead));
        let decomposed = self.decomposed && b.iter().any(|&c| c == 0xCC || c == 0xCD);
        if !(maybe || decomposed) {
            return None;
        }
        let k = t.key();
        list.iter().find(|w| **w == k).copied()
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

    /// The text between token `i - 1` and token `i`.
    fn gap(&self, i: usize) -> Option<&'a str> {
        let a = self.tok(i.checked_sub(1)?)?.end();
        let b = self.tok(i)?.start();
        self.text.get(a..b)
    }

    /// Token `i` touches token `i - 1`.
    fn glued(&self, i: usize) -> bool {
        self.gap(i).is_some_and(str::is_empty)
    }

    /// Token `i` follows token `i - 1` after horizontal spaces only (at least one).
    fn spaced(&self, i: usize) -> bool {
        self.gap(i).is_some_and(|g| {
            !g.is_empty()
                && g.len() <= 8
                && g.chars().all(|c| c == ' ' || c == '\u{a0}' || c == '\t')
        })
    }

    /// Token `i` follows token `i - 1` glued or after horizontal spaces.
    fn near(&self, i: usize) -> bool {
        self.glued(i) || self.spaced(i)
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
        if self.gap(i).is_some_and(|g| g.contains('\n')) {
            return true;
        }
        self.is_punct(i - 1, &['.', '!', '?', ';', ':', '“', '"', '(', '…'])
            || self.tok(i - 1).is_some_and(|t| t.text() == "...")
    }

    // ---------------------------------------------------------------- output

    fn push(&mut self, first: usize, last: usize, value: Value, approx: Option<Approx>) -> usize {
        let (Some(a), Some(b)) = (self.tok(first), self.tok(last)) else {
            return last + 1;
        };
        let (start, end) = (a.start(), b.end());
        if let Some(surface) = self.text.get(start..end) {
            self.items.push(Item {
                start,
                end,
                surface,
                value,
                approx,
            });
            self.last_end = end;
        }
        last + 1
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

    /// Fills the year of a partial date from the reference date: the nearest such date (of
    /// the year before, the same year or the year after; `ngày 28/12` written on 5 January
    /// 2023 is 2022-12-28).
    fn infer(&self, d: Date) -> Date {
        let Some(r) = self.opts.reference_date else {
            return d;
        };
        let (Some(ry), true) = (r.year(), d.year().is_none()) else {
            return d;
        };
        let Some(m) = d.month() else { return d };
        match (d.day(), r.jiff()) {
            (Some(_), Some(rj)) => {
                let best = [ry - 1, ry, ry + 1]
                    .into_iter()
                    .filter_map(|y| {
                        let cand = d.with_inferred_year(y);
                        let j = cand.jiff()?;
                        let dist = (j - rj).get_days().unsigned_abs();
                        Some((dist, y))
                    })
                    .min();
                best.map_or(d, |(_, y)| d.with_inferred_year(y))
            }
            _ => {
                let rm = i32::from(r.month().unwrap_or(6));
                let best = [ry - 1, ry, ry + 1]
                    .into_iter()
                    .map(|y| {
                        let dist =
                            (i32::from(y) * 12 + i32::from(m)).abs_diff(i32::from(ry) * 12 + rm);
                        (dist, y)
                    })
                    .min();
                best.map_or(d, |(_, y)| d.with_inferred_year(y))
            }
        }
    }

    // ---------------------------------------------------------------- numbers

    fn at_number(&mut self, i: usize) -> Option<usize> {
        let t = *self.tok(i)?;
        // The number of a document (`Quyết định số 12/2023`) is an identifier, whatever its
        // shape; plain integers are checked in `plain` with the name rules.
        let sh = shape(t.text());
        if !matches!(sh, Shape::Plain | Shape::Colon(_)) && self.is_document_number(i) {
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
            Shape::Other => self.day_span(i),
        }
    }

    /// `20:47`, `08:30:15`.
    fn colon(&mut self, i: usize, parts: &[&str]) -> Option<usize> {
        let nums: Option<Vec<u32>> = parts.iter().map(|p| small(p)).collect();
        let nums = nums?;
        let ok_len = parts.iter().skip(1).all(|p| p.len() == 2);
        let time = match nums.as_slice() {
            [h, m] if ok_len => Time::hm(u8::try_from(*h).ok()?, u8::try_from(*m).ok()?),
            [h, m, s] if ok_len => Time::hms(
                u8::try_from(*h).ok()?,
                u8::try_from(*m).ok()?,
                u8::try_from(*s).ok()?,
            ),
            _ => None,
        }?;
        let time = self.day_part_after(i, time).0;
        Some(self.push(i, i, Value::Time { value: time }, None))
    }

    /// A date word right before token `i`: returns the first token of the span (the `ngày`,
    /// `tháng` or `năm` itself when it belongs in the span) and whether a cue was there.
    fn date_prefix(&self, i: usize) -> (usize, bool) {
        let Some(p) = i.checked_sub(1) else {
            return (i, false);
        };
        if !self.free_before(p) || !self.spaced(i) {
            return (i, false);
        }
        match self.word_match(p, DATE_CUES) {
            Some("ngày" | "mùng" | "mồng") => (p, true),
            Some(_) => (i, true),
            None => (i, false),
        }
    }

    /// `18/05/2023`, `18/5`, `12/2022`, `30/31`.
    fn slash(&mut self, i: usize, parts: &[&str]) -> Option<usize> {
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
                let date = Date::ym(i16::try_from(yy).ok()?, u8::try_from(mm).ok()?).ok();
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
                if cue {
                    if let Some(d) = dm {
                        let d = self.infer(d);
                        return Some(self.date_then_range(first, i, d));
                    }
                    return Some(i + 1);
                }
                let noun_after = self.spaced(i + 1)
                    && self
                        .tok(i + 1)
                        .is_some_and(|t| t.kind() == TokenKind::Word && !t.is_capitalized())
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
                (x <= y && y > 0).then(|| self.fraction(i, x, y))?
            }
            _ => Some(i + 1),
        }
    }

    fn fraction(&mut self, i: usize, x: u32, y: u32) -> Option<usize> {
        let v = Value::Fraction {
            numerator: Decimal::from_int(i64::from(x)),
            denominator: Decimal::from_int(i64::from(y)),
        };
        let approx = self.approx_before(i);
        Some(self.push(i, i, v, approx))
    }

    /// `quý I/2023`, `quý 2 năm 2023`: the three months of the quarter.
    fn quarter(&mut self, first: usize, last: usize, q: u32, year: u32) -> Option<usize> {
        let y = i16::try_from(year).ok()?;
        let q = u8::try_from(q).ok()?;
        let from = Date::ym(y, q * 3 - 2).ok()?;
        let to = Date::ym(y, q * 3).ok()?;
        Some(self.push(first, last, Value::DateRange { from, to }, None))
    }

    /// `17-1`, `18-5-2023`, `12-17`, `2021-2025`.
    fn dash(&mut self, i: usize, parts: &[&str]) -> Option<usize> {
        let (first, cue) = self.date_prefix(i);
        match parts {
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
                let date = Date::ym(i16::try_from(yy).ok()?, u8::try_from(mm).ok()?).ok()?;
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
                if a.len() == 4
                    && b.len() == 4
                    && (1000..=2999).contains(&x)
                    && x < y
                    && y - x <= 100
                {
                    let from = Date::y(i16::try_from(x).ok()?).ok()?;
                    let to = Date::y(i16::try_from(y).ok()?).ok()?;
                    let first = if self.is_word(i.checked_sub(1)?, "năm")
                        && self.free_before(i - 1)
                        && self.spaced(i)
                    {
                        i - 1
                    } else {
                        i
                    };
                    return Some(self.push(first, i, Value::DateRange { from, to }, None));
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

    /// A numeric range from `first` to `last`, then scale words and a unit that apply to both.
    fn range_tail(
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

    /// A unit, currency or percent word starting at token `j` (glued or spaced to `j - 1`):
    /// its code, kind and last token.
    fn unit_at(&self, j: usize) -> Option<(&'static str, UnitKind, usize)> {
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
        'units: for u in units() {
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
            return Some((u.code, u.kind, last));
        }
        None
    }

    /// A date item from `first` to `last`, extended to a date range when `-` or `đến` and
    /// another date follow.
    fn date_then_range(&mut self, first: usize, last: usize, date: Date) -> usize {
        if let Some((to, end)) = self.range_end_date(last + 1, &date) {
            // `từ ngày ... đến ngày ...`: `từ` stays out of the span, the range is one item.
            return self.push(first, end, Value::DateRange { from: date, to }, None);
        }
        self.push(first, last, Value::Date { value: date }, None)
    }

    /// After a date ending before token `j`: `- 11/6/2023`, `đến ngày 5/3/2023`, `- 2021`.
    fn range_end_date(&self, j: usize, from: &Date) -> Option<(Date, usize)> {
        let link = self.is_dash(j) || self.word_in(j, &["đến", "tới"]);
        if !link || !self.near(j) {
            return None;
        }
        let mut k = j + 1;
        // `đến hết ngày 31/5/2023`: "until the end of".
        if self.word_in(j, &["đến", "tới"]) && self.is_word(k, "hết") && self.spaced(k) {
            k += 1;
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
                [m, y] if y.len() == 4 && from.day().is_none() => Date::ym(
                    i16::try_from(small(y)?).ok()?,
                    u8::try_from(small(m)?).ok()?,
                )
                .ok()?,
                [d, m]
                    if from.day().is_some() && !from.is_complete() || from.is_year_inferred() =>
                {
                    self.infer(dm(small(d)?, small(m)?)?)
                }
                _ => return None,
            },
            Shape::Plain if from.month().is_none() => {
                let y = self.year(k)?;
                if y <= from.year()? {
                    return None;
                }
                Date::y(y).ok()?
            }
            _ => return None,
        };
        Some((to, k))
    }

    /// A free `tháng`, `quý` or `quí` right before token `i`.
    fn month_or_quarter_before(&self, i: usize) -> bool {
        i.checked_sub(1).is_some_and(|p| {
            self.free_before(p) && self.spaced(i) && self.word_in(p, &["tháng", "quý", "quí"])
        })
    }

    /// A 4-digit number token.
    fn year_len4(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.text().len() == 4)
    }

    /// Dates written with spaced dashes, anchored at the plain integer `i`: `17 - 3 - 2004`
    /// (any context), `9 - 8` after a date word (`Sáng 9 - 8`).
    fn spaced_dash_date(&mut self, i: usize) -> Option<usize> {
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
                let date = Date::ymd(y, u8::try_from(b).ok()?, u8::try_from(a).ok()?).ok();
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

    /// A time part after `i`: `sáng`/`chiều`/`tối`... adjusts the hour (not in the span).
    fn day_part_after(&self, i: usize, time: Time) -> (Time, bool) {
        if !self.spaced(i + 1) || !self.word_in(i + 1, DAY_PARTS) {
            return (time, false);
        }
        let h = time.hour();
        let pm = match &*self.key(i + 1) {
            "chiều" | "tối" => (1..=11).contains(&h),
            "đêm" => (7..=11).contains(&h),
            _ => false,
        };
        let t = if pm {
            Time::hm(h + 12, time.minute()).unwrap_or(time)
        } else {
            time
        };
        (t, true)
    }

    /// A plain number token: years, months, days, times, then values with scale and unit.
    fn plain(&mut self, i: usize) -> Option<usize> {
        let t = *self.tok(i)?;
        let simple = t.text().bytes().all(|b| b.is_ascii_digit());
        let prev = i.checked_sub(1);
        let prev_free = prev.is_some_and(|p| self.free_before(p) && self.spaced(i));
        const PREV: &[&str] = &["năm", "tháng", "quý", "quí", "từ", "thứ"];
        let prev_key = match prev {
            Some(p) if prev_free => self.word_match(p, PREV).unwrap_or(""),
            _ => "",
        };

        if simple {
            // năm 2022, năm 2020 - 2021, từ năm 2020 đến năm 2021
            if prev_key == "năm" {
                if let Some(y) = self.year(i) {
                    let date = Date::y(y).ok()?;
                    return Some(self.date_then_range(i - 1, i, date));
                }
            }
            // tháng 12 năm 2022, tháng 5
            if prev_key == "tháng" {
                if let Some(m) = self.int(i).filter(|m| (1..=12).contains(m)) {
                    let m = u8::try_from(m).ok()?;
                    if self.is_word(i + 1, "năm") && self.spaced(i + 1) && self.spaced(i + 2) {
                        if let Some(y) = self.year(i + 2) {
                            let d = Date::ym(y, m).ok()?;
                            return Some(self.date_then_range(i - 1, i + 2, d));
                        }
                    }
                    let dash_year = self.is_dash(i + 1) && self.near(i + 1) && self.near(i + 2);
                    if let Some(y) = self
                        .year(i + 2)
                        .filter(|_| dash_year && self.year_len4(i + 2))
                    {
                        let d = Date::ym(y, m).ok()?;
                        return Some(self.date_then_range(i - 1, i + 2, d));
                    }
                    let d = self.infer(Date::m(m).ok()?);
                    return Some(self.date_then_range(i - 1, i, d));
                }
            }
            // quý 2 năm 2023
            if prev_key == "quý" || prev_key == "quí" {
                if let Some(q) = self.int(i).filter(|q| (1..=4).contains(q)) {
                    let linked = (self.is_word(i + 1, "năm") && self.spaced(i + 1))
                        || (self.is_dash(i + 1) || self.is_punct(i + 1, &['/']))
                            && self.near(i + 1);
                    if linked && self.near(i + 2) {
                        if let Some(y) = self.year(i + 2).filter(|_| self.year_len4(i + 2)) {
                            return self.quarter(i - 1, i + 2, q, u32::try_from(y).ok()?);
                        }
                    }
                }
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
                                return match Date::ymd(y, m as u8, d as u8) {
                                    Ok(date) => Some(self.date_then_range(first, i + 4, date)),
                                    Err(_) => Some(i + 5),
                                };
                            }
                        }
                        return match Date::md(m as u8, d as u8) {
                            Ok(date) => {
                                let date = self.infer(date);
                                Some(self.date_then_range(first, i + 2, date))
                            }
                            Err(_) => Some(i + 3),
                        };
                    }
                }
            }
            // 6 tháng đầu năm 2023, 6 tháng cuối năm 2023
            if let Some(n) = self.int(i).filter(|n| [3, 6, 9].contains(n)) {
                if self.is_word(i + 1, "tháng")
                    && self.word_in(i + 2, &["đầu", "cuối"])
                    && self.is_word(i + 3, "năm")
                    && (1..=4).all(|k| self.spaced(i + k))
                {
                    if let Some(y) = self.year(i + 4) {
                        let n = n as u8;
                        let (a, b) = if self.is_word(i + 2, "đầu") {
                            (1, n)
                        } else {
                            (13 - n, 12)
                        };
                        let from = Date::ym(y, a).ok()?;
                        let to = Date::ym(y, b).ok()?;
                        return Some(self.push(i, i + 4, Value::DateRange { from, to }, None));
                    }
                }
            }
            // 21h04, 21h, 14 giờ 30 (phút)
            if let Some(next) = self.time_after(i) {
                return Some(next);
            }
            // bare pair of years with spaces: 2020 - 2021
            if let (Some(a), true) = (self.year(i), t.text().len() == 4) {
                if self.is_dash(i + 1) && self.near(i + 1) && self.near(i + 2) {
                    if let Some(b) = self.year(i + 2).filter(|b| *b > a && b - a <= 100) {
                        if self.tok(i + 2).is_some_and(|t| t.text().len() == 4) {
                            let from = Date::y(a).ok()?;
                            let to = Date::y(b).ok()?;
                            return Some(self.push(i, i + 2, Value::DateRange { from, to }, None));
                        }
                    }
                }
            }
            if self.is_identifier(i) {
                return Some(i + 1);
            }
        }

        // The value, with a broken thousands group (`152 .206`).
        let (value, last) = match parse_plain(t.text()) {
            Ok(Some(v)) => self.broken_group(i, v),
            Ok(None) => return Some(self.dotted_date(i)),
            Err(_) => return self.overflowed(i),
        };
        let Some(value) = value else {
            return self.overflowed(i);
        };

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

        // A sign glued to the number and standing free on its left: `-5`, `+3,2%`.
        let mut first = i;
        let mut value = value;
        if let Some(p) = prev
            .filter(|&p| self.glued(i) && self.tok(p).is_some_and(|t| t.start() >= self.last_end))
        {
            let minus =
                self.is_punct(p, &['-', '−', '–']) || self.tok(p).is_some_and(|t| t.is_char('−'));
            let plus = self.tok(p).is_some_and(|t| t.is_char('+'));
            let free = p == 0
                || self.gap(p).is_some_and(|g| g.contains('\n'))
                || (self.gap(p).is_some_and(|g| !g.is_empty()) && !self.is_number(p - 1));
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
        let approx = self.approx_before(first);
        let ordinal = prev_key == "thứ";
        self.value_tail(first, last, value, Numeral::Digits, ordinal, approx)
    }

    /// `ngày 2-3/9`, `2-3/9/2023`: two days of one month, a date range.
    fn day_span(&mut self, i: usize) -> Option<usize> {
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

    /// `15.3.2023`: a date written with dots (a number token that is no number).
    fn dotted_date(&mut self, i: usize) -> usize {
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

    /// Joins `152 .206` (a thousands group cut off by a stray space) when the first part has
    /// no separator or only thousands dots and the second is a `.` glued to 3-digit groups.
    fn broken_group(&self, i: usize, v: Decimal) -> (Option<Decimal>, usize) {
        let ok_first = self
            .tok(i)
            .is_some_and(|t| !t.text().contains(',') && v.is_integer());
        if ok_first && self.spaced(i + 1) && self.is_punct(i + 1, &['.']) && self.glued(i + 2) {
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

    /// `21h04`, `21h`, `14 giờ 30 phút`, `7 giờ tối`.
    fn time_after(&mut self, i: usize) -> Option<usize> {
        let h = u8::try_from(self.int(i)?).ok().filter(|h| *h < 24)?;
        let next = self.tok(i + 1)?;
        if self.glued(i + 1) {
            let s = next.text();
            let rest = s.strip_prefix('h').or_else(|| s.strip_prefix('H'))?;
            let m = if rest.is_empty() {
                0
            } else if rest.len() == 2 {
                u8::try_from(small(rest)?).ok()?
            } else {
                return None;
            };
            let time = Time::hm(h, m)?;
            let (time, _) = self.day_part_after(i + 1, time);
            return Some(self.push(i, i + 1, Value::Time { value: time }, None));
        }
        if !(self.spaced(i + 1) && self.is_word(i + 1, "giờ")) {
            return None;
        }
        let mut last = i + 1;
        let mut minute = None;
        if self.spaced(i + 2) {
            if let Some(m) = self.int(i + 2).filter(|m| *m < 60) {
                minute = u8::try_from(m).ok();
                last = i + 2;
                if self.spaced(i + 3) && self.is_word(i + 3, "phút") {
                    last = i + 3;
                }
            }
        }
        let time = Time::hm(h, minute.unwrap_or(0))?;
        let (time, part) = self.day_part_after(last, time);
        let cue_before = i.checked_sub(1).is_some_and(|p| {
            self.spaced(i)
                && self.word_in(
                    p,
                    &[
                        "lúc", "vào", "từ", "đến", "tới", "sáng", "chiều", "tối", "trưa", "đêm",
                    ],
                )
        });
        let day_after = self.spaced(last + 1) && self.is_word(last + 1, "ngày");
        if minute.is_none() && !part && !cue_before && !day_after {
            return None;
        }
        Some(self.push(i, last, Value::Time { value: time }, None))
    }

    /// The number token `i` follows a document type (`Chỉ thị 05`, `Chỉ thị số 34`,
    /// `Quyết định số 12/2023`): it identifies the document.
    fn is_document_number(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        if !self.spaced(i) || !self.tok(p).is_some_and(|t| t.kind() == TokenKind::Word) {
            return false;
        }
        let pair = |a: usize| -> String {
            let mut s = String::new();
            if let Some(a0) = a.checked_sub(1).filter(|_| self.spaced(a)) {
                s.push_str(&self.key(a0));
                s.push(' ');
            }
            s.push_str(&self.key(a));
            s
        };
        let doc = |a: usize| DOC_TYPES.contains(&pair(a).as_str()) || self.is_word(a, "luật");
        doc(p) || (self.is_word(p, "số") && p > 0 && self.spaced(p) && doc(p - 1))
    }

    /// A plain integer that is part of a name or a document number (`Cầu Rào 2`,
    /// `Chỉ thị số 34`).
    fn is_identifier(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        if !self.spaced(i) || !self.tok(p).is_some_and(|t| t.kind() == TokenKind::Word) {
            return false;
        }
        if self.is_document_number(i) {
            return true;
        }
        let noun_after = self.spaced(i + 1)
            && self
                .tok(i + 1)
                .is_some_and(|t| t.kind() == TokenKind::Word && !t.is_capitalized())
            && !self.word_in(i + 1, AFTER_DATE_WORDS);
        // `quận 1`, `Phường 3`, `quốc lộ 5`, `tổ 12`: the number is the name of the place.
        if self.word_in(p, NAME_HEADS) {
            return true;
        }
        if noun_after {
            return false;
        }
        if self.word_in(p, NUMBER_CUES) {
            return false;
        }
        let cap = |a: usize| {
            self.tok(a)
                .is_some_and(|t| t.kind() == TokenKind::Word && t.is_capitalized())
        };
        let word = |a: usize| self.tok(a).is_some_and(|t| t.kind() == TokenKind::Word);
        let Some(p2) = p.checked_sub(1) else {
            return false;
        };
        if cap(p) {
            return word(p2) && self.spaced(p) && !self.sentence_initial(p);
        }
        cap(p2)
            && self.spaced(p)
            && p2 > 0
            && word(p2 - 1)
            && self.spaced(p2)
            && !self.sentence_initial(p2)
    }

    /// Scale words right after token `last` (`tỷ`, `nghìn tỷ`; `trăm` too after digits): the
    /// total power of ten and the last token used (`last` itself when there is none).
    fn scales_after(&self, last: usize, hundred_ok: bool) -> (u32, usize) {
        let (mut exp, mut end) = (0u32, last);
        while self.spaced(end + 1)
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
    fn value_tail(
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
        let v = match self.unit_at(end + 1) {
            Some((code, UnitKind::Currency, e)) => {
                end = e;
                Value::Money {
                    value,
                    currency: code,
                }
            }
            Some((_, UnitKind::Percent, e)) => {
                end = e;
                Value::Percent { value }
            }
            Some((code, UnitKind::Measure, e)) => {
                end = e;
                Value::Quantity { value, unit: code }
            }
            None => Value::Number {
                value,
                numeral,
                ordinal,
            },
        };
        Some(self.push(first, end, v, approx))
    }

    // ---------------------------------------------------------------- words

    fn at_word(&mut self, i: usize) -> Option<usize> {
        let t = *self.tok(i)?;
        let text = t.text();
        // Roman numerals after a word that asks for one: khóa XIII, quý I, lần thứ XIII.
        if text
            .as_bytes()
            .first()
            .is_some_and(|b| b"IVXLCDM".contains(b))
        {
            let roman_part = text.split('/').next().unwrap_or("");
            if roman_part.bytes().all(|b| b"IVXLCDM".contains(&b)) {
                return self.roman(i, roman_part);
            }
        }
        if t.kind() != TokenKind::Word {
            return None;
        }
        let decomposed = self.decomposed && text.bytes().any(|x| x == 0xCC || x == 0xCD);
        if !decomposed && !special_shape(text.as_bytes()) {
            return None;
        }
        let k = if SPECIAL.contains(&text) {
            Cow::Borrowed(text)
        } else if decomposed || text.chars().next().is_some_and(char::is_uppercase) {
            t.key()
        } else {
            return None;
        };
        if k == "thứ" {
            return self.ordinal_word(i);
        }
        if words::starts_number(&k) {
            return self.spelled(i);
        }
        if CAN.contains(&&*k) && t.is_capitalized() {
            return self.lunar(i);
        }
        None
    }

    fn roman(&mut self, i: usize, numeral: &str) -> Option<usize> {
        let p = i.checked_sub(1)?;
        if !self.spaced(i) || !self.word_in(p, ROMAN_CUES) || self.tok(p)?.start() < self.last_end {
            return None;
        }
        // `Đại hội XIII`: `hội` counts only after `đại`.
        if self.is_word(p, "hội") && !(p > 0 && self.spaced(p) && self.is_word(p - 1, "đại")) {
            return None;
        }
        if self.is_word(p, "đoạn") && !(p > 0 && self.spaced(p) && self.is_word(p - 1, "giai")) {
            return None;
        }
        let n = words::roman(numeral)?;
        let t = *self.tok(i)?;
        if self.is_word(p, "quý") && (1..=4).contains(&n) {
            // quý I/2023 (one code token or three tokens), quý I năm 2023
            let year = if let Some((_, y)) = t.text().split_once('/') {
                small(y).filter(|_| y.len() == 4).map(|y| (y, i))
            } else if self.is_punct(i + 1, &['/']) && self.glued(i + 1) && self.glued(i + 2) {
                self.year(i + 2).map(|y| (y as u32, i + 2))
            } else if self.is_word(i + 1, "năm") && self.spaced(i + 1) && self.spaced(i + 2) {
                self.year(i + 2).map(|y| (y as u32, i + 2))
            } else {
                None
            };
            if let Some((y, last)) = year {
                return self.quarter(p, last, u32::from(n), y);
            }
        }
        if t.text().contains('/') {
            return None;
        }
        let v = Value::Number {
            value: Decimal::from_int(i64::from(n)),
            numeral: Numeral::Roman,
            ordinal: true,
        };
        Some(self.push(i, i, v, None))
    }

    /// `Thứ nhất`, `lần thứ hai`, `Thứ năm, ...` (not the weekday `Thứ hai, ngày 5/6`).
    fn ordinal_word(&mut self, i: usize) -> Option<usize> {
        let n = i + 1;
        if !self.spaced(n) {
            return None;
        }
        let w = self.key(n);
        let v = words::ordinal_word(&w)?;
        let after_noun = i > 0 && self.spaced(i) && self.word_in(i - 1, ORDINAL_NOUNS);
        let opening = self.tok(i)?.is_capitalized()
            && self.sentence_initial(i)
            && self.near(n + 1)
            && self.is_punct(n + 1, &[',', ':', '.', ')'])
            && !(self.near(n + 2) && (self.word_in(n + 2, &["ngày"]) || self.is_number(n + 2)));
        if w != "nhất" && !after_noun && !opening {
            return None;
        }
        let value = Value::Number {
            value: Decimal::from_int(i64::from(v)),
            numeral: Numeral::Words,
            ordinal: true,
        };
        Some(self.push(n, n, value, None))
    }

    /// `hai mươi mốt`, `một trăm linh năm`, `hai tỷ đồng`.
    fn spelled(&mut self, i: usize) -> Option<usize> {
        // A capitalized number word inside a sentence is a name (`Mười Thơ`, `vợ Mười`,
        // `Ba Bường`); all-capital headlines and sentence starts (`Mười năm qua`) are read.
        let t = *self.tok(i)?;
        if t.is_capitalized() && !t.is_uppercase() && !self.sentence_initial(i) {
            return None;
        }
        let mut keys: Vec<Cow<'a, str>> = vec![self.key(i)];
        let mut j = i + 1;
        while keys.len() < 24
            && self.spaced(j)
            && self.tok(j).is_some_and(|t| t.kind() == TokenKind::Word)
        {
            let k = self.key(j);
            if !words::is_number_word(&k) {
                break;
            }
            keys.push(k);
            j += 1;
        }
        let refs: Vec<&str> = keys.iter().map(|k| &**k).collect();
        let (value, used, compound) = match words::parse_words(&refs)? {
            Ok(v) => v,
            Err(()) => return self.overflowed(i),
        };
        if used == 0 {
            return None;
        }
        let last = i + used - 1;
        // A lone unit word: only on request, and never `năm 2022` (a year) or `một số`.
        if !compound {
            let next_is_number = self.is_number(last + 1);
            if !self.opts.lone_number_words || next_is_number {
                return None;
            }
        }
        let approx = self.approx_before(i);
        self.value_tail(i, last, value, Numeral::Words, false, approx)
    }

    /// `Tết Nguyên đán Giáp Thìn`, `Xuân Mậu Tuất`: the Gregorian year whose can-chi it is,
    /// nearest to the reference date (not reported without one, nor when `năm 2018` follows;
    /// `Xuân Quý Mão 2023` reports the written year `2023` as the date).
    fn lunar(&mut self, i: usize) -> Option<usize> {
        let can = CAN.iter().position(|c| *c == self.key(i))?;
        let n = i + 1;
        if !self.spaced(n) || !self.tok(n)?.is_capitalized() {
            return None;
        }
        let kn = self.key(n);
        let chi = CHI.iter().position(|names| names.contains(&&*kn))?;
        let cue =
            i > 0 && self.spaced(i) && self.word_in(i - 1, &["xuân", "tết", "năm", "đán", "tết"]);
        if !cue {
            return None;
        }
        if self.is_word(n + 1, "năm") && self.spaced(n + 1) && self.year(n + 2).is_some() {
            return None;
        }
        // `Xuân Quý Mão 2023`: the written year is the date (the name is not in the span).
        if self.spaced(n + 1) && self.year_len4(n + 1) {
            let y = self.year(n + 1)?;
            let date = Date::y(y).ok()?;
            return Some(self.push(n + 1, n + 1, Value::Date { value: date }, None));
        }
        let r = self.opts.reference_date?.year()?;
        // Year y has stem (y - 4) mod 10 and branch (y - 4) mod 12.
        let year = (i32::from(r) - 30..=i32::from(r) + 30)
            .filter(|y| {
                (y - 4).rem_euclid(10) as usize == can && (y - 4).rem_euclid(12) as usize == chi
            })
            .min_by_key(|y| (y - i32::from(r)).abs())?;
        let date = Date::y(i16::try_from(year).ok()?)
            .ok()?
            .with_inferred_year(i16::try_from(year).ok()?);
        Some(self.push(i, n, Value::Date { value: date }, None))
    }
}

/// Every word `at_word` acts on: `thứ`, the words that start a spelled-out number, the stems.
const SPECIAL: &[&str] = &[
    "thứ", "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười",
    "giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý",
];

/// A cheap filter before looking a word up: the byte length and the first byte (ASCII case
/// folded) of one of [`SPECIAL`]. Upper- and lower-case Vietnamese letters have the same UTF-8
/// length and lead byte, so `THỨ` and `Thứ` pass with `thứ` (a unit test checks the table).
fn special_shape(b: &[u8]) -> bool {
    let Some(&f) = b.first() else { return false };
    matches!(
        (b.len(), f.to_ascii_lowercase()),
        (2, b'b')
            | (3, b'h')
            | (4, b'c' | b'k' | b'n' | b'q' | b's' | b't' | 0xE1)
            | (5, b'b' | b'c' | b'g' | b'm' | b'n' | b't' | 0xC4)
            | (6, b'k')
            | (7, b'm')
    )
}

impl Shape<'_> {
    fn is_plain(&self) -> bool {
        matches!(self, Shape::Plain)
    }
}

fn ymd(d: &str, m: &str, y: &str) -> Option<Date> {
    let (d, m, y) = (small(d)?, small(m)?, small(y)?);
    Date::ymd(
        i16::try_from(y).ok()?,
        u8::try_from(m).ok()?,
        u8::try_from(d).ok()?,
    )
    .ok()
}

/// A valid day-month (any year; 29/2 accepted).
fn dm(d: u32, m: u32) -> Option<Date> {
    let (d, m) = (u8::try_from(d).ok()?, u8::try_from(m).ok()?);
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(2000, m) {
        return None;
    }
    Date::md(m, d).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_shape_covers_every_special_word_in_every_case() {
        for w in SPECIAL {
            assert!(special_shape(w.as_bytes()), "{w}");
            assert!(special_shape(w.to_uppercase().as_bytes()), "{w}");
            let mut cap = w.chars();
            let first: String = cap
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .collect();
            assert!(
                special_shape(format!("{first}{}", cap.as_str()).as_bytes()),
                "{w}"
            );
        }
        assert!(!special_shape("được".as_bytes()));
        assert!(!special_shape(b""));
    }
}
