//! Ranks of administrative units (levels and unit types, from `hanhchinh_text::vocab`) and
//! validity intervals.

use std::fmt;

use jiff::civil::Date;

use crate::date::to_u32;

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
    /// use hanhchinh_gazetteer::Validity;
    /// use jiff::civil::date;
    /// let v = Validity { from: Some(date(2025, 7, 1)), to: None, from_is_upper_bound: false };
    /// assert!(v.contains(date(2026, 1, 1)));
    /// assert!(!v.contains(date(2025, 6, 30)));
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
        let d = to_u32(date);
        if let Some(t) = self.to {
            if d >= to_u32(t) {
                return d - to_u32(t) + 1;
            }
        }
        match self.start() {
            Some(s) if d < to_u32(s) => to_u32(s) - d,
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
    fn validity_overlap() {
        let pre = Validity {
            from: Some(jiff::civil::date(2017, 3, 6)),
            to: Some(crate::REFORM_2025),
            from_is_upper_bound: true,
        };
        let post = Validity {
            from: Some(crate::REFORM_2025),
            to: None,
            from_is_upper_bound: false,
        };
        assert!(!pre.overlaps(&post));
        assert!(pre.contains(jiff::civil::date(2001, 1, 1)));
        assert_eq!(pre.to_string(), "<=2017-03-06 .. 2025-07-01");
    }
}
