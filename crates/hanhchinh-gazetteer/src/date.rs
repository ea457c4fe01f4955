//! Dates: the civil date type of the API ([`jiff::civil::Date`]), the two reform dates, and
//! "today" in Vietnam for callers who want it.
//!
//! Nothing in this crate reads the system clock by itself: every call that depends on a date
//! takes it as an argument (or treats a missing one as "the latest state the data knows", see
//! [`Gazetteer::latest_date`](crate::Gazetteer::latest_date)). [`today`] is a helper for
//! callers who want the current date; it is computed in `Asia/Ho_Chi_Minh`, so that from 00:00
//! to 06:59 on 2025-07-01 in Vietnam it is already the day of the reform (in UTC it is not).

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;

/// 2025-07-01, the day the two-level structure (34 provinces, 3,321 communes) took effect.
pub const REFORM_2025: Date = jiff::civil::date(2025, 7, 1);

/// 2025-06-30, the last day of the three-level structure.
pub const LAST_PRE_REFORM: Date = jiff::civil::date(2025, 6, 30);

/// Vietnam's time zone, compiled in (jiff's `static` feature: the zone's rules are read from
/// the IANA database when this crate is compiled, so nothing is looked up at run time and the
/// answer does not depend on the machine's zoneinfo files).
static VIETNAM: TimeZone = jiff::tz::get!("Asia/Ho_Chi_Minh");

/// Today's date in Vietnam (`Asia/Ho_Chi_Minh`), from the system clock.
///
/// The library never calls it on its own; pass its result where a function takes a date.
///
/// ```
/// let d = hanhchinh_gazetteer::today();
/// assert!(d >= hanhchinh_gazetteer::REFORM_2025);
/// ```
pub fn today() -> Date {
    date_in_vietnam(Timestamp::now())
}

/// The date in Vietnam (`Asia/Ho_Chi_Minh`) at an instant.
///
/// ```
/// use hanhchinh_gazetteer::{date_in_vietnam, REFORM_2025};
/// // 2025-06-30 17:30 UTC is already 00:30 on the day of the reform in Vietnam.
/// let t: jiff::Timestamp = "2025-06-30T17:30:00Z".parse().unwrap();
/// assert_eq!(date_in_vietnam(t), REFORM_2025);
/// ```
pub fn date_in_vietnam(at: Timestamp) -> Date {
    at.to_zoned(VIETNAM.clone()).date()
}

/// Parses a date written `YYYY-MM-DD` exactly (the form of the data files).
pub(crate) fn parse_ymd(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    if b.len() != 10
        || b.get(4) != Some(&b'-')
        || b.get(7) != Some(&b'-')
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return None;
    }
    let y: i16 = s.get(0..4)?.parse().ok()?;
    let m: i8 = s.get(5..7)?.parse().ok()?;
    let d: i8 = s.get(8..10)?.parse().ok()?;
    if y == 0 {
        return None;
    }
    Date::new(y, m, d).ok()
}

/// The stored form of a date: `yyyymmdd` as a number (0 = none).
pub(crate) fn to_u32(d: Date) -> u32 {
    let y = u32::try_from(d.year()).unwrap_or(0);
    let m = u32::try_from(d.month()).unwrap_or(0);
    let day = u32::try_from(d.day()).unwrap_or(0);
    y * 10_000 + m * 100 + day
}

/// The date of a stored `yyyymmdd` number (`None` for 0 or an impossible date).
pub(crate) fn from_u32(v: u32) -> Option<Date> {
    let y = i16::try_from(v / 10_000).ok()?;
    let m = i8::try_from(v / 100 % 100).ok()?;
    let d = i8::try_from(v % 100).ok()?;
    if y == 0 {
        return None;
    }
    Date::new(y, m, d).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_form_round_trips() {
        for d in [REFORM_2025, LAST_PRE_REFORM, jiff::civil::date(2024, 2, 29)] {
            assert_eq!(from_u32(to_u32(d)), Some(d));
        }
        assert_eq!(to_u32(REFORM_2025), 20250701);
        assert_eq!(from_u32(0), None);
        assert_eq!(from_u32(20250229), None);
    }

    #[test]
    fn strict_parse() {
        assert_eq!(parse_ymd("2025-07-01"), Some(REFORM_2025));
        for bad in [
            "2025-7-01",
            "20250701",
            "2025-02-29",
            "+2025-07-01",
            "0000-01-01",
            "",
        ] {
            assert_eq!(parse_ymd(bad), None, "{bad}");
        }
    }

    #[test]
    fn vietnam_is_seven_hours_ahead_of_utc() {
        let t = |s: &str| s.parse::<Timestamp>().unwrap();
        assert_eq!(date_in_vietnam(t("2025-06-30T16:59:59Z")), LAST_PRE_REFORM);
        assert_eq!(date_in_vietnam(t("2025-06-30T17:00:00Z")), REFORM_2025);
        assert!(today() > jiff::civil::date(2024, 1, 1));
    }
}
