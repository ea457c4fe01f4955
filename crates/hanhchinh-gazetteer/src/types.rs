//! Ranks of administrative units (levels and unit types) and validity intervals.

use std::fmt;

use jiff::civil::Date;

use crate::date::to_u32;

/// The level of an administrative unit in the hierarchy.
///
/// Before the 2025-07-01 reform Vietnam had three levels (province, district, commune); from
/// 2025-07-01 on it has two (province, commune). [`Level::Village`] is not an administrative
/// level: it is for user entries below the commune (thôn, tổ dân phố, ấp, bản, khu phố).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Level {
    /// Province level: `tỉnh` or centrally-run `thành phố`.
    Province,
    /// District level (until 2025-06-30): `quận`, `huyện`, `thị xã`, provincial `thành phố`.
    District,
    /// Commune level: `phường`, `xã`, `thị trấn`, `đặc khu`.
    Commune,
    /// Below the commune (user entries only): `thôn`, `tổ dân phố`, `ấp`, `bản`, `khu phố`.
    Village,
}

impl Level {
    /// Every level, from the top.
    pub const ALL: [Level; 4] = [
        Level::Province,
        Level::District,
        Level::Commune,
        Level::Village,
    ];

    /// The name used in the data files: `province`, `district`, `commune`, `village`.
    ///
    /// ```
    /// use hanhchinh_gazetteer::Level;
    /// assert_eq!(Level::District.as_str(), "district");
    /// assert_eq!(Level::parse("commune"), Some(Level::Commune));
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Province => "province",
            Level::District => "district",
            Level::Commune => "commune",
            Level::Village => "village",
        }
    }

    /// Parses the data-file name of a level (see [`Level::as_str`]).
    pub fn parse(s: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.as_str() == s)
    }

    /// Vietnamese name of the level (`cấp tỉnh`, `cấp huyện`, `cấp xã`, `cấp thôn`).
    pub fn vietnamese(self) -> &'static str {
        match self {
            Level::Province => "cấp tỉnh",
            Level::District => "cấp huyện",
            Level::Commune => "cấp xã",
            Level::Village => "cấp thôn",
        }
    }

    pub(crate) fn to_u8(self) -> u8 {
        match self {
            Level::Province => 0,
            Level::District => 1,
            Level::Commune => 2,
            Level::Village => 3,
        }
    }

    pub(crate) fn from_u8(b: u8) -> Level {
        match b {
            0 => Level::Province,
            1 => Level::District,
            2 => Level::Commune,
            _ => Level::Village,
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The type (rank) of an administrative unit, as used in its official full name.
///
/// `thành phố` exists at two levels: [`UnitType::ThanhPhoTrungUong`] (a centrally-run city,
/// province level: Hà Nội, Hải Phòng, …) and [`UnitType::ThanhPho`] (a city under a province or a
/// centrally-run city, district level).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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
    /// `thôn` (user entries): village.
    Thon,
    /// `tổ dân phố` (user entries): residential group.
    ToDanPho,
    /// `ấp` (user entries): hamlet (southern usage).
    Ap,
    /// `bản` (user entries): hamlet (northern mountain usage).
    Ban,
    /// `khu phố` (user entries): urban quarter.
    KhuPho,
}

/// Static facts about one unit type (one row of [`TYPES`]).
struct TypeInfo {
    ty: UnitType,
    level: Level,
    vietnamese: &'static str,
    folded: &'static str,
    english: &'static str,
    abbreviations: &'static [&'static str],
}

/// The table of unit types. English names are the terms of thanglequoc/vietnamese-provinces-database
/// (as in the `english_type` column of the source data); abbreviations are the ones the issue lists
/// and that Vietnamese addresses use (`TP.`, `Tp`, `TX`, `Q.`, `P.`, `H.`, `X.`, `TT`).
const TYPES: [TypeInfo; 15] = [
    TypeInfo {
        ty: UnitType::Tinh,
        level: Level::Province,
        vietnamese: "tỉnh",
        folded: "tinh",
        english: "Province",
        abbreviations: &["T."],
    },
    TypeInfo {
        ty: UnitType::ThanhPhoTrungUong,
        level: Level::Province,
        vietnamese: "thành phố",
        folded: "thanh pho",
        english: "Municipality",
        abbreviations: &["TP.", "Tp", "TP"],
    },
    TypeInfo {
        ty: UnitType::ThanhPho,
        level: Level::District,
        vietnamese: "thành phố",
        folded: "thanh pho",
        english: "Provincial city",
        abbreviations: &["TP.", "Tp", "TP"],
    },
    TypeInfo {
        ty: UnitType::Quan,
        level: Level::District,
        vietnamese: "quận",
        folded: "quan",
        english: "Urban district",
        abbreviations: &["Q.", "Q"],
    },
    TypeInfo {
        ty: UnitType::Huyen,
        level: Level::District,
        vietnamese: "huyện",
        folded: "huyen",
        english: "District",
        abbreviations: &["H."],
    },
    TypeInfo {
        ty: UnitType::ThiXa,
        level: Level::District,
        vietnamese: "thị xã",
        folded: "thi xa",
        english: "District-level town",
        abbreviations: &["TX", "TX."],
    },
    TypeInfo {
        ty: UnitType::Phuong,
        level: Level::Commune,
        vietnamese: "phường",
        folded: "phuong",
        english: "Ward",
        abbreviations: &["P.", "P"],
    },
    TypeInfo {
        ty: UnitType::Xa,
        level: Level::Commune,
        vietnamese: "xã",
        folded: "xa",
        english: "Commune",
        abbreviations: &["X."],
    },
    TypeInfo {
        ty: UnitType::ThiTran,
        level: Level::Commune,
        vietnamese: "thị trấn",
        folded: "thi tran",
        english: "Commune-level town",
        abbreviations: &["TT", "TT."],
    },
    TypeInfo {
        ty: UnitType::DacKhu,
        level: Level::Commune,
        vietnamese: "đặc khu",
        folded: "dac khu",
        english: "Special administrative region",
        abbreviations: &["ĐK"],
    },
    TypeInfo {
        ty: UnitType::Thon,
        level: Level::Village,
        vietnamese: "thôn",
        folded: "thon",
        english: "Village",
        abbreviations: &[],
    },
    TypeInfo {
        ty: UnitType::ToDanPho,
        level: Level::Village,
        vietnamese: "tổ dân phố",
        folded: "to dan pho",
        english: "Residential group",
        abbreviations: &["TDP"],
    },
    TypeInfo {
        ty: UnitType::Ap,
        level: Level::Village,
        vietnamese: "ấp",
        folded: "ap",
        english: "Hamlet",
        abbreviations: &[],
    },
    TypeInfo {
        ty: UnitType::Ban,
        level: Level::Village,
        vietnamese: "bản",
        folded: "ban",
        english: "Hamlet",
        abbreviations: &[],
    },
    TypeInfo {
        ty: UnitType::KhuPho,
        level: Level::Village,
        vietnamese: "khu phố",
        folded: "khu pho",
        english: "Quarter",
        abbreviations: &["KP"],
    },
];

impl UnitType {
    /// Every unit type.
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

    fn info(self) -> &'static TypeInfo {
        let i = self.to_u8() as usize;
        // TYPES is in the order of UnitType::ALL; the fallback is never taken.
        match TYPES.get(i) {
            Some(t) => t,
            None => {
                let [first, ..] = &TYPES;
                first
            }
        }
    }

    /// The Vietnamese type word, lowercase (`thành phố`, `quận`, `thị trấn`).
    ///
    /// ```
    /// use hanhchinh_gazetteer::UnitType;
    /// assert_eq!(UnitType::ThiXa.vietnamese(), "thị xã");
    /// assert_eq!(UnitType::ThiXa.folded(), "thi xa");
    /// assert_eq!(UnitType::ThiXa.english(), "District-level town");
    /// assert_eq!(UnitType::Quan.abbreviations(), &["Q.", "Q"]);
    /// ```
    pub fn vietnamese(self) -> &'static str {
        self.info().vietnamese
    }

    /// The type word without diacritics (`thanh pho`, `quan`).
    pub fn folded(self) -> &'static str {
        self.info().folded
    }

    /// The English name (terms of thanglequoc/vietnamese-provinces-database).
    pub fn english(self) -> &'static str {
        self.info().english
    }

    /// Common abbreviations (`TP.`, `Q.`, `TT`, …).
    pub fn abbreviations(self) -> &'static [&'static str] {
        self.info().abbreviations
    }

    /// The level a unit of this type belongs to.
    pub fn level(self) -> Level {
        self.info().level
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

    /// Parses a data-file type word at a level (`thành phố` + province = centrally-run city).
    ///
    /// ```
    /// use hanhchinh_gazetteer::{Level, UnitType};
    /// assert_eq!(UnitType::from_data("thành phố", Level::Province), Some(UnitType::ThanhPhoTrungUong));
    /// assert_eq!(UnitType::from_data("thành phố", Level::District), Some(UnitType::ThanhPho));
    /// assert_eq!(UnitType::from_data("quận", Level::Commune), None);
    /// ```
    pub fn from_data(word: &str, level: Level) -> Option<UnitType> {
        TYPES
            .iter()
            .find(|t| t.level == level && t.vietnamese == word)
            .map(|t| t.ty)
    }

    pub(crate) fn to_u8(self) -> u8 {
        match self {
            UnitType::Tinh => 0,
            UnitType::ThanhPhoTrungUong => 1,
            UnitType::ThanhPho => 2,
            UnitType::Quan => 3,
            UnitType::Huyen => 4,
            UnitType::ThiXa => 5,
            UnitType::Phuong => 6,
            UnitType::Xa => 7,
            UnitType::ThiTran => 8,
            UnitType::DacKhu => 9,
            UnitType::Thon => 10,
            UnitType::ToDanPho => 11,
            UnitType::Ap => 12,
            UnitType::Ban => 13,
            UnitType::KhuPho => 14,
        }
    }

    pub(crate) fn from_u8(b: u8) -> Option<UnitType> {
        UnitType::ALL.get(b as usize).copied()
    }
}

impl fmt::Display for UnitType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.vietnamese())
    }
}

/// The validity interval of a unit version: from `from` (inclusive) to `to` (exclusive).
///
/// `from == None` means "since before the first dated source"; `to == None` means "still valid".
/// When [`Validity::from_is_upper_bound`] is true, `from` is the first snapshot that shows the
/// version (`<=2017-03-06` in the data): the unit is treated as valid before it too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Validity {
    /// First day (inclusive), if known.
    pub from: Option<Date>,
    /// First day no longer valid (exclusive), if the version has ended.
    pub to: Option<Date>,
    /// `from` is only an upper bound of the true start (`<=D` in the data).
    pub from_is_upper_bound: bool,
}

impl Validity {
    /// Whether the version is valid on `date`.
    ///
    /// ```
    /// use hanhchinh_gazetteer::Validity;
    /// use jiff::civil::date;
    /// let v = Validity { from: Some(date(2025, 7, 1)), to: None, from_is_upper_bound: false };
    /// assert!(v.contains(date(2026, 1, 1)));
    /// assert!(!v.contains(date(2025, 6, 30)));
    /// ```
    pub fn contains(&self, date: Date) -> bool {
        let after_start = match self.from {
            Some(f) if !self.from_is_upper_bound => date >= f,
            _ => true,
        };
        let before_end = match self.to {
            Some(t) => date < t,
            None => true,
        };
        after_start && before_end
    }

    /// The effective start used for comparisons (`None` = open).
    pub(crate) fn start(&self) -> Option<Date> {
        if self.from_is_upper_bound {
            None
        } else {
            self.from
        }
    }

    /// Whether two intervals share at least one day.
    pub fn overlaps(&self, other: &Validity) -> bool {
        let a_before_b_end = match (self.start(), other.to) {
            (Some(s), Some(e)) => s < e,
            _ => true,
        };
        let b_before_a_end = match (other.start(), self.to) {
            (Some(s), Some(e)) => s < e,
            _ => true,
        };
        a_before_b_end && b_before_a_end
    }

    /// Distance in "days-ish" (yyyymmdd difference) from `date` to the interval; 0 when inside.
    pub(crate) fn distance(&self, date: Date) -> u32 {
        if self.contains(date) {
            return 0;
        }
        let d = to_u32(date);
        if let Some(t) = self.to {
            if d >= to_u32(t) {
                return d - to_u32(t) + 1;
            }
        }
        match self.start() {
            Some(s) if d < to_u32(s) => to_u32(s) - d,
            _ => 0,
        }
    }
}

impl fmt::Display for Validity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.from {
            Some(d) if self.from_is_upper_bound => write!(f, "<={d}")?,
            Some(d) => write!(f, "{d}")?,
            None => f.write_str("…")?,
        }
        f.write_str(" .. ")?;
        match self.to {
            Some(d) => write!(f, "{d}"),
            None => f.write_str("…"),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn types_table_matches_enum_order() {
        for (i, t) in UnitType::ALL.iter().enumerate() {
            assert_eq!(TYPES[i].ty, *t);
            assert_eq!(UnitType::from_u8(t.to_u8()), Some(*t));
        }
        for l in Level::ALL {
            assert_eq!(Level::from_u8(l.to_u8()), l);
        }
    }

    #[test]
    fn validity_overlap() {
        let pre = Validity {
            from: Some(jiff::civil::date(2017, 3, 6)),
            to: Some(crate::REFORM_2025),
            from_is_upper_bound: true,
        };
        let post = Validity {
            from: Some(crate::REFORM_2025),
            to: None,
            from_is_upper_bound: false,
        };
        assert!(!pre.overlaps(&post));
        assert!(pre.contains(jiff::civil::date(2001, 1, 1)));
        assert_eq!(pre.to_string(), "<=2017-03-06 .. 2025-07-01");
    }
}
