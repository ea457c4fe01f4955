//! The rows of the tables, parsed and checked one by one: unit versions, lineage edges, aliases.

use crate::date::parse_ymd;
use crate::error::Error;
use crate::format::{EdgeKind, FLAG_ABOLISHED, FLAG_CHANGED, FLAG_FROM_UPPER_BOUND};
use crate::keys::{name_key, Form};
use crate::types::{Level, UnitType, Validity};
use crate::{Date, LAST_PRE_REFORM, REFORM_2025};

use super::table::{field, Table};

/// Where a row came from (for error messages).
#[derive(Debug, Clone)]
pub(super) struct Origin {
    pub(super) source: String,
    pub(super) line: usize,
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

#[derive(Debug, Clone)]
pub(super) struct AliasRow {
    pub(super) alias: String,
    pub(super) level: Level,
    pub(super) code: String,
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

pub(super) fn parse_units(t: &Table) -> Result<Vec<Row>, Error> {
    let c_from = t.col("valid_from");
    let c_to = t.col("valid_to");
    let c_var = t.col("name_variants");
    let c_status = t.col("status");
    let c_note = t
        .col("note")
        .or_else(|| t.col("decree"))
        .or_else(|| t.col("resolution"));
    let mut out = Vec::with_capacity(t.rows.len());
    for (line, f) in &t.rows {
        let line = *line;
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
        let mut province_code = field(f, Some(5)).to_string();
        if province_code.is_empty() {
            if level == Level::Province {
                province_code = code.to_string();
            } else {
                return Err(err(6, "empty province_code".into()));
            }
        }
        let (from, ub) =
            parse_from(field(f, c_from)).map_err(|m| err(c_from.unwrap_or(0) + 1, m))?;
        let to_s = field(f, c_to);
        let to = if to_s.is_empty() {
            None
        } else {
            Some(parse_ymd(to_s).ok_or_else(|| {
                err(
                    c_to.unwrap_or(0) + 1,
                    format!("`{to_s}` is not a date (YYYY-MM-DD)"),
                )
            })?)
        };
        if let (Some(a), Some(b)) = (from, to) {
            if b <= a {
                return Err(err(
                    c_to.unwrap_or(0) + 1,
                    format!("valid_to {b} is not after valid_from {a}"),
                ));
            }
        }
        let variants: Vec<String> = field(f, c_var)
            .split('|')
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
            .collect();
        let flags = match field(f, c_status) {
            "" | "current" => 0,
            "changed" => FLAG_CHANGED,
            "abolished" => FLAG_ABOLISHED,
            other => {
                return Err(err(
                    c_status.unwrap_or(0) + 1,
                    format!("status `{other}` is not changed or abolished"),
                ))
            }
        } | if ub { FLAG_FROM_UPPER_BOUND } else { 0 };
        let note = Some(field(f, c_note).to_string()).filter(|n| !n.is_empty());
        out.push(Row {
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
        });
    }
    Ok(out)
}

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
            name_key: Some(name_key(name, Form::Key)).filter(|k| !k.is_empty()),
            origin: Origin {
                source: t.name.clone(),
                line: *line,
            },
        });
    }
    Ok(out)
}

pub(super) fn parse_lineage(t: &Table) -> Result<Vec<EdgeRow>, Error> {
    let mut out = Vec::with_capacity(t.rows.len());
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
            "0" | "" => false,
            other => return Err(err(5, format!("is_partial `{other}` is not 0 or 1"))),
        };
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

pub(super) fn ref_of(u: &crate::Unit<'_>) -> Ref {
    let v = u.validity();
    Ref::Id(
        u.level(),
        u.code().to_string(),
        v.from,
        v.from_is_upper_bound,
    )
}
