//! Scanning running text for mentions of administrative units.

use std::collections::HashMap;
use std::ops::Range;

use hanhchinh_text::{tokenize, Token, TokenKind};

use crate::keys::{
    fold_packed, is_type_first_fold, match_type_word, push_token_key, split_letter_number, Packed,
    TypeSet, TypeWordStyle,
};
use crate::lookup::{MatchKind, Reason, Resolution, Resolved};
use crate::types::{Level, UnitType};
use crate::unit::Unit;
use crate::walk::Words;
use crate::Date;
use crate::Gazetteer;

/// Longest name, in tokens, tried after a type word.
const MAX_NAME_WORDS: usize = 6;

/// Options of [`Gazetteer::find_in_with`].
#[derive(Debug, Clone, Copy)]
pub struct FindOptions {
    /// Also report names without a type word (default: true). A bare name is reported only if it
    /// has at least two syllables and either repeats the name of a unit mentioned with its type
    /// word elsewhere in the same text (`quận Lê Chân` … `Lê Chân`), or is a province name.
    pub bare_names: bool,
    /// The date of the text, if known: versions valid then are preferred (when `None`, those
    /// valid on [`Gazetteer::latest_date`]).
    pub as_of: Option<Date>,
}

impl Default for FindOptions {
    fn default() -> FindOptions {
        FindOptions {
            bare_names: true,
            as_of: None,
        }
    }
}

/// One mention of a unit in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention<'t, 'g> {
    /// Byte span in the original text (type word included when present).
    pub span: Range<usize>,
    /// The mention as written (`Quận NamTừ Liêm`, `TP.HCM`).
    pub text: &'t str,
    /// Byte span of the name alone.
    pub name_span: Range<usize>,
    /// The types named by the type word, if there is one (`thành phố` names two).
    pub unit_types: Vec<UnitType>,
    /// The unit, or the candidates left after using the other mentions as context.
    pub resolution: Resolution<'g>,
}

impl<'g> Mention<'_, 'g> {
    /// The resolved unit, if there is one.
    pub fn unit(&self) -> Option<Unit<'g>> {
        self.resolution.unit()
    }

    /// Whether the mention had a type word (`quận Ba Đình`) rather than a bare name.
    pub fn is_typed(&self) -> bool {
        !self.unit_types.is_empty()
    }
}

/// A mention before resolution.
struct Raw<'g> {
    span: Range<usize>,
    name_span: Range<usize>,
    types: TypeSet,
    key: String,
    cands: Vec<(Unit<'g>, MatchKind)>,
}

/// A capitalised run that may be a bare name: its name prefixes, longest first.
struct BareRun {
    hits: Vec<BareHit>,
}

struct BareHit {
    span: Range<usize>,
    key: String,
    value: u64,
    /// Not excluded and not alone on its line: may be taken as a province name.
    province_ok: bool,
}

/// Whether a token can start or continue a name in running text.
fn is_name_word(t: &Token<'_>, upper_context: bool) -> bool {
    match t.kind() {
        TokenKind::Word | TokenKind::Code => {
            t.is_capitalized() || (upper_context && t.is_uppercase())
        }
        _ => false,
    }
}

/// Only white space (or a spaced hyphen, as in `Bà Rịa - Vũng Tàu`) between two tokens.
fn joinable(text: &str, a: &Token<'_>, b: &Token<'_>) -> bool {
    let Some(gap) = text.get(a.end()..b.start()) else {
        return false;
    };
    if gap.contains('\n') {
        return false;
    }
    gap.chars().all(char::is_whitespace) || gap.trim() == "-" && gap.len() > 1
}

/// Bare province names that are also (far more often) a person's name in running text: "Chủ
/// tịch Hồ Chí Minh". The city is written `TP.HCM` or `Thành phố Hồ Chí Minh` (typed) instead.
const BARE_EXCLUDED: &[&str] = &["hồ chí minh"];

/// Whether tokens `i..stop` are all of their line: a bare province name alone on a line is a
/// by-line (the author's name, e.g. `Thái Bình` under a news page), not a place.
fn alone_on_line(text: &str, tokens: &[Token<'_>], i: usize, stop: usize) -> bool {
    let (Some(a), Some(b)) = (
        tokens.get(i),
        stop.checked_sub(1).and_then(|s| tokens.get(s)),
    ) else {
        return false;
    };
    let before = text.get(..a.start()).unwrap_or("");
    let after = text.get(b.end()..).unwrap_or("");
    let line_start = before.rsplit('\n').next().unwrap_or("");
    let line_end = after.split('\n').next().unwrap_or("");
    line_start.trim().is_empty() && line_end.trim().is_empty()
}

/// The first words of the type words of [`crate::keys`] (canonical keys).
const TYPE_FIRST_WORDS: &[&str] = &[
    "thành",
    "tp",
    "tỉnh",
    "quận",
    "huyện",
    "thị",
    "tx",
    "tt",
    "phường",
    "xã",
    "đặc",
    "tổ",
    "tdp",
    "khu",
    "kp",
    "thôn",
    "ấp",
    "bản",
    "t",
    "q",
    "h",
    "p",
    "x",
];

/// The ASCII letters (lower-cased) that a spelling of each word of [`TYPE_FIRST_WORDS`] can
/// contain, in any Unicode form: a precomposed letter with marks (`ậ`) contributes nothing, a
/// decomposed one its base letter (`a`); `đ` never contributes.
static SKELETONS: once_cell::sync::Lazy<Vec<String>> = once_cell::sync::Lazy::new(|| {
    let mut out: Vec<String> = Vec::new();
    for w in TYPE_FIRST_WORDS {
        let mut acc: Vec<String> = vec![String::new()];
        for c in w.chars() {
            if c.is_ascii() {
                for a in &mut acc {
                    a.push(c);
                }
                continue;
            }
            let base = hanhchinh_text::fold(&c.to_string()).into_owned();
            let mut next = acc.clone();
            if c != 'đ' && base.len() == 1 && base.is_ascii() {
                for a in &acc {
                    next.push(format!("{a}{base}"));
                }
            }
            acc = next;
        }
        out.extend(acc);
    }
    out.sort();
    out.dedup();
    out
});

/// Whether the ASCII letters of a token are those of a possible spelling of a type word's first
/// word.
fn skeleton_may_match(t: &str) -> bool {
    let (packed, max) = &*SKELETONS_PACKED;
    let mut acc = 0u64;
    let mut n = 0;
    for b in t.bytes() {
        if b.is_ascii() {
            n += 1;
            // Longer than every skeleton, or a NUL (which packing would lose): no match.
            if n > *max || b == 0 {
                return false;
            }
            acc = (acc << 8) | u64::from(b.to_ascii_lowercase());
        }
    }
    packed.binary_search(&acc).is_ok()
}

/// [`SKELETONS`] packed ([`crate::keys::pack`]: at most 7 bytes, unique) and sorted, with the
/// length of the longest.
static SKELETONS_PACKED: once_cell::sync::Lazy<(Vec<u64>, usize)> =
    once_cell::sync::Lazy::new(|| {
        let mut v: Vec<u64> = SKELETONS
            .iter()
            .map(|s| crate::keys::pack(s.as_bytes()))
            .collect();
        v.sort_unstable();
        let max = SKELETONS.iter().map(String::len).max().unwrap_or(0).min(7);
        (v, max)
    });

/// Whether the fold of a token may be the fold of one of [`TYPE_FIRST_WORDS`]; `false` only
/// when it certainly is not (then its canonical key is not one of them either, since
/// `fold(key(t)) == fold(t)`).
fn fold_may_be_type_first_word(t: &str) -> bool {
    match fold_packed(t) {
        Packed::Known(acc) => is_type_first_fold(acc),
        Packed::TooLong => false,
        Packed::Unknown => true,
    }
}

fn first_char_may_start_type(t: &str) -> bool {
    matches!(
        t.chars().next(),
        Some(
            't' | 'T'
                | 'q'
                | 'Q'
                | 'h'
                | 'H'
                | 'p'
                | 'P'
                | 'x'
                | 'X'
                | 'đ'
                | 'Đ'
                | 'k'
                | 'K'
                | 'ấ'
                | 'Ấ'
                | 'b'
                | 'B'
        )
    )
}

impl Gazetteer {
    /// Every mention of an administrative unit in `text`, with byte spans, resolved using the
    /// other mentions of the same text as context. See [`Gazetteer::find_in_with`].
    ///
    /// A typed mention is a type word (`quận`, `Thành phố`, `QUẬN`, `TP.`, `Q.` before a
    /// number, `Q1`) followed by a capitalised name (all capitals after an all-capitals type
    /// word), spelt with diacritics as running text is; the name may be glued to the next word
    /// (`NamTừ Liêm`) or hyphenated (`Bà Rịa - Vũng Tàu`). Names without diacritics and
    /// lower-case names are left to [`Gazetteer::lookup`] and [`Gazetteer::resolve_address`].
    ///
    /// ```
    /// use hanhchinh_gazetteer::Gazetteer;
    /// let g = Gazetteer::default();
    /// let text = "Đoàn công tác làm việc tại xã An Khê, huyện Quỳnh Phụ.";
    /// let m = g.find_in(text);
    /// assert_eq!(m[0].text, "xã An Khê");
    /// assert_eq!(m[0].unit().unwrap().code(), "12475"); // not thị xã An Khê (Gia Lai)
    /// assert_eq!(&text[m[1].span.clone()], "huyện Quỳnh Phụ");
    /// ```
    pub fn find_in<'t>(&self, text: &'t str) -> Vec<Mention<'t, '_>> {
        self.find_in_with(text, &FindOptions::default())
    }

    /// [`Gazetteer::find_in`] with options.
    pub fn find_in_with<'t>(&self, text: &'t str, opts: &FindOptions) -> Vec<Mention<'t, '_>> {
        // Mentions never cross a line: scan line by line (long lines are cut at sentence-ish
        // boundaries by the tokenizer's own rules only), reusing one token buffer, then resolve
        // all mentions of the text together.
        let mut tokens: Vec<Token<'t>> = Vec::new();
        let mut raws = Vec::new();
        let mut pending = Vec::new();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            tokens.clear();
            tokens.extend(tokenize(line));
            let before = raws.len();
            self.typed_mentions(line, &tokens, &mut raws);
            if opts.bare_names {
                self.bare_runs(
                    line,
                    &tokens,
                    raws.get(before..).unwrap_or(&[]),
                    offset,
                    &mut pending,
                );
            }
            for r in raws.get_mut(before..).unwrap_or(&mut []) {
                r.span = r.span.start + offset..r.span.end + offset;
                r.name_span = r.name_span.start + offset..r.name_span.end + offset;
            }
            offset += line.len();
        }
        self.finish(text, raws, pending, opts)
    }

    /// [`Gazetteer::find_in`] over tokens already produced by `hanhchinh_text::tokenize(text)`
    /// (so that a pipeline tokenizes once).
    pub fn find_in_tokens<'t>(&self, text: &'t str, tokens: &[Token<'t>]) -> Vec<Mention<'t, '_>> {
        self.find_in_tokens_with(text, tokens, &FindOptions::default())
    }

    /// [`Gazetteer::find_in_tokens`] with options.
    pub fn find_in_tokens_with<'t>(
        &self,
        text: &'t str,
        tokens: &[Token<'t>],
        opts: &FindOptions,
    ) -> Vec<Mention<'t, '_>> {
        let mut raws = Vec::new();
        let mut pending = Vec::new();
        self.typed_mentions(text, tokens, &mut raws);
        if opts.bare_names {
            self.bare_runs(text, tokens, &raws, 0, &mut pending);
        }
        self.finish(text, raws, pending, opts)
    }

    /// Typed mentions (type word + name) of one chunk, with spans relative to `text`.
    fn typed_mentions<'g>(&'g self, text: &str, tokens: &[Token<'_>], raws: &mut Vec<Raw<'g>>) {
        let mut covered_until = 0usize; // token index
        let mut words = Words::default();
        let mut key = String::with_capacity(64);
        let mut i = 0;
        while i < tokens.len() {
            let Some(t) = tokens.get(i) else { break };
            if i < covered_until
                || !matches!(t.kind(), TokenKind::Word | TokenKind::Code)
                || !first_char_may_start_type(t.text())
            {
                i += 1;
                continue;
            }
            // Type word (up to three tokens, joined by spaces only).
            // Cheap filter: the first token must be the first word of a type word (first by
            // the ASCII letters it contains, then by its canonical key).
            if t.kind() == TokenKind::Word {
                if t.text().len() > 16
                    || !fold_may_be_type_first_word(t.text())
                    || !skeleton_may_match(t.text())
                {
                    i += 1;
                    continue;
                }
                key.clear();
                t.key_into(&mut key);
                if !TYPE_FIRST_WORDS.contains(&key.as_str()) {
                    i += 1;
                    continue;
                }
            }
            words.clear();
            let mut j = i;
            while j < tokens.len() && words.len() < 3 {
                let Some(tj) = tokens.get(j) else { break };
                if tj.kind() != TokenKind::Word {
                    break;
                }
                if j > i {
                    let Some(prev) = tokens.get(j - 1) else { break };
                    if !joinable(text, prev, tj) || text.get(prev.end()..tj.start()) != Some(" ") {
                        break;
                    }
                }
                words.push_with(|b| tj.key_into(b));
                j += 1;
            }
            let ascii = [false; 3];
            let ws = [words.slice(0, 1), words.slice(1, 2), words.slice(2, 3)];
            let ws = ws.get(..words.len()).unwrap_or(&[]);
            let found = if let Some(m) = match_type_word(ws, &ascii, false) {
                self.after_type_word(text, tokens, i, m.len, m.types, m.style, &mut key)
            } else if t.kind() == TokenKind::Code {
                // `Q1`, `P12`.
                split_letter_number(t.text()).and_then(|(types, num)| {
                    key.clear();
                    let n = num.trim_start_matches('0');
                    key.push_str(if n.is_empty() { "0" } else { n });
                    let cands = self.typed_cands(&key, types);
                    (!cands.is_empty())
                        .then(|| Raw {
                            span: t.span(),
                            name_span: t.span(),
                            types,
                            key: key.clone(),
                            cands,
                        })
                        .map(|r| (r, i + 1))
                })
            } else {
                None
            };
            match found {
                Some((raw, next)) => {
                    raws.push(raw);
                    covered_until = next;
                    i = next;
                }
                None => i += 1,
            }
        }
    }

    /// Decides the bare runs against the typed names of the whole text, then resolves.
    fn finish<'t, 'g>(
        &'g self,
        text: &'t str,
        mut raws: Vec<Raw<'g>>,
        pending: Vec<BareRun>,
        opts: &FindOptions,
    ) -> Vec<Mention<'t, 'g>> {
        let mut typed_keys: HashMap<&str, usize> = HashMap::new();
        for (i, r) in raws.iter().enumerate() {
            typed_keys.entry(r.key.as_str()).or_insert(i);
        }
        let mut bare: Vec<Raw<'g>> = Vec::new();
        for run in pending {
            for h in &run.hits {
                let cands = if let Some(&i) = typed_keys.get(h.key.as_str()) {
                    raws.get(i).map(|r| r.cands.clone()).unwrap_or_default()
                } else if !h.province_ok {
                    Vec::new()
                } else {
                    self.cands_of(h.value, TypeSet::EMPTY)
                        .into_iter()
                        .filter(|(u, _)| u.level() == Level::Province)
                        .collect()
                };
                if !cands.is_empty() {
                    bare.push(Raw {
                        span: h.span.clone(),
                        name_span: h.span.clone(),
                        types: TypeSet::EMPTY,
                        key: h.key.clone(),
                        cands,
                    });
                    break;
                }
            }
        }
        raws.extend(bare);
        raws.sort_by_key(|r| r.span.start);
        self.resolve_mentions(text, raws, opts)
    }

    fn typed_cands(&self, key: &str, types: TypeSet) -> Vec<(Unit<'_>, MatchKind)> {
        match self.key_postings(key) {
            Some(v) => self.cands_of(v, types),
            None => Vec::new(),
        }
    }

    fn cands_of(&self, v: u64, types: TypeSet) -> Vec<(Unit<'_>, MatchKind)> {
        let mut out = Vec::new();
        {
            for id in self.data().postings(v) {
                if let Some(u) = self.unit_by_index(id) {
                    if types.is_empty() || types.contains(u.unit_type()) {
                        out.push((u, MatchKind::Exact));
                    }
                }
            }
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn after_type_word<'g>(
        &'g self,
        text: &str,
        tokens: &[Token<'_>],
        i: usize,
        len: usize,
        types: TypeSet,
        style: TypeWordStyle,
        key: &mut String,
    ) -> Option<(Raw<'g>, usize)> {
        let first = tokens.get(i)?;
        let last_type = tokens.get(i + len - 1)?;
        let upper = first.is_uppercase();
        let mut k = i + len;
        // `TP.HCM`, `Q.1`, `TP. Hồ Chí Minh`.
        if let Some(dot) = tokens.get(k) {
            if dot.text() == "." && style != TypeWordStyle::Full {
                k += 1;
            }
        }
        if style == TypeWordStyle::Letter && k == i + len {
            return None;
        }
        let start_name = k;
        // Collect name tokens (indices), skipping a hyphen between two name words
        // (`Bà Rịa - Vũng Tàu`, `Phan Rang-Tháp Chàm`).
        let mut idx: Vec<usize> = Vec::with_capacity(MAX_NAME_WORDS);
        let mut j = start_name;
        while j < tokens.len() && idx.len() < MAX_NAME_WORDS {
            let Some(t) = tokens.get(j) else { break };
            let prev = tokens.get(j.checked_sub(1)?)?;
            let ok = if idx.is_empty() {
                let gap_ok = text
                    .get(prev.end()..t.start())
                    .is_some_and(|g| !g.contains('\n') && g.chars().all(char::is_whitespace));
                gap_ok && (is_name_word(t, upper) || t.kind() == TokenKind::Number)
            } else if matches!(t.text(), "-" | "–") && prev.kind() != TokenKind::Number {
                let next = tokens.get(j + 1);
                let spaced = |a: &Token<'_>, b: &Token<'_>| {
                    text.get(a.end()..b.start())
                        .is_some_and(|g| !g.contains('\n') && g.chars().all(char::is_whitespace))
                };
                if next.is_some_and(|n| is_name_word(n, upper) && spaced(prev, t) && spaced(t, n)) {
                    j += 1;
                    continue;
                }
                false
            } else {
                prev.kind() != TokenKind::Number
                    && (is_name_word(t, upper)
                        || (t.kind() == TokenKind::Number && t.text().len() <= 2))
                    && joinable(text, prev, t)
            };
            if !ok {
                break;
            }
            idx.push(j);
            j += 1;
        }
        if idx.is_empty() {
            return None;
        }
        let _ = last_type;
        // Every name that is a prefix of the name tokens, in one walk of the FST; longest first.
        let mut words = Words::default();
        for &k in &idx {
            let t = tokens.get(k)?;
            words.push_with(|b| push_token_key(t, b));
        }
        let mut hits = Vec::new();
        words.prefixes(self.data().fst_key.as_ref(), 0, MAX_NAME_WORDS, &mut hits);
        for &(n, v) in hits.iter().rev() {
            let cands = self.cands_of(v, types);
            if !cands.is_empty() {
                let last = *idx.get(n - 1)?;
                let stop = last + 1;
                let s = first.start();
                let name_start = tokens.get(start_name)?.start();
                let e = tokens.get(last)?.end();
                key.clear();
                key.push_str(words.slice(0, n));
                return Some((
                    Raw {
                        span: s..e,
                        name_span: name_start..e,
                        types,
                        key: key.clone(),
                        cands,
                    },
                    stop,
                ));
            }
        }
        None
    }

    /// Capitalised runs of one chunk that may be bare names (repeats of typed names, province
    /// names): every name prefix of 2..=4 syllables, longest first, decided in `finish` once
    /// the typed names of the whole text are known. Spans are shifted by `offset`.
    fn bare_runs(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        typed: &[Raw<'_>],
        offset: usize,
        pending: &mut Vec<BareRun>,
    ) {
        // Spans already taken, sorted by start (typed mentions do not overlap each other).
        let mut covered: Vec<Range<usize>> = typed.iter().map(|r| r.span.clone()).collect();
        covered.sort_by_key(|r| r.start);
        let mut words = Words::default();
        let mut hits: Vec<(usize, u64)> = Vec::new();
        // Number of covered spans starting at or before the current token (tokens come in
        // order, so this only moves forward).
        let mut at = 0usize;
        let mut i = 0;
        while i < tokens.len() {
            let Some(t) = tokens.get(i) else { break };
            let inside = {
                while covered.get(at).is_some_and(|c| c.start <= t.start()) {
                    at += 1;
                }
                at.checked_sub(1)
                    .and_then(|p| covered.get(p))
                    .is_some_and(|c| c.contains(&t.start()))
            };
            if inside || t.kind() != TokenKind::Word || !is_name_word(t, false) {
                i += 1;
                continue;
            }
            // Not in the middle of a longer capitalised name.
            if let Some(prev) = i.checked_sub(1).and_then(|p| tokens.get(p)) {
                if is_name_word(prev, false) && joinable(text, prev, t) {
                    i += 1;
                    continue;
                }
            }
            let mut end = i + 1;
            while end < tokens.len() && end - i < 4 {
                let (Some(a), Some(b)) = (tokens.get(end - 1), tokens.get(end)) else {
                    break;
                };
                if !(is_name_word(b, false) && b.kind() == TokenKind::Word && joinable(text, a, b))
                {
                    break;
                }
                end += 1;
            }
            if end - i >= 2 {
                words.clear();
                for tk in tokens.get(i..end).unwrap_or(&[]) {
                    words.push_with(|b| push_token_key(tk, b));
                }
                words.prefixes(self.data().fst_key.as_ref(), 0, 4, &mut hits);
                let mut run = BareRun { hits: Vec::new() };
                for &(n, v) in hits.iter().rev() {
                    if n < 2 {
                        break;
                    }
                    let (Some(a), Some(b)) = (tokens.get(i), tokens.get(i + n - 1)) else {
                        continue;
                    };
                    let key = words.slice(0, n).to_string();
                    let province_ok = !BARE_EXCLUDED.contains(&key.as_str())
                        && !alone_on_line(text, tokens, i, i + n);
                    run.hits.push(BareHit {
                        span: a.start() + offset..b.end() + offset,
                        key,
                        value: v,
                        province_ok,
                    });
                }
                if !run.hits.is_empty() {
                    pending.push(run);
                }
            }
            i = end;
        }
    }

    fn resolve_mentions<'t, 'g>(
        &'g self,
        text: &'t str,
        raws: Vec<Raw<'g>>,
        opts: &FindOptions,
    ) -> Vec<Mention<'t, 'g>> {
        // How many mentions have each unit as a candidate, and as an ancestor of a candidate.
        let mut cand_count: HashMap<u32, u32> = HashMap::new();
        let mut anc_count: HashMap<u32, u32> = HashMap::new();
        let mut own: Vec<(Vec<u32>, Vec<u32>)> = Vec::with_capacity(raws.len());
        for r in &raws {
            let mut ids: Vec<u32> = r.cands.iter().map(|(u, _)| u.id).collect();
            ids.sort_unstable();
            ids.dedup();
            let mut ancs: Vec<u32> = r
                .cands
                .iter()
                .flat_map(|(u, _)| u.ancestors().map(|a| a.id))
                .collect();
            ancs.sort_unstable();
            ancs.dedup();
            for id in &ids {
                *cand_count.entry(*id).or_default() += 1;
            }
            for a in &ancs {
                *anc_count.entry(*a).or_default() += 1;
            }
            own.push((ids, ancs));
        }
        let mut out = Vec::with_capacity(raws.len());
        for (r, (ids, ancs)) in raws.iter().zip(&own) {
            let others_cand = |id: u32| {
                cand_count.get(&id).copied().unwrap_or(0)
                    > u32::from(ids.binary_search(&id).is_ok())
            };
            let others_anc = |id: u32| {
                anc_count.get(&id).copied().unwrap_or(0)
                    > u32::from(ancs.binary_search(&id).is_ok())
            };
            let mut scored: Vec<(u32, Unit<'g>, MatchKind)> = r
                .cands
                .iter()
                .map(|&(c, kind)| {
                    let mut s = 0u32;
                    if let Some(d) = opts.as_of {
                        if c.is_valid_on(d) {
                            s += 8;
                        }
                    }
                    if c.parent().is_some_and(|p| others_cand(p.id)) {
                        s += 4;
                    } else if c
                        .province()
                        .is_some_and(|p| p.id != c.id && others_cand(p.id))
                    {
                        s += 2;
                    }
                    if others_anc(c.id) {
                        s += 1;
                    }
                    (s, c, kind)
                })
                .collect();
            let max = scored.iter().map(|x| x.0).max().unwrap_or(0);
            let n_before = scored.len();
            scored.retain(|x| x.0 == max);
            let resolution = if scored.len() == 1 {
                let reason = if n_before == 1 {
                    Reason::Only
                } else {
                    Reason::Context
                };
                scored
                    .first()
                    .map(|&(_, unit, kind)| Resolution::Found(Resolved { unit, kind, reason }))
                    .unwrap_or(Resolution::NotFound)
            } else {
                let same_code = scored.windows(2).all(|w| match w {
                    [a, b] => a.1.level() == b.1.level() && a.1.code() == b.1.code(),
                    _ => true,
                });
                let date = opts.as_of.unwrap_or_else(|| self.latest_date());
                if same_code {
                    scored.sort_by_key(|x| x.1.validity().distance(date));
                    scored
                        .first()
                        .map(|&(_, unit, kind)| {
                            let reason = if unit.is_valid_on(date) {
                                Reason::ValidOn(date)
                            } else {
                                Reason::Closest(date)
                            };
                            Resolution::Found(Resolved { unit, kind, reason })
                        })
                        .unwrap_or(Resolution::NotFound)
                } else {
                    Resolution::Ambiguous(scored.iter().map(|x| x.1).collect())
                }
            };
            out.push(Mention {
                span: r.span.clone(),
                text: text.get(r.span.clone()).unwrap_or(""),
                name_span: r.name_span.clone(),
                unit_types: r.types.types().collect(),
                resolution,
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skeletons() {
        for w in [
            "quận",
            "QUẬN",
            "Phường",
            "thị",
            "Đặc",
            "thành",
            "TP",
            "Tp",
            "xã",
            "ấp",
        ] {
            assert!(skeleton_may_match(w), "{w}");
            assert!(skeleton_may_match(&unicode_nfd(w)), "NFD {w}");
        }
        for w in ["người", "công", "Nguyễn", "trong", "phát"] {
            assert!(!skeleton_may_match(w), "{w}");
        }
        // Packing is unique up to 7 bytes.
        assert!(SKELETONS.iter().all(|s| s.len() <= 7 && !s.contains('\0')));
        assert!(!skeleton_may_match("\0tp"));
    }

    #[test]
    fn first_word_folds() {
        let mut folds: Vec<u64> = TYPE_FIRST_WORDS
            .iter()
            .map(|w| crate::keys::pack(hanhchinh_text::fold(w).as_bytes()))
            .collect();
        folds.sort_unstable();
        folds.dedup();
        assert_eq!(folds, crate::keys::FIRST_WORD_PACKED);
        assert_eq!(
            TYPE_FIRST_WORDS
                .iter()
                .map(|w| hanhchinh_text::fold(w).len())
                .max(),
            Some(crate::keys::FIRST_WORD_MAX)
        );
        // Every first word of a type word passes, in any case and Unicode form.
        for w in TYPE_FIRST_WORDS {
            let title: String = w
                .chars()
                .enumerate()
                .flat_map(|(i, c)| {
                    if i == 0 {
                        c.to_uppercase().collect::<Vec<_>>()
                    } else {
                        vec![c]
                    }
                })
                .collect();
            for v in [w.to_string(), w.to_uppercase(), title] {
                assert!(fold_may_be_type_first_word(&v), "{v}");
                assert!(fold_may_be_type_first_word(&unicode_nfd(&v)), "NFD {v}");
            }
        }
        // The table agrees with hanhchinh_text::fold on every letter it covers.
        for cp in (0x80u32..=0x24F).chain(0x1EA0..=0x1EFF) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let mut buf = [0u8; 4];
            let f = hanhchinh_text::fold(c.encode_utf8(&mut buf)).into_owned();
            let t = if cp < 0x250 {
                crate::keys::LETTER_FOLDS.latin[cp as usize - 0x80]
            } else {
                crate::keys::LETTER_FOLDS.additional[cp as usize - 0x1EA0]
            };
            if t != 0 {
                assert_eq!(f, (t as char).to_string(), "{c}");
            }
        }
        for w in [
            "tế", "người", "công", "Nguyễn", "trong", "phát", "Thanh", "hộ", "Xuân",
        ] {
            let expect = ["thanh"].contains(&hanhchinh_text::fold(w).as_ref());
            assert_eq!(fold_may_be_type_first_word(w), expect, "{w}");
        }
    }

    /// NFD by hand for the test (the crate does not depend on unicode-normalization).
    fn unicode_nfd(s: &str) -> String {
        s.chars()
            .flat_map(|c| match c {
                'ậ' => vec!['a', '\u{302}', '\u{323}'],
                'Ậ' => vec!['A', '\u{302}', '\u{323}'],
                'ư' => vec!['u', '\u{31b}'],
                'ờ' => vec!['o', '\u{31b}', '\u{300}'],
                'ị' => vec!['i', '\u{323}'],
                'ặ' => vec!['a', '\u{306}', '\u{323}'],
                'à' => vec!['a', '\u{300}'],
                'ã' => vec!['a', '\u{303}'],
                'ấ' => vec!['a', '\u{302}', '\u{301}'],
                c => vec![c],
            })
            .collect()
    }

    #[test]
    fn by_line_is_not_a_place() {
        let g = Gazetteer::default();
        let text = "Nhiều tập thể được nhận Giấy khen của UBND quận.\n\nThái Bình\n\nTừ khóa:";
        assert!(g.find_in(text).is_empty());
        let text = "Đoàn công tác tỉnh Thái Bình và Sở Tài chính Thái Bình.";
        let m = g.find_in(text);
        assert_eq!(m.len(), 2);
        assert_eq!(m[1].text, "Thái Bình");
        assert_eq!(m[1].unit().unwrap().code(), "34");
    }

    #[test]
    fn typed_forms() {
        let g = Gazetteer::default();
        let text = "Họp tại TP.HCM, Q.1 và Quận 3; QUẬN TÂY HỒ; thị xã An Khê (Gia Lai); Quận ủy Ba Đình; kinh tế - xã hội.";
        let m = g.find_in(text);
        let got: Vec<(&str, &str)> = m
            .iter()
            .map(|m| (m.text, m.unit().map_or("?", |u| u.code())))
            .collect();
        assert_eq!(
            got,
            [
                ("TP.HCM", "79"),
                ("Q.1", "760"),
                ("Quận 3", "770"),
                ("QUẬN TÂY HỒ", "003"),
                ("thị xã An Khê", "623"),
                ("Gia Lai", "64")
            ]
        );
        let m2 =
            g.find_in("Đoàn công tác tỉnh Bà Rịa - Vũng Tàu và thành phố Phan Rang-Tháp Chàm.");
        let got2: Vec<(&str, &str)> = m2
            .iter()
            .map(|m| (m.text, m.unit().map_or("?", |u| u.code())))
            .collect();
        assert_eq!(
            got2,
            [
                ("tỉnh Bà Rịa - Vũng Tàu", "77"),
                ("thành phố Phan Rang-Tháp Chàm", "582")
            ]
        );
        // Tokens from the caller give the same result.
        let toks: Vec<_> = hanhchinh_text::tokenize(text).collect();
        assert_eq!(g.find_in_tokens(text, &toks), m);
    }
}
