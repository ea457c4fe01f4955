//! The title parser: classifies the words after (or before) a name into modifiers, roles, unit
//! head nouns, organs, level words, names and abbreviations, and reads a chain of titles from
//! them (`TUV, Bí thư Quận ủy, Chủ tịch HĐND quận`).

use std::borrow::Cow;
use std::collections::HashMap;

use hanhchinh_text::vocab::{self, Level, UnitType};
use hanhchinh_text::{Case, Doc, Token, TokenKind};

use super::tail::Tail;
use super::Title;
use crate::lexicon::{Category, Condition, Lexicon, WordKind};
use crate::scan::Mention;

pub(super) fn is_separator(t: &Token<'_>) -> bool {
    t.kind() == TokenKind::Punct
        && (t.is_char(',') || t.is_char('-') || t.is_char('–') || t.is_char('—'))
}

pub(super) fn is_dash(t: &Token<'_>) -> bool {
    t.kind() == TokenKind::Punct && (t.is_char('-') || t.is_char('–') || t.is_char('—'))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Item {
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
    /// An abbreviation that reads as a unit-type word after an organ (`TP` = `Thành phố` in
    /// `UBND TP Hạ Long`, `TP.HCM`; `TX`).
    LevelAbbr,
    Other,
}

#[derive(Clone)]
pub(super) struct Piece<'t> {
    pub(super) item: Item,
    /// Token range [from, to).
    pub(super) from: usize,
    pub(super) to: usize,
    /// Text for the expanded form.
    pub(super) out: Cow<'t, str>,
    /// Whether an abbreviation was left undecided.
    pub(super) undecided: bool,
}

pub(super) struct Parser<'a, 't, 'l> {
    pub(super) lex: &'l Lexicon,
    /// First words of the lexicon's title words (lookup keys) -> the most words of a title
    /// word that starts with it; `None` for a lexicon other than the built-in one.
    pub(super) prefixes: Option<&'static HashMap<String, usize>>,
    pub(super) doc: &'a Doc<'t>,
    /// Abbreviation mentions in text order (as `find_in_doc` returns them).
    pub(super) mentions: &'a [Mention<'t, 'l>],
    /// Token index the parse must not reach.
    pub(super) limit: usize,
    /// The pieces already classified (the parse tries many starts over the same tokens).
    pub(super) memo: Memo<'t>,
}

/// Pieces by token index, for the indexes `base..base + len`.
pub(super) struct Memo<'t> {
    base: usize,
    slots: std::cell::RefCell<Vec<Option<Option<Piece<'t>>>>>,
}

impl Memo<'_> {
    pub(super) fn new(base: usize, len: usize) -> Self {
        Memo {
            base,
            slots: std::cell::RefCell::new(vec![None; len]),
        }
    }
}

impl<'a, 't, 'l> Parser<'a, 't, 'l> {
    pub(super) fn tok(&self, i: usize) -> Option<&'a Token<'t>> {
        if i >= self.limit {
            return None;
        }
        self.doc.token(i)
    }

    /// Whether piece `p` is the words `keys` (lookup keys), exactly.
    pub(super) fn is_piece(&self, p: &Piece, keys: &[&str]) -> bool {
        p.to == p.from + keys.len() && self.doc.are(p.from, keys)
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
    pub(super) fn piece(&self, i: usize) -> Option<Piece<'t>> {
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

    /// The item of the piece at token `i` and the token after it ([`Parser::piece`] without
    /// copying its text: most questions the parse asks are about the item alone).
    pub(super) fn item(&self, i: usize) -> Option<(Item, usize)> {
        let k = i.checked_sub(self.memo.base);
        if let (Some(k), Ok(slots)) = (k, self.memo.slots.try_borrow()) {
            if let Some(Some(p)) = slots.get(k) {
                return p.as_ref().map(|p| (p.item, p.to));
            }
        }
        self.piece(i).map(|p| (p.item, p.to))
    }

    /// Classifies the item starting at token `i`.
    fn classify(&self, i: usize) -> Option<Piece<'t>> {
        let t = self.tok(i)?;
        if let Some(m) = self.mention_at(t) {
            let last = self.doc.tokens().partition_point(|x| x.start() < m.end());
            if last <= self.limit
                && m.end()
                    == last
                        .checked_sub(1)
                        .and_then(|k| self.doc.token(k))
                        .map_or(0, Token::end)
            {
                let item = match m.category() {
                    Category::Title => Item::TitleAbbr,
                    Category::Organ => Item::OrganAbbr,
                    _ => Item::OtherAbbr,
                };
                let (out, undecided) = match m.expansion() {
                    Some(e) => (Cow::Owned(e.to_string()), false),
                    None => (Cow::Borrowed(m.text()), true),
                };
                // `TP`, `TX`: the place reading is a unit-type word; it is the reading after an
                // organ (the parser decides by position), unless the context chose another.
                let type_word = m.candidates().iter().find(|c| {
                    c.condition() == Condition::Place
                        && !UnitType::of_word(hanhchinh_text::key(c.expansion()).as_ref())
                            .is_empty()
                });
                // Undecided before a capitalised word (`TP Nội vụ`): `Trưởng phòng` when a
                // department's name and its unit's level word or a dash follow (`TP Nội vụ
                // huyện`, `TP Tài chính - Kế hoạch`), the head of that department.
                let role = m
                    .candidates()
                    .iter()
                    .find(|c| c.condition() == Condition::Title);
                let (item, out, undecided) = match (type_word, role) {
                    (Some(_), Some(c)) if m.chosen().is_none() && self.department_follows(last) => {
                        (
                            Item::TitleAbbr,
                            Cow::Owned(c.expansion().to_string()),
                            false,
                        )
                    }
                    (Some(c), _) if m.chosen().map_or(true, |x| x == c) => (
                        Item::LevelAbbr,
                        Cow::Owned(c.expansion().to_string()),
                        false,
                    ),
                    _ => (item, out, undecided),
                };
                return Some(Piece {
                    item,
                    from: i,
                    to: last,
                    out,
                    undecided,
                });
            }
        }
        if t.kind() != TokenKind::Word {
            return Some(Piece {
                item: Item::Other,
                from: i,
                to: i + 1,
                out: Cow::Borrowed(t.text()),
                undecided: false,
            });
        }
        // Longest title word.
        let mut max = self.lex.title_word_max.max(1);
        let first = self.doc.key(i);
        // No title word is longer than the longest that starts with this word.
        if let Some(p) = self.prefixes {
            max = p.get(first).copied().unwrap_or(0).min(max);
        }
        let mut best: Option<(usize, WordKind)> = None;
        if max > 0 {
            best = self.lex.title_word(first).map(|tw| (1, tw.kind));
            // Longer title words: the key grows a word at a time (made only when the first
            // word starts one).
            let mut key = String::new();
            for n in 1..max {
                let Some(w) = self.tok(i + n) else { break };
                if w.kind() != TokenKind::Word {
                    break;
                }
                if n == 1 {
                    key.push_str(first);
                }
                key.push(' ');
                key.push_str(self.doc.key(i + n));
                if let Some(tw) = self.lex.title_word(&key) {
                    best = Some((n + 1, tw.kind));
                }
            }
        }
        // Unit-type words of the province, district and commune levels, from the vocabulary
        // (`huyện`, `thị xã`, `Thành phố`, `đặc khu`).
        if let Some(tw) = vocab::unit_type_at(self.doc, i) {
            let admin = tw
                .types()
                .levels()
                .any(|l| matches!(l, Level::Province | Level::District | Level::Commune));
            if admin && i + tw.len() <= self.limit && best.map_or(true, |(n, _)| tw.len() >= n) {
                best = Some((tw.len(), WordKind::Level));
            }
        }
        if let Some((n, kind)) = best {
            let words = self.doc.tokens().get(i..i + n).unwrap_or(&[]);
            let out = match words {
                [w] => Cow::Borrowed(w.text()),
                _ => Cow::Owned(words.iter().map(|t| t.text()).collect::<Vec<_>>().join(" ")),
            };
            let item = match kind {
                WordKind::Modifier => Item::Modifier,
                WordKind::Role => Item::Role,
                WordKind::Head => Item::Head,
                WordKind::Organ => Item::Organ,
                WordKind::Level => Item::Level,
            };
            return Some(Piece {
                item,
                from: i,
                to: i + n,
                out,
                undecided: false,
            });
        }
        // In capitals (a headline) every word looks like a name's: a verb or a function word
        // that no unit's name holds still ends the title (`BÍ THƯ TỈNH ỦY THĂM HỎI`).
        let item = if t.is_capitalized()
            && !(self.doc.case(i) == Case::Upper && self.is_capitals_stop(i))
        {
            Item::Name
        } else {
            Item::Lower
        };
        Some(Piece {
            item,
            from: i,
            to: i + 1,
            out: Cow::Borrowed(t.text()),
            undecided: false,
        })
    }

    /// Whether the words from token `k` name a department before the level word of its unit
    /// or a dash (`Nội vụ huyện`, `Tài chính - Kế hoạch`): a capitalised word, then at most
    /// six more words.
    fn department_follows(&self, k: usize) -> bool {
        let word = |j: usize| {
            self.doc.spaced(j) && self.tok(j).is_some_and(|t| t.kind() == TokenKind::Word)
        };
        if !(word(k) && self.tok(k).is_some_and(Token::is_capitalized)) {
            return false;
        }
        for j in k + 1..k + 8 {
            match self.tok(j) {
                Some(t) if is_dash(t) => {
                    return self.tok(j + 1).is_some_and(Token::is_capitalized);
                }
                Some(_) if word(j) => {
                    let admin = vocab::unit_type_at(self.doc, j).is_some_and(|tw| {
                        tw.types()
                            .levels()
                            .any(|l| matches!(l, Level::District | Level::Commune))
                    });
                    if admin {
                        return true;
                    }
                }
                _ => return false,
            }
        }
        false
    }

    /// The kind of a word of written-out titles (`Trưởng`: a role).
    fn word_kind(&self, words: &str) -> Option<WordKind> {
        self.lex
            .title_word(&hanhchinh_text::key(words))
            .map(|tw| tw.kind)
    }

    /// Whether a title can start at token `i`.
    fn starts_title(&self, i: usize) -> bool {
        match self.item(i) {
            Some((item, to)) => match item {
                Item::Role | Item::TitleAbbr => true,
                Item::Modifier => {
                    // `Phó`, `Quyền`, `Nguyên` (not `Thường trực` alone, which is a body).
                    let k = self.doc.key(i);
                    to == i + 1
                        && (k == "phó" || k == "quyền" || k == "nguyên")
                        && self.item(to).is_some_and(|(n, _)| {
                            matches!(
                                n,
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
    pub(super) fn chain(&self, i: usize) -> (Vec<Title<'t>>, usize) {
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
            // `kiêm` (concurrently) between two posts one person holds: `Bí thư Chi bộ kiêm
            // Trưởng thôn`, `Phó Chủ tịch kiêm Tổng Thư ký`.
            if self.doc.is(j, "kiêm")
                && self.doc.spaced(j)
                && self.doc.spaced(j + 1)
                && self.starts_title(j + 1)
            {
                j += 1;
                continue;
            }
            // A separator, then another title, or (after a dash) the unit of the last one.
            let Some(sep) = self.tok(j) else { break };
            if !is_separator(sep) {
                break;
            }
            if self.starts_title(j + 1) {
                j += 1;
                continue;
            }
            // After a dash: a unit of its own (`- Sở Tài chính`), or, when the last title's
            // unit opened by a head noun is still open, more of its name (merged departments:
            // `Phòng Nội vụ - LĐTBXH huyện`, `Phòng Tài chính - Kế hoạch`).
            let open = titles.last().is_some_and(|t| t.open_head);
            let tail = match self.item(j + 1).map(|(item, _)| item) {
                Some(Item::Head | Item::Organ) if is_dash(sep) => self.tail_from(j + 1, 0),
                Some(Item::Name | Item::OrganAbbr | Item::OtherAbbr)
                    if is_dash(sep) && open && self.doc.spaced(j) == self.doc.spaced(j + 1) =>
                {
                    self.tail_from(j + 1, 1)
                }
                _ => None,
            };
            // After a comma: the unit that the last title's unit belongs to, as an address
            // writes it (`Chủ tịch UBND xã Quảng Phú, tỉnh Đắk Lắk`): one title.
            if tail.is_none() && sep.is_char(',') {
                if let Some((parent, next)) = titles.last().and_then(|t| self.parent_unit(t, j + 1))
                {
                    if let Some(last) = titles.last_mut() {
                        let end = self.doc.span(j + 1..next).end;
                        last.span = last.span.start..end;
                        last.text = self.doc.text().get(last.span.clone()).unwrap_or("");
                        last.expanded = format!("{}, {}", last.expanded, parent.expanded);
                        last.complete &= !parent.undecided;
                        j = next;
                        if self.tok(j).is_some_and(is_separator) && self.starts_title(j + 1) {
                            j += 1;
                            continue;
                        }
                    }
                    break;
                }
            }
            if let Some((tail, next)) = tail {
                if let Some(last) = titles.last_mut() {
                    let end = self.doc.span(j + 1..next).end;
                    last.span = last.span.start..end;
                    last.text = self.doc.text().get(last.span.clone()).unwrap_or("");
                    last.expanded = format!("{} - {}", last.expanded, tail.expanded);
                    last.unit.organ = Some(match last.unit.organ.take() {
                        Some(o) => format!("{o} - {}", tail.expanded),
                        None => tail.expanded.clone(),
                    });
                    last.complete &= !tail.undecided;
                    last.open_head = tail.open_head;
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

    /// The unit at token `i` (a level word and a name: `tỉnh Đắk Lắk`, `huyện Phúc Thọ`, `TP
    /// Hà Nội`) when it is above the unit that `title` ends with (a level word and a name of
    /// a lower level: `xã Quảng Phú`), the unit that one belongs to.
    fn parent_unit(&self, title: &Title<'t>, i: usize) -> Option<(Tail, usize)> {
        let own = title
            .unit
            .level
            .as_deref()
            .filter(|_| title.unit.place.is_some())?;
        if !matches!(self.item(i)?.0, Item::Level | Item::LevelAbbr) {
            return None;
        }
        // From the state after an organ, where `TP` reads as a level word too.
        let (tail, next) = self.tail_from(i, 2)?;
        let parent = tail
            .unit
            .level
            .as_deref()
            .filter(|_| tail.unit.organ.is_none())?;
        tail.unit.place.as_ref()?;
        let highest = |w: &str| UnitType::of_word(&hanhchinh_text::key(w)).levels().next();
        let lowest = |w: &str| UnitType::of_word(&hanhchinh_text::key(w)).levels().last();
        (lowest(own)? > highest(parent)?).then_some((tail, next))
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
            modifiers.push(p.out.to_string());
            out.push(p.out.into_owned());
            j = p.to;
        }
        // Role.
        let mut village_head = false;
        // The head noun that ends an abbreviated role (`TP`, Trưởng phòng): the unit it heads
        // follows as that noun's name (`TP Nội vụ huyện`).
        let mut head_in_role: Option<String> = None;
        if let Some(p) = self.piece(j) {
            if matches!(p.item, Item::Role | Item::TitleAbbr) {
                if p.item == Item::TitleAbbr {
                    head_in_role = p
                        .out
                        .rsplit_once(' ')
                        .filter(|&(role, head)| {
                            self.word_kind(role) == Some(WordKind::Role)
                                && self.word_kind(head) == Some(WordKind::Head)
                        })
                        .map(|(_, head)| head.to_lowercase());
                }
                // `Trưởng thôn`, `Trưởng bản`, `Trưởng ấp`, `Tổ trưởng tổ dân phố`: the role
                // holds the village's type word, and the name or number after it is the
                // village's (`Trưởng thôn Lếch Dao`, `Tổ trưởng tổ dân phố số 3`).
                village_head =
                    p.item == Item::Role && p.to > p.from + 1 && self.village_word_before(p.to);
                role = Some(p.out.to_string());
                complete &= !p.undecided;
                out.push(p.out.into_owned());
                j = p.to;
            } else if modifiers.is_empty() || p.item != Item::Head {
                return None;
            }
        }
        // Post-modifiers (`Thường trực`).
        while let Some(p) = self.piece(j) {
            if p.item != Item::Modifier
                || !(self.is_piece(&p, &["thường", "trực"]) || self.is_piece(&p, &["dự", "khuyết"]))
            {
                break;
            }
            modifiers.push(p.out.to_string());
            out.push(p.out.into_owned());
            j = p.to;
        }
        // `phụ trách` between a role and the body it is in charge of: the deputy who leads a
        // body that has no head (`Phó Giám đốc phụ trách Sở Xây dựng`).
        if role.is_some()
            && self.doc.are(j, &["phụ", "trách"])
            && self.doc.spaced(j)
            && self.doc.spaced(j + 1)
            && self.doc.spaced(j + 2)
            && self
                .item(j + 2)
                .is_some_and(|(n, _)| matches!(n, Item::Head | Item::Organ | Item::OrganAbbr))
        {
            let words = self.doc.slice(j..j + 2);
            modifiers.push(words.to_string());
            out.push(words.to_string());
            j += 2;
        }
        let state = match (village_head, &head_in_role) {
            (true, _) => 3,
            (false, Some(_)) => 1,
            (false, None) => 0,
        };
        let tail = match self.tail_from(j, state) {
            // A village's name, never a unit's organ (`Trưởng thôn Lếch Dao`).
            Some(t) if village_head && t.0.unit.organ.is_some() => None,
            // The unit of an abbreviated role's head noun starts with a name.
            Some(_)
                if head_in_role.is_some() && self.item(j).map(|(n, _)| n) != Some(Item::Name) =>
            {
                None
            }
            t => t,
        };
        let (mut tail, next) = tail.unwrap_or((Tail::default(), j));
        if let (Some(head), Some(organ)) = (head_in_role, tail.unit.organ.as_mut()) {
            *organ = format!("{head} {organ}");
        }
        if role.is_none() && tail.unit.organ.is_none() {
            return None;
        }
        complete &= !tail.undecided;
        if !tail.expanded.is_empty() {
            out.push(tail.expanded.clone());
        }
        let span = self.doc.span(i..next);
        Some((
            Title {
                text: self.doc.text().get(span.clone()).unwrap_or(""),
                span,
                modifiers,
                role,
                unit: tail.unit,
                expanded: out.join(" "),
                complete,
                open_head: tail.open_head,
            },
            next,
        ))
    }
}
