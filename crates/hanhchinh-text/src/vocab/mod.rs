//! The closed word lists that several recognizers need, each once: unit types and levels,
//! document types, honorifics and place nouns.
//!
//! The lists are tables in `data/vocab/*.tsv` (with their sources), baked into this crate by
//! `cargo xtask gen vocab` (a test fails when the baked tables and the TSV differ). Every
//! crate that needs a type word, a document type or an honorific reads it here.
//!
//! ```
//! use hanhchinh_text::vocab::{self, UnitType};
//! use hanhchinh_text::Doc;
//!
//! let doc = Doc::new("ông Trần Văn An, Chủ tịch UBND thị xã Sơn Tây");
//! assert_eq!(vocab::honorific_at(&doc, 0).map(|h| h.len()), Some(1));
//! let t = vocab::unit_type_at(&doc, 8).unwrap();
//! assert_eq!(t.len(), 2);
//! assert!(t.types().contains(UnitType::ThiXa));
//! assert!(vocab::is_place_noun("đường"));
//! assert_eq!(vocab::doc_types_with_code("NQ").next().map(|d| d.name()), Some("Nghị quyết"));
//! ```

#[rustfmt::skip]
mod tables;
mod unit;

pub use unit::{Level, UnitType, UnitTypeSet};

use std::sync::OnceLock;

use crate::{Case, Doc, Gap, TokenKind};

/// A phrase of the vocabulary, as the tokens of its lookup key and of its fold.
#[derive(Debug)]
pub(crate) struct Phrase {
    /// Keys of its tokens (`["thị", "xã"]`, `["đ", "/", "c"]`).
    pub(crate) words: &'static [&'static str],
    /// Folds of its tokens (`["thi", "xa"]`).
    pub(crate) folds: &'static [&'static str],
    /// Bit `k` set: token `k` touches the one before (`/` in `đ/c`); clear: spaces only.
    pub(crate) touching: u32,
}

impl Phrase {
    /// Whether the phrase stands at token `i` of `doc` (by key, or by fold when `folded`).
    fn at(&self, doc: &Doc<'_>, i: usize, folded: bool) -> bool {
        let forms = if folded { self.folds } else { self.words };
        forms.iter().enumerate().all(|(k, w)| {
            let j = i + k;
            let same = if folded {
                doc.fold(j) == *w && j < doc.len()
            } else {
                doc.is(j, w)
            };
            let joined = k == 0
                || if self.touching & (1 << k) != 0 {
                    doc.touches(j)
                } else {
                    doc.spaced(j)
                };
            same && joined
        })
    }

    fn len(&self) -> usize {
        self.words.len()
    }
}

/// A unit-type word found in a [`Doc`] (see [`unit_type_at`] and
/// [`unit_type_abbreviation_at`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypeWord {
    len: usize,
    types: UnitTypeSet,
    folded: bool,
    abbreviated: bool,
}

impl TypeWord {
    /// How many tokens the word takes (`thị xã`: 2).
    pub fn len(&self) -> usize {
        self.len
    }

    /// Always false: a type word has a token at least (for symmetry with `len`).
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The types written with this word (`thành phố`: two).
    pub fn types(&self) -> UnitTypeSet {
        self.types
    }

    /// Whether the word was matched without its diacritics (`thi xa`).
    pub fn is_folded(&self) -> bool {
        self.folded
    }

    /// Whether the word is an abbreviation (`TP.`, `Q.`, `TX`).
    pub fn is_abbreviation(&self) -> bool {
        self.abbreviated
    }
}

/// The unit-type word written in full at token `i` (`quận`, `Thị xã`, `THÀNH PHỐ`, `tổ dân
/// phố`, `huyện đảo` before a name: an island district is a district), the longest if several
/// fit. Abbreviations (`TP.`, `Q.`) are not read here: their
/// reading depends on what follows (see [`UnitType::abbreviations`]). A type word that is a
/// syllable of a common word is none (`xã hội`, `tỉnh táo`, `bản đồ`, `hợp tác xã`).
///
/// ```
/// use hanhchinh_text::{vocab::unit_type_at, Doc};
///
/// let doc = Doc::new("Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An, xã Hội An");
/// let at = |w: &str| doc.tokens().iter().position(|t| t.text() == w).unwrap();
/// assert!(unit_type_at(&doc, at("Xã")).is_none());
/// assert!(unit_type_at(&doc, at("tỉnh")).is_some());
/// assert!(unit_type_at(&doc, at("xã")).is_some());
/// // A cooperative: the last syllable of `hợp tác xã`.
/// assert!(unit_type_at(&Doc::new("Hợp tác xã Tân Phú"), 2).is_none());
/// ```
pub fn unit_type_at(doc: &Doc<'_>, i: usize) -> Option<TypeWord> {
    type_word(doc, i, false)
}

/// Like [`unit_type_at`], matching the fold (`thi xa`, `quan`): for text written without
/// diacritics. Folds are ambiguous (`ban` is also `ban`, a committee): use it where the text is
/// known to be unaccented.
pub fn unit_type_at_folded(doc: &Doc<'_>, i: usize) -> Option<TypeWord> {
    type_word(doc, i, true)
}

fn type_word(doc: &Doc<'_>, i: usize, folded: bool) -> Option<TypeWord> {
    let first = if folded { doc.fold(i) } else { doc.key(i) };
    let forms = |p: &Phrase| if folded { p.folds } else { p.words };
    // The words are ordered longest first.
    tables::TYPE_WORDS
        .iter()
        .filter(|(p, _)| forms(p).first() == Some(&first))
        .find(|(p, _)| p.at(doc, i, folded))
        .filter(|(p, _)| folded || p.len() != 1 || !in_common_word(doc, i))
        .map(|(p, types)| TypeWord {
            len: p.len() + usize::from(!folded && island_after(doc, i + p.len())),
            types: *types,
            folded,
            abbreviated: false,
        })
}

/// Whether token `k` is the `đảo` (island) of `huyện đảo Lý Sơn`, `xã đảo Thổ Châu`: a
/// lower-case `đảo` after the type word, a name after it. Such a unit is of the type the word
/// before `đảo` says; `đảo` belongs to its type word.
fn island_after(doc: &Doc<'_>, k: usize) -> bool {
    doc.key(k) == "đảo"
        && doc.case(k) == Case::Lower
        && doc.gap_before(k) == Gap::Space
        && doc.gap_before(k + 1) == Gap::Space
        && doc.is_name_word(k + 1)
}

/// Whether the one-word unit-type word at `i` is a syllable of a common word
/// (`data/vocab/type_word_compounds.tsv`): the first, the rest of the word following in lower
/// case (`xã hội`, `tỉnh táo`, `bản đồ`), or the last, the rest preceding it (`hợp tác xã`).
/// Such a type word is none (`Sở Lao động - Thương binh và Xã hội`, `Hợp tác xã Tân Phú`;
/// `xã Hội An` stays a commune).
fn in_common_word(doc: &Doc<'_>, i: usize) -> bool {
    let spaced = |k: usize| doc.gap_before(k) == Gap::Space;
    let listed = |parts: &[&str]| {
        tables::TYPE_WORD_COMPOUNDS
            .binary_search_by(|w| cmp_joined(w, parts))
            .is_ok()
    };
    let key = doc.key(i);
    if doc.case(i + 1) == Case::Lower && spaced(i + 1) && listed(&[key, doc.key(i + 1)]) {
        return true;
    }
    // The rows that end in a type word: two words (`làng xã`) or three (`hợp tác xã`).
    let before = |n: usize| {
        i.checked_sub(n)
            .filter(|&k| spaced(k + 1))
            .map(|k| doc.key(k))
    };
    match (before(1), before(2)) {
        (Some(b1), b2) => listed(&[b1, key]) || b2.is_some_and(|b2| listed(&[b2, b1, key])),
        (None, _) => false,
    }
}

/// Orders `row` against the words of `parts` joined by single spaces, without joining them
/// (byte order, as the generator sorts the rows).
fn cmp_joined(row: &str, parts: &[&str]) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let mut rest = row.as_bytes();
    for (n, part) in parts.iter().enumerate() {
        if n > 0 {
            match rest.split_first() {
                Some((&b' ', tail)) => rest = tail,
                Some((&c, _)) => return c.cmp(&b' '),
                None => return Ordering::Less,
            }
        }
        let p = part.as_bytes();
        let m = rest.len().min(p.len());
        match rest.get(..m).cmp(&p.get(..m)) {
            Ordering::Equal if rest.len() < p.len() => return Ordering::Less,
            Ordering::Equal => rest = rest.get(m..).unwrap_or(&[]),
            other => return other,
        }
    }
    if rest.is_empty() {
        Ordering::Equal
    } else {
        Ordering::Greater
    }
}

/// Whether `a` and `b` are the same letters, ignoring case (no allocation).
fn same_letters(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        // The common case, without decoding.
        return a.eq_ignore_ascii_case(b);
    }
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// The unit-type abbreviation at token `i`, from the `abbreviations` column of
/// `data/vocab/unit_types.tsv`, in any case (`TP`, `Tp`, `tp`), with the context each form
/// needs:
///
/// * a form written with a dot (`TP.`, `Q.`, `P.`, `TX.`) needs the dot after the word, touching
///   it or after spaces on the same line (`Q.1`, `Tp. Huế`, `q.Tân Bình`, `TP . HCM` in text
///   with spaced punctuation);
/// * a form of two letters or more written without a dot (`TP`, `TX`, `TT`, `KP`) needs
///   nothing (`TP Hà Nội`, `tp HCM`); a dot after it is taken with it;
/// * a form of one letter without a dot (`Q`, `P`) is only written glued to a number (`Q1`,
///   `P12`: see [`unit_type_code`]), never alone.
///
/// The dot, when there is one, is part of the match (`len` 2). Whether a name follows is for
/// the caller to check.
///
/// ```
/// use hanhchinh_text::vocab::{unit_type_abbreviation_at, UnitType};
/// use hanhchinh_text::Doc;
///
/// let doc = Doc::new("TP.HCM, Q.1, tp.hcm, TP Huế, Q Ba Đình");
/// let tp = unit_type_abbreviation_at(&doc, 0).unwrap();
/// assert_eq!(tp.len(), 2);
/// assert!(tp.is_abbreviation() && tp.types().contains(UnitType::ThanhPho));
/// assert!(unit_type_abbreviation_at(&doc, 4).unwrap().types().contains(UnitType::Quan));
/// assert_eq!(unit_type_abbreviation_at(&doc, 8).map(|t| t.len()), Some(2)); // tp.hcm
/// assert_eq!(unit_type_abbreviation_at(&doc, 12).map(|t| t.len()), Some(1)); // TP Huế
/// assert!(unit_type_abbreviation_at(&doc, 15).is_none()); // Q Ba Đình
/// ```
pub fn unit_type_abbreviation_at(doc: &Doc<'_>, i: usize) -> Option<TypeWord> {
    let w = doc.word(i);
    // The longest abbreviation has three letters (`TDP`, `ĐK`: at most 4 bytes).
    if doc.kind(i) != Some(TokenKind::Word) || w.len() > 4 {
        return None;
    }
    let dotted = doc.word(i + 1) == "."
        && matches!(doc.gap_before(i + 1), crate::Gap::None | crate::Gap::Space);
    let mut types = UnitTypeSet::EMPTY;
    for row in &tables::UNIT_TYPES {
        for a in row.abbreviations {
            let hit = match a.strip_suffix('.') {
                Some(base) => dotted && same_letters(w, base),
                None => a.chars().nth(1).is_some() && same_letters(w, a),
            };
            if hit {
                types = types.with(row.ty);
            }
        }
    }
    if types.is_empty() {
        return None;
    }
    Some(TypeWord {
        len: 1 + usize::from(dotted),
        types,
        folded: false,
        abbreviated: true,
    })
}

/// A unit-type letter glued to a number (`Q1`, `P12`, `q.1` written as one token): the types of
/// the letter (the one-letter forms without a dot of `data/vocab/unit_types.tsv`) and the
/// number as written.
///
/// ```
/// use hanhchinh_text::vocab::{unit_type_code, UnitType};
/// let (types, n) = unit_type_code("Q10").unwrap();
/// assert!(types.contains(UnitType::Quan));
/// assert_eq!(n, "10");
/// assert!(unit_type_code("Km2").is_none());
/// assert!(unit_type_code("Q").is_none());
/// ```
pub fn unit_type_code(word: &str) -> Option<(UnitTypeSet, &str)> {
    let first = word.chars().next()?;
    let rest = word.get(first.len_utf8()..)?;
    if rest.is_empty() || !rest.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut buf = [0u8; 4];
    let letter: &str = first.encode_utf8(&mut buf);
    let types = tables::UNIT_TYPES
        .iter()
        .filter(|row| {
            row.abbreviations
                .iter()
                .any(|a| a.chars().nth(1).is_none() && same_letters(a, letter))
        })
        .fold(UnitTypeSet::EMPTY, |s, row| s.with(row.ty));
    (!types.is_empty()).then_some((types, rest))
}

/// A unit-type abbreviation of two letters or more glued to a name in capitals in one word
/// (`TPHCM` = `TP` + `HCM`): the types of the abbreviation and the rest of the word. The word
/// must be all capitals and the rest two letters at least.
///
/// ```
/// use hanhchinh_text::vocab::{unit_type_prefix, UnitType};
/// let (types, rest) = unit_type_prefix("TPHCM").unwrap();
/// assert!(types.contains(UnitType::ThanhPhoTrungUong));
/// assert_eq!(rest, "HCM");
/// assert!(unit_type_prefix("TPhcm").is_none());
/// assert!(unit_type_prefix("TPH").is_none());
/// ```
pub fn unit_type_prefix(word: &str) -> Option<(UnitTypeSet, &str)> {
    static GLUED: OnceLock<Vec<(String, UnitTypeSet)>> = OnceLock::new();
    let glued = GLUED.get_or_init(|| {
        let mut v: Vec<(String, UnitTypeSet)> = Vec::new();
        for row in &tables::UNIT_TYPES {
            for a in row.abbreviations {
                if a.ends_with('.') || a.chars().nth(1).is_none() {
                    continue;
                }
                let up = a.to_uppercase();
                match v.iter_mut().find(|(w, _)| *w == up) {
                    Some((_, t)) => *t = t.with(row.ty),
                    None => v.push((up, UnitTypeSet::EMPTY.with(row.ty))),
                }
            }
        }
        v
    });
    let (types, rest) = glued.iter().find_map(|(a, t)| {
        let rest = word.strip_prefix(a.as_str())?;
        rest.chars().nth(1).is_some().then_some((*t, rest))
    })?;
    word.chars()
        .all(char::is_uppercase)
        .then_some((types, rest))
}

/// Whether `key` (a lookup key: lower case) is, in some case, one of the unit-type
/// abbreviations of `data/vocab/unit_types.tsv` without its dot (`tp`, `q`, `tx`, `đk`): a
/// cheap test before [`unit_type_abbreviation_at`].
pub fn is_type_abbreviation(key: &str) -> bool {
    static KEYS: OnceLock<WordSet> = OnceLock::new();
    KEYS.get_or_init(|| {
        WordSet::new(tables::UNIT_TYPES.iter().flat_map(|row| {
            row.abbreviations
                .iter()
                .map(|a| crate::key(a.trim_end_matches('.')).into_owned())
        }))
    })
    .contains(key)
}

/// Which side of a reorganisation of units a cue points to (see [`reform_cue_at`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReformEra {
    /// The units as they were before (`xã X (cũ)`, `trước sắp xếp`, `trên cơ sở sáp nhập`).
    Former,
    /// The units as they are after (`tỉnh X (mới)`, `sau sắp xếp`).
    New,
}

/// Which mentions a reform cue concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CueScope {
    /// The unit written just before the cue (`xã X (cũ)`).
    Preceding,
    /// The units written after it, to the end of the sentence (`sau sắp xếp, ...`).
    Following,
}

/// A cue found in a [`Doc`] that says which side of a reorganisation of units the mentions
/// near it are read on (see [`reform_cue_at`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReformCue {
    len: usize,
    era: ReformEra,
    scope: CueScope,
}

impl ReformCue {
    /// How many tokens the cue takes (`(cũ)`: 3).
    pub fn len(&self) -> usize {
        self.len
    }

    /// Always false (for symmetry with `len`).
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The side it points to.
    pub fn era(&self) -> ReformEra {
        self.era
    }

    /// The mentions it concerns.
    pub fn scope(&self) -> CueScope {
        self.scope
    }
}

/// The reform cue at token `i` (`(cũ)`, `trước sắp xếp`, `sau khi sáp nhập`, `trên cơ sở hợp
/// nhất`), longest first, from `data/vocab/reform_cues.tsv`.
///
/// ```
/// use hanhchinh_text::vocab::{reform_cue_at, CueScope, ReformEra};
/// use hanhchinh_text::Doc;
///
/// let doc = Doc::new("xã Tân An (cũ); sau khi sáp nhập, xã Tân An");
/// let c = reform_cue_at(&doc, 3).unwrap();
/// assert_eq!((c.len(), c.era(), c.scope()), (3, ReformEra::Former, CueScope::Preceding));
/// let c = reform_cue_at(&doc, 7).unwrap();
/// assert_eq!((c.len(), c.era(), c.scope()), (4, ReformEra::New, CueScope::Following));
/// ```
pub fn reform_cue_at(doc: &Doc<'_>, i: usize) -> Option<ReformCue> {
    let first = doc.key(i);
    tables::REFORM_CUES
        .iter()
        .filter(|(p, _, _)| p.words.first() == Some(&first))
        .find(|(p, _, _)| p.at(doc, i, false))
        .map(|(p, era, scope)| ReformCue {
            len: p.len(),
            era: *era,
            scope: *scope,
        })
}

/// A small set of words (lookup keys) that answers "no" for most words after looking at their
/// first byte, and compares the few words that share it by length first.
struct WordSet {
    words: Vec<String>,
    /// For each first byte, the range of `words` that starts with it.
    ranges: Vec<(u16, u16)>,
}

impl WordSet {
    fn new(words: impl Iterator<Item = String>) -> WordSet {
        let mut words: Vec<String> = words.collect();
        words.sort_unstable();
        words.dedup();
        let mut ranges = vec![(0u16, 0u16); 256];
        for (i, w) in words.iter().enumerate() {
            let Some(r) = w
                .as_bytes()
                .first()
                .and_then(|b| ranges.get_mut(usize::from(*b)))
            else {
                continue;
            };
            let i = u16::try_from(i).unwrap_or(u16::MAX);
            if r.1 == 0 {
                *r = (i, i + 1);
            } else {
                r.1 = i + 1;
            }
        }
        WordSet { words, ranges }
    }

    fn contains(&self, key: &str) -> bool {
        let Some(&(a, b)) = key
            .as_bytes()
            .first()
            .and_then(|b| self.ranges.get(usize::from(*b)))
        else {
            return false;
        };
        self.words
            .get(usize::from(a)..usize::from(b))
            .is_some_and(|ws| ws.iter().any(|w| w == key))
    }
}

/// The first words of the reform cues (lookup keys: `(`, `trước`, `sau`, `cũ`, …), for callers
/// that build their own prefilter.
pub fn reform_cue_starts() -> impl Iterator<Item = &'static str> {
    tables::REFORM_CUES
        .iter()
        .filter_map(|(p, _, _)| p.words.first().copied())
}

/// Whether a reform cue of two words or more starts with the lookup keys `first`, `second`
/// (`sau`, `sắp`; `(`, `cũ`): a cheap test before [`reform_cue_at`] for a reader without a
/// [`Doc`].
///
/// ```
/// use hanhchinh_text::vocab::reform_cue_continues;
/// assert!(reform_cue_continues("(", "cũ") && reform_cue_continues("sau", "khi"));
/// assert!(!reform_cue_continues("(", "hà") && !reform_cue_continues("cũ", "và"));
/// ```
pub fn reform_cue_continues(first: &str, second: &str) -> bool {
    tables::REFORM_CUES
        .iter()
        .any(|(p, _, _)| p.words.first() == Some(&first) && p.words.get(1) == Some(&second))
}

/// Whether `key` (a lookup key) is the first word of a reform cue (`(`, `trước`, `sau`, `cũ`):
/// a cheap test before [`reform_cue_at`].
pub fn is_reform_cue_start(key: &str) -> bool {
    static STARTS: OnceLock<WordSet> = OnceLock::new();
    STARTS
        .get_or_init(|| {
            WordSet::new(
                tables::REFORM_CUES
                    .iter()
                    .filter_map(|(p, _, _)| p.words.first().map(|w| (*w).to_string())),
            )
        })
        .contains(key)
}

/// Whether `key` (a lookup key) is the first word of a unit-type word or an abbreviation of one
/// without its dot (`thị`, `quận`, `tp`, `q`): the one cheap test before
/// [`unit_type_at`] and [`unit_type_abbreviation_at`].
pub fn is_unit_type_start(key: &str) -> bool {
    static STARTS: OnceLock<WordSet> = OnceLock::new();
    STARTS
        .get_or_init(|| {
            let words = tables::TYPE_WORDS
                .iter()
                .filter_map(|(p, _)| p.words.first().map(|w| (*w).to_string()));
            let abbreviations = tables::UNIT_TYPES.iter().flat_map(|row| {
                row.abbreviations
                    .iter()
                    .map(|a| crate::key(a.trim_end_matches('.')).into_owned())
            });
            WordSet::new(words.chain(abbreviations))
        })
        .contains(key)
}

/// Whether `key` (a lookup key) is the first word of a unit-type word (`thị` of `thị xã`).
pub fn is_type_word_start(key: &str) -> bool {
    static STARTS: OnceLock<WordSet> = OnceLock::new();
    STARTS
        .get_or_init(|| {
            WordSet::new(
                tables::TYPE_WORDS
                    .iter()
                    .filter_map(|(p, _)| p.words.first().map(|w| (*w).to_string())),
            )
        })
        .contains(key)
}

/// Gender that a form of address implies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Gender {
    /// `ông`, `anh`, `chú`, `thầy`.
    Male,
    /// `bà`, `chị`, `cô`.
    Female,
    /// `đồng chí`, `em`, `bác`.
    Unknown,
}

/// A form of address found before a name (see [`honorific_at`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Honorific {
    len: usize,
    gender: Gender,
}

impl Honorific {
    /// How many tokens it takes (`đồng chí`: 2, `Đ/c`: 3).
    pub fn len(&self) -> usize {
        self.len
    }

    /// Always false (for symmetry with `len`).
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The gender it implies.
    pub fn gender(&self) -> Gender {
        self.gender
    }
}

/// The form of address at token `i` (`ông`, `Bà`, `đồng chí`, `Đ/c`), longest first, from
/// `data/vocab/honorifics.tsv`.
pub fn honorific_at(doc: &Doc<'_>, i: usize) -> Option<Honorific> {
    // The rows by their first word, the longest first: most words start none, and a word
    // that does is tried against its few rows only.
    static BY_FIRST: OnceLock<std::collections::HashMap<&'static str, Vec<usize>>> =
        OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| {
        let mut m: std::collections::HashMap<&'static str, Vec<usize>> = Default::default();
        for (k, (p, _)) in tables::HONORIFICS.iter().enumerate() {
            if let Some(w) = p.words.first() {
                m.entry(*w).or_default().push(k);
            }
        }
        for rows in m.values_mut() {
            rows.sort_by_key(|&k| {
                std::cmp::Reverse(tables::HONORIFICS.get(k).map_or(0, |(p, _)| p.len()))
            });
        }
        m
    });
    by_first
        .get(doc.key(i))?
        .iter()
        .filter_map(|&k| tables::HONORIFICS.get(k))
        .find(|(p, _)| p.at(doc, i, false))
        .map(|(p, gender)| Honorific {
            len: p.len(),
            gender: *gender,
        })
}

/// Whether `key` (a lookup key) is a place or institution noun after which a capitalised name
/// is the name of that place (`trường`, `đường`, `phố`, `chùa`, …; `data/vocab/place_nouns.tsv`).
pub fn is_place_noun(key: &str) -> bool {
    tables::PLACE_NOUNS.binary_search(&key).is_ok()
}

/// Whether `key` (a lookup key) is a compass direction that, capitalised before a place name,
/// names a part of that place (`phía Bắc Khánh Hòa`, `miền Tây Thanh Hóa`;
/// `data/vocab/directions.tsv`).
///
/// ```
/// assert!(hanhchinh_text::vocab::is_direction("bắc"));
/// assert!(!hanhchinh_text::vocab::is_direction("trung"));
/// ```
pub fn is_direction(key: &str) -> bool {
    tables::DIRECTIONS.binary_search(&key).is_ok()
}

/// Whether `key` (a lookup key) is a preposition of place after which a capitalised name
/// names a place, not a person (`tại Hà Nội`, `ở Đà Nẵng`; `data/vocab/locatives.tsv`).
///
/// ```
/// assert!(hanhchinh_text::vocab::is_locative("tại"));
/// assert!(!hanhchinh_text::vocab::is_locative("tạ"));
/// ```
pub fn is_locative(key: &str) -> bool {
    tables::LOCATIVES.binary_search(&key).is_ok()
}

/// Which system of documents a document type belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum System {
    /// Documents of the Party and of the State.
    Any,
    /// State documents (Nghị định 30/2020/NĐ-CP, the law on legal documents).
    State,
    /// Party documents (Hướng dẫn 36-HD/VPTW).
    Party,
}

/// A type of document and its code in document symbols (`Nghị quyết`, `NQ`), from
/// `data/vocab/doc_types.tsv`.
#[derive(Debug)]
pub struct DocType {
    pub(crate) code: Option<&'static str>,
    pub(crate) name: &'static str,
    pub(crate) key: &'static str,
    pub(crate) system: System,
}

impl DocType {
    /// The code in symbols (`NQ`, `QĐ`, `TTr`); `None` for types written without one (`Luật`).
    pub fn code(&self) -> Option<&'static str> {
        self.code
    }

    /// The name, capitalised as at the start of a sentence (`Nghị quyết`).
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The lookup key of the name (`nghị quyết`).
    pub fn key(&self) -> &'static str {
        self.key
    }

    /// The system of documents it belongs to.
    pub fn system(&self) -> System {
        self.system
    }
}

/// Every document type, in table order.
pub fn doc_types() -> &'static [DocType] {
    tables::DOC_TYPES
}

/// The document types whose symbol code is `code` (exact case: `TT` is Thông tư or Thông tri).
pub fn doc_types_with_code(code: &str) -> impl Iterator<Item = &'static DocType> + '_ {
    tables::DOC_TYPES
        .iter()
        .filter(move |d| d.code == Some(code))
}

/// The document types named `key` (a lookup key: `quyết định`).
pub fn doc_types_named(key: &str) -> impl Iterator<Item = &'static DocType> + '_ {
    tables::DOC_TYPES.iter().filter(move |d| d.key == key)
}

#[cfg(test)]
mod tests;
