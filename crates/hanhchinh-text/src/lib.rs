//! Vietnamese text foundations for the hanhchinh crates: normalization, diacritic folding,
//! an offset-exact tokenizer, sentence splitting, a syllable check and legacy encodings.
//!
//! Vietnamese text reaches programs in many equivalent spellings: precomposed (NFC) or
//! decomposed (NFD) Unicode, the tone mark of `hoà`/`hòa`, `thuỷ`/`thủy` on either vowel,
//! upper or lower case, and from old documents in TCVN3, VNI or VIQR. This crate makes them
//! equal and cuts text into tokens that point back into the original input.
//!
//! | need | function |
//! | --- | --- |
//! | one canonical spelling (NFC, one tone placement) | [`normalize`], [`normalize_with`] |
//! | a lookup key equal for every spelling and case | [`key`], [`key_into`] |
//! | search without diacritics (`Nam Từ Liêm` -> `nam tu liem`) | [`fold`], [`fold_into`] |
//! | tokens with byte spans and kinds | [`tokenize`], [`Token`], [`TokenKind`] |
//! | a document tokenized once, with every token's key, fold, case, gaps, lines, sentences | [`Doc`] |
//! | sentences | [`sentences`] |
//! | is this word a Vietnamese syllable? | [`syllable::is_syllable`] |
//!
//! ```
//! use hanhchinh_text::{fold, key, normalize, tokenize, TokenKind};
//!
//! assert_eq!(normalize("Uỷ ban nhân dân"), "Ủy ban nhân dân");
//! assert_eq!(key("HOÀ BÌNH"), key("Hòa Bình"));
//! assert_eq!(fold("Nam Từ Liêm"), "nam tu liem");
//!
//! let text = "Quận NamTừ Liêm có 2.309 doanh nghiệp";
//! let tokens: Vec<_> = tokenize(text).collect();
//! assert_eq!(tokens[1].text(), "Nam");
//! assert_eq!(tokens[5].kind(), TokenKind::Number);
//! assert_eq!(&text[tokens[5].span()], "2.309");
//! ```
//!
//! No function of this crate panics, whatever `&str` it is given.

#![forbid(unsafe_code)]

mod doc;
mod fold;
mod letter;
mod names;
mod normalize;
#[cfg(test)]
mod reference;
mod sentence;
mod span;
pub mod syllable;
mod token;
mod tone;
pub mod vocab;

pub mod legacy;

pub use doc::{Case, Doc, Gap};
pub use fold::{fold, fold_into, is_folded};
pub use names::ParseNameError;
pub use normalize::{
    is_space, key, key_into, normalize, normalize_with, NormalizeOptions, ToneStyle,
};
pub use sentence::{sentences, Sentence, Sentences};
pub use token::{tokenize, Token, TokenKind, Tokens};
