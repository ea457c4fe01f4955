//! Abbreviations written in pieces: a part that cannot stand alone, joined to the next all-caps
//! word by a dot or a space (`UV BTV`, `UV.BTV`, `UB.MTTQ`, `UV BCH`), and `VN` written apart
//! from the name it ends (`UBMTTQ VN`, `MTTQ VN`).

use hanhchinh_text::{Doc, TokenKind};

use super::{choose, Mention};
use crate::context::Context;
use crate::lexicon::{Lexicon, Scope};

/// The index of the all-caps word that continues an abbreviation after token `j`: touching
/// after a touching dot (`UB.MTTQ`), or after spaces on the same line (`UV BTV`).
fn next_piece(doc: &Doc<'_>, j: usize) -> Option<usize> {
    let next = doc.token(j + 1)?;
    let w = if next.is_char('.') && doc.touches(j + 1) {
        doc.touches(j + 2).then_some(j + 2)?
    } else if doc.spaced(j + 1) {
        j + 1
    } else {
        return None;
    };
    let t = doc.token(w)?;
    (t.kind() == TokenKind::Word && t.is_uppercase()).then_some(w)
}

impl Lexicon {
    /// An abbreviation written in pieces from token `i`: the mention and its last token.
    ///
    /// Two shapes, each read as the abbreviation written in one piece:
    /// * a part that is only ever a part (`UV`, `UB`, `BT`, `CT`: scope `part`) joined to the
    ///   next one or two pieces, when the whole is listed or decomposes (`UV BTV` =
    ///   `UVBTV`, `UV.BTV TU` = `UVBTVTU`, `UB.MTTQVN` = `UBMTTQVN`);
    /// * a listed abbreviation and `VN`, when the two are listed as one (`UBMTTQ VN` =
    ///   `UBMTTQVN`).
    pub(super) fn joined_mention<'t, 'l>(
        &'l self,
        doc: &Doc<'t>,
        i: usize,
        ctx: &Context,
    ) -> Option<(Mention<'t, 'l>, usize)> {
        let (text, tokens) = (doc.text(), doc.tokens());
        let first = tokens.get(i)?;
        if first.kind() != TokenKind::Word {
            return None;
        }
        // Cheap tests first (this runs at every all-caps word): a part-only abbreviation, or
        // `VN` one or two tokens on.
        let head_part = self.is_part_only(first.text());
        if !head_part && doc.word(i + 1) != "VN" && doc.word(i + 2) != "VN" {
            return None;
        }
        let w = next_piece(doc, i)?;
        let second = tokens.get(w)?;
        if !head_part && second.text() != "VN" {
            return None;
        }
        let mut joined = first.text().replace('\u{d0}', "Đ");
        let mut best: Option<(usize, String)> = None;
        let mut piece = Some(w);
        for _ in 0..2 {
            let Some(w) = piece else { break };
            let Some(t) = tokens.get(w) else { break };
            joined.push_str(&t.text().replace('\u{d0}', "Đ"));
            let listed = self
                .entry(&joined)
                .is_some_and(|e| e.scope() == Scope::Text);
            let ok = if head_part {
                listed || self.decompose(&joined).is_some()
            } else {
                listed && t.text() == "VN"
            };
            if ok {
                best = Some((w, joined.clone()));
            }
            if !head_part {
                break;
            }
            piece = next_piece(doc, w);
        }
        let (last, word) = best?;
        let span = first.start()..tokens.get(last)?.end();
        let written = text.get(span.clone())?;
        let end = span.end;
        if let Some(entry) = self.entry(&word) {
            let chosen = choose(entry.candidates(), ctx, doc, i, last, end);
            return Some((Mention::listed(span, written, entry, chosen), last));
        }
        let parts = self.decompose(&word)?;
        let cands = self.compound_candidates(&parts);
        if cands.is_empty() {
            return None;
        }
        let chosen = choose(&cands, ctx, doc, i, last, end);
        Some((
            Mention::compound(span, written, &parts, cands, chosen),
            last,
        ))
    }
}
