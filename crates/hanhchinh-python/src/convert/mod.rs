//! Every conversion between the values of the hanhchinh crates and Python objects.
//!
//! This is the one module that names the facade's and the gazetteer's value types (entities,
//! dates, kinds, tone styles, units, conversions, errors): when those APIs change, this module
//! changes and the rest of the crate does not.
//!
//! * Entities cross as their JSON text, the contract of `hanhchinh analyze`
//!   (`docs/json-contract.md`): [`entity_json`] is the only place that asks the facade for it,
//!   and [`entities`] reads kind, text and byte start beside it for the character offsets.
//!   [`json::Json`] parses that text (when a field is first read) keeping the order of its
//!   keys and the exact digits of its numbers, and gives the objects `json.loads` would give.
//! * Units are built as the same trees, with the fields of the CLI's `lookup` JSON
//!   ([`unit_json`]); address conversions become dicts with the fields of the CLI's `convert`
//!   JSON ([`conversion_to_py`]).
//! * Arguments (dates, kinds, tone style, encodings, levels) are read from Python by the
//!   `*_arg` functions, errors of the crates become [`Fail`]s by [`facade_error`] and
//!   [`gazetteer_error`].

pub(crate) mod json;
pub(crate) mod objects;

use hanhchinh::gazetteer::{self as gz, Gazetteer, MatchKind, Unit};
use hanhchinh::text::legacy::Encoding;
use hanhchinh::text::ToneStyle;
use hanhchinh::{EntityKind, KindSet, PartialDate};
use pyo3::exceptions::PyTypeError;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString, PyTuple};

use crate::errors::{Attr, Fail, Kind};
use json::Json;
pub(crate) use objects::{CharCursor, EntityData};

/// The JSON text of an entity (the contract of `hanhchinh analyze`).
pub(crate) fn entity_json(e: &hanhchinh::Entity<'_>) -> String {
    e.to_json()
}

/// The entities of one analysis of `text`, as owned data with character offsets.
///
/// Runs without the interpreter (inside `Python::detach`).
pub(crate) fn entities(text: &str, analysis: &hanhchinh::Extraction<'_>) -> Vec<EntityData> {
    let mut cursor = CharCursor::new(text);
    analysis
        .entities()
        .iter()
        .map(|e| {
            let c = cursor.at(e.start());
            EntityData::new(e.kind().as_str(), e.text(), e.start(), c, entity_json(e))
        })
        .collect()
}

/// The JSON array of the entities of one analysis, as `hanhchinh analyze` writes it.
pub(crate) fn entities_json(analysis: &hanhchinh::Extraction<'_>) -> String {
    analysis.entities_json()
}

// ---------------------------------------------------------------------------------------------
// Arguments from Python.

/// A date as given from Python, before it is checked.
#[derive(Clone, Debug)]
pub(crate) enum DateArg {
    /// A string, `YYYY-MM-DD`.
    Text(String),
    /// A `datetime.date` (or `datetime`, pandas `Timestamp`: anything with year, month, day).
    Ymd(i64, i64, i64),
}

/// Reads a date argument: `None`, a string or a date object.
pub(crate) fn date_arg(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<DateArg>> {
    let Some(obj) = obj else { return Ok(None) };
    if obj.is_none() {
        return Ok(None);
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Some(DateArg::Text(s.to_cow()?.into_owned())));
    }
    if obj.hasattr("year")? && obj.hasattr("month")? && obj.hasattr("day")? {
        let y: i64 = obj.getattr("year")?.extract()?;
        let m: i64 = obj.getattr("month")?.extract()?;
        let d: i64 = obj.getattr("day")?.extract()?;
        return Ok(Some(DateArg::Ymd(y, m, d)));
    }
    Err(PyTypeError::new_err(format!(
        "a date must be a 'YYYY-MM-DD' string or a datetime.date, not {}",
        obj.get_type().name()?
    )))
}

/// Whether `obj` is one date (not a sequence of dates).
pub(crate) fn is_single_date(obj: &Bound<'_, PyAny>) -> PyResult<bool> {
    Ok(obj.is_instance_of::<PyString>() || obj.hasattr("year")?)
}

fn bad_ymd(y: i64, m: i64, d: i64) -> Fail {
    Fail::new(
        Kind::Date,
        format!("invalid date {y:04}-{m:02}-{d:02}: no such day"),
    )
    .with("offset", None)
}

/// The facade's reference date: a day, a month or a year (`2022-05-18`, `2022-05`, `2022`, or
/// a `datetime.date`).
pub(crate) fn day(arg: &DateArg) -> Result<PartialDate, Fail> {
    match arg {
        DateArg::Text(s) => {
            let t = s.trim();
            let full = t.len() == 10;
            t.parse::<PartialDate>()
                .ok()
                .filter(|d| full || d.precision() != hanhchinh::Precision::Day)
                .filter(|d| d.year().is_some())
                .ok_or_else(|| {
                    Fail::new(
                        Kind::Date,
                        format!(
                            "invalid reference date {s:?}: expected a day, a month or a year \
                             (YYYY-MM-DD, YYYY-MM, YYYY)"
                        ),
                    )
                    .with("offset", Some(Attr::Int(s.len() - s.trim_start().len())))
                })
        }
        DateArg::Ymd(y, m, d) => match (i16::try_from(*y), i8::try_from(*m), i8::try_from(*d)) {
            (Ok(yy), Ok(mm), Ok(dd)) => {
                PartialDate::ymd(yy, mm, dd).map_err(|_| bad_ymd(*y, *m, *d))
            }
            _ => Err(bad_ymd(*y, *m, *d)),
        },
    }
}

/// The gazetteer's date.
pub(crate) fn gazetteer_date(arg: &DateArg) -> Result<gz::Date, Fail> {
    match arg {
        DateArg::Text(s) => s.trim().parse::<gz::Date>().map_err(|_| {
            Fail::new(
                Kind::Date,
                format!("invalid date {s:?}: expected an existing day as YYYY-MM-DD"),
            )
            .with("offset", Some(Attr::Int(0)))
        }),
        DateArg::Ymd(y, m, d) => match (i16::try_from(*y), i8::try_from(*m), i8::try_from(*d)) {
            (Ok(yy), Ok(mm), Ok(dd)) => gz::Date::new(yy, mm, dd).map_err(|_| bad_ymd(*y, *m, *d)),
            _ => Err(bad_ymd(*y, *m, *d)),
        },
    }
}

/// The JSON names of every entity kind, in contract order.
pub(crate) fn kind_names() -> Vec<&'static str> {
    EntityKind::ALL.iter().map(|k| k.as_str()).collect()
}

/// Reads `kinds`: `None` (every kind), a comma-separated string, or an iterable of names.
pub(crate) fn kinds_arg(obj: Option<&Bound<'_, PyAny>>) -> PyResult<KindSet> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(KindSet::all());
    };
    let mut names: Vec<String> = Vec::new();
    if let Ok(s) = obj.cast::<PyString>() {
        names.extend(s.to_cow()?.split(',').map(|p| p.trim().to_string()));
    } else {
        for item in obj.try_iter()? {
            names.push(item?.extract::<String>()?.trim().to_string());
        }
    }
    let mut set = KindSet::empty();
    for n in names.iter().filter(|n| !n.is_empty()) {
        let kind = EntityKind::parse(n).ok_or_else(|| {
            Fail::option(format!(
                "unknown entity kind {n:?}; the kinds are {}",
                kind_names().join(", ")
            ))
        })?;
        set = set.with(kind);
    }
    Ok(set)
}

/// The names of the kinds in `set`, in contract order.
pub(crate) fn kinds_of(set: KindSet) -> Vec<&'static str> {
    EntityKind::ALL
        .iter()
        .filter(|k| set.contains(**k))
        .map(|k| k.as_str())
        .collect()
}

/// Reads a tone style: `traditional` (`hòa`, `Ủy`) or `modern` (`hoà`, `Uỷ`).
pub(crate) fn tone_arg(s: &str) -> Result<ToneStyle, Fail> {
    match s.trim().to_ascii_lowercase().as_str() {
        "traditional" => Ok(ToneStyle::Traditional),
        "modern" => Ok(ToneStyle::Modern),
        _ => Err(Fail::option(format!(
            "unknown tone style {s:?}; expected 'traditional' (hòa, Ủy) or 'modern' (hoà, Uỷ)"
        ))),
    }
}

/// Reads a legacy encoding name; `None` for `auto` (detect).
pub(crate) fn encoding_arg(s: &str) -> Result<Option<Encoding>, Fail> {
    let e = match s.trim().to_ascii_lowercase().as_str() {
        "auto" => return Ok(None),
        "unicode" | "utf-8" | "utf8" => Encoding::Unicode,
        "tcvn3" | "abc" => Encoding::Tcvn3,
        "vni" => Encoding::Vni,
        "viqr" => Encoding::Viqr,
        _ => {
            return Err(Fail::option(format!(
                "unknown encoding {s:?}; expected 'auto', 'unicode', 'tcvn3', 'vni' or 'viqr'"
            )))
        }
    };
    Ok(Some(e))
}

/// The short name of an encoding.
pub(crate) fn encoding_name(e: Encoding) -> &'static str {
    e.as_str()
}

/// Reads a unit level: `province`, `district`, `commune` (or the other levels of the data).
pub(crate) fn level_arg(s: &str) -> Result<gz::Level, Fail> {
    gz::Level::parse(s.trim()).ok_or_else(|| {
        Fail::option(format!(
            "unknown level {s:?}; expected 'province', 'district' or 'commune'"
        ))
    })
}

// ---------------------------------------------------------------------------------------------
// Errors of the crates.

/// An error of the gazetteer crate, with where it was (file, line, column, byte offset).
pub(crate) fn gazetteer_error(e: &gz::Error) -> Fail {
    Fail::new(Kind::Gazetteer, e.to_string())
        .with(
            "source_name",
            e.source_name().map(|s| Attr::Str(s.to_string())),
        )
        .with("line", e.line().map(Attr::Int))
        .with("column", e.column().map(Attr::Int))
        .with("offset", e.offset().map(Attr::Int))
}

// ---------------------------------------------------------------------------------------------
// Units and conversions: the fields of the CLI's `lookup` and `convert` JSON.

/// A unit version: `code`, `name`, `type`, `level`, `province`, `valid_from`, `valid_to`,
/// `successors` (codes of the units valid on 2025-07-01 that it became, for a unit that ended),
/// as `hanhchinh lookup` writes them, then `parent_code` and `address` (the official address).
pub(crate) fn unit_json(g: &Gazetteer, u: &Unit<'_>) -> Json {
    let v = u.validity();
    let successors = if v.to.is_some() {
        g.successors_on(*u, gz::REFORM_2025)
            .iter()
            .map(|s| Json::str(s.unit.code()))
            .collect()
    } else {
        Vec::new()
    };
    Json::Obj(vec![
        ("code".into(), Json::str(u.code())),
        ("name".into(), Json::str(u.name())),
        ("type".into(), Json::str(u.unit_type().vietnamese())),
        ("level".into(), Json::str(u.level().as_str())),
        (
            "province".into(),
            Json::opt_str(u.province().map(|p| p.name())),
        ),
        (
            "valid_from".into(),
            Json::opt_str(v.from.map(|d| d.to_string())),
        ),
        (
            "valid_to".into(),
            Json::opt_str(v.to.map(|d| d.to_string())),
        ),
        ("successors".into(), Json::Arr(successors)),
        (
            "parent_code".into(),
            Json::opt_str(u.parent().map(|p| p.code())),
        ),
        ("address".into(), Json::str(u.official_address())),
    ])
}

/// One match of a lookup: the unit, then `match` (`exact`, `folded`, `fuzzy`) and `edits`.
pub(crate) fn match_json(g: &Gazetteer, m: &gz::Match<'_>) -> Json {
    let (how, edits) = match m.kind {
        MatchKind::Exact => ("exact", 0),
        MatchKind::Folded => ("folded", 0),
        MatchKind::Fuzzy { edits } => ("fuzzy", usize::from(edits)),
        _ => ("other", 0),
    };
    let mut j = unit_json(g, &m.unit);
    if let Json::Obj(members) = &mut j {
        members.push(("match".into(), Json::str(how)));
        members.push(("edits".into(), Json::uint(edits)));
    }
    j
}

/// The matches of `name` (exact and folded, or misspellings too with `fuzzy`).
pub(crate) fn lookup(g: &Gazetteer, name: &str, fuzzy: bool) -> Json {
    let ms = if fuzzy {
        g.lookup_fuzzy(name)
    } else {
        g.lookup(name)
    };
    Json::Arr(ms.iter().map(|m| match_json(g, m)).collect())
}

/// One address converted: the address (trimmed) and the gazetteer's answer, which borrows the
/// gazetteer; made without the interpreter, turned into a dict by [`conversion_to_py`].
pub(crate) struct Converted<'g, 'a> {
    input: &'a str,
    trimmed: bool,
    conversion: gz::Conversion<'g>,
}

/// Converts one address to the units valid on `to` (default: today), as `hanhchinh convert`.
pub(crate) fn convert<'g, 'a>(
    g: &'g Gazetteer,
    address: &'a str,
    to: Option<gz::Date>,
) -> Converted<'g, 'a> {
    let input = address.trim();
    let conversion = g.convert(input, to.unwrap_or_else(gz::today));
    Converted {
        input,
        trimmed: input.len() != address.len(),
        conversion,
    }
}

/// The dict of a conversion, with the fields of `hanhchinh convert` in its order: `input`, then
/// the gazetteer's serde form of the conversion (`old_code` … `possible`, and `candidates` when
/// the address is ambiguous; `docs/json-contract.md`), so that the two cannot drift apart.
///
/// `original` is the Python string the address came from: the dict holds that object when the
/// address needed no trimming.
pub(crate) fn conversion_to_py<'py>(
    py: Python<'py>,
    c: &Converted<'_, '_>,
    original: Option<&Bound<'py, PyString>>,
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    match original {
        Some(o) if !c.trimmed => d.set_item(intern!(py, "input"), o)?,
        _ => d.set_item(intern!(py, "input"), c.input)?,
    }
    // The fields of `hanhchinh convert` after `input`, from the conversion's serde form.
    let json = serde_json::to_string(&c.conversion)
        .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
    let tree =
        Json::parse(&json).map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
    if let Json::Obj(members) = tree {
        for (k, v) in &members {
            d.set_item(k.as_str(), v.to_py(py)?)?;
        }
    }
    Ok(d)
}

/// Every unit version valid on `date` (every version when `None`), of `level` if given.
pub(crate) fn units(g: &Gazetteer, date: Option<gz::Date>, level: Option<gz::Level>) -> Json {
    Json::Arr(
        g.units()
            .filter(|u| date.is_none_or(|d| u.is_valid_on(d)))
            .filter(|u| level.is_none_or(|l| u.level() == l))
            .map(|u| unit_json(g, &u))
            .collect(),
    )
}

/// The version of unit `code` at `level` valid on `date`, or `null`.
pub(crate) fn find_code(g: &Gazetteer, level: gz::Level, code: &str, date: gz::Date) -> Json {
    g.find_code(level, code.trim(), date)
        .map_or(Json::Null, |u| unit_json(g, &u))
}

/// Today's date as the gazetteer takes it.
pub(crate) fn today() -> gz::Date {
    gz::today()
}

/// A Python tuple `(a, b)` of two integers.
pub(crate) fn pair<'py>(py: Python<'py>, a: usize, b: usize) -> PyResult<Bound<'py, PyTuple>> {
    PyTuple::new(py, [a, b])
}
