//! The address grammar: an address is cut into parts (at commas and the like), each part into
//! what lies below the commune (house numbers, streets, alleys, buildings, hamlets, groups),
//! which is skipped, and unit names, typed (`phường Phúc Xá`, `P.Phúc Xá`, `Ward 7`,
//! `Tân Bình District`) or bare (`Phúc Xá`), each with its candidates.
//!
//! Only exact and folded candidates are looked up here; misspellings are searched later, inside
//! the units that the rest of the address names (see `chain`).

use std::ops::Range;

use hanhchinh_text::{tokenize, Token, TokenKind};

use crate::keys::with_other_numeral;
use crate::keys::{
    is_name_token, match_type_word, name_key, push_token, push_token_key, Form, TypeSet,
    TypeWordStyle,
};
use crate::lookup::{Match, MatchKind, Query};
use crate::types::{Level, UnitType};
use crate::walk::Words;
use crate::Gazetteer;

use super::words::{below_commune, english_type, letter_number, number_key};

/// Longest name, in tokens, tried at one position.
pub(super) const MAX_NAME_WORDS: usize = 6;

/// Most candidates kept for one name (a bare `1` or `Tân Hòa` names dozens of units).
pub(super) const MAX_CANDIDATES: usize = 96;

/// Most name words read as one part: a longer run without a separator is no part of an
/// address; it is read in pieces of this many words, so that a long garbage line costs time
/// and memory in proportion to its length.
pub(super) const MAX_PART_WORDS: usize = 64;

/// Most unit names kept: the last ones written, since addresses go from the most specific unit
/// to the province (an address names four or five units at most; past twice this many, the
/// earliest are dropped).
pub(super) const MAX_SEGMENTS: usize = 16;

/// Prefix hits of the key and folded FSTs (reused buffers).
type Scratch = (Vec<(usize, u64)>, Vec<(usize, u64)>);

/// One unit name of an address, with its candidates.
#[derive(Debug, Clone)]
pub(crate) struct Segment<'g> {
    /// Exact and folded candidates (empty when the name is unknown: a misspelling, perhaps).
    pub(crate) matches: Vec<Match<'g>>,
    /// The types named by its type word (empty when bare).
    pub(crate) types: TypeSet,
    /// The type word does not fit: no unit of that type has the name, the candidates are of
    /// other types (`Tỉnh Phúc Xá`).
    pub(crate) contradicts: bool,
    /// The bytes of the name in the address (its folded form is computed only for the
    /// misspelling search).
    pub(crate) span: Range<usize>,
    /// For a typed name that matched nothing: the end of its part, when the part goes on after
    /// the name (a folded name can hold a word that reads as a type word: `lang quan`).
    pub(crate) rest_end: Option<usize>,
    /// Number of words of the name.
    pub(crate) words: usize,
}

impl Segment<'_> {
    /// The folded name.
    pub(crate) fn fold(&self, address: &str) -> String {
        name_key(address.get(self.span.clone()).unwrap_or(""), Form::Fold)
    }

    /// The folded words up to the end of the part, when there are more than the name's.
    pub(crate) fn rest_fold(&self, address: &str) -> Option<String> {
        let end = self.rest_end?;
        Some(name_key(address.get(self.span.start..end)?, Form::Fold))
    }

    /// Whether the segment was written with a type word.
    pub(crate) fn typed(&self) -> bool {
        !self.types.is_empty()
    }

    /// Whether a type word or the name's own candidates make it an administrative unit above
    /// the village.
    pub(crate) fn admin(&self) -> bool {
        self.types.types().any(|t| t.level() != Level::Village)
            || self
                .matches
                .iter()
                .any(|m| m.unit.level() != Level::Village)
    }
}

/// A parsed address.
#[derive(Debug, Default)]
pub(crate) struct Parsed<'g> {
    /// The unit names, in the order written (the most specific first, as Vietnamese addresses
    /// are written).
    pub(crate) segs: Vec<Segment<'g>>,
    /// Name words that were read as a house number, street, building or hamlet.
    pub(crate) skipped_words: usize,
    /// Some word was damaged (next to a replacement character from a lossy decoding).
    pub(crate) damaged: bool,
    /// Tests: the parts read as written (`typed_part_as_written`).
    #[cfg(test)]
    pub(super) as_written: usize,
}

/// One name token of a part.
pub(super) struct Item<'a> {
    pub(super) tok: Token<'a>,
    pub(super) text: &'a str,
    pub(super) kind: TokenKind,
    pub(super) ascii: bool,
    pub(super) dot_after: bool,
}

/// The folded words of a part, built on first use (a part written with diacritics whose names
/// are all found by their canonical keys is never folded).
#[derive(Default)]
struct FoldWords {
    words: Words,
    ready: bool,
    /// The whole address is written without diacritics.
    plain: bool,
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

/// Buffers reused across the parts of an address.
#[derive(Default)]
struct Bufs {
    kw: Words,
    fw: FoldWords,
    scratch: Scratch,
    /// The lower-cased first words of a part (the fast path), when a capital is not ASCII.
    lower: String,
    /// Bytes to reserve for the keys when the general path is first taken.
    reserve: usize,
    /// Tests: every part through the general path.
    general_only: bool,
}

/// The bytes of words `from..to` of a part.
pub(super) fn span_of(items: &[Item<'_>], from: usize, to: usize) -> Range<usize> {
    match (
        items.get(from),
        to.checked_sub(1).and_then(|t| items.get(t)),
    ) {
        (Some(a), Some(b)) if to > from => a.tok.start()..b.tok.end(),
        _ => 0..0,
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
        // Shortcut: the longest possible name (all the words) is usually the name.
        if to > from && to - from >= min_len.max(1) {
            let mut found = Vec::new();
            // An address written without diacritics cannot tell `Sa Pa` from `Sa Pả`: an exact
            // hit of an ASCII name is no better than a folded one (with diacritics elsewhere,
            // `Nga Thanh` is exact).
            let exact_kind = if fw.plain {
                MatchKind::Folded
            } else {
                MatchKind::Exact
            };
            match d.key_get_with_fold(all.as_bytes()) {
                Some((exact, folded)) => {
                    self.push_postings(Some(exact), types, exact_kind, &mut found);
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
            let exact_kind = if fw.plain {
                MatchKind::Folded
            } else {
                MatchKind::Exact
            };
            self.push_postings(exact, types, exact_kind, &mut found);
            self.push_postings(folded, types, MatchKind::Folded, &mut found);
            if !found.is_empty() {
                return Some((n, found));
            }
        }
        None
    }

    /// Parses an address (see the module documentation).
    pub(crate) fn parse_address<'g>(&'g self, address: &str) -> Parsed<'g> {
        self.parse_address_with(address, false)
    }

    pub(super) fn parse_address_with<'g>(
        &'g self,
        address: &str,
        general_only: bool,
    ) -> Parsed<'g> {
        let mut parsed = Parsed::default();
        let mut part: Vec<Item<'_>> = Vec::with_capacity(16);
        let mut bufs = Bufs {
            general_only,
            ..Bufs::default()
        };
        bufs.reserve = address.len().min(4096) + 8;
        bufs.fw.plain = address.is_ascii();
        // End of the last token, and whether it was a replacement character.
        let mut last_end = usize::MAX;
        let mut after_bad = false;
        for t in tokenize(address) {
            let touches = t.start() == last_end;
            let bad = t.text().contains('\u{FFFD}');
            last_end = t.end();
            if bad {
                // A word glued to a replacement character is damaged: it names nothing.
                if touches && part.last().is_some_and(|l| l.tok.end() == t.start()) {
                    part.pop();
                }
                parsed.damaged = true;
                after_bad = true;
                continue;
            }
            let glued_to_bad = after_bad && touches;
            after_bad = false;
            if is_name_token(&t) {
                if glued_to_bad {
                    after_bad = true;
                    continue;
                }
                if part.len() == MAX_PART_WORDS {
                    self.parse_part_bounded(address, &part, &mut bufs, &mut parsed);
                    part.clear();
                }
                part.push(Item {
                    tok: t,
                    text: t.text(),
                    kind: t.kind(),
                    ascii: t.text().is_ascii(),
                    dot_after: false,
                });
            } else if matches!(t.text(), "," | ";" | "|" | "(" | ")" | "\n" | "/") {
                self.parse_part_bounded(address, &part, &mut bufs, &mut parsed);
                part.clear();
            } else if t.text() == "." {
                if let Some(last) = part.last_mut() {
                    last.dot_after = true;
                }
            }
        }
        self.parse_part_bounded(address, &part, &mut bufs, &mut parsed);
        parsed
    }

    /// [`Self::parse_part`], then the earliest unit names dropped when there are more than
    /// twice [`MAX_SEGMENTS`] (amortized: each name is moved at most once).
    fn parse_part_bounded<'g>(
        &'g self,
        address: &str,
        items: &[Item<'_>],
        bufs: &mut Bufs,
        out: &mut Parsed<'g>,
    ) {
        self.parse_part(address, items, bufs, out);
        if out.segs.len() > 2 * MAX_SEGMENTS {
            let drop = out.segs.len() - MAX_SEGMENTS;
            out.segs.drain(..drop);
        }
    }

    /// Whether a unit type word (province, district or commune level; Vietnamese, abbreviated
    /// or English), or a letter-number code (`Q1`, `P12`, `F9`), starts at `pos`.
    fn admin_type_at(items: &[Item<'_>], kw: &Words, pos: usize) -> bool {
        let Some(it) = items.get(pos) else {
            return false;
        };
        if english_type(it.text, it.ascii).is_some() || letter_number(it.text).is_some() {
            return true;
        }
        if it.text == "F" || it.text == "f" {
            return it.dot_after;
        }
        let w = words_at(items, kw, pos);
        match match_type_word(w.words(), w.ascii(), true) {
            Some(m) => {
                let admin = m.types.types().any(|t| t.level() != Level::Village);
                let letter_ok = m.style != TypeWordStyle::Letter
                    || items.get(pos + m.len - 1).is_some_and(|i| i.dot_after)
                    || items
                        .get(pos + m.len)
                        .is_some_and(|i| i.kind == TokenKind::Number);
                admin && letter_ok
            }
            None => false,
        }
    }

    /// Cuts one comma-separated part into unit names and skipped phrases.
    fn parse_part<'g>(
        &'g self,
        address: &str,
        items: &[Item<'_>],
        bufs: &mut Bufs,
        out: &mut Parsed<'g>,
    ) {
        let n = items.len();
        if n == 0 {
            return;
        }
        if !bufs.general_only {
            if let Some(seg) =
                self.typed_part_as_written(address, items, &mut bufs.lower, bufs.fw.plain)
            {
                out.segs.push(seg);
                #[cfg(test)]
                {
                    out.as_written += 1;
                }
                return;
            }
        }
        let before = out.segs.len();
        let Bufs {
            kw,
            fw,
            scratch,
            reserve,
            ..
        } = bufs;
        kw.clear();
        kw.reserve(*reserve, 16);
        fw.ready = false;
        for it in items {
            kw.push_with(|b| push_token_key(&it.tok, b));
        }
        let kw = &*kw;
        let mut skipped_any = false;
        let mut pos = 0;
        // A part that starts with a number followed by words is a house number and a street
        // (`12 Nguyễn Trãi`, `12/3 Lê Lợi`): skip to the first type word.
        if n > 1
            && items
                .first()
                .is_some_and(|i| matches!(i.kind, TokenKind::Number | TokenKind::Code))
            && letter_number(items.first().map_or("", |i| i.text)).is_none()
            && items.get(1).is_some_and(|i| {
                i.kind == TokenKind::Word && english_type(i.text, i.ascii).is_none()
            })
        {
            let end = (1..n)
                .find(|&k| Self::admin_type_at(items, kw, k))
                .unwrap_or(n);
            out.skipped_words += end;
            skipped_any = true;
            pos = end;
        }
        while pos < n {
            let rest = items.get(pos..).unwrap_or(&[]);
            let Some(first) = rest.first() else { break };
            let w = words_at(items, kw, pos);
            let key = kw.slice(pos, pos + 1);
            // A type word (Vietnamese or abbreviated) and the name after it.
            let mut typed: Option<(usize, Segment<'g>)> = None;
            if let Some(m) = match_type_word(w.words(), w.ascii(), true) {
                let letter_ok = m.style != TypeWordStyle::Letter
                    || rest.get(m.len - 1).is_some_and(|i| i.dot_after)
                    || rest.get(m.len).is_some_and(|i| i.kind == TokenKind::Number);
                // `tỉnh lộ 5` is a road.
                let road = key == "tỉnh" && kw.slice(pos + 1, pos + 2) == "lộ";
                let avail = rest.len().saturating_sub(m.len).min(MAX_NAME_WORDS);
                if letter_ok && !road && avail > 0 {
                    typed = Some(self.typed_name(items, kw, fw, pos, m.len, m.types, scratch));
                }
            } else if let Some(ty) = english_type(first.text, first.ascii) {
                // `Ward 7`, `District 5`, `Province Long An`.
                if rest.len() > 1 {
                    typed = Some(self.typed_name(items, kw, fw, pos, 1, ty, scratch));
                }
            } else if let Some((types, num)) = letter_number(first.text) {
                typed = Some((
                    1,
                    self.number_segment(types, num, span_of(items, pos, pos + 1)),
                ));
            } else if (first.text == "F" || first.text == "f")
                && first.dot_after
                && rest.get(1).is_some_and(|i| i.kind == TokenKind::Number)
            {
                let num = rest.get(1).map_or("", |i| i.text);
                let ty = TypeSet::of(&[UnitType::Phuong]);
                typed = Some((
                    2,
                    self.number_segment(ty, num, span_of(items, pos + 1, pos + 2)),
                ));
            }
            if let Some((len, seg)) = &typed {
                let village_miss = seg.matches.is_empty()
                    && seg.types.types().all(|t| t.level() == Level::Village);
                // A folded word read as a type word before a name with an English type word
                // after it (`Quan Hoa Ward`: Quan Hoa is the name) when the typed reading finds
                // nothing.
                let english_after = seg.matches.is_empty()
                    && (1..rest.len().min(MAX_NAME_WORDS + 1)).any(|k| {
                        rest.get(k)
                            .and_then(|i| english_type(i.text, i.ascii))
                            .is_some()
                    });
                if !village_miss && !english_after {
                    let len = *len;
                    if let Some((_, seg)) = typed {
                        out.segs.push(seg);
                    }
                    pos += len.max(1);
                    continue;
                }
                // A hamlet or group unknown to the gazetteer: skipped below.
            }
            // A name followed by an English type word (`1 Ward`, `Tân Bình District`).
            if let Some(k) = (1..rest.len().min(MAX_NAME_WORDS + 1)).find(|&k| {
                rest.get(k)
                    .and_then(|i| english_type(i.text, i.ascii))
                    .is_some()
            }) {
                let ty = rest
                    .get(k)
                    .and_then(|i| english_type(i.text, i.ascii))
                    .unwrap_or(TypeSet::EMPTY);
                let plain = (0..k).all(|j| j == 0 || !Self::admin_type_at(items, kw, pos + j));
                if plain {
                    let seg = if k == 1 && first.kind == TokenKind::Number {
                        self.number_segment(ty, first.text, span_of(items, pos, pos + 1))
                    } else {
                        let typed = self.names_at(items, kw, fw, pos, k, k, ty, scratch);
                        let (matches, contradicts) = match typed {
                            Some((_, m)) => (m, false),
                            None => match self.names_at(
                                items,
                                kw,
                                fw,
                                pos,
                                k,
                                k,
                                TypeSet::EMPTY,
                                scratch,
                            ) {
                                Some((_, m)) => (m, true),
                                None => (Vec::new(), false),
                            },
                        };
                        Segment {
                            matches,
                            types: ty,
                            contradicts,
                            span: span_of(items, pos, pos + k),
                            rest_end: None,
                            words: k,
                        }
                    };
                    out.segs.push(seg);
                    pos += k + 1;
                    continue;
                }
            }
            // A bare name: one word only when it is the whole part (`Huế`, `Hanoi`).
            let min_len = if n == 1 { 1 } else { 2 };
            let bare = self.names_at(
                items,
                kw,
                fw,
                pos,
                MAX_NAME_WORDS,
                min_len,
                TypeSet::EMPTY,
                scratch,
            );
            if let Some((len, mut matches)) = bare {
                // An English type word after the name restricts it (`Tân Bình District`).
                let mut types = TypeSet::EMPTY;
                let mut contradicts = false;
                let mut covered = len;
                if let Some(ty) = rest.get(len).and_then(|i| english_type(i.text, i.ascii)) {
                    types = ty;
                    covered += 1;
                    let fitting: Vec<Match<'g>> = matches
                        .iter()
                        .copied()
                        .filter(|m| ty.contains(m.unit.unit_type()))
                        .collect();
                    if fitting.is_empty() {
                        contradicts = true;
                    } else {
                        matches = fitting;
                    }
                }
                matches.truncate(MAX_CANDIDATES);
                out.segs.push(Segment {
                    matches,
                    types,
                    contradicts,
                    span: span_of(items, pos, pos + len),
                    rest_end: None,
                    words: len,
                });
                pos += covered;
                continue;
            }
            if typed.is_some() || below_commune(first.text, first.ascii, first.kind, key) {
                // Below the commune: up to the next type word of a unit.
                let end = (pos + 1..n)
                    .find(|&k| Self::admin_type_at(items, kw, k))
                    .unwrap_or(n);
                out.skipped_words += end - pos;
                skipped_any = true;
                pos = end;
                continue;
            }
            pos += 1;
        }
        if out.segs.len() == before && !skipped_any && n <= MAX_NAME_WORDS {
            // Nothing known in a part of a few words: perhaps a misspelt name (searched later).
            out.segs.push(Segment {
                matches: Vec::new(),
                types: TypeSet::EMPTY,
                contradicts: false,
                span: span_of(items, 0, n),
                rest_end: None,
                words: n,
            });
        }
    }

    /// The name after a type word of `tw_len` words at `pos`: the longest name of one of the
    /// types; else, when the rest of the part names units of other types, those (marked as
    /// contradicting the type word); else an unknown name (a misspelling, perhaps) up to the
    /// next type word. Returns the words covered (type word included) and the segment.
    #[allow(clippy::too_many_arguments)]
    fn typed_name<'g>(
        &'g self,
        items: &[Item<'_>],
        kw: &Words,
        fw: &mut FoldWords,
        pos: usize,
        tw_len: usize,
        types: TypeSet,
        scratch: &mut Scratch,
    ) -> (usize, Segment<'g>) {
        let from = pos + tw_len;
        let avail = items.len().saturating_sub(from).min(MAX_NAME_WORDS);
        // The name runs at most to the next type word.
        let found = self.names_at(items, kw, fw, from, avail, 1, types, scratch);
        let limit = if found.as_ref().is_some_and(|f| f.0 >= avail) {
            avail
        } else {
            (from + 1..from + avail)
                .find(|&k| Self::admin_type_at(items, kw, k))
                .map_or(avail, |k| k - from)
        };
        // The whole run with its numeral written the other way (`xã Tam Xuân 1` for the table's
        // `Tam Xuân I`): before a shorter name or a misspelling (`Hòa Tú I` is `Hòa Tú 1`, not
        // `Hòa Tú II` one edit away).
        let other_numeral = |fw: &mut FoldWords| {
            let key = with_other_numeral(kw.slice(from, from + limit))?;
            let fold = with_other_numeral(fw.get(items).slice(from, from + limit))?;
            let mut m = Vec::new();
            self.lookup_query(
                &Query {
                    types,
                    key,
                    fold,
                    words: limit,
                },
                &mut m,
            );
            (!m.is_empty()).then_some(m)
        };
        let numeral = match &found {
            Some((len, _)) if *len >= limit || limit > 4 => None,
            _ => other_numeral(fw),
        };
        // A name that stops before the next type word may be a misspelling of a longer one.
        let (len, matches, contradicts) = match (numeral, found) {
            (Some(m), _) => (limit, m, false),
            (None, found) => match found {
                Some((len, m)) if len >= limit || limit > 4 => (len, m, false),
                Some((len, m)) => {
                    // The whole run up to the next type word is not a name: a misspelling of it
                    // (`Dư Hàng Kên` for `Dư Hàng Kênh`) is better than a shorter exact prefix.
                    let fold = fw.get(items).slice(from, from + limit).to_string();
                    let q = Query {
                        types,
                        key: fold.clone(),
                        fold,
                        words: limit,
                    };
                    let mut fuzzy = Vec::new();
                    self.fuzzy_into(&q, &mut fuzzy);
                    if fuzzy.is_empty() {
                        (len, m, false)
                    } else {
                        (limit, fuzzy, false)
                    }
                }
                // Units of other types with exactly this name (`Tỉnh Phúc Xá`): kept, marked.
                None => {
                    match self.names_at(items, kw, fw, from, limit, limit, TypeSet::EMPTY, scratch)
                    {
                        Some((len, m)) => (len, m, true),
                        None => (limit, Vec::new(), false),
                    }
                }
            },
        };
        let mut matches = matches;
        matches.truncate(MAX_CANDIDATES);
        let rest_end =
            (matches.is_empty() && avail > len).then(|| span_of(items, from, from + avail).end);
        let seg = Segment {
            matches,
            types,
            contradicts,
            span: span_of(items, from, from + len),
            rest_end,
            words: len,
        };
        (tw_len + len, seg)
    }

    /// `Quận 1`, `Q1`, `P.12`, `F9`: a number after a one-letter type.
    fn number_segment<'g>(&'g self, types: TypeSet, num: &str, span: Range<usize>) -> Segment<'g> {
        let key = number_key(num);
        let q = Query {
            types,
            key: key.clone(),
            fold: key.clone(),
            words: 1,
        };
        let mut matches = Vec::new();
        self.lookup_query(&q, &mut matches);
        Segment {
            matches,
            types,
            contradicts: false,
            span,
            rest_end: None,
            words: 1,
        }
    }
}

/// The keys of the (up to three) words at `pos`, and whether each is ASCII.
struct WordsAt<'k> {
    words: [&'k str; 3],
    ascii: [bool; 3],
    n: usize,
}

impl<'k> WordsAt<'k> {
    fn words(&self) -> &[&'k str] {
        self.words.get(..self.n).unwrap_or(&[])
    }

    fn ascii(&self) -> &[bool] {
        self.ascii.get(..self.n).unwrap_or(&[])
    }
}

fn words_at<'k>(items: &[Item<'_>], kw: &'k Words, pos: usize) -> WordsAt<'k> {
    let n = items.len().saturating_sub(pos).min(3);
    let mut w = WordsAt {
        words: [""; 3],
        ascii: [false; 3],
        n,
    };
    for k in 0..n {
        if let (Some(x), Some(a)) = (w.words.get_mut(k), w.ascii.get_mut(k)) {
            *x = kw.slice(pos + k, pos + k + 1);
            *a = items.get(pos + k).is_some_and(|i| i.ascii);
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::{MAX_PART_WORDS, MAX_SEGMENTS};
    use crate::Gazetteer;

    /// A long line without separators, dense with unit names, keeps at most twice
    /// `MAX_SEGMENTS` names and still reads the last address written in it.
    #[test]
    fn a_long_garbage_line_keeps_a_bounded_number_of_names() {
        let g = Gazetteer::default();
        let junk = "UBND HĐND TP. HCM Q.1 P.12 TT-BTC UBMTTQ VN Đ/c ".repeat(2_000);
        let parsed = g.parse_address(&junk);
        assert!(
            parsed.segs.len() <= 2 * MAX_SEGMENTS,
            "{}",
            parsed.segs.len()
        );
        let address = format!("{junk}, phường Vĩnh Niệm, quận Lê Chân, Hải Phòng");
        let on = jiff::civil::date(2026, 1, 1);
        let plain = g.convert("phường Vĩnh Niệm, quận Lê Chân, Hải Phòng", on);
        let long = g.convert(&address, on);
        let codes = |c: &crate::Conversion<'_>| -> Vec<String> {
            c.successors
                .iter()
                .map(|s| s.unit.code().to_string())
                .collect()
        };
        assert_eq!(codes(&long), codes(&plain));
        assert!(!codes(&plain).is_empty());
    }

    /// A run of name words longer than `MAX_PART_WORDS` is read in pieces: its names are
    /// found as in shorter parts.
    #[test]
    fn a_part_longer_than_the_cap_is_read_in_pieces() {
        let g = Gazetteer::default();
        let words = "xyz ".repeat(MAX_PART_WORDS * 3);
        let parsed = g.parse_address(&format!(
            "{words} phường Vĩnh Niệm, quận Lê Chân, Hải Phòng"
        ));
        assert!(!parsed.segs.is_empty());
    }
}
