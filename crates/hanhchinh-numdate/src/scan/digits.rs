//! Number tokens: their shape (`18/5`, `12-17`, `20:47`), small integers, exact parsing with
//! Vietnamese grouping, and the day-month and day-month-year checks.

use crate::{Decimal, Error, PartialDate};

/// Numbers read from one number token.
pub(super) enum Shape<'a> {
    Plain,
    Slash(Vec<&'a str>),
    Dash(Vec<&'a str>),
    Colon(Vec<&'a str>),
    Other,
}

pub(super) fn shape(s: &str) -> Shape<'_> {
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
pub(super) fn small(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

pub(super) fn digits_into(mut acc: Decimal, s: &str) -> Option<Decimal> {
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

impl Shape<'_> {
    pub(super) fn is_plain(&self) -> bool {
        matches!(self, Shape::Plain)
    }
}

pub(super) fn ymd(d: &str, m: &str, y: &str) -> Option<PartialDate> {
    let (d, m, y) = (small(d)?, small(m)?, small(y)?);
    PartialDate::ymd(
        i16::try_from(y).ok()?,
        i8::try_from(m).ok()?,
        i8::try_from(d).ok()?,
    )
    .ok()
}

/// A valid day-month (any year; 29/2 accepted).
pub(super) fn dm(d: u32, m: u32) -> Option<PartialDate> {
    PartialDate::md(i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}
