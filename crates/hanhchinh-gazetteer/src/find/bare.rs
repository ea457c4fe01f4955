//! Names written without a type word, reported only with evidence that they name a unit.

use std::collections::HashMap;
use std::ops::Range;

use hanhchinh_text::vocab::{self, UnitType};
use hanhchinh_text::{Doc, Gap, TokenKind};

use super::typed::{capitalised, joined, push_key};
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

/// A unit name that starts a capitalised run: its tokens, key and postings.
#[derive(Debug, Clone)]
pub(super) struct BareHit {
    pub(super) toks: Range<usize>,
    pub(super) key: String,
    pub(super) value: u64,
}

/// A capitalised run that may be a bare name: the unit names that are prefixes of it, longest
/// first.
#[derive(Debug, Clone)]
pub(super) struct BareRun {
    pub(super) hits: Vec<BareHit>,
}

/// Whether token `i` can be a syllable of a bare name: a capitalised word.
fn bare_word(doc: &Doc<'_>, i: usize) -> bool {
    doc.kind(i) == Some(TokenKind::Word) && capitalised(doc, i)
}

/// Whether tokens `r` are all of their line: a bare province name alone on a line is a by-line
/// (the author's name, e.g. `Thái Bình` under a news page), not a place.
fn alone_on_line(doc: &Doc<'_>, r: &Range<usize>) -> bool {
    doc.starts_line(r.start)
        && (r.end >= doc.len() || matches!(doc.gap_before(r.end), Gap::Line | Gap::Para))
}

impl<'g> Scan<'_, '_, 'g> {
    /// Bare names: repeats of typed names, province names, district names of the text.
    pub(super) fn bare(&mut self) {
        let runs = self.bare_runs();
        let mut typed_keys: HashMap<&str, usize> = HashMap::new();
        for (i, r) in self.raws.iter().enumerate() {
            typed_keys.entry(r.key.as_str()).or_insert(i);
        }
        let mut bare: Vec<Raw<'g>> = Vec::new();
        for run in &runs {
            for h in &run.hits {
                let (cands, evidence) = if let Some(&i) = typed_keys.get(h.key.as_str()) {
                    let c = self
                        .raws
                        .get(i)
                        .map(|r| r.cands.clone())
                        .unwrap_or_default();
                    (c, Evidence::Repeated)
                } else if BARE_EXCLUDED.contains(&h.key.as_str())
                    || alone_on_line(self.doc, &h.toks)
                {
                    (Vec::new(), Evidence::Province)
                } else {
                    let c = self
                        .cands_of(h.value, TypeSet::EMPTY, MatchKind::Exact)
                        .into_iter()
                        .filter(|(u, _)| u.level() == Level::Province)
                        .collect();
                    (c, Evidence::Province)
                };
                if !cands.is_empty() {
                    bare.push(self.bare_raw(h.toks.clone(), &h.key, cands, evidence));
                    break;
                }
            }
        }
        drop(typed_keys);
        self.raws.extend(bare);
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
        }
    }

    /// Capitalised runs outside the typed mentions that start with a unit name of 2..=4
    /// syllables: every such name, longest first.
    fn bare_runs(&self) -> Vec<BareRun> {
        let doc = self.doc;
        let mut out = Vec::new();
        let mut words = Words::default();
        let mut hits: Vec<(usize, u64)> = Vec::new();
        // The typed mentions are in token order and do not overlap: one cursor.
        let mut at = 0usize;
        let mut i = 0;
        while i < doc.len() {
            while self.raws.get(at).is_some_and(|r| r.toks.end <= i) {
                at += 1;
            }
            if self.raws.get(at).is_some_and(|r| r.toks.start <= i) || !bare_word(doc, i) {
                i += 1;
                continue;
            }
            // Not in the middle of a longer capitalised name.
            if i > 0 && bare_word(doc, i - 1) && joined(doc, i) {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while end < doc.len()
                && end - i < MAX_BARE_WORDS
                && bare_word(doc, end)
                && joined(doc, end)
            {
                end += 1;
            }
            if end - i >= 2 {
                words.clear();
                for k in i..end {
                    words.push_with(|b| push_key(doc, k, false, b));
                }
                words.prefixes(self.g.data().fst_key.as_ref(), 0, MAX_BARE_WORDS, &mut hits);
                let run = BareRun {
                    hits: hits
                        .iter()
                        .rev()
                        .take_while(|(n, _)| *n >= 2)
                        .map(|&(n, value)| BareHit {
                            toks: i..i + n,
                            key: words.slice(0, n).to_string(),
                            value,
                        })
                        .collect(),
                };
                if !run.hits.is_empty() {
                    out.push(run);
                }
            }
            i = end;
        }
        out
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
            key.clear();
            for k in run.clone() {
                if k > run.start {
                    key.push(' ');
                }
                key.push_str(doc.key(k));
            }
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
