//! Ranks and titles around a person's name: the ranks directly before it, the chain of titles
//! that ends at it, the chain that follows it after a separator.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use hanhchinh_text::vocab::{self, UnitType};
use hanhchinh_text::{Doc, Token, TokenKind};

use super::parser::{is_separator, Memo, Parser};
use super::{Designation, RankMention, Title};
use crate::context::Context;
use crate::lexicon::{Category, Lexicon, Rank, WordKind};
use crate::scan::Mention;

impl Lexicon {
    /// For the built-in lexicon: the first words of its title words (lookup keys), each with
    /// the most words of a title word that starts with it. A token whose key is not there
    /// starts no title word, so the parser looks no further.
    pub(super) fn title_word_prefixes(&self) -> Option<&'static HashMap<String, usize>> {
        static PREFIXES: OnceLock<HashMap<String, usize>> = OnceLock::new();
        self.builtin_index(&PREFIXES, |builtin| {
            let keys = builtin.title_words.keys();
            longest_by_word(keys.map(|k| (k.split(' ').next().unwrap_or(""), k.as_str())))
        })
    }

    /// For the built-in lexicon: the last words of its written-out ranks (lookup keys), each
    /// with the most words of a rank that ends with it. A word that is not there ends no rank.
    fn rank_last_words(&self) -> Option<&'static HashMap<String, usize>> {
        static LAST: OnceLock<HashMap<String, usize>> = OnceLock::new();
        self.builtin_index(&LAST, |builtin| {
            let keys: Vec<String> = builtin
                .ranks()
                .iter()
                .map(|r| hanhchinh_text::key(r.form()).into_owned())
                .collect();
            longest_by_word(
                keys.iter()
                    .map(|k| (k.rsplit(' ').next().unwrap_or(""), k.as_str())),
            )
        })
    }

    /// An index of the built-in lexicon, made on first use; `None` for any other lexicon.
    fn builtin_index<T>(
        &self,
        cell: &'static OnceLock<T>,
        make: impl FnOnce(&Lexicon) -> T,
    ) -> Option<&'static T> {
        let builtin = Lexicon::builtin();
        std::ptr::eq(self, builtin).then(|| cell.get_or_init(|| make(builtin)))
    }

    /// Ranks and titles around a person's name (see [`designation`](crate::designation)).
    pub fn designation<'t, 'l>(
        &'l self,
        text: &'t str,
        tokens: &[Token<'t>],
        name: Range<usize>,
        ctx: &Context,
    ) -> Designation<'t, 'l> {
        let empty = Designation::default();
        let first = tokens.partition_point(|t| t.start() < name.start);
        let after = tokens.partition_point(|t| t.start() < name.end);
        // A window of tokens around the name, as a document of its own.
        let lo = first.saturating_sub(48);
        let hi = after.saturating_add(64).min(tokens.len());
        let (Some(a), Some(b)) = (
            tokens.get(lo),
            hi.checked_sub(1).and_then(|k| tokens.get(k)),
        ) else {
            return empty;
        };
        let base = a.start();
        let Some(piece) = text.get(base..b.end()) else {
            return empty;
        };
        let window = tokens.get(lo..hi).unwrap_or(&[]);
        let local: Vec<Token<'t>> = window
            .iter()
            .map(|t| Token::new(t.text(), t.start() - base, t.kind()))
            .collect();
        let doc = Doc::from_tokens(piece, local);
        let mentions = self.find_in_doc(&doc, ctx);
        let name_tokens = first.saturating_sub(lo)..after.saturating_sub(lo);
        self.designation_in_doc(&doc, name_tokens, &mentions)
            .shifted(base)
    }

    /// Ranks and titles around the name at tokens `name` of `doc`, with the abbreviation
    /// mentions of the document already found (`mentions` as [`Lexicon::find_in_doc`] returns
    /// them for `doc` in the document's [`Context`]: in text order, which the parser's binary
    /// searches need). A caller that designates many names in one document scans its
    /// abbreviations once; each call reads a bounded stretch of tokens around the name, so the
    /// cost per name does not grow with the document.
    ///
    /// ```
    /// use hanhchinh_abbrev::{Context, Lexicon, ProvinceKind};
    /// use hanhchinh_text::Doc;
    ///
    /// let text = "Đồng chí Trần Đức Hoạt - TUV, Bí thư Quận ủy và đồng chí Lê Văn Bình, Chủ tịch UBND quận";
    /// let doc = Doc::new(text);
    /// let ctx = Context::new().province_kind(ProvinceKind::CentralCity);
    /// let lex = Lexicon::builtin();
    /// let mentions = lex.find_in_doc(&doc, &ctx);
    /// let name = |n: &str| text.find(n).map(|s| doc.tokens_in(s..s + n.len())).unwrap();
    /// let d = lex.designation_in_doc(&doc, name("Trần Đức Hoạt"), &mentions);
    /// let titles: Vec<_> = d.titles.iter().map(|t| t.expanded()).collect();
    /// assert_eq!(titles, ["Thành ủy viên", "Bí thư Quận ủy"]);
    /// let d = lex.designation_in_doc(&doc, name("Lê Văn Bình"), &mentions);
    /// assert_eq!(d.titles[0].expanded(), "Chủ tịch Ủy ban nhân dân quận");
    /// ```
    pub fn designation_in_doc<'t, 'l>(
        &'l self,
        doc: &Doc<'t>,
        name: Range<usize>,
        mentions: &[Mention<'t, 'l>],
    ) -> Designation<'t, 'l> {
        let tokens = doc.tokens();
        let mut d = Designation::default();
        let first = name.start.min(tokens.len());
        let after = name.end.clamp(first, tokens.len());

        // Ranks directly before the name.
        let mut r_start = first;
        while let Some((rank, from)) = self.rank_ending_at(doc, r_start) {
            let span = doc.span(from..r_start);
            d.ranks.push(RankMention {
                text: doc.text().get(span.clone()).unwrap_or(""),
                span,
                rank,
            });
            r_start = from;
            // `Thiếu tướng, PGS.TS Nguyễn Văn A`: ranks separated by a comma.
            if r_start >= 2
                && tokens.get(r_start - 1).is_some_and(|t| t.is_char(','))
                && self.rank_ending_at(doc, r_start - 1).is_some()
            {
                r_start -= 1;
            }
        }
        d.ranks.reverse();

        // Titles before: the chain that ends exactly at the ranks (or the name).
        let mut limit = r_start;
        if limit > 0 && tokens.get(limit - 1).is_some_and(|t| t.is_char(',')) && !d.ranks.is_empty()
        {
            limit -= 1;
        }
        if let Some((titles, _)) = self.titles_before(doc, limit, mentions) {
            d.titles = titles;
        } else if d.ranks.is_empty() {
            d.titles = self.shared_titles(doc, first, mentions);
        }

        // Titles after: `X - TUV, …`, `X, Chủ tịch …`, `X (Chủ tịch …)`, `X (sinh năm 1970),
        // Chủ tịch …`.
        let mut end = after;
        if let Some(t) = tokens.get(after) {
            let mut from = None;
            if is_separator(t) {
                from = Some(after + 1);
            } else if doc.spaced(after) && self.capitalised_title_at(doc, after, mentions) {
                // A title right after the name, with no comma (a table cell, a caption):
                // `Đồng chí Lò Văn A Ủy viên Ban Chấp hành …`.
                from = Some(after);
            } else if t.is_char('(') {
                from = Some(after + 1);
                // A parenthesis with no title in it (a birth year, an age, a home town):
                // the titles follow it.
                if let Some(close) = closing_paren(doc, after) {
                    let (titles, _) = self.chain_at(doc, after + 1, mentions);
                    if titles.is_empty() && doc.token(close + 1).is_some_and(is_separator) {
                        from = Some(close + 2);
                    }
                }
            }
            // `X, 56 tuổi, Trưởng thôn 3`, `X, sinh năm 1970, Chủ tịch …`: a short aside with
            // a number (an age, a birth year) between commas, then the titles.
            if let Some(f) = from.filter(|_| t.is_char(',')) {
                if self.chain_at(doc, f, mentions).0.is_empty() {
                    if let Some(next) = numbered_aside(doc, f) {
                        from = Some(next);
                    }
                }
            }
            if let Some(from) = from {
                let (titles, next) = self.chain_at(doc, from, mentions);
                if !titles.is_empty() {
                    end = next;
                }
                d.titles.extend(titles);
            }
        }
        // Posts the person is given (`được bầu giữ chức …`, `được bổ nhiệm làm …`, `giữ chức
        // vụ …`): not held at the time of the text, so apart from the titles.
        if let Some(post) = appointment_post(doc, end) {
            d.gained = self.chain_at(doc, post, mentions).0;
        }
        d
    }

    /// Whether a title written with a capital starts at token `i` (a role, a title
    /// abbreviation, or `Phó`, `Quyền`, `Nguyên` before one).
    fn capitalised_title_at<'t, 'l>(
        &'l self,
        doc: &Doc<'t>,
        i: usize,
        mentions: &[Mention<'t, 'l>],
    ) -> bool {
        doc.token(i).is_some_and(Token::is_capitalized)
            && !self.chain_at(doc, i, mentions).0.is_empty()
    }

    /// The chain of titles at token `start` (no limit but the document's end): the titles and
    /// the token after the last.
    fn chain_at<'t, 'l>(
        &'l self,
        doc: &Doc<'t>,
        start: usize,
        mentions: &[Mention<'t, 'l>],
    ) -> (Vec<Title<'t>>, usize) {
        let p = Parser {
            lex: self,
            prefixes: self.title_word_prefixes(),
            doc,
            mentions,
            limit: doc.len(),
            memo: Memo::new(start, 128),
        };
        p.chain(start)
    }

    /// The chain of titles that ends exactly at token `limit` (a name, or the ranks before
    /// it), looking back at most 40 tokens and never across a full stop, a number or a
    /// symbol: the titles and the token where the chain starts. `None` when there is none, or
    /// when it follows `Name -` or `Name,` (`X - TUV, Bí thư Huyện ủy, đồng chí Y`: the chain
    /// is X's, not Y's).
    fn titles_before<'t, 'l>(
        &'l self,
        doc: &Doc<'t>,
        limit: usize,
        mentions: &[Mention<'t, 'l>],
    ) -> Option<(Vec<Title<'t>>, usize)> {
        let tokens = doc.tokens();
        // `Chủ tịch UBND huyện X (tỉnh Y) Nguyễn Văn A`: the place in brackets says where the
        // unit is; the chain ends before it.
        let limit = place_aside_before(doc, limit).unwrap_or(limit);
        let mut back = limit.min(tokens.len());
        let mut steps = 0;
        while back > 0 && steps < 40 {
            let Some(t) = tokens.get(back - 1) else { break };
            // The dot of an abbreviation (`TP.HCM`, `TP. Hà Nội`, `UV.BTV`) belongs to it: it
            // touches the abbreviation it ends, or stands inside it.
            let abbreviation_dot = || {
                t.text() == "."
                    && !doc.spaced(back - 1)
                    && mentions
                        .get(mentions.partition_point(|m| m.end() < t.start()))
                        .is_some_and(|m| m.start() < t.start())
            };
            // The number of a ward or a village after its type word (`UBND phường 12`,
            // `Trưởng thôn 3`) is part of the title.
            let unit_number = || {
                t.text().len() <= 2
                    && back >= 2
                    && vocab::unit_type_at(doc, back - 2).is_some_and(|tw| tw.len() == 1)
            };
            let hard = match t.kind() {
                TokenKind::Punct => !is_separator(t) && !abbreviation_dot(),
                TokenKind::Number => !unit_number(),
                TokenKind::Symbol => true,
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
            prefixes: self.title_word_prefixes(),
            doc,
            mentions,
            limit,
            memo: Memo::new(back, limit.saturating_sub(back)),
        };
        for start in back..limit {
            let (titles, end) = p.chain(start);
            if !titles.is_empty() && end == limit {
                return (!self.follows_name(doc, start)).then_some((titles, start));
            }
        }
        None
    }

    /// The titles a list of names shares: `các Phó Chủ tịch HĐND tỉnh Lò Văn A, Lò Văn B và
    /// Vi Thị C` gives B and C the title written before A, and `các đồng chí Phó Chủ tịch UBND
    /// tỉnh: A, B` gives it to A and B. Only after a plural (`các`, `những`, `các đồng chí`),
    /// which says the title is everyone's; at most six names back.
    fn shared_titles<'t, 'l>(
        &'l self,
        doc: &Doc<'t>,
        first: usize,
        mentions: &[Mention<'t, 'l>],
    ) -> Vec<Title<'t>> {
        let plural = |start: usize| {
            let many = |p: usize| doc.is(p, "các") || doc.is(p, "những");
            start.checked_sub(1).is_some_and(many)
                || start >= 3 && doc.are(start - 2, &["đồng", "chí"]) && many(start - 3)
        };
        let mut k = first;
        for _ in 0..6 {
            // `, ` or ` và ` before the name, then the previous name (2-4 name words).
            let Some(sep) = k.checked_sub(1) else { break };
            // `các đồng chí Phó Chủ tịch UBND tỉnh: A, B`: the plural title before a colon.
            if doc.token(sep).is_some_and(|t| t.is_char(':')) {
                return match self.titles_before(doc, sep, mentions) {
                    Some((titles, start)) if plural(start) => titles,
                    _ => Vec::new(),
                };
            }
            if !(doc.token(sep).is_some_and(|t| t.is_char(',')) || doc.is(sep, "và")) {
                break;
            }
            let mut s = sep;
            while s > 0 && sep - s < 4 && doc.is_name_word(s - 1) && (s == sep || doc.spaced(s)) {
                s -= 1;
            }
            if sep - s < 2 {
                break;
            }
            if let Some((titles, start)) = self.titles_before(doc, s, mentions) {
                return if plural(start) { titles } else { Vec::new() };
            }
            k = s;
        }
        Vec::new()
    }

    /// Where the name of a person starts inside a run of capitalised words that a title ends
    /// in (`Chủ tịch UBND đặc khu Phú Quốc Nguyễn Văn An`: the title's place and the name are
    /// one run): the first token `k` of `run` after its first word such that the word at `k`
    /// is a surname, two to four words remain, and a chain of titles starting before the run
    /// ends exactly at `k`. For a person finder that reads runs of capitalised words.
    ///
    /// ```
    /// use hanhchinh_abbrev::{Context, Lexicon};
    /// use hanhchinh_text::Doc;
    ///
    /// let doc = Doc::new("Chủ tịch UBND đặc khu Phú Quốc Nguyễn Văn An phát biểu");
    /// let lex = Lexicon::builtin();
    /// let mentions = lex.find_in_doc(&doc, &Context::new());
    /// // The run `Phú Quốc Nguyễn Văn An` is tokens 5..10.
    /// assert_eq!(lex.name_after_title(&doc, 5..10, &mentions), Some(7));
    /// let d = lex.designation_in_doc(&doc, 7..10, &mentions);
    /// assert_eq!(d.titles[0].expanded(), "Chủ tịch Ủy ban nhân dân đặc khu Phú Quốc");
    /// ```
    pub fn name_after_title<'t, 'l>(
        &'l self,
        doc: &Doc<'t>,
        run: Range<usize>,
        mentions: &[Mention<'t, 'l>],
    ) -> Option<usize> {
        (run.start + 1..run.end).find(|&k| {
            (2..=4).contains(&(run.end - k))
                && self.is_surname(doc.word(k))
                && self
                    .titles_before(doc, k, mentions)
                    .is_some_and(|(_, start)| start < run.start)
        })
    }

    /// Whether token `start` follows a separator that follows a capitalised word that is no
    /// title word (a person's name), and that no preposition of place opens (`tại Hà Nội,
    /// Thủ tướng …`: a place).
    fn follows_name(&self, doc: &Doc<'_>, start: usize) -> bool {
        let (Some(sep), Some(word)) = (
            start.checked_sub(1).and_then(|k| doc.token(k)),
            start.checked_sub(2).and_then(|k| doc.token(k)),
        ) else {
            return false;
        };
        if !(is_separator(sep)
            && word.kind() == TokenKind::Word
            && word.is_capitalized()
            && !word.is_uppercase()
            && self.title_word(doc.key(start - 2)).is_none()
            && UnitType::of_word(doc.key(start - 2)).is_empty())
        {
            return false;
        }
        // The capitalised words before the separator (a name has at most five), then a
        // unit-type word before them if any (`tại thành phố Hồ Chí Minh`): a preposition of
        // place opening them, or before them, makes them a place.
        let mut k = start - 2;
        while k > 0 && start - 2 - k < 5 && doc.is_name_word(k - 1) && doc.spaced(k) {
            k -= 1;
        }
        if let Some(n) = (1..=3).find(|&n| {
            k.checked_sub(n)
                .and_then(|t| vocab::unit_type_at(doc, t))
                .is_some_and(|w| w.len() == n)
        }) {
            k -= n;
        }
        // A body before the words names a place (`Thành ủy Quảng Ninh, Bí thư …`, `UBND tỉnh
        // Quảng Ninh, Chủ tịch …`): the title after the separator opens the next name.
        if self.organ_ends_at(doc, k) {
            return false;
        }
        !(vocab::is_locative(doc.key(k))
            || k.checked_sub(1)
                .is_some_and(|o| vocab::is_locative(doc.key(o))))
    }

    /// Whether the name of a body ends right before token `k`: an organ word of written-out
    /// titles of one to three words (`Thành ủy`, `Huyện ủy`, `Đảng ủy`) or an abbreviation of
    /// an organ (`UBND`, `HĐND`).
    fn organ_ends_at(&self, doc: &Doc<'_>, k: usize) -> bool {
        let organ_abbreviation = k
            .checked_sub(1)
            .and_then(|p| self.entry(doc.word(p)))
            .is_some_and(|e| e.category() == Category::Organ);
        organ_abbreviation
            || (1..=3).any(|n| {
                k.checked_sub(n).is_some_and(|from| {
                    let words: Vec<&str> = (from..k).map(|t| doc.key(t)).collect();
                    self.title_word(&words.join(" "))
                        .is_some_and(|tw| tw.kind == WordKind::Organ)
                })
            })
    }

    /// A rank that ends just before token `end`: (rank, first token index).
    fn rank_ending_at(&self, doc: &Doc<'_>, end: usize) -> Option<(&Rank, usize)> {
        let tokens = doc.tokens();
        // Abbreviation with an optional dot: `PGS.` `TS.` `ThS.`; or of touching pieces: `Đ/c`.
        let mut e = end;
        if e > 0 && tokens.get(e - 1).is_some_and(|t| t.is_char('.')) {
            e -= 1;
        }
        for n in 1..=3 {
            let Some(from) = e.checked_sub(n) else { break };
            if (from + 1..e).any(|k| !doc.touches(k)) {
                break;
            }
            if let Some(r) = self.rank_by_abbr(doc.slice(from..e)) {
                return Some((r, from));
            }
        }
        // Written-out forms of up to 6 words (`Anh hùng Lực lượng vũ trang nhân dân`), no
        // longer than the longest rank that ends with the last word.
        let last_word = end
            .checked_sub(1)
            .filter(|&k| doc.kind(k) == Some(TokenKind::Word));
        let most = match (self.rank_last_words(), last_word) {
            (_, None) => 0,
            (Some(last), Some(k)) => last.get(doc.key(k)).copied().unwrap_or(0).min(6),
            (None, Some(_)) => 6,
        };
        let mut key = String::new();
        for n in (1..=most).rev() {
            let Some(from) = end.checked_sub(n) else {
                continue;
            };
            if (from..end).any(|k| doc.kind(k) != Some(TokenKind::Word)) {
                continue;
            }
            doc.keys_into(from..end, &mut key);
            if let Some(r) = self.rank_by_key_of(&key) {
                return Some((r, from));
            }
        }
        None
    }
}

/// Each word of `(word, key)` pairs with the most words of a key it is paired with.
fn longest_by_word<'k>(pairs: impl Iterator<Item = (&'k str, &'k str)>) -> HashMap<String, usize> {
    let mut m: HashMap<String, usize> = HashMap::new();
    for (word, key) in pairs {
        let e = m.entry(word.to_string()).or_insert(0);
        *e = (*e).max(key.split(' ').count());
    }
    m
}

/// The token that closes the parenthesis opened at token `open`, on the same line, at most
/// sixteen tokens on.
/// The token after a short aside that starts at `from` and ends at a comma: at most four
/// words and numbers, one of them a number (`56 tuổi`, `sinh năm 1970`, `SN 1980`).
fn numbered_aside(doc: &Doc<'_>, from: usize) -> Option<usize> {
    let mut number = false;
    for k in from..from + 5 {
        let t = doc.token(k)?;
        match t.kind() {
            TokenKind::Number => number = true,
            TokenKind::Word => {}
            _ if t.is_char(',') && k > from => return number.then_some(k + 1),
            _ => return None,
        }
    }
    None
}

fn closing_paren(doc: &Doc<'_>, open: usize) -> Option<usize> {
    let line = doc.line_of(open);
    (open + 1..open + 17)
        .take_while(|&k| k < doc.len() && doc.line_of(k) == line && !doc.is(k, "("))
        .find(|&k| doc.is(k, ")"))
}

/// The opening bracket of a place written in brackets just before token `limit`: `(Lào Cai)`,
/// `(tỉnh Tuyên Quang)`, `(TP.HCM)`, or the `(cũ)` of a unit merged away: at most six words,
/// each capitalised or a unit-type word (or the dot of an abbreviation), all on one line.
fn place_aside_before(doc: &Doc<'_>, limit: usize) -> Option<usize> {
    let close = limit.checked_sub(1).filter(|&c| doc.is(c, ")"))?;
    let line = doc.line_of(close);
    let mut k = close;
    while k > 0 && close - k <= 6 {
        k -= 1;
        if doc.line_of(k) != line {
            return None;
        }
        let t = doc.token(k)?;
        if t.is_char('(') {
            return (k + 1 < close).then_some(k);
        }
        let place_word = match t.kind() {
            TokenKind::Word => {
                t.is_capitalized() || vocab::is_unit_type_start(doc.key(k)) || doc.is(k, "cũ")
            }
            TokenKind::Punct => t.is_char('.') && !doc.spaced(k),
            _ => false,
        };
        if !place_word {
            return None;
        }
    }
    None
}

/// Where the post starts in an appointment written at token `i`: `[,] [được] bầu|bổ nhiệm|chỉ
/// định|điều động|phân công|cử [làm|giữ chức [vụ]|giữ]`, or `giữ chức [vụ]` alone.
fn appointment_post(doc: &Doc<'_>, i: usize) -> Option<usize> {
    let mut k = i;
    if doc.is(k, ",") {
        k += 1;
    }
    if doc.is(k, "được") {
        k += 1;
    }
    let verb = [
        &["bầu"][..],
        &["bổ", "nhiệm"],
        &["chỉ", "định"],
        &["điều", "động"],
        &["phân", "công"],
        &["cử"],
    ]
    .into_iter()
    .find(|v| doc.are(k, v));
    if let Some(v) = verb {
        k += v.len();
    }
    let hold = [
        &["giữ", "chức", "vụ"][..],
        &["giữ", "chức"],
        &["giữ"],
        &["làm"],
    ]
    .into_iter()
    .find(|v| doc.are(k, v));
    match (verb, hold) {
        (None, Some(h)) if h.len() >= 2 => Some(k + h.len()),
        (Some(_), Some(h)) => Some(k + h.len()),
        (Some(_), None) => Some(k),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::WordKind;
    use crate::title::parser::Item;

    /// The built-in lexicon's shortcuts (first words of title words, last words of ranks) never
    /// hide an entry: every written-out rank is found before a name, every title word is
    /// classified as itself.
    #[test]
    fn shortcuts_hide_no_entry() {
        let lex = Lexicon::builtin();
        assert!(lex.title_word_prefixes().is_some() && lex.rank_last_words().is_some());
        for r in lex.ranks() {
            let doc = Doc::new(r.form());
            let tokens = doc.tokens();
            // rank_ending_at reads up to 6 words (longer forms are not found, shortcut or not).
            if tokens.len() > 6 || !tokens.iter().all(|t| t.kind() == TokenKind::Word) {
                continue;
            }
            let (found, from) = lex.rank_ending_at(&doc, tokens.len()).unwrap();
            assert_eq!((found.form(), from), (r.form(), 0), "{}", r.form());
        }
        for (k, w) in &lex.title_words {
            let doc = Doc::new(k);
            let p = Parser {
                lex,
                prefixes: lex.title_word_prefixes(),
                doc: &doc,
                mentions: &[],
                limit: doc.len(),
                memo: Memo::new(0, doc.len()),
            };
            let piece = p.piece(0).unwrap();
            assert_eq!(piece.to, doc.len(), "{k}");
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
