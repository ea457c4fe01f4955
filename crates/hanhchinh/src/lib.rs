//! Vietnamese administrative NLP in one call: tokens, administrative units, persons with their
//! titles, abbreviations, figures, dates and legal references, resolved against each other.
//!
//! ```
//! use hanhchinh::Analyzer;
//!
//! let a = Analyzer::builder().reference_date(jiff::civil::date(2023, 1, 11)).build();
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
//! The member crates are re-exported ([`text`], [`numdate`], and behind cargo features of
//! the same name, on by default, [`gazetteer`], [`abbrev`] with [`persons`], [`segment`]), so
//! one dependency gives all of them. Entities are typed ([`Fields`]: exact [`Decimal`]s,
//! [`PartialDate`]s, [`UnitType`]s, [`Level`]s, [`UnitCode`]s) and serialize with serde to the
//! JSON contract of the `hanhchinh analyze` command (`docs/json-contract.md`).
//!
//! The order of the recognizers, the document's date and the overlap rule are documented on
//! [`Analyzer`] and [`Analysis::entities`].

/// The README's example runs as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub use hanhchinh_numdate as numdate;
pub use hanhchinh_text as text;

#[cfg(feature = "abbrev")]
pub use hanhchinh_abbrev as abbrev;
#[cfg(feature = "gazetteer")]
pub use hanhchinh_gazetteer as gazetteer;
#[cfg(feature = "abbrev")]
pub use hanhchinh_persons as persons;
#[cfg(feature = "segment")]
pub use hanhchinh_segment as segment;

mod analyzer;
mod entity;
mod era;
mod error;
mod merge;
mod recognize;
mod window;

pub use analyzer::{Analysis, Analyzer, AnalyzerBuilder, ExtractIter, Extraction};
pub use entity::{
    AdminUnit, Entity, EntityKind, Fields, KindSet, ParseUnitCodeError, Successor, UnitCode,
};
pub use era::{DateReason, DocumentDate, Era};
pub use error::Error;
pub use hanhchinh_numdate::{Decimal, PartialDate, Precision, Time};
pub use hanhchinh_text::vocab::{Level, UnitType};
/// The error of parsing an [`EntityKind`], an [`Era`], a [`DateReason`], a [`Level`] or a
/// [`UnitType`] from a string that names none.
pub use hanhchinh_text::ParseNameError;
/// A calendar day (`jiff::civil::Date`): converts into a [`PartialDate`].
pub use jiff::civil::Date;
