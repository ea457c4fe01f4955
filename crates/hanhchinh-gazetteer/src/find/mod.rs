//! Finding administrative units in running text.
//!
//! The text is read from a [`Doc`] (tokens with their keys, folds, case and gaps, computed once
//! by `hanhchinh-text`); type words, abbreviations and reform cues come from
//! `hanhchinh_text::vocab`. The steps:
//!
//! 1. `typed`: a type word (`quận`, `Thành phố`, `TP.`, `Q.`, `Q1`, `TPHCM`) and the name after
//!    it; type words without a name (`các xã`) are kept as possible list heads.
//! 2. `bare` and `context`: names written without a type word, reported only with evidence
//!    that they name a unit (see [`Evidence`]): the list they continue, the parent or child
//!    beside them, the units they are listed with, the same name typed elsewhere, a province
//!    name, a dateline, the subject of a clause, a district the text speaks of.
//! 3. `era`: the date each mention is read at: the document's (chosen by the caller), or the
//!    side of the 2025 reorganisation that a cue (`(cũ)`, `trước sắp xếp`, `sau sáp nhập`) or
//!    a coordinated unit points to.
//! 4. `resolve`: the candidates of each mention, scored with its date and the other mentions of
//!    the text (parents, ancestors, siblings, predecessors and successors).
//!
//! Every step reads neighbours in text order: the whole is linear in the text.

mod bare;
mod clauses;
mod context;
mod era;
mod resolve;
mod tag;
mod typed;

pub(crate) use tag::InitialsIndex;

use std::collections::HashMap;
use std::ops::Range;

use hanhchinh_text::vocab::ReformEra;
use hanhchinh_text::Doc;

use crate::lookup::Resolution;
use crate::types::UnitType;
use crate::unit::Unit;
use crate::Date;
use crate::Gazetteer;

/// Why the caller chose the date of a document (see [`FindOptions::as_of`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateSource {
    /// A reference date the caller was given (the page's date, `--ref-date`).
    Given,
    /// A date written in the document itself.
    Written,
    /// The document's vocabulary of the reorganisation (`đặc khu`, `sau sắp xếp`, `(cũ)`).
    Cue,
    /// Another reason.
    Other,
}

/// Options of [`Gazetteer::find_in_doc`], built with methods:
///
/// ```
/// use hanhchinh_gazetteer::{DateSource, FindOptions};
/// let opts = FindOptions::new().as_of(jiff::civil::date(2019, 11, 9), DateSource::Given);
/// assert_eq!(opts.date(), Some(jiff::civil::date(2019, 11, 9)));
/// assert!(opts.finds_bare_names());
/// ```
#[derive(Debug, Clone, Copy)]
pub struct FindOptions {
    bare_names: bool,
    as_of: Option<(Date, DateSource)>,
}

impl Default for FindOptions {
    fn default() -> FindOptions {
        FindOptions::new()
    }
}

impl FindOptions {
    /// Bare names on, no date.
    pub fn new() -> FindOptions {
        FindOptions {
            bare_names: true,
            as_of: None,
        }
    }

    /// Whether to report names written without a type word (default: true); see
    /// [`Evidence`] for when one is reported.
    #[must_use]
    pub fn bare_names(mut self, yes: bool) -> FindOptions {
        self.bare_names = yes;
        self
    }

    /// The date of the document, chosen once by the caller, and why: the versions valid then are
    /// preferred, except where a cue in the text points to the other side of a reorganisation.
    /// Without a date, the versions of every time are compared (and a name whose versions have
    /// different codes stays ambiguous).
    #[must_use]
    pub fn as_of(mut self, date: Date, source: DateSource) -> FindOptions {
        self.as_of = Some((date, source));
        self
    }

    /// Whether bare names are reported.
    pub fn finds_bare_names(&self) -> bool {
        self.bare_names
    }

    /// The document's date, if given.
    pub fn date(&self) -> Option<Date> {
        self.as_of.map(|(d, _)| d)
    }

    /// Why the document's date was chosen, if there is one.
    pub fn date_source(&self) -> Option<DateSource> {
        self.as_of.map(|(_, s)| s)
    }
}

/// Why a text span was reported as a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Evidence {
    /// Written with its type word (`quận Ba Đình`, `TP.HCM`, `Q1`).
    Typed,
    /// A bare name that a unit of the same text also has with its type word (`quận Lê Chân` …
    /// `Lê Chân`).
    Repeated,
    /// A bare province name (`Thái Bình`, `Đắk Lắk`).
    Province,
    /// A bare district name in a text that uses the district's type word on its own (`trên
    /// địa bàn quận`).
    DistrictOfText,
    /// An item of a list opened by a type word (`các xã Tân An, Tân Bình và Phú Mỹ`, `phường 5
    /// và 14`).
    ListItem,
    /// Written beside its parent (`Mường La, Sơn La`, `Cô Tô, Vân Đồn (Quảng Ninh)`).
    ChildOfNeighbour,
    /// Written beside its child (`xã Nghi Trường, Nghi Lộc`, `p.12, Gò Vấp`).
    ParentOfNeighbour,
    /// One of several names listed together that are all units under one parent (`Tam Kỳ, Hội
    /// An, Điện Bàn`), or all provinces.
    Enumeration,
    /// The place name of a dateline (`Nha Trang: ...` at the start of a line).
    Dateline,
    /// The subject of a clause (`Đức Phổ đã ban hành ...`, `Vân Đồn thu hút ...`): the one
    /// district (or island district, `đặc khu`) of that name at the mention's date.
    Subject,
    /// A place one is at or goes to (`tại Hội An`, `đến Nha Trang`): the one district (or
    /// island district) of that name at the mention's date.
    Destination,
    /// The name after the Party committee of a unit (`Huyện ủy Quỳnh Phụ`, `Thành ủy Nha
    /// Trang`): the unit of the committee's type.
    Committee,
}

/// Why a mention was read at its date (see [`Mention::date`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateReason {
    /// No date: the versions of every time were compared.
    Undated,
    /// The document's date, chosen by the caller for this reason.
    Document(DateSource),
    /// A reform cue next to the mention (`(cũ)`, `trước sắp xếp`, `sau sáp nhập`) points to
    /// this side of the 2025 reorganisation.
    Cue(ReformEra),
    /// A unit coordinated with it (`hai tỉnh Tiền Giang và Đồng Tháp`) exists only at this date.
    Coordinated,
    /// The latest date written in its sentence, in a document read at no date (see
    /// [`Gazetteer::find_in_doc_dated`]).
    Sentence,
}

#[cfg(test)]
mod tests;

/// One mention of a unit in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Mention<'t, 'g> {
    /// Byte span in the original text (type word included when present).
    pub span: Range<usize>,
    /// The mention as written (`Quận NamTừ Liêm`, `TP.HCM`).
    pub text: &'t str,
    /// Byte span of the name alone.
    pub name_span: Range<usize>,
    /// The types named by the type word, if there is one (`thành phố` names two).
    pub unit_types: Vec<UnitType>,
    /// The unit, or the candidates left after using the other mentions as context.
    pub resolution: Resolution<'g>,
    /// Why the span is a unit.
    pub evidence: Evidence,
    /// The date the mention was read at (`None`: versions of every time compared).
    pub date: Option<Date>,
    /// Why it was read at that date.
    pub date_reason: DateReason,
    /// The unit the name gives lies under another parent than the one written right after
    /// it (`phường Hòa Hiệp, quận Liên Chiểu`, a ward of another province): the mention is
    /// left unresolved, and its candidates are no reading of the text's place.
    pub outside_written_parent: bool,
}

impl<'g> Mention<'_, 'g> {
    /// The resolved unit, if there is one.
    pub fn unit(&self) -> Option<Unit<'g>> {
        self.resolution.unit()
    }

    /// Whether the mention had a type word (`quận Ba Đình`) rather than a bare name.
    pub fn is_typed(&self) -> bool {
        !self.unit_types.is_empty()
    }
}

impl Gazetteer {
    /// Every mention of an administrative unit in `text`, with byte spans, resolved using the
    /// other mentions of the same text as context: [`Gazetteer::find_in_doc`] with the default
    /// options over `Doc::new(text)`.
    ///
    /// A typed mention is a type word (`quận`, `Thành phố`, `QUẬN`, `TP.`, `Q.` before a
    /// number, `Q1`) followed by a capitalised name (any capitals after an all-capitals type
    /// word), spelt with diacritics as running text is (without, when the whole text is
    /// written without them); the name may be glued to the next word (`NamTừ Liêm`) or
    /// hyphenated (`Bà Rịa - Vũng Tàu`). Bare names need evidence (see [`Evidence`]).
    ///
    /// ```
    /// use hanhchinh_gazetteer::Gazetteer;
    /// let g = Gazetteer::default();
    /// let text = "Đoàn công tác làm việc tại xã An Khê, huyện Quỳnh Phụ.";
    /// let m = g.find_in(text);
    /// assert_eq!(m[0].text, "xã An Khê");
    /// assert_eq!(m[0].unit().unwrap().code(), "12475"); // not thị xã An Khê (Gia Lai)
    /// assert_eq!(&text[m[1].span.clone()], "huyện Quỳnh Phụ");
    /// ```
    pub fn find_in<'t>(&self, text: &'t str) -> Vec<Mention<'t, '_>> {
        self.find_in_doc(&Doc::new(text), &FindOptions::new())
    }

    /// [`Gazetteer::find_in`] over a document already built (tokens, keys and gaps computed
    /// once for every recognizer), with options.
    ///
    /// ```
    /// use hanhchinh_gazetteer::{DateSource, Evidence, FindOptions, Gazetteer};
    /// use hanhchinh_text::Doc;
    ///
    /// let g = Gazetteer::default();
    /// let doc = Doc::new("Các xã Vân Du, Tân Phúc và Phù Ủng (Ân Thi, Hưng Yên) đạt chuẩn.");
    /// let opts = FindOptions::new().as_of(jiff::civil::date(2019, 11, 9), DateSource::Given);
    /// let m = g.find_in_doc(&doc, &opts);
    /// let names: Vec<&str> = m.iter().map(|m| m.text).collect();
    /// assert_eq!(names, ["xã Vân Du", "Tân Phúc", "Phù Ủng", "Ân Thi", "Hưng Yên"]);
    /// assert_eq!(m[1].unit().unwrap().code(), "12157");
    /// assert_eq!(m[1].evidence, Evidence::ListItem);
    /// ```
    pub fn find_in_doc<'t>(&self, doc: &Doc<'t>, opts: &FindOptions) -> Vec<Mention<'t, '_>> {
        self.find_in_doc_dated(doc, opts, &[])
    }

    /// [`Gazetteer::find_in_doc`] in a document that writes dates the caller's date recognizer
    /// found: `written` holds each, the index of its first token and its day (the first day of
    /// a month or a year). In a document read at no date (none in `opts`), a mention is read
    /// at the latest date written in its sentence, within the dates the data records
    /// ([`Gazetteer::earliest_date`] to [`Gazetteer::latest_date`]; a later one is read at the
    /// latest): [`DateReason::Sentence`]. A reform cue next to the mention still decides
    /// first. With a date in `opts`, `written` is not read: the document's date holds.
    ///
    /// ```
    /// use hanhchinh_gazetteer::{DateReason, FindOptions, Gazetteer};
    /// use hanhchinh_text::Doc;
    ///
    /// let g = Gazetteer::default();
    /// let doc = Doc::new("Thăm trường ở xã Nghĩa Trung nhân dịp Tết Nguyên đán năm 2026.");
    /// // Token 11 is `năm`, where the date `năm 2026` is written.
    /// assert_eq!(doc.word(11), "năm");
    /// let m = g.find_in_doc_dated(&doc, &FindOptions::new(), &[(11, jiff::civil::date(2026, 1, 1))]);
    /// assert_eq!(m[0].date_reason, DateReason::Sentence);
    /// assert_eq!(m[0].unit().map(|u| u.code()), Some("25417"));
    /// // Undated, the name is that of communes in several provinces.
    /// assert!(g.find_in_doc(&doc, &FindOptions::new())[0].unit().is_none());
    /// ```
    pub fn find_in_doc_dated<'t>(
        &self,
        doc: &Doc<'t>,
        opts: &FindOptions,
        written: &[(usize, Date)],
    ) -> Vec<Mention<'t, '_>> {
        let mut scan = Scan::new(self, doc, opts);
        scan.written = written;
        let runs = scan.scan_tokens();
        if opts.bare_names {
            scan.bare(runs);
        }
        scan.eras();
        scan.resolve()
    }
}

/// A mention before resolution, over token indices of the document.
#[derive(Debug, Clone)]
pub(crate) struct Raw<'g> {
    /// Tokens of the whole mention.
    toks: Range<usize>,
    /// Tokens of the name.
    name: Range<usize>,
    /// The types of the type word (empty for a bare name).
    types: crate::keys::TypeSet,
    /// The key of the name.
    key: String,
    /// Candidates, before resolution.
    cands: Vec<(Unit<'g>, crate::lookup::MatchKind)>,
    evidence: Evidence,
    date: Option<Date>,
    date_reason: DateReason,
    /// The list it is an item of (items of one list are read at one date).
    list: Option<usize>,
}

/// A type word with no name after it (`các xã`, `trên địa bàn quận`): it may open a list, and
/// tells which types the text speaks of.
#[derive(Debug, Clone)]
pub(crate) struct Head {
    /// Its tokens.
    toks: Range<usize>,
    types: crate::keys::TypeSet,
}

/// The state of one search.
pub(crate) struct Scan<'d, 't, 'g> {
    g: &'g Gazetteer,
    doc: &'d Doc<'t>,
    opts: FindOptions,
    /// Every word of the text is written without diacritics: type words and names are matched
    /// by their fold.
    unaccented: bool,
    /// Mentions so far, in token order once [`Scan::typed`] and [`Scan::bare`] are done.
    raws: Vec<Raw<'g>>,
    /// Type words without a name.
    heads: Vec<Head>,
    /// The reform cues, in text order (found by [`Scan::typed`]).
    cues: Vec<(usize, hanhchinh_text::vocab::ReformCue)>,
    /// The sentences, computed on first use (a document with no list to read, no cue and no
    /// date written near a unit needs none).
    sentences: once_cell::unsync::OnceCell<clauses::Sentences>,
    /// Names searched as misspelt provinces, with what was found.
    misspelt: std::cell::RefCell<HashMap<&'t str, Candidates<'g>>>,
    /// The dates the document writes (first token, day), in a document read at no date.
    written: &'d [(usize, Date)],
}

/// Candidate units of a mention, with how each matched.
type Candidates<'g> = Vec<(Unit<'g>, crate::lookup::MatchKind)>;

impl<'d, 't, 'g> Scan<'d, 't, 'g> {
    fn new(g: &'g Gazetteer, doc: &'d Doc<'t>, opts: &FindOptions) -> Scan<'d, 't, 'g> {
        Scan {
            g,
            doc,
            opts: *opts,
            unaccented: typed::is_unaccented(doc),
            raws: Vec::new(),
            heads: Vec::new(),
            misspelt: std::cell::RefCell::default(),
            written: &[],
            sentences: once_cell::unsync::OnceCell::new(),
            cues: Vec::new(),
        }
    }

    /// The sentences of the document (see [`clauses::Sentences`]).
    fn sentences(&self) -> &clauses::Sentences {
        self.sentences
            .get_or_init(|| clauses::Sentences::of(self.doc))
    }

    /// The mentions, resolved.
    fn resolve(self) -> Vec<Mention<'t, 'g>> {
        resolve::resolve(self.g, self.doc, self.raws)
    }
}
