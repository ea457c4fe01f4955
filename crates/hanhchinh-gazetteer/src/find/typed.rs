//! Typed mentions: a type word (or its abbreviation) and the name after it.

use std::ops::Range;

use hanhchinh_text::vocab::{self, TypeWord, UnitType};
use hanhchinh_text::{Case, Doc, Gap, TokenKind};
use once_cell::sync::Lazy;

use super::bare::{bare_word, Run};
use super::{DateReason, Evidence, Head, Raw, Scan};
use crate::keys::TypeSet;
use crate::lookup::MatchKind;
use crate::unit::Unit;
use crate::walk::Words;

/// Longest name, in tokens, tried after a type word.
pub(super) const MAX_NAME_WORDS: usize = 6;

/// The folds of the first words of the unit-type words (`thanh`, `quan`, `thi`), for text
/// written without diacritics, sorted.
static FOLDED_STARTS: Lazy<Vec<&'static str>> = Lazy::new(|| {
    let mut v: Vec<&'static str> = UnitType::ALL
        .iter()
        .filter_map(|t| t.folded().split(' ').next())
        .collect();
    v.sort_unstable();
    v.dedup();
    v
});

/// The first two bytes (the second 0 for a one-byte word) of the keys of the first words of
/// every unit-type word and abbreviation, and of their folds, as a bit set: most tokens are let
/// go after one look.
pub(super) struct FirstBytes(Vec<u64>);

impl FirstBytes {
    /// The set of the first two bytes of `words`.
    pub(super) fn of<'w>(words: impl Iterator<Item = &'w str>) -> FirstBytes {
        let mut bits = vec![0u64; 1 << 10];
        for w in words {
            let i = FirstBytes::index(w.as_bytes());
            if let Some(x) = bits.get_mut(i / 64) {
                *x |= 1u64 << (i % 64);
            }
        }
        FirstBytes(bits)
    }

    fn index(key: &[u8]) -> usize {
        let b0 = key.first().copied().unwrap_or(0);
        let b1 = key.get(1).copied().unwrap_or(0);
        usize::from(b0) << 8 | usize::from(b1)
    }

    pub(super) fn contains(&self, key: &str) -> bool {
        let i = FirstBytes::index(key.as_bytes());
        self.0
            .get(i / 64)
            .is_some_and(|w| w & (1u64 << (i % 64)) != 0)
    }
}

static FIRST_BYTES: Lazy<FirstBytes> = Lazy::new(|| {
    let mut words: Vec<String> = Vec::new();
    for ty in UnitType::ALL {
        words.extend(
            [ty.vietnamese(), ty.folded()]
                .into_iter()
                .filter_map(|w| w.split(' ').next())
                .map(str::to_string),
        );
        words.extend(
            ty.abbreviations()
                .iter()
                .map(|a| hanhchinh_text::key(a.trim_end_matches('.')).into_owned()),
        );
    }
    FirstBytes::of(words.iter().map(String::as_str))
});

/// Whether every word of the document is written without diacritics (and there are enough of
/// them to tell: a short title in capitals says nothing).
pub(super) fn is_unaccented(doc: &Doc<'_>) -> bool {
    let mut words = 0usize;
    for i in 0..doc.len() {
        if doc.kind(i) != Some(TokenKind::Word) {
            continue;
        }
        // An ASCII word folds to its key; another is unaccented when its key is its own fold
        // (asking the `Doc` for a fold would fold every token of the document, for an answer
        // the first accented word gives).
        if !doc.is_ascii(i) && !hanhchinh_text::is_folded(doc.key(i)) {
            return false;
        }
        words += 1;
    }
    words >= 8
}

/// Whether token `i` is written with a capital first letter (`Liêm`, `HCM`, `H'Leo`).
pub(super) fn capitalised(doc: &Doc<'_>, i: usize) -> bool {
    match doc.case(i) {
        Case::Title | Case::Upper => true,
        Case::Mixed => doc.word(i).chars().next().is_some_and(char::is_uppercase),
        _ => false,
    }
}

/// Whether token `i` is a word or code that can be part of a name.
fn wordish(doc: &Doc<'_>, i: usize) -> bool {
    matches!(doc.kind(i), Some(TokenKind::Word | TokenKind::Code))
}

/// Only spaces, or nothing, between token `j - 1` and token `j`.
pub(super) fn joined(doc: &Doc<'_>, j: usize) -> bool {
    j > 0 && j < doc.len() && matches!(doc.gap_before(j), Gap::None | Gap::Space)
}

/// The middle names that mark a personal name (`Văn` for men, `Thị` for women): a one-syllable
/// unit name followed by one of them and a given name is the surname of a person, not a unit
/// (`Chủ tịch UBND xã Phan Văn Dũng`: no `xã Phan`). A unit whose name holds such a word
/// (`phường Hoàng Văn Thụ`) is matched whole before this is asked.
const MIDDLE_NAMES: [&str; 2] = ["văn", "thị"];

/// Whether the name tokens `idx` read as a personal name from their first word: one syllable, then
/// a middle name of [`MIDDLE_NAMES`] and at least one more capitalised word.
fn opens_personal_name(doc: &Doc<'_>, idx: &[usize]) -> bool {
    match idx {
        [first, middle, _, ..] => {
            doc.kind(*first) == Some(TokenKind::Word)
                && doc.is_syllable(*first)
                && doc.case(*middle) == Case::Title
                && MIDDLE_NAMES.contains(&doc.key(*middle))
        }
        _ => false,
    }
}

/// Appends the key of name token `j` (numbers without their leading zeros) to `out`.
pub(super) fn push_key(doc: &Doc<'_>, j: usize, folded: bool, out: &mut String) {
    let k = if folded { doc.fold(j) } else { doc.key(j) };
    push_name_key(k, doc.kind(j) == Some(TokenKind::Number), out);
}

/// Appends `key`, the key of a token of a name, to `out`: a number without its leading zeros.
pub(super) fn push_name_key(key: &str, number: bool, out: &mut String) {
    if number {
        let t = key.trim_start_matches('0');
        out.push_str(if t.is_empty() { "0" } else { t });
    } else {
        out.push_str(key);
    }
}

/// Whether the candidates all have one name (the versions or types of one unit, or units of
/// one name in several places): what a repaired spelling may stand for.
fn one_name(cands: &[(Unit<'_>, MatchKind)]) -> bool {
    cands.windows(2).all(|w| match w {
        [a, b] => a.0.name() == b.0.name(),
        _ => true,
    })
}

/// What a token starts (see [`Scan::typed_at`]).
enum Typed<'g> {
    Mention(Raw<'g>),
    Head(Head),
}

/// A name read after a type word, for the repairs of a name that the table spells otherwise:
/// the type word at token `at` and the name's tokens.
struct NameAfter<'a> {
    at: usize,
    tw: &'a TypeWord,
    idx: &'a [usize],
}

impl<'t, 'g> Scan<'_, 't, 'g> {
    /// The type word at token `i` (a word whose key is `k`), if any.
    fn type_word_at(&self, i: usize, k: &str) -> Option<TypeWord> {
        let doc = self.doc;
        if !(vocab::is_unit_type_start(k)
            || (self.unaccented && FOLDED_STARTS.binary_search(&k).is_ok()))
        {
            return None;
        }
        vocab::unit_type_at(doc, i)
            .or_else(|| {
                self.unaccented
                    .then(|| vocab::unit_type_at_folded(doc, i))
                    .flatten()
            })
            .or_else(|| vocab::unit_type_abbreviation_at(doc, i))
    }

    /// One pass over the tokens: typed mentions (type word + name) and type words without a
    /// name, in token order; the reform cues; and, when bare names are wanted, the capitalised
    /// runs outside the typed mentions (see [`Scan::run_of`]). One pass, since the document's
    /// per-token facts are many bytes each: reading them once is what costs. (The sentences are
    /// cut later, only for a document that needs them.)
    pub(super) fn scan_tokens(&mut self) -> Vec<Run<'g>> {
        let doc = self.doc;
        let bare = self.opts.finds_bare_names();
        let mut words = Words::default();
        let mut key = String::with_capacity(64);
        let mut runs = Vec::new();
        let (mut run_words, mut run_hits) = (Words::default(), Vec::new());
        let mut run_start: Option<usize> = None;
        let mut cue_end = 0usize;
        let mut typed_from = 0usize;
        let mut i = 0;
        while i < doc.len() {
            let k = doc.key(i);
            // Reform cues (see `Scan::eras`).
            if i >= cue_end && super::era::may_start_cue(k) {
                if let Some(cue) = vocab::reform_cue_at(doc, i) {
                    self.cues.push((i, cue));
                    cue_end = i + cue.len();
                }
            }
            if i >= typed_from {
                match self.typed_at(i, k, &mut words, &mut key) {
                    Some(Typed::Mention(raw)) => {
                        if let Some(s) = run_start.take() {
                            self.run_of(s..i, &mut run_words, &mut run_hits, &mut runs);
                        }
                        let end = raw.toks.end;
                        self.raws.push(raw);
                        i = end;
                        continue;
                    }
                    Some(Typed::Head(h)) => {
                        typed_from = h.toks.end;
                        self.heads.push(h);
                    }
                    None => {}
                }
            }
            if bare {
                // The `ỦY` of a committee written in capitals (`HUYỆN ỦY NAM TRÀ MY`) opens no
                // run: the name after it does.
                let committee =
                    k == "ủy" && i > 0 && super::bare::committee_types(doc.key(i - 1)).is_some();
                let word = bare_word(doc, i) && !committee;
                match run_start {
                    Some(_) if word && joined(doc, i) => {}
                    _ => {
                        if let Some(s) = run_start.take() {
                            self.run_of(s..i, &mut run_words, &mut run_hits, &mut runs);
                        }
                        if word {
                            run_start = Some(i);
                        }
                    }
                }
            }
            i += 1;
        }
        if let Some(s) = run_start {
            self.run_of(s..doc.len(), &mut run_words, &mut run_hits, &mut runs);
        }
        runs
    }

    /// What starts at token `i` (a word or code whose key is `k`): a typed mention, a type word
    /// without a name, or nothing.
    fn typed_at(
        &self,
        i: usize,
        k: &str,
        words: &mut Words,
        key: &mut String,
    ) -> Option<Typed<'g>> {
        let doc = self.doc;
        match doc.kind(i) {
            Some(TokenKind::Code) => {
                // `Q1`, `P12`.
                let (types, num) = vocab::unit_type_code(doc.word(i))?;
                key.clear();
                let n = num.trim_start_matches('0');
                key.push_str(if n.is_empty() { "0" } else { n });
                let cands = self.typed_cands(key, types);
                (!cands.is_empty())
                    .then(|| Typed::Mention(self.raw(i..i + 1, i..i + 1, types, key, cands)))
            }
            Some(TokenKind::Word) if FIRST_BYTES.contains(k) => {
                if doc.case(i) == Case::Upper {
                    if let Some(raw) = self.glued(i, key) {
                        return Some(Typed::Mention(raw));
                    }
                }
                let tw = self.type_word_at(i, k)?;
                match self.after_type_word(i, &tw, words, key) {
                    Some(raw) => Some(Typed::Mention(raw)),
                    None => (!tw.is_abbreviation()).then(|| {
                        Typed::Head(Head {
                            toks: i..i + tw.len(),
                            types: tw.types(),
                        })
                    }),
                }
            }
            _ => None,
        }
    }

    fn raw(
        &self,
        toks: Range<usize>,
        name: Range<usize>,
        types: TypeSet,
        key: &str,
        cands: Vec<(Unit<'g>, MatchKind)>,
    ) -> Raw<'g> {
        Raw {
            toks,
            name,
            types,
            key: key.to_string(),
            cands,
            evidence: Evidence::Typed,
            date: None,
            date_reason: DateReason::Undated,
            list: None,
        }
    }

    /// A type abbreviation glued to a name in capitals (`TPHCM`).
    fn glued(&self, i: usize, key: &mut String) -> Option<Raw<'g>> {
        let doc = self.doc;
        if doc.case(i) != Case::Upper || doc.word(i).len() < 4 {
            return None;
        }
        let (types, rest) = vocab::unit_type_prefix(doc.word(i))?;
        key.clear();
        hanhchinh_text::key_into(rest, key);
        let cands = self.typed_cands(key, types);
        (!cands.is_empty()).then(|| self.raw(i..i + 1, i..i + 1, types, key, cands))
    }

    /// Whether the type word at token `i` is coordinated with another one before it (`xã,
    /// phường 18 người`, `xã và phường`): then it names the kind of unit, and a number after
    /// it counts something.
    fn coordinated_type_word(&self, i: usize) -> bool {
        let doc = self.doc;
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        if !(doc.is(p, ",") || doc.is(p, "và") || doc.is(p, "/")) {
            return false;
        }
        (p.saturating_sub(3)..p).any(|k| {
            doc.kind(k) == Some(TokenKind::Word)
                && vocab::is_unit_type_start(doc.key(k))
                && vocab::unit_type_at(doc, k).is_some_and(|t| k + t.len() == p)
        })
    }

    /// A misspelt province after `tỉnh` (`tỉnh Quản Trị`, `tỉnh Lâm Đông`) or special zone after
    /// `đặc khu` (`đặc khu Thổ Chu` for Thổ Châu), types with few units: the one unit whose name
    /// matches without diacritics, or else within one edit.
    fn misspelt_province(&self, after: &NameAfter<'_>, key: &mut String) -> Option<Raw<'g>> {
        let (doc, i, tw, idx) = (self.doc, after.at, after.tw, after.idx);
        let few = [UnitType::Tinh, UnitType::DacKhu]
            .iter()
            .any(|&t| tw.types() == TypeSet::EMPTY.with(t));
        if tw.is_abbreviation() || !few {
            return None;
        }
        for n in (2..=idx.len().min(4)).rev() {
            let (Some(&first), Some(&last)) = (idx.first(), idx.get(n - 1)) else {
                continue;
            };
            if last + 1 - first != n {
                continue;
            }
            let name = doc.slice(first..last + 1);
            // The same name again in the document: the search once.
            let cands = self
                .misspelt
                .borrow_mut()
                .entry(name)
                .or_insert_with(|| {
                    self.g
                        .lookup(name)
                        .into_iter()
                        .filter(|m| tw.types().contains(m.unit.unit_type()))
                        .map(|m| (m.unit, m.kind))
                        .collect()
                })
                .clone();
            if let (Some((u, _)), true) = (cands.first(), one_name(&cands)) {
                key.clear();
                key.push_str(&hanhchinh_text::key(u.name()));
                return Some(self.raw(i..last + 1, first..last + 1, tw.types(), key, cands));
            }
        }
        None
    }

    /// The units of an exact key, of `types` (any type when empty).
    pub(super) fn typed_cands(&self, key: &str, types: TypeSet) -> Vec<(Unit<'g>, MatchKind)> {
        match self.g.key_postings(key) {
            Some(v) => self.cands_of(v, types, MatchKind::Exact),
            None => Vec::new(),
        }
    }

    /// The units of a postings value, of `types` (any type when empty).
    pub(super) fn cands_of(
        &self,
        v: u64,
        types: TypeSet,
        kind: MatchKind,
    ) -> Vec<(Unit<'g>, MatchKind)> {
        let mut out = Vec::new();
        for id in self.g.data().postings(v) {
            if let Some(u) = self.g.unit_by_index(id) {
                if types.is_empty() || types.contains(u.unit_type()) {
                    out.push((u, kind));
                }
            }
        }
        out
    }

    /// The name after the type word at token `i`, as a typed mention.
    fn after_type_word(
        &self,
        i: usize,
        tw: &TypeWord,
        words: &mut Words,
        key: &mut String,
    ) -> Option<Raw<'g>> {
        let doc = self.doc;
        let start_name = i + tw.len();
        // `tp.hcm`, `q.tân bình`: an abbreviation, its dot and the name glued together are an
        // address written in haste, in any case.
        let compact =
            tw.is_abbreviation() && tw.len() == 2 && doc.touches(i + 1) && doc.touches(start_name);
        let name_ok = |j: usize| wordish(doc, j) && (capitalised(doc, j) || compact);
        let number = |j: usize| doc.kind(j) == Some(TokenKind::Number);
        // Name tokens (indices), skipping a hyphen between two name words (`Bà Rịa - Vũng
        // Tàu`, `Phan Rang-Tháp Chàm`).
        // `xã cẩm Ninh`: a first syllable typed in lower case, the name capitalised after it.
        let lower_first = !tw.is_abbreviation()
            && doc.kind(start_name) == Some(TokenKind::Word)
            && doc.case(start_name) == Case::Lower
            && joined(doc, start_name + 1)
            && name_ok(start_name + 1);
        let mut idx: Vec<usize> = Vec::with_capacity(MAX_NAME_WORDS);
        let mut j = start_name;
        while j < doc.len() && idx.len() < MAX_NAME_WORDS {
            let prev_number = j > start_name && number(j - 1);
            let ok = if idx.is_empty() {
                joined(doc, j)
                    && (name_ok(j) || lower_first || (number(j) && !self.coordinated_type_word(i)))
            } else if matches!(doc.word(j), "-" | "–") && !prev_number {
                if joined(doc, j) && joined(doc, j + 1) && name_ok(j + 1) {
                    j += 1;
                    continue;
                }
                false
            } else {
                !prev_number
                    && (name_ok(j) || (number(j) && doc.word(j).len() <= 2))
                    && joined(doc, j)
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
        // A number followed by `tuổi` is an age (`h. 15 tuổi, p. 14 tuổi`: the initials of
        // minors in a court report), not a numbered ward or district.
        if let [n] = idx[..] {
            if number(n) && doc.spaced(n + 1) && doc.is(n + 1, "tuổi") {
                return None;
            }
        }
        // Every name that is a prefix of the name tokens, in one walk of the FST; longest first.
        // In a text written without diacritics, the name is too, whatever the type word is
        // (`tinh Quang Ngai`, `TP Quang Ngai`).
        let folded = self.unaccented;
        words.clear();
        for &k in &idx {
            words.push_with(|b| push_key(doc, k, folded, b));
        }
        let mut hits = Vec::new();
        let (fst, kind) = if folded {
            (self.g.data().fst_fold.as_ref(), MatchKind::Folded)
        } else {
            (self.g.data().fst_key.as_ref(), MatchKind::Exact)
        };
        words.prefixes(fst, 0, MAX_NAME_WORDS, &mut hits);
        // `xã Tam Xuân 1` for the table's `Tam Xuân I`: before a shorter name that is another
        // unit's (`Tam Xuân`), the whole name with its numeral written the other way.
        let named = NameAfter {
            at: i,
            tw,
            idx: &idx,
        };
        if !folded && !hits.last().is_some_and(|&(n, _)| n == idx.len()) {
            if let Some(raw) = self.numeral_spelling(&named, key) {
                return Some(raw);
            }
        }
        for &(n, v) in hits.iter().rev() {
            if lower_first && n < 2 {
                break;
            }
            if n == 1 && opens_personal_name(doc, &idx) {
                return None;
            }
            let cands = self.cands_of(v, tw.types(), kind);
            if cands.is_empty() {
                continue;
            }
            let last = *idx.get(n - 1)?;
            key.clear();
            key.push_str(words.slice(0, n));
            return Some(self.raw(i..last + 1, start_name..last + 1, tw.types(), key, cands));
        }
        if lower_first {
            return None;
        }
        self.misspelt_province(&named, key)
            .or_else(|| self.other_spelling(&named, key))
    }

    /// A name that ends in a numeral from 1 to 4 written the other way, in digits or in Roman
    /// numerals (`xã Tam Xuân 1` for the table's `Tam Xuân I`, `xã Hòa Tú I` for `Hòa Tú 1`:
    /// the sources write both): the one name of the type word's types so spelt.
    fn numeral_spelling(&self, after: &NameAfter<'_>, key: &mut String) -> Option<Raw<'g>> {
        let (doc, i, types) = (self.doc, after.at, after.tw.types());
        let (&last, name) = after.idx.split_last()?;
        let &first = name.first()?;
        let other = crate::keys::other_numeral(doc.key(last))?;
        key.clear();
        for &k in name {
            if !key.is_empty() {
                key.push(' ');
            }
            push_key(doc, k, false, key);
        }
        key.push(' ');
        key.push_str(other);
        let cands = self.typed_cands(key, types);
        (!cands.is_empty() && one_name(&cands))
            .then(|| self.raw(i..last + 1, first..last + 1, types, key, cands))
    }

    /// A name written with a syllable spelt another way that the sources also use: the other
    /// of `i` and `y` where both are right (`huyện Phú Quý` for the table's `Phú Quí`), or the
    /// other final `c`/`k` (`tỉnh Đắc Lắc` for `Đắk Lắk`; see [`crate::keys::other_spelling`]);
    /// else with the apostrophes a Central Highlands name lost (`huyện Cư Mgar` for `Cư M'gar`;
    /// [`crate::keys::with_apostrophe`]): the one name, of the type word's types, that the name
    /// tokens (the longest first) spell so. Read only where the name as written gave nothing.
    // Cold: read only where a name gave nothing, it stays out of the scan's hot loop (inlined,
    // it cost the scan 0.5% of its instructions).
    #[cold]
    fn other_spelling(&self, after: &NameAfter<'_>, key: &mut String) -> Option<Raw<'g>> {
        if self.unaccented {
            return None;
        }
        let rewrites: [fn(&str) -> Option<String>; 2] =
            [crate::keys::other_spelling, crate::keys::with_apostrophe];
        rewrites
            .into_iter()
            .find_map(|rewrite| self.spelt_with(after, rewrite, key))
    }

    /// [`Scan::other_spelling`] for one way of rewriting a word.
    fn spelt_with(
        &self,
        after: &NameAfter<'_>,
        rewrite: fn(&str) -> Option<String>,
        key: &mut String,
    ) -> Option<Raw<'g>> {
        let (doc, i, types, idx) = (self.doc, after.at, after.tw.types(), after.idx);
        let most = idx.len().min(4);
        // Most names have no such word: nothing is built for them.
        if !idx
            .iter()
            .take(most)
            .any(|&k| rewrite(doc.key(k)).is_some())
        {
            return None;
        }
        let mut word = String::new();
        for n in (1..=most).rev() {
            let toks = idx.get(..n)?;
            let mut changed = false;
            key.clear();
            for &k in toks {
                if !key.is_empty() {
                    key.push(' ');
                }
                word.clear();
                push_key(doc, k, false, &mut word);
                match rewrite(&word) {
                    Some(other) => {
                        key.push_str(&other);
                        changed = true;
                    }
                    None => key.push_str(&word),
                }
            }
            if !changed {
                continue;
            }
            let cands = self.typed_cands(key, types);
            if let (Some(&first), Some(&last), false, true) = (
                toks.first(),
                toks.last(),
                cands.is_empty(),
                one_name(&cands),
            ) {
                return Some(self.raw(i..last + 1, first..last + 1, types, key, cands));
            }
        }
        None
    }
}
