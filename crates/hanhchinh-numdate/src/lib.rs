//! Vietnamese numbers, amounts, dates, times and ranges, parsed exactly and found in running
//! text with byte spans.
//!
//! Administrative reports are made of figures: `2.309 doanh nghiệp`, `96,39%`,
//! `82.367 tỷ đồng`, `4,3ha`, `30/31 chỉ tiêu`, `12-17 tuổi`, `khóa XIII`, `ngày 18/5`,
//! `Sáng 17-1`, `20:47 21/01/2022`, `(11/6/1948 - 11/6/2023)`. This crate reads them as a
//! Vietnamese reader does: `.` groups thousands and `,` marks decimals, values are exact
//! ([`Decimal`], never `f64`), a day-month takes its year from its sentence or the document
//! date, and context decides between a date, a fraction and a range.
//!
//! ```
//! use hanhchinh_numdate::{find, parse_number, Kind, Options, PartialDate, Value};
//!
//! // One expression.
//! let v = parse_number("82.367 tỷ đồng").unwrap();
//! assert_eq!(v, Value::Money { value: "82367000000000".parse().unwrap(), currency: "VND" });
//!
//! // Running text, with the document date.
//! let text = "Chiều 21/1, quận đạt 96,39%; hoàn thành 30/31 chỉ tiêu, hỗ trợ 152 .206 đối tượng.";
//! let opts = Options::new().reference_date(PartialDate::ymd(2022, 1, 21).unwrap());
//! let items = find(text, &opts);
//! let got: Vec<(Kind, &str)> = items.iter().map(|i| (i.kind(), i.surface())).collect();
//! assert_eq!(got, [
//!     (Kind::Date, "21/1"),
//!     (Kind::Percent, "96,39%"),
//!     (Kind::Fraction, "30/31"),
//!     (Kind::Number, "152 .206"),
//! ]);
//! assert_eq!(items[0].date().unwrap().to_string(), "2022-01-21");
//! assert_eq!(&text[items[3].span()], "152 .206");
//! ```
//!
//! The context rules (date or fraction, range or day-month, names and document numbers) are
//! listed in the documentation of [`find`]. A caller that runs several recognizers builds one
//! [`hanhchinh_text::Doc`] and calls [`find_in_doc`] (and [`date_in_doc`]): every token's key,
//! case and gap is read from the document, and the closed word lists the crates share (unit
//! types, document types, place nouns) come from [`hanhchinh_text::vocab`]. The units, currencies and percent words come from
//! an editable table ([`UNITS_TSV`]).
//!
//! Dates are [`PartialDate`]s: a whole day is a [`jiff::civil::Date`], and a year, a quarter,
//! a month or a day without a year keep the precision they were written with (`2023`,
//! `2025-Q1`, `2023-05`, `--05-18`). The document's date ([`Options::reference_date`]) may be
//! partial too.
//!
//! With the `serde` feature, [`Item`] and [`Value`] serialize, and [`PartialDate`], [`Time`]
//! and [`Decimal`] serialize and deserialize as strings (`"2023-05-18"`, `"20:47"`,
//! `"96.39"`: exact).

/// The README's example runs as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

mod date;
mod decimal;
mod error;
mod scan;
#[cfg(feature = "serde")]
mod serde_text;
mod types;
mod units;
mod words;

pub use date::{PartialDate, Precision};
pub use decimal::{Decimal, MAX_MANTISSA, MAX_SCALE};
pub use error::Error;
pub use types::{Approx, Item, Kind, Numeral, Options, Time, Value};
pub use units::UNITS_TSV;

use hanhchinh_text::{Doc, Token};

/// Finds every number, percentage, amount, quantity, fraction, range, date, time and date
/// range in `text`, in order, without overlaps. Spans are byte offsets into `text`.
///
/// Rules, with examples (each is a test in `tests/rules.rs`):
/// * **Numbers**: `2.309` = 2309, `96,39` = 96.39, `08` = 8, `152 .206` = 152206 (a broken
///   space), `-5`, `1,234,567` and `1,234.5` (international style, when unambiguous);
///   `1.2.3` and `0912.345.678` are no numbers. Scale words `nghìn`/`ngàn`, `triệu`,
///   `tỷ`/`tỉ`, `nghìn tỷ`, `trăm` after digits; groups add up (`1 tỷ 200 triệu`).
/// * **Percent, money, quantity**: `%` or `phần trăm` make a percent, a currency (`đồng`, `đ`,
///   `VNĐ`, `USD`...; not `đồng chí`) money, a unit of measure (`ha`, `Km2`, `tấn`) a
///   quantity ([`UNITS_TSV`]). Count nouns (`người`, `tập thể`) leave a number, whose span is
///   the numeral.
/// * **Spelled-out numbers** of more than one unit word (`hai mươi mốt`, `mười`, `ba trăm`,
///   `hai tỷ đồng`); a lone unit word (`hai tập thể`, `một số`) only with
///   [`Options::lone_number_words`]; a capitalized number word inside a sentence is a name
///   (`Mười Thơ`).
/// * **Ordinals and Roman numerals**: `thứ 4`, `lớp 10`; `khóa XIII`, `quý I`, `lần thứ XIII`,
///   `kỳ họp thứ IV`, `Đại hội XIII` (a Roman numeral needs such a word before it); `thứ
///   nhất`, `lần thứ hai`, and `Thứ hai,` opening a sentence, but not the weekday
///   (`Thứ hai, ngày 5/6`, `vào thứ hai`, `Thứ 6, 05/07/2024`, `sáng thứ 7`). The ordinal
///   markers `thứ`, `lần thứ`, `khóa` and `lần` are in the span (`lần thứ XIII`, `thứ 4`,
///   `lần 3`); other cue words are not (`quý I` gives `I`, `lớp 10` gives `10`).
/// * **Qualifiers** `hơn`, `trên`, `ngoài`, `dưới`, `gần`, `khoảng`, `chừng`, `ước` are flags
///   ([`Item::approx`]), not in spans.
/// * **Dates**: `18/05/2023`, `18-5-2023`, `15.3.2023`, `17 - 3 - 2004`, `2023-03-31`, `ngày
///   18/5`, `Sáng 17-1`, `Chiều 12.9` and `hôm 10.4` (a dotted day and month after a date
///   word), `Sáng nay 5-8`, `ngày 11 tháng 6 năm 1948`, `19 Tháng 8, 2025`, `tháng 12/2022`,
///   `tháng 5.2020`, `tháng 12 năm 2022`, `tháng 8 - 2003`, `năm 2022`, `quý I/2023` and `quý 2
///   năm 2023` (a quarter, `2023-Q1`), and a bare year after a word that compares or bounds a
///   period (`so với 2021`, `cùng kỳ 2022`, `đầu 2026`). `ngày`, `tháng`, `năm` are in the
///   span; parts of the day (`Sáng`) and labels (`Ngày đăng`) are not. A day-month or a month
///   takes its year from a date written earlier in its sentence (`Năm 2026, lễ hội diễn ra
///   ngày 15/2`; not a year of comparison or a bound: `so với năm 2024`, `từ năm 2021`), else
///   from the reference date; either way flagged as inferred ([`Item::is_year_inferred`]), and
///   only when there is a reference date.
///   Invalid dates (`31/02/2023`, `32/1`) are nothing.
/// * **Date ranges**: `11/6/1948 - 11/6/2023`, `năm 2020 - 2021`, `từ ngày 1/3/2023 đến ngày
///   5/3/2023` (`từ` left out), `đến hết ngày ...`, `ngày 2-3/9`, days that share the month and
///   year of the second (`ngày 1 đến 20/11`, `19 - 23/01/2026`, `ngày 3 đến 4-12-2020`),
///   `giai đoạn 2021-2025`, `6 tháng đầu năm 2023` (and `6 tháng đầu năm`, in the year of the
///   reference date; `6 tháng cuối năm 2023` is a count and a year).
/// * **Times**: `20:47`, `21h04`, `9h`, `14 giờ 30 (phút)`; `7 giờ tối` is 19:00; `N giờ`
///   alone only after `lúc`, `vào`, `từ`, `đến` or with a part of the day (`trong 24 giờ` is a
///   number).
/// * **Lunar years** after `Tết`, `Xuân`, `năm` or `Nguyên đán`: `Tết Nguyên đán Giáp Thìn`
///   gives the year of that name nearest the reference date (nothing without one); a name
///   followed by its year is one date (`Canh Tý 2020`, `Xuân Quý Mão 2023`: the name in the
///   span, no cue word needed when the year has that name); before `năm 2018` the name is
///   left out.
/// * **Date, fraction or range** for `a/b` and `a-b` with no year: a day-month after a date
///   word (`ngày`, `mùng`, `sáng`, `chiều`, `tối`, `trưa`, `đêm`, `hôm`, `sớm`); else `a/b` is
///   a fraction when it cannot be a day-month (`30/31 chỉ tiêu`), or when `a <= b` and a noun
///   follows (`9/10 tiêu chí`) or a fraction word precedes (`chiếm 1/3`, `tỷ lệ 2/3`); `a-b`
///   is a pair of years (`2021-2025`), a range when `a < b` (`12-17 tuổi`), else a day-month
///   (`17-1`). Ranges: `từ 3 đến 5`, `3 - 5%`, `từ 2 đến 3 tỷ đồng`.
/// * **Not numbers**: codes (`Covid-19`, `34-CT/TW`, `Km2`), digits ending a name of two or
///   more capitalized words (`Cầu Rào 2`, `Nghị quyết Trung ương 4`) unless a noun follows,
///   numbers naming places (`quận 1`, `Phường 3`, `thôn 2`, `tổ 12`, `quốc lộ 5`, `ngõ 34`,
///   `Vành đai 4`), the parts of a legal text (`khoản 2 Điều 79`, `Chương II`), streets
///   named after a date (`đường 3/2`), document
///   numbers (`Chỉ thị số 34`, `Chỉ thị 05`, `Quyết định số 12/2023`).
///
/// ```
/// use hanhchinh_numdate::{find, Options, Value};
/// let items = find("có từ 3 đến 5 xã; khóa XIII; Cầu Rào 2; trên 18 tuổi", &Options::default());
/// let got: Vec<&str> = items.iter().map(|i| i.surface()).collect();
/// assert_eq!(got, ["từ 3 đến 5", "khóa XIII", "18"]);
/// assert!(items[2].approx().is_some());
/// ```
pub fn find<'a>(text: &'a str, options: &Options) -> Vec<Item<'a>> {
    // No item crosses a line break (every rule joins tokens across spaces only), so the text
    // is scanned in parts of about 64 KiB cut after a line break, with one reused token
    // buffer: the same items as a scan of all tokens (tested), without a token vector the size
    // of the text. Without a `Doc`, the facts of the few tokens the rules look at are computed
    // as needed (cheaper than a `Doc`, which folds every token).
    const CHUNK: usize = 1 << 16;
    let mut items = Vec::new();
    let mut tokens: Vec<Token<'a>> = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + CHUNK).min(text.len());
        if end < text.len() {
            end = text
                .as_bytes()
                .get(end..)
                .and_then(|rest| rest.iter().position(|&b| b == b'\n'))
                .map_or(text.len(), |p| end + p + 1);
        }
        let Some(part) = text.get(start..end) else {
            break;
        };
        let base = start;
        start = end;
        // Tokens and items are relative to the part; items are moved back into `text`.
        tokens.clear();
        tokens.extend(hanhchinh_text::tokenize(part));
        let src = scan::Tokens::new(part, &tokens);
        let mut scan = scan::Scan::new(&src, options);
        scan.run();
        items.extend(scan.items.into_iter().map(|mut item| {
            item.start += base;
            item.end += base;
            item
        }));
    }
    items
}

/// [`find`] over a [`Doc`] (a text tokenized once, with the facts of every token), so that a
/// caller running several recognizers tokenizes and normalizes once: every key, case and gap
/// is read from the document.
///
/// ```
/// use hanhchinh_numdate::{find_in_doc, Kind, Options};
/// let doc = hanhchinh_text::Doc::new("tăng 6,6% so với năm 2020");
/// let items = find_in_doc(&doc, &Options::default());
/// let kinds: Vec<Kind> = items.iter().map(|i| i.kind()).collect();
/// assert_eq!(kinds, [Kind::Percent, Kind::Date]);
/// ```
pub fn find_in_doc<'a>(doc: &Doc<'a>, options: &Options) -> Vec<Item<'a>> {
    let mut scan = scan::Scan::new(doc, options);
    scan.run();
    scan.items
}

/// [`find`] over tokens already made by `hanhchinh_text::tokenize(text)` (the same items as
/// [`find_in_doc`] over the [`Doc`] of those tokens). A caller that has a `Doc` calls
/// [`find_in_doc`].
///
/// ```
/// use hanhchinh_numdate::{find_in_tokens, Options};
/// let text = "tăng 6,6% so với năm 2020";
/// let tokens: Vec<_> = hanhchinh_text::tokenize(text).collect();
/// let items = find_in_tokens(text, &tokens, &Options::default());
/// assert_eq!(items.len(), 2);
/// ```
pub fn find_in_tokens<'a>(text: &'a str, tokens: &[Token<'a>], options: &Options) -> Vec<Item<'a>> {
    let src = scan::Tokens::new(text, tokens);
    let mut scan = scan::Scan::new(&src, options);
    scan.run();
    scan.items
}

/// The date (or date range, or time) that starts at token `index` of `doc` (or whose number is
/// token `index`, the span then includes a `ngày` before it), if there is one: for a caller
/// that found `ngày` or a number after something else (the date of a legal reference,
/// `Chỉ thị số 34-CT/TW ngày 07/4/2014`). The cost does not depend on the length of the
/// document.
///
/// ```
/// use hanhchinh_numdate::{date_in_doc, Options};
/// let doc = hanhchinh_text::Doc::new("Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị");
/// let at = (0..doc.len()).find(|&i| doc.is(i, "ngày")).unwrap();
/// let item = date_in_doc(&doc, at, &Options::default()).unwrap();
/// assert_eq!(item.surface(), "ngày 07/4/2014");
/// assert_eq!(item.date().unwrap().to_string(), "2014-04-07");
/// assert!(date_in_doc(&doc, 0, &Options::default()).is_none());
/// ```
pub fn date_in_doc<'a>(doc: &Doc<'a>, index: usize, options: &Options) -> Option<Item<'a>> {
    let start = doc.token(index)?.start();
    first_date(scan::Scan::new(doc, options), index, start)
}

/// [`date_in_doc`] for a caller that has tokens of `text` and no [`Doc`]: it reads the few
/// tokens around `index` (a few before, a date's length after), so that a call costs the same
/// whatever the length of `tokens`.
///
/// ```
/// use hanhchinh_numdate::{date_at, Options};
/// let text = "Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị";
/// let tokens: Vec<_> = hanhchinh_text::tokenize(text).collect();
/// let at = tokens.iter().position(|t| t.text() == "ngày").unwrap();
/// let item = date_at(text, &tokens, at, &Options::default()).unwrap();
/// assert_eq!(item.surface(), "ngày 07/4/2014");
/// assert_eq!(item.date().unwrap().to_string(), "2014-04-07");
/// ```
pub fn date_at<'a>(
    text: &'a str,
    tokens: &[Token<'a>],
    index: usize,
    options: &Options,
) -> Option<Item<'a>> {
    let start = tokens.get(index)?.start();
    // Only the tokens the scanner can look at (a few before, a date's length after).
    let lo = index.saturating_sub(6);
    let hi = tokens.len().min(index + 24);
    let src = scan::Tokens::new(text, tokens.get(lo..hi)?);
    first_date(scan::Scan::new(&src, options), index - lo, start)
}

/// The first item read from token `index` on (at most three tokens on), if it is a date, a
/// date range or a time covering byte `start`.
fn first_date<'a, S: scan::Source<'a>>(
    mut scan: scan::Scan<'_, 'a, S>,
    index: usize,
    start: usize,
) -> Option<Item<'a>> {
    for i in index..index + 3 {
        scan.step(i);
        if let Some(item) = scan.items.first() {
            let dateish = matches!(item.kind(), Kind::Date | Kind::DateRange | Kind::Time);
            let covers = item.start() <= start && start < item.end();
            return (dateish && covers).then(|| item.clone());
        }
    }
    None
}

/// Scans `s` strictly: exactly one item must cover the whole (trimmed) string.
fn parse_one<'a>(s: &'a str, options: &Options) -> Result<Item<'a>, Error> {
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if trimmed.is_empty() {
        return Err(Error::empty());
    }
    let tokens: Vec<Token<'a>> = hanhchinh_text::tokenize(s).collect();
    let src = scan::Tokens::new(s, &tokens);
    let mut scan = scan::Scan::new(&src, options);
    scan.run();
    if let Some(at) = scan.overflow {
        return Err(Error::overflow(at));
    }
    let mut items = scan.items.into_iter();
    match (items.next(), items.next()) {
        (Some(item), None) if item.start() == lead && item.end() == lead + trimmed.len() => {
            Ok(item)
        }
        (Some(item), _) if item.start() == lead => Err(Error::trailing(item.end())),
        (Some(item), _) => Err(Error::expected("a number", 0).at(lead.min(item.start()))),
        (None, _) => Err(Error::expected("a number", lead)),
    }
}

/// Parses one number, percentage, amount, quantity, fraction or range written the
/// Vietnamese way; the whole string (trimmed) must be that expression.
///
/// Spelled-out numbers are read too (`hai mươi mốt`, `mười lăm`, `ba mươi tư`, `một trăm linh
/// năm`, `hai nghìn không trăm hai mươi ba`, with `lăm`/`nhăm`, `mốt`, `tư`, `linh`/`lẻ`).
/// Values too large for [`Decimal`] give an overflow error, never a rounded value.
///
/// ```
/// use hanhchinh_numdate::{parse_number, Value};
/// let dec = |s: &str| s.parse().unwrap();
/// assert_eq!(parse_number("2.309").unwrap().decimal(), Some(dec("2309")));
/// assert_eq!(parse_number("96,39%").unwrap(), Value::Percent { value: dec("96.39") });
/// assert_eq!(parse_number("4,3ha").unwrap(), Value::Quantity { value: dec("4.3"), unit: "ha" });
/// assert_eq!(parse_number("hai mươi mốt").unwrap().decimal(), Some(dec("21")));
/// assert_eq!(parse_number("1,5 triệu đồng").unwrap().decimal(), Some(dec("1500000")));
/// assert!(parse_number("999.999.999.999.999.999 tỷ tỷ").unwrap_err().is_overflow());
/// assert!(parse_number("ngày 18/5").is_err());
/// ```
pub fn parse_number(s: &str) -> Result<Value, Error> {
    let opts = Options::new().lone_number_words(true);
    let item = parse_one(s, &opts)?;
    match item.kind() {
        Kind::Number
        | Kind::Percent
        | Kind::Money
        | Kind::Quantity
        | Kind::Fraction
        | Kind::Range => Ok(item.value),
        _ => Err(Error::expected("a number", item.start())),
    }
}

/// Parses one date, written any of the ways [`find`] reads (`18/05/2023`, `ngày 07/4/2014`,
/// `ngày 11 tháng 6 năm 1948`, `tháng 12/2022`, `năm 2022`, `18/5`). A day-month gets its year
/// from `reference` when one is given (flagged inferred); a date that does not exist is an
/// error.
///
/// ```
/// use hanhchinh_numdate::{parse_date, PartialDate};
/// assert_eq!(parse_date("ngày 07/4/2014", None).unwrap(), PartialDate::ymd(2014, 4, 7).unwrap());
/// assert_eq!(parse_date("ngày 11 tháng 6 năm 1948", None).unwrap().to_string(), "1948-06-11");
/// assert_eq!(parse_date("18/5", None).unwrap().to_string(), "--05-18");
/// let page = "2023-05-18".parse().ok();
/// assert_eq!(parse_date("18/5", page).unwrap().to_string(), "2023-05-18");
/// // A reference that is only a year gives its year.
/// assert_eq!(parse_date("ngày 18/5", "2023".parse().ok()).unwrap().to_string(), "2023-05-18");
/// assert!(parse_date("31/02/2023", None).unwrap_err().is_invalid_date());
/// ```
pub fn parse_date(s: &str, reference: Option<PartialDate>) -> Result<PartialDate, Error> {
    let mut opts = Options::new();
    opts.reference_date = reference;
    match parse_one(s, &opts) {
        Ok(item) => item
            .date()
            .ok_or_else(|| Error::expected("a date", item.start())),
        Err(e) => {
            let lead = s.len() - s.trim_start().len();
            if looks_like_invalid_date(s.trim()) {
                return Err(Error::invalid_date(lead));
            }
            Err(e)
        }
    }
}

/// A `d/m(/y)` or `d-m(-y)` shape whose numbers are no calendar date.
fn looks_like_invalid_date(s: &str) -> bool {
    let s = s.strip_prefix("ngày ").unwrap_or(s);
    for sep in ['/', '-'] {
        let parts: Vec<&str> = s.split(sep).collect();
        if (2..=3).contains(&parts.len())
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
        {
            return true;
        }
    }
    false
}
