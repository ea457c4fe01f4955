//! The date each mention is read at: the document's, unless a reform cue next to it or a unit
//! coordinated with it points to the other side of the 2025 reorganisation.

use std::collections::HashMap;

use hanhchinh_text::vocab::{self, CueScope, ReformEra};

use super::{DateReason, Scan};
use crate::{Date, LAST_PRE_REFORM, REFORM_2025};

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
        self.cues();
        self.coordinated();
    }

    fn cues(&mut self) {
        let doc = self.doc;
        // Mentions are in token order: one cursor for the mention before a cue, one for the
        // mentions after it.
        let mut before = 0usize;
        let mut i = 0;
        while i < doc.len() {
            if !vocab::is_reform_cue_start(doc.key(i)) {
                i += 1;
                continue;
            }
            let Some(cue) = vocab::reform_cue_at(doc, i) else {
                i += 1;
                continue;
            };
            let d = self.cue_date(cue.era());
            let reason = DateReason::Cue(cue.era());
            match cue.scope() {
                CueScope::Preceding => {
                    while self.raws.get(before + 1).is_some_and(|r| r.toks.end <= i) {
                        before += 1;
                    }
                    if let Some(r) = self.raws.get_mut(before) {
                        if r.toks.end == i && r.date != Some(d) {
                            r.date = Some(d);
                            r.date_reason = reason;
                        }
                    }
                }
                _ => {
                    let sentence = doc.sentence_of(i);
                    let from = self.raws.partition_point(|r| r.toks.start < i + cue.len());
                    for r in self.raws.iter_mut().skip(from) {
                        if doc.sentence_of(r.toks.start) != sentence {
                            break;
                        }
                        if !matches!(r.date_reason, DateReason::Cue(_)) && r.date != Some(d) {
                            r.date = Some(d);
                            r.date_reason = reason;
                        }
                    }
                }
            }
            i += cue.len();
        }
    }

    /// Items of one list are read at one date: when one of them exists only before the reform,
    /// at its last day.
    fn coordinated(&mut self) {
        // Per list: its number of items, and whether one of them exists only before the reform.
        let mut old_lists: HashMap<usize, (usize, bool)> = HashMap::new();
        for r in &self.raws {
            let Some(id) = r.list else { continue };
            let only_before = r.date.is_some_and(|d| {
                !r.cands.is_empty()
                    && r.cands
                        .iter()
                        .all(|(u, _)| !u.is_valid_on(d) && u.is_valid_on(LAST_PRE_REFORM))
            });
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
}
