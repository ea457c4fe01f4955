//! Result types: items found in text, their values, dates, times and options.

use std::fmt;
use std::ops::Range;

use crate::{Decimal, Error};

/// A calendar date, possibly partial (year only, month and year, day and month), with the year
/// marked when it was inferred from the reference date rather than written.
///
/// ```
/// use hanhchinh_numdate::Date;
/// let d = Date::ymd(2023, 5, 18).unwrap();
/// assert_eq!(d.iso(), "2023-05-18");
/// assert!(Date::ymd(2023, 2, 31).is_err());
/// assert_eq!(Date::md(5, 18).unwrap().iso(), "--05-18");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "DateFields"))]
pub struct Date {
    year: Option<i16>,
    month: Option<u8>,
    day: Option<u8>,
    year_inferred: bool,
}

impl Date {
    /// A full date; an error when it does not exist (`31/02/2023`).
    pub fn ymd(year: i16, month: u8, day: u8) -> Result<Date, Error> {
        let m = i8::try_from(month).map_err(|_| Error::invalid_date(0))?;
        let d = i8::try_from(day).map_err(|_| Error::invalid_date(0))?;
        jiff::civil::Date::new(year, m, d).map_err(|_| Error::invalid_date(0))?;
        Ok(Date {
            year: Some(year),
            month: Some(month),
            day: Some(day),
            year_inferred: false,
        })
    }

    /// A month of a year (`tháng 12/2022`).
    pub fn ym(year: i16, month: u8) -> Result<Date, Error> {
        if !(1..=12).contains(&month) || !(1..=9999).contains(&year) {
            return Err(Error::invalid_date(0));
        }
        Ok(Date {
            year: Some(year),
            month: Some(month),
            day: None,
            year_inferred: false,
        })
    }

    /// A year (`năm 2022`).
    pub fn y(year: i16) -> Result<Date, Error> {
        if !(1..=9999).contains(&year) {
            return Err(Error::invalid_date(0));
        }
        Ok(Date {
            year: Some(year),
            month: None,
            day: None,
            year_inferred: false,
        })
    }

    /// A day of a month with no year (`18/5`); 29 February is accepted.
    pub fn md(month: u8, day: u8) -> Result<Date, Error> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(2000, month) {
            return Err(Error::invalid_date(0));
        }
        Ok(Date {
            year: None,
            month: Some(month),
            day: Some(day),
            year_inferred: false,
        })
    }

    /// A month with no year (`tháng 5`).
    pub fn m(month: u8) -> Result<Date, Error> {
        if !(1..=12).contains(&month) {
            return Err(Error::invalid_date(0));
        }
        Ok(Date {
            year: None,
            month: Some(month),
            day: None,
            year_inferred: false,
        })
    }

    /// The year, written or inferred.
    pub fn year(&self) -> Option<i16> {
        self.year
    }
    /// The month (1 to 12), if known.
    pub fn month(&self) -> Option<u8> {
        self.month
    }
    /// The day of the month, if known.
    pub fn day(&self) -> Option<u8> {
        self.day
    }
    /// True when the year was not written but taken from the reference date.
    pub fn is_year_inferred(&self) -> bool {
        self.year_inferred
    }
    /// True when day, month and year are all known.
    pub fn is_complete(&self) -> bool {
        self.year.is_some() && self.month.is_some() && self.day.is_some()
    }

    /// The date as written: an inferred year is dropped.
    ///
    /// ```
    /// use hanhchinh_numdate::{find, Date, Options};
    /// let opts = Options { reference_date: Some(Date::ymd(2023, 5, 18).unwrap()), ..Options::default() };
    /// let items = find("Sáng ngày 18/5, quận tổ chức hội nghị.", &opts);
    /// let date = items[0].date().unwrap();
    /// assert_eq!(date.iso(), "2023-05-18");
    /// assert!(date.is_year_inferred());
    /// assert_eq!(date.written().iso(), "--05-18");
    /// ```
    pub fn written(&self) -> Date {
        if self.year_inferred {
            Date {
                year: None,
                year_inferred: false,
                ..*self
            }
        } else {
            *self
        }
    }

    pub(crate) fn with_inferred_year(self, year: i16) -> Date {
        Date {
            year: Some(year),
            year_inferred: true,
            ..self
        }
    }

    /// ISO 8601 form, shortened for partial dates: `2023-05-18`, `2023-05`, `2023`, `--05-18`,
    /// `--05`.
    pub fn iso(&self) -> String {
        self.to_string()
    }

    pub(crate) fn jiff(&self) -> Option<jiff::civil::Date> {
        let m = i8::try_from(self.month?).ok()?;
        let d = i8::try_from(self.day?).ok()?;
        jiff::civil::Date::new(self.year?, m, d).ok()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => write!(f, "{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => write!(f, "{y:04}-{m:02}"),
            (Some(y), None, _) => write!(f, "{y:04}"),
            (None, Some(m), Some(d)) => write!(f, "--{m:02}-{d:02}"),
            (None, Some(m), None) => write!(f, "--{m:02}"),
            (None, None, _) => f.write_str("--"),
        }
    }
}

/// The fields of a [`Date`] as read by serde, checked before they become a `Date`.
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
struct DateFields {
    year: Option<i16>,
    month: Option<u8>,
    day: Option<u8>,
    year_inferred: bool,
}

#[cfg(feature = "serde")]
impl TryFrom<DateFields> for Date {
    type Error = Error;
    fn try_from(f: DateFields) -> Result<Date, Error> {
        let d = match (f.year, f.month, f.day) {
            (Some(y), Some(m), Some(d)) => Date::ymd(y, m, d)?,
            (Some(y), Some(m), None) => Date::ym(y, m)?,
            (Some(y), None, None) => Date::y(y)?,
            (None, Some(m), Some(d)) => Date::md(m, d)?,
            (None, Some(m), None) => Date::m(m)?,
            _ => return Err(Error::invalid_date(0)),
        };
        Ok(Date {
            year_inferred: f.year_inferred && f.year.is_some(),
            ..d
        })
    }
}

/// The fields of a [`Time`] as read by serde, checked before they become a `Time`.
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
struct TimeFields {
    hour: u8,
    minute: u8,
    second: Option<u8>,
}

#[cfg(feature = "serde")]
impl TryFrom<TimeFields> for Time {
    type Error = Error;
    fn try_from(f: TimeFields) -> Result<Time, Error> {
        match f.second {
            Some(s) => Time::hms(f.hour, f.minute, s),
            None => Time::hm(f.hour, f.minute),
        }
        .ok_or_else(|| Error::expected("a time of day", 0))
    }
}

/// Days in a month of a year (Gregorian), 0 for a month outside 1 to 12.
pub(crate) fn days_in_month(year: i16, month: u8) -> u8 {
    let Ok(m) = i8::try_from(month) else { return 0 };
    jiff::civil::Date::new(year, m, 1)
        .map(|d| u8::try_from(d.days_in_month()).unwrap_or(0))
        .unwrap_or(0)
}

/// A time of day.
///
/// ```
/// use hanhchinh_numdate::Time;
/// assert_eq!(Time::hm(20, 47).unwrap().to_string(), "20:47");
/// assert!(Time::hm(24, 0).is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "TimeFields"))]
pub struct Time {
    hour: u8,
    minute: u8,
    second: Option<u8>,
}

impl Time {
    /// Hours and minutes; `None` unless `hour < 24` and `minute < 60`.
    pub fn hm(hour: u8, minute: u8) -> Option<Time> {
        (hour < 24 && minute < 60).then_some(Time {
            hour,
            minute,
            second: None,
        })
    }
    /// Hours, minutes and seconds.
    pub fn hms(hour: u8, minute: u8, second: u8) -> Option<Time> {
        (hour < 24 && minute < 60 && second < 60).then_some(Time {
            hour,
            minute,
            second: Some(second),
        })
    }
    /// The hour (0 to 23).
    pub fn hour(&self) -> u8 {
        self.hour
    }
    /// The minute.
    pub fn minute(&self) -> u8 {
        self.minute
    }
    /// The second, if written.
    pub fn second(&self) -> Option<u8> {
        self.second
    }
}

impl fmt::Display for Time {
    /// `HH:MM`, or `HH:MM:SS` when seconds were written.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)?;
        if let Some(s) = self.second {
            write!(f, ":{s:02}")?;
        }
        Ok(())
    }
}

/// How a number was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Numeral {
    /// Arabic digits (`2.309`, `96,39`).
    Digits,
    /// Vietnamese number words (`hai mươi mốt`, `nhất` in `Thứ nhất`).
    Words,
    /// A Roman numeral in context (`khóa XIII`).
    Roman,
}

/// A qualifier written just before a number; it is not part of the item's span.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Approx {
    /// `hơn`, `trên`, `ngoài`: more than.
    Over,
    /// `dưới`: less than.
    Under,
    /// `gần`: nearly.
    Nearly,
    /// `khoảng`, `chừng`, `xấp xỉ`, `ước`: about.
    About,
}

/// The value of an item.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Value {
    /// A count or ordinal (`2.309`, `08`, `khóa XIII`, `Thứ nhất`).
    Number {
        /// The exact value.
        value: Decimal,
        /// How it was written.
        numeral: Numeral,
        /// True for ordinals (`thứ 4`, `lần thứ XIII`, `Thứ nhất`).
        ordinal: bool,
    },
    /// A percentage (`96,39%` is 96.39).
    Percent {
        /// The exact value, in percent.
        value: Decimal,
    },
    /// An amount of money, in units of the currency (`82.367 tỷ đồng`).
    Money {
        /// The exact amount.
        value: Decimal,
        /// ISO 4217 code (`VND`, `USD`).
        currency: &'static str,
    },
    /// A measurement (`4,3ha`, `209,6 Km2`).
    Quantity {
        /// The exact value.
        value: Decimal,
        /// Unit code, lowercase ASCII (`ha`, `km2`).
        unit: &'static str,
    },
    /// `30/31` (30 of 31).
    Fraction {
        /// Numerator.
        numerator: Decimal,
        /// Denominator.
        denominator: Decimal,
    },
    /// A numeric range (`12-17`, `từ 3 đến 5`, `3 - 5%`).
    Range {
        /// Lower bound as written.
        from: Decimal,
        /// Upper bound.
        to: Decimal,
        /// `%`, a unit code or a currency code, when one follows.
        unit: Option<&'static str>,
    },
    /// A date, possibly partial.
    Date {
        /// The date.
        value: Date,
    },
    /// A time of day.
    Time {
        /// The time.
        value: Time,
    },
    /// A range of dates (`11/6/1948 - 11/6/2023`, `năm 2020 - 2021`).
    DateRange {
        /// First date.
        from: Date,
        /// Last date.
        to: Date,
    },
}

/// The kind of an item, one per [`Value`] variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// [`Value::Number`]
    Number,
    /// [`Value::Percent`]
    Percent,
    /// [`Value::Money`]
    Money,
    /// [`Value::Quantity`]
    Quantity,
    /// [`Value::Fraction`]
    Fraction,
    /// [`Value::Range`]
    Range,
    /// [`Value::Date`]
    Date,
    /// [`Value::Time`]
    Time,
    /// [`Value::DateRange`]
    DateRange,
}

impl Kind {
    /// The kind's name as used in JSON output (`number`, `date_range`, ...).
    pub fn as_str(&self) -> &'static str {
        match self {
            Kind::Number => "number",
            Kind::Percent => "percent",
            Kind::Money => "money",
            Kind::Quantity => "quantity",
            Kind::Fraction => "fraction",
            Kind::Range => "range",
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::DateRange => "date_range",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Value {
    /// The kind of this value.
    pub fn kind(&self) -> Kind {
        match self {
            Value::Number { .. } => Kind::Number,
            Value::Percent { .. } => Kind::Percent,
            Value::Money { .. } => Kind::Money,
            Value::Quantity { .. } => Kind::Quantity,
            Value::Fraction { .. } => Kind::Fraction,
            Value::Range { .. } => Kind::Range,
            Value::Date { .. } => Kind::Date,
            Value::Time { .. } => Kind::Time,
            Value::DateRange { .. } => Kind::DateRange,
        }
    }

    /// The single exact value of a number, percent, money or quantity.
    pub fn decimal(&self) -> Option<Decimal> {
        match self {
            Value::Number { value, .. }
            | Value::Percent { value }
            | Value::Money { value, .. }
            | Value::Quantity { value, .. } => Some(*value),
            _ => None,
        }
    }
}

/// One figure, date or time found in text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Item<'a> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) surface: &'a str,
    pub(crate) value: Value,
    pub(crate) approx: Option<Approx>,
}

impl<'a> Item<'a> {
    /// Byte offset of the first byte, in the original text.
    pub fn start(&self) -> usize {
        self.start
    }
    /// Byte offset just past the last byte.
    pub fn end(&self) -> usize {
        self.end
    }
    /// `start()..end()`.
    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }
    /// The matched text, a slice of the original input.
    pub fn surface(&self) -> &'a str {
        self.surface
    }
    /// The value.
    pub fn value(&self) -> &Value {
        &self.value
    }
    /// The kind of the value.
    pub fn kind(&self) -> Kind {
        self.value.kind()
    }
    /// The qualifier written before the number (`hơn`, `trên`, `khoảng`...), if any.
    pub fn approx(&self) -> Option<Approx> {
        self.approx
    }
    /// The date of a `Date` item.
    pub fn date(&self) -> Option<Date> {
        match self.value {
            Value::Date { value } => Some(value),
            _ => None,
        }
    }
}

/// Options of [`find`](crate::find).
///
/// ```
/// use hanhchinh_numdate::{Date, Options};
/// let opts = Options { reference_date: Some(Date::ymd(2022, 1, 21).unwrap()), ..Options::default() };
/// assert!(opts.reference_date.is_some());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The document's date. A day-month date (`ngày 18/5`), a month alone (`tháng 5`) or a
    /// lunar-year name (`Giáp Thìn`) takes its year from it (nearest match), flagged as
    /// inferred. Without it they stay partial, and lunar-year names are not reported.
    pub reference_date: Option<Date>,
    /// Also report a single number word standing alone (`hai tập thể`); off by default,
    /// because such words are mostly not figures in running text (`một số`, `Ngã ba`).
    pub lone_number_words: bool,
}
