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
            // The lineage edges in order (no intermediate vectors); a district of before the
            // reform without edges of its own goes through its communes.
            let mut any = false;
            for l in x.lineage(forward) {
                any = true;
                visit(l.unit, l.partial, l.note);
            }
            if !any && forward && x.level() == Level::District {
                for c in x.children() {
                    visit(c, false, "");
                }
            }
        }
        out.sort_by(|a, b| (a.unit.code(), a.unit.id).cmp(&(b.unit.code(), b.unit.id)));
        out
    }

    /// The later versions of the same code, each following the other without a gap, up to the
    /// one valid on 2025-06-30 (or the last one): how a renamed unit reached the reform.
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
                .map(|l| l.unit);
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
