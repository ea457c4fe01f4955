//! The analyzer: one document layer, every recognizer over it, one overlap rule.

use std::fmt;
#[cfg(feature = "gazetteer")]
use std::sync::Arc;

use hanhchinh_numdate::PartialDate;
use hanhchinh_text::{Doc, Token, ToneStyle};

use crate::entity::{Entity, EntityKind, KindSet};
use crate::era::DocumentDate;
#[cfg(feature = "gazetteer")]
use crate::error::Error;
use crate::recognize::{self, DateChoice};

/// Builds an [`Analyzer`].
///
/// ```
/// use hanhchinh::{Analyzer, EntityKind, KindSet};
/// let a = Analyzer::builder()
///     .reference_date("2022-01-21".parse::<hanhchinh::PartialDate>().unwrap())
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
    /// The date of the documents: a day, a month or a year (each call may give its own with
    /// [`Analyzer::analyze_on`]). A `jiff::civil::Date` converts into it.
    #[must_use]
    pub fn reference_date(mut self, date: impl Into<PartialDate>) -> AnalyzerBuilder {
        self.inner.reference_date = Some(date.into());
        self
    }

    /// Tone-mark placement of the names, expansions and titles written into entities
    /// (default: traditional `hòa`, `Ủy`, as in official names).
    #[must_use]
    pub fn tone_style(mut self, style: ToneStyle) -> AnalyzerBuilder {
        self.inner.tone = style;
        #[cfg(feature = "gazetteer")]
        {
            self.inner.successors = Arc::default();
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
        self.inner.gazetteer = Some(Arc::new(g));
        self.inner.successors = Arc::default();
        self
    }

    /// A custom gazetteer from compiled bytes (`hanhchinh gazetteer build`).
    #[cfg(feature = "gazetteer")]
    pub fn gazetteer_bytes(self, bytes: Vec<u8>) -> Result<AnalyzerBuilder, Error> {
        let g = hanhchinh_gazetteer::Gazetteer::from_bytes(bytes).map_err(Error::gazetteer)?;
        Ok(self.gazetteer(g))
    }

    /// The analyzer.
    pub fn build(self) -> Analyzer {
        self.inner
    }
}

/// Runs every recognizer over one document of a text and merges what they find.
///
/// `analyze` builds the text's [`Doc`] once (tokens with their keys, case, gaps, lines); the
/// recognizers read it in this order, each given what the ones before found:
///
/// 1. `hanhchinh-numdate`: numbers, amounts, dates, times, ranges. Without a reference date,
///    the document's own latest full date (or its vocabulary of the 2025 reform) dates it:
///    one date, and so one era, for the whole document ([`Analysis::date`]).
/// 2. `hanhchinh-gazetteer`: the administrative units, read at that date (a reform cue next to
///    a mention, `xã X (cũ)`, reads that mention on its side of the reform).
/// 3. `hanhchinh-abbrev`: legal references and abbreviations, in the context the units give
///    (`TUV` is `Thành ủy viên` in a centrally-run city, `Tỉnh ủy viên` in a province).
/// 4. `hanhchinh-persons`: persons and their titles, in the same context.
///
/// One overlap rule then merges the findings (see [`Analysis::entities`]).
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
#[derive(Clone)]
pub struct Analyzer {
    pub(crate) reference_date: Option<PartialDate>,
    pub(crate) tone: ToneStyle,
    pub(crate) kinds: KindSet,
    /// A custom gazetteer (the embedded one when `None`), shared by the analyzer's clones.
    #[cfg(feature = "gazetteer")]
    pub(crate) gazetteer: Option<Arc<hanhchinh_gazetteer::Gazetteer>>,
    /// Successors of the pre-2025 units met so far (written in the analyzer's tone style), so
    /// that a unit's lineage is looked up once, not once per mention.
    #[cfg(feature = "gazetteer")]
    pub(crate) successors: Arc<crate::recognize::units::SuccessorCache>,
}

impl fmt::Debug for Analyzer {
    /// A summary: the options and the data, not the data itself.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("Analyzer");
        d.field(
            "reference_date",
            &self.reference_date.map(|x| x.to_string()),
        )
        .field("tone", &self.tone)
        .field(
            "kinds",
            &EntityKind::ALL
                .into_iter()
                .filter(|k| self.kinds.contains(*k))
                .map(EntityKind::as_str)
                .collect::<Vec<_>>(),
        );
        #[cfg(feature = "gazetteer")]
        d.field(
            "gazetteer",
            &match &self.gazetteer {
                Some(g) => format!("custom: {} units, data {}", g.len(), g.data_version()),
                None => "embedded".to_string(),
            },
        );
        d.finish()
    }
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
            successors: Arc::default(),
        }
    }
}

/// The result of [`Analyzer::analyze`]: the document, its date, and the entities found.
#[derive(Clone, Debug)]
pub struct Analysis<'a> {
    doc: Doc<'a>,
    /// The date and the entities: what [`Analyzer::extract`] gives without the document.
    found: Extraction<'a>,
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

    /// The date the document was read at, and why (given, written in it, or its vocabulary of
    /// the 2025 reform): it decides the era of its administrative units.
    pub fn date(&self) -> &DocumentDate {
        self.found.date()
    }

    /// The entities, ordered by start offset (longer first at the same start), merged by one
    /// overlap rule:
    ///
    /// * Number-like entities (number, percent, money, quantity, fraction, range, date, time,
    ///   date_range) never overlap each other, and one lying inside a legal reference is the
    ///   reference's own number and is dropped (the date written after a reference stays: it is
    ///   outside the reference's span); one inside an administrative unit is the numeral of
    ///   its name (`xã Quế Xuân 1`) and is dropped too.
    /// * A bare-name administrative unit that overlaps a person is dropped (the person rule has
    ///   already kept only persons with titles there); typed units are never overlapped by
    ///   persons.
    /// * Other kinds may overlap anything (an abbreviation inside a person's titles, a unit
    ///   inside a title). Exact duplicates (same kind and span) are kept once.
    pub fn entities(&self) -> &[Entity<'a>] {
        self.found.entities()
    }

    /// The entities, owned.
    pub fn into_entities(self) -> Vec<Entity<'a>> {
        self.found.into_entities()
    }

    /// The entities as a JSON array (each as [`Entity::to_json`]).
    pub fn entities_json(&self) -> String {
        self.found.entities_json()
    }

    /// The date and the entities without the document (what [`Analyzer::extract`] gives).
    pub fn into_extraction(self) -> Extraction<'a> {
        self.found
    }
}

/// The result of [`Analyzer::extract`]: the entities of a text and its date, without its
/// document.
#[derive(Clone, Debug)]
pub struct Extraction<'a> {
    date: DocumentDate,
    entities: Vec<Entity<'a>>,
}

impl<'a> Extraction<'a> {
    /// The date the text was read at, and why (see [`Analysis::date`]).
    pub fn date(&self) -> &DocumentDate {
        &self.date
    }

    /// The entities, in the order and under the overlap rule of [`Analysis::entities`].
    pub fn entities(&self) -> &[Entity<'a>] {
        &self.entities
    }

    /// The entities, owned.
    pub fn into_entities(self) -> Vec<Entity<'a>> {
        self.entities
    }

    /// The entities as a JSON array (each as [`Entity::to_json`]).
    pub fn entities_json(&self) -> String {
        serde_json::to_string(&self.entities).unwrap_or_else(|_| "[]".to_string())
    }
}

/// The entities of a text window by window, from [`Analyzer::extract_iter`]: each item is
/// the entities of one window, in text order, with offsets into the whole text.
#[derive(Debug)]
#[must_use = "the windows are read only as the iterator is consumed"]
pub struct ExtractIter<'s, 'a> {
    analyzer: &'s Analyzer,
    text: &'a str,
    windows: std::vec::IntoIter<std::ops::Range<usize>>,
    date: DocumentDate,
    /// The entities of a text of one window, read to learn its date.
    first: Option<Vec<Entity<'a>>>,
}

impl<'s, 'a> ExtractIter<'s, 'a> {
    fn new(
        analyzer: &'s Analyzer,
        text: &'a str,
        date: Option<PartialDate>,
        windows: Vec<std::ops::Range<usize>>,
    ) -> ExtractIter<'s, 'a> {
        let given = date.or(analyzer.reference_date);
        let mut it = ExtractIter {
            analyzer,
            text,
            windows: Vec::new().into_iter(),
            date: DocumentDate::undated(),
            first: None,
        };
        if let [_] = windows.as_slice() {
            // One window: read now, as `analyze` reads it (the text may date itself).
            let found = analyzer.analyze_on(text, given).into_extraction();
            it.date = found.date;
            it.first = Some(found.entities);
            return it;
        }
        it.date = match given {
            Some(d) => DocumentDate::given(d),
            None => crate::window::date_of_windows(text, &windows),
        };
        it.windows = windows.into_iter();
        it
    }

    /// The date the whole text is read at, and why (see [`Analysis::date`]).
    pub fn date(&self) -> &DocumentDate {
        &self.date
    }
}

impl ExactSizeIterator for ExtractIter<'_, '_> {}

impl<'a> Iterator for ExtractIter<'_, 'a> {
    type Item = Vec<Entity<'a>>;

    fn next(&mut self) -> Option<Vec<Entity<'a>>> {
        if let Some(first) = self.first.take() {
            return Some(first);
        }
        let w = self.windows.next()?;
        let doc = crate::window::doc(self.text, &w);
        let (entities, _) = recognize::run(self.analyzer, &doc, DateChoice::Fixed(self.date));
        Some(entities.into_iter().map(|e| e.shifted(w.start)).collect())
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.windows.len() + usize::from(self.first.is_some());
        (n, Some(n))
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

    /// The reference date of the analyzer's documents, if it was given one.
    pub fn reference_date(&self) -> Option<PartialDate> {
        self.reference_date
    }

    /// Analyzes `text` with the analyzer's reference date.
    pub fn analyze<'a>(&self, text: &'a str) -> Analysis<'a> {
        self.analyze_on(text, self.reference_date)
    }

    /// Analyzes `text`, the document of date `date` (a day, a month or a year; overrides the
    /// analyzer's reference date; `None` keeps it).
    pub fn analyze_on<'a>(&self, text: &'a str, date: Option<PartialDate>) -> Analysis<'a> {
        let doc = Doc::new(text);
        let choice = match date.or(self.reference_date) {
            Some(d) => DateChoice::Given(d),
            None => DateChoice::FromDoc,
        };
        let (entities, date) = recognize::run(self, &doc, choice);
        Analysis {
            doc,
            found: Extraction { date, entities },
        }
    }

    /// The entities of `text` and its date, without keeping its document (the tokens and
    /// their facts): what a program that writes the entities out needs. A text longer than 1
    /// MiB is read in windows of about 256 KiB cut at line breaks or sentence ends (so its
    /// memory is that of a window and of its entities), with one date for the whole text; up to
    /// 1 MiB the result is that of [`Analyzer::analyze`].
    ///
    /// ```
    /// let a = hanhchinh::Analyzer::default();
    /// let text = "Ngày 18/12/2017, UBND quận Tây Hồ họp.";
    /// let x = a.extract(text);
    /// assert_eq!(x.entities(), a.analyze(text).entities());
    /// assert_eq!(x.date(), a.analyze(text).date());
    /// ```
    pub fn extract<'a>(&self, text: &'a str) -> Extraction<'a> {
        self.extract_on(text, self.reference_date)
    }

    /// [`Analyzer::extract`] for the document of date `date` (overrides the analyzer's
    /// reference date; `None` keeps it).
    pub fn extract_on<'a>(&self, text: &'a str, date: Option<PartialDate>) -> Extraction<'a> {
        // One window (every document of a line-per-document file): no window list to make.
        if text.len() <= crate::window::WINDOW_FROM {
            return self.analyze_on(text, date).into_extraction();
        }
        let it = self.extract_iter_on(text, date);
        let date = *it.date();
        let entities = it.flatten().collect();
        Extraction { date, entities }
    }

    /// The entities of `text`, window by window: [`Analyzer::extract`] for a program that
    /// writes the entities out as they come, so that its memory is that of one window (about
    /// 256 KiB of text) and of its entities, not that of every entity of a long text. The date
    /// of the whole text is known before the first window is read ([`ExtractIter::date`]).
    /// A text of at most 1 MiB is one window.
    ///
    /// ```
    /// let a = hanhchinh::Analyzer::default();
    /// let text = "Ngày 18/12/2017, UBND quận Tây Hồ họp.";
    /// let it = a.extract_iter(text);
    /// assert_eq!(it.date(), a.extract(text).date());
    /// let entities: Vec<_> = it.flatten().collect();
    /// assert_eq!(entities, a.extract(text).entities());
    /// ```
    pub fn extract_iter<'s, 'a>(&'s self, text: &'a str) -> ExtractIter<'s, 'a> {
        self.extract_iter_on(text, self.reference_date)
    }

    /// [`Analyzer::extract_iter`] for the document of date `date` (overrides the analyzer's
    /// reference date; `None` keeps it).
    pub fn extract_iter_on<'s, 'a>(
        &'s self,
        text: &'a str,
        date: Option<PartialDate>,
    ) -> ExtractIter<'s, 'a> {
        ExtractIter::new(self, text, date, crate::window::windows(text))
    }

    /// Whether `kind` is extracted.
    pub(crate) fn wants(&self, kind: EntityKind) -> bool {
        self.kinds.contains(kind)
    }

    /// Writes `s` in the analyzer's tone style.
    #[cfg(any(feature = "gazetteer", feature = "abbrev"))]
    pub(crate) fn styled(&self, s: &str) -> String {
        // NFC and the tone placement of the style, also for text taken from the input (a
        // title written in NFD or in the other style).
        let mut o = hanhchinh_text::NormalizeOptions::default();
        o.tone = self.tone;
        hanhchinh_text::normalize_with(s, &o).into_owned()
    }

    /// The gazetteer: the custom one, or the embedded default.
    #[cfg(feature = "gazetteer")]
    pub(crate) fn gazetteer(&self) -> &hanhchinh_gazetteer::Gazetteer {
        match &self.gazetteer {
            Some(g) => g,
            None => hanhchinh_gazetteer::global(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn analyzer_is_send_sync() {
        assert_send_sync::<Analyzer>();
    }

    #[test]
    fn debug_is_a_summary() {
        let s = format!("{:?}", Analyzer::default());
        assert!(s.len() < 400 && s.contains("embedded"), "{s}");
    }
}
