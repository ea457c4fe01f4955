//! Names written without a type word: the capitalised runs that start with a unit name, and
//! the simple evidence for them (the same name typed elsewhere, a province name, a dateline, a
//! district the text speaks of). The evidence from neighbours and lists is in
//! [`super::context`].

use std::collections::HashMap;
use std::ops::Range;

use hanhchinh_text::vocab::{self, UnitType};
use hanhchinh_text::{Doc, Gap, TokenKind};

use super::clauses::opens_sentence;
use super::typed::{capitalised, push_key};
use super::{DateReason, Evidence, Raw, Scan};
use crate::keys::TypeSet;
use crate::lookup::MatchKind;
use crate::types::Level;
use crate::unit::Unit;
use crate::walk::Words;
use crate::LAST_PRE_REFORM;

/// Longest bare name, in syllables.
const MAX_BARE_WORDS: usize = 4;

/// Bare province names that are also (far more often) a person's name in running text: "Chủ
/// tịch Hồ Chí Minh". The city is written `TP.HCM` or `Thành phố Hồ Chí Minh` (typed) instead.
pub(super) const BARE_EXCLUDED: &[&str] = &["hồ chí minh"];

/// A unit name that starts a capitalised run: its tokens and postings (its key is written on
/// demand, see [`Scan::hit_key`]).
#[derive(Debug, Clone)]
pub(super) struct BareHit {
    pub(super) toks: Range<usize>,
    pub(super) value: u64,
    /// The key of the last token when the name ends in a numeral written the other way than
    /// the table writes it (`Tam Xuân 1` for `Tam Xuân I`: `i`).
    pub(super) numeral: Option<&'static str>,
}

/// What was decided about a run: which of its names, the candidates, the evidence.
#[derive(Debug, Clone)]
pub(super) struct Verdict<'g> {
    pub(super) hit: usize,
    pub(super) cands: Vec<(Unit<'g>, MatchKind)>,
    pub(super) evidence: Evidence,
}

impl<'g> Verdict<'g> {
    /// Name `hit` of a run is read as `cands` on this evidence; `None` without candidates.
    pub(super) fn of(
        hit: usize,
        cands: Vec<(Unit<'g>, MatchKind)>,
        evidence: Evidence,
    ) -> Option<Verdict<'g>> {
        (!cands.is_empty()).then_some(Verdict {
            hit,
            cands,
            evidence,
        })
    }
}

/// A capitalised run outside the typed mentions that starts with a unit name.
#[derive(Debug, Clone)]
pub(super) struct Run<'g> {
    /// The whole run of capitalised words, from the start its names are read at.
    pub(super) toks: Range<usize>,
    /// The unit names that are prefixes of the run, longest first (one syllable or more).
    pub(super) hits: Vec<BareHit>,
    /// The decision, once there is evidence.
    pub(super) verdict: Option<Verdict<'g>>,
    /// The list it is an item of.
    pub(super) list: Option<usize>,
}

impl Run<'_> {
    /// The longest name of two syllables or more, if any.
    pub(super) fn long_hits(&self) -> impl Iterator<Item = (usize, &BareHit)> + '_ {
        self.hits
            .iter()
            .enumerate()
            .filter(|(_, h)| h.toks.len() >= 2)
    }

    /// The name that covers the whole run, if there is one.
    pub(super) fn whole(&self) -> Option<(usize, &BareHit)> {
        self.hits
            .iter()
            .enumerate()
            .find(|(_, h)| h.toks.end == self.toks.end)
    }
}

/// Whether the candidates are versions of one unit (one code): a name that names one unit.
fn one_code(cands: &[(Unit<'_>, MatchKind)]) -> bool {
    cands.windows(2).all(|w| match w {
        [a, b] => a.0.code() == b.0.code(),
        _ => true,
    })
}

/// Whether token `i` can be a syllable of a bare name: a capitalised word.
pub(super) fn bare_word(doc: &Doc<'_>, i: usize) -> bool {
    doc.kind(i) == Some(TokenKind::Word) && capitalised(doc, i)
}

/// The numeral at token `i` that may end a name (a number from 1 to 99 in digits, spaced from
/// the name, not the start of a longer figure: `Tam Xuân 1`, not `Tam Xuân 1/5`): its key and,
/// from 1 to 4, its key written the other way (`i`).
fn trailing_numeral<'d>(doc: &Doc<'d>, i: usize) -> Option<(&'d str, Option<&'static str>)> {
    let w = doc.word(i);
    let numeral = doc.kind(i) == Some(TokenKind::Number)
        && (1..=2).contains(&w.len())
        && !w.starts_with('0')
        && w.bytes().all(|b| b.is_ascii_digit())
        && doc.spaced(i)
        && !(doc.touches(i + 1) && matches!(doc.word(i + 1), "/" | "-" | ":"));
    numeral.then(|| (w, crate::keys::other_numeral(w)))
}

/// Whether tokens `r` are all of their line in a document of several lines: a bare province
/// name alone on a line is a by-line (the author's name, e.g. `Thái Bình` under a news page),
/// not a place. A document of one line (`Đà Nẵng`) is the name itself.
fn alone_on_line(doc: &Doc<'_>, r: &Range<usize>) -> bool {
    doc.line_count() > 1
        && doc.starts_line(r.start)
        && (r.end >= doc.len() || matches!(doc.gap_before(r.end), Gap::Line | Gap::Para))
}

/// Whether tokens `start..end` stand where an item of a list stands: after a separator or
/// before one.
fn listish(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    start
        .checked_sub(1)
        .is_some_and(|p| super::context::opens_segment(doc.key(p)))
        || matches!(doc.word(end), "," | ";" | "(" | ")" | ".")
        || doc.is(end, "và")
}

/// Verbs of motion that take a destination without a preposition (`đến Hội An`, `tới Đà
/// Lạt`, `về Sa Pa`, `ra Hà Nội`, `vào Nha Trang`).
const MOTION_VERBS: [&str; 5] = ["đến", "tới", "về", "ra", "vào"];

/// Whether a place or institution noun governs the name at token `start`: it stands in the
/// three tokens before it, in the same phrase (no punctuation and no word that opens a list
/// segment between them: `làng Thanh Mỹ`, `Khu công nghiệp Tân Tạo`, `trường Trần Phú`; not
/// `nông thôn mới như Tam Kỳ`). The name after it is the name of that place.
pub(super) fn governed(doc: &Doc<'_>, start: usize) -> bool {
    for b in (start.saturating_sub(3)..start).rev() {
        if doc.kind(b) != Some(TokenKind::Word) || super::context::opens_segment(doc.key(b)) {
            return false;
        }
        if vocab::is_place_noun(doc.key(b)) {
            return true;
        }
    }
    false
}

/// Whether the word right before token `start` is a place or institution noun
/// (`sông Đồng Nai`, `đường Hà Nội`, `ga Hải Phòng`): the name is then the name of that river,
/// street or station, not the province's. Only the word right before: `Đường lên Lâm Đồng`
/// and `công an Bình Dương` name the province.
fn named_feature(doc: &Doc<'_>, start: usize) -> bool {
    start.checked_sub(1).is_some_and(|b| {
        doc.kind(b) == Some(TokenKind::Word)
            && doc.spaced(start)
            && vocab::is_place_noun(doc.key(b))
    })
}

impl<'g> Scan<'_, '_, 'g> {
    /// Bare names, with the evidence for each.
    pub(super) fn bare(&mut self, mut runs: Vec<Run<'g>>) {
        // The committee before a name decides its type first (`Bí thư Tỉnh ủy Điện Biên` is the
        // province even where the text also writes `huyện Điện Biên`).
        self.committees(&mut runs);
        self.lists(&mut runs);
        self.simple_evidence(&mut runs);
        self.neighbours(&mut runs);
        self.enumerations(&mut runs);
        self.datelines(&mut runs);
        self.subjects(&mut runs);
        self.destinations(&mut runs);
        for run in runs {
            let Some(v) = run.verdict else { continue };
            let Some(h) = run.hits.get(v.hit) else {
                continue;
            };
            let mut key = String::new();
            self.hit_key(h, &mut key);
            let mut raw = self.bare_raw(h.toks.clone(), &key, v.cands, v.evidence);
            raw.list = run.list;
            self.raws.push(raw);
        }
        self.raws.sort_by_key(|r| r.toks.start);
        self.districts_of_text();
    }

    pub(super) fn bare_raw(
        &self,
        toks: Range<usize>,
        key: &str,
        cands: Vec<(Unit<'g>, MatchKind)>,
        evidence: Evidence,
    ) -> Raw<'g> {
        Raw {
            name: toks.clone(),
            toks,
            types: TypeSet::EMPTY,
            key: key.to_string(),
            cands,
            evidence,
            date: None,
            date_reason: DateReason::Undated,
            list: None,
        }
    }

    /// Writes the key of a hit's name to `out` (cleared first).
    pub(super) fn hit_key(&self, h: &BareHit, out: &mut String) {
        out.clear();
        for k in h.toks.clone() {
            if k > h.toks.start {
                out.push(' ');
            }
            match h.numeral {
                Some(other) if k + 1 == h.toks.end => out.push_str(other),
                _ => push_key(self.doc, k, self.unaccented, out),
            }
        }
    }

    /// The candidates of a hit, of `types` (any when empty).
    pub(super) fn hit_cands(&self, h: &BareHit, types: TypeSet) -> Vec<(Unit<'g>, MatchKind)> {
        let kind = if self.unaccented {
            MatchKind::Folded
        } else {
            MatchKind::Exact
        };
        self.cands_of(h.value, types, kind)
    }

    /// Reads the capitalised run `run` (outside the typed mentions): the unit names it starts
    /// with (read from the second word when the first is only capitalised because it starts
    /// the sentence: `Tại Khánh Hòa`), pushed to `out` when there are some, or when the run has
    /// several words (it may be a misspelt name).
    pub(super) fn run_of(
        &self,
        run: Range<usize>,
        words: &mut Words,
        hits: &mut Vec<(usize, u64)>,
        out: &mut Vec<Run<'g>>,
    ) {
        let doc = self.doc;
        // One capitalised word names a unit only as an item of a list (`Quảng Trị 1, Huế 2`):
        // elsewhere it is not looked up.
        if run.len() == 1 && !listish(doc, run.start, run.end) {
            return;
        }
        let fst = if self.unaccented {
            self.g.data().fst_fold.as_ref()
        } else {
            self.g.data().fst_key.as_ref()
        };
        // Compass directions that open the run (`phía Bắc Khánh Hòa`, `miền Tây Bắc Nghệ
        // An`): the name after them is read when the run itself names nothing.
        let first_direction =
            if opens_sentence(doc, run.start) && !vocab::is_direction(doc.key(run.start)) {
                run.start + 1
            } else {
                run.start
            };
        let mut after_directions = first_direction;
        while after_directions < run.end && vocab::is_direction(doc.key(after_directions)) {
            after_directions += 1;
        }
        // The run's first word; the second when the first is capitalised only as a
        // sentence's first word; the word after the directions when there are any.
        let second = (first_direction > run.start).then_some(run.start + 1);
        let directed = (after_directions > first_direction).then_some(after_directions);
        // A numeral after the run that ends a unit's name (`Tam Xuân 1`, `Quế Xuân 2`: not
        // `Quảng Trị 1, Huế 2`, counts after names), as written or the other way.
        let numeral = trailing_numeral(doc, run.end);
        for start in [Some(run.start), second, directed].into_iter().flatten() {
            if start >= run.end {
                break;
            }
            let end = run.end.min(start + MAX_BARE_WORDS);
            let fill = |words: &mut Words, last: Option<&str>| {
                words.clear();
                for k in start..end {
                    words.push_with(|b| push_key(doc, k, self.unaccented, b));
                }
                if let Some(last) = last {
                    words.push_with(|b| b.push_str(last));
                }
            };
            let mut toks_end = run.end;
            let mut other = None;
            let room = end == run.end && end - start < MAX_BARE_WORDS;
            if let Some((written, other_way)) = numeral.filter(|_| room) {
                let spellings = [Some((written, None)), other_way.map(|o| (o, Some(o)))];
                for (spelling, is_other) in spellings.into_iter().flatten() {
                    fill(words, Some(spelling));
                    words.prefixes(fst, 0, MAX_BARE_WORDS, hits);
                    if hits.last().is_some_and(|&(n, _)| n == words.len()) {
                        toks_end = run.end + 1;
                        other = is_other;
                        break;
                    }
                }
            }
            if toks_end == run.end {
                fill(words, None);
                words.prefixes(fst, 0, MAX_BARE_WORDS, hits);
            }
            if hits.is_empty() {
                continue;
            }
            out.push(Run {
                toks: start..toks_end,
                hits: hits
                    .iter()
                    .rev()
                    .map(|&(n, value)| BareHit {
                        toks: start..start + n,
                        value,
                        numeral: other.filter(|_| start + n == toks_end),
                    })
                    .collect(),
                verdict: None,
                list: None,
            });
            return;
        }
        if run.len() >= 2 && listish(doc, run.start, run.end) {
            out.push(Run {
                toks: run,
                hits: Vec::new(),
                verdict: None,
                list: None,
            });
        }
    }

    /// A name that the same text also writes with its type word (`quận Lê Chân` … `Lê Chân`),
    /// or a province name (two syllables at least, not alone on a line of a longer document).
    fn simple_evidence(&self, runs: &mut [Run<'g>]) {
        let mut typed_keys: HashMap<&str, usize> = HashMap::new();
        for (i, r) in self.raws.iter().enumerate() {
            typed_keys.entry(r.key.as_str()).or_insert(i);
        }
        let mut key = String::new();
        for run in runs.iter_mut().filter(|r| r.verdict.is_none()) {
            let mut verdict = None;
            for (k, h) in run.long_hits() {
                self.hit_key(h, &mut key);
                let (cands, evidence) = if let Some(&i) = typed_keys.get(key.as_str()) {
                    let c = self
                        .raws
                        .get(i)
                        .map(|r| r.cands.clone())
                        .unwrap_or_default();
                    (c, Evidence::Repeated)
                } else if BARE_EXCLUDED.contains(&key.as_str())
                    || alone_on_line(self.doc, &h.toks)
                    || named_feature(self.doc, h.toks.start)
                {
                    continue;
                } else {
                    let c = self
                        .hit_cands(h, TypeSet::EMPTY)
                        .into_iter()
                        .filter(|(u, _)| u.level() == Level::Province)
                        .collect();
                    (c, Evidence::Province)
                };
                verdict = Verdict::of(k, cands, evidence);
                if verdict.is_some() {
                    break;
                }
            }
            run.verdict = verdict;
        }
    }

    /// The place name of a dateline: a run that is all of the start of a line and is followed
    /// by a colon (`Nha Trang: Bầu đủ 35 đại biểu ...`) or by a comma and a date (`Hà Nội, ngày
    /// 05 tháng 01 năm 2020`), naming a province- or district-level unit.
    fn datelines(&self, runs: &mut [Run<'g>]) {
        let doc = self.doc;
        for run in runs.iter_mut().filter(|r| r.verdict.is_none()) {
            // `Nha Trang: ...`, or the place and date line of an official document (Nghị
            // định 30/2020/NĐ-CP, Phụ lục I: `Hà Nội, ngày 05 tháng 01 năm 2020`).
            let e = run.toks.end;
            let dated = doc.word(e) == ","
                && doc.is(e + 1, "ngày")
                && doc.kind(e + 2) == Some(TokenKind::Number);
            if !doc.starts_line(run.toks.start)
                || !(doc.word(e) == ":" || dated)
                || governed(doc, run.toks.start)
            {
                continue;
            }
            let Some((k, h)) = run.whole() else { continue };
            let cands: Vec<_> = self
                .hit_cands(h, TypeSet::EMPTY)
                .into_iter()
                .filter(|(u, _)| matches!(u.level(), Level::Province | Level::District))
                .collect();
            run.verdict = Verdict::of(k, cands, Evidence::Dateline);
        }
    }

    /// The subject of a clause: a name that opens its sentence (or follows only an adverbial
    /// phrase and a comma: `Sau sáp nhập, Phú Quý trở thành ...`), followed by a word in lower
    /// case (`Đức Phổ đã ban hành`, `Vân Đồn thu hút`), is the district (or island district,
    /// `đặc khu`) of that name when there is one at the mention's date (or only one of that
    /// name in all times, when the date is unknown).
    fn subjects(&self, runs: &mut [Run<'g>]) {
        let doc = self.doc;
        // The end of the last thing named before the current run (a typed mention or a run
        // with a unit name), and a cursor over the typed mentions.
        let mut named_end = 0usize;
        let mut typed_at = 0usize;
        for k in 0..runs.len() {
            let Some(run) = runs.get(k) else { break };
            let start = run.toks.start;
            while let Some(r) = self.raws.get(typed_at).filter(|r| r.toks.start < start) {
                named_end = named_end.max(r.toks.end);
                typed_at += 1;
            }
            let bound = named_end;
            if !run.hits.is_empty() {
                named_end = named_end.max(run.toks.end);
            }
            let followed = doc.kind(run.toks.end) == Some(TokenKind::Word)
                && doc.case(run.toks.end) == hanhchinh_text::Case::Lower
                && doc.spaced(run.toks.end);
            if run.verdict.is_some() || !followed || run.whole().is_none() {
                continue;
            }
            // It opens its sentence, or follows only an adverbial phrase and a comma: the
            // sentence starts after the last thing named.
            let opens = opens_sentence(doc, start)
                || (doc.is(start.wrapping_sub(1), ",")
                    && (bound..start).rev().any(|t| opens_sentence(doc, t)));
            if !opens || governed(doc, start) {
                continue;
            }
            let Some((h_i, cands)) = self.the_district(run) else {
                continue;
            };
            if let Some(run) = runs.get_mut(k) {
                run.verdict = Verdict::of(h_i, cands, Evidence::Subject);
            }
        }
    }

    /// The one district (or island district, `đặc khu`) named by the whole run, of two
    /// syllables or more, at the mention's date (or the only one of that name in all times,
    /// when the date is unknown): the hit's index and the candidates (versions of one code).
    fn the_district(&self, run: &Run<'g>) -> Option<(usize, super::Candidates<'g>)> {
        let date = self.opts.date();
        let (h_i, h) = run.whole().filter(|(_, h)| h.toks.len() >= 2)?;
        let cands: super::Candidates<'g> = self
            .hit_cands(h, TypeSet::EMPTY)
            .into_iter()
            .filter(|(u, _)| {
                (u.level() == Level::District || u.unit_type() == UnitType::DacKhu)
                    && date.map_or(true, |d| u.is_valid_on(d))
            })
            .collect();
        (!cands.is_empty() && one_code(&cands)).then_some((h_i, cands))
    }

    /// A place one is at or goes to: a name right after a preposition of place (`tại Hội
    /// An`, `ở Đà Lạt`: `data/vocab/locatives.tsv`) or a verb of motion that takes a
    /// destination ([`MOTION_VERBS`]: `đến Nha Trang`, `về Sa Pa`) is the district (or island
    /// district, `đặc khu`) of that name when there is one at the mention's date (or only one
    /// of that name in all times, when the date is unknown); names of two syllables or more.
    fn destinations(&self, runs: &mut [Run<'g>]) {
        let doc = self.doc;
        // The end of the last destination found: the names listed after it with `,` or `và`
        // are destinations too (`đến Đà Lạt, Nha Trang và Sa Pa`).
        let mut listed_from = None;
        for run in runs.iter_mut() {
            let start = run.toks.start;
            let Some(p) = start.checked_sub(1) else {
                continue;
            };
            if run.verdict.is_some() {
                listed_from = None;
                continue;
            }
            let key = doc.key(p);
            let cue = (doc.case(p) == hanhchinh_text::Case::Lower || opens_sentence(doc, p))
                && doc.spaced(start)
                && (vocab::is_locative(key) || MOTION_VERBS.contains(&key));
            let listed = listed_from == Some(p) && matches!(key, "," | "và");
            listed_from = None;
            if !(cue || listed) {
                continue;
            }
            if let Some((h_i, cands)) = self.the_district(run) {
                run.verdict = Verdict::of(h_i, cands, Evidence::Destination);
                listed_from = Some(run.toks.end);
            }
        }
    }

    /// The name after the Party committee of a unit (`Huyện ủy Quỳnh Phụ`, `Thị ủy Ninh Hòa`,
    /// `Thành ủy Nha Trang`, `Tỉnh ủy Khánh Hòa`, `Quận ủy Nam Từ Liêm`): the unit of the
    /// committee's type (the word before `ủy`), when the longest name the run starts with has
    /// units of that type under one code (at the mention's date, when it is known).
    fn committees(&self, runs: &mut [Run<'g>]) {
        let doc = self.doc;
        let date = self.opts.date();
        for run in runs.iter_mut().filter(|r| r.verdict.is_none()) {
            let s = run.toks.start;
            let Some(c) = s.checked_sub(2) else { continue };
            if !(doc.is(c + 1, "ủy") && doc.spaced(c + 1) && doc.spaced(s)) {
                continue;
            }
            let Some(types) = committee_types(doc.key(c)) else {
                continue;
            };
            let types = TypeSet::of(types);
            let verdict = run.hits.iter().enumerate().find_map(|(h_i, h)| {
                let cands: super::Candidates<'g> = self
                    .hit_cands(h, types)
                    .into_iter()
                    .filter(|(u, _)| date.map_or(true, |d| u.is_valid_on(d)))
                    .collect();
                one_code(&cands)
                    .then(|| Verdict::of(h_i, cands, Evidence::Committee))
                    .flatten()
            });
            run.verdict = verdict;
        }
    }

    /// Bare district names that nothing else reports: a run of two to four capitalised
    /// syllables is the district of that name when the text also uses the district's type word
    /// on its own (`trên địa bàn quận`, `của huyện`, the way an article refers to its own
    /// district), exactly one district-level unit of that type has that exact name (in the
    /// version valid at the document's date, or on the last day before the 2025 reform), and no
    /// place or institution noun stands before it (`Phủ Tây Hồ`).
    fn districts_of_text(&mut self) {
        let doc = self.doc;
        let mut types = TypeSet::EMPTY;
        for h in &self.heads {
            if doc.is_name_word(h.toks.end) {
                continue;
            }
            for t in h.types.types() {
                if matches!(t, UnitType::Quan | UnitType::Huyen | UnitType::ThiXa) {
                    types = types.with(t);
                }
            }
        }
        if types.is_empty() {
            return;
        }
        let date = self.opts.date().unwrap_or(LAST_PRE_REFORM);
        let mut found: Vec<Raw<'g>> = Vec::new();
        let mut key = String::new();
        // The mentions are in token order: one cursor for the overlap test.
        let mut at = 0usize;
        let mut i = 0;
        while i < doc.len() {
            if !doc.is_name_word(i) {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while end < doc.len() && doc.is_name_word(end) && doc.spaced(end) {
                end += 1;
            }
            let run = i..end;
            i = end;
            if !(2..=MAX_BARE_WORDS).contains(&run.len()) {
                continue;
            }
            while self.raws.get(at).is_some_and(|r| r.toks.end <= run.start) {
                at += 1;
            }
            if self.raws.get(at).is_some_and(|r| r.toks.start < run.end) {
                continue;
            }
            if (run.start.saturating_sub(2)..run.start).any(|b| vocab::is_place_noun(doc.key(b))) {
                continue;
            }
            doc.keys_into(run.clone(), &mut key);
            let mut units: Vec<Unit<'g>> = Vec::new();
            for (u, _) in self.typed_cands(&key, types) {
                if u.level() == Level::District
                    && u.is_valid_on(date)
                    && !units.iter().any(|f| f.code() == u.code())
                {
                    units.push(u);
                }
            }
            if let [u] = units.as_slice() {
                let cands = vec![(*u, MatchKind::Exact)];
                found.push(self.bare_raw(run, &key, cands, Evidence::DistrictOfText));
            }
        }
        if !found.is_empty() {
            self.raws.extend(found);
            self.raws.sort_by_key(|r| r.toks.start);
        }
    }
}

/// The unit types whose Party committee is named by `key` and `ủy` (`Tỉnh ủy`, `Thành ủy`,
/// `Huyện ủy`, `Quận ủy`, `Thị ủy`).
pub(super) fn committee_types(key: &str) -> Option<&'static [UnitType]> {
    Some(match key {
        "tỉnh" => &[UnitType::Tinh],
        "thành" => &[UnitType::ThanhPho, UnitType::ThanhPhoTrungUong],
        "huyện" => &[UnitType::Huyen],
        "quận" => &[UnitType::Quan],
        "thị" => &[UnitType::ThiXa],
        _ => return None,
    })
}
