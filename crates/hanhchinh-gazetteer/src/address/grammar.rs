//! The address grammar: an address is cut into parts (at commas and the like), each part into
//! what lies below the commune (house numbers, streets, alleys, buildings, hamlets, groups),
//! which is skipped, and unit names, typed (`phường Phúc Xá`, `P.Phúc Xá`, `Ward 7`,
//! `Tân Bình District`) or bare (`Phúc Xá`), each with its candidates.
//!
//! Only exact and folded candidates are looked up here; misspellings are searched later, inside
//! the units that the rest of the address names (see `chain`).

use hanhchinh_text::{tokenize, Token, TokenKind};

use crate::keys::{
    is_name_token, match_type_word, push_token, push_token_key, split_letter_number, Form, TypeSet,
    TypeWordStyle,
};
use crate::lookup::{Match, MatchKind, Query};
use crate::types::{Level, UnitType};
use crate::walk::Words;
use crate::Gazetteer;

/// Longest name, in tokens, tried at one position.
const MAX_NAME_WORDS: usize = 6;

/// Most candidates kept for one name (a bare `1` or `Tân Hòa` names dozens of units).
const MAX_CANDIDATES: usize = 96;

/// Prefix hits of the key and folded FSTs (reused buffers).
type Scratch = (Vec<(usize, u64)>, Vec<(usize, u64)>);

/// One unit name of an address, with its candidates.
#[derive(Debug, Clone)]
pub(crate) struct Segment<'g> {
    /// Exact and folded candidates (empty when the name is unknown: a misspelling, perhaps).
    pub(crate) matches: Vec<Match<'g>>,
    /// The types named by its type word (empty when bare).
    pub(crate) types: TypeSet,
    /// The type word does not fit: no unit of that type has the name, the candidates are of
    /// other types (`Tỉnh Phúc Xá`).
    pub(crate) contradicts: bool,
    /// The folded name (for the misspelling search).
    pub(crate) fold: String,
    /// Number of words of the name.
    pub(crate) words: usize,
}

impl Segment<'_> {
    /// Whether the segment was written with a type word.
    pub(crate) fn typed(&self) -> bool {
        !self.types.is_empty()
    }

    /// Whether a type word or the name's own candidates make it an administrative unit above
    /// the village.
    pub(crate) fn admin(&self) -> bool {
        self.types.types().any(|t| t.level() != Level::Village)
            || self
                .matches
                .iter()
                .any(|m| m.unit.level() != Level::Village)
    }
}

/// A parsed address.
#[derive(Debug, Default)]
pub(crate) struct Parsed<'g> {
    /// The unit names, in the order written (the most specific first, as Vietnamese addresses
    /// are written).
    pub(crate) segs: Vec<Segment<'g>>,
    /// Name words that were read as a house number, street, building or hamlet.
    pub(crate) skipped_words: usize,
    /// Some word was damaged (next to a replacement character from a lossy decoding).
    pub(crate) damaged: bool,
}

/// One name token of a part.
struct Item<'a> {
    tok: Token<'a>,
    text: &'a str,
    kind: TokenKind,
    ascii: bool,
    dot_after: bool,
}

/// The folded words of a part, built on first use (a part written with diacritics whose names
/// are all found by their canonical keys is never folded).
#[derive(Default)]
struct FoldWords {
    words: Words,
    ready: bool,
}

impl FoldWords {
    fn get(&mut self, items: &[Item<'_>]) -> &Words {
        if !self.ready {
            self.words.clear();
            for it in items {
                self.words
                    .push_with(|b| push_token(it.text, it.kind, Form::Fold, b));
            }
            self.ready = true;
        }
        &self.words
    }
}

/// Buffers reused across the parts of an address.
#[derive(Default)]
struct Bufs {
    kw: Words,
    fw: FoldWords,
    scratch: Scratch,
}

/// English type words (folded), written before a number or name (`Ward 7`, `District 5`) or
/// after a name (`Tân Bình District`, `Ho Chi Minh City`).
const ENGLISH_TYPES: &[(&str, &[UnitType])] = &[
    ("ward", &[UnitType::Phuong]),
    ("commune", &[UnitType::Xa]),
    ("town", &[UnitType::ThiTran, UnitType::ThiXa]),
    (
        "district",
        &[
            UnitType::Quan,
            UnitType::Huyen,
            UnitType::ThiXa,
            UnitType::ThanhPho,
        ],
    ),
    (
        "dist",
        &[
            UnitType::Quan,
            UnitType::Huyen,
            UnitType::ThiXa,
            UnitType::ThanhPho,
        ],
    ),
    ("city", &[UnitType::ThanhPhoTrungUong, UnitType::ThanhPho]),
    ("province", &[UnitType::Tinh]),
];

/// Words that start what lies below the commune: house numbers, streets, alleys, buildings,
/// hamlets and groups, as keys (with diacritics). A word of this list starts such a phrase
/// only when it and the words after it are not the name of a unit (`Đường Lâm`, `Phố Huế`,
/// `Đội Cấn`, `Quốc Oai`, `Lộ 25` are units).
const BELOW_COMMUNE: &[&str] = &[
    // house numbers and buildings
    "số",
    "nhà",
    "lô",
    "tầng",
    "tòa",
    "toà",
    "căn",
    "phòng",
    "km",
    "block",
    // streets and alleys
    "ngõ",
    "ngách",
    "hẻm",
    "kiệt",
    "đường",
    "phố",
    "quốc",
    "ql",
    "đt",
    "tl",
    // hamlets and groups (those that are also village types are tried as typed names first)
    "thôn",
    "ấp",
    "xóm",
    "tổ",
    "khu",
    "kp",
    "tdp",
    "khóm",
    "bản",
    "buôn",
    "đội",
    "làng",
    "cụm",
    "kdc",
    "kđt",
    "kcn",
    "ccn",
];

/// The same, folded, for words written without diacritics, and English words.
const BELOW_COMMUNE_FOLDED: &[&str] = &[
    "so",
    "nha",
    "lo",
    "tang",
    "toa",
    "can",
    "phong",
    "km",
    "block",
    "ngo",
    "ngach",
    "hem",
    "kiet",
    "duong",
    "pho",
    "quoc",
    "ql",
    "dt",
    "tl",
    "thon",
    "ap",
    "xom",
    "to",
    "khu",
    "kp",
    "tdp",
    "khom",
    "ban",
    "buon",
    "doi",
    "lang",
    "cum",
    "kdc",
    "kdt",
    "kcn",
    "ccn",
    "no",
    "number",
    "street",
    "st",
    "str",
    "road",
    "rd",
    "avenue",
    "ave",
    "alley",
    "lane",
    "hamlet",
    "village",
    "group",
    "quarter",
    "building",
    "floor",
    "apartment",
    "apt",
    "house",
    "lot",
];

fn lower_ascii(t: &str) -> Option<String> {
    t.is_ascii().then(|| t.to_ascii_lowercase())
}

/// The English type word a token is, if any.
fn english_type(it: &Item<'_>) -> Option<TypeSet> {
    let l = lower_ascii(it.text)?;
    ENGLISH_TYPES
        .iter()
        .find(|(w, _)| *w == l)
        .map(|(_, t)| TypeSet::of(t))
}

/// Whether a token starts a phrase below the commune.
fn below_commune(it: &Item<'_>, key: &str) -> bool {
    if it.kind == TokenKind::Number || it.kind == TokenKind::Code {
        return false;
    }
    if it.ascii {
        lower_ascii(it.text).is_some_and(|l| BELOW_COMMUNE_FOLDED.contains(&l.as_str()))
    } else {
        BELOW_COMMUNE.contains(&key)
    }
}

/// `F9`, `F.9` (`F` for phường, from the southern pronunciation), besides the `Q1`, `P12` of
/// [`split_letter_number`].
fn letter_number(t: &str) -> Option<(TypeSet, &str)> {
    if let Some(x) = split_letter_number(t) {
        return Some(x);
    }
    let rest = t.strip_prefix('F').or_else(|| t.strip_prefix('f'))?;
    (!rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()))
        .then(|| (TypeSet::of(&[UnitType::Phuong]), rest))
}

fn number_key(num: &str) -> String {
    let n = num.trim_start_matches('0');
    if n.is_empty() { "0" } else { n }.to_string()
}

impl Gazetteer {
    /// The longest name starting at word `from` (at least `min_len` words, at most `max`) with
    /// candidates of the given types: exact and folded keys walked in one pass each.
    #[allow(clippy::too_many_arguments)]
    fn names_at<'g>(
        &'g self,
        items: &[Item<'_>],
        kw: &Words,
        fw: &mut FoldWords,
        from: usize,
        max: usize,
        min_len: usize,
        types: TypeSet,
        scratch: &mut Scratch,
    ) -> Option<(usize, Vec<Match<'g>>)> {
        let d = self.data();
        // Words with diacritics take the folded walk only when no exact key matched; words
        // without diacritics take both (`Nga Thanh` is exact, `Nga Thành` folded).
        let to = (from + max).min(kw.len());
        let all = kw.slice(from, to);
        let ascii = all.is_ascii();
        // Shortcut: the longest possible name (all the words) is usually the name.
        if to > from && to - from >= min_len.max(1) {
            let mut found = Vec::new();
            match d.key_get_with_fold(all.as_bytes()) {
                Some((exact, folded)) => {
                    self.push_postings(Some(exact), types, MatchKind::Exact, &mut found);
                    if ascii {
                        self.push_postings(folded, types, MatchKind::Folded, &mut found);
                    }
                }
                None if ascii => {
                    self.push_postings(
                        d.fold_get(all.as_bytes()),
                        types,
                        MatchKind::Folded,
                        &mut found,
                    );
                }
                None => {}
            }
            if !found.is_empty() {
                return Some((to - from, found));
            }
        }
        kw.prefixes(d.fst_key.as_ref(), from, max, &mut scratch.0);
        if ascii || scratch.0.is_empty() {
            fw.get(items)
                .prefixes(d.fst_fold.as_ref(), from, max, &mut scratch.1);
        } else {
            scratch.1.clear();
        }
        let longest = scratch
            .0
            .iter()
            .chain(scratch.1.iter())
            .map(|h| h.0)
            .max()?;
        for n in (min_len.max(1)..=longest).rev() {
            let mut found = Vec::new();
            let exact = scratch.0.iter().find(|h| h.0 == n).map(|h| h.1);
            let folded = scratch.1.iter().find(|h| h.0 == n).map(|h| h.1);
            self.push_postings(exact, types, MatchKind::Exact, &mut found);
            self.push_postings(folded, types, MatchKind::Folded, &mut found);
            if !found.is_empty() {
                return Some((n, found));
            }
        }
        None
    }

    /// Parses an address (see the module documentation).
    pub(crate) fn parse_address<'g>(&'g self, address: &str) -> Parsed<'g> {
        let mut parsed = Parsed::default();
        let mut part: Vec<Item<'_>> = Vec::with_capacity(16);
        let mut bufs = Bufs::default();
        bufs.kw.reserve(address.len().min(4096) + 8, 16);
        // End of the last token, and whether it was a replacement character.
        let mut last_end = usize::MAX;
        let mut after_bad = false;
        for t in tokenize(address) {
            let touches = t.start() == last_end;
            let bad = t.text().contains('\u{FFFD}');
            last_end = t.end();
            if bad {
                // A word glued to a replacement character is damaged: it names nothing.
                if touches && part.last().is_some_and(|l| l.tok.end() == t.start()) {
                    part.pop();
                }
                parsed.damaged = true;
                after_bad = true;
                continue;
            }
            let glued_to_bad = after_bad && touches;
            after_bad = false;
            if is_name_token(&t) {
                if glued_to_bad {
                    after_bad = true;
                    continue;
                }
                part.push(Item {
                    tok: t,
                    text: t.text(),
                    kind: t.kind(),
                    ascii: t.text().is_ascii(),
                    dot_after: false,
                });
            } else if matches!(t.text(), "," | ";" | "|" | "(" | ")" | "\n" | "/") {
                self.parse_part(&part, &mut bufs, &mut parsed);
                part.clear();
            } else if t.text() == "." {
                if let Some(last) = part.last_mut() {
                    last.dot_after = true;
                }
            }
        }
        self.parse_part(&part, &mut bufs, &mut parsed);
        parsed
    }

    /// Whether a unit type word (province, district or commune level; Vietnamese, abbreviated
    /// or English), or a letter-number code (`Q1`, `P12`, `F9`), starts at `pos`.
    fn admin_type_at(items: &[Item<'_>], kw: &Words, pos: usize) -> bool {
        let Some(it) = items.get(pos) else {
            return false;
        };
        if english_type(it).is_some() || letter_number(it.text).is_some() {
            return true;
        }
        if it.text == "F" || it.text == "f" {
            return it.dot_after;
        }
        let (words, ascii) = words_at(items, kw, pos);
        match match_type_word(&words[..], &ascii[..], true) {
            Some(m) => {
                let admin = m.types.types().any(|t| t.level() != Level::Village);
                let letter_ok = m.style != TypeWordStyle::Letter
                    || items.get(pos + m.len - 1).is_some_and(|i| i.dot_after)
                    || items
                        .get(pos + m.len)
                        .is_some_and(|i| i.kind == TokenKind::Number);
                admin && letter_ok
            }
            None => false,
        }
    }

    /// Cuts one comma-separated part into unit names and skipped phrases.
    fn parse_part<'g>(&'g self, items: &[Item<'_>], bufs: &mut Bufs, out: &mut Parsed<'g>) {
        let n = items.len();
        if n == 0 {
            return;
        }
        let before = out.segs.len();
        let Bufs { kw, fw, scratch } = bufs;
        kw.clear();
        fw.ready = false;
        for it in items {
            kw.push_with(|b| push_token_key(&it.tok, b));
        }
        let kw = &*kw;
        let mut skipped_any = false;
        let mut pos = 0;
        // A part that starts with a number followed by words is a house number and a street
        // (`12 Nguyễn Trãi`, `12/3 Lê Lợi`): skip to the first type word.
        if n > 1
            && items
                .first()
                .is_some_and(|i| matches!(i.kind, TokenKind::Number | TokenKind::Code))
            && letter_number(items.first().map_or("", |i| i.text)).is_none()
            && items.get(1).is_some_and(|i| i.kind == TokenKind::Word)
        {
            let end = (1..n)
                .find(|&k| Self::admin_type_at(items, kw, k))
                .unwrap_or(n);
            out.skipped_words += end;
            skipped_any = true;
            pos = end;
        }
        while pos < n {
            let rest = items.get(pos..).unwrap_or(&[]);
            let Some(first) = rest.first() else { break };
            let (words, ascii) = words_at(items, kw, pos);
            let key = kw.slice(pos, pos + 1);
            // A type word (Vietnamese or abbreviated) and the name after it.
            let mut typed: Option<(usize, Segment<'g>)> = None;
            if let Some(m) = match_type_word(&words[..], &ascii[..], true) {
                let letter_ok = m.style != TypeWordStyle::Letter
                    || rest.get(m.len - 1).is_some_and(|i| i.dot_after)
                    || rest.get(m.len).is_some_and(|i| i.kind == TokenKind::Number);
                // `tỉnh lộ 5` is a road.
                let road = key == "tỉnh" && kw.slice(pos + 1, pos + 2) == "lộ";
                let avail = rest.len().saturating_sub(m.len).min(MAX_NAME_WORDS);
                if letter_ok && !road && avail > 0 {
                    typed = Some(self.typed_name(items, kw, fw, pos, m.len, m.types, scratch));
                }
            } else if let Some(ty) = english_type(first) {
                // `Ward 7`, `District 5`, `Province Long An`.
                if rest.len() > 1 {
                    typed = Some(self.typed_name(items, kw, fw, pos, 1, ty, scratch));
                }
            } else if let Some((types, num)) = letter_number(first.text) {
                typed = Some((1, self.number_segment(types, num)));
            } else if (first.text == "F" || first.text == "f")
                && first.dot_after
                && rest.get(1).is_some_and(|i| i.kind == TokenKind::Number)
            {
                let num = rest.get(1).map_or("", |i| i.text);
                typed = Some((
                    2,
                    self.number_segment(TypeSet::of(&[UnitType::Phuong]), num),
                ));
            }
            if let Some((len, seg)) = &typed {
                let village_miss = seg.matches.is_empty()
                    && seg.types.types().all(|t| t.level() == Level::Village);
                if !village_miss {
                    let len = *len;
                    if let Some((_, seg)) = typed {
                        out.segs.push(seg);
                    }
                    pos += len.max(1);
                    continue;
                }
                // A hamlet or group unknown to the gazetteer: skipped below.
            }
            // A bare name: one word only when it is the whole part (`Huế`, `Hanoi`).
            let min_len = if n == 1 { 1 } else { 2 };
            let bare = self.names_at(
                items,
                kw,
                fw,
                pos,
                MAX_NAME_WORDS,
                min_len,
                TypeSet::EMPTY,
                scratch,
            );
            if let Some((len, mut matches)) = bare {
                // An English type word after the name restricts it (`Tân Bình District`).
                let mut types = TypeSet::EMPTY;
                let mut contradicts = false;
                let mut covered = len;
                if let Some(ty) = rest.get(len).and_then(english_type) {
                    types = ty;
                    covered += 1;
                    let fitting: Vec<Match<'g>> = matches
                        .iter()
                        .copied()
                        .filter(|m| ty.contains(m.unit.unit_type()))
                        .collect();
                    if fitting.is_empty() {
                        contradicts = true;
                    } else {
                        matches = fitting;
                    }
                }
                matches.truncate(MAX_CANDIDATES);
                out.segs.push(Segment {
                    matches,
                    types,
                    contradicts,
                    fold: fw.get(items).slice(pos, pos + len).to_string(),
                    words: len,
                });
                pos += covered;
                continue;
            }
            if typed.is_some() || below_commune(first, key) {
                // Below the commune: up to the next type word of a unit.
                let end = (pos + 1..n)
                    .find(|&k| Self::admin_type_at(items, kw, k))
                    .unwrap_or(n);
                out.skipped_words += end - pos;
                skipped_any = true;
                pos = end;
                continue;
            }
            pos += 1;
        }
        if out.segs.len() == before && !skipped_any && n <= MAX_NAME_WORDS {
            // Nothing known in a part of a few words: perhaps a misspelt name (searched later).
            let fold = fw.get(items).slice(0, n).to_string();
            out.segs.push(Segment {
                matches: Vec::new(),
                types: TypeSet::EMPTY,
                contradicts: false,
                fold,
                words: n,
            });
        }
    }

    /// The name after a type word of `tw_len` words at `pos`: the longest name of one of the
    /// types; else, when the rest of the part names units of other types, those (marked as
    /// contradicting the type word); else an unknown name (a misspelling, perhaps) up to the
    /// next type word. Returns the words covered (type word included) and the segment.
    #[allow(clippy::too_many_arguments)]
    fn typed_name<'g>(
        &'g self,
        items: &[Item<'_>],
        kw: &Words,
        fw: &mut FoldWords,
        pos: usize,
        tw_len: usize,
        types: TypeSet,
        scratch: &mut Scratch,
    ) -> (usize, Segment<'g>) {
        let from = pos + tw_len;
        let avail = items.len().saturating_sub(from).min(MAX_NAME_WORDS);
        // The name runs at most to the next type word.
        let limit = (from + 1..from + avail)
            .find(|&k| Self::admin_type_at(items, kw, k))
            .map_or(avail, |k| k - from);
        let found = self.names_at(items, kw, fw, from, avail, 1, types, scratch);
        // A name that stops before the next type word may be a misspelling of a longer one.
        let (len, matches, contradicts) = match found {
            Some((len, m)) if len >= limit || limit > 4 => (len, m, false),
            Some((len, m)) => {
                // The whole run up to the next type word is not a name: a misspelling of it
                // (`Dư Hàng Kên` for `Dư Hàng Kênh`) is better than a shorter exact prefix.
                let fold = fw.get(items).slice(from, from + limit).to_string();
                let q = Query {
                    types,
                    key: fold.clone(),
                    fold,
                    words: limit,
                };
                let mut fuzzy = Vec::new();
                self.fuzzy_into(&q, &mut fuzzy);
                if fuzzy.is_empty() {
                    (len, m, false)
                } else {
                    (limit, fuzzy, false)
                }
            }
            None => match self.names_at(items, kw, fw, from, avail, 1, TypeSet::EMPTY, scratch) {
                Some((len, m)) => (len, m, true),
                None => (limit, Vec::new(), false),
            },
        };
        let mut matches = matches;
        matches.truncate(MAX_CANDIDATES);
        let seg = Segment {
            matches,
            types,
            contradicts,
            fold: fw.get(items).slice(from, from + len).to_string(),
            words: len,
        };
        (tw_len + len, seg)
    }

    /// `Quận 1`, `Q1`, `P.12`, `F9`: a number after a one-letter type.
    fn number_segment<'g>(&'g self, types: TypeSet, num: &str) -> Segment<'g> {
        let key = number_key(num);
        let q = Query {
            types,
            key: key.clone(),
            fold: key.clone(),
            words: 1,
        };
        let mut matches = Vec::new();
        self.lookup_query(&q, &mut matches);
        Segment {
            matches,
            types,
            contradicts: false,
            fold: key,
            words: 1,
        }
    }
}

/// The keys of the (up to three) words at `pos`, and whether each is ASCII.
fn words_at<'k>(items: &[Item<'_>], kw: &'k Words, pos: usize) -> (Vec<&'k str>, Vec<bool>) {
    let m = items.len().saturating_sub(pos).min(3);
    let mut words = Vec::with_capacity(m);
    let mut ascii = Vec::with_capacity(m);
    for k in 0..m {
        words.push(kw.slice(pos + k, pos + k + 1));
        ascii.push(items.get(pos + k).is_some_and(|i| i.ascii));
    }
    (words, ascii)
}
