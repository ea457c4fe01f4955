//! The kind-specific fields of an entity, typed: exact decimals, partial dates, times, unit
//! types, levels and codes.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use hanhchinh_numdate::{Decimal, PartialDate, Time};
use hanhchinh_text::vocab::{Level, UnitType};

use super::EntityKind;

/// The official code of an administrative unit (`01`, `001`, `00004`), or a user's code from a
/// custom gazetteer: ASCII letters, digits and `-`, `_`, `.`.
///
/// ```
/// use hanhchinh::UnitCode;
/// let c: UnitCode = "001".parse().unwrap();
/// assert_eq!(c.as_str(), "001");
/// assert!("0 1".parse::<UnitCode>().is_err() && "".parse::<UnitCode>().is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnitCode(Box<str>);

impl UnitCode {
    /// The code as written in the data.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A string that is no unit code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseUnitCodeError(String);

impl fmt::Display for ParseUnitCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} is no unit code (ASCII letters, digits, '-', '_', '.')",
            self.0
        )
    }
}

impl std::error::Error for ParseUnitCodeError {}

impl FromStr for UnitCode {
    type Err = ParseUnitCodeError;

    fn from_str(s: &str) -> Result<UnitCode, ParseUnitCodeError> {
        let ok = !s.is_empty()
            && s.len() <= 64
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
        if ok {
            Ok(UnitCode(s.into()))
        } else {
            Err(ParseUnitCodeError(s.to_string()))
        }
    }
}

impl fmt::Display for UnitCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A unit that a pre-2025 administrative unit became on 2025-07-01.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Successor {
    /// Official code of the new unit.
    pub code: UnitCode,
    /// Its name.
    pub name: String,
    /// Its type (a province or a commune-level unit after the reform).
    pub unit_type: UnitType,
    /// Whether it took only a part of the old unit.
    pub partial: bool,
}

/// The fields of an `admin_unit` entity.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct AdminUnit {
    /// Canonical name (`Nam Từ Liêm`).
    pub name: String,
    /// Official type (`quận`, `thành phố` at its level).
    pub unit_type: UnitType,
    /// The level of the unit.
    pub level: Level,
    /// Name of the province-level unit (itself for a province), or `None` when the candidates
    /// of an ambiguous mention lie in several provinces.
    pub province: Option<String>,
    /// Official code of its era, or `None` when the mention stays ambiguous.
    pub code: Option<UnitCode>,
    /// For a unit that ended on 2025-07-01 or before: the units it became (shared by every
    /// mention of the unit).
    pub successors: Option<Arc<[Successor]>>,
}

/// The kind-specific fields of an [`Entity`](crate::Entity), one variant per
/// [`EntityKind`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fields {
    /// `number`: a count or an ordinal.
    #[non_exhaustive]
    Number {
        /// The exact value.
        value: Decimal,
    },
    /// `percent`: the value in percent (`96,39%` is 96.39).
    #[non_exhaustive]
    Percent {
        /// The exact value.
        value: Decimal,
    },
    /// `money`: an amount in units of its currency.
    #[non_exhaustive]
    Money {
        /// The exact amount.
        value: Decimal,
        /// ISO 4217 code (`VND`, `USD`).
        currency: String,
    },
    /// `quantity`: a measurement.
    #[non_exhaustive]
    Quantity {
        /// The exact value.
        value: Decimal,
        /// Unit code, normalized as in `data/numdate/units.tsv` (`ha`, `km2`, `t`, `°C`, `t/ha`,
        /// `km/giờ`).
        unit: String,
    },
    /// `fraction`: `30/31` (30 of 31).
    #[non_exhaustive]
    Fraction {
        /// Numerator.
        numerator: Decimal,
        /// Denominator.
        denominator: Decimal,
    },
    /// `range`: a numeric range (`12-17`, `từ 3 đến 5`).
    #[non_exhaustive]
    Range {
        /// Lower bound.
        from: Decimal,
        /// Upper bound.
        to: Decimal,
        /// `%`, a unit or a currency code, when one follows.
        unit: Option<String>,
    },
    /// `date`: as precise as written (a day, a month, a quarter, a year, a day without year).
    #[non_exhaustive]
    Date {
        /// The date.
        value: PartialDate,
    },
    /// `time`: a time of day.
    #[non_exhaustive]
    Time {
        /// The time.
        value: Time,
    },
    /// `date_range`: a range of dates.
    #[non_exhaustive]
    DateRange {
        /// First date.
        from: PartialDate,
        /// Last date.
        to: PartialDate,
    },
    /// `abbrev`: the expansion chosen in the document's context.
    #[non_exhaustive]
    Abbrev {
        /// `Hội đồng nhân dân`.
        expansion: String,
    },
    /// `admin_unit`.
    AdminUnit(AdminUnit),
    /// `person`: the titles written with this mention, expanded, in text order.
    #[non_exhaustive]
    Person {
        /// `Bí thư Quận ủy`, … (`[]` for a byline).
        titles: Vec<String>,
    },
    /// `legal_ref`: a numbered legal document.
    #[non_exhaustive]
    LegalRef {
        /// Document type (`Chỉ thị`), as written or read from the symbol's code.
        doc_type: String,
        /// Number as written (`05`, `34`, `215a`).
        number: String,
        /// Issuer code of the symbol (`TW`, `TTg`), if written.
        issuer: Option<String>,
        /// Date written with the reference.
        date: Option<PartialDate>,
    },
}

impl Fields {
    /// The kind of entity these fields belong to.
    pub fn kind(&self) -> EntityKind {
        match self {
            Fields::Number { .. } => EntityKind::Number,
            Fields::Percent { .. } => EntityKind::Percent,
            Fields::Money { .. } => EntityKind::Money,
            Fields::Quantity { .. } => EntityKind::Quantity,
            Fields::Fraction { .. } => EntityKind::Fraction,
            Fields::Range { .. } => EntityKind::Range,
            Fields::Date { .. } => EntityKind::Date,
            Fields::Time { .. } => EntityKind::Time,
            Fields::DateRange { .. } => EntityKind::DateRange,
            Fields::Abbrev { .. } => EntityKind::Abbrev,
            Fields::AdminUnit(_) => EntityKind::AdminUnit,
            Fields::Person { .. } => EntityKind::Person,
            Fields::LegalRef { .. } => EntityKind::LegalRef,
        }
    }

    /// The main numeric value: `value` of a number, percent, money or quantity.
    pub fn value(&self) -> Option<Decimal> {
        match self {
            Fields::Number { value }
            | Fields::Percent { value }
            | Fields::Money { value, .. }
            | Fields::Quantity { value, .. } => Some(*value),
            _ => None,
        }
    }

    /// The date of a `date` entity (or of a `legal_ref`, when written with it).
    pub fn date(&self) -> Option<PartialDate> {
        match self {
            Fields::Date { value } => Some(*value),
            Fields::LegalRef { date, .. } => *date,
            _ => None,
        }
    }

    /// The fields of an `admin_unit`.
    pub fn admin_unit(&self) -> Option<&AdminUnit> {
        match self {
            Fields::AdminUnit(u) => Some(u),
            _ => None,
        }
    }
}
