//! Changes of units from a date (change tables: the official `units_2026_changes.tsv` and user
//! tables with a `change` column): each ends the version valid on its date and starts a new one
//! with what the row gives, linked to the old one by a lineage edge.
//!
//! Every field of a change row is either applied or an error: the fields that the `change`
//! column lists (`name`, `type`, `parent`) must differ from the version before, the others must
//! equal it, so that a typo in a name cannot pass as a silent rename and a rename cannot be
//! dropped.

use std::collections::HashMap;

use crate::error::Error;
use crate::format::EdgeKind;
use crate::types::{Level, Validity};
use crate::REFORM_2025;

use super::rows::{ChangeRow, EdgeRow, Ref, Row};

/// Applies the changes to the rows (in date order per unit), adding the new versions and the
/// edges from the old ones.
pub(super) fn apply(
    rows: &mut Vec<Row>,
    edges: &mut Vec<EdgeRow>,
    mut changes: Vec<ChangeRow>,
) -> Result<(), Error> {
    if changes.is_empty() {
        return Ok(());
    }
    changes.sort_by(|a, b| {
        (a.row.level, &a.row.code, a.row.validity.from).cmp(&(
            b.row.level,
            &b.row.code,
            b.row.validity.from,
        ))
    });
    let mut by_code: HashMap<(Level, String), Vec<usize>> = HashMap::new();
    for (i, r) in rows.iter().enumerate() {
        by_code
            .entry((r.level, r.code.clone()))
            .or_default()
            .push(i);
    }
    for c in changes {
        let r = &c.row;
        let at = |col: usize, msg: String| Error::row(&r.origin.source, r.origin.line, col, msg);
        let Some(date) = r.validity.from else {
            return Err(at(c.col_from, "a change needs valid_from".into()));
        };
        let key = (r.level, r.code.clone());
        let prev_i = by_code
            .get(&key)
            .and_then(|ids| {
                ids.iter()
                    .copied()
                    .find(|&i| rows.get(i).is_some_and(|p| p.validity.contains(date)))
            })
            .ok_or_else(|| {
                at(
                    1,
                    format!(
                        "change of {} {} on {date}: no version of it is valid that day",
                        r.level, r.code
                    ),
                )
            })?;
        let Some(prev) = rows.get(prev_i) else {
            continue;
        };
        if prev.validity.from.is_some_and(|f| f >= date) {
            return Err(at(
                c.col_from,
                format!(
                    "the change on {date} does not start after the version it changes \
                     (`{}`, {}, from {})",
                    prev.name, prev.validity, prev.origin
                ),
            ));
        }
        let prev_desc = format!("{}, from {}", prev.validity, prev.origin);
        let same_parent = r.parent_code == prev.parent_code;
        let same_province = r.province_code == prev.province_code;
        let parents = |u: &Row| {
            format!(
                "parent_code `{}` and province_code `{}`",
                u.parent_code.as_deref().unwrap_or(""),
                u.province_code
            )
        };
        let checks = [
            (
                c.what.name,
                r.name == prev.name,
                2,
                "name",
                format!("name `{}`", r.name),
                format!("name `{}`", prev.name),
            ),
            (
                c.what.utype,
                r.utype == prev.utype,
                3,
                "type",
                format!("type `{}`", r.utype.vietnamese()),
                format!("type `{}`", prev.utype.vietnamese()),
            ),
            (
                c.what.parent,
                same_parent && same_province,
                if same_parent { 6 } else { 5 },
                "parent",
                parents(r),
                parents(prev),
            ),
        ];
        for (listed, same, col, field, now, then) in checks {
            check(
                listed,
                same,
                (c.col_change, col),
                field,
                &now,
                &then,
                &prev_desc,
            )
            .map_err(|(col, m)| at(col, m))?;
        }

        let mut next = r.clone();
        next.validity = Validity {
            from: Some(date),
            to: prev.validity.to,
            from_is_upper_bound: false,
        };
        if !c.variants_given && !c.what.name {
            next.variants = prev.variants.clone();
        }
        next.flags = 0;
        let kind = if date >= REFORM_2025 {
            EdgeKind::Change2026
        } else {
            EdgeKind::Version
        };
        edges.push(EdgeRow {
            from: Ref::Id(
                prev.level,
                prev.code.clone(),
                prev.validity.from,
                prev.validity.from_is_upper_bound,
            ),
            to: Ref::Id(next.level, next.code.clone(), Some(date), false),
            partial: false,
            kind,
            note: next.note.clone().unwrap_or_default(),
            origin: next.origin.clone(),
        });
        if let Some(p) = rows.get_mut(prev_i) {
            p.validity.to = Some(date);
        }
        by_code.entry(key).or_default().push(rows.len());
        rows.push(next);
    }
    Ok(())
}

/// A field is listed in `change` exactly when it differs from the version before: `Err((column,
/// message))` otherwise. `now` and `then` are the field's values in the row and in the version
/// before, `prev` says which version that is.
fn check(
    listed: bool,
    same: bool,
    (col_change, col_field): (usize, usize),
    field: &str,
    now: &str,
    then: &str,
    prev: &str,
) -> Result<(), (usize, String)> {
    match (listed, same) {
        (true, true) => Err((
            col_change,
            format!(
                "`change` lists `{field}`, but the row has the {field} of the version valid the \
                 day before ({now}; {prev})"
            ),
        )),
        (false, false) => Err((
            col_field,
            format!(
                "the row has {now}, but the version valid the day before has {then} ({prev}); \
                 list `{field}` in `change` if the {field} changes on that day"
            ),
        )),
        _ => Ok(()),
    }
}
