//! Scanning text for abbreviations: lexicon entries (aho-corasick, anchored at token starts),
//! compounds decomposed by a small grammar, and parenthesised source tags.

use std::borrow::Cow;
use std::ops::Range;

use aho_corasick::{Anchored, Input};
use hanhchinh_text::{tokenize, Token, TokenKind};

use crate::context::{Context, ProvinceKind};
use crate::lexicon::{Candidate, Category, Condition, Entry, Lexicon, Part};

/// How a mention was recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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
    /// Byte range in the original input.
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }
    /// Byte offset of the start.
    pub fn start(&self) -> usize {
        self.span.start
    }
    /// Byte offset just past the end.
    pub fn end(&self) -> usize {
        self.span.end
    }
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

/// Like [`find`], over tokens the caller already has (`tokens` must be
/// `hanhchinh_text::tokenize(text)`, or a sub-slice of it, in order).
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

/// Words after `HN` (or before it) that make it `Hội nghị`.
const CONFERENCE_NEXT: &[&str] = &[
    "tổng",
    "sơ",
    "triển",
    "giao",
    "trực",
    "toàn",
    "lần",
    "thường",
    "chuyên",
    "tập",
    "quán",
    "học",
    "đại",
    "cán",
    "ban",
    "bch",
    "lấy",
    "đối",
    "thông",
    "biểu",
];
const CONFERENCE_PREV: &[&str] = &["mạc", "dự", "chức", "trì", "họp"];
const PLACE_PREV: &[&str] = &["tp", "thủ", "phố", "đô"];

impl Lexicon {
    /// Finds the abbreviations of `text` (see [`find`]).
    ///
    /// The tokens are produced and scanned in chunks (with an overlap wider than any match and
    /// its neighbours), so memory stays small whatever the size of `text`.
    pub fn find<'t, 'l>(&'l self, text: &'t str, ctx: &Context) -> Vec<Mention<'t, 'l>> {
        const CHUNK: usize = 4096;
        const OVERLAP: usize = 16;
        let mut tokens = tokenize(text);
        let mut buf: Vec<Token<'t>> = Vec::with_capacity(CHUNK);
        let mut out = Vec::new();
        let mut emitted_until = 0;
        loop {
            buf.extend(tokens.by_ref().take(CHUNK - buf.len()));
            let done = buf.len() < CHUNK;
            let limit_idx = if done { buf.len() } else { buf.len() - OVERLAP };
            let limit = buf.get(limit_idx).map_or(usize::MAX, Token::start);
            out.extend(
                self.find_in_tokens(text, &buf, ctx)
                    .into_iter()
                    .filter(|m| m.start() >= emitted_until && m.start() < limit),
            );
            if done {
                break;
            }
            emitted_until = limit;
            buf.drain(..limit_idx - OVERLAP);
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
        let mut out = Vec::new();
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(t) = tokens.get(i) {
            let kind = t.kind();
            let first_upper = t.text().chars().next().is_some_and(char::is_uppercase);
            if !first_upper || !matches!(kind, TokenKind::Word | TokenKind::Code) {
                i += 1;
                continue;
            }
            // Every pattern, compound and source tag starts with an all-caps word, except the
            // few listed mixed-case starts (`Hội LHPN`, `TTg`, `ThS`).
            if !t.is_uppercase() && !self.is_mixed_start(t.text()) {
                i += 1;
                continue;
            }
            if kind == TokenKind::Code && t.text().bytes().any(|b| b.is_ascii_digit()) {
                // A document symbol (`34-CT/TW`) or an identifier (`COVID-19`): its parts are
                // not abbreviation mentions.
                i += 1;
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
                    // capitalised word (`CN` is also Chủ nhật).
                    let is_rank = self.pattern_entry(m.pattern).is_none();
                    let next = tokens.get(last_tok + 1);
                    let rank_ok = bytes.get(end) == Some(&b'.')
                        || next.is_some_and(|n| n.kind() == TokenKind::Word && n.is_capitalized());
                    if !is_rank || rank_ok {
                        out.push(self.lexicon_mention(text, tokens, i, last_tok, m, ctx));
                    }
                    next_i = next_i.max(last_tok + 1);
                    p = end;
                } else if let Some(m) = self.compound_mention(text, p..part_end, tokens, i, ctx) {
                    out.push(m);
                    p = part_end;
                } else if let Some(m) = self.source_tag(text, tokens, i, p..part_end, ctx) {
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
        text: &'t str,
        tokens: &[Token<'t>],
        first_tok: usize,
        last_tok: usize,
        m: RangeWithPattern,
        ctx: &Context,
    ) -> Mention<'t, 'l> {
        let written = text.get(m.start..m.end).unwrap_or("");
        match self.pattern_entry(m.pattern).and_then(|e| self.entry_at(e)) {
            Some(entry) => {
                let chosen = choose(
                    entry.candidates(),
                    ctx,
                    text,
                    tokens,
                    first_tok,
                    last_tok,
                    m.end,
                );
                Mention {
                    span: m.start..m.end,
                    text: written,
                    category: entry.category(),
                    origin: Origin::Lexicon,
                    candidates: Cow::Borrowed(entry.candidates()),
                    chosen,
                    parts: Vec::new(),
                }
            }
            None => {
                // A rank abbreviation (`PGS`, `ThS`).
                let cands = self
                    .rank_by_abbr(written)
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

    /// Decomposes an unknown all-caps word into lexicon parts (`UVBCHHU`).
    fn compound_mention<'t, 'l>(
        &'l self,
        text: &'t str,
        range: Range<usize>,
        tokens: &[Token<'t>],
        i: usize,
        ctx: &Context,
    ) -> Option<Mention<'t, 'l>> {
        let word = text.get(range.clone())?;
        let parts = self.decompose(word)?;
        let cands = self.compound_candidates(&parts);
        if cands.is_empty() {
            return None;
        }
        let chosen = choose(&cands, ctx, text, tokens, i, i, range.end);
        Some(Mention {
            span: range,
            text: word,
            category: Category::Title,
            origin: Origin::Compound,
            candidates: Cow::Owned(cands),
            chosen,
            parts: parts.iter().map(|e| e.abbr()).collect(),
        })
    }

    /// `(NTL)`: a parenthesised all-caps word made of the initials of a context unit name.
    fn source_tag<'t, 'l>(
        &'l self,
        _text: &'t str,
        tokens: &[Token<'t>],
        i: usize,
        range: Range<usize>,
        ctx: &Context,
    ) -> Option<Mention<'t, 'l>> {
        if ctx.unit_names.is_empty() {
            return None;
        }
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

    fn compound_candidates(&self, parts: &[&Entry]) -> Vec<Candidate> {
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

/// Initials of a unit name: `Nam Từ Liêm` -> `NTL`.
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}

fn key_of(t: Option<&Token<'_>>) -> Option<String> {
    t.map(|t| t.key().into_owned())
}

/// Picks the candidate that the context and the neighbours decide, if any.
pub(crate) fn choose(
    cands: &[Candidate],
    ctx: &Context,
    text: &str,
    tokens: &[Token<'_>],
    first_tok: usize,
    last_tok: usize,
    end: usize,
) -> Option<usize> {
    if cands.len() == 1 {
        return Some(0);
    }
    let wanted = |c: Condition| cands.iter().position(|x| x.condition() == c);
    match ctx.province_kind {
        ProvinceKind::CentralCity => {
            if let Some(i) = wanted(Condition::CentralCity) {
                return Some(i);
            }
        }
        ProvinceKind::Province => {
            if let Some(i) = wanted(Condition::Province) {
                return Some(i);
            }
        }
        ProvinceKind::Unknown => {}
    }
    let next = tokens.get(last_tok + 1);
    let next2 = tokens.get(last_tok + 2);
    let prev = first_tok.checked_sub(1).and_then(|k| tokens.get(k));
    // `TP.`, `TP.HCM`, `công an TP,`: the city. `Trưởng phòng` stands before the name of its
    // department (a capitalised word), so only then do both readings remain.
    if wanted(Condition::Place).is_some() && wanted(Condition::Title).is_some() {
        let dot = text.as_bytes().get(end) == Some(&b'.');
        let hcm = next.is_some_and(|t| t.text() == "HCM")
            || (dot && next2.is_some_and(|t| t.text() == "HCM"));
        let before_name = next.is_some_and(|t| t.kind() == TokenKind::Word && t.is_capitalized());
        if dot || hcm || !before_name {
            return wanted(Condition::Place);
        }
        return None;
    }
    if wanted(Condition::Conference).is_some() && wanted(Condition::Place).is_some() {
        let nk = key_of(next);
        let pk = key_of(prev);
        if nk.as_deref().is_some_and(|k| CONFERENCE_NEXT.contains(&k))
            || pk.as_deref().is_some_and(|k| CONFERENCE_PREV.contains(&k))
        {
            return wanted(Condition::Conference);
        }
        if pk.as_deref().is_some_and(|k| PLACE_PREV.contains(&k)) {
            return wanted(Condition::Place);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    #![allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )]

    use super::*;

    fn found(text: &str, ctx: &Context) -> Vec<(String, Option<String>)> {
        find(text, ctx)
            .iter()
            .map(|m| (m.text().to_string(), m.expansion().map(str::to_string)))
            .collect()
    }

    fn one(text: &str, ctx: &Context) -> (String, Option<String>) {
        let f = found(text, ctx);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        f.into_iter().next().unwrap()
    }

    #[test]
    fn chunked_find_equals_one_pass() {
        let ctx = Context::new()
            .province_kind(ProvinceKind::Province)
            .unit_name("Nam Từ Liêm");
        let piece =
            "(NTL) UB MTTQ, HĐND - UBND; đ/c A - UVBTVTU-Trưởng Ban; KT-XH, TP. HN tổng kết ";
        let mut text = String::new();
        // Pieces of varying length so that chunk borders fall everywhere.
        for i in 0..900 {
            text.push_str(piece);
            text.push_str(&"x ".repeat(i % 7));
        }
        let tokens: Vec<Token<'_>> = tokenize(&text).collect();
        assert!(tokens.len() > 4 * 4096);
        let one: Vec<_> = Lexicon::builtin()
            .find_in_tokens(&text, &tokens, &ctx)
            .iter()
            .map(|m| (m.span(), m.expansion().map(str::to_string)))
            .collect();
        let chunked: Vec<_> = find(&text, &ctx)
            .iter()
            .map(|m| (m.span(), m.expansion().map(str::to_string)))
            .collect();
        assert_eq!(one.len(), chunked.len());
        assert!(one == chunked);
    }

    #[test]
    fn tp_dot_is_the_city_tp_alone_is_undecided() {
        let ctx = Context::new();
        assert_eq!(
            one("tại TP. Hải Phòng", &ctx).1.as_deref(),
            Some("Thành phố")
        );
        let f = found("TP.HCM", &ctx);
        assert_eq!(f[0].1.as_deref(), Some("Thành phố"));
        assert_eq!(f[1].1.as_deref(), Some("Hồ Chí Minh"));
        assert_eq!(
            one("công an TP trước đó", &ctx).1.as_deref(),
            Some("Thành phố")
        );
        assert_eq!(
            one("hđnd TP thông qua", &ctx).1.as_deref(),
            Some("Thành phố")
        );
        assert_eq!(found("về TP .HCM", &ctx)[0].1.as_deref(), Some("Thành phố"));
        let m = &find("ông A, TP Tổ chức", &ctx)[0];
        assert!(m.expansion().is_none());
        let conds: Vec<_> = m
            .candidates()
            .iter()
            .map(|c| (c.expansion(), c.condition()))
            .collect();
        assert_eq!(
            conds,
            [
                ("Trưởng phòng", Condition::Title),
                ("Thành phố", Condition::Place)
            ]
        );
    }

    #[test]
    fn hn_by_neighbours() {
        let ctx = Context::new();
        assert_eq!(
            one("lan tỏa tại HN tổng kết phong trào", &ctx).1.as_deref(),
            Some("Hội nghị")
        );
        assert_eq!(one("khai mạc HN", &ctx).1.as_deref(), Some("Hội nghị"));
        assert_eq!(one("Thủ đô HN", &ctx).1.as_deref(), Some("Hà Nội"));
        assert_eq!(one("ở HN có mưa", &ctx).1, None);
        assert_eq!(find("ở HN có mưa", &ctx)[0].candidates().len(), 2);
    }

    #[test]
    fn province_kind_decides_tu_family() {
        let city = Context::new().province_kind(ProvinceKind::CentralCity);
        let prov = Context::new().province_kind(ProvinceKind::Province);
        assert_eq!(
            one("BTVTU", &city).1.as_deref(),
            Some("Ban Thường vụ Thành ủy")
        );
        assert_eq!(
            one("BTVTU", &prov).1.as_deref(),
            Some("Ban Thường vụ Tỉnh ủy")
        );
        assert_eq!(
            one("đ/c A - UVBTVTU", &prov).1.as_deref(),
            Some("Ủy viên Ban Thường vụ Tỉnh ủy")
        );
        // A compound that is not listed, decomposed, with the condition of its TU part.
        let m = &find("A - UVBCHTU", &Context::new())[0];
        assert_eq!(m.origin(), Origin::Compound);
        assert_eq!(m.parts(), ["UV", "BCH", "TU"]);
        assert!(m.expansion().is_none());
        assert_eq!(m.candidates()[1].condition(), Condition::Province);
        assert_eq!(
            one("A - UVBCHTU", &prov).1.as_deref(),
            Some("Ủy viên Ban Chấp hành Tỉnh ủy")
        );
    }

    #[test]
    fn code_tokens_parts_but_not_document_symbols() {
        let ctx = Context::new();
        assert_eq!(
            found("UBND-HĐND phường", &ctx),
            [
                ("UBND".to_string(), Some("Ủy ban nhân dân".to_string())),
                ("HĐND".to_string(), Some("Hội đồng nhân dân".to_string()))
            ]
        );
        assert_eq!(
            one("phát triển KT-XH", &ctx).1.as_deref(),
            Some("Kinh tế - xã hội")
        );
        assert!(found("Chỉ thị số 34-CT/TW và 1234/QĐ-UBND, COVID-19", &ctx).is_empty());
        // TW alone is an abbreviation.
        assert_eq!(
            one("các cơ quan của TW", &ctx).1.as_deref(),
            Some("Trung ương")
        );
    }

    #[test]
    fn case_and_boundaries() {
        let ctx = Context::new();
        // Inside words, lower case, unknown compounds: nothing.
        for s in [
            "HNP - Chiều 21/1",
            "Đài TT TH Huyện",
            "hđnd",
            "CAO",
            "UBNDX",
            "THPTs",
            "Trường",
        ] {
            assert!(found(s, &ctx).is_empty(), "{s}: {:?}", found(s, &ctx));
        }
        assert_eq!(one("UB MTTQ Việt Nam quận", &ctx).0, "UB MTTQ");
        assert_eq!(
            one("UB\u{a0}MTTQ quận", &ctx).1.as_deref(),
            Some("Ủy ban Mặt trận Tổ quốc")
        );
        assert_eq!(one("Ủy ban MTTQ Việt Nam", &ctx).0, "MTTQ");
        assert_eq!(
            one("Hội LHPN xã", &ctx).1.as_deref(),
            Some("Hội Liên hiệp Phụ nữ")
        );
        assert!(found("Hội nghị Hội Nông dân", &ctx).is_empty());
    }

    #[test]
    fn ranks_and_source_tags() {
        let ctx = Context::new().unit_name("Nam Từ Liêm");
        let f = found("PGS.TS. Nguyễn Văn A; (NTL) Sáng nay; NTL", &ctx);
        assert_eq!(
            f,
            [
                ("PGS".to_string(), Some("Phó Giáo sư".to_string())),
                ("TS".to_string(), Some("Tiến sĩ".to_string())),
                ("NTL".to_string(), Some("Nam Từ Liêm".to_string())),
            ]
        );
        assert_eq!(find("(NTL)", &ctx)[0].category(), Category::SourceTag);
        assert_eq!(one("ThS Lê Văn B", &ctx).1.as_deref(), Some("Thạc sĩ"));
        assert!(found("Thứ bảy, CN, ngày lễ", &ctx).is_empty());
        assert!(found("(NTL)", &Context::new()).is_empty());
    }
}
