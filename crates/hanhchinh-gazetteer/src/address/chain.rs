//! Resolving a parsed address: the chain of units (commune, district, province) that explains
//! the most of it, misspellings searched inside the units the rest of the address names, and a
//! confidence.

use crate::address::grammar::{Parsed, Segment};
use crate::keys::{name_key, Form, TypeSet};
use crate::lookup::{Hints, Match, MatchKind, Query, Reason, Resolution, Resolved};
use crate::types::Level;
use crate::unit::Unit;
use crate::{Date, Gazetteer, LAST_PRE_REFORM};

/// How many segments after a candidate are compared with its ancestors (an address names at
/// most a province, a district and a commune above a village; a few more allow for noise).
const LOOKAHEAD: usize = 5;

/// The outcome of resolving an address.
#[derive(Debug, Clone)]
pub(crate) struct Chosen<'g> {
    pub(crate) resolution: Resolution<'g>,
    /// 0..=1.
    pub(crate) score: f32,
}

/// The quality of a match of the target's own name.
fn kind_weight(kind: MatchKind) -> f32 {
    match kind {
        MatchKind::Exact => 1.0,
        MatchKind::Folded => 0.92,
        MatchKind::Fuzzy { edits } => 0.8 - 0.1 * f32::from(edits.saturating_sub(1)),
    }
}

/// Whether `x` is the same unit as ancestor `a` (any version of the same level and code).
fn same_unit(x: &Unit<'_>, a: &Unit<'_>) -> bool {
    x.id == a.id || (x.raw.level == a.raw.level && x.raw.code == a.raw.code)
}

/// One scored candidate.
#[derive(Debug, Clone, Copy)]
struct Scored<'g> {
    seg: usize,
    m: Match<'g>,
    score: f32,
    /// Segments explained (the target and its ancestors found).
    explained: usize,
    /// Admin segments from the target on (explained or not).
    considered: usize,
    /// Some explained unit is a district (the address is of before the reform).
    has_district: bool,
}

impl Gazetteer {
    fn hint_ok(&self, u: &Unit<'_>, hints: &Hints<'_>, within: Option<&[u32]>) -> bool {
        if hints.level.is_some_and(|l| u.level() != l) {
            return false;
        }
        if hints.unit_type.is_some_and(|t| u.unit_type() != t) {
            return false;
        }
        match within {
            Some(ids) => u.ancestors().any(|a| ids.contains(&a.id)),
            None => true,
        }
    }

    /// Scores candidate `m` of segment `t` against the segments after it.
    fn score_candidate<'g>(&self, segs: &[Segment<'g>], t: usize, m: Match<'g>) -> Scored<'g> {
        let mut ancestors: [Option<Unit<'g>>; 8] = [None; 8];
        for (slot, a) in ancestors.iter_mut().zip(m.unit.ancestors()) {
            *slot = Some(a);
        }
        let own_seg = segs.get(t);
        let mut score = kind_weight(m.kind);
        if own_seg.is_some_and(|s| s.contradicts) {
            score -= 0.5;
        }
        let mut explained = 1;
        let mut considered = 1;
        let mut has_district = m.unit.level() == Level::District;
        let mut at = 0;
        for s in segs.iter().skip(t + 1).take(LOOKAHEAD) {
            if !s.admin() && !s.matches.is_empty() {
                continue;
            }
            considered += 1;
            let hit = ancestors
                .iter()
                .flatten()
                .skip(at)
                .position(|a| s.matches.iter().any(|x| same_unit(&x.unit, a)));
            match hit {
                Some(p) => {
                    at += p + 1;
                    explained += 1;
                    let kind = ancestors
                        .iter()
                        .flatten()
                        .nth(at - 1)
                        .and_then(|a| s.matches.iter().find(|x| same_unit(&x.unit, a)))
                        .map_or(MatchKind::Exact, |x| x.kind);
                    score += kind_weight(kind);
                    if s.contradicts {
                        score -= 0.5;
                    }
                    if ancestors
                        .iter()
                        .flatten()
                        .nth(at - 1)
                        .is_some_and(|a| a.level() == Level::District)
                    {
                        has_district = true;
                    }
                }
                // A later name that is not an ancestor contradicts the candidate; an unknown
                // one (a misspelling, a country) weighs less.
                None if s.matches.is_empty() => score -= 0.3,
                None => score -= 1.0,
            }
        }
        // Names before the target are streets and the like when they are not units.
        let before = segs
            .iter()
            .take(t)
            .filter(|s| s.admin() || s.typed())
            .count();
        score -= 0.1 * before as f32;
        Scored {
            seg: t,
            m,
            score,
            explained,
            considered,
            has_district,
        }
    }

    /// Resolves a parsed address. `as_of` is the date the address is known to refer to; without
    /// it, an address that names a district is read as of 2025-06-30 and any other (commune and
    /// province) as of `post` (a date after the reform).
    pub(crate) fn resolve_parsed<'g>(
        &'g self,
        p: &mut Parsed<'g>,
        hints: &Hints<'_>,
        post: Date,
    ) -> Chosen<'g> {
        let within: Option<Vec<u32>> = hints.within.map(|w| self.within_ids(w));
        let mut best = self.best_chain(&p.segs, hints, within.as_deref(), post);
        // Nothing fits, or a name is unknown: misspellings, inside the units the address names.
        let improved = self.fuzzy_in_parent(&mut p.segs, best.as_ref(), p.damaged);
        if improved {
            best = self.best_chain(&p.segs, hints, within.as_deref(), post);
        } else if best.is_none() && !p.damaged {
            let mut any = false;
            for s in p.segs.iter_mut().filter(|s| s.matches.is_empty()) {
                let q = Query {
                    types: s.types,
                    key: s.fold.clone(),
                    fold: s.fold.clone(),
                    words: s.words,
                };
                self.fuzzy_into(&q, &mut s.matches);
                any |= !s.matches.is_empty();
            }
            if any {
                best = self.best_chain(&p.segs, hints, within.as_deref(), post);
            }
        }
        let Some((tied, top)) = best else {
            return Chosen {
                resolution: Resolution::NotFound,
                score: 0.0,
            };
        };
        self.settle(tied, top, hints, post, p)
    }

    /// Every candidate with the best score (at least one), and the best one.
    #[allow(clippy::type_complexity)]
    fn best_chain<'g>(
        &'g self,
        segs: &[Segment<'g>],
        hints: &Hints<'_>,
        within: Option<&[u32]>,
        post: Date,
    ) -> Option<(Vec<Scored<'g>>, Scored<'g>)> {
        let mut all: Vec<Scored<'g>> = Vec::new();
        for (t, s) in segs.iter().enumerate() {
            for m in &s.matches {
                if !self.hint_ok(&m.unit, hints, within) {
                    continue;
                }
                let mut sc = self.score_candidate(segs, t, *m);
                // The era: the date given, else 2025-06-30 for an address with a district,
                // else after the reform.
                let era = hints.as_of.unwrap_or(if sc.has_district {
                    LAST_PRE_REFORM
                } else {
                    post
                });
                if m.unit.is_valid_on(era) {
                    sc.score += 0.05;
                }
                all.push(sc);
            }
        }
        let top = all
            .iter()
            .copied()
            .max_by(|a, b| a.score.total_cmp(&b.score))?;
        let tied: Vec<Scored<'g>> = all
            .into_iter()
            .filter(|s| (s.score - top.score).abs() < 1e-4)
            .collect();
        Some((tied, top))
    }

    /// One unit (or an ambiguity) out of the best candidates, and the confidence.
    fn settle<'g>(
        &'g self,
        mut tied: Vec<Scored<'g>>,
        top: Scored<'g>,
        hints: &Hints<'_>,
        post: Date,
        p: &Parsed<'g>,
    ) -> Chosen<'g> {
        let era = hints.as_of.unwrap_or(if top.has_district {
            LAST_PRE_REFORM
        } else {
            post
        });
        let mut seen: Vec<u32> = Vec::new();
        tied.retain(|s| {
            let new = !seen.contains(&s.m.unit.id);
            seen.push(s.m.unit.id);
            new
        });
        let candidates_total: usize = p.segs.get(top.seg).map_or(0, |s| s.matches.len());
        let same_code = tied.windows(2).all(|w| match w {
            [a, b] => {
                a.m.unit.raw.level == b.m.unit.raw.level && a.m.unit.raw.code == b.m.unit.raw.code
            }
            _ => true,
        });
        let resolution = if tied.len() == 1 || same_code {
            tied.sort_by_key(|s| s.m.unit.validity().distance(era));
            match tied.first() {
                Some(s) => {
                    let reason = if tied.len() > 1 {
                        if s.m.unit.is_valid_on(era) {
                            Reason::ValidOn(era)
                        } else {
                            Reason::Closest(era)
                        }
                    } else if candidates_total <= 1 && top.explained == 1 {
                        Reason::Only
                    } else {
                        Reason::Context
                    };
                    Resolution::Found(Resolved {
                        unit: s.m.unit,
                        kind: s.m.kind,
                        reason,
                    })
                }
                None => Resolution::NotFound,
            }
        } else {
            // Prefer the candidates valid in the era, then the best kind of match.
            let valid: Vec<Scored<'g>> = tied
                .iter()
                .copied()
                .filter(|s| s.m.unit.is_valid_on(era))
                .collect();
            if !valid.is_empty() {
                tied = valid;
            }
            let best_kind = tied.iter().map(|s| s.m.kind).min();
            tied.retain(|s| Some(s.m.kind) == best_kind);
            match tied.as_slice() {
                [one] => Resolution::Found(Resolved {
                    unit: one.m.unit,
                    kind: one.m.kind,
                    reason: Reason::ValidOn(era),
                }),
                _ => Resolution::Ambiguous(tied.iter().map(|s| s.m.unit).collect()),
            }
        };
        // Confidence: the quality of the names, the share of the address explained, and how
        // much evidence there is at all.
        let quality = (top.score.max(0.0) / top.explained.max(1) as f32).min(1.0);
        let share = top.explained as f32 / top.considered.max(1) as f32;
        let mut score = quality * share;
        let lone = top.explained == 1;
        let own = p.segs.get(top.seg);
        if lone && own.is_some_and(|s| !s.typed() && p.segs.len() > 1) {
            score *= 0.8;
        }
        if matches!(top.m.kind, MatchKind::Fuzzy { .. }) && lone && own.is_some_and(|s| !s.typed())
        {
            score *= 0.6;
        }
        if matches!(resolution, Resolution::Ambiguous(_)) {
            score *= 0.5;
        }
        Chosen {
            resolution,
            score: (score * 100.0).round() / 100.0,
        }
    }

    /// Searches misspelt names inside the unit the rest of the address names: the name just
    /// before the best chain's unit (when that unit is above the commune), or the best unit's
    /// own name when only a prefix of it matched. Returns whether a segment gained candidates.
    fn fuzzy_in_parent<'g>(
        &'g self,
        segs: &mut [Segment<'g>],
        best: Option<&(Vec<Scored<'g>>, Scored<'g>)>,
        damaged: bool,
    ) -> bool {
        let Some((tied, top)) = best else {
            return false;
        };
        // The parent must be known.
        let parents: Vec<Unit<'g>> = {
            let mut v: Vec<Unit<'g>> = Vec::new();
            for s in tied {
                if !v.iter().any(|u| same_unit(u, &s.m.unit)) {
                    v.push(s.m.unit);
                }
            }
            v
        };
        if parents.len() != 1 || top.seg == 0 || damaged {
            return false;
        }
        let Some(parent) = parents.first().copied() else {
            return false;
        };
        if parent.level() >= Level::Commune {
            return false;
        }
        let si = top.seg - 1;
        let Some(s) = segs.get(si) else {
            return false;
        };
        if s.fold.is_empty() || s.fold.len() > crate::fuzzy::MAX_QUERY {
            return false;
        }
        // Only a name that the chain left unexplained: unknown, or naming units elsewhere.
        if s.matches
            .iter()
            .any(|m| m.unit.ancestors().any(|a| same_unit(&a, &parent)))
        {
            return false;
        }
        let found = self.descendants_like(parent, &s.fold, s.types);
        if found.is_empty() {
            return false;
        }
        if let Some(seg) = segs.get_mut(si) {
            seg.matches = found;
            seg.contradicts = false;
        }
        true
    }

    /// The units below `parent` (every version of its code: children and grandchildren) whose
    /// folded name is within one edit per word of `fold` (two at most), fewest edits first.
    fn descendants_like<'g>(
        &'g self,
        parent: Unit<'g>,
        fold: &str,
        types: TypeSet,
    ) -> Vec<Match<'g>> {
        let mut out: Vec<(u8, Unit<'g>)> = Vec::new();
        let mut check = |u: Unit<'g>| {
            if !types.is_empty() && !types.contains(u.unit_type()) {
                return;
            }
            let names = std::iter::once(u.name()).chain(u.variants());
            let best = names
                .filter_map(|n| crate::fuzzy::per_word(fold, &name_key(n, Form::Fold), 2))
                .min();
            if let Some(e) = best {
                if !out.iter().any(|(_, x)| x.id == u.id) {
                    out.push((e, u));
                }
            }
        };
        for version in self.versions(parent.level(), parent.code()) {
            for c in version.children() {
                check(c);
                for g in c.children() {
                    check(g);
                }
            }
        }
        let Some(min) = out.iter().map(|x| x.0).min() else {
            return Vec::new();
        };
        out.retain(|x| x.0 == min);
        out.into_iter()
            .map(|(e, unit)| Match {
                unit,
                kind: if e == 0 {
                    MatchKind::Folded
                } else {
                    MatchKind::Fuzzy { edits: e }
                },
            })
            .collect()
    }
}
