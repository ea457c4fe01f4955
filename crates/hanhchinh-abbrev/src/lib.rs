#![doc = include_str!("../README.md")]
//!
//! ## Entry points
//!
//! | need | function |
//! | --- | --- |
//! | abbreviations in text, expanded in context | [`find`], [`find_in_doc`], [`Lexicon::find`] |
//! | candidates of one abbreviation | [`expand`], [`Lexicon::entry`] |
//! | one title, or a chain of titles | [`parse_title`], [`split_titles`] |
//! | ranks and titles around a person's name | [`designation`], [`Lexicon::designation_in_doc`] |
//! | legal references | [`find_legal_refs`], [`find_legal_refs_in_doc`], [`parse_symbol`] |
//! | laws named by title, without a number | [`find_law_names`], [`find_law_names_in_doc`] |
//! | ranks, document types, issuers, surnames | [`Lexicon::rank`], [`Lexicon::doctype_by_name`], [`Lexicon::issuer`], [`is_surname`] |
//!
//! Spans are byte offsets into the original input. The functions without a [`Lexicon`]
//! receiver use the built-in one ([`Lexicon::builtin`]). The `_in_doc` functions read a
//! [`hanhchinh_text::Doc`] that the caller built once for all its recognizers (every token's
//! key, case and gaps computed there, not here); the functions on a `&str` build one, and the
//! `_in_tokens` ones build one of the caller's tokens.

#![forbid(unsafe_code)]

mod context;
mod error;
mod legal;
mod lexicon;
mod scan;
mod title;

pub use context::{Context, Level, ProvinceKind};
pub use error::Error;
pub use hanhchinh_text::vocab::DocType;
pub use legal::{
    find_law_names, find_law_names_in_doc, find_legal_refs, find_legal_refs_in_doc,
    find_legal_refs_in_tokens, parse_symbol, LawName, LegalRef, Symbol,
};
pub use lexicon::{
    is_surname, surnames, Candidate, Category, Condition, Entry, Lexicon, Part, Rank, RankKind,
    Scope, Tables, WordKind,
};
pub use scan::{expand, find, find_in_doc, find_in_tokens, Mention, Origin};
pub use title::{designation, parse_title, split_titles, Designation, RankMention, Title};
