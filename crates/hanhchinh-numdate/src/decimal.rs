//! A small exact decimal: an `i128` mantissa and a power-of-ten scale.
//!
//! Why not `f64`: `82.367 tỷ` must be exactly 82 367 000 000 000 and `96,39` exactly 96.39.
//! Why not a decimal crate: the values read from text need only parsing, scaling by powers of
//! ten and products of a few factors. The range is the one of `rust_decimal` (a 96-bit
//! mantissa: up to 79 228 162 514 264 337 593 543 950 335, about 28 digits), far above any
//! amount a report writes (the state budget is about 2 × 10^15 đồng). Every operation is
//! checked, so an absurd input (a 5,000-digit number, `999.999.999.999.999.999 tỷ tỷ` =
//! 10^36) gives an overflow error instead of a wrong value. Writing it here keeps the crate
//! free of a public dependency on another crate's type.

use std::fmt;

/// Largest scale (digits after the decimal point) a [`Decimal`] holds.
pub const MAX_SCALE: u32 = 28;

/// Largest absolute mantissa a [`Decimal`] holds: `2^96 - 1` (as in `rust_decimal`).
pub const MAX_MANTISSA: i128 = (1i128 << 96) - 1;

/// An exact decimal number: `mantissa / 10^scale`, always kept in lowest terms (no trailing
/// zero digits after the point), so `==` compares values.
///
/// ```
/// use hanhchinh_numdate::Decimal;
/// let d = Decimal::new(9639, 2).unwrap();
/// assert_eq!(d.to_string(), "96.39");
/// assert_eq!(Decimal::new(1500, 3), Decimal::new(15, 1));
/// assert_eq!(d.to_vietnamese(), "96,39");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Decimal {
    mantissa: i128,
    scale: u32,
}

impl Decimal {
    /// Zero.
    pub const ZERO: Decimal = Decimal {
        mantissa: 0,
        scale: 0,
    };

    /// `mantissa / 10^scale` in lowest terms, or `None` when, once reduced, the scale exceeds
    /// [`MAX_SCALE`] or the mantissa exceeds [`MAX_MANTISSA`] in absolute value.
    pub fn new(mantissa: i128, scale: u32) -> Option<Decimal> {
        let d = Decimal { mantissa, scale }.reduced();
        (d.scale <= MAX_SCALE && d.mantissa.unsigned_abs() <= MAX_MANTISSA.unsigned_abs())
            .then_some(d)
    }

    /// An integer (every `i64` fits).
    pub const fn from_int(value: i64) -> Decimal {
        Decimal {
            mantissa: value as i128,
            scale: 0,
        }
    }

    fn reduced(mut self) -> Decimal {
        while self.scale > 0 && self.mantissa % 10 == 0 {
            self.mantissa /= 10;
            self.scale -= 1;
        }
        if self.mantissa == 0 {
            self.scale = 0;
        }
        self
    }

    /// The mantissa (value times `10^scale`), in lowest terms.
    pub fn mantissa(&self) -> i128 {
        self.mantissa
    }

    /// Digits after the decimal point, in lowest terms (0 for an integer).
    pub fn scale(&self) -> u32 {
        self.scale
    }

    /// True when the value has no fractional part.
    pub fn is_integer(&self) -> bool {
        self.scale == 0
    }

    /// The value as an integer when it has no fractional part.
    ///
    /// ```
    /// use hanhchinh_numdate::Decimal;
    /// assert_eq!(Decimal::from_int(2309).to_i128(), Some(2309));
    /// assert_eq!(Decimal::new(43, 1).unwrap().to_i128(), None);
    /// ```
    pub fn to_i128(&self) -> Option<i128> {
        (self.scale == 0).then_some(self.mantissa)
    }

    /// True when the value is below zero.
    pub fn is_negative(&self) -> bool {
        self.mantissa < 0
    }

    /// The value with its sign flipped; `None` on overflow.
    pub fn checked_neg(self) -> Option<Decimal> {
        Decimal::new(self.mantissa.checked_neg()?, self.scale)
    }

    /// The value times `10^exp`; `None` on overflow.
    pub fn checked_mul_pow10(self, exp: u32) -> Option<Decimal> {
        if exp <= self.scale {
            return Decimal::new(self.mantissa, self.scale - exp);
        }
        let up = 10i128.checked_pow(exp - self.scale)?;
        Decimal::new(self.mantissa.checked_mul(up)?, 0)
    }

    /// Exact product; `None` on overflow.
    pub fn checked_mul(self, other: Decimal) -> Option<Decimal> {
        let mantissa = self.mantissa.checked_mul(other.mantissa)?;
        Decimal::new(mantissa, self.scale.checked_add(other.scale)?)
    }

    /// Exact sum; `None` on overflow.
    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        let (a, b, scale) = self.aligned(&other)?;
        Decimal::new(a.checked_add(b)?, scale)
    }

    /// Compares two values; `None` only if aligning their scales overflows.
    pub fn checked_cmp(&self, other: &Decimal) -> Option<std::cmp::Ordering> {
        let (a, b, _) = self.aligned(other)?;
        Some(a.cmp(&b))
    }

    /// The mantissas of both values at their common (larger) scale, and that scale; `None` on
    /// overflow.
    fn aligned(&self, other: &Decimal) -> Option<(i128, i128, u32)> {
        let scale = self.scale.max(other.scale);
        let at_scale = |d: &Decimal| d.mantissa.checked_mul(10i128.checked_pow(scale - d.scale)?);
        Some((at_scale(self)?, at_scale(other)?, scale))
    }

    /// Writes the value in Vietnamese style: `.` between groups of three digits, `,` before
    /// the decimals (`1.234.567,89`).
    ///
    /// ```
    /// use hanhchinh_numdate::Decimal;
    /// assert_eq!(Decimal::from_int(82_367_000_000_000).to_vietnamese(), "82.367.000.000.000");
    /// assert_eq!(Decimal::new(-5, 1).unwrap().to_vietnamese(), "-0,5");
    /// ```
    pub fn to_vietnamese(&self) -> String {
        let (int, frac) = self.parts();
        let mut out = String::with_capacity(int.len() + frac.len() + int.len() / 3 + 2);
        if self.mantissa < 0 {
            out.push('-');
        }
        let n = int.len();
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (n - i) % 3 == 0 {
                out.push('.');
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push(',');
            out.push_str(&frac);
        }
        out
    }

    /// Integer digits and fraction digits of the absolute value, as ASCII strings.
    fn parts(&self) -> (String, String) {
        let digits = self.mantissa.unsigned_abs().to_string();
        let scale = self.scale as usize;
        if scale == 0 {
            return (digits, String::new());
        }
        let padded = if digits.len() <= scale {
            format!("{}{}", "0".repeat(scale + 1 - digits.len()), digits)
        } else {
            digits
        };
        let cut = padded.len() - scale;
        let (a, b) = padded.split_at(cut);
        (a.to_owned(), b.to_owned())
    }
}

impl fmt::Display for Decimal {
    /// Plain ASCII form, `.` before decimals, no grouping: `82367000000000`, `96.39`, `-0.5`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (int, frac) = self.parts();
        if self.mantissa < 0 {
            f.write_str("-")?;
        }
        f.write_str(&int)?;
        if !frac.is_empty() {
            f.write_str(".")?;
            f.write_str(&frac)?;
        }
        Ok(())
    }
}

impl std::str::FromStr for Decimal {
    type Err = crate::Error;

    /// Parses the plain ASCII form written by `Display` (`-12.5`, `82367000000000`).
    fn from_str(s: &str) -> Result<Decimal, crate::Error> {
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
            return Err(crate::Error::expected("a decimal number", 0));
        }
        if !frac.bytes().all(|b| b.is_ascii_digit()) || (body.contains('.') && frac.is_empty()) {
            return Err(crate::Error::expected("a decimal number", int.len() + 1));
        }
        let mut m: i128 = 0;
        for b in int.bytes().chain(frac.bytes()) {
            m = m
                .checked_mul(10)
                .and_then(|m| m.checked_add(i128::from(b - b'0')))
                .ok_or_else(|| crate::Error::overflow(0))?;
        }
        let scale = u32::try_from(frac.len()).map_err(|_| crate::Error::overflow(0))?;
        let d = Decimal::new(m, scale).ok_or_else(|| crate::Error::overflow(0))?;
        if neg {
            d.checked_neg().ok_or_else(|| crate::Error::overflow(0))
        } else {
            Ok(d)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_and_reduce() {
        assert_eq!(Decimal::new(100, 2).unwrap().to_string(), "1");
        assert_eq!(Decimal::new(5, 3).unwrap().to_string(), "0.005");
        assert_eq!(Decimal::new(-5, 3).unwrap().to_string(), "-0.005");
        assert_eq!(Decimal::new(0, 7).unwrap(), Decimal::ZERO);
        assert!(Decimal::new(1, 29).is_none());
        assert!(Decimal::new(MAX_MANTISSA + 1, 0).is_none());
        assert!(Decimal::new(MAX_MANTISSA, 0).is_some());
    }

    #[test]
    fn arithmetic_is_checked() {
        let a = Decimal::new(82367, 0).unwrap();
        assert_eq!(
            a.checked_mul_pow10(9).unwrap().to_i128(),
            Some(82_367_000_000_000)
        );
        assert_eq!(
            Decimal::new(15, 1)
                .unwrap()
                .checked_mul_pow10(6)
                .unwrap()
                .to_i128(),
            Some(1_500_000)
        );
        assert!(Decimal::from_int(i64::MAX).checked_mul_pow10(10).is_none());
        assert_eq!(
            Decimal::new(11, 1)
                .unwrap()
                .checked_add(Decimal::new(9, 1).unwrap())
                .unwrap(),
            Decimal::from_int(2)
        );
    }

    #[test]
    fn vietnamese_style() {
        assert_eq!(
            Decimal::from_int(191_360_000).to_vietnamese(),
            "191.360.000"
        );
        assert_eq!(Decimal::from_int(999).to_vietnamese(), "999");
        assert_eq!(Decimal::new(3, 2).unwrap().to_vietnamese(), "0,03");
    }

    #[test]
    fn from_str_round_trip() {
        for s in ["0", "-12.5", "82367000000000", "0.005"] {
            assert_eq!(s.parse::<Decimal>().unwrap().to_string(), s);
        }
        assert!("1.".parse::<Decimal>().is_err());
        assert!("".parse::<Decimal>().is_err());
        assert!("9".repeat(60).parse::<Decimal>().unwrap_err().is_overflow());
        assert!("9".repeat(30).parse::<Decimal>().unwrap_err().is_overflow());
    }
}
