//! Running the recognizers over one [`Doc`], in the order of [`Analyzer`]'s documentation,
//! each given what the ones before found; then the overlap rule.
//!
//! Every recognizer follows one convention: a function of its crate over `&Doc` and a small
//! context value defined in that crate (numdate's `Options`, the gazetteer's `FindOptions`,
//! abbrev's `Context`, persons' `Context`), returning typed findings with byte spans into the
//! document. The modules here only fill those contexts and turn findings into entities.

#[cfg(feature = "abbrev")]
pub(crate) mod abbrevs;
pub(crate) mod numbers;
#[cfg(feature = "abbrev")]
pub(crate) mod persons;
#[cfg(feature = "gazetteer")]
pub(crate) mod units;

use hanhchinh_numdate::PartialDate;
use hanhchinh_text::Doc;

use crate::analyzer::Analyzer;
use crate::entity::Entity;
use crate::era::DocumentDate;

/// An administrative unit found in the document, as the other recognizers need it: where, and
/// what the abbreviation context learns from it (read by the abbreviations and persons only).
#[derive(Clone, Debug)]
#[cfg_attr(not(feature = "abbrev"), allow(dead_code))]
pub(crate) struct Place {
    pub(crate) span: std::ops::Range<usize>,
    /// Written with its type word.
    pub(crate) typed: bool,
    /// `Some(true)` centrally-run city, `Some(false)` province, `None` unknown.
    pub(crate) central: Option<bool>,
    /// The name every candidate shares.
    pub(crate) name: Option<String>,
    /// A district or a commune (every candidate).
    pub(crate) district_or_below: bool,
}

/// How the date of a document is known.
#[derive(Clone, Copy, Debug)]
pub(crate) enum DateChoice {
    /// The caller's reference date.
    Given(PartialDate),
    /// None given: the document dates itself.
    FromDoc,
    /// Chosen already (for the whole text a window belongs to).
    Fixed(DocumentDate),
}

/// The date of a document from what numdate found in it.
pub(crate) fn date_of(doc: &Doc<'_>, choice: DateChoice) -> DocumentDate {
    match choice {
        DateChoice::Given(d) => DocumentDate::given(d),
        DateChoice::Fixed(d) => d,
        DateChoice::FromDoc => DocumentDate::of(doc, &numbers::find(doc, None)),
    }
}

/// Every entity of `doc` (merged) and the date the document was read at.
pub(crate) fn run<'a>(
    a: &Analyzer,
    doc: &Doc<'a>,
    choice: DateChoice,
) -> (Vec<Entity<'a>>, DocumentDate) {
    // The reference date numdate fills missing years from: only a date the caller gave.
    let given = match choice {
        DateChoice::Given(d) => Some(d),
        DateChoice::Fixed(d) if d.reason() == crate::DateReason::Given => d.date(),
        _ => None,
    };
    // Every entity covers tokens: an empty or blank document (a blank line of a file read one
    // document per line) has none, and needs none of the recognizers' set-up.
    if doc.is_empty() {
        return (Vec::new(), date_of(doc, choice));
    }
    let mut out: Vec<Entity<'a>> = Vec::new();
    // 1. Numbers and dates; they date the document when no date was given, and the sentences
    // of a document read at no day.
    let chosen = match choice {
        DateChoice::FromDoc => None,
        _ => Some(date_of(doc, choice)),
    };
    let undated = chosen.is_some_and(|d| d.day().is_none());
    let items = if a.kinds().any_number_like() || chosen.is_none() || undated {
        numbers::find(doc, given)
    } else {
        Vec::new()
    };
    let date = chosen.unwrap_or_else(|| DocumentDate::of(doc, &items));
    numbers::push(a, doc, &items, &mut out);
    // 2. Administrative units, read at that date.
    #[cfg(feature = "gazetteer")]
    let units = units::find(a, doc, &date, &items, &mut out);
    #[cfg(feature = "gazetteer")]
    let places = units.places.as_slice();
    #[cfg(not(feature = "gazetteer"))]
    let places: &[Place] = &[];
    // 3. Legal references and abbreviations in the context the units give; 4. persons.
    #[cfg(feature = "abbrev")]
    {
        #[allow(unused_mut)]
        let mut ctx = abbrevs::context(doc, places, &date);
        #[cfg(feature = "gazetteer")]
        units::source_tag(a, doc, &units, &mut ctx);
        let mentions = abbrevs::push(a, doc, &ctx, places, &mut out);
        if a.wants(crate::EntityKind::Person) {
            persons::push(a, doc, &ctx, &mentions, places, &mut out);
        }
    }
    let _ = places;
    (crate::merge::merge(out), date)
}
