//! Scanning text for abbreviations: lexicon entries (aho-corasick, anchored at token starts),
//! compounds decomposed by a small grammar, and parenthesised source tags.

use std::borrow::Cow;
use std::ops::Range;

use aho_corasick::{Anchored, Input};
use hanhchinh_text::{Doc, Token, TokenKind};

use crate::context::Context;
use crate::lexicon::{Candidate, Category, Condition, Entry, Lexicon, RankKind, Target};

mod choose;
mod compound;
mod joined;
#[cfg(test)]
mod tests;

use choose::choose;

/// How a mention was recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Origin {
    /// An abbreviation of the lexicon tables.
    Lexicon,
    /// A compound decomposed into lexicon parts (`UVBCHHU` = `UV` + `BCH` + `HU`).
    Compound,
    /// A parenthesised source tag made of the initials of a unit name of the [`Context`].
    SourceTag,
}

/// An abbreviation found in text: its span, its candidate expansions and the chosen one.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Mention<'t, 'l> {
    span: Range<usize>,
    text: &'t str,
    category: Category,
    origin: Origin,
    candidates: Cow<'l, [Candidate]>,
    chosen: Option<usize>,
    parts: Vec<&'l str>,
}

impl<'t, 'l> Mention<'t, 'l> {
    /// A listed abbreviation, read with the candidates of its lexicon entry.
    fn listed(span: Range<usize>, text: &'t str, entry: &'l Entry, chosen: Option<usize>) -> Self {
        Mention {
            span,
            text,
            category: entry.category(),
            origin: Origin::Lexicon,
            candidates: Cow::Borrowed(entry.candidates()),
            chosen,
            parts: Vec::new(),
        }
    }

    /// A compound title abbreviation decomposed into listed parts, read with the candidates
    /// built from them.
    fn compound(
        span: Range<usize>,
        text: &'t str,
        parts: &[&'l Entry],
        candidates: Vec<Candidate>,
        chosen: Option<usize>,
    ) -> Self {
        Mention {
            span,
            text,
            category: Category::Title,
            origin: Origin::Compound,
            candidates: Cow::Owned(candidates),
            chosen,
            parts: parts.iter().map(|e| e.abbr()).collect(),
        }
    }

    hanhchinh_text::span_accessors!(range, "abbreviation");
    /// The abbreviation as written (a slice of the input).
    pub fn text(&self) -> &'t str {
        self.text
    }
    /// Organ, title, other, rank or source tag.
    pub fn category(&self) -> Category {
        self.category
    }
    /// Lexicon entry, compound or source tag.
    pub fn origin(&self) -> Origin {
        self.origin
    }
    /// Every candidate expansion with its condition (at least one).
    pub fn candidates(&self) -> &[Candidate] {
        &self.candidates
    }
    /// The candidate chosen by the context and the neighbours, if they decide; `None` when
    /// several candidates remain (never a silent guess).
    pub fn chosen(&self) -> Option<&Candidate> {
        self.chosen.and_then(|i| self.candidates.get(i))
    }
    /// The chosen expansion (`Ủy ban nhân dân`), if decided.
    pub fn expansion(&self) -> Option<&str> {
        self.chosen().map(Candidate::expansion)
    }
    /// For a compound, its lexicon parts (`["UV", "BTV", "TU"]`); empty otherwise.
    pub fn parts(&self) -> &[&'l str] {
        &self.parts
    }

    /// The mention of a piece of a text, with its span moved to the whole text (the piece
    /// starts at byte `by`).
    fn shifted(mut self, by: usize) -> Mention<'t, 'l> {
        self.span = self.span.start + by..self.span.end + by;
        self
    }
}

/// The byte offset of the first space at or after `at` (the text's length if none): no token
/// crosses it.
fn space_at_or_after(text: &str, at: usize) -> usize {
    let mut p = at.min(text.len());
    while !text.is_char_boundary(p) {
        p += 1;
    }
    text.get(p..)
        .and_then(|rest| {
            rest.char_indices()
                .find(|&(_, c)| hanhchinh_text::is_space(c))
        })
        .map_or(text.len(), |(k, _)| p + k)
}

/// The byte offset of the last space at or before `at` (0 if none).
fn space_at_or_before(text: &str, at: usize) -> usize {
    let mut p = at.min(text.len());
    while !text.is_char_boundary(p) {
        p -= 1;
    }
    text.get(..p)
        .and_then(|head| {
            head.char_indices()
                .rev()
                .find(|&(_, c)| hanhchinh_text::is_space(c))
        })
        .map_or(0, |(k, _)| k)
}

/// Finds the abbreviations of `text` with the built-in lexicon (tokenizes `text` once).
///
/// ```
/// use hanhchinh_abbrev::{find, Context, ProvinceKind};
///
/// let text = "đồng chí Đinh Trọng Xá-TUV, Bí thư Huyện ủy; Chủ tịch UBND huyện";
/// let ctx = Context::new().province_kind(ProvinceKind::Province);
/// let found: Vec<_> = find(text, &ctx).iter().map(|m| (m.text(), m.expansion().unwrap().to_string())).collect();
/// assert_eq!(found, [("TUV", "Tỉnh ủy viên".to_string()), ("UBND", "Ủy ban nhân dân".to_string())]);
///
/// // Without context, both readings of TUV are returned with their conditions.
/// let m = &find("X - TUV", &Context::new())[0];
/// assert!(m.expansion().is_none());
/// assert_eq!(m.candidates().len(), 2);
/// ```
pub fn find<'t>(text: &'t str, ctx: &Context) -> Vec<Mention<'t, 'static>> {
    Lexicon::builtin().find(text, ctx)
}

/// Like [`find`], over a document the caller already has (the recognizers of one text share
/// its [`Doc`]).
///
/// ```
/// use hanhchinh_abbrev::{find_in_doc, Context};
/// use hanhchinh_text::Doc;
///
/// let doc = Doc::new("Kỳ họp HĐND huyện và UB MTTQ xã");
/// let found: Vec<_> = find_in_doc(&doc, &Context::new()).iter().map(|m| m.text()).collect();
/// assert_eq!(found, ["HĐND", "UB MTTQ"]);
/// ```
pub fn find_in_doc<'t>(doc: &Doc<'t>, ctx: &Context) -> Vec<Mention<'t, 'static>> {
    Lexicon::builtin().find_in_doc(doc, ctx)
}

/// Like [`find`], over tokens the caller already has (`tokens` must be
/// `hanhchinh_text::tokenize(text)`, or a sub-slice of it, in order). Builds a [`Doc`] of them:
/// a caller with a `Doc` calls [`find_in_doc`].
pub fn find_in_tokens<'t>(
    text: &'t str,
    tokens: &[Token<'t>],
    ctx: &Context,
) -> Vec<Mention<'t, 'static>> {
    Lexicon::builtin().find_in_tokens(text, tokens, ctx)
}

/// Every candidate expansion of one abbreviation written exactly so (`UVBTVTU`, `HĐND`), from
/// the lexicon or by decomposition; empty when unknown. Never panics, never returns an empty
/// expansion.
///
/// ```
/// use hanhchinh_abbrev::expand;
/// let c = expand("UVBCHHU");
/// assert_eq!(c[0].expansion(), "Ủy viên Ban Chấp hành Huyện ủy");
/// assert_eq!(expand("TU").len(), 2);
/// assert!(expand("HNP").is_empty());
/// ```
pub fn expand(abbr: &str) -> Vec<Candidate> {
    Lexicon::builtin().expand(abbr)
}

fn is_sep(c: u8) -> bool {
    c == b'-' || c == b'/'
}

impl Lexicon {
    /// Finds the abbreviations of `text` (see [`find`]).
    ///
    /// Long texts are read in pieces cut at spaces (each a [`Doc`] of about 32 KiB, with a few
    /// hundred bytes of the text around it for the neighbours), so memory stays small whatever
    /// the size of `text`.
    pub fn find<'t, 'l>(&'l self, text: &'t str, ctx: &Context) -> Vec<Mention<'t, 'l>> {
        const CHUNK: usize = 32 * 1024;
        const AROUND: usize = 512;
        if text.len() <= CHUNK {
            return self.find_in_doc(&Doc::new(text), ctx);
        }
        let mut out = Vec::new();
        let mut from = 0;
        while from < text.len() {
            let to = space_at_or_after(text, from + CHUNK);
            let lo = space_at_or_before(text, from.saturating_sub(AROUND));
            let hi = space_at_or_after(text, to.saturating_add(AROUND));
            let Some(piece) = text.get(lo..hi) else {
                break;
            };
            let doc = Doc::new(piece);
            out.extend(
                self.find_in_doc(&doc, ctx)
                    .into_iter()
                    .map(|m| m.shifted(lo))
                    .filter(|m| m.start() >= from && m.start() < to),
            );
            from = to;
        }
        out
    }

    /// Finds the abbreviations over pre-computed tokens (see [`find_in_tokens`]).
    pub fn find_in_tokens<'t, 'l>(
        &'l self,
        text: &'t str,
        tokens: &[Token<'t>],
        ctx: &Context,
    ) -> Vec<Mention<'t, 'l>> {
        self.find_in_doc(&Doc::from_tokens(text, tokens.to_vec()), ctx)
    }

    /// Finds the abbreviations of a document (see [`find_in_doc`]).
    pub fn find_in_doc<'t, 'l>(&'l self, doc: &Doc<'t>, ctx: &Context) -> Vec<Mention<'t, 'l>> {
        let text = doc.text();
        let tokens = doc.tokens();
        let mut out = Vec::new();
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(t) = tokens.get(i) {
            let kind = t.kind();
            // Every pattern, compound and source tag starts with an all-caps word, except the
            // few listed mixed-case starts (`Hội LHPN`, `TTg`, `ThS`). The test reads the token's
            // first letter, not the Doc's case: in this loop over every token, a second stream
            // of 40-byte records (the Doc's facts) cost more than the scan itself.
            let first_upper = match t.text().as_bytes().first() {
                Some(&b) if b < 0x80 => b.is_ascii_uppercase(),
                _ => t.text().chars().next().is_some_and(char::is_uppercase),
            };
            let upper = first_upper && (t.is_uppercase() || self.is_mixed_start(t.text()));
            if !upper || !matches!(kind, TokenKind::Word | TokenKind::Code) {
                i += 1;
                continue;
            }
            if kind == TokenKind::Code && t.text().bytes().any(|b| b.is_ascii_digit()) {
                // A document symbol (`34-CT/TW`) or an identifier (`COVID-19`): its parts are
                // not abbreviation mentions.
                i += 1;
                continue;
            }
            if let Some((m, last)) = self.joined_mention(doc, i, ctx) {
                out.push(m);
                i = last + 1;
                continue;
            }
            let mut next_i = i + 1;
            let mut p = t.start();
            while p < t.end() {
                let part_end = if kind == TokenKind::Code {
                    bytes
                        .get(p..t.end())
                        .and_then(|s| s.iter().position(|&b| is_sep(b)))
                        .map_or(t.end(), |k| p + k)
                } else {
                    t.end()
                };
                if let Some((m, last_tok)) = self.match_at(text, tokens, i, p, part_end) {
                    let end = m.end;
                    // A rank abbreviation (`PGS`, `ThS`, `CN`) counts only before a dot or a
                    // capitalised word (`CN` is also Chủ nhật); an honorific (`Đ/c`) has no
                    // other reading.
                    let rank = match self.pattern_target(m.pattern) {
                        Some(Target::Rank(r)) => self.rank_at(r),
                        _ => None,
                    };
                    let next = tokens.get(last_tok + 1);
                    let rank_ok = bytes.get(end) == Some(&b'.')
                        || next.is_some_and(|n| n.kind() == TokenKind::Word && n.is_capitalized())
                        || rank.is_some_and(|r| r.kind() == RankKind::Honorific);
                    if rank.is_none() || rank_ok {
                        out.push(self.lexicon_mention(doc, i, last_tok, m, ctx));
                    }
                    next_i = next_i.max(last_tok + 1);
                    p = end;
                } else if let Some(m) = self.compound_mention(doc, p..part_end, i, ctx) {
                    out.push(m);
                    p = part_end;
                } else if let Some(m) = self.source_tag(doc, i, p..part_end, ctx) {
                    out.push(m);
                    p = part_end;
                } else {
                    p = part_end;
                }
                // Skip the separator.
                if p < t.end() && bytes.get(p).is_some_and(|&b| is_sep(b)) {
                    p += 1;
                }
            }
            i = next_i;
        }
        out
    }

    /// An anchored lexicon match at byte `p` (inside token `i`) that ends on a boundary:
    /// returns the match range (with its pattern) and the index of its last token.
    fn match_at(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        i: usize,
        p: usize,
        part_end: usize,
    ) -> Option<(RangeWithPattern, usize)> {
        let ac = self.automaton()?;
        let input = Input::new(text).range(p..).anchored(Anchored::Yes);
        if let Some(m) = ac.find(input) {
            if m.end() == part_end {
                return Some((
                    RangeWithPattern {
                        start: p,
                        end: m.end(),
                        pattern: m.pattern().as_usize(),
                    },
                    i,
                ));
            }
            if m.end() > part_end {
                // A pattern over several tokens (`UB MTTQ`, `Hội LHPN`): it must end on a token end.
                let mut j = i;
                while let Some(t) = tokens.get(j + 1) {
                    if t.start() >= m.end() {
                        break;
                    }
                    j += 1;
                }
                if tokens
                    .get(j)
                    .is_some_and(|t| t.end() == m.end() && t.kind() != TokenKind::Number)
                {
                    return Some((
                        RangeWithPattern {
                            start: p,
                            end: m.end(),
                            pattern: m.pattern().as_usize(),
                        },
                        j,
                    ));
                }
            }
        }
        let input = Input::new(text).range(p..part_end).anchored(Anchored::Yes);
        let m = ac.find(input)?;
        (m.end() == part_end).then_some((
            RangeWithPattern {
                start: p,
                end: m.end(),
                pattern: m.pattern().as_usize(),
            },
            i,
        ))
    }

    fn lexicon_mention<'t, 'l>(
        &'l self,
        doc: &Doc<'t>,
        first_tok: usize,
        last_tok: usize,
        m: RangeWithPattern,
        ctx: &Context,
    ) -> Mention<'t, 'l> {
        let written = doc.text().get(m.start..m.end).unwrap_or("");
        let target = self.pattern_target(m.pattern);
        let entry = match target {
            Some(Target::Entry(e)) => self.entry_at(e),
            _ => None,
        };
        match entry {
            Some(entry) => {
                let chosen = choose(entry.candidates(), ctx, doc, first_tok, last_tok, m.end);
                Mention::listed(m.start..m.end, written, entry, chosen)
            }
            None => {
                // A rank abbreviation (`PGS`, `ThS`).
                let rank = match target {
                    Some(Target::Rank(r)) => self.rank_at(r),
                    _ => None,
                };
                let cands = rank
                    .map(|r| {
                        vec![Candidate::new(
                            r.form().to_string(),
                            Condition::Always,
                            r.source().to_string(),
                        )]
                    })
                    .unwrap_or_default();
                let chosen = if cands.is_empty() { None } else { Some(0) };
                Mention {
                    span: m.start..m.end,
                    text: written,
                    category: Category::Rank,
                    origin: Origin::Lexicon,
                    candidates: Cow::Owned(cands),
                    chosen,
                    parts: Vec::new(),
                }
            }
        }
    }

    /// `(NTL)`: a parenthesised all-caps word made of the initials of a context unit name.
    fn source_tag<'t, 'l>(
        &'l self,
        doc: &Doc<'t>,
        i: usize,
        range: Range<usize>,
        ctx: &Context,
    ) -> Option<Mention<'t, 'l>> {
        if ctx.unit_names.is_empty() {
            return None;
        }
        let tokens = doc.tokens();
        let t = tokens.get(i)?;
        if t.span() != range || t.kind() != TokenKind::Word || !t.is_uppercase() {
            return None;
        }
        let open = i.checked_sub(1).and_then(|k| tokens.get(k))?;
        let close = tokens.get(i + 1)?;
        if !open.is_char('(')
            || !close.is_char(')')
            || open.end() != t.start()
            || close.start() != t.end()
        {
            return None;
        }
        let name = ctx.unit_names.iter().find(|n| initials(n) == t.text())?;
        Some(Mention {
            span: range,
            text: t.text(),
            category: Category::SourceTag,
            origin: Origin::SourceTag,
            candidates: Cow::Owned(vec![Candidate::new(
                name.clone(),
                Condition::Always,
                "REASON: parenthesised initials of a unit name of the context".to_string(),
            )]),
            chosen: Some(0),
            parts: Vec::new(),
        })
    }

    /// Every candidate of `abbr` (see [`expand`]).
    pub fn expand(&self, abbr: &str) -> Vec<Candidate> {
        if let Some(e) = self.entry(abbr) {
            return e.candidates().to_vec();
        }
        if let Some(r) = self.rank_by_abbr(abbr) {
            return vec![Candidate::new(
                r.form().to_string(),
                Condition::Always,
                r.source().to_string(),
            )];
        }
        match self.decompose(abbr) {
            Some(parts) => self.compound_candidates(&parts),
            None => Vec::new(),
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct RangeWithPattern {
    start: usize,
    end: usize,
    pattern: usize,
}

/// Initials of a unit name: `Nam Từ Liêm` -> `NTL`.
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}
