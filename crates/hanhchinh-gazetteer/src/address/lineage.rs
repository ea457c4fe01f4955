//! Following a unit through time: lineage edges to the units valid on another date, the chain
//! of versions of a renamed unit, and what the tables allow to say about an abolished one.

use crate::address::Successor;
use crate::format::EdgeKind;
use crate::types::Level;
use crate::unit::{Status, Unit};
use crate::{Date, Gazetteer, LAST_PRE_REFORM};

/// The note of a successor found through the communes that changed on the day an abolished
/// commune ended.
pub(crate) const INFERRED_NOTE: &str = "inferred: the tables do not record which neighbour \
absorbed the abolished unit; every unit of its parent that changed on the day it ended went here";

/// What the tables say about an abolished unit: the units of its parent that changed on the day
/// it ended (the neighbours that may have absorbed it), and the units valid on the target date
/// that they went to.
pub(crate) struct Absorbers<'g> {
    pub(crate) neighbours: Vec<Unit<'g>>,
    pub(crate) successors: Vec<Successor<'g>>,
}

impl Gazetteer {
    /// The units valid on `date` that `unit` became (or came from, for an earlier date),
    /// following lineage edges; itself if it is valid on `date`.
    ///
    /// A district of before 2025-07-01 has no lineage of its own (except the five without
    /// communes): its successors are those of its communes.
    ///
    /// ```
    /// use hanhchinh_gazetteer::{Gazetteer, Level, LAST_PRE_REFORM, REFORM_2025};
    /// let g = Gazetteer::default();
    /// let old = g.find_code(Level::Commune, "11407", LAST_PRE_REFORM).unwrap(); // Vĩnh Niệm
    /// let new = g.successors_on(old, REFORM_2025);
    /// let names: Vec<_> = new.iter().map(|s| (s.unit.code(), s.unit.name(), s.partial)).collect();
    /// assert_eq!(names, [("11383", "Lê Chân", true), ("11407", "An Biên", true)]);
    /// ```
    pub fn successors_on<'g>(&'g self, unit: Unit<'g>, date: Date) -> Vec<Successor<'g>> {
        let mut out: Vec<Successor<'g>> = Vec::new();
        if unit.is_valid_on(date) {
            out.push(Successor {
                unit,
                partial: false,
                notes: Vec::new(),
            });
            return out;
        }
        let forward = unit.validity().to.is_some_and(|t| date >= t);
        // The usual case, one step: every lineage edge leads to a unit valid on the date (what
        // the walk below gives then, without its stack).
        if forward && unit.lineage(true).all(|l| l.unit.is_valid_on(date)) {
            for l in unit.lineage(true) {
                match out.iter_mut().find(|s| s.unit.id == l.unit.id) {
                    Some(s) => {
                        s.partial |= l.partial;
                        if !l.note.is_empty() && !s.notes.contains(&l.note) {
                            s.notes.push(l.note);
                        }
                    }
                    None => out.push(Successor {
                        unit: l.unit,
                        partial: l.partial,
                        notes: if l.note.is_empty() {
                            Vec::new()
                        } else {
                            vec![l.note]
                        },
                    }),
                }
            }
            if !out.is_empty() {
                out.sort_by(|a, b| (a.unit.code(), a.unit.id).cmp(&(b.unit.code(), b.unit.id)));
                return out;
            }
        }
        self.successors_walk(unit, date, forward)
    }

    /// [`Gazetteer::successors_on`] for a unit not valid on `date`: the walk through lineage
    /// edges, later versions and, for a district, its communes.
    fn successors_walk<'g>(
        &'g self,
        unit: Unit<'g>,
        date: Date,
        forward: bool,
    ) -> Vec<Successor<'g>> {
        let mut out: Vec<Successor<'g>> = Vec::new();
        // A district followed through its communes: each successor took part of it, unless
        // there is only one.
        let mut through_children = false;
        let mut stack: Vec<(Unit<'g>, bool, Vec<&'g str>)> = vec![(unit, false, Vec::new())];
        let mut seen: Vec<u32> = vec![unit.id];
        let mut steps = 0;
        while let Some((x, partial, notes)) = stack.pop() {
            steps += 1;
            if steps > 10_000 {
                break;
            }
            let mut visit = |y: Unit<'g>, p: bool, note: &'g str| {
                let p2 = partial || p;
                let mut n2 = notes.clone();
                if !note.is_empty() && !n2.contains(&note) {
                    n2.push(note);
                }
                if y.is_valid_on(date) {
                    if let Some(s) = out.iter_mut().find(|s| s.unit.id == y.id) {
                        s.partial |= p2;
                        for n in n2 {
                            if !s.notes.contains(&n) {
                                s.notes.push(n);
                            }
                        }
                    } else {
                        out.push(Successor {
                            unit: y,
                            partial: p2,
                            notes: n2,
                        });
                    }
                } else if !seen.contains(&y.id) {
                    seen.push(y.id);
                    stack.push((y, p2, n2));
                }
            };
            // The lineage edges in order (no intermediate vectors); a version without edges goes
            // to the next version of its code (the sources did not list the code for a while);
            // a district of before the reform without edges of its own goes through its
            // communes.
            let mut any = false;
            for l in x.lineage(forward) {
                any = true;
                visit(l.unit, l.partial, l.note);
            }
            if !any && forward {
                if let Some(next) = self.next_version(x) {
                    any = true;
                    visit(next, false, "");
                }
            }
            if !any && forward && x.level() == Level::District {
                through_children = true;
                for c in x.children() {
                    visit(c, false, "");
                }
            }
        }
        if through_children && out.len() > 1 {
            for s in &mut out {
                s.partial = true;
            }
        }
        out.sort_by(|a, b| (a.unit.code(), a.unit.id).cmp(&(b.unit.code(), b.unit.id)));
        out
    }

    /// The earliest version of the same level and code that starts when `unit` ends or later
    /// (its next version, after a gap in the sources), for a version that has no lineage.
    pub(crate) fn next_version<'g>(&'g self, unit: Unit<'g>) -> Option<Unit<'g>> {
        let end = unit.validity().to?;
        self.versions(unit.level(), unit.code())
            .into_iter()
            .filter(|v| v.validity().from.is_some_and(|f| f >= end))
            .min_by_key(|v| v.validity().from)
    }

    /// The later versions of the same code up to the one valid on 2025-06-30 (or the last one):
    /// how a renamed unit reached the reform.
    pub(crate) fn versions_after<'g>(&'g self, unit: Unit<'g>) -> Vec<Unit<'g>> {
        let mut out = Vec::new();
        let mut cur = unit;
        for _ in 0..32 {
            if cur.is_valid_on(LAST_PRE_REFORM) {
                break;
            }
            let next = cur
                .lineage(true)
                .find(|l| l.kind == EdgeKind::Version)
                .map(|l| l.unit)
                .or_else(|| {
                    // No edge at all: the next version after a gap in the sources.
                    let none = cur.lineage(true).next().is_none();
                    none.then(|| self.next_version(cur)).flatten()
                });
            match next {
                Some(n) => {
                    out.push(n);
                    cur = n;
                }
                None => break,
            }
        }
        out
    }

    /// For a unit abolished before 2025-06-30 (no successor in the tables): the units of the
    /// same parent whose new version started the day it ended, and their successors on `to`.
    pub(crate) fn absorbers<'g>(&'g self, unit: Unit<'g>, to: Date) -> Option<Absorbers<'g>> {
        if unit.status() != Status::Abolished {
            return None;
        }
        let end = unit.validity().to?;
        let parent = unit.parent()?;
        let mut neighbours: Vec<Unit<'g>> = Vec::new();
        for p in self.versions(parent.level(), parent.code()) {
            for c in p.children() {
                if c.level() == unit.level()
                    && c.code() != unit.code()
                    && c.validity().start() == Some(end)
                    && !neighbours.contains(&c)
                {
                    neighbours.push(c);
                }
            }
        }
        let mut successors: Vec<Successor<'g>> = Vec::new();
        for n in &neighbours {
            for s in self.successors_on(*n, to) {
                if !successors.iter().any(|x| x.unit == s.unit) {
                    successors.push(s);
                }
            }
        }
        successors.sort_by(|a, b| (a.unit.code(), a.unit.id).cmp(&(b.unit.code(), b.unit.id)));
        Some(Absorbers {
            neighbours,
            successors,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::{Gazetteer, REFORM_2025};

    /// The one-step path of `successors_on` gives what the walk gives.
    #[test]
    fn one_step_equals_the_walk() {
        let g = Gazetteer::default();
        let mut n = 0;
        for u in g.units().filter(|u| !u.is_valid_on(REFORM_2025)) {
            for date in [REFORM_2025, g.latest_date()] {
                if u.validity().to.is_some_and(|t| date >= t) {
                    let a = format!("{:?}", g.successors_on(u, date));
                    let b = format!("{:?}", g.successors_walk(u, date, true));
                    assert_eq!(a, b, "{u:?}");
                    n += 1;
                }
            }
        }
        assert!(n > 20_000, "{n}");
    }
}
