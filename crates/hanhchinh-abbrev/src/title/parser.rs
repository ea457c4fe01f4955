//! The title parser: classifies the words after (or before) a name into modifiers, roles, unit
//! head nouns, organs, level words, names and abbreviations, and reads a chain of titles from
//! them (`TUV, Bí thư Quận ủy, Chủ tịch HĐND quận`).

use std::borrow::Cow;
use std::collections::HashMap;

use hanhchinh_text::vocab::{self, Level, UnitType};
use hanhchinh_text::{Case, Doc, Token, TokenKind};

use super::Title;
use crate::lexicon::{Category, Condition, Lexicon, WordKind};
use crate::scan::Mention;

pub(super) fn is_separator(t: &Token<'_>) -> bool {
    t.kind() == TokenKind::Punct
        && (t.is_char(',') || t.is_char('-') || t.is_char('–') || t.is_char('—'))
}

fn is_dash(t: &Token<'_>) -> bool {
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
    fn is_piece(&self, p: &Piece, keys: &[&str]) -> bool {
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
                if let Some(c) = type_word {
                    if m.chosen().map_or(true, |x| x == c) {
                        return Some(Piece {
                            item: Item::LevelAbbr,
                            from: i,
                            to: last,
                            out: Cow::Owned(c.expansion().to_string()),
                            undecided: false,
                        });
                    }
                }
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
                    last.complete &= tail.complete;
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
        if let Some(p) = self.piece(j) {
            if matches!(p.item, Item::Role | Item::TitleAbbr) {
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
        let tail = match self.tail_from(j, if village_head { 3 } else { 0 }) {
            // A village's name, never a unit's organ (`Trưởng thôn Lếch Dao`).
            Some(t) if village_head && t.0.unit.organ.is_some() => None,
            t => t,
        };
        let (tail, next) = tail.unwrap_or((Tail::default(), j));
        if role.is_none() && tail.unit.organ.is_none() {
            return None;
        }
        complete &= tail.complete;
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

    /// Organ, term, level and place after a role: `HĐND quận`, `Ban Nội chính Tỉnh ủy`,
    /// `Ban Thi đua khen thưởng Thành phố Hà Nội`, `Quốc hội khóa XV tỉnh Tuyên Quang`,
    /// `UBND TP.HCM`, `Tỉnh ủy Bà Rịa-Vũng Tàu`; from `state` (0 = nothing yet, 1 = inside a
    /// unit opened by a head noun).
    pub(super) fn tail_from(&self, i: usize, state: u8) -> Option<(Tail, usize)> {
        let mut organ: Vec<String> = Vec::new();
        let mut level: Option<String> = None;
        let mut place: Vec<String> = Vec::new();
        let mut term: Option<String> = None;
        // Every part in text order, for the expanded form.
        let mut seq: Vec<String> = Vec::new();
        let mut complete = true;
        let mut j = i;
        // State: 0 = nothing yet, 1 = after a head noun (lower-case words allowed),
        // 2 = after a complete organ, 3 = after the level word.
        let mut state = state;
        let mut lower_run = 0;
        // Whether the last part pushed was a name (of the organ or of the place).
        let mut after_name = false;
        let mut after_organ = false;
        let mut after_head = false;
        while let Some(p) = self.piece(j) {
            let was_name = after_name;
            let was_organ = after_organ;
            let was_head = after_head;
            after_name = false;
            after_organ = false;
            after_head = false;
            let mut next = p.to;
            match p.item {
                // A head noun in lower case that is also a stop word heads nothing unless a
                // name follows it: `báo Nhân Dân`, but `Bí thư Huyện ủy Ba Chẽ báo cáo` (the
                // verb `báo cáo`, to report) ends the title.
                Item::Head
                    if state < 3
                        && !(self.doc.case(p.from) == Case::Lower
                            && self.is_stop(p.from)
                            && !self.item(p.to).is_some_and(|(n, _)| n == Item::Name)) =>
                {
                    state = 1;
                    lower_run = 0;
                    organ.push(p.out.to_string());
                    after_head = true;
                }
                // Military units and teams are numbered: `Lữ đoàn 146`, `Sư đoàn 312`, `Đội 3`,
                // `Quân khu 4`.
                Item::Other
                    if was_head
                        && self.doc.spaced(j)
                        && matches!(self.doc.key(j.saturating_sub(1)), "đoàn" | "đội" | "khu")
                        && self.digits_at(j, 4) =>
                {
                    organ.push(p.out.to_string());
                    after_name = true;
                }
                Item::Organ | Item::OrganAbbr | Item::TitleAbbr if state < 3 => {
                    state = 2;
                    complete &= !p.undecided;
                    organ.push(p.out.to_string());
                    after_organ = true;
                }
                // `Phát thanh, Truyền hình`, the set phrase of broadcasting, keeps its comma:
                // `Báo và Phát thanh, Truyền hình Tuyên Quang`.
                Item::Other
                    if state == 1
                        && self.tok(j).is_some_and(|t| t.is_char(','))
                        && self.doc.touches(j)
                        && self.doc.are(j.saturating_sub(2), &["phát", "thanh"])
                        && self.doc.are(j + 1, &["truyền", "hình"]) =>
                {
                    for v in [&mut organ, &mut seq] {
                        if let Some(last) = v.last_mut() {
                            last.push(',');
                        }
                    }
                    j = p.to;
                    continue;
                }
                // The comma between two fields of a unit's name: `Sở Văn hóa, Thể thao và Du
                // lịch`, `Trung tâm Văn hóa, Thông tin và Thể thao huyện`.
                Item::Other
                    if state == 1
                        && !organ.is_empty()
                        && self.tok(j).is_some_and(|t| t.is_char(','))
                        && self.doc.touches(j)
                        && self.fields_after_comma(j + 1) =>
                {
                    for v in [&mut organ, &mut seq] {
                        if let Some(last) = v.last_mut() {
                            last.push(',');
                        }
                    }
                    j = p.to;
                    continue;
                }
                // Two organs one office serves: `Văn phòng HĐND và UBND`, `HĐND - UBND`.
                Item::Lower | Item::Other
                    if was_organ
                        && (self.doc.is(j, "và") || self.tok(j).is_some_and(is_dash))
                        && self.doc.spaced(j) == self.doc.spaced(j + 1)
                        && self
                            .item(p.to)
                            .is_some_and(|(n, _)| matches!(n, Item::Organ | Item::OrganAbbr)) =>
                {
                    organ.push(p.out.to_string());
                }
                Item::OtherAbbr if state == 1 || state == 2 => {
                    complete &= !p.undecided;
                    organ.push(p.out.to_string());
                }
                // The name of a place written as an abbreviation (`HCM` of `TP.HCM`).
                Item::OtherAbbr if state == 3 && !p.undecided && starts_upper(&p.out) => {
                    place.push(p.out.to_string());
                }
                Item::Level | Item::LevelAbbr
                    if level.is_none() && (p.item == Item::Level || state > 0) =>
                {
                    state = 3;
                    level = Some(p.out.to_string());
                    // `TP.HCM`, `TP. Hạ Long`: the dot of the abbreviation.
                    if p.item == Item::LevelAbbr
                        && self.tok(p.to).is_some_and(|t| t.is_char('.'))
                        && self.doc.touches(p.to)
                    {
                        next = p.to + 1;
                    }
                }
                Item::Name if state == 3 => {
                    place.push(p.out.to_string());
                    after_name = true;
                }
                // `số` before the number of a ward or a village (`tổ dân phố số 3`).
                Item::Lower
                    if self.doc.is(j, "số")
                        && (state == 3 && place.is_empty()
                            || state == 1 && self.village_word_before(j))
                        && self.doc.spaced(j + 1)
                        && self.digits_at(j + 1, 2) => {}
                // A numbered ward or village: `phường 5`, `Trưởng thôn 3`, and inside a unit
                // opened by a head noun `Chi bộ thôn 5`.
                Item::Other
                    if (state == 3 && place.is_empty()
                        || state == 1 && self.village_word_before(j))
                        && self.doc.spaced(j)
                        && self.digits_at(j, 2)
                        && !self.doc.is(j + 1, "năm") =>
                {
                    place.push(p.out.to_string());
                }
                Item::Name | Item::Level if state == 1 || state == 2 => {
                    organ.push(p.out.to_string());
                    after_name = p.item == Item::Name;
                    if after_name {
                        lower_run = 0;
                    }
                }
                // `Thường trực` inside a unit opened by a head noun, before the unit it
                // belongs to: `Trưởng ban Thường trực Ban Tổ chức`.
                Item::Modifier
                    if state == 1
                        && self.is_piece(&p, &["thường", "trực"])
                        && self.item(p.to).is_some_and(|(n, _)| {
                            matches!(n, Item::Head | Item::Organ | Item::OrganAbbr)
                        }) =>
                {
                    organ.push(p.out.to_string());
                }
                // A capitalised modifier after a name is a syllable of it (`Thái Nguyên`,
                // `Phú Quyền`): a modifier opens a title, not the second word of a name. So is
                // a lower-case one inside a unit's name (`Sở Tài nguyên và Môi trường`) when no
                // role follows it.
                Item::Modifier
                    if was_name
                        && state >= 1
                        && p.to == p.from + 1
                        && (self.doc.is_name_word(p.from)
                            || state < 3
                                && self.doc.case(p.from) == Case::Lower
                                && !self.item(p.to).is_some_and(|(n, _)| {
                                    matches!(n, Item::Role | Item::Modifier)
                                }))
                        && self.doc.spaced(p.from) =>
                {
                    if state == 3 {
                        place.push(p.out.to_string());
                    } else {
                        organ.push(p.out.to_string());
                    }
                    after_name = true;
                }
                // A hyphenated place name: `Bà Rịa-Vũng Tàu`, `Thừa Thiên-Huế` (no spaces).
                Item::Other
                    if was_name
                        && self.tok(j).is_some_and(|t| t.is_char('-'))
                        && self.doc.touches(j)
                        && self.doc.touches(j + 1)
                        && self.item(j + 1).is_some_and(|(n, _)| n == Item::Name) =>
                {
                    let Some(n) = self.piece(j + 1) else { break };
                    let glue = |v: &mut Vec<String>| {
                        if let Some(last) = v.last_mut() {
                            last.push('-');
                            last.push_str(&n.out);
                        }
                    };
                    if state == 3 {
                        glue(&mut place);
                    } else {
                        glue(&mut organ);
                    }
                    glue(&mut seq);
                    after_name = true;
                    j = n.to;
                    continue;
                }
                // The term of an elected body: `khóa XV`, `khoá IX`, `khóa 14`.
                Item::Lower
                    if state >= 2
                        && term.is_none()
                        && matches!(self.doc.key(j), "khóa")
                        && self.tok(j + 1).is_some_and(is_term_number)
                        && self.doc.spaced(j + 1) =>
                {
                    let t = self.doc.slice(j..j + 2).to_string();
                    term = Some(t.clone());
                    seq.push(t);
                    j += 2;
                    continue;
                }
                // `của` between a body and the organ it belongs to: `Hội đồng Dân tộc của
                // Quốc hội`, `Đoàn công tác của Trung ương`.
                Item::Lower
                    if (state == 1 || state == 2)
                        && self.doc.is(j, "của")
                        && self
                            .item(p.to)
                            .is_some_and(|(n, _)| matches!(n, Item::Organ | Item::OrganAbbr)) =>
                {
                    organ.push(p.out.to_string());
                }
                Item::Lower
                    if state == 1
                        && (lower_run < 4 || self.lower_name_closes(j, 12 - lower_run)) =>
                {
                    let k = self.doc.key(p.from);
                    // A word between two capitalised words of a unit's name belongs to it:
                    // `Sở Giáo dục và Đào tạo`, `Trung tâm Dự báo Khí tượng`.
                    let next_name = self.item(p.to).is_some_and(|(n, _)| n == Item::Name)
                        && !self.rank_starts(p.to);
                    let joins_name = next_name && (k == "và" || was_name);
                    if self.is_stop(p.from) && !joins_name {
                        break;
                    }
                    // After the full name of a ministry or a department, a lower-case word is
                    // the sentence's (`Bộ trưởng Bộ Công an kiểm tra …`).
                    if !joins_name && self.lex.is_complete_body(&organ.join(" ")) {
                        break;
                    }
                    lower_run += 1;
                    organ.push(p.out.to_string());
                }
                _ => break,
            }
            seq.push(p.out.into_owned());
            j = next;
        }
        if j == i {
            return None;
        }
        let join = |v: &[String]| (!v.is_empty()).then(|| v.join(" "));
        Some((
            Tail {
                unit: UnitParts {
                    organ: join(&organ),
                    level: level.clone(),
                    place: join(&place),
                    term,
                },
                expanded: seq.join(" "),
                complete,
                open_head: state == 1 && level.is_none(),
            },
            j,
        ))
    }
}

impl Parser<'_, '_, '_> {
    /// Whether token `j` is a number of at most `len` digits (`146` of `Lữ đoàn 146`, `5` of
    /// `phường 5`).
    fn digits_at(&self, j: usize, len: usize) -> bool {
        self.tok(j).is_some_and(|t| {
            t.kind() == TokenKind::Number
                && t.text().len() <= len
                && t.text().bytes().all(|b| b.is_ascii_digit())
        })
    }

    /// Whether a unit-type word of a village (`thôn`, `ấp`, `bản`, `khu phố`, `tổ dân phố`)
    /// ends right before token `j`, or before the `số` right before it.
    fn village_word_before(&self, j: usize) -> bool {
        let j = match j.checked_sub(1) {
            Some(k) if self.doc.is(k, "số") => k,
            _ => j,
        };
        (1..=3).any(|n| {
            j.checked_sub(n)
                .and_then(|k| vocab::unit_type_at(self.doc, k))
                .is_some_and(|tw| tw.len() == n && tw.types().levels().all(|l| l == Level::Village))
        })
    }
}

/// Whether `t` is the number of a term: a Roman numeral (`XV`) or digits (`14`).
fn is_term_number(t: &Token<'_>) -> bool {
    let s = t.text();
    match t.kind() {
        TokenKind::Number => s.bytes().all(|b| b.is_ascii_digit()),
        TokenKind::Word => s.len() <= 7 && s.chars().all(|c| "IVXLC".contains(c)),
        _ => false,
    }
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// The organ, level, place and term of a title (see [`Title`]'s accessors).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub(super) struct UnitParts {
    pub(super) organ: Option<String>,
    pub(super) level: Option<String>,
    pub(super) place: Option<String>,
    pub(super) term: Option<String>,
}

/// What follows a title's role: its unit's parts, expanded, and whether it is complete.
pub(super) struct Tail {
    unit: UnitParts,
    expanded: String,
    complete: bool,
    /// The unit was opened by a head noun and nothing closed it (no complete organ, no level).
    open_head: bool,
}

impl Default for Tail {
    fn default() -> Tail {
        Tail {
            unit: UnitParts::default(),
            expanded: String::new(),
            complete: true,
            open_head: false,
        }
    }
}
