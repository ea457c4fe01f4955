//! Evidence from the neighbours of a bare name: the list it continues (`các xã Tân An, Tân Bình
//! và Phú Mỹ`, `phường 5 và 14`), the parent or child written beside it (`Mường La, Sơn La`,
//! `p.12, Gò Vấp`), and the names listed with it that are all units under one parent (`Tam Kỳ,
//! Hội An, Điện Bàn`).
//!
//! The mentions found so far (typed mentions, type words without a name, capitalised runs
//! that start with a unit name) are put in one sequence in text order, and what lies between
//! two neighbours is classified once ([`Link`]): every rule looks at neighbours only, so the
//! whole is linear in the text.

use std::collections::HashMap;
use std::ops::Range;

use hanhchinh_text::{Doc, Gap, TokenKind};

use super::bare::{governed, Run, Verdict};
use super::typed::push_key;
use super::{Evidence, Raw, Scan};
use crate::keys::TypeSet;
use crate::lookup::MatchKind;
use crate::types::Level;
use crate::unit::Unit;

/// What separates two neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Link {
    /// A list separator: `,`, `và`, `, và`, `hoặc`, `;`.
    Join,
    /// What introduces the items of a list after its type word: `:`, `gồm`, `gồm:`, `bao gồm`,
    /// `như`, `là`.
    Intro,
    /// An opening bracket: the second names where the first is (`Vân Đồn (Quảng Ninh)`).
    Open,
    /// Anything else.
    Other,
}

/// Longest misspelt name searched, in syllables.
const MAX_FUZZY_WORDS: usize = 4;

/// Words that separate the items of a list (lookup keys).
const JOINS: &[&[&str]] = &[
    &[","],
    &["và"],
    &[",", "và"],
    &["hoặc"],
    &[",", "hoặc"],
    &[";"],
];

/// Words that introduce the items of a list after its type word (`các xã: A, B`, `3 xã gồm A,
/// B`).
const INTROS: &[&[&str]] = &[
    &[":"],
    &["gồm"],
    &["gồm", ":"],
    &["gồm", "có"],
    &["bao", "gồm"],
    &["như"],
    &["như", ":"],
    &["là"],
];

/// Words after which a capitalised name opens a segment of an enumeration (lookup keys): list
/// separators and introducers, and the prepositions of place (`ở`, `tại`, `từ ... đến`).
const SEGMENT_OPENERS: &[&str] = &[
    ",", ";", ":", "(", "và", "hoặc", "như", "gồm", "là", "ở", "tại", "từ", "đến", "tới",
];

/// Whether a word (a lookup key) opens a segment of an enumeration (see [`SEGMENT_OPENERS`]).
pub(super) fn opens_segment(key: &str) -> bool {
    SEGMENT_OPENERS.contains(&key)
}

/// What lies between token `from` (the end of one neighbour) and token `to` (the start of the
/// next), on one line.
pub(super) fn link(doc: &Doc<'_>, from: usize, to: usize) -> Link {
    let Some(n) = to.checked_sub(from) else {
        return Link::Other;
    };
    if n == 0 || n > 3 || (from..=to).any(|k| matches!(doc.gap_before(k), Gap::Line | Gap::Para)) {
        return Link::Other;
    }
    let same = |words: &[&str]| {
        words.len() == n && words.iter().enumerate().all(|(k, w)| doc.is(from + k, w))
    };
    if JOINS.iter().any(|w| same(w)) {
        Link::Join
    } else if INTROS.iter().any(|w| same(w)) {
        Link::Intro
    } else if same(&["("]) {
        Link::Open
    } else {
        Link::Other
    }
}

/// A neighbour: a typed mention, a type word without a name, or a bare run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Item {
    Typed(usize),
    Head(usize),
    Run(usize),
}

/// The head of a list being read: the types its items take, the mention it started at.
#[derive(Debug, Clone, Copy)]
struct ListHead {
    types: TypeSet,
    /// The typed mention that opened it (`xã Tân An` in `xã Tân An, Tân Bình`).
    anchor: Option<usize>,
    /// The list's number, shared by its items.
    id: usize,
}

impl<'g> Scan<'_, '_, 'g> {
    /// The sequence of neighbours, in text order, with their token ranges.
    fn items(&self, runs: &[Run<'g>]) -> Vec<(Range<usize>, Item)> {
        let mut v: Vec<(Range<usize>, Item)> =
            Vec::with_capacity(self.raws.len() + self.heads.len() + runs.len());
        v.extend(
            self.raws
                .iter()
                .enumerate()
                .map(|(i, r)| (r.toks.clone(), Item::Typed(i))),
        );
        v.extend(
            self.heads
                .iter()
                .enumerate()
                .map(|(i, h)| (h.toks.clone(), Item::Head(i))),
        );
        v.extend(
            runs.iter()
                .enumerate()
                .map(|(i, r)| (r.toks.clone(), Item::Run(i))),
        );
        v.sort_by_key(|(r, _)| r.start);
        v
    }

    /// The candidates of a typed mention or of a decided run.
    fn item_cands<'a>(
        &'a self,
        runs: &'a [Run<'g>],
        item: Item,
    ) -> Option<&'a [(Unit<'g>, MatchKind)]> {
        match item {
            Item::Typed(i) => self.raws.get(i).map(|r| r.cands.as_slice()),
            Item::Run(i) => runs
                .get(i)
                .and_then(|r| r.verdict.as_ref())
                .map(|v| v.cands.as_slice()),
            Item::Head(_) => None,
        }
    }

    /// Items of lists: after a typed mention or a type word without a name, the names joined to
    /// it by list separators take its types (`các xã Tân An, Tân Bình và Phú Mỹ`; `các phường:
    /// Thạch Linh, Tân Giang`); a name that is an ancestor of the typed mention before it is
    /// its parent instead (`xã Phú Bình, Thái Nguyên`). Numbers continue a numbered unit
    /// (`phường 5 và 14`).
    pub(super) fn lists(&mut self, runs: &mut [Run<'g>]) {
        let items = self.items(runs);
        let doc = self.doc;
        let mut head: Option<ListHead> = None;
        let mut lists = 0usize;
        let mut prev: Option<(Range<usize>, Item)> = None;
        for (toks, item) in items {
            let l = match &prev {
                Some((p, _)) => link(doc, p.end, toks.start),
                None => Link::Other,
            };
            let prev_is_head = matches!(prev, Some((_, Item::Head(_))));
            let continues = head.is_some()
                && match l {
                    Link::Join => true,
                    Link::Intro => prev_is_head,
                    _ => false,
                };
            match item {
                Item::Head(h) => {
                    let types = self.heads.get(h).map_or(TypeSet::EMPTY, |h| h.types);
                    head = match head {
                        // `các xã, phường`: one head of both types.
                        Some(mut lh) if prev_is_head && l == Link::Join => {
                            for t in types.types() {
                                lh.types = lh.types.with(t);
                            }
                            Some(lh)
                        }
                        _ => {
                            lists += 1;
                            Some(ListHead {
                                types,
                                anchor: None,
                                id: lists,
                            })
                        }
                    };
                }
                Item::Typed(r) => {
                    let id = match head {
                        Some(lh) if continues => lh.id,
                        _ => {
                            lists += 1;
                            lists
                        }
                    };
                    if let Some(raw) = self.raws.get_mut(r) {
                        raw.list = Some(id);
                        head = Some(ListHead {
                            types: raw.types,
                            anchor: Some(r),
                            id,
                        });
                    }
                }
                Item::Run(k) => {
                    let mut keep = false;
                    if let (Some(lh), true) = (head, continues) {
                        if let Some(run) = runs.get_mut(k) {
                            if run.verdict.is_none() {
                                keep = self.list_item(run, lh);
                            }
                        }
                    }
                    if !keep {
                        head = None;
                    }
                }
            }
            prev = Some((toks, item));
        }
        self.numbered_items();
    }

    /// Reads run `run` as an item of the list `lh`: the parent of its anchor, or a unit of its
    /// types. Whether the list goes on after it.
    fn list_item(&mut self, run: &mut Run<'g>, lh: ListHead) -> bool {
        // The parent of the typed mention before it: the list ends there.
        if let Some(anchor) = lh.anchor.and_then(|a| self.raws.get(a)) {
            let ancestors: Vec<u32> = anchor
                .cands
                .iter()
                .flat_map(|(u, _)| u.ancestors().map(|a| a.id))
                .collect();
            for (k, h) in run.hits.iter().enumerate() {
                let cands: Vec<_> = self
                    .hit_cands(h, TypeSet::EMPTY)
                    .into_iter()
                    .filter(|(u, _)| ancestors.contains(&u.id))
                    .collect();
                if let Some(v) = Verdict::of(k, cands, Evidence::ParentOfNeighbour) {
                    run.verdict = Some(v);
                    return false;
                }
            }
        }
        if lh.types.is_empty() {
            return false;
        }
        for (k, h) in run.hits.iter().enumerate() {
            let cands = self.hit_cands(h, lh.types);
            if let Some(v) = Verdict::of(k, cands, Evidence::ListItem) {
                run.verdict = Some(v);
                run.list = Some(lh.id);
                return true;
            }
        }
        false
    }

    /// `phường 5 và 14`, `Quận 1, 3 và 5`: numbers joined to a unit named by a number are units
    /// of the same type.
    fn numbered_items(&mut self) {
        let doc = self.doc;
        let mut extra: Vec<Raw<'g>> = Vec::new();
        let mut key = String::new();
        for r in &self.raws {
            let numbered = r.name.len() == 1
                && doc.kind(r.name.start) == Some(TokenKind::Number)
                && !r.types.is_empty();
            if !numbered {
                continue;
            }
            let mut j = r.toks.end;
            // A separator (one or two tokens), then a short number.
            while let Some(n) = (j + 1..=j + 2)
                .find(|&n| doc.kind(n) == Some(TokenKind::Number) && link(doc, j, n) == Link::Join)
            {
                if doc.word(n).len() > 3 || !doc.spaced(n) {
                    break;
                }
                key.clear();
                push_key(doc, n, false, &mut key);
                let cands = self.typed_cands(&key, r.types);
                if cands.is_empty() {
                    break;
                }
                let mut raw = self.bare_raw(n..n + 1, &key, cands, Evidence::ListItem);
                raw.types = r.types;
                raw.list = r.list;
                extra.push(raw);
                j = n + 1;
            }
        }
        if !extra.is_empty() {
            self.raws.extend(extra);
            self.raws.sort_by_key(|r| r.toks.start);
        }
    }

    /// Parents and children written beside a unit: `xã Nghi Trường, Nghi Lộc` and `p.12, Gò
    /// Vấp` (the name after a unit is one of its ancestors), `(Mường La, Sơn La)` and `Cô Tô,
    /// Vân Đồn (Quảng Ninh)` (the names before a unit, joined to it by a comma or a bracket, are
    /// its descendants).
    pub(super) fn neighbours(&mut self, runs: &mut [Run<'g>]) {
        let items = self.items(runs);
        let doc = self.doc;
        // Left to right: the ancestor after a unit (`xã A, huyện B, tỉnh C` chains).
        for w in 0..items.len().saturating_sub(1) {
            let (Some((a, ia)), Some((b, Item::Run(k)))) = (items.get(w), items.get(w + 1)) else {
                continue;
            };
            if !matches!(link(doc, a.end, b.start), Link::Join | Link::Open)
                || !doc.is(a.end, ",") && !doc.is(a.end, "(")
            {
                continue;
            }
            let ancestors: Vec<u32> = match self.item_cands(runs, *ia) {
                Some(c) => c
                    .iter()
                    .flat_map(|(u, _)| u.ancestors().map(|a| a.id))
                    .collect(),
                None => continue,
            };
            if ancestors.is_empty() {
                continue;
            }
            let Some(run) = runs.get(*k) else { continue };
            if run.verdict.is_some() || governed(doc, run.toks.start) {
                continue;
            }
            let verdict = run.hits.iter().enumerate().find_map(|(h_i, h)| {
                let cands: Vec<_> = self
                    .hit_cands(h, TypeSet::EMPTY)
                    .into_iter()
                    .filter(|(u, _)| ancestors.contains(&u.id))
                    .collect();
                Verdict::of(h_i, cands, Evidence::ParentOfNeighbour)
            });
            if let Some(run) = runs.get_mut(*k) {
                run.verdict = verdict.or(run.verdict.take());
            }
        }
        // Right to left: the descendants before a unit, back along the list they are in.
        for w in (1..items.len()).rev() {
            let Some((b, ib)) = items.get(w) else {
                continue;
            };
            let Some(parents) = self.item_cands(runs, *ib) else {
                continue;
            };
            let parents: Vec<u32> = parents.iter().map(|(u, _)| u.id).collect();
            let mut v = w;
            let mut right = b.start;
            while let Some(prev) = v.checked_sub(1) {
                let Some((a, Item::Run(k))) = items.get(prev) else {
                    break;
                };
                let l = link(doc, a.end, right);
                let first = v == w;
                let ok = match l {
                    Link::Open => first,
                    Link::Join => doc.is(a.end, ","),
                    _ => false,
                };
                if !ok {
                    break;
                }
                let Some(run) = runs.get_mut(*k) else { break };
                // A run decided before is where its own list was or will be read from: each
                // run is decided once, and the walks take linear time in all.
                if governed(doc, run.toks.start) || run.verdict.is_some() {
                    break;
                }
                let verdict = run.hits.iter().enumerate().find_map(|(h_i, h)| {
                    let cands: Vec<_> = self
                        .hit_cands(h, TypeSet::EMPTY)
                        .into_iter()
                        .filter(|(u, _)| u.ancestors().any(|x| parents.contains(&x.id)))
                        .collect();
                    Verdict::of(h_i, cands, Evidence::ChildOfNeighbour)
                });
                let verdict = verdict.or_else(|| self.misspelt_child(run, &parents));
                match verdict {
                    Some(v) => run.verdict = Some(v),
                    None => break,
                }
                v = prev;
                right = a.start;
            }
        }
    }

    /// A run that names no unit as written, in a list of the children of a unit: the one child
    /// (or grandchild) within one edit (`Phú Quốc, Kiên Hải, Thổ Chu (An Giang)`: đặc khu Thổ
    /// Châu). Its name becomes the run's only name.
    fn misspelt_child(&self, run: &mut Run<'g>, parents: &[u32]) -> Option<Verdict<'g>> {
        if !run.hits.is_empty() || !(2..=MAX_FUZZY_WORDS).contains(&run.toks.len()) {
            return None;
        }
        let name = self.doc.slice(run.toks.clone());
        let cands: Vec<(Unit<'g>, MatchKind)> = self
            .g
            .lookup_fuzzy(name)
            .into_iter()
            .filter(|m| m.unit.ancestors().any(|a| parents.contains(&a.id)))
            .map(|m| (m.unit, m.kind))
            .collect();
        let first = cands.first()?.0;
        if cands.iter().any(|(u, _)| u.name() != first.name()) {
            return None;
        }
        run.hits.push(super::bare::BareHit {
            toks: run.toks.clone(),
            value: 0,
            numeral: None,
        });
        Some(Verdict {
            hit: run.hits.len() - 1,
            cands,
            evidence: Evidence::ChildOfNeighbour,
        })
    }

    /// Names listed together in a sentence (`như Tam Kỳ, Hội An, Điện Bàn`; `5 đơn vị gồm: Vĩnh
    /// Hải 1 đại biểu, Vĩnh Trường 2 đại biểu, ...`; `Quảng Trị 1, Huế 2, Đà Nẵng 2`) that are
    /// all units under one parent (three of them at least, the units typed in the sentence
    /// included), or all provinces (two at least): each is that unit.
    ///
    /// A name counts when it opens a segment of the sentence (after `,`, `;`, `:`, `(`, `và`,
    /// `như`, `gồm`, `ở`, `tại`, `từ`, `đến`, ...) or is joined by a comma to one that does, and no place
    /// noun governs the list (`đường Trần Phú, Lê Lợi, ...` are streets).
    pub(super) fn enumerations(&mut self, runs: &mut [Run<'g>]) {
        if runs.iter().all(|r| r.verdict.is_some()) {
            return;
        }
        // Members per sentence: (sentence, Some(run) or None for a decided mention, candidates).
        struct Member<'g> {
            run: Option<usize>,
            cands: Vec<(Unit<'g>, MatchKind, usize)>,
        }
        let slots = self.slots(runs);
        // No name in a slot: no sentence to read (they are cut only when one is).
        if !runs
            .iter()
            .zip(&slots)
            .any(|(r, slot)| *slot && r.verdict.is_none() && !r.hits.is_empty())
        {
            return;
        }
        let sentences = self.sentences();
        let sentence = |k: usize| sentences.index(k);
        // The sentences with a name in a slot: the only ones whose mentions are looked at.
        let mut wanted: Vec<usize> = runs
            .iter()
            .zip(&slots)
            .filter(|(r, slot)| **slot && r.verdict.is_none() && !r.hits.is_empty())
            .map(|(r, _)| sentence(r.toks.start))
            .collect();
        wanted.dedup();
        if wanted.is_empty() {
            return;
        }
        let wanted = |s: usize| wanted.binary_search(&s).is_ok();
        let mut groups: Vec<(usize, Vec<Member<'g>>)> = Vec::new();
        let push =
            |s: usize, m: Member<'g>, groups: &mut Vec<(usize, Vec<Member<'g>>)>| match groups
                .last_mut()
            {
                Some((gs, v)) if *gs == s => v.push(m),
                _ => groups.push((s, vec![m])),
            };
        // Both sequences are in text order: merge them.
        let (mut ri, mut mi) = (0usize, 0usize);
        loop {
            let r_start = self.raws.get(ri).map(|r| r.toks.start);
            let m_start = runs.get(mi).map(|r| r.toks.start);
            match (r_start, m_start) {
                (None, None) => break,
                (Some(a), b) if b.map_or(true, |b| a <= b) => {
                    if let Some(r) = self.raws.get(ri).filter(|_| wanted(sentence(a))) {
                        let cands = r.cands.iter().map(|&(u, k)| (u, k, 0)).collect();
                        push(sentence(a), Member { run: None, cands }, &mut groups);
                    }
                    ri += 1;
                }
                (_, Some(b)) => {
                    if let Some(run) = runs.get(mi).filter(|_| wanted(sentence(b))) {
                        let m = match &run.verdict {
                            Some(v) => Some(Member {
                                run: None,
                                cands: v.cands.iter().map(|&(u, k)| (u, k, v.hit)).collect(),
                            }),
                            None if slots.get(mi).copied().unwrap_or(false) => Some(Member {
                                run: Some(mi),
                                cands: run
                                    .hits
                                    .iter()
                                    .enumerate()
                                    .filter(|(_, h)| {
                                        h.toks.len() >= 2 || h.toks.end == run.toks.end
                                    })
                                    .flat_map(|(k, h)| {
                                        self.hit_cands(h, TypeSet::EMPTY)
                                            .into_iter()
                                            .map(move |(u, mk)| (u, mk, k))
                                    })
                                    .collect(),
                            }),
                            None => None,
                        };
                        if let Some(m) = m {
                            push(sentence(b), m, &mut groups);
                        }
                    }
                    mi += 1;
                }
                _ => break,
            }
        }
        const PROVINCES: u32 = u32::MAX;
        let group_of = |u: &Unit<'_>| {
            if u.level() == Level::Province {
                Some(PROVINCES)
            } else {
                u.parent().map(|p| p.id)
            }
        };
        for (_, members) in &groups {
            if !members.iter().any(|m| m.run.is_some()) {
                continue;
            }
            // Per group: members with a candidate in it, members with one valid at the
            // document's date, whether a bare name is among them.
            let date = self.opts.date();
            let mut coverage: HashMap<u32, (usize, usize, bool)> = HashMap::new();
            for m in members {
                let mut seen: Vec<(u32, bool)> = m
                    .cands
                    .iter()
                    .filter_map(|(u, _, _)| {
                        group_of(u).map(|g| (g, date.is_some_and(|d| u.is_valid_on(d))))
                    })
                    .collect();
                seen.sort_unstable();
                seen.dedup_by(|a, b| {
                    // Keep one entry per group, valid if any candidate there is.
                    if a.0 == b.0 {
                        b.1 |= a.1;
                        true
                    } else {
                        false
                    }
                });
                for (gid, valid) in seen {
                    let e = coverage.entry(gid).or_default();
                    e.0 += 1;
                    e.1 += usize::from(valid);
                    e.2 |= m.run.is_some();
                }
            }
            // The group that covers most names, those valid at the document's date first.
            let best = coverage
                .iter()
                .filter(|(_, (n, _, has_slot))| *has_slot && *n >= 2)
                .max_by_key(|(gid, (n, valid, _))| (*n, *valid, std::cmp::Reverse(**gid)));
            let Some((&gid, &(n, valid, _))) = best else {
                continue;
            };
            let ties = coverage
                .values()
                .filter(|(m, v, s)| *s && *m == n && *v == valid)
                .count();
            let enough = if gid == PROVINCES { n >= 2 } else { n >= 3 };
            if !enough || ties > 1 {
                continue;
            }
            for m in members {
                let Some(ri) = m.run else { continue };
                let in_group: Vec<(Unit<'g>, MatchKind, usize)> = m
                    .cands
                    .iter()
                    .filter(|(u, _, _)| group_of(u) == Some(gid))
                    .copied()
                    .collect();
                // The longest name of the run in the group.
                let Some(hit) = in_group.iter().map(|x| x.2).min() else {
                    continue;
                };
                let cands: Vec<_> = in_group
                    .iter()
                    .filter(|x| x.2 == hit)
                    .map(|&(u, k, _)| (u, k))
                    .collect();
                if let Some(run) = runs.get_mut(ri) {
                    run.verdict = Some(Verdict {
                        hit,
                        cands,
                        evidence: Evidence::Enumeration,
                    });
                }
            }
        }
    }

    /// Which runs stand where an item of an enumeration stands (see
    /// [`Scan::enumerations`]).
    fn slots(&self, runs: &[Run<'g>]) -> Vec<bool> {
        let doc = self.doc;
        let opens = |r: &Run<'_>| {
            let s = r.toks.start;
            s.checked_sub(1).is_some_and(|p| {
                SEGMENT_OPENERS.contains(&doc.key(p))
                    && !matches!(doc.gap_before(s), Gap::Line | Gap::Para)
            })
        };
        let governed = |r: &Run<'_>| governed(doc, r.toks.start);
        let mut out: Vec<bool> = runs.iter().map(|r| opens(r) && !governed(r)).collect();
        // A name joined by a comma to a slot after it is one too (`Vĩnh Trung, Thạc Gián`), and
        // a place noun governs every name joined to the one it stands before.
        for k in (0..runs.len().saturating_sub(1)).rev() {
            let (Some(a), Some(b)) = (runs.get(k), runs.get(k + 1)) else {
                continue;
            };
            if out.get(k + 1).copied().unwrap_or(false)
                && link(doc, a.toks.end, b.toks.start) == Link::Join
                && !governed(a)
            {
                if let Some(x) = out.get_mut(k) {
                    *x = true;
                }
            }
        }
        // A place noun governs every name joined to the one it stands before.
        let mut governed_chain = false;
        for k in 0..runs.len() {
            let joined_to_prev = governed_chain
                && k.checked_sub(1)
                    .and_then(|p| runs.get(p))
                    .zip(runs.get(k))
                    .is_some_and(|(a, b)| link(doc, a.toks.end, b.toks.start) == Link::Join);
            let next_slot = out.get(k + 1).copied().unwrap_or(false);
            let this_slot = out.get(k).copied().unwrap_or(false);
            let g = (this_slot || next_slot) && runs.get(k).is_some_and(governed);
            governed_chain = g || joined_to_prev;
            if governed_chain {
                if let Some(x) = out.get_mut(k) {
                    *x = false;
                }
            }
        }
        out
    }
}
