//! The shared entity type and its JSON form (the contract of `hanhchinh analyze`).

use std::fmt::{self, Write as _};
use std::ops::Range;

/// The kind of an [`Entity`], with its JSON name ([`EntityKind::as_str`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntityKind {
    /// A count or ordinal: `2.309`, `khóa XIII`.
    Number,
    /// A percentage: `96,39%`.
    Percent,
    /// An amount of money: `82.367 tỷ đồng`.
    Money,
    /// A measurement: `4,3ha`.
    Quantity,
    /// `30/31` (30 of 31).
    Fraction,
    /// A numeric range: `12-17`, `từ 3 đến 5`.
    Range,
    /// A date, possibly partial: `ngày 18/5`, `năm 2022`.
    Date,
    /// A time of day: `20:47`.
    Time,
    /// A range of dates: `11/6/1948 - 11/6/2023`.
    DateRange,
    /// An abbreviation with its expansion: `HĐND`.
    Abbrev,
    /// A named administrative unit: `quận Ba Đình`.
    AdminUnit,
    /// A person's name, with the titles written around this mention.
    Person,
    /// A numbered legal document reference: `Chỉ thị số 34-CT/TW`.
    LegalRef,
}

impl EntityKind {
    /// Every kind, in JSON-contract order.
    pub const ALL: [EntityKind; 13] = [
        EntityKind::Number,
        EntityKind::Percent,
        EntityKind::Money,
        EntityKind::Quantity,
        EntityKind::Fraction,
        EntityKind::Range,
        EntityKind::Date,
        EntityKind::Time,
        EntityKind::DateRange,
        EntityKind::Abbrev,
        EntityKind::AdminUnit,
        EntityKind::Person,
        EntityKind::LegalRef,
    ];

    /// The name used in JSON (`number`, `date_range`, `admin_unit`, …).
    ///
    /// ```
    /// use hanhchinh::EntityKind;
    /// assert_eq!(EntityKind::DateRange.as_str(), "date_range");
    /// assert_eq!(EntityKind::parse("legal_ref"), Some(EntityKind::LegalRef));
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Number => "number",
            EntityKind::Percent => "percent",
            EntityKind::Money => "money",
            EntityKind::Quantity => "quantity",
            EntityKind::Fraction => "fraction",
            EntityKind::Range => "range",
            EntityKind::Date => "date",
            EntityKind::Time => "time",
            EntityKind::DateRange => "date_range",
            EntityKind::Abbrev => "abbrev",
            EntityKind::AdminUnit => "admin_unit",
            EntityKind::Person => "person",
            EntityKind::LegalRef => "legal_ref",
        }
    }

    /// The kind with this JSON name.
    pub fn parse(s: &str) -> Option<EntityKind> {
        EntityKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Whether the kind is number-like (number, percent, money, quantity, fraction, range,
    /// date, time, date_range): such entities never overlap each other.
    pub fn is_number_like(self) -> bool {
        !matches!(
            self,
            EntityKind::Abbrev | EntityKind::AdminUnit | EntityKind::Person | EntityKind::LegalRef
        )
    }

    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A set of [`EntityKind`]s (which kinds an [`Analyzer`](crate::Analyzer) extracts).
///
/// ```
/// use hanhchinh::{EntityKind, KindSet};
/// let s = KindSet::empty().with(EntityKind::Date).with(EntityKind::Person);
/// assert!(s.contains(EntityKind::Date) && !s.contains(EntityKind::Number));
/// assert!(KindSet::all().contains(EntityKind::LegalRef));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KindSet(u16);

impl KindSet {
    /// No kind.
    pub const fn empty() -> KindSet {
        KindSet(0)
    }
    /// Every kind.
    pub fn all() -> KindSet {
        EntityKind::ALL
            .into_iter()
            .fold(KindSet::empty(), KindSet::with)
    }
    /// This set plus `kind`.
    #[must_use]
    pub fn with(self, kind: EntityKind) -> KindSet {
        KindSet(self.0 | kind.bit())
    }
    /// This set without `kind`.
    #[must_use]
    pub fn without(self, kind: EntityKind) -> KindSet {
        KindSet(self.0 & !kind.bit())
    }
    /// Whether `kind` is in the set.
    pub fn contains(self, kind: EntityKind) -> bool {
        self.0 & kind.bit() != 0
    }
    /// Whether any number-like kind is in the set.
    pub fn any_number_like(self) -> bool {
        EntityKind::ALL
            .into_iter()
            .any(|k| k.is_number_like() && self.contains(k))
    }
}

impl Default for KindSet {
    fn default() -> KindSet {
        KindSet::all()
    }
}

impl FromIterator<EntityKind> for KindSet {
    fn from_iter<I: IntoIterator<Item = EntityKind>>(iter: I) -> KindSet {
        iter.into_iter().fold(KindSet::empty(), KindSet::with)
    }
}

/// An exact decimal number as plain ASCII (`82367000000000`, `96.39`, `-0.5`): written into
/// JSON as a number token unchanged, never through `f64`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Num(String);

impl Num {
    /// A number from its plain ASCII form; `None` unless it is `-?digits(.digits)?`.
    ///
    /// ```
    /// use hanhchinh::Num;
    /// assert_eq!(Num::new("96.39").unwrap().as_str(), "96.39");
    /// assert!(Num::new("1e5").is_none() && Num::new("").is_none());
    /// ```
    pub fn new(s: &str) -> Option<Num> {
        let body = s.strip_prefix('-').unwrap_or(s);
        let (int, frac) = match body.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (body, None),
        };
        let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        (digits(int) && frac.map_or(true, digits)).then(|| Num(s.to_string()))
    }
    /// The plain ASCII form.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A unit that a pre-2025 administrative unit became on 2025-07-01.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Successor {
    /// Official code of the new unit.
    pub code: String,
    /// Its name.
    pub name: String,
    /// Its lowercase type (`phường`, `xã`, `tỉnh`, …).
    pub unit_type: String,
    /// Whether it took only a part of the old unit.
    pub partial: bool,
}

/// The kind-specific fields of an [`Entity`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fields {
    /// `number`, `percent`: `value`.
    Value {
        /// The exact value.
        value: Num,
    },
    /// `money`: `value`, `currency` (ISO 4217).
    Money {
        /// Amount in units of the currency.
        value: Num,
        /// `VND`, `USD`, …
        currency: String,
    },
    /// `quantity`: `value`, `unit` (lowercase ASCII code).
    Quantity {
        /// The exact value.
        value: Num,
        /// `ha`, `km2`, …
        unit: String,
    },
    /// `fraction`: `numerator`, `denominator`.
    Fraction {
        /// Numerator.
        numerator: Num,
        /// Denominator.
        denominator: Num,
    },
    /// `range`: `from`, `to`, `unit` (or null).
    Range {
        /// Lower bound.
        from: Num,
        /// Upper bound.
        to: Num,
        /// `%`, a unit or a currency code, when one follows.
        unit: Option<String>,
    },
    /// `date`, `time`: `value` (ISO date, possibly partial, or `HH:MM`).
    Text {
        /// `2023-05-18`, `2023`, `--05-18`, `20:47`.
        value: String,
    },
    /// `date_range`: `from`, `to` (ISO, partial allowed).
    DateRange {
        /// First date.
        from: String,
        /// Last date.
        to: String,
    },
    /// `abbrev`: `expansion`.
    Abbrev {
        /// The expansion chosen in the document's context.
        expansion: String,
    },
    /// `admin_unit`: `name`, `type`, `level`, `province`, `code`, and `successors` for units
    /// of before the 2025 reform.
    AdminUnit {
        /// Canonical name (`Nam Từ Liêm`).
        name: String,
        /// Official lowercase type (`quận`, `thành phố`).
        unit_type: String,
        /// `province`, `district` or `commune`.
        level: String,
        /// Name of the province-level unit (itself for a province).
        province: Option<String>,
        /// Official code of its era, or null when the mention stays ambiguous.
        code: Option<String>,
        /// For a unit that ended before 2025-07-01: the units it became (`None` otherwise).
        successors: Option<Vec<Successor>>,
    },
    /// `person`: `titles`, fully expanded, in text order.
    Person {
        /// Titles written around this mention.
        titles: Vec<String>,
    },
    /// `legal_ref`: `doc_type`, `number`, `issuer`, `date`.
    LegalRef {
        /// Document type as written (`Chỉ thị`).
        doc_type: String,
        /// Number as written (`05`, `34`).
        number: String,
        /// Issuer code of the symbol (`TW`), or null.
        issuer: Option<String>,
        /// Date written with the reference (ISO), or null.
        date: Option<String>,
    },
}

/// One thing found in a text: kind, exact surface, byte span in the input, and its fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity<'a> {
    pub(crate) kind: EntityKind,
    pub(crate) text: &'a str,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) fields: Fields,
}

impl<'a> Entity<'a> {
    /// An entity over `span` of `input`; `None` if the span is not a char-boundary slice of it.
    pub fn new(
        input: &'a str,
        span: Range<usize>,
        kind: EntityKind,
        fields: Fields,
    ) -> Option<Entity<'a>> {
        let text = input.get(span.clone())?;
        Some(Entity {
            kind,
            text,
            start: span.start,
            end: span.end,
            fields,
        })
    }
    /// The kind.
    pub fn kind(&self) -> EntityKind {
        self.kind
    }
    /// The exact surface (a slice of the input).
    pub fn text(&self) -> &'a str {
        self.text
    }
    /// Byte offset of the first byte in the input.
    pub fn start(&self) -> usize {
        self.start
    }
    /// Byte offset just past the last byte.
    pub fn end(&self) -> usize {
        self.end
    }
    /// `start()..end()`.
    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }
    /// The kind-specific fields.
    pub fn fields(&self) -> &Fields {
        &self.fields
    }
    /// The titles of a person (empty for other kinds).
    pub fn titles(&self) -> &[String] {
        match &self.fields {
            Fields::Person { titles } => titles,
            _ => &[],
        }
    }
    /// The expansion of an abbreviation.
    pub fn expansion(&self) -> Option<&str> {
        match &self.fields {
            Fields::Abbrev { expansion } => Some(expansion),
            _ => None,
        }
    }

    /// The entity as one JSON object (the contract of `hanhchinh analyze`; numbers exact).
    ///
    /// ```
    /// let a = hanhchinh::Analyzer::default();
    /// let r = a.analyze("tăng 96,39%");
    /// assert_eq!(r.entities()[0].to_json(),
    ///     r#"{"kind":"percent","text":"96,39%","start":6,"end":12,"value":96.39}"#);
    /// ```
    pub fn to_json(&self) -> String {
        let mut s = String::with_capacity(96);
        self.write_json(&mut s);
        s
    }

    /// Appends the JSON object of [`Entity::to_json`] to `out`.
    pub fn write_json(&self, out: &mut String) {
        out.push_str("{\"kind\":");
        json_str(out, self.kind.as_str());
        out.push_str(",\"text\":");
        json_str(out, self.text);
        let _ = write!(out, ",\"start\":{},\"end\":{}", self.start, self.end);
        match &self.fields {
            Fields::Value { value } => num_field(out, "value", value),
            Fields::Money { value, currency } => {
                num_field(out, "value", value);
                str_field(out, "currency", Some(currency));
            }
            Fields::Quantity { value, unit } => {
                num_field(out, "value", value);
                str_field(out, "unit", Some(unit));
            }
            Fields::Fraction {
                numerator,
                denominator,
            } => {
                num_field(out, "numerator", numerator);
                num_field(out, "denominator", denominator);
            }
            Fields::Range { from, to, unit } => {
                num_field(out, "from", from);
                num_field(out, "to", to);
                str_field(out, "unit", unit.as_deref());
            }
            Fields::Text { value } => str_field(out, "value", Some(value)),
            Fields::DateRange { from, to } => {
                str_field(out, "from", Some(from));
                str_field(out, "to", Some(to));
            }
            Fields::Abbrev { expansion } => str_field(out, "expansion", Some(expansion)),
            Fields::AdminUnit {
                name,
                unit_type,
                level,
                province,
                code,
                successors,
            } => {
                str_field(out, "name", Some(name));
                str_field(out, "type", Some(unit_type));
                str_field(out, "level", Some(level));
                str_field(out, "province", province.as_deref());
                str_field(out, "code", code.as_deref());
                if let Some(succ) = successors {
                    out.push_str(",\"successors\":[");
                    for (i, s) in succ.iter().enumerate() {
                        if i > 0 {
                            out.push(',');
                        }
                        out.push_str("{\"code\":");
                        json_str(out, &s.code);
                        str_field(out, "name", Some(&s.name));
                        str_field(out, "type", Some(&s.unit_type));
                        let _ = write!(out, ",\"partial\":{}}}", s.partial);
                    }
                    out.push(']');
                }
            }
            Fields::Person { titles } => {
                out.push_str(",\"titles\":[");
                for (i, t) in titles.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    json_str(out, t);
                }
                out.push(']');
            }
            Fields::LegalRef {
                doc_type,
                number,
                issuer,
                date,
            } => {
                str_field(out, "doc_type", Some(doc_type));
                str_field(out, "number", Some(number));
                str_field(out, "issuer", issuer.as_deref());
                str_field(out, "date", date.as_deref());
            }
        }
        out.push('}');
    }
}

fn num_field(out: &mut String, name: &str, n: &Num) {
    out.push_str(",\"");
    out.push_str(name);
    out.push_str("\":");
    out.push_str(n.as_str());
}

fn str_field(out: &mut String, name: &str, v: Option<&str>) {
    out.push_str(",\"");
    out.push_str(name);
    out.push_str("\":");
    match v {
        Some(s) => json_str(out, s),
        None => out.push_str("null"),
    }
}

/// Appends `s` as a JSON string literal (escaping `"`, `\` and control characters; other
/// characters, including non-ASCII, are written as they are).
///
/// ```
/// let mut out = String::new();
/// hanhchinh::json_str(&mut out, "a\"b\\c\nd\u{1}ế");
/// assert_eq!(out, r#""a\"b\\c\nd\u0001ế""#);
/// ```
pub fn json_str(out: &mut String, s: &str) {
    out.push('"');
    let mut last = 0;
    for (i, b) in s.bytes().enumerate() {
        let esc: Option<&str> = match b {
            b'"' => Some("\\\""),
            b'\\' => Some("\\\\"),
            b'\n' => Some("\\n"),
            b'\r' => Some("\\r"),
            b'\t' => Some("\\t"),
            0..=0x1f => None,
            _ => continue,
        };
        out.push_str(s.get(last..i).unwrap_or_default());
        match esc {
            Some(e) => out.push_str(e),
            None => {
                let _ = write!(out, "\\u{:04x}", b);
            }
        }
        last = i + 1;
    }
    out.push_str(s.get(last..).unwrap_or_default());
    out.push('"');
}

#[cfg(feature = "serde")]
mod ser {
    use super::{Entity, Fields, Num, Successor};
    use serde::ser::{Serialize, SerializeMap, Serializer};

    impl Serialize for Num {
        /// An integer as a JSON integer (any size up to 128 bits), a decimal with at most 15
        /// significant digits as a float (which prints back to the same digits), anything else
        /// as a string: serde cannot write a raw number token. [`Entity::to_json`] is always
        /// exact.
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let t = self.as_str();
            if !t.contains('.') {
                if let Ok(v) = t.parse::<i64>() {
                    return s.serialize_i64(v);
                }
                if let Ok(v) = t.parse::<i128>() {
                    return s.serialize_i128(v);
                }
            } else {
                let digits = t.bytes().filter(u8::is_ascii_digit).count();
                let lead_zeros = t
                    .trim_start_matches('-')
                    .bytes()
                    .take_while(|b| *b == b'0' || *b == b'.')
                    .filter(|b| *b == b'0')
                    .count();
                if digits.saturating_sub(lead_zeros) <= 15 {
                    if let Ok(v) = t.parse::<f64>() {
                        return s.serialize_f64(v);
                    }
                }
            }
            s.serialize_str(t)
        }
    }

    impl Serialize for Successor {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(4))?;
            m.serialize_entry("code", &self.code)?;
            m.serialize_entry("name", &self.name)?;
            m.serialize_entry("type", &self.unit_type)?;
            m.serialize_entry("partial", &self.partial)?;
            m.end()
        }
    }

    impl Serialize for Entity<'_> {
        /// The same object as [`Entity::to_json`] (field names and order of the contract).
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(None)?;
            m.serialize_entry("kind", self.kind.as_str())?;
            m.serialize_entry("text", self.text)?;
            m.serialize_entry("start", &self.start)?;
            m.serialize_entry("end", &self.end)?;
            match &self.fields {
                Fields::Value { value } => m.serialize_entry("value", value)?,
                Fields::Money { value, currency } => {
                    m.serialize_entry("value", value)?;
                    m.serialize_entry("currency", currency)?;
                }
                Fields::Quantity { value, unit } => {
                    m.serialize_entry("value", value)?;
                    m.serialize_entry("unit", unit)?;
                }
                Fields::Fraction {
                    numerator,
                    denominator,
                } => {
                    m.serialize_entry("numerator", numerator)?;
                    m.serialize_entry("denominator", denominator)?;
                }
                Fields::Range { from, to, unit } => {
                    m.serialize_entry("from", from)?;
                    m.serialize_entry("to", to)?;
                    m.serialize_entry("unit", unit)?;
                }
                Fields::Text { value } => m.serialize_entry("value", value)?,
                Fields::DateRange { from, to } => {
                    m.serialize_entry("from", from)?;
                    m.serialize_entry("to", to)?;
                }
                Fields::Abbrev { expansion } => m.serialize_entry("expansion", expansion)?,
                Fields::AdminUnit {
                    name,
                    unit_type,
                    level,
                    province,
                    code,
                    successors,
                } => {
                    m.serialize_entry("name", name)?;
                    m.serialize_entry("type", unit_type)?;
                    m.serialize_entry("level", level)?;
                    m.serialize_entry("province", province)?;
                    m.serialize_entry("code", code)?;
                    if let Some(succ) = successors {
                        m.serialize_entry("successors", succ)?;
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
                    m.serialize_entry("date", date)?;
                }
            }
            m.end()
        }
    }
}
