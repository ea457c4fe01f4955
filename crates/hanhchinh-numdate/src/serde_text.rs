//! `serde` for the values that have an exact text form (feature `serde`): each is written as
//! its `Display` text and read back with its `FromStr`, so that no reader rounds or reinterprets
//! it: [`Decimal`] as its plain string (`"96.39"`), [`PartialDate`] as its ISO string
//! (`"2023-05-18"`, `"2025-Q1"`, `"--05-18"`; a date that does not exist is an error), [`Time`]
//! as `"20:47"` (`24:00` is an error).

use crate::{Decimal, PartialDate, Time};

macro_rules! serde_as_text {
    ($($t:ty),+) => {$(
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$t, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    )+};
}

serde_as_text!(Decimal, PartialDate, Time);
