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

pub use unit::{Level, ParseVocabError, UnitType, UnitTypeSet};

use crate::Doc;

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

/// A unit-type word found in a [`Doc`] (see [`unit_type_at`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypeWord {
    len: usize,
    types: UnitTypeSet,
    folded: bool,
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
}

/// The unit-type word written in full at token `i` (`quận`, `Thị xã`, `THÀNH PHỐ`, `tổ dân
/// phố`), the longest if several fit. Abbreviations (`TP.`, `Q.`) are not read here: their
/// reading depends on what follows (see [`UnitType::abbreviations`]).
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
    // The words are ordered longest first.
    tables::TYPE_WORDS
        .iter()
        .find(|(p, _)| p.at(doc, i, folded))
        .map(|(p, types)| TypeWord {
            len: p.len(),
            types: *types,
            folded,
        })
}

/// Whether `key` (a lookup key) is the first word of a unit-type word (`thị` of `thị xã`).
pub fn is_type_word_start(key: &str) -> bool {
    tables::TYPE_WORDS
        .iter()
        .any(|(p, _)| p.words.first() == Some(&key))
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
    tables::HONORIFICS
        .iter()
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
mod tests {
    use super::*;

    #[test]
    fn type_words() {
        let doc = Doc::new("TỔ DÂN PHỐ số 3, Thành phố Huế, thi xa Son Tay, thị\nxã");
        let t = unit_type_at(&doc, 0).unwrap();
        assert_eq!(
            (t.len(), t.types()),
            (3, UnitTypeSet::of(&[UnitType::ToDanPho]))
        );
        let t = unit_type_at(&doc, 6).unwrap();
        assert_eq!(t.types().types().count(), 2);
        assert!(unit_type_at(&doc, 10).is_none());
        let f = unit_type_at_folded(&doc, 10).unwrap();
        assert!(f.is_folded() && f.types().contains(UnitType::ThiXa));
        // A line break inside the word: not the word.
        assert!(unit_type_at(&doc, 15).is_none());
        assert!(is_type_word_start("thị") && !is_type_word_start("xã ủy"));
    }

    #[test]
    fn honorifics() {
        let doc = Doc::new("Đ/c Hà, đồng chí Lan, bà Mai, đồng bào");
        assert_eq!(honorific_at(&doc, 0).map(|h| h.len()), Some(3));
        assert_eq!(honorific_at(&doc, 5).map(|h| h.len()), Some(2));
        assert_eq!(
            honorific_at(&doc, 9).map(|h| h.gender()),
            Some(Gender::Female)
        );
        assert!(honorific_at(&doc, 12).is_none());
    }

    #[test]
    fn tables_are_sorted_and_keyed() {
        assert!(tables::PLACE_NOUNS.windows(2).all(|w| w[0] < w[1]));
        for d in doc_types() {
            assert_eq!(crate::key(d.name()), d.key());
        }
        assert!(doc_types_named("quyết định").any(|d| d.code() == Some("QĐ")));
    }
}
