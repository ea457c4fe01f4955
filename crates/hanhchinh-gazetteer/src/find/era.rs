//! The date each mention is read at: the document's, unless a reform cue next to it or a unit
//! coordinated with it points to the other side of the 2025 reorganisation.

use std::collections::HashMap;
use std::ops::Range;

use hanhchinh_text::vocab::{self, CueScope, ReformEra};
use hanhchinh_text::Gap;
use once_cell::sync::Lazy;

use super::typed::FirstBytes;
use super::{DateReason, Evidence, Scan};
use crate::{Date, LAST_PRE_REFORM, REFORM_2025};

/// The first two bytes of the first words of the reform cues: most tokens are let go after one
/// look.
static CUE_FIRST_BYTES: Lazy<FirstBytes> = Lazy::new(|| FirstBytes::of(vocab::reform_cue_starts()));

/// Whether a word (a lookup key) may start a reform cue: one look at its first bytes, then the
/// vocabulary's test.
pub(super) fn may_start_cue(key: &str) -> bool {
    CUE_FIRST_BYTES.contains(key) && vocab::is_reform_cue_start(key)
}

impl Scan<'_, '_, '_> {
    /// The date a cue pointing to `era` gives, in a document of the caller's date.
    fn cue_date(&self, era: ReformEra) -> Date {
        let doc_date = self.opts.date();
        match era {
            // Before the reform: the last day of the old units (a document of an earlier date
            // keeps its own).
            ReformEra::Former => match doc_date {
                Some(d) if d < REFORM_2025 => d,
                _ => LAST_PRE_REFORM,
            },
            // After it: the latest the data knows, in an undated document. A document dated
            // before the reform that speaks of the units after it plans them: its units are
            // those of its date.
            _ => doc_date.unwrap_or_else(|| self.g.latest_date()),
        }
    }

    /// Gives every mention its date: the document's; the side a reform cue points to (`xã X
    /// (cũ)`: the mention before it; `trên cơ sở sáp nhập các xã A, B`, `sau sắp xếp, ...`: the
    /// mentions after it in the sentence); the date of the other items of its list when one of
    /// them exists only before the reform (`hai tỉnh Tiền Giang và Đồng Tháp`).
    pub(super) fn eras(&mut self) {
        let (date, reason) = match (self.opts.date(), self.opts.date_source()) {
            (Some(d), Some(s)) => (Some(d), DateReason::Document(s)),
            _ => (None, DateReason::Undated),
        };
        for r in &mut self.raws {
            r.date = date;
            r.date_reason = reason;
        }
        if self.raws.is_empty() {
            return;
        }
        if date.is_none() {
            self.sentence_dates();
        }
        self.cues();
        self.coordinated();
    }

    /// In a document read at no date: each mention at the latest date written in its sentence
    /// that the data can tell apart from its neighbours (a date before the data's first is
    /// none; one after its last is read at the last).
    fn sentence_dates(&mut self) {
        if self.written.is_empty() {
            return;
        }
        let (first, last) = (self.g.earliest_date(), self.g.latest_date());
        let doc = self.doc;
        let sentences = self
            .sentences
            .get_or_init(|| super::clauses::Sentences::of(doc));
        // The latest date of each sentence that writes one.
        let mut latest: HashMap<usize, Date> = HashMap::new();
        for &(at, d) in self.written.iter().filter(|(_, d)| *d >= first) {
            let d = d.min(last);
            latest
                .entry(sentences.index(at))
                .and_modify(|l| *l = (*l).max(d))
                .or_insert(d);
        }
        for r in &mut self.raws {
            if let Some(&d) = latest.get(&sentences.index(r.toks.start)) {
                r.date = Some(d);
                r.date_reason = DateReason::Sentence;
            }
        }
    }

    /// Applies the reform cues: one that concerns the units after it holds to the end of its
    /// sentence or to the next such cue; one that concerns the unit before it (`(cũ)`) holds
    /// for that unit alone, over any other.
    fn cues(&mut self) {
        let doc = self.doc;
        let cues = std::mem::take(&mut self.cues);
        if cues.is_empty() {
            return;
        }
        let (former, new) = (
            self.cue_date(ReformEra::Former),
            self.cue_date(ReformEra::New),
        );
        let sentences = self
            .sentences
            .get_or_init(|| super::clauses::Sentences::of(doc));
        // One sweep over the mentions and the cues together.
        let mut next = 0usize;
        let mut active: Option<(usize, ReformEra)> = None;
        for r in &mut self.raws {
            while let Some(&(at, cue)) = cues.get(next) {
                if at >= r.toks.start {
                    break;
                }
                if cue.scope() == CueScope::Following {
                    active = Some((sentences.index(at), cue.era()));
                }
                next += 1;
            }
            let sentence = sentences.index(r.toks.start);
            let following = active.filter(|(s, _)| *s == sentence).map(|(_, e)| e);
            let preceding = cues
                .get(next)
                .filter(|(at, c)| *at == r.toks.end && c.scope() == CueScope::Preceding)
                .map(|(_, c)| c.era());
            if let Some(era) = preceding.or(following) {
                let d = if era == ReformEra::Former {
                    former
                } else {
                    new
                };
                if r.date != Some(d) {
                    r.date = Some(d);
                    r.date_reason = DateReason::Cue(era);
                }
            }
        }
    }

    /// Items of one list are read at one date: when one of them exists only before the reform
    /// (at the document's date, or, undated, on the reform's first day), at its last day
    /// (`Quảng Bình, Quảng Trị` of an undated text: the two provinces before the reform, not the
    /// Quảng Trị that Quảng Bình became part of).
    fn coordinated(&mut self) {
        self.province_lists();
        // Per list: its number of items, and whether one of them exists only before the reform.
        let mut old_lists: HashMap<usize, (usize, bool)> = HashMap::new();
        for r in &self.raws {
            let Some(id) = r.list else { continue };
            let d = r.date.unwrap_or(REFORM_2025);
            let only_before = !r.cands.is_empty()
                && r.cands
                    .iter()
                    .all(|(u, _)| !u.is_valid_on(d) && u.is_valid_on(LAST_PRE_REFORM));
            let e = old_lists.entry(id).or_default();
            e.0 += 1;
            e.1 |= only_before;
        }
        for r in &mut self.raws {
            let old = r
                .list
                .and_then(|id| old_lists.get(&id))
                .is_some_and(|&(n, old)| n > 1 && old);
            if old && !matches!(r.date_reason, DateReason::Cue(_)) {
                r.date = Some(LAST_PRE_REFORM);
                r.date_reason = DateReason::Coordinated;
            }
        }
    }

    /// Bare province names joined by `,`, `và` or `với` on one line (`Quảng Bình, Quảng Trị`,
    /// `Tiền Giang và Đồng Tháp`) are one list, numbered down from `usize::MAX / 2` (the lists
    /// of `crate::find::context` are numbered up from one).
    fn province_lists(&mut self) {
        let doc = self.doc;
        let joined = |a: &Range<usize>, b: &Range<usize>| {
            b.start == a.end + 1
                && matches!(doc.word(a.end), "," | "và" | "với")
                && !matches!(doc.gap_before(b.start), Gap::Line | Gap::Para)
                && !matches!(doc.gap_before(a.end), Gap::Line | Gap::Para)
        };
        let mut next = usize::MAX / 2;
        for i in 1..self.raws.len() {
            let (Some(a), Some(b)) = (self.raws.get(i - 1), self.raws.get(i)) else {
                continue;
            };
            // (A bare province is an item of no other list.)
            let bare_provinces = [a, b].iter().all(|r| r.evidence == Evidence::Province);
            if !(bare_provinces && joined(&a.toks, &b.toks)) {
                continue;
            }
            let id = a.list.unwrap_or_else(|| {
                next -= 1;
                next
            });
            for k in [i - 1, i] {
                if let Some(r) = self.raws.get_mut(k) {
                    r.list = Some(id);
                }
            }
        }
    }
}
