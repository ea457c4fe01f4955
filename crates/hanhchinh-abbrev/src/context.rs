//! The context a caller (the facade) passes to resolve context-dependent expansions.

pub use hanhchinh_text::vocab::Level;

/// What kind of province-level unit the document is about.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ProvinceKind {
    /// Not known: context-dependent abbreviations keep all their candidates.
    #[default]
    Unknown,
    /// A centrally-run city (thành phố trực thuộc trung ương: Hà Nội, Hải Phòng, …):
    /// `TU` = Thành ủy, `TUV` = Thành ủy viên.
    CentralCity,
    /// A province (tỉnh: Thái Bình, …): `TU` = Tỉnh ủy, `TUV` = Tỉnh ủy viên.
    Province,
}

/// The context of a document: filled by the caller (the facade knows the document's unit from
/// the gazetteer), read by [`find`](crate::find) and the title functions.
///
/// ```
/// use hanhchinh_abbrev::{Context, ProvinceKind};
/// let ctx = Context::new().province_kind(ProvinceKind::Province).unit_name("Quỳnh Phụ").year(2023);
/// assert_eq!(ctx.province_kind, ProvinceKind::Province);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Context {
    /// Centrally-run city or province: decides `TU`, `TUV`, `BTVTU`, `UVBTVTU`.
    pub province_kind: ProvinceKind,
    /// The level of the document's unit, when known (reported with title parses; `Quận ủy`,
    /// `Huyện ủy` exist only at district level).
    pub level: Option<Level>,
    /// The year of the document (its era): a date written without a year after a legal
    /// reference (`ngày 5/3`) takes this year.
    pub year: Option<i32>,
    /// Names of the units the document is about (`Nam Từ Liêm`, `Hà Nội`): a parenthesised
    /// source tag made of their initials (`(NTL)`) expands to the name.
    pub unit_names: Vec<String>,
}

impl Context {
    /// An empty context: nothing known.
    pub fn new() -> Context {
        Context::default()
    }

    /// Sets the province kind.
    #[must_use]
    pub fn province_kind(mut self, kind: ProvinceKind) -> Context {
        self.province_kind = kind;
        self
    }

    /// Sets the level.
    #[must_use]
    pub fn level(mut self, level: Level) -> Context {
        self.level = Some(level);
        self
    }

    /// Sets the year.
    #[must_use]
    pub fn year(mut self, year: i32) -> Context {
        self.year = Some(year);
        self
    }

    /// Adds a unit name.
    #[must_use]
    pub fn unit_name(mut self, name: &str) -> Context {
        self.unit_names.push(name.to_string());
        self
    }
}
