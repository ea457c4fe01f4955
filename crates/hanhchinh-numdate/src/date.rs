//! Dates as precise as a text gives them: [`PartialDate`] over [`jiff::civil::Date`].

use std::fmt;
use std::str::FromStr;

use jiff::civil::Date;

use crate::Error;

/// A calendar date as precise as it was written: a year (`năm 2022`), a quarter of a year
/// (`quý I/2025`), a month of a year (`tháng 12/2022`), a whole day (`18/05/2023`), or a day
/// or month with no year (`ngày 18/5` in a text with no date).
///
/// A whole day is a [`jiff::civil::Date`] ([`PartialDate::date`]); the calendar checks
/// (`31/02/2023` does not exist) are jiff's. The text form is the ISO 8601 one the JSON
/// output uses: `2023-05-18`, `2023-05`, `2023`, `2025-Q1`, `--05-18` and `--05` (ISO
/// 8601:2000 for a day or a month without a year); [`FromStr`] reads exactly these forms
/// (a year of four digits) and [`Display`](fmt::Display) writes them.
///
/// ```
/// use hanhchinh_numdate::{PartialDate, Precision};
/// let d: PartialDate = "2023-05-18".parse().unwrap();
/// assert_eq!(d, PartialDate::ymd(2023, 5, 18).unwrap());
/// assert_eq!(d.date(), Some(jiff::civil::date(2023, 5, 18)));
/// assert_eq!(d.precision(), Precision::Day);
///
/// let q: PartialDate = "2025-Q1".parse().unwrap();
/// assert_eq!((q.year(), q.quarter(), q.month()), (Some(2025), Some(1), None));
/// assert_eq!(q.first_day(), Some(jiff::civil::date(2025, 1, 1)));
/// assert_eq!(q.last_day(), Some(jiff::civil::date(2025, 3, 31)));
///
/// assert_eq!(PartialDate::md(5, 18).unwrap().to_string(), "--05-18");
/// assert!(PartialDate::ymd(2023, 2, 31).is_err());
/// assert!("2023-13".parse::<PartialDate>().is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    repr: Repr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Repr {
    Year(i16),
    Quarter(i16, i8),
    Month(i16, i8),
    Day(Date),
    MonthDay(i8, i8),
    MonthOnly(i8),
}

/// How precise a [`PartialDate`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Precision {
    /// A year (`2023`).
    Year,
    /// A quarter of a year (`2025-Q1`).
    Quarter,
    /// A month (`2023-05`, or `--05` with no year).
    Month,
    /// A day (`2023-05-18`, or `--05-18` with no year).
    Day,
}

/// Years a partial date can name without a day: those of a four-digit ISO year.
const YEARS: std::ops::RangeInclusive<i16> = 1..=9999;

impl PartialDate {
    /// A whole day; an error when it does not exist (`31/02/2023`).
    pub fn ymd(year: i16, month: i8, day: i8) -> Result<PartialDate, Error> {
        Date::new(year, month, day)
            .map(PartialDate::from)
            .map_err(|_| Error::invalid_date(0))
    }

    /// A month of a year (`tháng 12/2022`).
    pub fn ym(year: i16, month: i8) -> Result<PartialDate, Error> {
        if !YEARS.contains(&year) || !(1..=12).contains(&month) {
            return Err(Error::invalid_date(0));
        }
        Ok(PartialDate {
            repr: Repr::Month(year, month),
        })
    }

    /// A quarter (1 to 4) of a year (`quý I/2025`).
    pub fn yq(year: i16, quarter: i8) -> Result<PartialDate, Error> {
        if !YEARS.contains(&year) || !(1..=4).contains(&quarter) {
            return Err(Error::invalid_date(0));
        }
        Ok(PartialDate {
            repr: Repr::Quarter(year, quarter),
        })
    }

    /// A year (`năm 2022`), 1 to 9999.
    pub fn y(year: i16) -> Result<PartialDate, Error> {
        if !YEARS.contains(&year) {
            return Err(Error::invalid_date(0));
        }
        Ok(PartialDate {
            repr: Repr::Year(year),
        })
    }

    /// A day of a month with no year (`18/5`); 29 February is accepted.
    pub fn md(month: i8, day: i8) -> Result<PartialDate, Error> {
        // 2000 is a leap year: every day of every month exists in it.
        Date::new(2000, month, day).map_err(|_| Error::invalid_date(0))?;
        Ok(PartialDate {
            repr: Repr::MonthDay(month, day),
        })
    }

    /// A month with no year (`tháng 5`).
    pub fn m(month: i8) -> Result<PartialDate, Error> {
        if !(1..=12).contains(&month) {
            return Err(Error::invalid_date(0));
        }
        Ok(PartialDate {
            repr: Repr::MonthOnly(month),
        })
    }

    /// How precise the date is.
    pub fn precision(&self) -> Precision {
        match self.repr {
            Repr::Year(_) => Precision::Year,
            Repr::Quarter(..) => Precision::Quarter,
            Repr::Month(..) | Repr::MonthOnly(_) => Precision::Month,
            Repr::Day(_) | Repr::MonthDay(..) => Precision::Day,
        }
    }

    /// The year, if known.
    pub fn year(&self) -> Option<i16> {
        match self.repr {
            Repr::Year(y) | Repr::Quarter(y, _) | Repr::Month(y, _) => Some(y),
            Repr::Day(d) => Some(d.year()),
            Repr::MonthDay(..) | Repr::MonthOnly(_) => None,
        }
    }

    /// The quarter (1 to 4) of a quarter date.
    pub fn quarter(&self) -> Option<i8> {
        match self.repr {
            Repr::Quarter(_, q) => Some(q),
            _ => None,
        }
    }

    /// The month (1 to 12), if known.
    pub fn month(&self) -> Option<i8> {
        match self.repr {
            Repr::Month(_, m) | Repr::MonthDay(m, _) | Repr::MonthOnly(m) => Some(m),
            Repr::Day(d) => Some(d.month()),
            Repr::Year(_) | Repr::Quarter(..) => None,
        }
    }

    /// The day of the month, if known.
    pub fn day(&self) -> Option<i8> {
        match self.repr {
            Repr::Day(d) => Some(d.day()),
            Repr::MonthDay(_, d) => Some(d),
            _ => None,
        }
    }

    /// The civil date of a whole day (day, month and year known).
    pub fn date(&self) -> Option<Date> {
        match self.repr {
            Repr::Day(d) => Some(d),
            _ => None,
        }
    }

    /// The first day the date covers (`2025-Q2` -> 2025-04-01), if the year is known.
    pub fn first_day(&self) -> Option<Date> {
        let (y, m, d) = match self.repr {
            Repr::Year(y) => (y, 1, 1),
            Repr::Quarter(y, q) => (y, q * 3 - 2, 1),
            Repr::Month(y, m) => (y, m, 1),
            Repr::Day(d) => return Some(d),
            Repr::MonthDay(..) | Repr::MonthOnly(_) => return None,
        };
        Date::new(y, m, d).ok()
    }

    /// The last day the date covers (`2024-02` -> 2024-02-29), if the year is known.
    pub fn last_day(&self) -> Option<Date> {
        let (y, m) = match self.repr {
            Repr::Year(y) => (y, 12),
            Repr::Quarter(y, q) => (y, q * 3),
            Repr::Month(y, m) => (y, m),
            Repr::Day(d) => return Some(d),
            Repr::MonthDay(..) | Repr::MonthOnly(_) => return None,
        };
        Date::new(y, m, 1).ok().map(|d| d.last_of_month())
    }

    /// The same day or month in `year` (`--05-18` in 2023 is `2023-05-18`); an error when the
    /// day does not exist that year (`--02-29` in 2023). A date that has a year keeps it.
    ///
    /// ```
    /// use hanhchinh_numdate::PartialDate;
    /// let d = PartialDate::md(5, 18).unwrap();
    /// assert_eq!(d.with_year(2023).unwrap().to_string(), "2023-05-18");
    /// assert!(PartialDate::md(2, 29).unwrap().with_year(2023).is_err());
    /// ```
    pub fn with_year(self, year: i16) -> Result<PartialDate, Error> {
        match self.repr {
            Repr::MonthDay(m, d) => PartialDate::ymd(year, m, d),
            Repr::MonthOnly(m) => PartialDate::ym(year, m),
            _ => Ok(self),
        }
    }

    /// The date without its year (`2023-05-18` -> `--05-18`, `2023-05` -> `--05`); a year or
    /// a quarter, which mean nothing without their year, stay as they are.
    pub fn without_year(self) -> PartialDate {
        let repr = match self.repr {
            Repr::Day(d) => Repr::MonthDay(d.month(), d.day()),
            Repr::Month(_, m) => Repr::MonthOnly(m),
            r => r,
        };
        PartialDate { repr }
    }

    /// The ISO 8601 form (the [`Display`](fmt::Display) form): `2023-05-18`, `2023-05`,
    /// `2023`, `2025-Q1`, `--05-18`, `--05`.
    pub fn iso(&self) -> String {
        self.to_string()
    }
}

impl From<Date> for PartialDate {
    fn from(d: Date) -> PartialDate {
        PartialDate { repr: Repr::Day(d) }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.repr {
            Repr::Year(y) => write!(f, "{y:04}"),
            Repr::Quarter(y, q) => write!(f, "{y:04}-Q{q}"),
            Repr::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            Repr::Day(d) => fmt::Display::fmt(&d, f),
            Repr::MonthDay(m, d) => write!(f, "--{m:02}-{d:02}"),
            Repr::MonthOnly(m) => write!(f, "--{m:02}"),
        }
    }
}

impl fmt::Debug for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PartialDate({self})")
    }
}

/// Exactly `n` ASCII digits.
fn digits<T: FromStr>(s: &str, n: usize) -> Option<T> {
    (s.len() == n && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

impl FromStr for PartialDate {
    type Err = Error;

    /// Reads `2023-05-18`, `2023-05`, `2023`, `2025-Q1`, `--05-18` or `--05` (surrounding
    /// whitespace is not allowed); a day that does not exist is an invalid-date error.
    fn from_str(s: &str) -> Result<PartialDate, Error> {
        let bad = || {
            Error::expected(
                "an ISO date (2023-05-18, 2023-05, 2023, 2025-Q1, --05-18)",
                0,
            )
        };
        if let Some(rest) = s.strip_prefix("--") {
            let mut parts = rest.split('-');
            let m = parts.next().and_then(|m| digits(m, 2)).ok_or_else(bad)?;
            return match (parts.next(), parts.next()) {
                (None, _) => PartialDate::m(m),
                (Some(d), None) => PartialDate::md(m, digits(d, 2).ok_or_else(bad)?),
                _ => Err(bad()),
            };
        }
        let mut parts = s.split('-');
        let y: i16 = parts.next().and_then(|y| digits(y, 4)).ok_or_else(bad)?;
        match (parts.next(), parts.next(), parts.next()) {
            (None, ..) => PartialDate::y(y),
            (Some(q), None, _) if q.starts_with('Q') => {
                PartialDate::yq(y, q.get(1..).and_then(|q| digits(q, 1)).ok_or_else(bad)?)
            }
            (Some(m), None, _) => PartialDate::ym(y, digits(m, 2).ok_or_else(bad)?),
            (Some(m), Some(d), None) => PartialDate::ymd(
                y,
                digits(m, 2).ok_or_else(bad)?,
                digits(d, 2).ok_or_else(bad)?,
            ),
            _ => Err(bad()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_forms_round_trip() {
        for s in [
            "2023-05-18",
            "2024-02-29",
            "0001-01-01",
            "9999-12-31",
            "2023-05",
            "2023",
            "2025-Q1",
            "2025-Q4",
            "--05-18",
            "--02-29",
            "--12",
        ] {
            let d: PartialDate = s.parse().unwrap();
            assert_eq!(d.to_string(), s);
        }
    }

    #[test]
    fn malformed_or_impossible_forms_are_errors() {
        for s in [
            "",
            "2023-5-18",
            "23-05-18",
            "2023-02-30",
            "2023-13",
            "2023-Q5",
            "2023-Q0",
            "2023-q1",
            "--13",
            "--02-30",
            "--5-1",
            "0000",
            "2023-05-18T00:00",
            " 2023",
            "2023-05-18-",
            "---05",
            "+2023",
        ] {
            assert!(s.parse::<PartialDate>().is_err(), "{s}");
        }
        assert!("2023-02-30"
            .parse::<PartialDate>()
            .unwrap_err()
            .is_invalid_date());
    }

    #[test]
    fn bounds_of_each_precision() {
        let p = |s: &str| s.parse::<PartialDate>().unwrap();
        let d = jiff::civil::date;
        assert_eq!(p("2024").first_day(), Some(d(2024, 1, 1)));
        assert_eq!(p("2024").last_day(), Some(d(2024, 12, 31)));
        assert_eq!(p("2024-02").last_day(), Some(d(2024, 2, 29)));
        assert_eq!(p("2024-Q3").first_day(), Some(d(2024, 7, 1)));
        assert_eq!(p("2024-Q3").last_day(), Some(d(2024, 9, 30)));
        assert_eq!(p("--05-18").first_day(), None);
        assert_eq!(p("2024").precision(), Precision::Year);
        assert_eq!(p("--05").precision(), Precision::Month);
        assert_eq!(p("2023-05-18").without_year(), p("--05-18"));
        assert_eq!(p("2023-05").without_year(), p("--05"));
        assert_eq!(p("--05").with_year(2020).unwrap(), p("2020-05"));
    }
}
