//! The analyzer: tokenize once, run every recognizer over the tokens, pass the document's
//! context between them, merge by one overlap rule.

use std::fmt;

use hanhchinh_text::{Doc, Token, ToneStyle};

use crate::entity::{Entity, EntityKind, KindSet};
use crate::error::Error;

/// A calendar day: the date of a document (`ref_date`), used to fill in missing years and to
/// choose the version of an administrative unit valid then.
///
/// ```
/// use hanhchinh::Day;
/// let d = Day::parse("2023-05-18").unwrap();
/// assert_eq!((d.year(), d.month(), d.day()), (2023, 5, 18));
/// assert!(Day::parse("2023-02-30").is_err());
/// assert_eq!(d.to_string(), "2023-05-18");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Day {
    year: i16,
    month: u8,
    day: u8,
}

impl Day {
    /// A day; `None` unless it exists (years 1 to 9999).
    pub fn new(year: i16, month: u8, day: u8) -> Option<Day> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        (day <= days).then_some(Day { year, month, day })
    }
    /// Parses `YYYY-MM-DD` (surrounding spaces allowed).
    pub fn parse(s: &str) -> Result<Day, Error> {
        let t = s.trim();
        let lead = s.len() - s.trim_start().len();
        let mut parts = t.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(Error::bad_date(s, lead));
        };
        let ok = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        if !(ok(y, 4) && ok(m, 2) && ok(d, 2)) {
            return Err(Error::bad_date(s, lead));
        }
        let (Ok(y), Ok(m), Ok(d)) = (y.parse(), m.parse(), d.parse()) else {
            return Err(Error::bad_date(s, lead));
        };
        Day::new(y, m, d).ok_or_else(|| Error::bad_date(s, lead))
    }
    /// The year.
    pub fn year(&self) -> i16 {
        self.year
    }
    /// The month (1 to 12).
    pub fn month(&self) -> u8 {
        self.month
    }
    /// The day of the month.
    pub fn day(&self) -> u8 {
        self.day
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Builds an [`Analyzer`].
///
/// ```
/// use hanhchinh::{Analyzer, Day, EntityKind, KindSet};
/// let a = Analyzer::builder()
///     .reference_date(Day::new(2022, 1, 21).unwrap())
///     .kinds(KindSet::empty().with(EntityKind::Date))
///     .build();
/// let r = a.analyze("Chiều 21/1, tại quận Ba Đình");
/// assert_eq!(r.entities().len(), 1);
/// assert_eq!(r.entities()[0].to_json(),
///     r#"{"kind":"date","text":"21/1","start":8,"end":12,"value":"2022-01-21"}"#);
/// ```
#[derive(Clone, Debug, Default)]
pub struct AnalyzerBuilder {
    inner: Analyzer,
}

impl AnalyzerBuilder {
    /// The date of the documents (each call may give its own with [`Analyzer::analyze_on`]).
    #[must_use]
    pub fn reference_date(mut self, day: Day) -> AnalyzerBuilder {
        self.inner.reference_date = Some(day);
        self
    }
    /// Tone-mark placement of the names, expansions and titles written into entities
    /// (default: traditional `hòa`, `Ủy`, as in official names).
    #[must_use]
    pub fn tone_style(mut self, style: ToneStyle) -> AnalyzerBuilder {
        self.inner.tone = style;
        #[cfg(feature = "gazetteer")]
        {
            self.inner.successors = std::sync::Arc::default();
        }
        self
    }
    /// Which entity kinds to extract (default: all).
    #[must_use]
    pub fn kinds(mut self, kinds: KindSet) -> AnalyzerBuilder {
        self.inner.kinds = kinds;
        self
    }
    /// A custom gazetteer (for example the default extended with a user's TSV, see
    /// `hanhchinh::gazetteer::Gazetteer::builder`).
    #[cfg(feature = "gazetteer")]
    #[must_use]
    pub fn gazetteer(mut self, g: hanhchinh_gazetteer::Gazetteer) -> AnalyzerBuilder {
        self.inner.gazetteer = Some(g);
        self.inner.successors = std::sync::Arc::default();
        self
    }
    /// A custom gazetteer from compiled bytes (`hanhchinh gazetteer build`).
    #[cfg(feature = "gazetteer")]
    pub fn gazetteer_bytes(self, bytes: Vec<u8>) -> Result<AnalyzerBuilder, Error> {
        let g =
            hanhchinh_gazetteer::Gazetteer::from_bytes(bytes).map_err(|e| Error::gazetteer(&e))?;
        Ok(self.gazetteer(g))
    }
    /// The analyzer.
    pub fn build(self) -> Analyzer {
        self.inner
    }
}

/// Runs every recognizer over one tokenization of a text and merges what they find.
///
/// `Analyzer::default()` uses the embedded data (nothing is parsed: the gazetteer and lexicons
/// are read in place), so it is cheap to create; it is `Send + Sync`, so one can be shared by
/// every thread.
///
/// ```
/// use hanhchinh::Analyzer;
/// let a = Analyzer::default();
/// let text = "Dự hội nghị có đồng chí Trần Đức Hoạt - TUV, Bí thư Quận ủy, Chủ tịch HĐND quận.";
/// let r = a.analyze(text);
/// let person = r.entities().iter().find(|e| e.kind().as_str() == "person").unwrap();
/// assert_eq!(person.text(), "Trần Đức Hoạt");
/// // `Quận ủy` exists only in a centrally-run city: TUV is Thành ủy viên there.
/// assert_eq!(person.titles(), ["Thành ủy viên", "Bí thư Quận ủy", "Chủ tịch Hội đồng nhân dân quận"]);
/// ```
#[derive(Clone, Debug)]
pub struct Analyzer {
    pub(crate) reference_date: Option<Day>,
    pub(crate) tone: ToneStyle,
    pub(crate) kinds: KindSet,
    #[cfg(feature = "gazetteer")]
    pub(crate) gazetteer: Option<hanhchinh_gazetteer::Gazetteer>,
    /// Successors of the pre-2025 units met so far (written in the analyzer's tone style), so
    /// that a unit's lineage is looked up once, not once per document.
    #[cfg(feature = "gazetteer")]
    pub(crate) successors: std::sync::Arc<crate::compose::SuccessorCache>,
}

impl Default for Analyzer {
    fn default() -> Analyzer {
        Analyzer {
            reference_date: None,
            tone: ToneStyle::Traditional,
            kinds: KindSet::all(),
            #[cfg(feature = "gazetteer")]
            gazetteer: None,
            #[cfg(feature = "gazetteer")]
            successors: std::sync::Arc::default(),
        }
    }
}

/// The result of [`Analyzer::analyze`]: the tokens of the text and the entities found, ordered
/// by start offset (longer first at the same start).
#[derive(Clone, Debug)]
pub struct Analysis<'a> {
    doc: Doc<'a>,
    entities: Vec<Entity<'a>>,
}

impl<'a> Analysis<'a> {
    /// The analysed text.
    pub fn text(&self) -> &'a str {
        self.doc.text()
    }
    /// The tokens (`hanhchinh_text::tokenize(text)`).
    pub fn tokens(&self) -> &[Token<'a>] {
        self.doc.tokens()
    }
    /// The document: the tokens and what the recognizers read of each.
    pub fn doc(&self) -> &Doc<'a> {
        &self.doc
    }
    /// The entities.
    pub fn entities(&self) -> &[Entity<'a>] {
        &self.entities
    }
    /// The entities, owned.
    pub fn into_entities(self) -> Vec<Entity<'a>> {
        self.entities
    }
    /// The entities as a JSON array (each as [`Entity::to_json`]).
    pub fn entities_json(&self) -> String {
        let mut s = String::with_capacity(64 + self.entities.len() * 96);
        s.push('[');
        for (i, e) in self.entities.iter().enumerate() {
            if i > 0 {
                s.push(',');
            }
            e.write_json(&mut s);
        }
        s.push(']');
        s
    }
}

impl Analyzer {
    /// A builder.
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    /// The kinds this analyzer extracts.
    pub fn kinds(&self) -> KindSet {
        self.kinds
    }

    /// Analyzes `text` with the analyzer's reference date.
    pub fn analyze<'a>(&self, text: &'a str) -> Analysis<'a> {
        self.analyze_on(text, self.reference_date)
    }

    /// Analyzes `text`, the document of day `date` (overrides the analyzer's reference date).
    pub fn analyze_on<'a>(&self, text: &'a str, date: Option<Day>) -> Analysis<'a> {
        let doc = Doc::new(text);
        let entities = crate::compose::run(self, &doc, date.or(self.reference_date));
        Analysis { doc, entities }
    }

    /// Whether `kind` is extracted.
    #[cfg_attr(
        not(any(feature = "numdate", feature = "gazetteer", feature = "abbrev")),
        allow(dead_code)
    )]
    pub(crate) fn wants(&self, kind: EntityKind) -> bool {
        self.kinds.contains(kind)
    }

    /// Writes `s` in the analyzer's tone style.
    #[cfg_attr(not(any(feature = "gazetteer", feature = "abbrev")), allow(dead_code))]
    pub(crate) fn styled(&self, s: &str) -> String {
        match self.tone {
            ToneStyle::Traditional => s.to_string(),
            _ => {
                let mut o = hanhchinh_text::NormalizeOptions::default();
                o.tone = self.tone;
                hanhchinh_text::normalize_with(s, &o).into_owned()
            }
        }
    }
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn analyzer_is_send_sync() {
        assert_send_sync::<Analyzer>();
    }

    #[test]
    fn days() {
        assert!(Day::new(2024, 2, 29).is_some());
        assert!(Day::new(2023, 2, 29).is_none());
        assert!(Day::new(2000, 2, 29).is_some());
        assert!(Day::new(1900, 2, 29).is_none());
        let e = Day::parse("  2023-13-01").unwrap_err();
        assert!(e.is_bad_date());
        assert_eq!(e.offset(), 2);
        assert!(Day::parse("2023-1-01").is_err());
        assert!(Day::parse("").is_err());
    }
}
