//! `serde::Serialize` for the answers (feature `serde`): units, successors and conversions, in
//! the JSON shape of the command line (`docs/json-contract.md` of the repository).

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

use crate::address::{Conversion, Successor};
use crate::lookup::Resolution;
use crate::unit::Unit;
use crate::Date;

/// A date as `YYYY-MM-DD`.
struct Ymd(Date);

impl Serialize for Ymd {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

/// `{"code","name","type","level","province","valid_from","valid_to"}`; the dates are
/// `YYYY-MM-DD` or `null` (open).
impl Serialize for Unit<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(7))?;
        unit_entries(self, &mut m)?;
        m.end()
    }
}

/// The entries of a [`Unit`] into a map being written.
fn unit_entries<M: SerializeMap>(u: &Unit<'_>, m: &mut M) -> Result<(), M::Error> {
    let v = u.validity();
    m.serialize_entry("code", u.code())?;
    m.serialize_entry("name", u.name())?;
    m.serialize_entry("type", u.unit_type().vietnamese())?;
    m.serialize_entry("level", u.level().as_str())?;
    m.serialize_entry("province", &u.province().map(|p| p.name()))?;
    m.serialize_entry("valid_from", &v.from.map(Ymd))?;
    m.serialize_entry("valid_to", &v.to.map(Ymd))
}

/// The unit's fields (as [`Unit`]) plus `partial` and `notes`.
impl Serialize for Successor<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(9))?;
        unit_entries(&self.unit, &mut m)?;
        m.serialize_entry("partial", &self.partial)?;
        m.serialize_entry("notes", &self.notes)?;
        m.end()
    }
}

/// The codes of some units, as a JSON array.
struct Codes<'a, 'g>(&'a [Unit<'g>]);

impl Serialize for Codes<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut q = s.serialize_seq(Some(self.0.len()))?;
        for u in self.0 {
            q.serialize_element(u.code())?;
        }
        q.end()
    }
}

/// `{"old_code","old_level","old_name","old_type","old_era","old_valid_from","old_valid_to",
/// "new_codes","new","split","via","score","reason","possible"}`, plus `"candidates"` (units)
/// when the address is ambiguous. The `old_*` fields are `null` when nothing was found; `reason`
/// is `null` when there is an answer.
impl Serialize for Conversion<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let old = self.resolution.unit();
        let v = old.map(|u| u.validity());
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("old_code", &old.map(|u| u.code()))?;
        m.serialize_entry("old_level", &old.map(|u| u.level().as_str()))?;
        m.serialize_entry("old_name", &old.map(|u| u.name()))?;
        m.serialize_entry("old_type", &old.map(|u| u.unit_type().vietnamese()))?;
        m.serialize_entry("old_era", &self.old_era().map(|e| e.as_str()))?;
        m.serialize_entry("old_valid_from", &v.and_then(|v| v.from).map(Ymd))?;
        m.serialize_entry("old_valid_to", &v.and_then(|v| v.to).map(Ymd))?;
        let new: Vec<Unit<'_>> = self.successors.iter().map(|x| x.unit).collect();
        m.serialize_entry("new_codes", &Codes(&new))?;
        m.serialize_entry("new", &self.successors)?;
        m.serialize_entry("split", &self.split)?;
        m.serialize_entry("via", &self.via)?;
        m.serialize_entry("score", &self.score)?;
        m.serialize_entry("reason", &self.unanswered.map(|r| r.to_string()))?;
        m.serialize_entry("possible", &Codes(&self.possible))?;
        if let Resolution::Ambiguous(c) = &self.resolution {
            m.serialize_entry("candidates", c)?;
        }
        m.end()
    }
}
