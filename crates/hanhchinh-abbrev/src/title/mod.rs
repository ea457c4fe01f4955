//! Titles (posts) and ranks around a person's name: parsing a title phrase into modifiers, role,
//! organ and level, expanding its abbreviations, and splitting a chain of titles.

use std::ops::Range;

use hanhchinh_text::vocab::UnitType;
use hanhchinh_text::{Doc, Token};

use crate::context::{Context, Level};
use crate::lexicon::{Lexicon, Rank};

mod designation;
mod name_end;
mod parser;
mod tail;

use parser::{Memo, Parser};

/// The organ, level, place and term of a title (see [`Title`]'s accessors).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub(super) struct UnitParts {
    pub(super) organ: Option<String>,
    pub(super) level: Option<String>,
    pub(super) place: Option<String>,
    pub(super) term: Option<String>,
}

/// A title phrase: `Phó Bí thư Thường trực Quận ủy`, `Quyền Chủ tịch UBND quận`, `TUV`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Title<'t> {
    span: Range<usize>,
    text: &'t str,
    modifiers: Vec<String>,
    role: Option<String>,
    #[cfg_attr(feature = "serde", serde(flatten))]
    unit: UnitParts,
    expanded: String,
    complete: bool,
    /// The unit was opened by a head noun and is still open (more of its name may follow a
    /// dash: `Phòng Nội vụ - LĐTBXH`).
    #[cfg_attr(feature = "serde", serde(skip))]
    open_head: bool,
}

impl<'t> Title<'t> {
    hanhchinh_text::span_accessors!(range, "title");
    /// The title as written (a slice of the input).
    pub fn text(&self) -> &'t str {
        self.text
    }
    /// Modifiers as written, in order: `Phó`, `Quyền`, `Nguyên`, `Thường trực`.
    pub fn modifiers(&self) -> &[String] {
        &self.modifiers
    }
    /// The role, expanded: `Bí thư`, `Chủ tịch`, `Trưởng`, `Ủy viên Ban Thường vụ`,
    /// `Thành ủy viên`. `None` for `Phó Phòng …` (the head of a unit, written without a role).
    pub fn role(&self) -> Option<&str> {
        self.role.as_deref()
    }
    /// The organ, expanded: `Quận ủy`, `Hội đồng nhân dân`, `Ban Nội chính Tỉnh ủy`,
    /// `Phòng ngân sách - Sở Tài chính Hà Nội`.
    pub fn organ(&self) -> Option<&str> {
        self.unit.organ.as_deref()
    }
    /// The level word as written: `quận`, `huyện`, `Thành phố`.
    pub fn level(&self) -> Option<&str> {
        self.unit.level.as_deref()
    }
    /// A place name after the level word (`Hà Nội` in `… Thành phố Hà Nội`).
    pub fn place(&self) -> Option<&str> {
        self.unit.place.as_deref()
    }
    /// The term of an elected body, as written: `khóa XV` in `Đại biểu Quốc hội khóa XV`.
    pub fn term(&self) -> Option<&str> {
        self.unit.term.as_deref()
    }
    /// The fully expanded title with whitespace collapsed: `Quyền Chủ tịch Ủy ban nhân dân quận`.
    /// An abbreviation that the context does not decide stays as written (see
    /// [`Title::is_complete`]).
    pub fn expanded(&self) -> &str {
        &self.expanded
    }
    /// Whether every abbreviation of the title was expanded.
    pub fn is_complete(&self) -> bool {
        self.complete
    }
    /// The administrative level the post belongs to: from the level word (a unit-type word of
    /// the vocabulary: `tỉnh`, `Thành phố` -> province; `quận`, `huyện`, `thị xã` -> district;
    /// `xã`, `phường`, `thị trấn`, `đặc khu` -> commune), else from a party committee of the
    /// organ (`Tỉnh ủy`, `Thành ủy`, `TUV` -> province; `Huyện ủy`, `Quận ủy`, `Thị ủy` ->
    /// district), else the context's level.
    ///
    /// ```
    /// use hanhchinh_abbrev::{parse_title, Context, Level};
    /// let ctx = Context::new().level(Level::Commune);
    /// assert_eq!(parse_title("Chủ tịch HĐND quận", &ctx).unwrap().level_kind(&ctx), Some(Level::District));
    /// assert_eq!(parse_title("Trưởng Ban Nội chính Tỉnh ủy", &ctx).unwrap().level_kind(&ctx), Some(Level::Province));
    /// assert_eq!(parse_title("Chủ tịch UBND", &ctx).unwrap().level_kind(&ctx), Some(Level::Commune));
    /// assert_eq!(parse_title("Chủ tịch UBND", &Context::new()).unwrap().level_kind(&Context::new()), None);
    /// ```
    pub fn level_kind(&self, ctx: &Context) -> Option<Level> {
        if let Some(l) = self.unit.level.as_deref() {
            // The highest level the word names (`thành phố`: a centrally-run city first).
            if let Some(level) = UnitType::of_word(hanhchinh_text::key(l).as_ref())
                .levels()
                .next()
            {
                return Some(level);
            }
        }
        let words = [self.unit.organ.as_deref(), self.role.as_deref()];
        for w in words.into_iter().flatten() {
            let k = hanhchinh_text::key(w);
            if k.contains("tỉnh ủy") || k.contains("thành ủy") {
                return Some(Level::Province);
            }
            if k.contains("huyện ủy")
                || k.contains("quận ủy")
                || k.contains("thị ủy")
                || k.contains("thị xã ủy")
            {
                return Some(Level::District);
            }
        }
        ctx.level
    }

    /// Seniority in a party committee: Bí thư 4 > Phó Bí thư 3 > Ủy viên Ban Thường vụ 2 >
    /// Ủy viên Ban Chấp hành (and `Tỉnh ủy viên`, `Huyện ủy viên`, …) 1; `None` for other posts.
    pub fn party_seniority(&self) -> Option<u8> {
        let role = self.role.as_deref()?;
        let deputy = self
            .modifiers
            .iter()
            .any(|m| hanhchinh_text::key(m) == "phó");
        if role == "Bí thư" {
            return Some(if deputy { 3 } else { 4 });
        }
        if role.starts_with("Ủy viên Ban Thường vụ") {
            return Some(2);
        }
        if role.starts_with("Ủy viên Ban Chấp hành")
            || role.ends_with("ủy viên")
            || role == "Ủy viên Trung ương"
        {
            return Some(1);
        }
        None
    }
}

/// A rank, degree or honorific written before a name (`Đại tá`, `PGS`, `đồng chí`).
#[derive(Clone, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct RankMention<'t, 'l> {
    span: Range<usize>,
    text: &'t str,
    rank: &'l Rank,
}

impl<'t, 'l> RankMention<'t, 'l> {
    hanhchinh_text::span_accessors!(range, "rank");
    /// As written.
    pub fn text(&self) -> &'t str {
        self.text
    }
    /// The rank of the lexicon (form, kind, order).
    pub fn rank(&self) -> &'l Rank {
        self.rank
    }
}

/// What stands around a person's name: ranks and honorifics before it, titles before and after
/// it (in text order), and posts the text says the person is given.
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Designation<'t, 'l> {
    /// Ranks, degrees and honorifics directly before the name, in text order.
    pub ranks: Vec<RankMention<'t, 'l>>,
    /// Titles before the name, then titles after it, in text order. A name in a list after a
    /// plural title (`các Phó Chủ tịch HĐND tỉnh A, B`) shares the title of the list's head.
    pub titles: Vec<Title<'t>>,
    /// Posts gained by an appointment written after the name (`được bầu giữ chức Chủ tịch
    /// UBND xã`, `được bổ nhiệm làm Giám đốc Sở`): not yet held when the text was written,
    /// so not among the titles.
    pub gained: Vec<Title<'t>>,
}

impl<'t, 'l> Designation<'t, 'l> {
    /// The designation found in a piece of a text, with its spans moved to the whole text (the
    /// piece starts at byte `by`).
    fn shifted(mut self, by: usize) -> Designation<'t, 'l> {
        for r in &mut self.ranks {
            r.span = r.span.start + by..r.span.end + by;
        }
        for t in self.titles.iter_mut().chain(self.gained.iter_mut()) {
            t.span = t.span.start + by..t.span.end + by;
        }
        self
    }
}

/// Parses `s` as one title phrase with the built-in lexicon.
///
/// ```
/// use hanhchinh_abbrev::{parse_title, Context};
///
/// let t = parse_title("Phó Chủ tịch Thường trực UBND huyện", &Context::new()).unwrap();
/// assert_eq!(t.modifiers(), ["Phó", "Thường trực"]);
/// assert_eq!(t.role(), Some("Chủ tịch"));
/// assert_eq!(t.organ(), Some("Ủy ban nhân dân"));
/// assert_eq!(t.level(), Some("huyện"));
/// assert_eq!(t.expanded(), "Phó Chủ tịch Thường trực Ủy ban nhân dân huyện");
/// assert!(parse_title("tổ chức hội nghị", &Context::new()).is_none());
/// ```
pub fn parse_title<'t>(s: &'t str, ctx: &Context) -> Option<Title<'t>> {
    let titles = split_titles(s, ctx);
    match titles.as_slice() {
        [one] if one.span.start == first_non_space(s) && one.span.end == s.trim_end().len() => {
            titles.into_iter().next()
        }
        _ => None,
    }
}

fn first_non_space(s: &str) -> usize {
    s.len() - s.trim_start().len()
}

/// Splits a chain of titles as written after a name (`TUV, Bí thư Quận ủy, Chủ tịch HĐND
/// quận`; `UVBTVTU-Trưởng Ban Nội chính Tỉnh ủy`) with the built-in lexicon. The chain starts
/// at the first token of `s` and ends at the first word that continues no title.
///
/// ```
/// use hanhchinh_abbrev::{split_titles, Context, ProvinceKind};
///
/// let ctx = Context::new().province_kind(ProvinceKind::Province);
/// let t: Vec<_> = split_titles("UVBTVTU-Trưởng Ban Nội chính Tỉnh ủy cùng lãnh đạo Sở", &ctx)
///     .iter().map(|t| t.expanded().to_string()).collect();
/// assert_eq!(t, ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Nội chính Tỉnh ủy"]);
/// ```
pub fn split_titles<'t>(s: &'t str, ctx: &Context) -> Vec<Title<'t>> {
    let doc = Doc::new(s);
    let lex = Lexicon::builtin();
    let mentions = lex.find_in_doc(&doc, ctx);
    let p = Parser {
        lex,
        prefixes: lex.title_word_prefixes(),
        doc: &doc,
        mentions: &mentions,
        limit: doc.len(),
        memo: Memo::new(0, doc.len()),
    };
    p.chain(0).0
}

/// Ranks and titles around a person's name (`name` is the byte range of the name in `text`,
/// `tokens` are `hanhchinh_text::tokenize(text)`), with the built-in lexicon.
///
/// ```
/// use hanhchinh_abbrev::{designation, Context, ProvinceKind};
/// use hanhchinh_text::tokenize;
///
/// let text = "Phát biểu, Bí thư Quận ủy, Chủ tịch HĐND quận Trần Đức Hoạt - TUV, Trưởng Ban Dân vận; đồng chí";
/// let tokens: Vec<_> = tokenize(text).collect();
/// let start = text.find("Trần").unwrap();
/// let end = text.find(" - TUV").unwrap();
/// let ctx = Context::new().province_kind(ProvinceKind::CentralCity);
/// let d = designation(text, &tokens, start..end, &ctx);
/// let titles: Vec<_> = d.titles.iter().map(|t| t.expanded()).collect();
/// assert_eq!(titles, ["Bí thư Quận ủy", "Chủ tịch Hội đồng nhân dân quận", "Thành ủy viên", "Trưởng Ban Dân vận"]);
///
/// let text = "Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh";
/// let tokens: Vec<_> = tokenize(text).collect();
/// let start = text.find("Nguyễn").unwrap();
/// let d = designation(text, &tokens, start..text.find(',').unwrap(), &Context::new());
/// assert_eq!(d.ranks[0].rank().form(), "Đại tá");
/// assert_eq!(d.titles[0].expanded(), "Giám đốc Công an tỉnh");
/// ```
pub fn designation<'t>(
    text: &'t str,
    tokens: &[Token<'t>],
    name: Range<usize>,
    ctx: &Context,
) -> Designation<'t, 'static> {
    Lexicon::builtin().designation(text, tokens, name, ctx)
}
