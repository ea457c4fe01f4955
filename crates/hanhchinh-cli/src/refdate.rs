//! Reference dates as users give them: a day (`2020-03-05`), a month (`2020-03`) or a year
//! (`2020`). `--ref-date` and the `ref_date` of `--jsonl` records are both read by
//! [`RefDate::parse`], the one parser of reference dates in the CLI.

use std::fmt;

use hanhchinh::PartialDate;

/// A reference date as given: a year, optionally a month, optionally a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RefDate {
    year: i16,
    month: Option<u8>,
    day: Option<u8>,
    /// The date as the analyzer takes it.
    date: PartialDate,
}

impl RefDate {
    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (surrounding spaces allowed); the day must
    /// exist (`2023-02-30` is refused).
    pub(crate) fn parse(s: &str) -> Result<RefDate, String> {
        let bad = || format!("bad date {s:?}: expected YYYY-MM-DD, YYYY-MM or YYYY");
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        let mut parts = s.trim().split('-');
        let y = parts.next().filter(|p| digits(p, 4)).ok_or_else(bad)?;
        let m = parts
            .next()
            .map(|p| digits(p, 2).then_some(p))
            .unwrap_or(Some(""));
        let d = parts
            .next()
            .map(|p| digits(p, 2).then_some(p))
            .unwrap_or(Some(""));
        let (Some(m), Some(d), None) = (m, d, parts.next()) else {
            return Err(bad());
        };
        if m.is_empty() && !d.is_empty() {
            return Err(bad());
        }
        let year: i16 = y.parse().map_err(|_| bad())?;
        let month: Option<u8> = (!m.is_empty())
            .then(|| m.parse().map_err(|_| bad()))
            .transpose()?;
        let day: Option<u8> = (!d.is_empty())
            .then(|| d.parse().map_err(|_| bad()))
            .transpose()?;
        let as_i8 = |v: u8| i8::try_from(v).map_err(|_| bad());
        let date = match (month, day) {
            (Some(m), Some(d)) => PartialDate::ymd(year, as_i8(m)?, as_i8(d)?),
            (Some(m), None) => PartialDate::ym(year, as_i8(m)?),
            _ => PartialDate::y(year),
        }
        .map_err(|_| {
            if day.is_some() {
                format!("bad date {s:?}: no such day")
            } else {
                bad()
            }
        })?;
        Ok(RefDate {
            year,
            month,
            day,
            date,
        })
    }

    /// What the analyzer takes: the date as precise as it was given (a year fills in the
    /// years of `ngày 18/5`; a month or a year dates the document's units from its first day).
    pub(crate) fn for_analyzer(&self) -> PartialDate {
        self.date
    }
}

impl fmt::Display for RefDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl std::str::FromStr for RefDate {
    type Err = String;
    fn from_str(s: &str) -> Result<RefDate, String> {
        RefDate::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_month_and_year() {
        for (s, shown) in [
            ("2020-03-05", "2020-03-05"),
            ("2020-03", "2020-03"),
            ("2023", "2023"),
            (" 2024-02-29 ", "2024-02-29"),
        ] {
            let d = RefDate::parse(s).unwrap();
            assert_eq!(d.to_string(), shown);
            // The analyzer gets the date as precise as it was given.
            assert_eq!(d.for_analyzer().to_string(), shown);
        }
    }

    #[test]
    fn refused() {
        for s in [
            "",
            "20",
            "2020-3",
            "2020-13",
            "2020-00",
            "2023-02-29",
            "2020-03-5",
            "2020--05",
            "2020-03-05-01",
            "2020/03/05",
            "２０２０",
            "2020-03-",
        ] {
            let e = RefDate::parse(s).unwrap_err();
            assert!(e.contains(&format!("{s:?}")), "{s}: {e}");
        }
    }
}
