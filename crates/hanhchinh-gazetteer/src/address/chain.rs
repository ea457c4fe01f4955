//! Resolving a parsed address: the chain of units (commune, district, province) that explains
//! the most of it, misspellings searched inside the units the rest of the address names, and a
//! confidence.

use crate::address::grammar::{Parsed, Segment};
use crate::keys::{name_key, Form, TypeSet};
use crate::lookup::{Hints, Match, MatchKind, Query, Reason, Resolution, Resolved};
use crate::types::{level_from_u8, Level};
use crate::unit::Unit;
use crate::{Date, Gazetteer, LAST_PRE_REFORM};

/// How many segments after a candidate are compared with its ancestors (an address names at
/// most a province, a district and a commune above a village; a few more allow for noise).
const LOOKAHEAD: usize = 5;

/// Most candidates kept with the best score.
const MAX_TIES: usize = 256;

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

/// The key of a unit for ancestor matching: level and code (every version of a code).
fn unit_key(u: &Unit<'_>) -> u64 {
    (u64::from(u.raw.level) << 32) | u64::from(u.raw.code)
}

/// What the scoring needs of a segment: its candidates' keys (a range of a shared vector,
/// sorted, with the kind of match of each), whether it names a unit above the village, whether
/// it is empty.
struct SegIndex {
    keys: std::ops::Range<usize>,
    admin: bool,
    empty: bool,
    typed: bool,
    district_typed: bool,
    contradicts: bool,
}

impl SegIndex {
    /// The index of a segment, its keys appended to `keys`.
    fn of(s: &Segment<'_>, keys: &mut Vec<(u64, MatchKind)>) -> SegIndex {
        let start = keys.len();
        keys.extend(s.matches.iter().map(|m| (unit_key(&m.unit), m.kind)));
        if let Some(mine) = keys.get_mut(start..) {
            mine.sort_unstable();
        }
        SegIndex {
            keys: start..keys.len(),
            admin: s.admin(),
            empty: s.matches.is_empty(),
            typed: s.typed(),
            district_typed: s.typed() && s.types.types().all(|t| t.level() == Level::District),
            contradicts: s.contradicts,
        }
    }

    /// The best kind of match of a unit with this key, if the segment has one (the first of
    /// the sorted keys equal to it).
    fn find(&self, keys: &[(u64, MatchKind)], key: u64) -> Option<MatchKind> {
        let mine = keys.get(self.keys.clone())?;
        let i = mine.partition_point(|k| k.0 < key);
        mine.get(i).filter(|k| k.0 == key).map(|k| k.1)
    }
}

/// Whether a unit version belongs to the era the address is read in: valid on the date given;
/// else valid on 2025-06-30 for an address with a district; else a version of after the reform
/// (not ended by it) that started by `post`.
fn in_era(u: &Unit<'_>, as_of: Option<Date>, has_district: bool, post: Date) -> bool {
    match as_of {
        Some(d) => u.is_valid_on(d),
        None if has_district => u.is_valid_on(LAST_PRE_REFORM),
        None => {
            // On the stored yyyymmdd numbers (0 = open), as `Unit::is_valid_on`.
            let (from, to) = (u.raw.from, u.raw.to);
            let open_start = from == 0 || u.raw.flags & crate::format::FLAG_FROM_UPPER_BOUND != 0;
            (to == 0 || to > crate::date::to_u32(crate::REFORM_2025))
                && (open_start || from <= crate::date::to_u32(post))
        }
    }
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

    /// Scores candidate `m` of segment `t` against the segments after it (at most
    /// [`LOOKAHEAD`], so that the cost per candidate is bounded).
    fn score_candidate<'g>(
        &self,
        idx: &[SegIndex],
        keys: &[(u64, MatchKind)],
        t: usize,
        m: Match<'g>,
    ) -> Scored<'g> {
        let mut ancestors: [u64; 8] = [0; 8];
        let mut district: [bool; 8] = [false; 8];
        let mut n_anc = 0;
        // The ancestors' levels, codes and parents only (as `Unit::ancestors`, at most 8).
        let d = self.data();
        let mut next = m.unit.raw.parent;
        for (slot, dist) in ancestors.iter_mut().zip(district.iter_mut()) {
            let Some((level, code, parent)) = d.unit_link(next) else {
                break;
            };
            *slot = (u64::from(level) << 32) | u64::from(code);
            *dist = level_from_u8(level) == Level::District;
            n_anc += 1;
            next = parent;
        }
        let ancestors = ancestors.get(..n_anc).unwrap_or(&[]);
        let mut score = kind_weight(m.kind);
        if idx.get(t).is_some_and(|s| s.contradicts) {
            score -= 0.5;
        }
        let mut explained = 1;
        let mut considered = 1;
        let mut district_named = false;
        let mut district_bare = false;
        let mut at = 0;
        for s in idx.iter().skip(t + 1).take(LOOKAHEAD) {
            if !s.admin && !s.empty {
                continue;
            }
            considered += 1;
            let hit = ancestors
                .iter()
                .enumerate()
                .skip(at)
                .find_map(|(i, a)| s.find(keys, *a).map(|kind| (i, kind)));
            match hit {
                Some((i, kind)) => {
                    at = i + 1;
                    explained += 1;
                    score += kind_weight(kind);
                    if s.contradicts {
                        score -= 0.5;
                    }
                    // A district named as such (`quận`, `huyện`, `thị xã`; not a bare name or
                    // `thành phố`, which a province can be too) dates the address.
                    if district.get(i).copied().unwrap_or(false) {
                        district_named |= s.district_typed;
                        district_bare = true;
                    }
                }
                // A later name that is not an ancestor contradicts the candidate; an unknown
                // one (a misspelling, a country) weighs less.
                None if s.empty => score -= 0.3,
                None => score -= 1.0,
            }
        }
        // Names before the target are streets and the like when they are not units (only the
        // nearest few count: the cost stays bounded).
        let before = idx
            .iter()
            .take(t)
            .rev()
            .take(LOOKAHEAD)
            .filter(|s| s.admin || s.typed)
            .count();
        score -= 0.1 * before as f32;
        // The address is of before the reform when it names a district: as such, or as a third
        // level (commune, district, province); a two-part address (commune, province) is read
        // after the reform first.
        let has_district = m.unit.level() == Level::District
            || district_named
            || (district_bare && explained >= 3);
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
        address: &str,
        p: &mut Parsed<'g>,
        hints: &Hints<'_>,
        post: Date,
    ) -> Chosen<'g> {
        let within: Option<Vec<u32>> = hints.within.map(|w| self.within_ids(w));
        let mut best = self.best_chain(&p.segs, hints, within.as_deref(), post);
        // Nothing fits, or a name is unknown: misspellings, inside the units the address names.
        let improved = self.fuzzy_in_parent(address, &mut p.segs, best.as_ref(), p.damaged);
        if improved {
            best = self.best_chain(&p.segs, hints, within.as_deref(), post);
        } else if best.is_none() && !p.damaged {
            let mut any = false;
            // An address has a few names: a string with many unknown ones is not one, and the
            // search stays bounded.
            for s in p.segs.iter_mut().filter(|s| s.matches.is_empty()).take(4) {
                let fold = s.fold(address);
                let q = Query {
                    types: s.types,
                    key: fold.clone(),
                    fold,
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
        self.settle(address, tied, top, hints, post, p)
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
        let total: usize = segs.iter().map(|s| s.matches.len()).sum();
        let mut keys: Vec<(u64, MatchKind)> = Vec::with_capacity(total);
        let idx: Vec<SegIndex> = segs.iter().map(|s| SegIndex::of(s, &mut keys)).collect();
        let mut all: Vec<Scored<'g>> = Vec::with_capacity(total);
        for (t, s) in segs.iter().enumerate() {
            for m in &s.matches {
                if !self.hint_ok(&m.unit, hints, within) {
                    continue;
                }
                let mut sc = self.score_candidate(&idx, &keys, t, *m);
                // The era: the date given, else 2025-06-30 for an address with a district,
                // else after the reform.
                if in_era(&m.unit, hints.as_of, sc.has_district, post) {
                    sc.score += 0.05;
                }
                all.push(sc);
            }
        }
        let top = all
            .iter()
            .copied()
            .max_by(|a, b| a.score.total_cmp(&b.score))?;
        // At most a few hundred ties (a long line of unit names ties thousands of chains: it is
        // ambiguous whatever they are, and the cost stays linear).
        all.retain(|s| (s.score - top.score).abs() < 1e-4);
        all.truncate(MAX_TIES);
        Some((all, top))
    }

    /// One unit (or an ambiguity) out of the best candidates, and the confidence.
    fn settle<'g>(
        &'g self,
        address: &str,
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
        tied.sort_by_key(|s| (s.m.unit.id, s.seg));
        tied.dedup_by_key(|s| s.m.unit.id);
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
        // A number alone (`5`) names nothing without its type word.
        if lone
            && own.is_some_and(|s| {
                !s.typed()
                    && address
                        .get(s.span.clone())
                        .is_some_and(|t| t.bytes().all(|b| b.is_ascii_digit()))
            })
        {
            score = 0.0;
        }
        if lone && own.is_some_and(|s| !s.typed()) {
            score *= if p.segs.len() > 1 { 0.8 } else { 0.9 };
        }
        if matches!(top.m.kind, MatchKind::Fuzzy { .. }) && lone && own.is_some_and(|s| !s.typed())
        {
            score *= 0.6;
        }
        if matches!(resolution, Resolution::Ambiguous(_)) {
            score *= 0.5;
        }
        // A line damaged by a lossy decoding needs two names that agree.
        if p.damaged && top.explained < 2 {
            score = 0.0;
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
        address: &str,
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
                    if v.len() > 1 {
                        break;
                    }
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
        if s.span.is_empty() {
            return false;
        }
        // Only a name that the chain left unexplained: unknown, or naming units elsewhere.
        if s.matches
            .iter()
            .any(|m| m.unit.ancestors().any(|a| same_unit(&a, &parent)))
        {
            return false;
        }
        // The name up to the next type word, or (a type word misread inside a folded name:
        // `lnag quan`) up to the end of its part.
        let mut found = Vec::new();
        for fold in s.rest_fold(address).into_iter().chain([s.fold(address)]) {
            if fold.len() <= crate::fuzzy::MAX_QUERY {
                found = self.descendants_like(parent, &fold, s.types);
            }
            if !found.is_empty() {
                break;
            }
        }
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
