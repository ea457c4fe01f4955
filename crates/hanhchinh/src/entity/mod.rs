//! The entity type: what the analyzer found, where, and its typed fields; its JSON form (the
//! contract of `hanhchinh analyze`, `docs/json-contract.md`) through serde.

use std::borrow::Cow;
use std::ops::Range;

mod fields;
mod json;

pub use fields::{AdminUnit, Fields, ParseUnitCodeError, Successor, UnitCode};

/// The kind of an [`Entity`], with its JSON name ([`EntityKind::as_str`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntityKind {
    /// A count or ordinal: `2.309`, `khóa XIII`.
    Number,
    /// A percentage: `96,39%`.
    Percent,
    /// An amount of money: `82.367 tỷ đồng`.
    Money,
    /// A measurement: `4,3ha`.
    Quantity,
    /// `30/31` (30 of 31).
    Fraction,
    /// A numeric range: `12-17`, `từ 3 đến 5`.
    Range,
    /// A date, possibly partial: `ngày 18/5`, `năm 2022`.
    Date,
    /// A time of day: `20:47`.
    Time,
    /// A range of dates: `11/6/1948 - 11/6/2023`.
    DateRange,
    /// An abbreviation with its expansion: `HĐND`.
    Abbrev,
    /// A named administrative unit: `quận Ba Đình`.
    AdminUnit,
    /// A person's name, with the titles written around this mention.
    Person,
    /// A numbered legal document reference: `Chỉ thị số 34-CT/TW`.
    LegalRef,
}

hanhchinh_text::named_values!(EntityKind, "entity kind", {
    Number => "number",
    Percent => "percent",
    Money => "money",
    Quantity => "quantity",
    Fraction => "fraction",
    Range => "range",
    Date => "date",
    Time => "time",
    DateRange => "date_range",
    Abbrev => "abbrev",
    AdminUnit => "admin_unit",
    Person => "person",
    LegalRef => "legal_ref",
});

impl EntityKind {
    /// Whether the kind is number-like (number, percent, money, quantity, fraction, range,
    /// date, time, date_range): such entities never overlap each other.
    pub fn is_number_like(self) -> bool {
        !matches!(
            self,
            EntityKind::Abbrev | EntityKind::AdminUnit | EntityKind::Person | EntityKind::LegalRef
        )
    }

    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// A set of [`EntityKind`]s (which kinds an [`Analyzer`](crate::Analyzer) extracts).
///
/// ```
/// use hanhchinh::{EntityKind, KindSet};
/// let s = KindSet::empty().with(EntityKind::Date).with(EntityKind::Person);
/// assert!(s.contains(EntityKind::Date) && !s.contains(EntityKind::Number));
/// assert!(KindSet::all().contains(EntityKind::LegalRef));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KindSet(u16);

impl KindSet {
    /// No kind.
    pub const fn empty() -> KindSet {
        KindSet(0)
    }
    /// Every kind.
    pub fn all() -> KindSet {
        EntityKind::ALL
            .into_iter()
            .fold(KindSet::empty(), KindSet::with)
    }
    /// This set plus `kind`.
    #[must_use]
    pub fn with(self, kind: EntityKind) -> KindSet {
        KindSet(self.0 | kind.bit())
    }
    /// This set without `kind`.
    #[must_use]
    pub fn without(self, kind: EntityKind) -> KindSet {
        KindSet(self.0 & !kind.bit())
    }
    /// Whether `kind` is in the set.
    pub fn contains(self, kind: EntityKind) -> bool {
        self.0 & kind.bit() != 0
    }
    /// Whether any number-like kind is in the set.
    pub fn any_number_like(self) -> bool {
        EntityKind::ALL
            .into_iter()
            .any(|k| k.is_number_like() && self.contains(k))
    }
}

impl Default for KindSet {
    fn default() -> KindSet {
        KindSet::all()
    }
}

impl FromIterator<EntityKind> for KindSet {
    fn from_iter<I: IntoIterator<Item = EntityKind>>(iter: I) -> KindSet {
        iter.into_iter().fold(KindSet::empty(), KindSet::with)
    }
}

/// One thing found in a text: its exact surface, byte span in the input, and typed fields
/// (whose variant is its [`EntityKind`]).
///
/// ```
/// use hanhchinh::{Analyzer, EntityKind, Fields};
/// let r = Analyzer::default().analyze("tăng 96,39%");
/// let e = &r.entities()[0];
/// assert_eq!((e.kind(), e.text(), e.span()), (EntityKind::Percent, "96,39%", 6..12));
/// assert_eq!(e.fields().value().map(|v| v.to_string()).as_deref(), Some("96.39"));
/// assert_eq!(e.to_json(), r#"{"kind":"percent","text":"96,39%","start":6,"end":12,"value":96.39}"#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity<'a> {
    text: Cow<'a, str>,
    start: usize,
    end: usize,
    fields: Fields,
}

impl<'a> Entity<'a> {
    /// An entity over `span` of `input`; `None` if the span is not a char-boundary slice of it.
    pub fn new(input: &'a str, span: Range<usize>, fields: Fields) -> Option<Entity<'a>> {
        let text = input.get(span.clone())?;
        Some(Entity {
            text: Cow::Borrowed(text),
            start: span.start,
            end: span.end,
            fields,
        })
    }

    /// The kind (the variant of its fields).
    pub fn kind(&self) -> EntityKind {
        self.fields.kind()
    }

    /// The exact surface (a slice of the input).
    pub fn text(&self) -> &str {
        &self.text
    }

    hanhchinh_text::span_accessors!(fields, "entity");

    /// The kind-specific fields.
    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    /// The titles of a person (empty for other kinds).
    pub fn titles(&self) -> &[String] {
        match &self.fields {
            Fields::Person { titles } => titles,
            _ => &[],
        }
    }

    /// The expansion of an abbreviation.
    pub fn expansion(&self) -> Option<&str> {
        match &self.fields {
            Fields::Abbrev { expansion } => Some(expansion),
            _ => None,
        }
    }

    /// The entity with its offsets moved `by` bytes further (found in a window of a longer
    /// text that starts there).
    pub(crate) fn shifted(mut self, by: usize) -> Entity<'a> {
        self.start += by;
        self.end += by;
        self
    }

    /// The entity with its text owned: it no longer borrows the input.
    pub fn into_owned(self) -> Entity<'static> {
        Entity {
            text: Cow::Owned(self.text.into_owned()),
            start: self.start,
            end: self.end,
            fields: self.fields,
        }
    }

    /// The entity as one JSON object (the contract of `hanhchinh analyze`; numbers exact), as
    /// its [`serde::Serialize`] writes it.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
