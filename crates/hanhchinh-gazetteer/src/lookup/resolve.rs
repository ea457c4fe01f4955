//! Resolution: one unit of the matches of a name, chosen with hints (level, type, parent, date),
//! or the ambiguity.

use crate::types::{Level, UnitType};
use crate::unit::Unit;
use crate::Date;
use crate::Gazetteer;

use super::{Match, MatchKind};

impl Gazetteer {
    /// Resolves a name to one unit using hints, or reports the ambiguity.
    ///
    /// Level, type and `within` are hard filters; the match kind (exact before folded before
    /// fuzzy) and the date (`as_of`, default [`Gazetteer::latest_date`]: versions valid then, else the closest in
    /// time) break ties. See [`Reason`] for what decided.
    ///
    /// ```
    /// use hanhchinh_gazetteer::{Gazetteer, Hints, Level, Reason};
    /// use jiff::civil::date;
    /// let g = Gazetteer::default();
    /// // Today there is one phường Phú Thượng (00091, Hà Nội).
    /// let r = g.resolve("Phú Thượng", &Hints::default());
    /// assert_eq!(r.unit().unwrap().code(), "00091");
    /// // In 2020 there were three: in Hà Nội, in Thái Nguyên and in Thừa Thiên Huế.
    /// let h = Hints { as_of: Some(date(2020, 1, 1)), ..Hints::default() };
    /// assert_eq!(g.resolve("Phú Thượng", &h).candidates().len(), 3);
    /// let h = Hints { as_of: Some(date(2020, 1, 1)), within: Some("huyện Phú Vang"), ..Hints::default() };
    /// let u = g.resolve("Phú Thượng", &h).unit().unwrap();
    /// assert_eq!((u.code(), u.full_name().as_str()), ("19930", "Xã Phú Thượng"));
    /// ```
    pub fn resolve<'g>(&'g self, name: &str, hints: &Hints<'_>) -> Resolution<'g> {
        let matches = self.lookup(name);
        self.resolve_matches(matches, hints)
    }

    pub(crate) fn within_ids(&self, within: &str) -> Vec<u32> {
        let w = within.trim();
        if !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) {
            let Some(v) = self.data().fst_code_get(w.as_bytes()) else {
                return Vec::new();
            };
            return self.data().postings(v).collect();
        }
        let mut m = self.lookup(w);
        if let Some(best) = m.first().map(|x| x.kind) {
            m.retain(|x| x.kind == best);
        }
        m.into_iter().map(|x| x.unit.id).collect()
    }

    pub(crate) fn resolve_matches<'g>(
        &'g self,
        mut matches: Vec<Match<'g>>,
        hints: &Hints<'_>,
    ) -> Resolution<'g> {
        if matches.is_empty() {
            return Resolution::NotFound;
        }
        let before = matches.len();
        if let Some(l) = hints.level {
            matches.retain(|m| m.unit.level() == l);
        }
        if let Some(t) = hints.unit_type {
            matches.retain(|m| m.unit.unit_type() == t);
        }
        if let Some(w) = hints.within {
            let ids = self.within_ids(w);
            matches.retain(|m| m.unit.ancestors().any(|a| ids.contains(&a.id)));
        }
        let filtered = matches.len() < before;
        match matches.len() {
            0 => return Resolution::NotFound,
            1 => {
                return Resolution::found(
                    matches,
                    if filtered {
                        Reason::Hints
                    } else {
                        Reason::Only
                    },
                )
            }
            _ => {}
        }
        if let Some(best) = matches.first().map(|m| m.kind) {
            let n = matches.len();
            matches.retain(|m| m.kind == best);
            if matches.len() == 1 && n > 1 {
                return Resolution::found(matches, Reason::BetterMatch);
            }
        }
        let date = hints.as_of.unwrap_or_else(|| self.latest_date());
        let min = matches
            .iter()
            .map(|m| m.unit.validity().distance(date))
            .min()
            .unwrap_or(0);
        matches.retain(|m| m.unit.validity().distance(date) == min);
        if matches.len() == 1 {
            let reason = if min == 0 {
                Reason::ValidOn(date)
            } else {
                Reason::Closest(date)
            };
            return Resolution::found(matches, reason);
        }
        Resolution::Ambiguous(matches.into_iter().map(|m| m.unit).collect())
    }
}

/// Hints for [`Gazetteer::resolve`] and [`Gazetteer::convert_with`].
#[derive(Debug, Clone, Copy, Default)]
pub struct Hints<'a> {
    /// Only units of this level.
    pub level: Option<Level>,
    /// Only units of this type.
    pub unit_type: Option<UnitType>,
    /// Only units inside this one: a parent or province, by name (`Tây Hồ`, `quận Tây Hồ`,
    /// `Hà Nội`) or code (`003`).
    pub within: Option<&'a str>,
    /// The date the name refers to (default: [`Gazetteer::latest_date`], the current units as
    /// far as the data knows). Versions valid then are preferred, else the
    /// closest in time.
    pub as_of: Option<Date>,
}

/// Why [`Gazetteer::resolve`] chose its unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Reason {
    /// It was the only candidate.
    Only,
    /// The hints (level, type, within) left only it.
    Hints,
    /// It was the only candidate with the best kind of match (exact before folded or fuzzy).
    BetterMatch,
    /// It was the only candidate valid on this date.
    ValidOn(Date),
    /// No candidate was valid on this date; it was the closest in time.
    Closest(Date),
    /// The other mentions of the same text (scanning) or the other parts of the address decided.
    Context,
}

/// A resolved unit, with how and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved<'g> {
    /// The unit.
    pub unit: Unit<'g>,
    /// How its name matched.
    pub kind: MatchKind,
    /// What decided between the candidates.
    pub reason: Reason,
}

/// The result of resolving a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution<'g> {
    /// One unit.
    Found(Resolved<'g>),
    /// Several candidates remain, best first.
    Ambiguous(Vec<Unit<'g>>),
    /// No unit has that name (within the hints).
    NotFound,
}

impl<'g> Resolution<'g> {
    fn found(matches: Vec<Match<'g>>, reason: Reason) -> Resolution<'g> {
        match matches.first() {
            Some(m) => Resolution::Found(Resolved {
                unit: m.unit,
                kind: m.kind,
                reason,
            }),
            None => Resolution::NotFound,
        }
    }

    /// The unit, if resolved.
    pub fn unit(&self) -> Option<Unit<'g>> {
        match self {
            Resolution::Found(r) => Some(r.unit),
            _ => None,
        }
    }

    /// The unit if resolved, else the remaining candidates.
    pub fn candidates(&self) -> Vec<Unit<'g>> {
        match self {
            Resolution::Found(r) => vec![r.unit],
            Resolution::Ambiguous(v) => v.clone(),
            Resolution::NotFound => Vec::new(),
        }
    }
}
