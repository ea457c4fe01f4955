//! Levels and types (ranks) of administrative units, and sets of types.

use std::fmt;
use std::str::FromStr;

use super::tables::UNIT_TYPES;
use crate::ParseNameError;

/// The level of an administrative unit in the hierarchy.
///
/// Before the 2025-07-01 reform Vietnam had three levels (province, district, commune); from
/// 2025-07-01 on it has two (province, commune). [`Level::Village`] is not an administrative
/// level: it is for entries below the commune (thôn, tổ dân phố, ấp, bản, khu phố).
///
/// ```
/// use hanhchinh_text::vocab::Level;
/// assert_eq!(Level::District.as_str(), "district");
/// assert_eq!(Level::parse("commune"), Some(Level::Commune));
/// assert_eq!("village".parse::<Level>().ok(), Some(Level::Village));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Level {
    /// Province level: `tỉnh` or centrally-run `thành phố`.
    Province,
    /// District level (until 2025-06-30): `quận`, `huyện`, `thị xã`, provincial `thành phố`.
    District,
    /// Commune level: `phường`, `xã`, `thị trấn`, `đặc khu`.
    Commune,
    /// Below the commune: `thôn`, `tổ dân phố`, `ấp`, `bản`, `khu phố`.
    Village,
}

crate::named_values!(Level, "level", {
    Province => "province",
    District => "district",
    Commune => "commune",
    Village => "village",
});

impl Level {
    /// Vietnamese name of the level (`cấp tỉnh`, `cấp huyện`, `cấp xã`, `cấp thôn`).
    pub fn vietnamese(self) -> &'static str {
        match self {
            Level::Province => "cấp tỉnh",
            Level::District => "cấp huyện",
            Level::Commune => "cấp xã",
            Level::Village => "cấp thôn",
        }
    }

    /// The position of the level in [`Level::ALL`] (a stable small number for compact
    /// storage).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The level at `index` in [`Level::ALL`].
    pub fn from_index(index: usize) -> Option<Level> {
        Level::ALL.get(index).copied()
    }
}

/// The type (rank) of an administrative unit, as used in its official full name.
///
/// `thành phố` exists at two levels: [`UnitType::ThanhPhoTrungUong`] (a centrally-run city,
/// province level: Hà Nội, Hải Phòng, …) and [`UnitType::ThanhPho`] (a city under a province or
/// a centrally-run city, district level). The words, levels, English names and abbreviations
/// come from `data/vocab/unit_types.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum UnitType {
    /// `tỉnh`: province.
    Tinh,
    /// `thành phố` at province level: centrally-run city (municipality).
    ThanhPhoTrungUong,
    /// `thành phố` at district level: provincial city.
    ThanhPho,
    /// `quận`: urban district.
    Quan,
    /// `huyện`: rural district.
    Huyen,
    /// `thị xã`: district-level town.
    ThiXa,
    /// `phường`: ward.
    Phuong,
    /// `xã`: commune.
    Xa,
    /// `thị trấn`: commune-level town.
    ThiTran,
    /// `đặc khu`: special administrative region (from 2025-07-01).
    DacKhu,
    /// `thôn`: village.
    Thon,
    /// `tổ dân phố`: residential group.
    ToDanPho,
    /// `ấp`: hamlet (southern usage).
    Ap,
    /// `bản`: hamlet (northern mountain usage).
    Ban,
    /// `khu phố`: urban quarter.
    KhuPho,
}

/// Static facts about one unit type (one row of `data/vocab/unit_types.tsv`).
#[derive(Debug)]
pub(crate) struct TypeRow {
    pub(crate) ty: UnitType,
    pub(crate) level: Level,
    pub(crate) word: &'static str,
    pub(crate) folded: &'static str,
    pub(crate) english: &'static str,
    pub(crate) abbreviations: &'static [&'static str],
}

impl UnitType {
    /// Every unit type, in the order of the table.
    pub const ALL: [UnitType; 15] = [
        UnitType::Tinh,
        UnitType::ThanhPhoTrungUong,
        UnitType::ThanhPho,
        UnitType::Quan,
        UnitType::Huyen,
        UnitType::ThiXa,
        UnitType::Phuong,
        UnitType::Xa,
        UnitType::ThiTran,
        UnitType::DacKhu,
        UnitType::Thon,
        UnitType::ToDanPho,
        UnitType::Ap,
        UnitType::Ban,
        UnitType::KhuPho,
    ];

    fn row(self) -> &'static TypeRow {
        // The table is in the order of `UnitType::ALL` (a test checks it); the fallback is
        // never taken.
        let [first, ..] = &UNIT_TYPES;
        UNIT_TYPES.get(self as usize).unwrap_or(first)
    }

    /// The Vietnamese type word, lowercase (`thành phố`, `quận`, `thị trấn`).
    ///
    /// ```
    /// use hanhchinh_text::vocab::{Level, UnitType};
    /// assert_eq!(UnitType::ThiXa.vietnamese(), "thị xã");
    /// assert_eq!(UnitType::ThiXa.folded(), "thi xa");
    /// assert_eq!(UnitType::ThiXa.english(), "District-level town");
    /// assert_eq!(UnitType::Quan.abbreviations(), &["Q.", "Q"]);
    /// assert_eq!(UnitType::DacKhu.level(), Level::Commune);
    /// ```
    pub fn vietnamese(self) -> &'static str {
        self.row().word
    }

    /// The type word without diacritics (`thanh pho`, `quan`).
    pub fn folded(self) -> &'static str {
        self.row().folded
    }

    /// The English name (the terms of thanglequoc/vietnamese-provinces-database).
    pub fn english(self) -> &'static str {
        self.row().english
    }

    /// Common abbreviations (`TP.`, `Q.`, `TT`, …).
    pub fn abbreviations(self) -> &'static [&'static str] {
        self.row().abbreviations
    }

    /// The level a unit of this type belongs to.
    pub fn level(self) -> Level {
        self.row().level
    }

    /// The type word capitalised as at the start of an official full name (`Thành phố`).
    pub fn capitalized(self) -> String {
        let v = self.vietnamese();
        let mut chars = v.chars();
        match chars.next() {
            Some(c) => c.to_uppercase().chain(chars).collect(),
            None => String::new(),
        }
    }

    /// The type of a type word at a level (`thành phố` + province = centrally-run city).
    ///
    /// ```
    /// use hanhchinh_text::vocab::{Level, UnitType};
    /// assert_eq!(UnitType::from_data("thành phố", Level::Province), Some(UnitType::ThanhPhoTrungUong));
    /// assert_eq!(UnitType::from_data("thành phố", Level::District), Some(UnitType::ThanhPho));
    /// assert_eq!(UnitType::from_data("quận", Level::Commune), None);
    /// ```
    pub fn from_data(word: &str, level: Level) -> Option<UnitType> {
        UNIT_TYPES
            .iter()
            .find(|t| t.level == level && t.word == word)
            .map(|t| t.ty)
    }

    /// Every type written with `word` (a lookup key such as `thành phố`, or its fold
    /// `thanh pho`).
    ///
    /// ```
    /// use hanhchinh_text::vocab::UnitType;
    /// let s = UnitType::of_word("thanh pho");
    /// assert!(s.contains(UnitType::ThanhPho) && s.contains(UnitType::ThanhPhoTrungUong));
    /// assert!(UnitType::of_word("phố").is_empty());
    /// ```
    pub fn of_word(word: &str) -> UnitTypeSet {
        UNIT_TYPES
            .iter()
            .filter(|t| t.word == word || t.folded == word)
            .fold(UnitTypeSet::EMPTY, |s, t| s.with(t.ty))
    }

    /// The position of the type in [`UnitType::ALL`] (a stable small number for compact
    /// storage).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The type at `index` in [`UnitType::ALL`].
    pub fn from_index(index: usize) -> Option<UnitType> {
        UnitType::ALL.get(index).copied()
    }

    /// The type named by its identifier in snake case (`thi_xa`, `thanh_pho_trung_uong`), as
    /// in serialized data.
    pub fn from_ident(s: &str) -> Option<UnitType> {
        UnitType::ALL.into_iter().find(|t| t.ident() == s)
    }

    /// The identifier in snake case (`thi_xa`).
    pub fn ident(self) -> &'static str {
        match self {
            UnitType::Tinh => "tinh",
            UnitType::ThanhPhoTrungUong => "thanh_pho_trung_uong",
            UnitType::ThanhPho => "thanh_pho",
            UnitType::Quan => "quan",
            UnitType::Huyen => "huyen",
            UnitType::ThiXa => "thi_xa",
            UnitType::Phuong => "phuong",
            UnitType::Xa => "xa",
            UnitType::ThiTran => "thi_tran",
            UnitType::DacKhu => "dac_khu",
            UnitType::Thon => "thon",
            UnitType::ToDanPho => "to_dan_pho",
            UnitType::Ap => "ap",
            UnitType::Ban => "ban",
            UnitType::KhuPho => "khu_pho",
        }
    }
}

impl fmt::Display for UnitType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.vietnamese())
    }
}

impl FromStr for UnitType {
    type Err = ParseNameError;

    /// Parses an identifier (`thi_xa`) or an unambiguous type word (`thị xã`, `quận`; not
    /// `thành phố`, which names two types).
    fn from_str(s: &str) -> Result<UnitType, ParseNameError> {
        if let Some(t) = UnitType::from_ident(s) {
            return Ok(t);
        }
        let mut types = UnitType::of_word(&crate::key(s)).types();
        match (types.next(), types.next()) {
            (Some(t), None) => Ok(t),
            _ => Err(ParseNameError::new(
                "unit type",
                "an identifier such as thi_xa or a type word of one type such as thị xã",
                s,
            )),
        }
    }
}

/// A set of [`UnitType`]s (a type word such as `thành phố` names two types).
///
/// ```
/// use hanhchinh_text::vocab::{UnitType, UnitTypeSet};
/// let s = UnitTypeSet::EMPTY.with(UnitType::Quan).with(UnitType::Huyen);
/// assert!(s.contains(UnitType::Quan) && !s.contains(UnitType::Xa));
/// assert_eq!(s.types().collect::<Vec<_>>(), [UnitType::Quan, UnitType::Huyen]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct UnitTypeSet(u32);

impl UnitTypeSet {
    /// No type.
    pub const EMPTY: UnitTypeSet = UnitTypeSet(0);

    /// The set of `types`.
    pub fn of(types: &[UnitType]) -> UnitTypeSet {
        types.iter().fold(UnitTypeSet::EMPTY, |s, t| s.with(*t))
    }

    /// This set and `t`.
    #[must_use]
    pub const fn with(self, t: UnitType) -> UnitTypeSet {
        UnitTypeSet(self.0 | (1 << t as u32))
    }

    /// Whether `t` is in the set.
    pub const fn contains(self, t: UnitType) -> bool {
        self.0 & (1 << t as u32) != 0
    }

    /// Whether the set is empty.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The types in the set, in [`UnitType::ALL`] order.
    pub fn types(self) -> impl Iterator<Item = UnitType> {
        UnitType::ALL.into_iter().filter(move |t| self.contains(*t))
    }

    /// The levels of the types in the set.
    pub fn levels(self) -> impl Iterator<Item = Level> {
        Level::ALL
            .into_iter()
            .filter(move |l| self.types().any(|t| t.level() == *l))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_in_enum_order() {
        for (i, t) in UnitType::ALL.iter().enumerate() {
            assert_eq!(UNIT_TYPES.get(i).map(|r| r.ty), Some(*t));
            assert_eq!(UnitType::from_index(t.index()), Some(*t));
            assert_eq!(UnitType::from_ident(t.ident()), Some(*t));
            assert_eq!(crate::fold(t.vietnamese()), t.folded());
            assert_eq!(crate::key(t.vietnamese()), t.vietnamese());
        }
        for l in Level::ALL {
            assert_eq!(Level::from_index(l.index()), Some(l));
        }
    }

    #[test]
    fn parse() {
        assert_eq!("Thị Xã".parse::<UnitType>(), Ok(UnitType::ThiXa));
        assert_eq!("thanh_pho".parse::<UnitType>(), Ok(UnitType::ThanhPho));
        assert!("thành phố".parse::<UnitType>().is_err());
        assert!("province ".parse::<Level>().is_err());
    }
}
