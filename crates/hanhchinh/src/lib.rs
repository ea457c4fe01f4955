//! Vietnamese administrative NLP in one call: tokens, administrative units, persons with their
//! titles, abbreviations, figures, dates and legal references, resolved against each other.
//!
//! ```
//! use hanhchinh::{Analyzer, Day};
//!
//! let a = Analyzer::builder().reference_date(Day::new(2023, 1, 11).unwrap()).build();
//! let text = "Sáng ngày 11/01/2023, UBND huyện Quỳnh Phụ tổ chức hội nghị; \
//!             đồng chí Đinh Trọng Xá-TUV, Bí thư Huyện ủy phát biểu.";
//! let r = a.analyze(text);
//! let got: Vec<(&str, &str)> = r.entities().iter().map(|e| (e.kind().as_str(), e.text())).collect();
//! assert_eq!(got, [
//!     ("date", "ngày 11/01/2023"),
//!     ("abbrev", "UBND"),
//!     ("admin_unit", "huyện Quỳnh Phụ"),
//!     ("person", "Đinh Trọng Xá"),
//!     ("abbrev", "TUV"),
//! ]);
//! // Quỳnh Phụ is in Thái Bình, a province: TUV is Tỉnh ủy viên here.
//! assert_eq!(r.entities()[3].titles(), ["Tỉnh ủy viên", "Bí thư Huyện ủy"]);
//! ```
//!
//! The member crates are re-exported ([`text`], [`gazetteer`], [`numdate`], [`abbrev`],
//! [`segment`]), each behind a cargo feature of the same name (all on by default), so one
//! dependency gives all of them. The JSON form of an entity ([`Entity::to_json`]) is the
//! contract of the `hanhchinh analyze` command; it is described in `docs/json-contract.md`.
//!
//! Composition and the overlap rule are described in the documentation of [`Analyzer`] and in
//! the crate README.

/// The README's example runs as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub use hanhchinh_text as text;

#[cfg(feature = "abbrev")]
pub use hanhchinh_abbrev as abbrev;
#[cfg(feature = "gazetteer")]
pub use hanhchinh_gazetteer as gazetteer;
#[cfg(feature = "numdate")]
pub use hanhchinh_numdate as numdate;
#[cfg(feature = "segment")]
pub use hanhchinh_segment as segment;

mod analyzer;
mod compose;
mod entity;
mod error;
#[cfg(any(feature = "gazetteer", feature = "abbrev"))]
pub use analyzer::{Analysis, Analyzer, AnalyzerBuilder, Day};
pub use entity::{json_str, Entity, EntityKind, Fields, KindSet, Num, Successor};
pub use error::Error;
