//! Resolution: the candidates of each mention, scored with its date and the other mentions.

use std::collections::HashMap;

use hanhchinh_text::Doc;

use super::{Mention, Raw};
use crate::lookup::{MatchKind, Reason, Resolution, Resolved};
use crate::unit::Unit;
use crate::{Date, Gazetteer, Level};

/// Counts of unit ids over the mentions: how many mentions have each unit as a candidate, as
/// an ancestor of a candidate, as the parent of a candidate.
struct Counts {
    cand: HashMap<u32, u32>,
    anc: HashMap<u32, u32>,
    parent: HashMap<u32, u32>,
}

/// The sorted, distinct ids of one mention's candidates, of their ancestors, of their parents.
struct Own {
    ids: Vec<u32>,
    ancs: Vec<u32>,
    parents: Vec<u32>,
}

fn sorted(mut v: Vec<u32>) -> Vec<u32> {
    v.sort_unstable();
    v.dedup();
    v
}

fn own_ids(r: &Raw<'_>) -> Own {
    Own {
        ids: sorted(r.cands.iter().map(|(u, _)| u.id).collect()),
        ancs: sorted(
            r.cands
                .iter()
                .flat_map(|(u, _)| u.ancestors().map(|a| a.id))
                .collect(),
        ),
        parents: sorted(
            r.cands
                .iter()
                .filter_map(|(u, _)| u.parent().map(|p| p.id))
                .collect(),
        ),
    }
}

/// How many other mentions have `id` in `counts` (`mine`: this mention's own ids).
fn others(counts: &HashMap<u32, u32>, mine: &[u32], id: u32) -> bool {
    counts.get(&id).copied().unwrap_or(0) > u32::from(mine.binary_search(&id).is_ok())
}

/// Resolves every mention, in order.
pub(super) fn resolve<'t, 'g>(
    g: &'g Gazetteer,
    doc: &Doc<'t>,
    raws: Vec<Raw<'g>>,
) -> Vec<Mention<'t, 'g>> {
    let own: Vec<Own> = raws.iter().map(own_ids).collect();
    let mut counts = Counts {
        cand: HashMap::new(),
        anc: HashMap::new(),
        parent: HashMap::new(),
    };
    for o in &own {
        for (map, ids) in [
            (&mut counts.cand, &o.ids),
            (&mut counts.anc, &o.ancs),
            (&mut counts.parent, &o.parents),
        ] {
            for id in ids {
                *map.entry(*id).or_default() += 1;
            }
        }
    }
    // The candidates of the mention right after each one when it is written as its parent in
    // an address (`phường X, quận Y`, `huyện X (Bình Dương)`): the level and code of every
    // candidate, sorted (a unit of that code at any date is the parent written: `huyện Phú
    // Vang, tỉnh Thừa Thiên Huế` is under the province that the city of Huế continues).
    let parent_cues: Vec<Option<Vec<(Level, &str)>>> = (0..raws.len())
        .map(|i| {
            let (r, n) = (raws.get(i)?, raws.get(i + 1)?);
            let joined = n.toks.start >= r.toks.end
                && n.toks.start - r.toks.end <= 1
                && (r.toks.end..n.toks.start).all(|k| matches!(doc.word(k), "," | "("));
            let lowest_above = n.cands.iter().map(|(u, _)| u.level()).max()?;
            let highest_here = r.cands.iter().map(|(u, _)| u.level()).min()?;
            (joined && lowest_above < highest_here).then(|| {
                let mut v: Vec<(Level, &str)> =
                    n.cands.iter().map(|(u, _)| (u.level(), u.code())).collect();
                v.sort_unstable();
                v.dedup();
                v
            })
        })
        .collect();
    let mut out = Vec::with_capacity(raws.len());
    for (i, (r, o)) in raws.into_iter().zip(&own).enumerate() {
        let others_cand = |id: u32| others(&counts.cand, &o.ids, id);
        let others_anc = |id: u32| others(&counts.anc, &o.ancs, id);
        let others_parent = |id: u32| others(&counts.parent, &o.parents, id);
        // The parent written right after the mention decides first: only the candidates under
        // it, when there are any (`Phường 7, quận 3`: the ward of that district, even at a
        // date when another ward 7 exists and this one no longer does).
        let cue = parent_cues.get(i).and_then(Option::as_ref);
        // Whether each candidate is under the written parent (asked once per candidate).
        let under_cue: Vec<bool> = match cue {
            Some(parents) => r.cands.iter().map(|&(c, _)| under(g, c, parents)).collect(),
            None => Vec::new(),
        };
        let any_under_cue = under_cue.contains(&true);
        let mut scored: Vec<(u32, Unit<'g>, MatchKind)> = r
            .cands
            .iter()
            .enumerate()
            .filter(|&(k, _)| !any_under_cue || under_cue.get(k) == Some(&true))
            .map(|(_, c)| c)
            .map(|&(c, kind)| {
                let mut s = 0u32;
                if let Some(d) = r.date {
                    if c.is_valid_on(d) {
                        s += 16;
                    } else if retyped_valid_on(g, c, d) {
                        // Valid under another type: below a valid unit, above any other.
                        s += 12;
                    }
                }
                let parent = c.parent();
                if parent.is_some_and(|p| others_cand(p.id)) {
                    s += 8;
                }
                // The province too, when it is not the parent: a commune named with its
                // district and province (`xã Tả Van (Sa Pa, Lào Cai)`) is the one under both, not
                // a commune of another era directly under a province of the same name.
                if c.province().is_some_and(|p| {
                    p.id != c.id && parent.map_or(true, |q| q.id != p.id) && others_cand(p.id)
                }) {
                    s += 4;
                }
                // A sibling of another mention's candidate (`xã Mỹ Lợi, xã Mỹ Phong`).
                if parent.is_some_and(|p| others_parent(p.id)) {
                    s += 2;
                }
                if others_anc(c.id) {
                    s += 1;
                }
                (s, c, kind)
            })
            .collect();
        let mut max = scored.iter().map(|x| x.0).max().unwrap_or(0);
        let n_before = scored.len();
        scored.retain(|x| x.0 == max);
        // Still several: a unit that another mention's candidate became or came from (`xã A
        // được thành lập trên cơ sở sáp nhập các xã B, C`).
        if scored.len() > 1 {
            for x in &mut scored {
                let linked =
                    x.1.lineage(false)
                        .chain(x.1.lineage(true))
                        .any(|l| others_cand(l.unit.id));
                x.0 += u32::from(linked);
            }
            max = scored.iter().map(|x| x.0).max().unwrap_or(0);
            scored.retain(|x| x.0 == max);
        }
        // Still several: the parent written right after a unit that the text alone decided
        // is that unit's own ancestor (`xã Tân Hòa (Đồng Tháp)` of an undated text: the
        // commune under the province after the reform, so the province after the reform).
        if scored.len() > 1 {
            let child = i
                .checked_sub(1)
                .filter(|&c| parent_cues.get(c).is_some_and(Option::is_some))
                .and_then(|_| out.last())
                .and_then(|m: &Mention<'t, 'g>| match m.resolution {
                    Resolution::Found(Resolved {
                        unit,
                        reason: Reason::Only | Reason::Context,
                        ..
                    }) => Some(unit),
                    _ => None,
                });
            if let Some(child) = child {
                let own: Vec<_> = scored
                    .iter()
                    .filter(|x| child.ancestors().any(|a| a.id == x.1.id))
                    .copied()
                    .collect();
                if own.len() == 1 {
                    scored = own;
                }
            }
        }
        let resolution = if scored.len() == 1 {
            let reason = if n_before == 1 {
                Reason::Only
            } else {
                Reason::Context
            };
            scored
                .first()
                .map(|&(_, unit, kind)| Resolution::Found(Resolved { unit, kind, reason }))
                .unwrap_or(Resolution::NotFound)
        } else {
            let same_code = scored.windows(2).all(|w| match w {
                [a, b] => a.1.level() == b.1.level() && a.1.code() == b.1.code(),
                _ => true,
            });
            let date = r.date.unwrap_or_else(|| g.latest_date());
            if same_code {
                scored.sort_by_key(|x| x.1.validity().distance(date));
                scored
                    .first()
                    .map(|&(_, unit, kind)| {
                        let reason = if unit.is_valid_on(date) {
                            Reason::ValidOn(date)
                        } else {
                            Reason::Closest(date)
                        };
                        Resolution::Found(Resolved { unit, kind, reason })
                    })
                    .unwrap_or(Resolution::NotFound)
            } else {
                Resolution::Ambiguous(scored.iter().map(|x| x.1).collect())
            }
        };
        // A unit found under another parent than the one written right after it is no
        // reading of the text (`phường Hòa Hiệp, quận Liên Chiểu` is no ward of another
        // province): the mention stays unresolved.
        let (resolution, outside_written_parent) = match (resolution, parent_cues.get(i)) {
            (Resolution::Found(res), Some(Some(parents))) if !under(g, res.unit, parents) => (
                Resolution::Ambiguous(r.cands.iter().map(|(u, _)| *u).collect()),
                true,
            ),
            (res, _) => (res, false),
        };
        let span = doc.span(r.toks.clone());
        out.push(Mention {
            text: doc.text().get(span.clone()).unwrap_or(""),
            span,
            name_span: doc.span(r.name.clone()),
            unit_types: r.types.types().collect(),
            resolution,
            evidence: r.evidence,
            date: r.date,
            date_reason: r.date_reason,
            outside_written_parent,
        });
    }
    out
}

/// Whether `unit`, not valid on `date`, is then the same unit under another type only: a
/// version with its code, name and parent's code is valid on `date` (`xã Tân Phú` of a text
/// of late 2026, after the commune became a ward in April 2026, still names it).
fn retyped_valid_on<'g>(g: &'g Gazetteer, unit: Unit<'g>, date: Date) -> bool {
    fn parent_code<'g>(u: &Unit<'g>) -> Option<&'g str> {
        u.parent().map(|p| p.code())
    }
    g.versions(unit.level(), unit.code()).iter().any(|v| {
        v.is_valid_on(date)
            && v.unit_type() != unit.unit_type()
            && v.name() == unit.name()
            && parent_code(v) == parent_code(&unit)
    })
}

/// Whether a unit of one of `parents` (sorted levels and codes) is an ancestor of `unit`, of
/// another version of it (the same code at other dates) or of a unit one of them became or
/// came from (`xã X (huyện Y cũ)`: the new commune under the province, the old one under Y).
fn under(g: &Gazetteer, unit: Unit<'_>, parents: &[(Level, &str)]) -> bool {
    let has = |u: Unit<'_>| {
        u.ancestors()
            .any(|a| parents.binary_search(&(a.level(), a.code())).is_ok())
    };
    let mut versions = g.versions(unit.level(), unit.code());
    if versions.is_empty() {
        versions.push(unit);
    }
    versions
        .iter()
        .any(|v| has(*v) || v.lineage(true).chain(v.lineage(false)).any(|l| has(l.unit)))
}
