//! Ranks of administrative units (levels and unit types, from `hanhchinh_text::vocab`) and the
//! small [`Date`] type of validity intervals.

use std::fmt;

pub use hanhchinh_text::vocab::{Level, UnitType};

/// Compact storage of levels and unit types (their index in `ALL`).
pub(crate) trait Compact: Sized {
    fn to_u8(self) -> u8;
}

impl Compact for Level {
    fn to_u8(self) -> u8 {
        self.index() as u8
    }
}

impl Compact for UnitType {
    fn to_u8(self) -> u8 {
        self.index() as u8
    }
}

/// The level stored as `b` (commune-level fallback never taken: the loader checks the bytes).
pub(crate) fn level_from_u8(b: u8) -> Level {
    Level::from_index(usize::from(b)).unwrap_or(Level::Village)
}

/// The unit type stored as `b`.
pub(crate) fn unit_type_from_u8(b: u8) -> Option<UnitType> {
    UnitType::from_index(usize::from(b))
}

/// A calendar date (proleptic Gregorian), as used in validity intervals.
///
/// Ordered chronologically; displayed and parsed as `YYYY-MM-DD`.
///
/// ```
/// use hanhchinh_gazetteer::Date;
/// let d = Date::parse("2025-07-01").unwrap();
/// assert_eq!(d, Date::new(2025, 7, 1).unwrap());
/// assert_eq!(d.to_string(), "2025-07-01");
/// assert!(Date::new(2025, 2, 29).is_none());
/// assert!(Date::REFORM_2025 > Date::new(2025, 6, 30).unwrap());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(u32);

impl Date {
    /// 2025-07-01, the day the two-level structure (34 provinces, 3,321 communes) took effect.
    pub const REFORM_2025: Date = Date(20250701);
    /// 2025-06-30, the last day of the three-level structure.
    pub const LAST_PRE_REFORM: Date = Date(20250630);

    /// A date from year, month and day; `None` if it does not exist or the year is not in 1..=9999.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let max = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if day > max {
            return None;
        }
        Some(Date(
            u32::from(year) * 10_000 + u32::from(month) * 100 + u32::from(day),
        ))
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return None;
        }
        let y: u16 = s.get(0..4)?.parse().ok()?;
        let m: u8 = s.get(5..7)?.parse().ok()?;
        let d: u8 = s.get(8..10)?.parse().ok()?;
        if !s.get(0..4)?.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        Date::new(y, m, d)
    }

    /// The year.
    pub fn year(self) -> u16 {
        (self.0 / 10_000) as u16
    }

    /// The month (1..=12).
    pub fn month(self) -> u8 {
        (self.0 / 100 % 100) as u8
    }

    /// The day of the month.
    pub fn day(self) -> u8 {
        (self.0 % 100) as u8
    }

    /// Today's date in UTC, from the system clock (2025-07-01 if the clock is before 1970).
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        Date::from_unix_days((secs / 86_400) as i64).unwrap_or(Date::REFORM_2025)
    }

    /// The date `days` days after 1970-01-01 (Howard Hinnant's civil-from-days algorithm).
    fn from_unix_days(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date::new(
            u16::try_from(y).ok()?,
            u8::try_from(m).ok()?,
            u8::try_from(d).ok()?,
        )
    }

    pub(crate) fn to_u32(self) -> u32 {
        self.0
    }

    pub(crate) fn from_u32(v: u32) -> Option<Date> {
        Date::new((v / 10_000) as u16, (v / 100 % 100) as u8, (v % 100) as u8)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

/// The validity interval of a unit version: from `from` (inclusive) to `to` (exclusive).
///
/// `from == None` means "since before the first dated source"; `to == None` means "still valid".
/// When [`Validity::from_is_upper_bound`] is true, `from` is the first snapshot that shows the
/// version (`<=2017-03-06` in the data): the unit is treated as valid before it too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Validity {
    /// First day (inclusive), if known.
    pub from: Option<Date>,
    /// First day no longer valid (exclusive), if the version has ended.
    pub to: Option<Date>,
    /// `from` is only an upper bound of the true start (`<=D` in the data).
    pub from_is_upper_bound: bool,
}

impl Validity {
    /// Whether the version is valid on `date`.
    ///
    /// ```
    /// use hanhchinh_gazetteer::{Date, Validity};
    /// let v = Validity { from: Date::new(2025, 7, 1), to: None, from_is_upper_bound: false };
    /// assert!(v.contains(Date::new(2026, 1, 1).unwrap()));
    /// assert!(!v.contains(Date::new(2025, 6, 30).unwrap()));
    /// ```
    pub fn contains(&self, date: Date) -> bool {
        let after_start = match self.from {
            Some(f) if !self.from_is_upper_bound => date >= f,
            _ => true,
        };
        let before_end = match self.to {
            Some(t) => date < t,
            None => true,
        };
        after_start && before_end
    }

    /// The effective start used for comparisons (`None` = open).
    pub(crate) fn start(&self) -> Option<Date> {
        if self.from_is_upper_bound {
            None
        } else {
            self.from
        }
    }

    /// Whether two intervals share at least one day.
    pub fn overlaps(&self, other: &Validity) -> bool {
        let a_before_b_end = match (self.start(), other.to) {
            (Some(s), Some(e)) => s < e,
            _ => true,
        };
        let b_before_a_end = match (other.start(), self.to) {
            (Some(s), Some(e)) => s < e,
            _ => true,
        };
        a_before_b_end && b_before_a_end
    }

    /// Distance in "days-ish" (yyyymmdd difference) from `date` to the interval; 0 when inside.
    pub(crate) fn distance(&self, date: Date) -> u32 {
        if self.contains(date) {
            return 0;
        }
        let d = date.to_u32();
        if let Some(t) = self.to {
            if d >= t.to_u32() {
                return d - t.to_u32() + 1;
            }
        }
        match self.start() {
            Some(s) if d < s.to_u32() => s.to_u32() - d,
            _ => 0,
        }
    }
}

impl fmt::Display for Validity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.from {
            Some(d) if self.from_is_upper_bound => write!(f, "<={d}")?,
            Some(d) => write!(f, "{d}")?,
            None => f.write_str("…")?,
        }
        f.write_str(" .. ")?;
        match self.to {
            Some(d) => write!(f, "{d}"),
            None => f.write_str("…"),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn compact_round_trip() {
        for t in UnitType::ALL {
            assert_eq!(unit_type_from_u8(t.to_u8()), Some(t));
        }
        for l in Level::ALL {
            assert_eq!(level_from_u8(l.to_u8()), l);
        }
    }

    #[test]
    fn unix_days() {
        assert_eq!(Date::from_unix_days(0), Date::new(1970, 1, 1));
        assert_eq!(Date::from_unix_days(20_270), Date::new(2025, 7, 1));
        assert!(Date::today() > Date::new(2024, 1, 1).unwrap());
    }

    #[test]
    fn validity_overlap() {
        let pre = Validity {
            from: Date::new(2017, 3, 6),
            to: Some(Date::REFORM_2025),
            from_is_upper_bound: true,
        };
        let post = Validity {
            from: Some(Date::REFORM_2025),
            to: None,
            from_is_upper_bound: false,
        };
        assert!(!pre.overlaps(&post));
        assert!(pre.contains(Date::new(2001, 1, 1).unwrap()));
        assert_eq!(pre.to_string(), "<=2017-03-06 .. 2025-07-01");
    }
}
