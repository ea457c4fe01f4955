//! The date a document is read at: given by the caller, written in the document, or implied by
//! its vocabulary of the 2025 reorganisation of administrative units. One date, and so one era,
//! for every unit of the document (a reform cue next to a mention still reads that mention on
//! its side: `xã X (cũ)`).

use hanhchinh_numdate::{Item, Kind, PartialDate, Precision, Value};
use hanhchinh_text::{vocab, Doc};
use jiff::civil::Date;

/// 2025-07-01: the reorganisation of administrative units into two levels took effect.
const REFORM: Date = jiff::civil::date(2025, 7, 1);

/// Why a document is read at its date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateReason {
    /// The reference date the caller gave (`--ref-date`, `ref_date`, the analyzer's).
    Given,
    /// The latest full date written in the document (`ngày 18/12/2017`).
    Written,
    /// The document's words of the 2025 reorganisation (`sau sắp xếp`, `xã X (cũ)`, `đặc
    /// khu`), which only texts from 2025-07-01 on use: read after the reform.
    ReformVocabulary,
    /// Nothing dates the document: every unit is read at the version that fits it best.
    Undated,
}

hanhchinh_text::named_values!(DateReason, "date reason", {
    Given => "given",
    Written => "written",
    ReformVocabulary => "reform_vocabulary",
    Undated => "undated",
});

/// Which side of the 2025-07-01 reorganisation a document's units are read on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Era {
    /// Before 2025-07-01: 63 provinces, districts, communes.
    PreReform,
    /// From 2025-07-01: 34 provinces, communes, no districts.
    PostReform,
    /// Undated (each unit at the version that fits it best).
    Unknown,
}

hanhchinh_text::named_values!(Era, "era", {
    PreReform => "pre_reform",
    PostReform => "post_reform",
    Unknown => "unknown",
});

/// The date a document is read at (see [`Analysis::date`](crate::Analysis::date)).
///
/// ```
/// use hanhchinh::{Analyzer, DateReason, Era};
/// let a = Analyzer::default();
/// let r = a.analyze("Ngày 18/12/2017, UBND quận Tây Hồ và phường Phú Thượng tổ chức hội nghị.");
/// assert_eq!(r.date().reason(), DateReason::Written);
/// assert_eq!(r.date().era(), Era::PreReform);
/// assert_eq!(r.date().date().map(|d| d.to_string()).as_deref(), Some("2017-12-18"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DocumentDate {
    date: Option<PartialDate>,
    day: Option<Date>,
    reason: DateReason,
}

impl DocumentDate {
    /// The date, as precise as known (`None` when undated).
    pub fn date(&self) -> Option<PartialDate> {
        self.date
    }

    /// The day the units are read at (the first day of a month or a year; none for a year that
    /// the reorganisation cuts in two, 2025, nor when undated).
    pub fn day(&self) -> Option<Date> {
        self.day
    }

    /// Why.
    pub fn reason(&self) -> DateReason {
        self.reason
    }

    /// Which side of the reorganisation.
    pub fn era(&self) -> Era {
        match self.day {
            Some(d) if d >= REFORM => Era::PostReform,
            Some(_) => Era::PreReform,
            None => Era::Unknown,
        }
    }

    /// A date the caller gave.
    pub(crate) fn given(date: PartialDate) -> DocumentDate {
        let day = match date.precision() {
            Precision::Year if date.year() == Some(2025) => None,
            _ => date.first_day(),
        };
        DocumentDate {
            date: Some(date),
            day,
            reason: if day.is_some() || date.year() == Some(2025) {
                DateReason::Given
            } else {
                DateReason::Undated
            },
        }
    }

    /// The date of a text cut into windows, from the dates of its windows: the latest written
    /// one, else after the reform when a window uses its vocabulary, else none.
    pub(crate) fn or_later(self, other: DocumentDate) -> DocumentDate {
        use DateReason::{ReformVocabulary, Written};
        match (self.reason, other.reason) {
            (Written, Written) => {
                if other.day > self.day {
                    other
                } else {
                    self
                }
            }
            (Written, _) => self,
            (_, Written) => other,
            (ReformVocabulary, _) => self,
            _ => other,
        }
    }

    /// The date of an undated document: its latest full date written with its year, else
    /// after the reform when it uses the reform's vocabulary, else none.
    pub(crate) fn of(doc: &Doc<'_>, items: &[Item<'_>]) -> DocumentDate {
        DocumentDate::written(items).unwrap_or_else(|| DocumentDate::unwritten(doc))
    }

    /// The latest day written in full among `items` (dates and the ends of date ranges whose
    /// year is written), if any.
    pub(crate) fn written(items: &[Item<'_>]) -> Option<DocumentDate> {
        let (day, date) = items
            .iter()
            .filter(|i| !i.is_year_inferred())
            .filter_map(|i| match (i.kind(), i.value()) {
                (Kind::Date, Value::Date { value }) => Some(*value),
                (Kind::DateRange, Value::DateRange { to, .. }) => Some(*to),
                _ => None,
            })
            .filter(|d| d.precision() == Precision::Day)
            .filter_map(|d| d.date().map(|day| (day, d)))
            .max_by_key(|(day, _)| *day)?;
        Some(DocumentDate {
            date: Some(date),
            day: Some(day),
            reason: DateReason::Written,
        })
    }

    /// The dates written in a document, for the gazetteer to read each unit at those of its
    /// sentence ([`hanhchinh_gazetteer::Gazetteer::find_in_doc_dated`]): the first token and
    /// the first day of each date (of the start of a date range) whose year is written, but a
    /// year that the reorganisation cuts in two (2025) alone.
    #[cfg(feature = "gazetteer")]
    pub(crate) fn written_in_sentences(doc: &Doc<'_>, items: &[Item<'_>]) -> Vec<(usize, Date)> {
        items
            .iter()
            .filter(|i| !i.is_year_inferred())
            .filter_map(|i| {
                let d = match i.value() {
                    Value::Date { value } => *value,
                    Value::DateRange { from, .. } => *from,
                    _ => return None,
                };
                if d.precision() == Precision::Year && d.year() == Some(2025) {
                    return None;
                }
                Some((doc.token_at(i.start())?, d.first_day()?))
            })
            .collect()
    }

    /// The date of a document that writes none: after the reform when it uses the reform's
    /// vocabulary, else undated.
    pub(crate) fn unwritten(doc: &Doc<'_>) -> DocumentDate {
        DocumentDate::of_vocabulary(uses_reform_vocabulary(doc))
    }

    /// [`DocumentDate::unwritten`] for a long text read in parts, without a `Doc` of each:
    /// each pair of tokens' keys is tested for the first two words of a reform cue or for
    /// `đặc khu` (`đk`), and a `Doc` of the few words from there is read only where one is.
    pub(crate) fn unwritten_text<'t>(parts: impl Iterator<Item = &'t str>) -> DocumentDate {
        DocumentDate::of_vocabulary(parts.into_iter().any(|part| {
            let mut prev: Option<(std::borrow::Cow<'_, str>, usize)> = None;
            hanhchinh_text::tokenize(part).any(|t| {
                let k = t.key();
                let hit = match &prev {
                    Some((p, start)) => (vocab::reform_cue_continues(p, &k)
                        || (p == "đặc" && k == "khu"))
                        .then_some(*start),
                    None => None,
                }
                .or((k == "đk").then_some(t.start()));
                let found = hit.is_some_and(|start| {
                    uses_reform_vocabulary(&Doc::new(words_from(part, start)))
                });
                prev = Some((k, t.start()));
                found
            })
        }))
    }

    /// No date: neither given, written nor implied by the vocabulary.
    pub(crate) fn undated() -> DocumentDate {
        DocumentDate::of_vocabulary(false)
    }

    fn of_vocabulary(reform: bool) -> DocumentDate {
        if reform {
            return DocumentDate {
                date: None,
                day: Some(REFORM),
                reason: DateReason::ReformVocabulary,
            };
        }
        DocumentDate {
            date: None,
            day: None,
            reason: DateReason::Undated,
        }
    }
}

/// The text from byte `start` (a token's start) to the end of the twelfth token from there:
/// room for the longest reform cue.
fn words_from(text: &str, start: usize) -> &str {
    let rest = text.get(start..).unwrap_or("");
    let end = hanhchinh_text::tokenize(rest)
        .take(12)
        .last()
        .map_or(0, |t| t.end());
    rest.get(..end).unwrap_or("")
}

/// Whether the document speaks of the 2025 reorganisation as done: a reform cue of two words
/// or more (`sau sắp xếp`, `(cũ)`, `trên cơ sở sáp nhập`; not a lone `cũ`, which is also any
/// old thing) or a unit type that exists only after it (`đặc khu`).
fn uses_reform_vocabulary(doc: &Doc<'_>) -> bool {
    use hanhchinh_text::vocab::UnitType;
    // The first word of `đặc khu`, as the vocabulary writes it: the one cheap test before
    // reading a type word.
    let special = UnitType::DacKhu
        .vietnamese()
        .split(' ')
        .next()
        .unwrap_or("");
    (0..doc.len()).any(|i| {
        let key = doc.key(i);
        (vocab::is_reform_cue_start(key)
            && vocab::reform_cue_at(doc, i).is_some_and(|c| c.len() >= 2))
            || (key == special
                && vocab::unit_type_at(doc, i)
                    .is_some_and(|t| t.types().contains(UnitType::DacKhu)))
    })
}

impl serde::Serialize for DocumentDate {
    /// `{"date": "2017-12-18" or null, "era": "pre_reform", "reason": "written"}`.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("date", &self.date.map(|d| d.to_string()))?;
        m.serialize_entry("era", self.era().as_str())?;
        m.serialize_entry("reason", self.reason.as_str())?;
        m.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dating pass of a long text reads the reform's vocabulary as a `Doc` of the whole
    /// text does.
    #[test]
    fn reform_vocabulary_without_a_doc() {
        for text in [
            "Xã Tân Phú (cũ) nay thuộc xã Tân Hòa.",
            "Sau sắp xếp, tỉnh có 124 xã, phường.",
            "Đặc khu Phú Quốc đón khách.",
            "Áo cũ, sách cũ (cũng như đồ chơi) được quyên góp.",
            "Trước đây là trường tiểu học.",
            "trên cơ sở sáp nhập",
            "(cũ",
            "",
            "Không có gì.",
        ] {
            let whole = DocumentDate::unwritten(&Doc::new(text));
            let parts = DocumentDate::unwritten_text([text].into_iter());
            assert_eq!(parts.reason(), whole.reason(), "{text}");
        }
        let a =
            DocumentDate::unwritten_text(["Không có gì.", "Xã A (cũ) nay là xã B."].into_iter());
        assert_eq!(a.reason(), DateReason::ReformVocabulary);
        let d = DocumentDate::unwritten_text(["Đặc khu Phú Quốc đón khách."].into_iter());
        assert_eq!(d.reason(), DateReason::ReformVocabulary);
    }

    #[test]
    fn given_dates() {
        let d = DocumentDate::given("2020-03".parse().unwrap());
        assert_eq!((d.era(), d.reason()), (Era::PreReform, DateReason::Given));
        assert_eq!(d.day(), Some(jiff::civil::date(2020, 3, 1)));
        let d = DocumentDate::given("2025".parse().unwrap());
        assert_eq!((d.era(), d.day()), (Era::Unknown, None));
        let d = DocumentDate::given("2025-07".parse().unwrap());
        assert_eq!(d.era(), Era::PostReform);
    }
}
