//! Ranks of administrative units (levels and unit types) and the small [`Date`] type of validity
//! intervals.

use std::fmt;

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

/// A calendar date (proleptic Gregorian), as used in validity intervals.
///
/// Ordered chronologically; displayed and parsed as `YYYY-MM-DD`.
///
/// ```
/// use hanhchinh_gazetteer::Date;
/// let d = Date::parse("2025-07-01").unwrap();
/// assert_eq!(d, Date::new(2025, 7, 1).unwrap());
/// assert_eq!(d.to_string(), "2025-07-01");
/// assert!(Date::new(2025, 2, 29).is_none());
/// assert!(Date::REFORM_2025 > Date::new(2025, 6, 30).unwrap());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(u32);

impl Date {
    /// 2025-07-01, the day the two-level structure (34 provinces, 3,321 communes) took effect.
    pub const REFORM_2025: Date = Date(20250701);
    /// 2025-06-30, the last day of the three-level structure.
    pub const LAST_PRE_REFORM: Date = Date(20250630);

    /// A date from year, month and day; `None` if it does not exist or the year is not in 1..=9999.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let max = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if day > max {
            return None;
        }
        Some(Date(
            u32::from(year) * 10_000 + u32::from(month) * 100 + u32::from(day),
        ))
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return None;
        }
        let y: u16 = s.get(0..4)?.parse().ok()?;
        let m: u8 = s.get(5..7)?.parse().ok()?;
        let d: u8 = s.get(8..10)?.parse().ok()?;
        if !s.get(0..4)?.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        Date::new(y, m, d)
    }

    /// The year.
    pub fn year(self) -> u16 {
        (self.0 / 10_000) as u16
    }

    /// The month (1..=12).
    pub fn month(self) -> u8 {
        (self.0 / 100 % 100) as u8
    }

    /// The day of the month.
    pub fn day(self) -> u8 {
        (self.0 % 100) as u8
    }

    /// Today's date in UTC, from the system clock (2025-07-01 if the clock is before 1970).
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        Date::from_unix_days((secs / 86_400) as i64).unwrap_or(Date::REFORM_2025)
    }

    /// The date `days` days after 1970-01-01 (Howard Hinnant's civil-from-days algorithm).
    fn from_unix_days(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date::new(
            u16::try_from(y).ok()?,
            u8::try_from(m).ok()?,
            u8::try_from(d).ok()?,
        )
    }

    pub(crate) fn to_u32(self) -> u32 {
        self.0
    }

    pub(crate) fn from_u32(v: u32) -> Option<Date> {
        Date::new((v / 10_000) as u16, (v / 100 % 100) as u8, (v % 100) as u8)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
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
    /// use hanhchinh_gazetteer::{Date, Validity};
    /// let v = Validity { from: Date::new(2025, 7, 1), to: None, from_is_upper_bound: false };
    /// assert!(v.contains(Date::new(2026, 1, 1).unwrap()));
    /// assert!(!v.contains(Date::new(2025, 6, 30).unwrap()));
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
        let d = date.to_u32();
        if let Some(t) = self.to {
            if d >= t.to_u32() {
                return d - t.to_u32() + 1;
            }
        }
        match self.start() {
            Some(s) if d < s.to_u32() => s.to_u32() - d,
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
    fn unix_days() {
        assert_eq!(Date::from_unix_days(0), Date::new(1970, 1, 1));
        assert_eq!(Date::from_unix_days(20_270), Date::new(2025, 7, 1));
        assert!(Date::today() > Date::new(2024, 1, 1).unwrap());
    }

    #[test]
    fn validity_overlap() {
        let pre = Validity {
            from: Date::new(2017, 3, 6),
            to: Some(Date::REFORM_2025),
            from_is_upper_bound: true,
        };
        let post = Validity {
            from: Some(Date::REFORM_2025),
            to: None,
            from_is_upper_bound: false,
        };
        assert!(!pre.overlaps(&post));
        assert!(pre.contains(Date::new(2001, 1, 1).unwrap()));
        assert_eq!(pre.to_string(), "<=2017-03-06 .. 2025-07-01");
    }
}
