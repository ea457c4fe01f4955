//! Resolution: unique versions, parents and provinces found by code and time, lineage and
//! aliases pointed at unit versions; the model that `format::write` serializes.

use std::collections::HashMap;

use crate::error::Error;
use crate::format::{MEdge, MUnit, Model};
use crate::keys::{name_key, Form};
use crate::types::Level;
use crate::Date;

use super::rows::{Ref, Row};

/// The column of `parent_code` and of `province_code` in a units table.
const COL_PARENT: usize = 5;
const COL_PROVINCE: usize = 6;
use super::Builder;

impl Builder {
    pub(super) fn resolve(self) -> Result<Model, Error> {
        let Builder {
            mut rows,
            changes,
            mut edges,
            aliases,
            data_version,
            ..
        } = self;
        super::change::apply(&mut rows, &mut edges, changes)?;
        // Deterministic order: level, code, start.
        rows.sort_by(|a, b| {
            (a.level, &a.code, a.validity.start(), a.validity.from).cmp(&(
                b.level,
                &b.code,
                b.validity.start(),
                b.validity.from,
            ))
        });
        let mut by_code: HashMap<(Level, &str), Vec<u32>> = HashMap::new();
        for (i, r) in rows.iter().enumerate() {
            by_code
                .entry((r.level, r.code.as_str()))
                .or_default()
                .push(i as u32);
        }
        // Unique, non-overlapping versions.
        for ids in by_code.values() {
            for (k, &a) in ids.iter().enumerate() {
                for &b in ids.iter().skip(k + 1) {
                    let (Some(ra), Some(rb)) = (rows.get(a as usize), rows.get(b as usize)) else {
                        continue;
                    };
                    if ra.validity.overlaps(&rb.validity) {
                        // Report at the row of a table (not at a unit of a loaded gazetteer).
                        let (ra, rb) = if rb.origin.line == 0 {
                            (rb, ra)
                        } else {
                            (ra, rb)
                        };
                        let hint = if ra.origin.source != rb.origin.source {
                            "; to change a unit from a date (a new name, type or parent), \
                             write a change table: the columns of a units table with \
                             `valid_from` and `change`"
                        } else {
                            ""
                        };
                        return Err(rb
                            .origin
                            .inconsistent(format!(
                                "{rb} ({}) overlaps the version `{}` ({}) from {}{hint}",
                                rb.validity, ra.name, ra.validity, ra.origin,
                            ))
                            .at_column(1));
                    }
                }
            }
        }
        let find_version = |level: Level, code: &str, r: &Row| -> Option<u32> {
            let ids = by_code.get(&(level, code))?;
            let mut best: Option<(u32, u8)> = None;
            for &id in ids {
                let c = rows.get(id as usize)?;
                if !c.validity.overlaps(&r.validity) {
                    continue;
                }
                // Prefer the version valid on the row's last day (the latest state of the parent
                // during the row's validity: for the 2025-06-30 table, the parent of that day).
                let anchor_ok = match r.validity.to {
                    Some(t) => {
                        c.validity.to.is_none_or_ge(t) && c.validity.start().is_none_or_lt(t)
                    }
                    None => c.validity.to.is_none(),
                };
                let score = if anchor_ok { 2 } else { 1 };
                if best.is_none_or_worse(score) {
                    best = Some((id, score));
                }
            }
            best.map(|(id, _)| id)
        };
        let mut units: Vec<MUnit> = Vec::with_capacity(rows.len());
        for r in &rows {
            let parent = match &r.parent_code {
                Some(pc) => {
                    let found = Level::ALL
                        .into_iter()
                        .filter(|l| *l < r.level)
                        .rev()
                        .find_map(|l| find_version(l, pc, r));
                    let v = r.validity;
                    let why =
                        || format!("{r}: no unit with code {pc} above it is valid during {v}");
                    Some(found.ok_or_else(|| r.origin.inconsistent(why()).at_column(COL_PARENT))?)
                }
                None => None,
            };
            let province = if r.level == Level::Province {
                None
            } else {
                let found = find_version(Level::Province, &r.province_code, r);
                let (pc, v) = (&r.province_code, r.validity);
                let why = || format!("{r}: province {pc} is not valid during {v}");
                Some(found.ok_or_else(|| r.origin.inconsistent(why()).at_column(COL_PROVINCE))?)
            };
            // The parent's province is the row's province.
            if let Some(p) = parent.and_then(|p| rows.get(p as usize)) {
                if p.province_code != r.province_code {
                    let of = |code: &str| {
                        find_version(Level::Province, code, r)
                            .and_then(|i| rows.get(i as usize))
                            .map_or_else(String::new, |u| format!(" ({})", u.name))
                    };
                    return Err(r
                        .origin
                        .inconsistent(format!(
                            "{r}: province_code {}{} disagrees with its parent {p}, which is in \
                             province {}{}",
                            r.province_code,
                            of(&r.province_code),
                            p.province_code,
                            of(&p.province_code)
                        ))
                        .at_column(COL_PROVINCE));
                }
            }
            units.push(MUnit {
                code: r.code.clone(),
                name: r.name.clone(),
                level: r.level,
                utype: r.utype,
                flags: r.flags,
                parent,
                province,
                from: r.validity.from,
                to: r.validity.to,
                variants: r.variants.clone(),
                note: r.note.clone(),
                successors: Vec::new(),
                predecessors: Vec::new(),
                children: Vec::new(),
            });
        }
        // Provinces point at themselves.
        for (i, u) in units.iter_mut().enumerate() {
            if u.level == Level::Province {
                u.province = Some(i as u32);
            }
        }
        let parents: Vec<(u32, u32)> = units
            .iter()
            .enumerate()
            .filter_map(|(i, u)| u.parent.map(|p| (p, i as u32)))
            .collect();
        for (p, c) in parents {
            if let Some(pu) = units.get_mut(p as usize) {
                pu.children.push(c);
            }
        }
        // Lineage.
        let resolve_ref = |r: &Ref| -> Option<u32> {
            match r {
                Ref::On(level, code, date) => by_code
                    .get(&(*level, code.as_str()))?
                    .iter()
                    .copied()
                    .find(|&id| {
                        rows.get(id as usize)
                            .is_some_and(|u| u.validity.contains(*date))
                    }),
                Ref::Id(level, code, from, ub) => by_code
                    .get(&(*level, code.as_str()))?
                    .iter()
                    .copied()
                    .find(|&id| {
                        rows.get(id as usize).is_some_and(|u| {
                            u.validity.from == *from && u.validity.from_is_upper_bound == *ub
                        })
                    }),
            }
        };
        let mut medges: Vec<MEdge> = Vec::with_capacity(edges.len());
        for e in &edges {
            let (Some(a), Some(b)) = (resolve_ref(&e.from), resolve_ref(&e.to)) else {
                let which = if resolve_ref(&e.from).is_none() {
                    &e.from
                } else {
                    &e.to
                };
                let (level, code) = match which {
                    Ref::On(l, c, _) | Ref::Id(l, c, _, _) => (*l, c.as_str()),
                };
                let (col, when) = match which {
                    Ref::On(_, _, d) => (
                        if std::ptr::eq(which, &e.from) { 1 } else { 3 },
                        format!("on {d}"),
                    ),
                    Ref::Id(..) => (1, "at that date".to_string()),
                };
                return Err(e
                    .origin
                    .inconsistent(format!(
                        "lineage refers to {level} {code}, which is not valid {when}"
                    ))
                    .at_column(col));
            };
            medges.push(MEdge {
                from: a,
                to: b,
                partial: e.partial,
                kind: e.kind,
                note: e.note.clone(),
            });
        }
        medges.sort_by(|x, y| {
            (x.from, x.to, x.kind.to_u8(), &x.note).cmp(&(y.from, y.to, y.kind.to_u8(), &y.note))
        });
        medges.dedup_by(|x, y| x.from == y.from && x.to == y.to && x.kind == y.kind);
        for (i, e) in medges.iter().enumerate() {
            if let Some(u) = units.get_mut(e.from as usize) {
                u.successors.push(i as u32);
            }
            if let Some(u) = units.get_mut(e.to as usize) {
                u.predecessors.push(i as u32);
            }
        }
        // Aliases.
        let mut maliases: Vec<(String, u32)> = Vec::new();
        for a in &aliases {
            let ids: Vec<u32> = by_code
                .get(&(a.level, a.code.as_str()))
                .map(|ids| {
                    ids.iter()
                        .copied()
                        .filter(|&id| {
                            a.name_key.as_ref().is_none_or_eq(
                                rows.get(id as usize).map(|r| name_key(&r.name, Form::Key)),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            if ids.is_empty() {
                let mut named: Vec<&str> = by_code
                    .get(&(a.level, a.code.as_str()))
                    .into_iter()
                    .flatten()
                    .filter_map(|&id| rows.get(id as usize).map(|r| r.name.as_str()))
                    .collect();
                named.dedup();
                let (col, why) = if named.is_empty() {
                    (3, format!("no {} has the code {}", a.level, a.code))
                } else {
                    (
                        4,
                        format!(
                            "{} {} is never called `{}` (its names: {})",
                            a.level,
                            a.code,
                            a.name,
                            named.join(", ")
                        ),
                    )
                };
                return Err(a
                    .origin
                    .inconsistent(format!("alias `{}`: {why}", a.alias))
                    .at_column(col));
            }
            for id in ids {
                maliases.push((a.alias.clone(), id));
            }
        }
        maliases.sort();
        maliases.dedup();
        Ok(Model {
            units,
            edges: medges,
            aliases: maliases,
            data_version: data_version.unwrap_or_else(|| "custom".to_string()),
        })
    }
}

/// Small comparison helpers (MSRV 1.80 has no `Option::is_none_or`).
trait OptExt<T> {
    fn is_none_or_ge(&self, t: T) -> bool;
    fn is_none_or_lt(&self, t: T) -> bool;
}

impl OptExt<Date> for Option<Date> {
    fn is_none_or_ge(&self, t: Date) -> bool {
        match self {
            Some(v) => *v >= t,
            None => true,
        }
    }
    fn is_none_or_lt(&self, t: Date) -> bool {
        match self {
            Some(v) => *v < t,
            None => true,
        }
    }
}

trait BestExt {
    fn is_none_or_worse(&self, score: u8) -> bool;
}

impl BestExt for Option<(u32, u8)> {
    fn is_none_or_worse(&self, score: u8) -> bool {
        match self {
            Some((_, s)) => *s < score,
            None => true,
        }
    }
}

trait EqExt {
    fn is_none_or_eq(&self, other: Option<String>) -> bool;
}

impl EqExt for Option<&String> {
    fn is_none_or_eq(&self, other: Option<String>) -> bool {
        match self {
            Some(k) => other.as_deref() == Some(k.as_str()),
            None => true,
        }
    }
}
