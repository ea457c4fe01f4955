//! The JSON form of entities through serde: `kind`, `text`, `start`, `end`, then the fields of
//! the kind in the order of `docs/json-contract.md`. Numbers are written exactly: an integer as
//! a JSON integer of any size, a decimal as its digits (through serde_json's raw values), never
//! through a float.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use hanhchinh_numdate::{Decimal, PartialDate, Time};
use hanhchinh_text::vocab::{Level, UnitType};
use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::value::RawValue;

use super::fields::{AdminUnit, Fields, Successor, UnitCode};
use super::{Entity, EntityKind};

/// A decimal written as a JSON number with its exact digits.
struct Exact<'a>(&'a Decimal);

impl Serialize for Exact<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if let Some(i) = self.0.to_i128() {
            return s.serialize_i128(i);
        }
        // A decimal's plain form (`96.39`, `-0.5`) is a JSON number token.
        match RawValue::from_string(self.0.to_string()) {
            Ok(raw) => raw.serialize(s),
            Err(e) => Err(serde::ser::Error::custom(e)),
        }
    }
}

/// A value written with its `Display` form, as a JSON string.
struct Text<'a, T: fmt::Display>(&'a T);

impl<T: fmt::Display> Serialize for Text<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self.0)
    }
}

impl Serialize for UnitCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Serialize for Successor {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("code", &self.code)?;
        m.serialize_entry("name", &self.name)?;
        m.serialize_entry("type", self.unit_type.vietnamese())?;
        m.serialize_entry("partial", &self.partial)?;
        m.end()
    }
}

impl Serialize for Entity<'_> {
    /// The object of the JSON contract (field names and order of `docs/json-contract.md`).
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("kind", self.kind().as_str())?;
        m.serialize_entry("text", &*self.text)?;
        m.serialize_entry("start", &self.start)?;
        m.serialize_entry("end", &self.end)?;
        match &self.fields {
            Fields::Number { value } | Fields::Percent { value } => {
                m.serialize_entry("value", &Exact(value))?;
            }
            Fields::Money { value, currency } => {
                m.serialize_entry("value", &Exact(value))?;
                m.serialize_entry("currency", currency)?;
            }
            Fields::Quantity { value, unit } => {
                m.serialize_entry("value", &Exact(value))?;
                m.serialize_entry("unit", unit)?;
            }
            Fields::Fraction {
                numerator,
                denominator,
            } => {
                m.serialize_entry("numerator", &Exact(numerator))?;
                m.serialize_entry("denominator", &Exact(denominator))?;
            }
            Fields::Range { from, to, unit } => {
                m.serialize_entry("from", &Exact(from))?;
                m.serialize_entry("to", &Exact(to))?;
                m.serialize_entry("unit", unit)?;
            }
            Fields::Date { value } => m.serialize_entry("value", &Text(value))?,
            Fields::Time { value } => m.serialize_entry("value", &Text(value))?,
            Fields::DateRange { from, to } => {
                m.serialize_entry("from", &Text(from))?;
                m.serialize_entry("to", &Text(to))?;
            }
            Fields::Abbrev { expansion } => m.serialize_entry("expansion", expansion)?,
            Fields::AdminUnit(u) => {
                m.serialize_entry("name", &u.name)?;
                m.serialize_entry("type", u.unit_type.vietnamese())?;
                m.serialize_entry("level", u.level.as_str())?;
                m.serialize_entry("province", &u.province)?;
                m.serialize_entry("code", &u.code)?;
                if let Some(succ) = &u.successors {
                    m.serialize_entry("successors", &**succ)?;
                }
            }
            Fields::Person { titles } => m.serialize_entry("titles", titles)?,
            Fields::LegalRef {
                doc_type,
                number,
                issuer,
                date,
            } => {
                m.serialize_entry("doc_type", doc_type)?;
                m.serialize_entry("number", number)?;
                m.serialize_entry("issuer", issuer)?;
                m.serialize_entry("date", &date.as_ref().map(Text))?;
            }
        }
        m.end()
    }
}

/// The members of one entity object, each kept as its raw JSON text so that numbers keep
/// their digits whatever the kind turns out to be.
struct Members(HashMap<String, Box<RawValue>>);

impl<'de> Deserialize<'de> for Members {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Members, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Members;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an entity object")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Members, M::Error> {
                let mut out = HashMap::new();
                while let Some(k) = map.next_key::<String>()? {
                    let v: Box<RawValue> = map.next_value()?;
                    out.insert(k, v);
                }
                Ok(Members(out))
            }
        }
        d.deserialize_map(V)
    }
}

impl Members {
    fn raw(&self, key: &'static str) -> Result<&str, String> {
        self.0
            .get(key)
            .map(|r| r.get())
            .ok_or_else(|| format!("missing field `{key}`"))
    }

    fn get<T: serde::de::DeserializeOwned>(&self, key: &'static str) -> Result<T, String> {
        serde_json::from_str(self.raw(key)?).map_err(|e| format!("field `{key}`: {e}"))
    }

    fn opt<T: serde::de::DeserializeOwned>(&self, key: &'static str) -> Result<Option<T>, String> {
        match self.0.get(key) {
            None => Ok(None),
            Some(r) => serde_json::from_str(r.get()).map_err(|e| format!("field `{key}`: {e}")),
        }
    }

    /// A number, exactly as written.
    fn decimal(&self, key: &'static str) -> Result<Decimal, String> {
        let raw = self.raw(key)?.trim();
        raw.parse()
            .map_err(|e| format!("field `{key}`: {raw} is no exact decimal: {e}"))
    }

    fn parsed<T>(&self, key: &'static str) -> Result<T, String>
    where
        T: std::str::FromStr,
        T::Err: fmt::Display,
    {
        let s: String = self.get(key)?;
        s.parse().map_err(|e| format!("field `{key}`: {e}"))
    }

    fn opt_parsed<T>(&self, key: &'static str) -> Result<Option<T>, String>
    where
        T: std::str::FromStr,
        T::Err: fmt::Display,
    {
        let s: Option<String> = self.opt(key)?;
        s.map(|s| s.parse().map_err(|e| format!("field `{key}`: {e}")))
            .transpose()
    }
}

/// The type of a successor named by its word: after the reform a `thành phố` is a
/// province-level city, the other words name one type each.
fn successor_type(word: &str) -> Result<UnitType, String> {
    let types = UnitType::of_word(&hanhchinh_text::key(word));
    types
        .types()
        .find(|t| matches!(t.level(), Level::Province | Level::Commune))
        .ok_or_else(|| format!("field `type`: unknown unit type {word:?}"))
}

#[derive(serde::Deserialize)]
struct RawSuccessor {
    code: String,
    name: String,
    #[serde(rename = "type")]
    unit_type: String,
    partial: bool,
}

fn fields(m: &Members, kind: EntityKind) -> Result<Fields, String> {
    Ok(match kind {
        EntityKind::Number => Fields::Number {
            value: m.decimal("value")?,
        },
        EntityKind::Percent => Fields::Percent {
            value: m.decimal("value")?,
        },
        EntityKind::Money => Fields::Money {
            value: m.decimal("value")?,
            currency: m.get("currency")?,
        },
        EntityKind::Quantity => Fields::Quantity {
            value: m.decimal("value")?,
            unit: m.get("unit")?,
        },
        EntityKind::Fraction => Fields::Fraction {
            numerator: m.decimal("numerator")?,
            denominator: m.decimal("denominator")?,
        },
        EntityKind::Range => Fields::Range {
            from: m.decimal("from")?,
            to: m.decimal("to")?,
            unit: m.opt("unit")?,
        },
        EntityKind::Date => Fields::Date {
            value: m.parsed::<PartialDate>("value")?,
        },
        EntityKind::Time => Fields::Time {
            value: m.parsed::<Time>("value")?,
        },
        EntityKind::DateRange => Fields::DateRange {
            from: m.parsed("from")?,
            to: m.parsed("to")?,
        },
        EntityKind::Abbrev => Fields::Abbrev {
            expansion: m.get("expansion")?,
        },
        EntityKind::AdminUnit => {
            let level: Level = m.parsed("level")?;
            let word: String = m.get("type")?;
            let unit_type = UnitType::from_data(&hanhchinh_text::key(&word), level)
                .ok_or_else(|| format!("field `type`: no {word:?} at level {level}"))?;
            let successors = match m.opt::<Vec<RawSuccessor>>("successors")? {
                None => None,
                Some(v) => Some(
                    v.into_iter()
                        .map(|s| {
                            Ok(Successor {
                                code: s.code.parse().map_err(|e| format!("{e}"))?,
                                name: s.name,
                                unit_type: successor_type(&s.unit_type)?,
                                partial: s.partial,
                            })
                        })
                        .collect::<Result<Arc<[Successor]>, String>>()?,
                ),
            };
            Fields::AdminUnit(AdminUnit {
                name: m.get("name")?,
                unit_type,
                level,
                province: m.opt("province")?,
                code: m.opt_parsed("code")?,
                successors,
            })
        }
        EntityKind::Person => Fields::Person {
            titles: m.get("titles")?,
        },
        EntityKind::LegalRef => Fields::LegalRef {
            doc_type: m.get("doc_type")?,
            number: m.get("number")?,
            issuer: m.opt("issuer")?,
            date: m.opt_parsed("date")?,
        },
    })
}

impl<'de> Deserialize<'de> for Entity<'static> {
    /// Reads the object of the JSON contract (with serde_json: numbers keep their exact
    /// digits). The kind decides which fields are read; unknown fields are ignored.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Entity<'static>, D::Error> {
        let m = Members::deserialize(d)?;
        let build = || -> Result<Entity<'static>, String> {
            let kind: EntityKind = m.parsed("kind")?;
            let text: String = m.get("text")?;
            let start: usize = m.get("start")?;
            let end: usize = m.get("end")?;
            if end < start || end - start != text.len() {
                return Err(format!(
                    "span {start}..{end} does not fit the text ({} bytes)",
                    text.len()
                ));
            }
            Ok(Entity {
                text: Cow::Owned(text),
                start,
                end,
                fields: fields(&m, kind)?,
            })
        };
        build().map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn decimals_are_exact_in_json() {
        for (v, want) in [
            ("82367000000000", "82367000000000"),
            ("96.39", "96.39"),
            ("-0.5", "-0.5"),
            (
                "123456789012345678.123456789",
                "123456789012345678.123456789",
            ),
        ] {
            let e = Entity::new("x", 0..1, Fields::Number { value: dec(v) }).unwrap();
            let json = e.to_json();
            assert!(json.ends_with(&format!("\"value\":{want}}}")), "{json}");
            let back: Entity<'static> = serde_json::from_str(&json).unwrap();
            assert_eq!(back, e.clone().into_owned());
        }
    }

    #[test]
    fn every_kind_round_trips() {
        let text = "abc";
        let unit = AdminUnit {
            name: "Ba Đình".into(),
            unit_type: UnitType::Quan,
            level: Level::District,
            province: Some("Hà Nội".into()),
            code: Some("001".parse().unwrap()),
            successors: Some(Arc::from(vec![Successor {
                code: "01".parse().unwrap(),
                name: "Hà Nội".into(),
                unit_type: UnitType::ThanhPhoTrungUong,
                partial: true,
            }])),
        };
        let all = [
            Fields::Percent { value: dec("1.5") },
            Fields::Money {
                value: dec("10"),
                currency: "VND".into(),
            },
            Fields::Quantity {
                value: dec("4.3"),
                unit: "ha".into(),
            },
            Fields::Fraction {
                numerator: dec("30"),
                denominator: dec("31"),
            },
            Fields::Range {
                from: dec("12"),
                to: dec("17"),
                unit: None,
            },
            Fields::Date {
                value: "--05-18".parse().unwrap(),
            },
            Fields::Time {
                value: "20:47".parse().unwrap(),
            },
            Fields::DateRange {
                from: "2020".parse().unwrap(),
                to: "2021-Q1".parse().unwrap(),
            },
            Fields::Abbrev {
                expansion: "Ủy ban nhân dân".into(),
            },
            Fields::AdminUnit(unit),
            Fields::Person {
                titles: vec!["Chủ tịch".into()],
            },
            Fields::LegalRef {
                doc_type: "Chỉ thị".into(),
                number: "34".into(),
                issuer: Some("TW".into()),
                date: Some("2014-04-07".parse().unwrap()),
            },
        ];
        for f in all {
            let e = Entity::new(text, 0..3, f).unwrap();
            let json = e.to_json();
            let back: Entity<'static> = serde_json::from_str(&json).unwrap();
            assert_eq!(back, e.clone().into_owned(), "{json}");
            assert_eq!(back.to_json(), json);
        }
    }

    #[test]
    fn bad_objects_are_errors() {
        for bad in [
            r#"{"kind":"nothing","text":"a","start":0,"end":1}"#,
            r#"{"kind":"number","text":"a","start":0,"end":5,"value":1}"#,
            r#"{"kind":"number","text":"a","start":0,"end":1,"value":"x"}"#,
            r#"{"kind":"admin_unit","text":"a","start":0,"end":1,"name":"A","type":"quận","level":"commune","province":null,"code":null}"#,
            r#"[1]"#,
        ] {
            assert!(
                serde_json::from_str::<Entity<'static>>(bad).is_err(),
                "{bad}"
            );
        }
    }
}
