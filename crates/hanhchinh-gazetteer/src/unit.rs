//! The [`Unit`] view and lineage.

use std::fmt;

use crate::date::from_u32;
use crate::format::{EdgeKind, RawUnit, FLAG_ABOLISHED, FLAG_CHANGED, FLAG_FROM_UPPER_BOUND, NONE};
use crate::types::{Level, UnitType, Validity};
use crate::Date;
use crate::Gazetteer;

/// An opaque handle of a unit version inside one [`Gazetteer`] (its index).
///
/// Handles are only meaningful for the gazetteer that gave them. A unit's stable identity across
/// gazetteers is (level, code, validity): see [`Unit::level`], [`Unit::code`], [`Unit::validity`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnitId(pub(crate) u32);

impl UnitId {
    /// The index of the unit in its gazetteer.
    pub fn index(self) -> u32 {
        self.0
    }
}

/// What the data says about a version that is no longer the current one of its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Status {
    /// The version in the 2025-06-30 or 2025-07-01 tables (or a user row without status).
    Listed,
    /// An earlier version of a code that still existed on 2025-06-30 with another name, type or
    /// parent.
    Changed,
    /// An earlier version of a code that no longer existed on 2025-06-30 (merged away).
    Abolished,
}

/// One version of an administrative unit: a cheap view into its [`Gazetteer`].
///
/// ```
/// use hanhchinh_gazetteer::{Gazetteer, Level, UnitType};
/// let g = Gazetteer::default();
/// let u = g.find_code(Level::Commune, "00091", jiff::civil::date(2020, 1, 1)).unwrap();
/// assert_eq!(u.name(), "Phú Thượng");
/// assert_eq!(u.unit_type(), UnitType::Phuong);
/// assert_eq!(u.full_name(), "Phường Phú Thượng");
/// assert_eq!(u.official_address(), "Phường Phú Thượng, Quận Tây Hồ, Thành phố Hà Nội");
/// assert_eq!(u.parent().unwrap().code(), "003");
/// assert_eq!(u.province().unwrap().code(), "01");
/// ```
#[derive(Clone, Copy)]
pub struct Unit<'g> {
    pub(crate) g: &'g Gazetteer,
    pub(crate) id: u32,
    pub(crate) raw: RawUnit,
}

impl<'g> Unit<'g> {
    /// The handle of this version.
    pub fn id(&self) -> UnitId {
        UnitId(self.id)
    }

    /// The official code (2 digits for a province, 3 for a district, 5 for a commune).
    pub fn code(&self) -> &'g str {
        self.g.data().string(self.raw.code)
    }

    /// The name without the type word (`Tây Hồ`, `1` for Quận 1).
    pub fn name(&self) -> &'g str {
        self.g.data().string(self.raw.name)
    }

    /// The unit type.
    pub fn unit_type(&self) -> UnitType {
        crate::types::unit_type_from_u8(self.raw.utype).unwrap_or(UnitType::Xa)
    }

    /// The level.
    pub fn level(&self) -> Level {
        crate::types::level_from_u8(self.raw.level)
    }

    /// The validity interval of this version.
    pub fn validity(&self) -> Validity {
        Validity {
            from: from_u32(self.raw.from),
            to: from_u32(self.raw.to),
            from_is_upper_bound: self.raw.flags & FLAG_FROM_UPPER_BOUND != 0,
        }
    }

    /// Whether this version is valid on `date`.
    pub fn is_valid_on(&self, date: Date) -> bool {
        // On the stored yyyymmdd numbers (0 = open): the same as `validity().contains(date)`
        // without building dates.
        let d = crate::date::to_u32(date);
        let after_start =
            self.raw.from == 0 || self.raw.flags & FLAG_FROM_UPPER_BOUND != 0 || d >= self.raw.from;
        let before_end = self.raw.to == 0 || d < self.raw.to;
        after_start && before_end
    }

    /// What the data says about this version.
    pub fn status(&self) -> Status {
        if self.raw.flags & FLAG_ABOLISHED != 0 {
            Status::Abolished
        } else if self.raw.flags & FLAG_CHANGED != 0 {
            Status::Changed
        } else {
            Status::Listed
        }
    }

    pub(crate) fn raw_flags(&self) -> u16 {
        self.raw.flags
    }

    /// A note from the data (the resolution that created the unit or changed it), if any.
    pub fn note(&self) -> Option<&'g str> {
        (self.raw.note != NONE).then(|| self.g.data().string(self.raw.note))
    }

    /// Other spellings of the name found in the sources (`Hoà`/`Hòa`, `Sà Phìn`/`Xà Phìn`).
    pub fn variants(&self) -> impl Iterator<Item = &'g str> + 'g {
        let d = self.g.data();
        d.list(self.raw.variants).map(move |s| d.string(s))
    }

    /// The parent unit (district or province), if any.
    pub fn parent(&self) -> Option<Unit<'g>> {
        self.g.unit_by_index(self.raw.parent)
    }

    /// The province the unit belongs to (itself for a province).
    pub fn province(&self) -> Option<Unit<'g>> {
        self.g.unit_by_index(self.raw.province)
    }

    /// The province the unit belongs to, in its version valid on `date`: a province can change
    /// its name while one version of the unit lasts (Thừa Thiên Huế became the city of Huế on
    /// 2025-01-01; the thị xã Hương Thủy kept its version, whose province is the later one).
    /// The linked version when the unit's own version is not valid on `date` (the province of
    /// a unit not yet created says nothing of that date; codes are reused: the new Tây Ninh
    /// has the code of the former Long An), or when no version of the province is.
    ///
    /// ```
    /// use hanhchinh_gazetteer::{Date, Gazetteer, Level};
    /// let g = Gazetteer::default();
    /// let d = Date::new(2019, 5, 1).unwrap();
    /// let huong_thuy = g.find_code(Level::District, "479", d).unwrap();
    /// assert_eq!(huong_thuy.province().unwrap().name(), "Huế");
    /// assert_eq!(huong_thuy.province_on(d).unwrap().name(), "Thừa Thiên Huế");
    /// ```
    pub fn province_on(&self, date: Date) -> Option<Unit<'g>> {
        let p = self.province()?;
        if p.is_valid_on(date) || !self.is_valid_on(date) {
            return Some(p);
        }
        let g: &'g Gazetteer = self.g;
        Some(g.find_code(p.level(), p.code(), date).unwrap_or(p))
    }

    /// Whether this is a centrally-run city (`thành phố` at province level: Hà Nội, Hải Phòng,
    /// Huế, Đà Nẵng, Cần Thơ, Hồ Chí Minh City; from 2025-07-01 also Hà Nội … and, after their 2026
    /// changes, Đồng Nai, Quảng Ninh, Bắc Ninh).
    pub fn is_centrally_run_city(&self) -> bool {
        self.unit_type() == UnitType::ThanhPhoTrungUong
    }

    /// The units whose parent is this version.
    pub fn children(&self) -> impl Iterator<Item = Unit<'g>> + 'g {
        let g = self.g;
        g.data()
            .list(self.raw.children)
            .filter_map(move |i| g.unit_by_index(i))
    }

    /// Ancestors, nearest first (parent, grand-parent, …).
    pub fn ancestors(&self) -> impl Iterator<Item = Unit<'g>> + 'g {
        let mut next = self.parent();
        let mut guard = 0;
        std::iter::from_fn(move || {
            guard += 1;
            if guard > 8 {
                return None;
            }
            let cur = next?;
            next = cur.parent();
            Some(cur)
        })
    }

    /// The official full name: capitalised type word + name (`Quận Tây Hồ`).
    pub fn full_name(&self) -> String {
        let mut s = self.unit_type().capitalized();
        s.push(' ');
        s.push_str(self.name());
        s
    }

    /// The full official address: the full names of the unit and its ancestors, comma-separated
    /// (`Phường Phú Thượng, Quận Tây Hồ, Thành phố Hà Nội`).
    pub fn official_address(&self) -> String {
        let mut s = self.full_name();
        for a in self.ancestors() {
            s.push_str(", ");
            s.push_str(&a.full_name());
        }
        s
    }

    /// Direct successors (lineage edges out of this version).
    pub fn successors(&self) -> Vec<Lineage<'g>> {
        self.edges(self.raw.successors, true)
    }

    /// Direct predecessors (lineage edges into this version).
    pub fn predecessors(&self) -> Vec<Lineage<'g>> {
        self.edges(self.raw.predecessors, false)
    }

    fn edges(&self, list: u32, out: bool) -> Vec<Lineage<'g>> {
        self.edge_iter(list, out).collect()
    }

    /// Direct successors (`forward`) or predecessors, without collecting them.
    pub(crate) fn lineage(&self, forward: bool) -> impl Iterator<Item = Lineage<'g>> + 'g {
        let list = if forward {
            self.raw.successors
        } else {
            self.raw.predecessors
        };
        self.edge_iter(list, forward)
    }

    fn edge_iter(&self, list: u32, out: bool) -> impl Iterator<Item = Lineage<'g>> + 'g {
        let g = self.g;
        let d = g.data();
        d.list(list).filter_map(move |e| {
            let e = d.edge(e)?;
            let other = if out { e.to } else { e.from };
            Some(Lineage {
                unit: g.unit_by_index(other)?,
                partial: e.flags & 1 != 0,
                kind: EdgeKind::from_u8((e.flags >> 8) as u8),
                note: d.string(e.note),
            })
        })
    }
}

impl PartialEq for Unit<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.g, other.g) && self.id == other.id
    }
}

impl Eq for Unit<'_> {}

impl fmt::Debug for Unit<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Unit({} {} {} `{}`, {})",
            self.level(),
            self.code(),
            self.unit_type(),
            self.name(),
            self.validity()
        )
    }
}

impl fmt::Display for Unit<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.full_name(), self.code())
    }
}

/// One lineage edge seen from a unit: the unit at the other end and what the data says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lineage<'g> {
    /// The successor (or predecessor).
    pub unit: Unit<'g>,
    /// The old unit was split between several new ones (`is_partial` in the data).
    pub partial: bool,
    /// Which change the edge records.
    pub kind: EdgeKind,
    /// GSO's remark, verbatim (`Nhập toàn bộ`, `Nhập một phần`, …) or the resolution of a 2026
    /// change; empty when none.
    pub note: &'g str,
}
