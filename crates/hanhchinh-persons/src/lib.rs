//! Persons in Vietnamese administrative text, with the titles written around each mention.
//!
//! ```
//! use hanhchinh_persons::{find, Context};
//! use hanhchinh_text::Doc;
//!
//! let doc = Doc::new("Bí thư Tỉnh ủy Quảng Trị Lê Ngọc Quang phát biểu; ông Đoàn Văn An dự.");
//! let people = find(&doc, &Context::default());
//! let names: Vec<&str> = people.iter().map(|p| p.text()).collect();
//! assert_eq!(names, ["Lê Ngọc Quang", "Đoàn Văn An"]);
//! assert_eq!(people[0].titles(), ["Bí thư Tỉnh ủy Quảng Trị"]);
//! ```
//!
//! The rules are documented on [`find`]. The crate reads a [`Doc`] (it never tokenizes again)
//! and knows nothing of the gazetteer: the caller passes the administrative units it found
//! ([`Place`]) and a test for names of units ([`Context::unit_names`]); the `hanhchinh` facade
//! does both.

#![forbid(unsafe_code)]

mod byline;
mod name;
mod words;

use std::ops::Range;

use hanhchinh_abbrev::{Lexicon, Mention};
use hanhchinh_text::Doc;

/// An administrative unit found in the document (by the gazetteer), for the person rules: a
/// name that a unit written with its type word covers is no person, and a bare unit name is a
/// person only with titles.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Place {
    /// Byte span of the mention.
    pub span: Range<usize>,
    /// Whether it was written with its type word (`quận Lê Chân`).
    pub typed: bool,
}

impl Place {
    /// A place over `span`.
    pub fn new(span: Range<usize>, typed: bool) -> Place {
        Place { span, typed }
    }
}

/// What the person rules know of the document besides its tokens.
///
/// ```
/// use hanhchinh_persons::{Context, Place};
/// let is_unit = |name: &str| name == "Lâm Đồng";
/// let places = [Place::new(0..9, true)];
/// let ctx = Context::default().places(&places).unit_names(&is_unit);
/// # let _ = ctx;
/// ```
#[derive(Clone, Copy, Default)]
pub struct Context<'c, 't> {
    abbrev: Option<&'c hanhchinh_abbrev::Context>,
    lexicon: Option<&'c Lexicon>,
    mentions: Option<&'c [Mention<'t, 'c>]>,
    places: &'c [Place],
    unit_names: Option<&'c (dyn Fn(&str) -> bool + Sync)>,
}

impl std::fmt::Debug for Context<'_, '_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Context")
            .field("abbrev", &self.abbrev)
            .field("mentions", &self.mentions.map(<[_]>::len))
            .field("places", &self.places.len())
            .field("unit_names", &self.unit_names.is_some())
            .finish_non_exhaustive()
    }
}

impl<'c, 't> Context<'c, 't> {
    /// The abbreviation context in which titles are expanded (`TUV` is `Thành ủy viên` in a
    /// centrally-run city); default: an empty context.
    #[must_use]
    pub fn abbrev(mut self, ctx: &'c hanhchinh_abbrev::Context) -> Self {
        self.abbrev = Some(ctx);
        self
    }

    /// The lexicon of titles and surnames (default: [`Lexicon::builtin`]).
    #[must_use]
    pub fn lexicon(mut self, lexicon: &'c Lexicon) -> Self {
        self.lexicon = Some(lexicon);
        self
    }

    /// The document's abbreviation mentions, in text order, as the lexicon finds them in the
    /// same context: given, they are not searched again around each name.
    #[must_use]
    pub fn mentions(mut self, mentions: &'c [Mention<'t, 'c>]) -> Self {
        self.mentions = Some(mentions);
        self
    }

    /// The administrative units found in the document, in any order.
    #[must_use]
    pub fn places(mut self, places: &'c [Place]) -> Self {
        self.places = places;
        self
    }

    /// A test for names of administrative units that a bare capitalised run more probably
    /// names than a person (`Phan Thiết`, `Lâm Đồng`, `Hà Nội`); it is given the name as
    /// written.
    #[must_use]
    pub fn unit_names(mut self, f: &'c (dyn Fn(&str) -> bool + Sync)) -> Self {
        self.unit_names = Some(f);
        self
    }

    fn is_unit_name(&self, name: &str) -> bool {
        self.unit_names.is_some_and(|f| f(name))
    }

    fn lexicon_or_builtin(&self) -> &'c Lexicon {
        match self.lexicon {
            Some(l) => l,
            None => Lexicon::builtin(),
        }
    }
}

/// A person found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Person<'a> {
    span: Range<usize>,
    text: &'a str,
    titles: Vec<String>,
    byline: bool,
}

impl<'a> Person<'a> {
    hanhchinh_text::span_accessors!(range, "name");

    /// The name as written.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The titles written around this mention, expanded (`Chủ tịch Ủy ban nhân dân xã`), in
    /// text order.
    pub fn titles(&self) -> &[String] {
        &self.titles
    }

    /// The titles, owned.
    pub fn into_titles(self) -> Vec<String> {
        self.titles
    }

    /// Whether the name was found as the author of the text (a byline), not in its sentences.
    pub fn is_byline(&self) -> bool {
        self.byline
    }
}

/// Token flags of the places (typed and any), so that a name's overlap with a place is read
/// from its own tokens instead of a scan of every place.
pub(crate) struct Covered {
    typed: Vec<bool>,
    any: Vec<bool>,
}

impl Covered {
    fn new(doc: &Doc<'_>, places: &[Place]) -> Covered {
        let mut c = Covered {
            typed: vec![false; doc.len()],
            any: vec![false; doc.len()],
        };
        for p in places {
            let r = doc.tokens_in(p.span.clone());
            // A place that cuts a token covers it too.
            let r = doc
                .token_at(p.span.start)
                .map_or(r.start, |s| s.min(r.start))
                ..p.span
                    .end
                    .checked_sub(1)
                    .and_then(|e| doc.token_at(e))
                    .map_or(r.end, |e| (e + 1).max(r.end));
            for k in r {
                if let Some(a) = c.any.get_mut(k) {
                    *a = true;
                }
                if p.typed {
                    if let Some(t) = c.typed.get_mut(k) {
                        *t = true;
                    }
                }
            }
        }
        c
    }

    fn typed_in(&self, r: Range<usize>) -> bool {
        self.typed.get(r).is_some_and(|s| s.iter().any(|&b| b))
    }

    fn any_in(&self, r: Range<usize>) -> bool {
        self.any.get(r).is_some_and(|s| s.iter().any(|&b| b))
    }
}

/// Finds the persons of `doc`, in text order, with their titles.
///
/// # Names
///
/// A name is two to four capitalised Vietnamese syllables on one line, separated by spaces
/// only, that start with a surname of the lexicon (`Trần Đức Hoạt`, `Lương Nguyễn Minh
/// Triết`):
///
/// * A run of capitalised syllables may begin with words that are not part of the name: the
///   name of a unit that ends a title (`Bí thư Tỉnh ủy Quảng Trị Lê Ngọc Quang`, `Thành ủy Hà
///   Nội Nguyễn Văn Phong`), a form of address (`Ông Nguyễn Văn An`). It may end with the first
///   word of a title or a weekday, which stays out of the name (`Nguyễn Thị Thanh Ủy viên …`,
///   `Trần Khánh Thứ hai`).
/// * A surname that far more often opens the name of a body, a title or a common noun (`Đoàn`,
///   `Văn`, `Đồng`, `Phó`: `Đoàn Thanh niên`, `Văn phòng`) starts a name only when a form of
///   address (`ông`, `bà`, `đồng chí`, `Đ/c`, `Các ông:`) or a title stands before it (`ông Đồng
///   Minh Hoàng`, `Phó Bí thư Thành ủy Văn Thị Bạch Tuyết`).
/// * Written in capitals (`TRẦN PHƯỚC HIỀN`), a name needs a title or a form of address before
///   it.
/// * After a form of address, a name needs no surname of the lexicon (`Ông Tuấn Anh`, `ông Bế
///   Đăng Khoa`), and may hold capitalised words that are no Vietnamese syllable, up to six
///   words: the names of the Central Highlands peoples (`ông Y Thanh Hà Niê Kđăm`, `bà H'Hen
///   Niê`, `ông Ksor Phước Hà`).
///
/// # Not names
///
/// * The name of a place or institution: after a place noun (`trường`, `đường`, `phố`, `chùa`,
///   …, up to three words before; not the `phố` of `thành phố`), after a house number (`số 18
///   Hoàng Việt`, `70 Lê Văn Lương`), after a dash that follows a name a place noun governs
///   (the second street of `góc đường Hai Bà Trưng - Lê Duẩn`) or as the next item of a list
///   such a name opens (`các tuyến đường Lê Lợi, Hai Bà Trưng và Trần Phú`), a unit written
///   with its type word (`quận Lê Chân`), the name of a unit ([`Context::unit_names`]) or of a
///   country (`Thái Lan`).
/// * Without titles: a bare unit name that the gazetteer found there ([`Place`]), a name after
///   a locative preposition (`ở Giang Sơn`, `tại Hòa Bình`) or followed by a unit in brackets
///   (`Thái Phúc (Thái Bình)`).
///
/// # Titles
///
/// The titles before and after each name are read by
/// [`Lexicon::designation_in_doc`](hanhchinh_abbrev::Lexicon::designation_in_doc) and expanded in the
/// abbreviation context.
///
/// # Bylines
///
/// Persons without titles: the names after a byline label (`Tác giả:`, `Bài và ảnh:`), split at
/// `-`, `–`, `,` and `;`; and, in a text of several lines, the last line when it is a name alone
/// whose first word is a surname and which is no unit, country or page furniture (`Tin mới`).
pub fn find<'a>(doc: &Doc<'a>, ctx: &Context<'_, 'a>) -> Vec<Person<'a>> {
    if doc.is_empty() {
        return Vec::new();
    }
    let covered = Covered::new(doc, ctx.places);
    let mut found = name::names(doc, ctx, &covered);
    let bylines = byline::bylines(doc, ctx, &covered);
    if !bylines.is_empty() {
        // Both lists are in text order: merge them, a byline giving way to a name it overlaps.
        let mut out = Vec::with_capacity(found.len() + bylines.len());
        let mut names = found.into_iter().peekable();
        for b in bylines {
            while let Some(n) = names.next_if(|n| n.span.start < b.span.end) {
                out.push(n);
            }
            if out
                .last()
                .map_or(true, |n: &Person<'_>| n.span.end <= b.span.start)
                && names.peek().map_or(true, |n| n.span.start >= b.span.end)
            {
                out.push(b);
            }
        }
        out.extend(names);
        found = out;
    }
    found
}

/// The texts of the persons a finder (`names`, `bylines`) finds in `text`, with the default
/// context and nothing covered (for the tests of the finders).
#[cfg(test)]
fn found_texts(
    finder: for<'a> fn(&Doc<'a>, &Context<'_, 'a>, &Covered) -> Vec<Person<'a>>,
    text: &str,
) -> Vec<String> {
    let doc = Doc::new(text);
    let found = finder(&doc, &Context::default(), &Covered::new(&doc, &[]));
    found.into_iter().map(|p| p.text().to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, Vec<String>)> {
        let doc = Doc::new(text);
        find(&doc, &Context::default())
            .into_iter()
            .map(|p| (p.text().to_string(), p.titles().to_vec()))
            .collect()
    }

    #[test]
    fn word_lists_are_lookup_keys() {
        for w in crate::words::COUNTRIES {
            assert_eq!(hanhchinh_text::key(w), *w);
        }
    }

    #[test]
    fn countries_after_a_title_are_no_persons() {
        let p = names("Chủ tịch Quốc hội Trần Thanh Mẫn tiếp Đại sứ Nhật Bản.");
        assert_eq!(p.len(), 1, "{p:?}");
        let p = names("Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu cho biết.");
        assert_eq!(p[0].0, "Phạm Quang Hiệu");
    }

    #[test]
    fn covered_tokens() {
        let doc = Doc::new("quận Lê Chân và Hải An");
        let c = Covered::new(&doc, &[Place::new(0..17, true), Place::new(23..29, false)]);
        assert!(c.typed_in(1..3) && !c.typed_in(3..6));
        assert!(c.any_in(4..6));
    }

    #[test]
    fn bylines_give_way_to_names() {
        let p = names("Ông Trần Văn An phát biểu.\nTrần Hòa");
        assert_eq!(
            p.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
            ["Trần Văn An", "Trần Hòa"]
        );
    }

    #[test]
    fn a_place_after_a_preposition_is_no_name_and_keeps_no_title() {
        for (text, title) in [
            (
                "Tại Hà Nội, Thủ tướng Chính phủ Lê Văn An chủ trì hội nghị.",
                "Thủ tướng Chính phủ",
            ),
            (
                "Sáng nay, tại Cần Thơ, Chủ tịch nước Trần Văn Bình dự lễ khánh thành.",
                "Chủ tịch nước",
            ),
            (
                "Ở Hải Phòng, Bí thư Thành ủy Đỗ Thị Hoa đã kiểm tra công trình.",
                "Bí thư Thành ủy",
            ),
        ] {
            let p = names(text);
            assert_eq!(p.len(), 1, "{text}: {p:?}");
            assert_eq!(p[0].1, [title], "{text}");
        }
    }
}
