//! The rows of the tables, parsed and checked one by one: unit versions, lineage edges, aliases.

use crate::date::parse_ymd;
use crate::error::Error;
use crate::format::{EdgeKind, FLAG_ABOLISHED, FLAG_CHANGED, FLAG_FROM_UPPER_BOUND};
use crate::keys::{name_key, Form};
use crate::types::{Level, UnitType, Validity};
use crate::{Date, LAST_PRE_REFORM, REFORM_2025};

use super::table::{field, Table};

/// Where a row came from (for error messages); line 0 for the units of a loaded gazetteer.
#[derive(Debug, Clone)]
pub(super) struct Origin {
    pub(super) source: String,
    pub(super) line: usize,
}

impl Origin {
    /// An error of consistency between rows, at this row.
    pub(super) fn inconsistent(&self, reason: impl Into<String>) -> Error {
        Error::consistency(Some(&self.source), Some(self.line), reason)
    }
}

impl std::fmt::Display for Origin {
    /// `file:line`, or the gazetteer's name for its units.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            f.write_str(&self.source)
        } else {
            write!(f, "{}:{}", self.source, self.line)
        }
    }
}

/// One unit version before resolution.
#[derive(Debug, Clone)]
pub(super) struct Row {
    pub(super) code: String,
    pub(super) name: String,
    pub(super) utype: UnitType,
    pub(super) level: Level,
    pub(super) parent_code: Option<String>,
    pub(super) province_code: String,
    pub(super) validity: Validity,
    pub(super) variants: Vec<String>,
    pub(super) flags: u16,
    pub(super) note: Option<String>,
    pub(super) origin: Origin,
}

impl std::fmt::Display for Row {
    /// `level code `name``, as messages name a unit version.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {} `{}`", self.level, self.code, self.name)
    }
}

/// A reference to a unit version.
#[derive(Debug, Clone)]
pub(super) enum Ref {
    /// The version of (level, code) valid on a date.
    On(Level, String, Date),
    /// The version of (level, code) with exactly this start.
    Id(Level, String, Option<Date>, bool),
}

#[derive(Debug, Clone)]
pub(super) struct EdgeRow {
    pub(super) from: Ref,
    pub(super) to: Ref,
    pub(super) partial: bool,
    pub(super) kind: EdgeKind,
    pub(super) note: String,
    pub(super) origin: Origin,
}

/// A change of a unit from a date (a row of a change table): the unit as it is after the change.
#[derive(Debug, Clone)]
pub(super) struct ChangeRow {
    /// The unit after the change; `validity.from` is the date of the change.
    pub(super) row: Row,
    /// What the `change` column says changes.
    pub(super) what: What,
    /// Whether the row gives `name_variants` (else the new version keeps the old ones, unless
    /// the name changes).
    pub(super) variants_given: bool,
    /// The 1-based columns of `valid_from` and `change` (for messages).
    pub(super) col_from: usize,
    pub(super) col_change: usize,
}

/// The fields that a change row says change.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct What {
    pub(super) name: bool,
    pub(super) utype: bool,
    pub(super) parent: bool,
}

#[derive(Debug, Clone)]
pub(super) struct AliasRow {
    pub(super) alias: String,
    pub(super) level: Level,
    pub(super) code: String,
    /// The unit's name as the row gives it (empty: any name).
    pub(super) name: String,
    pub(super) name_key: Option<String>,
    pub(super) origin: Origin,
}

/// Parses `D` or `<=D`; empty is `None`.
fn parse_from(s: &str) -> Result<(Option<Date>, bool), String> {
    if s.is_empty() {
        return Ok((None, false));
    }
    let (ub, d) = match s.strip_prefix("<=") {
        Some(d) => (true, d),
        None => (false, s),
    };
    match parse_ymd(d) {
        Some(d) => Ok((Some(d), ub)),
        None => Err(format!("`{s}` is not a date (YYYY-MM-DD or <=YYYY-MM-DD)")),
    }
}

fn parse_level(s: &str) -> Result<Level, String> {
    Level::parse(s)
        .ok_or_else(|| format!("level `{s}` is not one of province, district, commune, village"))
}

fn check_code(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Err("empty code".into());
    }
    if s.chars().any(char::is_whitespace) {
        return Err(format!("code `{s}` contains white space"));
    }
    Ok(())
}

/// The columns of a units (or change) table beyond the fixed six.
struct UnitCols {
    from: Option<usize>,
    to: Option<usize>,
    variants: Option<usize>,
    status: Option<usize>,
    note: Option<usize>,
    full_name: Option<usize>,
}

impl UnitCols {
    fn of(t: &Table) -> UnitCols {
        UnitCols {
            from: t.col("valid_from"),
            to: t.col("valid_to"),
            variants: t.col("name_variants"),
            status: t.col("status"),
            note: t
                .col("note")
                .or_else(|| t.col("decree"))
                .or_else(|| t.col("resolution")),
            full_name: t.col("full_name"),
        }
    }
}

/// One row of a units or change table.
fn unit_row(t: &Table, c: &UnitCols, line: usize, f: &[String]) -> Result<Row, Error> {
    let err = |col: usize, msg: String| Error::row(&t.name, line, col, msg);
    let code = field(f, Some(0));
    check_code(code).map_err(|m| err(1, m))?;
    let name = field(f, Some(1));
    if name.is_empty() {
        return Err(err(2, "empty name".into()));
    }
    if name_key(name, Form::Key).is_empty() {
        return Err(err(2, format!("name `{name}` has no letters or digits")));
    }
    let level = parse_level(field(f, Some(3))).map_err(|m| err(4, m))?;
    let ty_word = field(f, Some(2));
    let utype = UnitType::from_data(ty_word, level).ok_or_else(|| {
        err(
            3,
            format!("type `{ty_word}` is not a unit type of level {level}"),
        )
    })?;
    let parent = field(f, Some(4));
    let parent_code = if parent.is_empty() {
        None
    } else {
        check_code(parent).map_err(|m| err(5, m))?;
        Some(parent.to_string())
    };
    if parent_code.is_none() && level != Level::Province {
        return Err(err(5, format!("a {level} needs a parent_code")));
    }
    if parent_code.is_some() && level == Level::Province {
        return Err(err(5, "a province has no parent_code".into()));
    }
    let mut province_code = field(f, Some(5)).to_string();
    if province_code.is_empty() {
        if level == Level::Province {
            province_code = code.to_string();
        } else {
            return Err(err(6, "empty province_code".into()));
        }
    }
    if level == Level::Province && province_code != code {
        return Err(err(
            6,
            format!(
                "the province_code of a province is its own code ({code}), not {province_code}"
            ),
        ));
    }
    if let Some(i) = c.full_name {
        let full = field(f, Some(i));
        if !full.is_empty() && full.to_lowercase() != format!("{ty_word} {name}").to_lowercase() {
            return Err(err(
                i + 1,
                format!("full_name `{full}` is not the type and the name (`{ty_word} {name}`)"),
            ));
        }
    }
    let (from, ub) = parse_from(field(f, c.from)).map_err(|m| err(c.from.unwrap_or(0) + 1, m))?;
    let to_s = field(f, c.to);
    let to = if to_s.is_empty() {
        None
    } else {
        Some(parse_ymd(to_s).ok_or_else(|| {
            err(
                c.to.unwrap_or(0) + 1,
                format!("`{to_s}` is not a date (YYYY-MM-DD)"),
            )
        })?)
    };
    if let (Some(a), Some(b)) = (from, to) {
        if b <= a {
            return Err(err(
                c.to.unwrap_or(0) + 1,
                format!("valid_to {b} is not after valid_from {a}"),
            ));
        }
    }
    let variants: Vec<String> = field(f, c.variants)
        .split('|')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
        .collect();
    let flags = match field(f, c.status) {
        "" | "current" => 0,
        "changed" => FLAG_CHANGED,
        "abolished" => FLAG_ABOLISHED,
        other => {
            return Err(err(
                c.status.unwrap_or(0) + 1,
                format!("status `{other}` is not current, changed or abolished"),
            ))
        }
    } | if ub { FLAG_FROM_UPPER_BOUND } else { 0 };
    let note = Some(field(f, c.note).to_string()).filter(|n| !n.is_empty());
    Ok(Row {
        code: code.to_string(),
        name: name.to_string(),
        utype,
        level,
        parent_code,
        province_code,
        validity: Validity {
            from,
            to,
            from_is_upper_bound: ub,
        },
        variants,
        flags,
        note,
        origin: Origin {
            source: t.name.clone(),
            line,
        },
    })
}

/// The rows of a units table.
pub(super) fn parse_units(t: &Table) -> Result<Vec<Row>, Error> {
    let c = UnitCols::of(t);
    t.rows
        .iter()
        .map(|(line, f)| unit_row(t, &c, *line, f))
        .collect()
}

/// The rows of a change table: each says from which date (`valid_from`, a day) the unit is as
/// the row gives it, and which fields change (`change`: `name`, `type`, `parent`, separated by
/// commas).
pub(super) fn parse_changes(t: &Table) -> Result<Vec<ChangeRow>, Error> {
    let c = UnitCols::of(t);
    let (Some(cf), Some(cc)) = (c.from, t.col("change")) else {
        return Err(Error::header(
            &t.name,
            t.header.len() + 1,
            "a change table needs the columns `valid_from` and `change`",
        ));
    };
    let c_ver = t.col("verification");
    let mut out = Vec::with_capacity(t.rows.len());
    for (line, f) in &t.rows {
        let err = |col: usize, msg: String| Error::row(&t.name, *line, col, msg);
        let row = unit_row(t, &c, *line, f)?;
        if row.validity.from.is_none() || row.validity.from_is_upper_bound {
            return Err(err(
                cf + 1,
                format!(
                    "a change needs the day it takes effect (YYYY-MM-DD), not `{}`",
                    field(f, Some(cf))
                ),
            ));
        }
        let mut what = What::default();
        for w in field(f, Some(cc)).split(',').map(str::trim) {
            match w {
                "name" => what.name = true,
                "type" => what.utype = true,
                "parent" => what.parent = true,
                "" => {}
                other => {
                    return Err(err(
                        cc + 1,
                        format!("`{other}` is not something a change can change: name, type or parent (separated by commas)"),
                    ))
                }
            }
        }
        if what == What::default() {
            return Err(err(
                cc + 1,
                "empty change: say what changes (name, type or parent, separated by commas)".into(),
            ));
        }
        if let Some(i) = c_ver {
            let v = field(f, Some(i));
            if v != "verified" && v != "partial" {
                return Err(err(
                    i + 1,
                    format!("verification `{v}` is not verified or partial"),
                ));
            }
        }
        out.push(ChangeRow {
            variants_given: !row.variants.is_empty(),
            row,
            what,
            col_from: cf + 1,
            col_change: cc + 1,
        });
    }
    Ok(out)
}

/// The rows of an alias table.
pub(super) fn parse_aliases(t: &Table) -> Result<Vec<AliasRow>, Error> {
    let mut out = Vec::new();
    for (line, f) in &t.rows {
        let err = |col: usize, msg: String| Error::row(&t.name, *line, col, msg);
        let alias = field(f, Some(0));
        if name_key(alias, Form::Key).is_empty() {
            return Err(err(1, format!("alias `{alias}` has no letters or digits")));
        }
        let level = parse_level(field(f, Some(1))).map_err(|m| err(2, m))?;
        let code = field(f, Some(2));
        check_code(code).map_err(|m| err(3, m))?;
        let name = field(f, Some(3));
        out.push(AliasRow {
            alias: alias.to_string(),
            level,
            code: code.to_string(),
            name: name.to_string(),
            name_key: Some(name_key(name, Form::Key)).filter(|k| !k.is_empty()),
            origin: Origin {
                source: t.name.clone(),
                line: *line,
            },
        });
    }
    Ok(out)
}

/// The rows of a lineage table: edges of the 2025-07-01 reform.
pub(super) fn parse_lineage(t: &Table) -> Result<Vec<EdgeRow>, Error> {
    let mut out = Vec::with_capacity(t.rows.len());
    let mut seen: std::collections::HashMap<(Level, &str, Level, &str), usize> =
        std::collections::HashMap::new();
    let c_note = t.col("gso_note");
    for (line, f) in &t.rows {
        let err = |col: usize, msg: String| Error::row(&t.name, *line, col, msg);
        let old_code = field(f, Some(0));
        check_code(old_code).map_err(|m| err(1, m))?;
        let old_level = parse_level(field(f, Some(1))).map_err(|m| err(2, m))?;
        let new_code = field(f, Some(2));
        check_code(new_code).map_err(|m| err(3, m))?;
        let new_level = parse_level(field(f, Some(3))).map_err(|m| err(4, m))?;
        let partial = match field(f, Some(4)) {
            "1" => true,
            "0" => false,
            other => return Err(err(5, format!("is_partial `{other}` is not 0 or 1"))),
        };
        if let Some(first) = seen.insert((old_level, old_code, new_level, new_code), *line) {
            return Err(err(
                1,
                format!("{old_level} {old_code} -> {new_level} {new_code} again (first on line {first})"),
            ));
        }
        out.push(EdgeRow {
            from: Ref::On(old_level, old_code.to_string(), LAST_PRE_REFORM),
            to: Ref::On(new_level, new_code.to_string(), REFORM_2025),
            partial,
            kind: EdgeKind::Reform2025,
            note: field(f, c_note).to_string(),
            origin: Origin {
                source: t.name.clone(),
                line: *line,
            },
        });
    }
    Ok(out)
}

/// The reference to a loaded unit version (by level, code and start).
pub(super) fn ref_of(u: &crate::Unit<'_>) -> Ref {
    let v = u.validity();
    Ref::Id(
        u.level(),
        u.code().to_string(),
        v.from,
        v.from_is_upper_bound,
    )
}
