//! Free-text addresses: the address grammar, resolution with the hierarchy, and conversion to
//! the units valid on another date (lineage).
//!
//! * `grammar`: parts, what lies below the commune (skipped), type words, names and candidates;
//! * `as_written`: the usual part (a type word and a name spelt as in the tables) without keys;
//! * `chain`: the chain of units that explains the address, misspellings inside its parents,
//!   the confidence;
//! * `lineage`: successors on a date, the versions of a renamed unit, abolished units;
//! * `words`: the words of an address that are not unit names (English type words, what lies
//!   below the commune, `F9`).

mod as_written;
mod chain;
mod grammar;
mod lineage;
mod words;

use std::fmt;

use crate::lookup::{Hints, Resolution};
use crate::unit::Unit;
use crate::{Date, Gazetteer, LAST_PRE_REFORM, REFORM_2025};

/// Below this confidence an address is not answered: the string carries too little evidence of
/// any unit (a lone misspelt word, garbage).
const MIN_SCORE: f32 = 0.3;

/// A unit that an old unit became (or came from), with what the lineage says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Successor<'g> {
    /// The unit valid on the target date.
    pub unit: Unit<'g>,
    /// Some step on the way split the old unit: the successor took only a part of it.
    pub partial: bool,
    /// GSO's remarks on the way (`Nhập một phần diện tích, toàn bộ dân số`, …), deduplicated.
    /// The data gives no numeric shares; this is what it says about them.
    pub notes: Vec<&'g str>,
}

/// Why [`Gazetteer::convert`] gives no successor (or only a guess).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Unanswered {
    /// No administrative unit was recognised in the string.
    NotAnAddress,
    /// Several units fit the address equally well (see the candidates of the resolution).
    Ambiguous,
    /// The unit was abolished on this date (merged into a neighbour) and the tables do not say
    /// which unit absorbed it; [`Conversion::possible`] lists the units valid on the target date
    /// that its neighbours which changed that day went to.
    AbsorberUnknown {
        /// The first day the unit no longer existed.
        on: Date,
    },
    /// The tables give no successor of the unit on the target date.
    NoLineage,
}

impl fmt::Display for Unanswered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unanswered::NotAnAddress => f.write_str("no administrative unit recognised"),
            Unanswered::Ambiguous => {
                f.write_str("several units fit the address equally well: see the candidates")
            }
            Unanswered::AbsorberUnknown { on } => write!(
                f,
                "abolished on {on} (merged into a neighbour); the tables do not say which unit \
                 absorbed it: see the possible successors"
            ),
            Unanswered::NoLineage => f.write_str("the tables give no successor for this unit"),
        }
    }
}

/// The result of [`Gazetteer::convert`]: the unit the address names and its successors.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Conversion<'g> {
    /// What the address resolved to (a unit, an ambiguity, or nothing).
    pub resolution: Resolution<'g>,
    /// The units valid on the target date that the resolved unit became (itself if still
    /// valid); empty when there is no answer (see [`Conversion::unanswered`]).
    pub successors: Vec<Successor<'g>>,
    /// The old unit went to several new units.
    pub split: bool,
    /// The units the way went through, oldest first: the later versions of a renamed unit up to
    /// the one of 2025-06-30, or the neighbours that changed on the day an abolished unit ended.
    pub via: Vec<Unit<'g>>,
    /// Confidence in the resolution, from 0 to 1: the quality of the name matches (exact,
    /// without diacritics, misspelt), the share of the address's unit names that fit together,
    /// and the evidence (a lone bare name is weaker than a typed one with its parents).
    pub score: f32,
    /// Why there is no successor, when there is none (or only a guess).
    pub unanswered: Option<Unanswered>,
    /// For an abolished unit whose absorber the tables do not give: the units valid on the
    /// target date that may hold it.
    pub possible: Vec<Unit<'g>>,
}

impl<'g> Conversion<'g> {
    /// The era of the old unit's version: [`Era::PreReform`] for a version that ended by
    /// 2025-07-01, [`Era::PostReform`] for one that started on it or later.
    pub fn old_era(&self) -> Option<Era> {
        let u = self.resolution.unit()?;
        let v = u.validity();
        Some(if v.to.is_some_and(|t| t <= REFORM_2025) {
            Era::PreReform
        } else if v.start().is_some_and(|s| s >= REFORM_2025) {
            Era::PostReform
        } else {
            Era::Both
        })
    }
}

/// The era a unit version belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Era {
    /// Ended by 2025-07-01: the three-level structure (or earlier).
    PreReform,
    /// Started on 2025-07-01 or later: the two-level structure.
    PostReform,
    /// Valid on both sides of the reform (a user entry without dates).
    Both,
}

hanhchinh_text::named_values!(Era, "era", {
    PreReform => "pre_reform",
    PostReform => "post_reform",
    Both => "both",
});

impl Gazetteer {
    /// Resolves a whole free-text address to its most specific unit.
    ///
    /// The address is read as people write it: parts separated by commas (or not), house
    /// numbers, streets, alleys, buildings, hamlets and groups first (`Số 12 ngõ 34 phố Đội
    /// Cấn`, `Tổ 5`, `thôn Đông`, skipped unless the gazetteer has them), then the units from
    /// the smallest to the largest, each typed (`phường`, `P.`, `P12`, `F.9`, `Ward 7`,
    /// `Tân Bình District`) or bare, with or without diacritics. The unit chosen is the one
    /// whose ancestors are the later names (fuzzy matches are searched only inside them);
    /// without `hints.as_of`, an address naming a district is read as of 2025-06-30 and a
    /// two-part one (commune, province) after the reform first.
    ///
    /// ```
    /// use hanhchinh_gazetteer::{Gazetteer, Hints};
    /// let g = Gazetteer::default();
    /// for a in ["Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội",
    ///           "P.Phúc Xá, Q.Ba Đình, TP.Hà Nội",
    ///           "phuong phuc xa, quan ba dinh, ha noi",
    ///           "Phúc Xá, Ba Đình, Hà Nội",
    ///           "Số 7 ngõ 12 phố Hồng Hà, phường Phúc Xá, quận Ba Đình, Hà Nội",
    ///           "phuong phuc xa quan ba dinh ha noi"] {
    ///     assert_eq!(g.resolve_address(a, &Hints::default()).unit().unwrap().code(), "00001", "{a}");
    /// }
    /// ```
    pub fn resolve_address<'g>(&'g self, address: &str, hints: &Hints<'_>) -> Resolution<'g> {
        let post = hints.as_of.unwrap_or_else(|| self.latest_date());
        self.read_address(address, hints, post).0
    }

    /// The resolution of an address and its confidence (no answer below [`MIN_SCORE`]).
    fn read_address<'g>(
        &'g self,
        address: &str,
        hints: &Hints<'_>,
        post: Date,
    ) -> (Resolution<'g>, f32) {
        let mut parsed = self.parse_address(address);
        let chosen = self.resolve_parsed(address, &mut parsed, hints, post);
        if chosen.score < MIN_SCORE {
            return (Resolution::NotFound, chosen.score);
        }
        (chosen.resolution, chosen.score)
    }

    /// Converts an address (or unit name) of any era to the unit(s) valid on `to` (pass
    /// [`crate::today`] for today in Vietnam).
    ///
    /// The address is read by [`Gazetteer::resolve_address`]; the unit found is followed
    /// through the lineage: a commune split between several new communes gives all of them,
    /// each with GSO's remark; a unit renamed before the reform is followed through its later
    /// versions ([`Conversion::via`]); where the tables cannot say, [`Conversion::unanswered`]
    /// says why.
    ///
    /// ```
    /// use hanhchinh_gazetteer::{Era, Gazetteer};
    /// let g = Gazetteer::default();
    /// let on = jiff::civil::date(2026, 1, 1);
    /// let c = g.convert("phường Vĩnh Niệm, quận Lê Chân, Hải Phòng", on);
    /// assert!(c.split);
    /// let codes: Vec<_> = c.successors.iter().map(|s| s.unit.code()).collect();
    /// assert_eq!(codes, ["11383", "11407"]);
    /// assert_eq!(c.old_era(), Some(Era::PreReform));
    /// // A two-part address is read after the reform first.
    /// let c = g.convert("phường Ba Đình, Hà Nội", on);
    /// assert_eq!(c.old_era(), Some(Era::PostReform));
    /// assert!(g.convert("zzqx 123", on).unanswered.is_some());
    /// ```
    pub fn convert<'g>(&'g self, address: &str, to: Date) -> Conversion<'g> {
        self.convert_with(address, &Hints::default(), to)
    }

    /// [`Gazetteer::convert`] with hints for the old unit (level, type, parent, and `as_of`,
    /// the date the address was written, which then decides the era).
    pub fn convert_with<'g>(
        &'g self,
        address: &str,
        hints: &Hints<'_>,
        to: Date,
    ) -> Conversion<'g> {
        let post = hints
            .as_of
            .unwrap_or(if to >= REFORM_2025 { to } else { REFORM_2025 });
        let (resolution, score) = self.read_address(address, hints, post);
        let mut c = Conversion {
            resolution,
            successors: Vec::new(),
            split: false,
            via: Vec::new(),
            score,
            unanswered: None,
            possible: Vec::new(),
        };
        match &c.resolution {
            Resolution::Found(r) => {
                let u = r.unit;
                if !u.is_valid_on(LAST_PRE_REFORM) && u.validity().to.is_some_and(|t| t <= to) {
                    c.via = self.versions_after(u);
                }
                c.successors = self.successors_on(u, to);
                if c.successors.is_empty() {
                    match self.absorbers(u, to) {
                        Some(a) if a.successors.len() == 1 => {
                            c.via = a.neighbours;
                            c.successors = a
                                .successors
                                .into_iter()
                                .map(|mut s| {
                                    s.notes.push(lineage::INFERRED_NOTE);
                                    s
                                })
                                .collect();
                        }
                        Some(a) => {
                            c.via = a.neighbours;
                            c.possible = a.successors.into_iter().map(|s| s.unit).collect();
                            c.unanswered = Some(Unanswered::AbsorberUnknown {
                                on: u.validity().to.unwrap_or(LAST_PRE_REFORM),
                            });
                        }
                        None => c.unanswered = Some(Unanswered::NoLineage),
                    }
                }
            }
            Resolution::Ambiguous(_) => c.unanswered = Some(Unanswered::Ambiguous),
            Resolution::NotFound => c.unanswered = Some(Unanswered::NotAnAddress),
        }
        c.split = c.successors.len() > 1;
        c
    }
}
