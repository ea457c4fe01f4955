//! Titles (posts) and ranks around a person's name: parsing a title phrase into modifiers, role,
//! organ and level, expanding its abbreviations, and splitting a chain of titles.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use hanhchinh_text::{tokenize, Token, TokenKind};

use crate::context::{Context, Level};
use crate::lexicon::{Category, Lexicon, Rank, WordKind};
use crate::scan::Mention;

/// A title phrase: `Phó Bí thư Thường trực Quận ủy`, `Quyền Chủ tịch UBND quận`, `TUV`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Title<'t> {
    span: Range<usize>,
    text: &'t str,
    modifiers: Vec<String>,
    role: Option<String>,
    organ: Option<String>,
    level: Option<String>,
    place: Option<String>,
    expanded: String,
    complete: bool,
}

impl<'t> Title<'t> {
    /// Byte range in the original input.
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }
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
        self.organ.as_deref()
    }
    /// The level word as written: `quận`, `huyện`, `Thành phố`.
    pub fn level(&self) -> Option<&str> {
        self.level.as_deref()
    }
    /// A place name after the level word (`Hà Nội` in `… Thành phố Hà Nội`).
    pub fn place(&self) -> Option<&str> {
        self.place.as_deref()
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
    /// The administrative level the post belongs to: from the level word (`tỉnh`, `Thành phố`
    /// -> province; `quận`, `huyện`, `thị xã` -> district; `xã`, `phường`, `thị trấn` ->
    /// commune), else from a party committee of the organ (`Tỉnh ủy`, `Thành ủy`, `TUV` ->
    /// province; `Huyện ủy`, `Quận ủy`, `Thị ủy` -> district), else the context's level.
    ///
    /// ```
    /// use hanhchinh_abbrev::{parse_title, Context, Level};
    /// let ctx = Context::new().level(Level::Commune);
    /// assert_eq!(parse_title("Chủ tịch HĐND quận", &ctx).unwrap().level_kind(&ctx), Level::District);
    /// assert_eq!(parse_title("Trưởng Ban Nội chính Tỉnh ủy", &ctx).unwrap().level_kind(&ctx), Level::Province);
    /// assert_eq!(parse_title("Chủ tịch UBND", &ctx).unwrap().level_kind(&ctx), Level::Commune);
    /// ```
    pub fn level_kind(&self, ctx: &Context) -> Level {
        if let Some(l) = self.level.as_deref() {
            match hanhchinh_text::key(l).as_ref() {
                "tỉnh" | "thành phố" => return Level::Province,
                "quận" | "huyện" | "thị xã" => return Level::District,
                "xã" | "phường" | "thị trấn" => return Level::Commune,
                _ => {}
            }
        }
        let words = [self.organ.as_deref(), self.role.as_deref()];
        for w in words.into_iter().flatten() {
            let k = hanhchinh_text::key(w);
            if k.contains("tỉnh ủy") || k.contains("thành ủy") {
                return Level::Province;
            }
            if k.contains("huyện ủy")
                || k.contains("quận ủy")
                || k.contains("thị ủy")
                || k.contains("thị xã ủy")
            {
                return Level::District;
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
pub struct RankMention<'t, 'l> {
    span: Range<usize>,
    text: &'t str,
    rank: &'l Rank,
}

impl<'t, 'l> RankMention<'t, 'l> {
    /// Byte range in the original input.
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }
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
/// it (in text order).
#[derive(Clone, Debug)]
pub struct Designation<'t, 'l> {
    /// Ranks, degrees and honorifics directly before the name, in text order.
    pub ranks: Vec<RankMention<'t, 'l>>,
    /// Titles before the name, then titles after it, in text order.
    pub titles: Vec<Title<'t>>,
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
    let tokens: Vec<Token<'t>> = tokenize(s).collect();
    let lex = Lexicon::builtin();
    let mentions = lex.find_in_tokens(s, &tokens, ctx);
    let p = Parser {
        lex,
        prefixes: lex.title_word_prefixes(),
        text: s,
        tokens: &tokens,
        mentions: &mentions,
        limit: tokens.len(),
        memo: Memo::new(0, tokens.len()),
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

/// Lower-case words that end a title (a verb or a function word after it).
const STOP: &[&str] = &[
    "đã", "đang", "sẽ", "cùng", "và", "với", "tại", "trao", "cho", "của", "về", "đến", "có", "là",
    "được", "phát", "nhấn", "chủ", "tiếp", "dự", "thăm", "ghi", "các", "những", "trong", "theo",
    "để", "khi", "thì", "này", "đó", "đồng", "ông", "bà", "kiêm", "trực", "báo", "đọc", "trình",
    "nêu", "cũng", "vừa", "lên", "ra", "vào", "từ",
];

fn is_separator(t: &Token<'_>) -> bool {
    t.kind() == TokenKind::Punct
        && (t.is_char(',') || t.is_char('-') || t.is_char('–') || t.is_char('—'))
}

fn is_dash(t: &Token<'_>) -> bool {
    t.kind() == TokenKind::Punct && (t.is_char('-') || t.is_char('–') || t.is_char('—'))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Item {
    Modifier,
    Role,
    Head,
    Organ,
    Level,
    /// A capitalised word that is no title word (part of a name).
    Name,
    /// A lower-case word.
    Lower,
    /// An abbreviation of category Title (`UVBTV`, `TUV`, compounds).
    TitleAbbr,
    /// An abbreviation of category Organ (`HĐND`, `BTV`).
    OrganAbbr,
    /// Another abbreviation (`THCS`).
    OtherAbbr,
    Other,
}

#[derive(Clone)]
struct Piece {
    item: Item,
    /// Token range [from, to).
    to: usize,
    /// Text for the expanded form.
    out: String,
    /// Whether an abbreviation was left undecided.
    undecided: bool,
}

struct Parser<'a, 't, 'l> {
    lex: &'l Lexicon,
    /// First words of the lexicon's title words (lookup keys) -> the most words of a title
    /// word that starts with it; `None` for a lexicon other than the built-in one.
    prefixes: Option<&'static HashMap<String, usize>>,
    text: &'t str,
    tokens: &'a [Token<'t>],
    /// Abbreviation mentions in text order (as `find_in_tokens` returns them).
    mentions: &'a [Mention<'t, 'l>],
    /// Token index the parse must not reach.
    limit: usize,
    /// The pieces already classified (the parse tries many starts over the same tokens).
    memo: Memo,
}

/// Pieces by token index, for the indexes `base..base + len`.
struct Memo {
    base: usize,
    slots: std::cell::RefCell<Vec<Option<Option<Piece>>>>,
}

impl Memo {
    fn new(base: usize, len: usize) -> Memo {
        Memo {
            base,
            slots: std::cell::RefCell::new(vec![None; len]),
        }
    }
}

impl Lexicon {
    /// For the built-in lexicon: the first words of its title words (lookup keys), each with
    /// the most words of a title word that starts with it. A token whose key is not there
    /// starts no title word, so the parser looks no further.
    fn title_word_prefixes(&self) -> Option<&'static HashMap<String, usize>> {
        static PREFIXES: OnceLock<HashMap<String, usize>> = OnceLock::new();
        let builtin = Lexicon::builtin();
        if !std::ptr::eq(self, builtin) {
            return None;
        }
        Some(PREFIXES.get_or_init(|| {
            let mut m: HashMap<String, usize> = HashMap::new();
            for k in builtin.title_words.keys() {
                let mut words = k.split(' ');
                let first = words.next().unwrap_or("");
                let n = 1 + words.count();
                let e = m.entry(first.to_string()).or_insert(0);
                *e = (*e).max(n);
            }
            m
        }))
    }

    /// For the built-in lexicon: the last words of its written-out ranks (lookup keys), each
    /// with the most words of a rank that ends with it. A word that is not there ends no rank.
    fn rank_last_words(&self) -> Option<&'static HashMap<String, usize>> {
        static LAST: OnceLock<HashMap<String, usize>> = OnceLock::new();
        let builtin = Lexicon::builtin();
        if !std::ptr::eq(self, builtin) {
            return None;
        }
        Some(LAST.get_or_init(|| {
            let mut m: HashMap<String, usize> = HashMap::new();
            for r in builtin.ranks() {
                let k = hanhchinh_text::key(r.form());
                let last = k.rsplit(' ').next().unwrap_or("");
                let n = k.split(' ').count();
                let e = m.entry(last.to_string()).or_insert(0);
                *e = (*e).max(n);
            }
            m
        }))
    }

    /// Ranks and titles around a person's name (see [`designation`]).
    pub fn designation<'t, 'l>(
        &'l self,
        text: &'t str,
        tokens: &[Token<'t>],
        name: Range<usize>,
        ctx: &Context,
    ) -> Designation<'t, 'l> {
        let first = tokens.partition_point(|t| t.start() < name.start);
        let after = tokens.partition_point(|t| t.start() < name.end);
        // A window of tokens around the name, for the mentions.
        let lo = first.saturating_sub(48);
        let hi = after.saturating_add(64).min(tokens.len());
        let window = tokens.get(lo..hi).unwrap_or(&[]);
        let mentions = self.find_in_tokens(text, window, ctx);
        self.designation_in(text, tokens, name, &mentions)
    }

    /// Like [`Lexicon::designation`], with the abbreviation mentions of the whole document
    /// already found (`mentions` as [`Lexicon::find_in_tokens`] returns them for `tokens` in
    /// the document's [`Context`], in text order): a caller that designates many names in one
    /// document scans its abbreviations once instead of once per name.
    ///
    /// ```
    /// use hanhchinh_abbrev::{Context, Lexicon, ProvinceKind};
    /// use hanhchinh_text::tokenize;
    ///
    /// let text = "Đồng chí Trần Đức Hoạt - TUV, Bí thư Quận ủy và đồng chí Lê Văn Bình, Chủ tịch UBND quận";
    /// let tokens: Vec<_> = tokenize(text).collect();
    /// let ctx = Context::new().province_kind(ProvinceKind::CentralCity);
    /// let lex = Lexicon::builtin();
    /// let mentions = lex.find_in_tokens(text, &tokens, &ctx);
    /// let name = |n: &str| text.find(n).map(|s| s..s + n.len()).unwrap();
    /// let d = lex.designation_in(text, &tokens, name("Trần Đức Hoạt"), &mentions);
    /// let titles: Vec<_> = d.titles.iter().map(|t| t.expanded()).collect();
    /// assert_eq!(titles, ["Thành ủy viên", "Bí thư Quận ủy"]);
    /// let d = lex.designation_in(text, &tokens, name("Lê Văn Bình"), &mentions);
    /// assert_eq!(d.titles[0].expanded(), "Chủ tịch Ủy ban nhân dân quận");
    /// ```
    pub fn designation_in<'t, 'l>(
        &'l self,
        text: &'t str,
        tokens: &[Token<'t>],
        name: Range<usize>,
        mentions: &[Mention<'t, 'l>],
    ) -> Designation<'t, 'l> {
        // The parser finds mentions by binary search: keep them in text order.
        let sorted: std::borrow::Cow<'_, [Mention<'t, 'l>]> =
            if mentions.windows(2).all(|w| match w {
                [a, b] => a.start() <= b.start(),
                _ => true,
            }) {
                std::borrow::Cow::Borrowed(mentions)
            } else {
                let mut v = mentions.to_vec();
                v.sort_by_key(Mention::start);
                std::borrow::Cow::Owned(v)
            };
        let mentions: &[Mention<'t, 'l>] = &sorted;
        let prefixes = self.title_word_prefixes();
        let mut d = Designation {
            ranks: Vec::new(),
            titles: Vec::new(),
        };
        let first = tokens.partition_point(|t| t.start() < name.start);
        let after = tokens.partition_point(|t| t.start() < name.end);

        // Ranks directly before the name.
        let mut r_start = first;
        while let Some((rank, from)) = self.rank_ending_at(tokens, r_start) {
            let (Some(a), Some(b)) = (
                tokens.get(from),
                r_start.checked_sub(1).and_then(|k| tokens.get(k)),
            ) else {
                break;
            };
            d.ranks.push(RankMention {
                span: a.start()..b.end(),
                text: text.get(a.start()..b.end()).unwrap_or(""),
                rank,
            });
            r_start = from;
            // `Thiếu tướng, PGS.TS Nguyễn Văn A`: ranks separated by a comma.
            if r_start >= 2
                && tokens.get(r_start - 1).is_some_and(|t| t.is_char(','))
                && self.rank_ending_at(tokens, r_start - 1).is_some()
            {
                r_start -= 1;
            }
        }
        d.ranks.reverse();

        // Titles before: the first start whose chain ends exactly at the ranks (or the name).
        let mut limit = r_start;
        if limit > 0 && tokens.get(limit - 1).is_some_and(|t| t.is_char(',')) && !d.ranks.is_empty()
        {
            limit -= 1;
        }
        let mut back = limit;
        let mut steps = 0;
        while back > 0 && steps < 40 {
            let Some(t) = tokens.get(back - 1) else { break };
            let hard = match t.kind() {
                TokenKind::Punct => !is_separator(t),
                TokenKind::Number | TokenKind::Symbol => true,
                _ => false,
            };
            if hard {
                break;
            }
            back -= 1;
            steps += 1;
        }
        let p = Parser {
            lex: self,
            prefixes,
            text,
            tokens,
            mentions,
            limit,
            memo: Memo::new(back, limit - back),
        };
        for start in back..limit {
            let (titles, end) = p.chain(start);
            if !titles.is_empty() && end == limit {
                // A chain that follows `Name -` or `Name,` is the previous person's (`X - TUV,
                // Bí thư Huyện ủy, đồng chí Y`): it is not Y's.
                if !self.follows_name(tokens, start) {
                    d.titles = titles;
                }
                break;
            }
        }

        // Titles after: `X - TUV, …`, `X, Chủ tịch …`, `X (Chủ tịch …)`.
        if let Some(t) = tokens.get(after) {
            if is_separator(t) || t.is_char('(') {
                let p = Parser {
                    lex: self,
                    prefixes,
                    text,
                    tokens,
                    mentions,
                    limit: tokens.len(),
                    memo: Memo::new(after + 1, 128),
                };
                let (titles, _) = p.chain(after + 1);
                d.titles.extend(titles);
            }
        }
        d
    }

    /// Whether token `start` follows a separator that follows a capitalised word that is no
    /// title word (a person's name).
    fn follows_name(&self, tokens: &[Token<'_>], start: usize) -> bool {
        let (Some(sep), Some(word)) = (
            start.checked_sub(1).and_then(|k| tokens.get(k)),
            start.checked_sub(2).and_then(|k| tokens.get(k)),
        ) else {
            return false;
        };
        is_separator(sep)
            && word.kind() == TokenKind::Word
            && word.is_capitalized()
            && !word.is_uppercase()
            && self.title_word(word.key().as_ref()).is_none()
    }

    /// A rank that ends just before token `end`: (rank, first token index).
    fn rank_ending_at(&self, tokens: &[Token<'_>], end: usize) -> Option<(&Rank, usize)> {
        // Abbreviation with an optional dot: `PGS.` `TS.` `ThS.`
        let mut e = end;
        if e > 0 && tokens.get(e - 1).is_some_and(|t| t.is_char('.')) {
            e -= 1;
        }
        if e > 0 {
            if let Some(t) = tokens.get(e - 1) {
                if let Some(r) = self.rank_by_abbr(t.text()) {
                    return Some((r, e - 1));
                }
            }
        }
        // Written-out forms of up to 6 words (`Anh hùng Lực lượng vũ trang nhân dân`), no
        // longer than the longest rank that ends with the last word.
        let most = match self.rank_last_words() {
            Some(last) => end
                .checked_sub(1)
                .and_then(|k| tokens.get(k))
                .filter(|t| t.kind() == TokenKind::Word)
                .and_then(|t| last.get(hanhchinh_text::key(t.text()).as_ref()).copied())
                .unwrap_or(0)
                .min(6),
            None => 6,
        };
        for n in (1..=most).rev() {
            let Some(from) = end.checked_sub(n) else {
                continue;
            };
            let Some(words) = tokens.get(from..end) else {
                continue;
            };
            if !words.iter().all(|t| t.kind() == TokenKind::Word) {
                continue;
            }
            let joined = words.iter().map(|t| t.text()).collect::<Vec<_>>().join(" ");
            if let Some(r) = self.rank(&joined) {
                // `ông`, `bà` only in lower case, and only as whole words before a name.
                return Some((r, from));
            }
        }
        None
    }
}

impl<'a, 't, 'l> Parser<'a, 't, 'l> {
    fn tok(&self, i: usize) -> Option<&'a Token<'t>> {
        if i >= self.limit {
            return None;
        }
        self.tokens.get(i)
    }

    /// The mention that starts where token `t` starts.
    fn mention_at(&self, t: &Token<'_>) -> Option<&'a Mention<'t, 'l>> {
        let k = self
            .mentions
            .binary_search_by_key(&t.start(), Mention::start)
            .ok()?;
        self.mentions.get(k)
    }

    /// Classifies the item starting at token `i` (remembered).
    fn piece(&self, i: usize) -> Option<Piece> {
        let k = i.checked_sub(self.memo.base);
        if let (Some(k), Ok(slots)) = (k, self.memo.slots.try_borrow()) {
            if let Some(Some(p)) = slots.get(k) {
                return p.clone();
            }
        }
        let p = self.classify(i);
        if let (Some(k), Ok(mut slots)) = (k, self.memo.slots.try_borrow_mut()) {
            if let Some(slot) = slots.get_mut(k) {
                *slot = Some(p.clone());
            }
        }
        p
    }

    /// Classifies the item starting at token `i`.
    fn classify(&self, i: usize) -> Option<Piece> {
        let t = self.tok(i)?;
        if let Some(m) = self.mention_at(t) {
            let last = self.tokens.partition_point(|x| x.start() < m.end());
            if last <= self.limit
                && m.end()
                    == last
                        .checked_sub(1)
                        .and_then(|k| self.tokens.get(k))
                        .map_or(0, Token::end)
            {
                let item = match m.category() {
                    Category::Title => Item::TitleAbbr,
                    Category::Organ => Item::OrganAbbr,
                    _ => Item::OtherAbbr,
                };
                let (out, undecided) = match m.expansion() {
                    Some(e) => (e.to_string(), false),
                    None => (m.text().to_string(), true),
                };
                return Some(Piece {
                    item,
                    to: last,
                    out,
                    undecided,
                });
            }
        }
        if t.kind() != TokenKind::Word {
            return Some(Piece {
                item: Item::Other,
                to: i + 1,
                out: t.text().to_string(),
                undecided: false,
            });
        }
        // Longest title word.
        let mut max = self.lex.title_word_max.max(1);
        let mut key = String::new();
        let mut best: Option<(usize, WordKind)> = None;
        let mut n = 0;
        while n < max {
            let Some(w) = self.tok(i + n) else { break };
            if w.kind() != TokenKind::Word {
                break;
            }
            if n > 0 {
                key.push(' ');
            }
            hanhchinh_text::key_into(w.text(), &mut key);
            if n == 0 {
                // No title word is longer than the longest that starts with this word.
                if let Some(p) = self.prefixes {
                    max = p.get(key.as_str()).copied().unwrap_or(0).min(max);
                    if max == 0 {
                        break;
                    }
                }
            }
            if let Some(tw) = self.lex.title_word(&key) {
                best = Some((n + 1, tw.kind));
            }
            n += 1;
        }
        if let Some((n, kind)) = best {
            let out = self
                .tokens
                .get(i..i + n)
                .unwrap_or(&[])
                .iter()
                .map(|t| t.text())
                .collect::<Vec<_>>()
                .join(" ");
            let item = match kind {
                WordKind::Modifier => Item::Modifier,
                WordKind::Role => Item::Role,
                WordKind::Head => Item::Head,
                WordKind::Organ => Item::Organ,
                WordKind::Level => Item::Level,
            };
            return Some(Piece {
                item,
                to: i + n,
                out,
                undecided: false,
            });
        }
        let item = if t.is_capitalized() {
            Item::Name
        } else {
            Item::Lower
        };
        Some(Piece {
            item,
            to: i + 1,
            out: t.text().to_string(),
            undecided: false,
        })
    }

    /// Whether a title can start at token `i`.
    fn starts_title(&self, i: usize) -> bool {
        match self.piece(i) {
            Some(p) => match p.item {
                Item::Role | Item::TitleAbbr => true,
                Item::Modifier => {
                    // `Phó`, `Quyền`, `Nguyên` (not `Thường trực` alone, which is a body).
                    let k = hanhchinh_text::key(&p.out);
                    (k == "phó" || k == "quyền" || k == "nguyên")
                        && self.piece(p.to).is_some_and(|n| {
                            matches!(
                                n.item,
                                Item::Role | Item::TitleAbbr | Item::Head | Item::Modifier
                            )
                        })
                }
                _ => false,
            },
            None => false,
        }
    }

    /// Parses a chain of titles from token `i`: the titles and the token index after the last.
    fn chain(&self, i: usize) -> (Vec<Title<'t>>, usize) {
        let mut titles: Vec<Title<'t>> = Vec::new();
        let mut j = i;
        loop {
            if !self.starts_title(j) {
                break;
            }
            let Some((title, next)) = self.title(j) else {
                break;
            };
            titles.push(title);
            j = next;
            // A separator, then another title, or (after a dash) the unit of the last one.
            let Some(sep) = self.tok(j) else { break };
            if !is_separator(sep) {
                break;
            }
            if self.starts_title(j + 1) {
                j += 1;
                continue;
            }
            if is_dash(sep)
                && self
                    .piece(j + 1)
                    .is_some_and(|p| matches!(p.item, Item::Head | Item::Organ))
            {
                if let (Some(last), Some((tail, next))) = (titles.last_mut(), self.tail_only(j + 1))
                {
                    let end = tail.span.end;
                    last.span = last.span.start..end;
                    last.text = self.text.get(last.span.clone()).unwrap_or("");
                    last.expanded = format!("{} - {}", last.expanded, tail.expanded);
                    last.organ = Some(match last.organ.take() {
                        Some(o) => format!("{o} - {}", tail.expanded),
                        None => tail.expanded.clone(),
                    });
                    last.complete &= tail.complete;
                    j = next;
                    if self.tok(j).is_some_and(is_separator) && self.starts_title(j + 1) {
                        j += 1;
                        continue;
                    }
                }
            }
            break;
        }
        (titles, j)
    }

    /// One title at token `i`: modifiers, role, post-modifiers, then organ, level and place.
    fn title(&self, i: usize) -> Option<(Title<'t>, usize)> {
        let mut modifiers = Vec::new();
        let mut role = None;
        let mut out: Vec<String> = Vec::new();
        let mut complete = true;
        let mut j = i;
        // Pre-modifiers.
        while let Some(p) = self.piece(j) {
            if p.item != Item::Modifier {
                break;
            }
            modifiers.push(p.out.clone());
            out.push(p.out);
            j = p.to;
        }
        // Role.
        if let Some(p) = self.piece(j) {
            if matches!(p.item, Item::Role | Item::TitleAbbr) {
                role = Some(p.out.clone());
                complete &= !p.undecided;
                out.push(p.out);
                j = p.to;
            } else if modifiers.is_empty() || p.item != Item::Head {
                return None;
            }
        }
        // Post-modifiers (`Thường trực`).
        while let Some(p) = self.piece(j) {
            if p.item != Item::Modifier || hanhchinh_text::key(&p.out) != "thường trực" {
                break;
            }
            modifiers.push(p.out.clone());
            out.push(p.out);
            j = p.to;
        }
        let (tail, next) = match self.tail(j) {
            Some(t) => t,
            None => (Tail::default(), j),
        };
        if role.is_none() && tail.organ.is_none() {
            return None;
        }
        complete &= tail.complete;
        if !tail.expanded.is_empty() {
            out.push(tail.expanded.clone());
        }
        let first = self.tokens.get(i)?;
        let last = self.tokens.get(next.checked_sub(1)?)?;
        let span = first.start()..last.end();
        Some((
            Title {
                text: self.text.get(span.clone()).unwrap_or(""),
                span,
                modifiers,
                role,
                organ: tail.organ,
                level: tail.level,
                place: tail.place,
                expanded: out.join(" "),
                complete,
            },
            next,
        ))
    }

    /// A unit written after a dash (`Sở Tài chính Hà Nội`), attached to the previous title.
    fn tail_only(&self, i: usize) -> Option<(Title<'t>, usize)> {
        let (tail, next) = self.tail(i)?;
        let first = self.tokens.get(i)?;
        let last = self.tokens.get(next.checked_sub(1)?)?;
        let span = first.start()..last.end();
        Some((
            Title {
                text: self.text.get(span.clone()).unwrap_or(""),
                span,
                modifiers: Vec::new(),
                role: None,
                organ: tail.organ,
                level: tail.level,
                place: tail.place,
                expanded: tail.expanded,
                complete: tail.complete,
            },
            next,
        ))
    }

    /// Organ, level and place after a role: `HĐND quận`, `Ban Nội chính Tỉnh ủy`,
    /// `Ban Thi đua khen thưởng Thành phố Hà Nội`.
    fn tail(&self, i: usize) -> Option<(Tail, usize)> {
        let mut organ: Vec<String> = Vec::new();
        let mut level: Option<String> = None;
        let mut place: Vec<String> = Vec::new();
        let mut complete = true;
        let mut j = i;
        // State: 0 = nothing yet, 1 = after a head noun (lower-case words allowed),
        // 2 = after a complete organ, 3 = after the level word.
        let mut state = 0u8;
        let mut lower_run = 0;
        while let Some(p) = self.piece(j) {
            match p.item {
                Item::Head if state < 3 => {
                    state = 1;
                    lower_run = 0;
                    organ.push(p.out);
                }
                Item::Organ | Item::OrganAbbr | Item::TitleAbbr if state < 3 => {
                    state = 2;
                    complete &= !p.undecided;
                    organ.push(p.out);
                }
                Item::OtherAbbr if state == 1 || state == 2 => {
                    complete &= !p.undecided;
                    organ.push(p.out);
                }
                Item::Level if level.is_none() => {
                    state = 3;
                    level = Some(p.out);
                }
                Item::Name if state == 3 => place.push(p.out),
                Item::Name | Item::Level if state == 1 || state == 2 => organ.push(p.out),
                Item::Lower if state == 1 && lower_run < 4 => {
                    let k = hanhchinh_text::key(&p.out);
                    // `và` inside a unit name: `Sở Giáo dục và Đào tạo`, `Tài nguyên và Môi trường`.
                    let joins_name =
                        k == "và" && self.piece(p.to).is_some_and(|n| n.item == Item::Name);
                    if STOP.contains(&k.as_ref()) && !joins_name {
                        break;
                    }
                    lower_run += 1;
                    organ.push(p.out);
                }
                _ => break,
            }
            j = p.to;
        }
        if j == i {
            return None;
        }
        let mut expanded = organ.join(" ");
        for s in level.iter().chain(place.iter()) {
            if !expanded.is_empty() {
                expanded.push(' ');
            }
            expanded.push_str(s);
        }
        Some((
            Tail {
                organ: if organ.is_empty() {
                    None
                } else {
                    Some(organ.join(" "))
                },
                level,
                place: if place.is_empty() {
                    None
                } else {
                    Some(place.join(" "))
                },
                expanded,
                complete,
            },
            j,
        ))
    }
}

struct Tail {
    organ: Option<String>,
    level: Option<String>,
    place: Option<String>,
    expanded: String,
    complete: bool,
}

impl Default for Tail {
    fn default() -> Tail {
        Tail {
            organ: None,
            level: None,
            place: None,
            expanded: String::new(),
            complete: true,
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

    /// The built-in lexicon's shortcuts (first words of title words, last words of ranks) never
    /// hide an entry: every written-out rank is found before a name, every title word is
    /// classified as itself.
    #[test]
    fn shortcuts_hide_no_entry() {
        let lex = Lexicon::builtin();
        assert!(lex.title_word_prefixes().is_some() && lex.rank_last_words().is_some());
        for r in lex.ranks() {
            let tokens: Vec<Token<'_>> = tokenize(r.form()).collect();
            // rank_ending_at reads up to 6 words (longer forms are not found, shortcut or not).
            if tokens.len() > 6 || !tokens.iter().all(|t| t.kind() == TokenKind::Word) {
                continue;
            }
            let (found, from) = lex.rank_ending_at(&tokens, tokens.len()).unwrap();
            assert_eq!((found.form(), from), (r.form(), 0), "{}", r.form());
        }
        for (k, w) in &lex.title_words {
            let tokens: Vec<Token<'_>> = tokenize(k).collect();
            let p = Parser {
                lex,
                prefixes: lex.title_word_prefixes(),
                text: k,
                tokens: &tokens,
                mentions: &[],
                limit: tokens.len(),
                memo: Memo::new(0, tokens.len()),
            };
            let piece = p.piece(0).unwrap();
            assert_eq!(piece.to, tokens.len(), "{k}");
            let expected = match w.kind {
                WordKind::Modifier => Item::Modifier,
                WordKind::Role => Item::Role,
                WordKind::Head => Item::Head,
                WordKind::Organ => Item::Organ,
                WordKind::Level => Item::Level,
            };
            assert_eq!(piece.item, expected, "{k}");
        }
    }
}
