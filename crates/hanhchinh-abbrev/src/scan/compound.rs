//! Compounds missing from the tables (`UVBCHHU`, `PBTHU`) decomposed into lexicon parts by a
//! small grammar over the parts' roles, with the expansions of the parts joined.

use std::ops::Range;

use hanhchinh_text::Doc;

use super::{choose, Mention};
use crate::context::Context;
use crate::lexicon::{Candidate, Condition, Entry, Lexicon, Part};

impl Lexicon {
    /// Decomposes an unknown all-caps word into lexicon parts (`UVBCHHU`).
    pub(super) fn compound_mention<'t, 'l>(
        &'l self,
        doc: &Doc<'t>,
        range: Range<usize>,
        i: usize,
        ctx: &Context,
    ) -> Option<Mention<'t, 'l>> {
        let word = doc.text().get(range.clone())?;
        // `Ð` (U+00D0) printed for `Đ` (see `spellings`).
        let parts = if word.contains('\u{d0}') {
            self.decompose(&word.replace('\u{d0}', "Đ"))?
        } else {
            self.decompose(word)?
        };
        let cands = self.compound_candidates(&parts);
        if cands.is_empty() {
            return None;
        }
        let chosen = choose(&cands, ctx, doc, i, i, range.end);
        Some(Mention::compound(range, word, &parts, cands, chosen))
    }

    /// Splits `word` into compound parts by the grammar
    /// `member? body party | member (party|state|body) | role-party body? party | role-state state`.
    pub(crate) fn decompose(&self, word: &str) -> Option<Vec<&Entry>> {
        if word.chars().count() < 3 || !word.chars().all(char::is_uppercase) {
            return None;
        }
        let mut path = Vec::new();
        if self.decompose_from(word, Gram::Start, &mut path) {
            Some(path)
        } else {
            None
        }
    }

    fn decompose_from<'l>(&'l self, rest: &str, state: Gram, path: &mut Vec<&'l Entry>) -> bool {
        if rest.is_empty() {
            return path.len() >= 2 && state.can_end();
        }
        for (abbr, idx) in self.parts() {
            let Some(tail) = rest.strip_prefix(abbr.as_str()) else {
                continue;
            };
            let Some(entry) = self.entry_at(*idx) else {
                continue;
            };
            let Some(next) = state.next(entry.part()) else {
                continue;
            };
            path.push(entry);
            if self.decompose_from(tail, next, path) {
                return true;
            }
            path.pop();
        }
        false
    }

    pub(super) fn compound_candidates(&self, parts: &[&Entry]) -> Vec<Candidate> {
        let mut acc: Vec<(String, Condition)> = vec![(String::new(), Condition::Always)];
        for part in parts {
            let mut next = Vec::new();
            for (s, cond) in &acc {
                for c in part.candidates() {
                    let combined = match (cond, c.condition()) {
                        (Condition::Always, x) => x,
                        (x, Condition::Always) => *x,
                        (x, y) if *x == y => y,
                        _ => continue,
                    };
                    let mut e = s.clone();
                    if !e.is_empty() {
                        e.push(' ');
                    }
                    e.push_str(c.expansion());
                    next.push((e, combined));
                }
            }
            acc = next;
        }
        let reason = format!(
            "REASON: decomposed as {}",
            parts
                .iter()
                .map(|p| p.abbr())
                .collect::<Vec<_>>()
                .join(" + ")
        );
        acc.into_iter()
            .filter(|(e, _)| !e.is_empty())
            .map(|(e, c)| Candidate::new(e, c, reason.clone()))
            .collect()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gram {
    Start,
    Member,
    MemberBody,
    Body,
    PartyRole,
    PartyRoleBody,
    StateRole,
    End,
}

impl Gram {
    fn next(self, part: Part) -> Option<Gram> {
        use Gram::*;
        Some(match (self, part) {
            (Start, Part::Member) => Member,
            (Start, Part::Body) => Body,
            (Start, Part::PartyRole) => PartyRole,
            (Start, Part::StateRole) => StateRole,
            (Member, Part::Body) => MemberBody,
            (Member, Part::PartyOrgan | Part::StateOrgan) => End,
            (MemberBody | Body | PartyRoleBody, Part::PartyOrgan) => End,
            (PartyRole, Part::Body) => PartyRoleBody,
            (PartyRole, Part::PartyOrgan) => End,
            (StateRole, Part::StateOrgan) => End,
            _ => return None,
        })
    }

    fn can_end(self) -> bool {
        matches!(self, Gram::End | Gram::MemberBody)
    }
}
