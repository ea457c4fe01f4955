//! Vietnamese word segmentation: `phong trào thi đua của người dân` -> `phong_trào thi_đua của người_dân`.
//!
//! A unigram dynamic program over the syllable lattice (the sum of the log probabilities of the
//! words is maximised, as jieba does) with an embedded word list of 40,256 words and their
//! corpus counts (PhoBERT v1's vocabulary, MIT, VinAI), plus rules: numbers, dates and codes
//! stay one token, a number joins its magnitude (`10 triệu`), reduplications (`xanh xanh`) and
//! runs of capitalised Vietnamese syllables (`Võ Đức Hơn`) join, initials keep their dot (`H.`),
//! a lower-case noun is not glued to the name after it (`biển Đông`), and the i/y spellings of a
//! syllable (`quí`/`quý`) are one. Lookups use the canonical key of
//! [`hanhchinh_text`], so NFC, NFD, either tone-mark placement and any letter case give the same
//! boundaries, and every word's span points into the original text.
//!
//! ```
//! use hanhchinh_segment::Segmenter;
//!
//! let seg = Segmenter::default();
//! assert_eq!(seg.segment("phong trào thi đua của người dân").to_string(), "phong_trào thi_đua của người_dân");
//!
//! // Blind to how diacritics were typed: NFD input, the other tone-mark placement, upper case.
//! let nfd = "ho\u{0300}a gia\u{0309}i";
//! assert_eq!(seg.segment(nfd).len(), 1);
//! assert_eq!(seg.segment("HOÀ GIẢI").len(), 1);
//!
//! // Spans point into the original text.
//! let text = "Người dân  phấn khởi";
//! for w in seg.segment(text).words() {
//!     assert_eq!(&text[w.span()], w.text());
//! }
//! ```
//!
//! User words (jieba's `add_word`, underthesea's `fixed_words`) come through
//! [`Segmenter::builder`]; the facade crate `hanhchinh` adds the gazetteer's unit names and the
//! abbreviation crate's titles this way and calls [`Segmenter::segment_tokens`] on the tokens it
//! already has.

mod builder;
mod embedded;
mod error;
mod join;
mod lattice;
mod lexicon;
mod segmentation;
mod segmenter;
mod trie;

pub use builder::{SegmenterBuilder, DEFAULT_MAX_NAME_SYLLABLES, DEFAULT_MAX_WORD_TOKENS};
pub use error::Error;
pub use lexicon::{build_word_map, word_key};
pub use segmentation::{Segmentation, Word};
pub use segmenter::Segmenter;

/// The embedded word map's bytes: an [`fst::Map`] from the canonical key of each word
/// (syllables separated by one space) to its corpus count, as built by [`build_word_map`] from
/// `data/lexicon/phobert_words.tsv` (`cargo xtask gen segment`).
pub fn embedded_word_map() -> &'static [u8] {
    embedded::EMBEDDED_FST
}
