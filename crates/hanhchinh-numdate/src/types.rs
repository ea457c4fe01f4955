//! Result types: items found in text, their values, dates, times and options.

use std::fmt;

use crate::{Decimal, Error, PartialDate};

/// A time of day, with the seconds when they were written.
///
/// The text form is `HH:MM` or `HH:MM:SS` ([`Display`](fmt::Display) writes it, [`FromStr`](std::str::FromStr)
/// reads it, serde uses it).
///
/// ```
/// use hanhchinh_numdate::Time;
/// assert_eq!(Time::hm(20, 47).unwrap().to_string(), "20:47");
/// assert_eq!("08:30:15".parse::<Time>().unwrap(), Time::hms(8, 30, 15).unwrap());
/// assert_eq!(Time::hm(7, 5).unwrap().civil(), jiff::civil::time(7, 5, 0, 0));
/// assert!(Time::hm(24, 0).is_none());
/// assert!("24:00".parse::<Time>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

impl Time {
    /// The time as a [`jiff::civil::Time`] (seconds 0 when not written).
    pub fn civil(&self) -> jiff::civil::Time {
        let i = |v: u8| i8::try_from(v).unwrap_or(0);
        jiff::civil::Time::new(i(self.hour), i(self.minute), i(self.second.unwrap_or(0)), 0)
            .unwrap_or_default()
    }
}

impl std::str::FromStr for Time {
    type Err = Error;

    /// Reads `HH:MM` or `HH:MM:SS` (two digits each).
    fn from_str(s: &str) -> Result<Time, Error> {
        let two = |p: &str| -> Option<u8> {
            (p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        };
        let mut parts = s.split(':');
        let time = match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(h), Some(m), None, _) => Time::hm(two(h).unwrap_or(99), two(m).unwrap_or(99)),
            (Some(h), Some(m), Some(sec), None) => Time::hms(
                two(h).unwrap_or(99),
                two(m).unwrap_or(99),
                two(sec).unwrap_or(99),
            ),
            _ => None,
        };
        time.ok_or_else(|| Error::expected("a time of day (HH:MM or HH:MM:SS)", 0))
    }
}

/// How a number was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
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
    /// A date, as precise as written (a day, a month, a quarter, a year).
    Date {
        /// The date.
        value: PartialDate,
    },
    /// A time of day.
    Time {
        /// The time.
        value: Time,
    },
    /// A range of dates (`11/6/1948 - 11/6/2023`, `năm 2020 - 2021`).
    DateRange {
        /// First date.
        from: PartialDate,
        /// Last date.
        to: PartialDate,
    },
}

/// The kind of an item, one per [`Value`] variant. Its text form is the name the JSON output
/// uses (`number`, `date_range`; [`Kind::as_str`], [`FromStr`](std::str::FromStr)).
///
/// ```
/// use hanhchinh_numdate::Kind;
/// assert_eq!("date_range".parse::<Kind>().unwrap(), Kind::DateRange);
/// assert_eq!(Kind::Quantity.to_string(), "quantity");
/// assert!("dates".parse::<Kind>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
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

hanhchinh_text::named_values!(Kind, "kind", {
    Number => "number",
    Percent => "percent",
    Money => "money",
    Quantity => "quantity",
    Fraction => "fraction",
    Range => "range",
    Date => "date",
    Time => "time",
    DateRange => "date_range",
});

impl std::str::FromStr for Value {
    type Err = Error;

    /// [`parse_number`](crate::parse_number): one number, percentage, amount, quantity,
    /// fraction or range.
    ///
    /// ```
    /// use hanhchinh_numdate::Value;
    /// let v: Value = "96,39%".parse().unwrap();
    /// assert_eq!(v, Value::Percent { value: "96.39".parse().unwrap() });
    /// ```
    fn from_str(s: &str) -> Result<Value, Error> {
        crate::parse_number(s)
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
#[non_exhaustive]
pub struct Item<'a> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) surface: &'a str,
    pub(crate) value: Value,
    pub(crate) approx: Option<Approx>,
    pub(crate) year_inferred: bool,
}

impl<'a> Item<'a> {
    hanhchinh_text::span_accessors!(fields, "item");
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
    pub fn date(&self) -> Option<PartialDate> {
        match self.value {
            Value::Date { value } => Some(value),
            _ => None,
        }
    }
    /// True when a year of the item's date (or of an end of its date range) was not written
    /// but taken from the reference date ([`Options::reference_date`]); the date as written
    /// is then [`PartialDate::without_year`].
    ///
    /// ```
    /// use hanhchinh_numdate::{find, Options};
    /// let opts = Options::new().reference_date("2023-05-18".parse().unwrap());
    /// let items = find("Sáng ngày 18/5, quận tổ chức hội nghị.", &opts);
    /// let date = items[0].date().unwrap();
    /// assert_eq!(date.to_string(), "2023-05-18");
    /// assert!(items[0].is_year_inferred());
    /// assert_eq!(date.without_year().to_string(), "--05-18");
    /// ```
    pub fn is_year_inferred(&self) -> bool {
        self.year_inferred
    }
}

/// Options of [`find`](crate::find): the document's date and what to report.
///
/// ```
/// use hanhchinh_numdate::{Options, PartialDate};
/// let opts = Options::new().reference_date(PartialDate::ymd(2022, 1, 21).unwrap());
/// assert_eq!(opts.reference_date.unwrap().to_string(), "2022-01-21");
/// // A page dated only by its month or its year still gives years to day-months.
/// let opts = Options::new().reference_date("2020-03".parse().unwrap());
/// assert!(!opts.lone_number_words);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The document's date, as precise as it is known (a day, a month, a quarter or a year).
    /// A day-month date (`ngày 18/5`), a month alone (`tháng 5`) or a lunar-year name (`Giáp
    /// Thìn`) takes its year from it, flagged as inferred ([`Item::is_year_inferred`]): the
    /// year of a reference that is only a year (`2023`: `ngày 18/5` is 2023-05-18); else the
    /// year (before, same, after) that puts the date nearest the reference, a date in another
    /// year than the reference's counting three times its distance (`ngày 28/12` in a page of
    /// 5 January 2023 is 2022-12-28; `30/4` in a page of 6 December 2026 is 2026-04-30).
    /// Without it they stay partial (`--05-18`), and lunar-year names are not reported.
    pub reference_date: Option<PartialDate>,
    /// Also report a single number word standing alone (`hai tập thể`); off by default,
    /// because such words are mostly not figures in running text (`một số`, `Ngã ba`).
    pub lone_number_words: bool,
}

impl Options {
    /// No reference date, no lone number words.
    pub fn new() -> Options {
        Options::default()
    }

    /// Sets the document's date.
    #[must_use]
    pub fn reference_date(mut self, date: PartialDate) -> Options {
        self.reference_date = Some(date);
        self
    }

    /// Reports (or not) single number words standing alone.
    #[must_use]
    pub fn lone_number_words(mut self, yes: bool) -> Options {
        self.lone_number_words = yes;
        self
    }
}
