//! Free-text addresses: segmentation into unit mentions, resolution with the hierarchy, and
//! conversion to the units valid on another date (lineage).

use hanhchinh_text::{tokenize, Token, TokenKind};

use crate::keys::{
    is_name_token, match_type_word, push_token, push_token_key, split_letter_number, Form, TypeSet,
    TypeWordStyle,
};
use crate::lookup::{Hints, Match, MatchKind, Query, Reason, Resolution, Resolved};
use crate::types::Level;
use crate::unit::Unit;
use crate::walk::Words;
use crate::Gazetteer;
use crate::{Date, LAST_PRE_REFORM};

/// Prefix hits of the key and folded FSTs (reused buffers).
type Scratch = (Vec<(usize, u64)>, Vec<(usize, u64)>);

/// Longest name, in tokens, tried at one position.
const MAX_NAME_WORDS: usize = 6;

/// A unit that an old unit became (or came from), with what the lineage says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Successor<'g> {
    /// The unit valid on the target date.
    pub unit: Unit<'g>,
    /// Some step on the way split the old unit: the successor took only a part of it.
    pub partial: bool,
    /// GSO's remarks on the way (`Nhập một phần diện tích, toàn bộ dân số`, …), deduplicated.
    /// The data gives no numeric shares; this is what it says about them.
    pub notes: Vec<&'g str>,
}

/// The result of [`Gazetteer::convert`]: the unit the address names and its successors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversion<'g> {
    /// What the address resolved to (a unit, an ambiguity, or nothing).
    pub resolution: Resolution<'g>,
    /// The units valid on the target date that the resolved unit became (itself if still valid);
    /// empty when unresolved or when the data has no lineage (units abolished before 2025).
    pub successors: Vec<Successor<'g>>,
    /// The old unit went to several new units.
    pub split: bool,
}

/// One segment of an address: a (typed or bare) name and its candidates.
#[derive(Debug, Clone)]
struct Segment<'g> {
    matches: Vec<Match<'g>>,
}

struct Item<'a> {
    tok: Token<'a>,
    text: &'a str,
    kind: TokenKind,
    ascii: bool,
    dot_after: bool,
}

/// Buffers reused across the parts of an address.
#[derive(Default)]
struct Bufs {
    kw: Words,
    fw: FoldWords,
    scratch: Scratch,
}

/// The folded words of a part, built on first use (a part written with diacritics whose names
/// are all found by their canonical keys is never folded).
#[derive(Default)]
struct FoldWords {
    words: Words,
    ready: bool,
}

impl FoldWords {
    fn get(&mut self, items: &[Item<'_>]) -> &Words {
        if !self.ready {
            self.words.clear();
            for it in items {
                self.words
                    .push_with(|b| push_token(it.text, it.kind, Form::Fold, b));
            }
            self.ready = true;
        }
        &self.words
    }
}

impl Gazetteer {
    /// The longest name starting at word `from` (at least `min_len` words, at most `max`) with
    /// candidates of the given types: exact and folded keys walked in one pass each.
    #[allow(clippy::too_many_arguments)]
    fn names_at<'g>(
        &'g self,
        items: &[Item<'_>],
        kw: &Words,
        fw: &mut FoldWords,
        from: usize,
        max: usize,
        min_len: usize,
        types: TypeSet,
        scratch: &mut Scratch,
    ) -> Option<(usize, Vec<Match<'g>>)> {
        let d = self.data();
        // Words with diacritics take the folded walk only when no exact key matched; words
        // without diacritics take both (`Nga Thanh` is exact, `Nga Thành` folded).
        let to = (from + max).min(kw.len());
        let all = kw.slice(from, to);
        let ascii = all.is_ascii();
        // Shortcut: the longest possible name (all the words) is usually the name. Its
        // candidates are what the walks below would return first: with diacritics, its exact
        // ones (an exact hit means no folded walk); without, exact then folded (the fold of
        // lower-case ASCII is itself, and an exact hit carries its fold's postings).
        if to > from && to - from >= min_len.max(1) {
            let mut found = Vec::new();
            match d.key_get_with_fold(all.as_bytes()) {
                Some((exact, folded)) => {
                    self.push_postings(Some(exact), types, MatchKind::Exact, &mut found);
                    if ascii {
                        self.push_postings(folded, types, MatchKind::Folded, &mut found);
                    }
                }
                None if ascii => {
                    self.push_postings(
                        d.fold_get(all.as_bytes()),
                        types,
                        MatchKind::Folded,
                        &mut found,
                    );
                }
                None => {}
            }
            if !found.is_empty() {
                return Some((to - from, found));
            }
        }
        kw.prefixes(d.fst_key.as_ref(), from, max, &mut scratch.0);
        if ascii || scratch.0.is_empty() {
            fw.get(items)
                .prefixes(d.fst_fold.as_ref(), from, max, &mut scratch.1);
        } else {
            scratch.1.clear();
        }
        let longest = scratch
            .0
            .iter()
            .chain(scratch.1.iter())
            .map(|h| h.0)
            .max()?;
        for n in (min_len.max(1)..=longest).rev() {
            let mut found = Vec::new();
            let exact = scratch.0.iter().find(|h| h.0 == n).map(|h| h.1);
            let folded = scratch.1.iter().find(|h| h.0 == n).map(|h| h.1);
            self.push_postings(exact, types, MatchKind::Exact, &mut found);
            self.push_postings(folded, types, MatchKind::Folded, &mut found);
            if !found.is_empty() {
                return Some((n, found));
            }
        }
        None
    }

    /// Cuts one comma-separated part into typed or bare names (longest match first).
    fn segment_part<'g>(&'g self, items: &[Item<'_>], bufs: &mut Bufs, out: &mut Vec<Segment<'g>>) {
        let n = items.len();
        let before = out.len();
        let Bufs { kw, fw, scratch } = bufs;
        kw.clear();
        fw.ready = false;
        for it in items {
            kw.push_with(|b| push_token_key(&it.tok, b));
        }
        let kw = &*kw;
        let mut pos = 0;
        while pos < n {
            let rest = items.get(pos..).unwrap_or(&[]);
            let mut words: [&str; 3] = [""; 3];
            let mut ascii = [false; 3];
            let m3 = rest.len().min(3);
            for (k, i) in rest.iter().take(3).enumerate() {
                if let (Some(w), Some(a)) = (words.get_mut(k), ascii.get_mut(k)) {
                    *w = kw.slice(pos + k, pos + k + 1);
                    *a = i.ascii;
                }
            }
            let words = words.get(..m3).unwrap_or(&[]);
            let ascii = ascii.get(..m3).unwrap_or(&[]);
            // Typed.
            let mut typed: Option<(usize, Vec<Match<'g>>)> = None;
            if let Some(m) = match_type_word(words, ascii, true) {
                let letter_ok = m.style != TypeWordStyle::Letter
                    || rest.get(m.len - 1).is_some_and(|i| i.dot_after)
                    || rest.get(m.len).is_some_and(|i| i.kind == TokenKind::Number);
                let avail = rest.len().saturating_sub(m.len).min(MAX_NAME_WORDS);
                if letter_ok && avail > 0 {
                    typed = self
                        .names_at(items, kw, fw, pos + m.len, avail, 1, m.types, scratch)
                        .map(|(len, found)| (m.len + len, found));
                    let short = typed.as_ref().map_or(true, |t| t.0 < rest.len());
                    if short && m.len + avail == rest.len() && avail <= 4 {
                        // The whole rest of the part after a type word is not a name: a
                        // misspelling of it is better than a shorter exact prefix.
                        let q = Query {
                            types: m.types,
                            key: kw.slice(pos + m.len, n).to_string(),
                            fold: fw.get(items).slice(pos + m.len, n).to_string(),
                            words: avail,
                        };
                        let mut found = Vec::new();
                        self.fuzzy_into(&q, &mut found);
                        if !found.is_empty() {
                            typed = Some((rest.len(), found));
                        }
                    }
                }
            } else if let Some(first) = rest.first() {
                if let Some((types, num)) = split_letter_number(first.text) {
                    let num = num.trim_start_matches('0');
                    let num = if num.is_empty() { "0" } else { num };
                    let q = Query {
                        types,
                        key: num.to_string(),
                        fold: num.to_string(),
                        words: 1,
                    };
                    let mut found = Vec::new();
                    self.lookup_query(&q, &mut found);
                    if !found.is_empty() {
                        typed = Some((1, found));
                    }
                }
            }
            // Bare: a one-word bare name only when it is the whole part (`Huế`), not inside a
            // street address.
            let min_len = if n == 1 { 1 } else { 2 };
            // A bare name wins only if it is longer than the typed one: none can be when the
            // typed name reaches the end of the part.
            let bare = if typed.as_ref().is_some_and(|t| t.0 >= rest.len()) {
                None
            } else {
                self.names_at(
                    items,
                    kw,
                    fw,
                    pos,
                    MAX_NAME_WORDS,
                    min_len,
                    TypeSet::EMPTY,
                    scratch,
                )
            };
            let pick = match (typed, bare) {
                (Some(t), Some(b)) => Some(if b.0 > t.0 { b } else { t }),
                (t, b) => t.or(b),
            };
            match pick {
                Some((covered, matches)) => {
                    out.push(Segment { matches });
                    pos += covered.max(1);
                }
                None => pos += 1,
            }
        }
        if out.len() == before && n > 0 {
            // A misspelled part: fuzzy on the whole part.
            let text: Vec<&str> = items.iter().map(|i| i.text).collect();
            let m = self.lookup_fuzzy(&text.join(" "));
            if !m.is_empty() {
                out.push(Segment { matches: m });
            }
        }
    }

    fn segments<'g>(&'g self, address: &str) -> Vec<Segment<'g>> {
        let mut segs = Vec::with_capacity(4);
        let mut part: Vec<Item<'_>> = Vec::with_capacity(16);
        let mut bufs = Bufs::default();
        bufs.kw.reserve(address.len() + 8, 16);
        for t in tokenize(address) {
            if is_name_token(&t) {
                part.push(Item {
                    tok: t,
                    text: t.text(),
                    kind: t.kind(),
                    ascii: t.text().is_ascii(),
                    dot_after: false,
                });
            } else if matches!(t.text(), "," | ";" | "|" | "(" | ")" | "\n" | "/") {
                self.segment_part(&part, &mut bufs, &mut segs);
                part.clear();
            } else if t.text() == "." {
                if let Some(last) = part.last_mut() {
                    last.dot_after = true;
                }
            }
        }
        self.segment_part(&part, &mut bufs, &mut segs);
        segs
    }

    /// Resolves a whole free-text address to its most specific unit.
    ///
    /// The address is cut at commas, then into type words and names (longest match, so that
    /// names containing a type-like word such as `Quán Thánh` stay whole); the first name is the
    /// target and the later ones must be its ancestors. Every style people write works:
    /// `Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội`, `P.Phúc Xá, Q.Ba Đình, TP.Hà Nội`,
    /// `phuong phuc xa, quan ba dinh, ha noi`, bare names, `Bà Rịa - Vũng Tàu`.
    ///
    /// ```
    /// use hanhchinh_gazetteer::{Gazetteer, Hints};
    /// let g = Gazetteer::default();
    /// for a in ["Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội",
    ///           "P.Phúc Xá, Q.Ba Đình, TP.Hà Nội",
    ///           "phuong phuc xa, quan ba dinh, ha noi",
    ///           "Phúc Xá, Ba Đình, Hà Nội",
    ///           "phuong phuc xa quan ba dinh ha noi"] {
    ///     assert_eq!(g.resolve_address(a, &Hints::default()).unit().unwrap().code(), "00001", "{a}");
    /// }
    /// ```
    pub fn resolve_address<'g>(&'g self, address: &str, hints: &Hints<'_>) -> Resolution<'g> {
        let segs = self.segments(address);
        let Some((first, rest)) = segs.split_first() else {
            return Resolution::NotFound;
        };
        let mut cands: Vec<(usize, Match<'g>)> = first
            .matches
            .iter()
            .map(|m| {
                // Later parts must name ancestors in order (nearest first), each a different one.
                let mut ancestors: [Option<Unit<'g>>; 8] = [None; 8];
                for (slot, a) in ancestors.iter_mut().zip(m.unit.ancestors()) {
                    *slot = Some(a);
                }
                let mut at = 0;
                let mut score = 0;
                for s in rest {
                    let hit = ancestors.iter().flatten().skip(at).position(|a| {
                        s.matches.iter().any(|x| {
                            x.unit.id == a.id
                                || (x.unit.raw.level == a.raw.level
                                    && x.unit.raw.code == a.raw.code)
                        })
                    });
                    if let Some(p) = hit {
                        at += p + 1;
                        score += 1;
                    }
                }
                (score, *m)
            })
            .collect();
        if let Some(max) = cands.iter().map(|c| c.0).max() {
            if max > 0 {
                cands.retain(|c| c.0 == max);
                if cands.len() == 1 {
                    if let Some((_, m)) = cands.first() {
                        let single = self.resolve_matches(vec![*m], hints);
                        return match single {
                            Resolution::Found(r) => Resolution::Found(Resolved {
                                reason: Reason::Context,
                                ..r
                            }),
                            other => other,
                        };
                    }
                }
            }
        }
        let ms: Vec<Match<'g>> = cands.into_iter().map(|c| c.1).collect();
        self.resolve_matches(ms, hints)
    }

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

    /// Converts an old address (or unit name) to the unit(s) valid on `to` (pass
    /// [`crate::today`] for today in Vietnam).
    ///
    /// The address is resolved preferring versions valid on 2025-06-30 (the last day of the
    /// three-level structure) and then followed through the lineage; a commune split between
    /// several new communes gives all of them, each with GSO's remark.
    ///
    /// ```
    /// use hanhchinh_gazetteer::Gazetteer;
    /// let g = Gazetteer::default();
    /// let c = g.convert("phường Vĩnh Niệm, quận Lê Chân, Hải Phòng", jiff::civil::date(2026, 1, 1));
    /// assert!(c.split);
    /// let codes: Vec<_> = c.successors.iter().map(|s| s.unit.code()).collect();
    /// assert_eq!(codes, ["11383", "11407"]);
    /// ```
    pub fn convert<'g>(&'g self, address: &str, to: Date) -> Conversion<'g> {
        let hints = Hints {
            as_of: Some(LAST_PRE_REFORM),
            ..Hints::default()
        };
        self.convert_with(address, &hints, to)
    }

    /// [`Gazetteer::convert`] with explicit hints for the old unit and a target date.
    pub fn convert_with<'g>(
        &'g self,
        address: &str,
        hints: &Hints<'_>,
        to: Date,
    ) -> Conversion<'g> {
        let resolution = self.resolve_address(address, hints);
        let successors = match resolution.unit() {
            Some(u) => self.successors_on(u, to),
            None => Vec::new(),
        };
        let split = successors.len() > 1;
        Conversion {
            resolution,
            successors,
            split,
        }
    }
}
