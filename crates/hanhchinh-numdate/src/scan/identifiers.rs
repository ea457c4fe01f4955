//! Numbers that name rather than count: the number of a document (`Chỉ thị số 34`), of a
//! place (`quận 1`, `tổ dân phố số 7`, `Km 25`), of a house (`123 Lê Lợi`), a label
//! (`đơn vị bầu cử số 4`, `báo động 2`), a day of the lunar calendar, and a number that ends
//! a name (`Cầu Rào 2`). Such a number gives no item.

use std::sync::OnceLock;

use hanhchinh_text::vocab::{self, Level, UnitType};
use hanhchinh_text::{Case, TokenKind};

use super::cues::{self, AFTER_DATE_WORDS, NUMBER_CUES};
use super::{Scan, Source};

impl<'a, S: Source<'a>> Scan<'_, 'a, S> {
    /// The number token `i` follows a document type (`Chỉ thị 05`, `Chỉ thị số 34`,
    /// `Quyết định số 12/2023`): it identifies the document.
    pub(super) fn is_document_number(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        if !self.spaced(i) || !self.tok(p).is_some_and(|t| t.kind() == TokenKind::Word) {
            return false;
        }
        let doc = |a: usize| self.doc_type_ends_at(a);
        doc(p) || (self.is_word(p, "số") && p > 0 && self.spaced(p) && doc(p - 1))
    }

    /// The number token `i` (spaced, after a word) labels a thing rather than counting it: the
    /// number after `số` that follows a numbered thing (a numbered unit type, `tổ dân phố số
    /// 7`; a name of [`cues::LABEL_HEADS`], `đơn vị bầu cử số 4`, `thửa đất số 120`; an institution's
    /// name, a place noun followed by a capitalised word, `Trường Mầm non số 1`, `Bệnh viện Đa
    /// khoa số 2`), and the alarm level of a river (`trên báo động 2`).
    fn is_label_number(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        if p > 0 && self.is_word(p, "động") && self.is_word(p - 1, "báo") && self.spaced(p) {
            return self.int(i).is_some_and(|n| (1..=3).contains(&n));
        }
        let Some(h) = p.checked_sub(1) else {
            return false;
        };
        if !self.is_word(p, "số")
            || !self.spaced(p)
            || self.kind(h) != Some(TokenKind::Word)
            || self.word_in(h, cues::AMOUNT_BEFORE_SO)
        {
            return false;
        }
        if self.names_numbered_place(h) {
            return true;
        }
        let last = self.key(h);
        if label_heads()
            .iter()
            .any(|(w, before)| *w == &*last && self.words_end_at(before, h))
        {
            return true;
        }
        // An institution: a place noun within the three words before, the word after it
        // capitalised, all of them words (`Trường THCS số 2`; not `Trường có tổng số`).
        (h.saturating_sub(3)..h).any(|t| {
            vocab::is_place_noun(&self.key(t))
                && self.cap(t + 1)
                && (t + 1..=h).all(|k| self.kind(k) == Some(TokenKind::Word) && self.spaced(k))
        })
    }

    /// The digits of token `i` are a code, not a count: with a leading zero and three digits
    /// or more (`0237`, the area code of a phone; `038090012345`, an identity card), glued to
    /// capitals before or after (`RON95`, `5G`), nine or more digits with no grouping and no
    /// unit after (`2800123456`, a tax code: a count that large is written grouped), the
    /// groups of a phone number after its label or its area code (`Fax: (0237) 3 852 124`),
    /// and the digits of a web address (`https://thanhhoa.gov.vn/tin-tuc/2025/12/05`).
    fn is_code_number(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else {
            return false;
        };
        let digits = t.text();
        // A number alone is what was asked for (`parse_number("2800123456")`).
        let alone = self.src.tokens().len() == 1;
        if alone || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        if digits.len() >= 3 && digits.starts_with('0') {
            return true;
        }
        // Glued to a word in capitals: the digits of a code (`RON95`, a fuel's grade).
        let glued_capitals = i.checked_sub(1).is_some_and(|p| {
            self.glued(i)
                && self.kind(p) == Some(TokenKind::Word)
                && self.src.case(p) == Case::Upper
                && self
                    .tok(p)
                    .is_some_and(|t| t.text().chars().filter(|c| c.is_alphabetic()).count() >= 2)
        });
        // Capitals glued after, no unit: a code too (`5G`, `3D`, `lớp 12A`).
        let capitals_after = self.glued(i + 1)
            && self.kind(i + 1) == Some(TokenKind::Word)
            && self
                .tok(i + 1)
                .is_some_and(|t| t.text().chars().all(|c| c.is_uppercase()))
            && self.unit_at(i + 1).is_none();
        if glued_capitals || capitals_after {
            return true;
        }
        if digits.len() >= 9 && self.unit_at(i + 1).is_none() {
            return true;
        }
        // A number inside a web address is glued to the slash or dot before it.
        self.in_phone_number(i) || (!self.spaced(i) && self.in_web_address(t.start()))
    }

    /// Token `i` continues a phone number: going back over numbers and the punctuation of
    /// phone numbers (`(`, `)`, `.`, `-`, `+`, `:`), at most eight tokens, to a group with a
    /// leading zero, or to a phone's label (`điện thoại`, `ĐT`, `Fax`, `Hotline`, `di động`)
    /// with a colon, a bracket or a plus sign after it or a group of six digits or more.
    fn in_phone_number(&self, i: usize) -> bool {
        // After a label, a colon, a bracket or a long group says a number follows, not a
        // count (`cuộc điện thoại 39 giây`, a call of 39 seconds).
        let mut marked = self.tok(i).is_some_and(|t| t.text().len() >= 6);
        let mut k = i;
        for _ in 0..8 {
            let Some(p) = k.checked_sub(1) else {
                return false;
            };
            match self.kind(p) {
                Some(TokenKind::Number) => {
                    let t = self.tok(p).map_or("", |t| t.text());
                    if t.len() >= 3 && t.starts_with('0') && t.bytes().all(|b| b.is_ascii_digit()) {
                        return true;
                    }
                }
                Some(TokenKind::Punct) if self.is_punct(p, &['(', ')', '.', '-', '+', ':']) => {
                    marked |= self.is_punct(p, &['(', ':', '+']);
                }
                Some(TokenKind::Word) => {
                    let pair = |a: &'static str, b: &'static str| {
                        self.is_word(p, b) && p > 0 && self.is_word(p - 1, a)
                    };
                    let label = self.word_in(p, cues::PHONE_LABELS)
                        || pair("điện", "thoại")
                        || pair("di", "động");
                    return label && marked;
                }
                _ => return false,
            }
            k = p;
        }
        false
    }

    /// Whether byte `start` is inside a web address: the text before it, back to a white space
    /// (at most 200 bytes), holds `://` or begins with `www.`.
    fn in_web_address(&self, start: usize) -> bool {
        let text = self.src.text();
        let mut lo = start.saturating_sub(200);
        while lo > 0 && !text.is_char_boundary(lo) {
            lo -= 1;
        }
        let Some(before) = text.get(lo..start) else {
            return false;
        };
        let word = before.rsplit(char::is_whitespace).next().unwrap_or(before);
        word.contains("://")
            || word
                .get(..4)
                .is_some_and(|w| w.eq_ignore_ascii_case("www."))
    }

    /// The number token `i` is a house's, before the name of its street: two to four words in
    /// title case, then a comma and a unit-type word (`123 Lê Lợi, P. Bến Nghé`, `45 Trần Phú,
    /// phường Hạc Thành`), or after `tại`, `ở`, `Địa chỉ:` (`ở 12 Nguyễn Huệ`); or after `số`
    /// before a street or an alley (`số 8, đường Lê Duẩn`). Not a count of
    /// things written with a capital (`34 Bằng khen`, `25 Huy chương Vàng`: the second word is
    /// in lower case).
    fn is_house_number(&self, i: usize) -> bool {
        let short = self.tok(i).is_some_and(|t| t.text().len() <= 4);
        if !short || self.int(i).is_none() {
            return false;
        }
        // `số nhà 36 Lý Nam Đế`: the number of a house.
        if i >= 2 && self.is_word(i - 1, "nhà") && self.is_word(i - 2, "số") && self.spaced(i) {
            return true;
        }
        // `số 8, đường Lê Duẩn`, `số 12 ngõ 34`: a street or an alley, named or numbered, after
        // the number that `số` labels.
        let street = if self.is_punct(i + 1, &[',']) {
            i + 2
        } else {
            i + 1
        };
        if i.checked_sub(1).is_some_and(|p| self.is_word(p, "số"))
            && self.spaced(i)
            && self.spaced(street)
            && (self.word_in(street, cues::STREET_NOUNS) || self.word_in(street, cues::ALLEY_NOUNS))
            && self.spaced(street + 1)
            && (self.cap(street + 1) || self.is_number(street + 1))
        {
            return true;
        }
        let mut end = i;
        while end < i + 4 && self.spaced(end + 1) && self.src.case(end + 1) == Case::Title {
            end += 1;
        }
        if end < i + 2 || !self.kind(end).is_some_and(|k| k == TokenKind::Word) {
            return false;
        }
        if (i + 1..=end).any(|k| self.kind(k) != Some(TokenKind::Word)) {
            return false;
        }
        let address_after = self.is_punct(end + 1, &[','])
            && self.spaced(end + 2)
            && (vocab::is_type_word_start(&self.key(end + 2))
                || vocab::is_type_abbreviation(&self.key(end + 2)));
        let mut p = i.checked_sub(1);
        if let Some(q) = p.filter(|&q| self.is_punct(q, &[':'])) {
            p = q.checked_sub(1);
        }
        let place_before = p.is_some_and(|p| self.word_in(p, &["tại", "ở", "chỉ"]));
        address_after || place_before
    }

    /// The name of a type of document ends at token `a` (`Chỉ thị`, `Quyết định`, `Luật`,
    /// `Thông tư liên tịch`: the vocabulary's table of document types), or the generic
    /// `văn bản`.
    pub(super) fn doc_type_ends_at(&self, a: usize) -> bool {
        if self.kind(a) != Some(TokenKind::Word) {
            return false;
        }
        let last = self.key(a);
        let names = doc_type_names();
        let from = names.partition_point(|(w, _)| *w < &*last);
        names
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(|(w, _)| *w == &*last)
            .any(|(_, before)| self.words_end_at(before, a))
    }

    /// The words `before` (lookup keys, in order) stand right before token `a`, spaced.
    fn words_end_at(&self, before: &[&str], a: usize) -> bool {
        before.len() <= a
            && before.iter().rev().enumerate().all(|(n, w)| {
                let at = a - n - 1;
                self.spaced(at + 1) && self.key(at) == *w
            })
    }

    /// The place word(s) ending at token `p` take a number as their name (`quận 1`, `Phường
    /// 3`, `thôn 2`, `tổ dân phố 5`, `khu phố 4`, `quốc lộ 5`): the unit types that are
    /// numbered (urban districts, wards and every village-level type, from the vocabulary),
    /// and `xóm`, `tổ`, `lộ`, the residential groups and the kilometre posts (`Km 25`).
    pub(super) fn names_numbered_place(&self, p: usize) -> bool {
        if self.kind(p) != Some(TokenKind::Word) {
            return false;
        }
        let last = self.key(p);
        numbered_type_words()
            .iter()
            .any(|(w, before)| *w == &*last && self.words_end_at(before, p))
    }

    /// Token `i`, a day after `ngày`, `mùng` or `mồng` (or the second day of a range after
    /// one: `mùng 13 - 15`), is a day of the lunar calendar, by the words after the day (see
    /// [`Scan::lunar_after`]).
    fn is_lunar_day(&self, i: usize) -> bool {
        let cue = |k: usize| self.word_in(k, &["ngày", "mùng", "mồng"]);
        let dash_before = i >= 3 && self.is_dash(i - 1) && self.int(i - 2).is_some() && cue(i - 3);
        if !(i > 0 && cue(i - 1) || dash_before) || !self.int(i).is_some_and(|d| d <= 31) {
            return false;
        }
        let after = if self.is_dash(i + 1) && self.int(i + 2).is_some() {
            i + 3
        } else {
            i + 1
        };
        self.lunar_after(after)
    }

    /// Token `k` is the kilometre of a post on a road (lý trình): a number after `km`
    /// (`Km 25`), or `km` glued to its number (`Km25`, a code).
    fn is_kilometre_post(&self, k: usize) -> bool {
        match self.kind(k) {
            Some(TokenKind::Number) => k > 0 && self.spaced(k) && self.key(k - 1) == "km",
            Some(TokenKind::Code) => self
                .key(k)
                .strip_prefix("km")
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())),
            _ => false,
        }
    }

    /// The integer `i` is the period of a rate, glued by a slash to the unit before it
    /// (`70mm/24h`, `50mm/12h`: the rainfall of 24 hours): no number and no time.
    pub(super) fn is_rate_period(&self, i: usize) -> bool {
        i >= 2
            && self.glued(i)
            && self.glued(i - 1)
            && self.is_punct(i - 1, &['/'])
            && self.kind(i - 2) == Some(TokenKind::Word)
            && self.unit_at(i - 2).is_some()
    }

    /// A plain integer that is part of a name or a document number (`Cầu Rào 2`,
    /// `Chỉ thị số 34`).
    pub(super) fn is_identifier(&self, i: usize) -> bool {
        if self.is_code_number(i) {
            return true;
        }
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        // `Q.1`, `P.12`: a number glued to the dot of an abbreviated unit-type word (a
        // capital) is the name of the unit, as `quận 1` is.
        if p > 0
            && self.glued(i)
            && self.glued(p)
            && self.is_punct(p, &['.'])
            && self.cap(p - 1)
            && vocab::is_type_abbreviation(&self.key(p - 1))
        {
            return true;
        }
        // A day of the lunar calendar (`ngày 15 tháng Giêng`, `mùng 1 Tết`, `mùng 13 - 15
        // tháng Giêng`): no solar date, and no number either.
        if self.is_lunar_day(i) {
            return true;
        }
        // `Km 25+500`, `Km25+500`: the metres after the kilometre of a road's post.
        if p > 0
            && self.glued(i)
            && self.glued(p)
            && self.tok(p).is_some_and(|t| t.text() == "+")
            && self.is_kilometre_post(p - 1)
        {
            return true;
        }
        if self.is_house_number(i) {
            return true;
        }
        if !self.spaced(i) || !self.tok(p).is_some_and(|t| t.kind() == TokenKind::Word) {
            return false;
        }
        if self.is_document_number(i) || self.is_label_number(i) {
            return true;
        }
        // `năm`, `tháng` after the number count years or months (`Lê Văn Hòa 12 năm tù`)
        // unless a year or a month follows (`Trung ương 8 năm 2023`).
        let duration = self.word_in(i + 1, &["năm", "tháng"])
            && !(self.spaced(i + 2) && self.is_number(i + 2));
        // `khóa` after it names the term the numbered event belongs to (`Trung ương 4 khóa
        // XII`, the fourth plenum of the twelfth term), no noun counted.
        let noun_after = self.spaced(i + 1)
            && self.tok(i + 1).is_some_and(|t| t.kind() == TokenKind::Word)
            && !self.cap(i + 1)
            && (duration || !self.word_in(i + 1, AFTER_DATE_WORDS))
            && !self.is_word(i + 1, "khóa");
        // An abbreviation of what is counted after a lowercase word (`còn 36 ĐVHC`, `có 12
        // HTX`); after a capitalised name it may be a name's suffix (`cầu Bình Triệu 2 LBKT`).
        let acronym_after = self.spaced(i + 1)
            && matches!(self.kind(i + 1), Some(TokenKind::Word | TokenKind::Code))
            && self.src.case(i + 1) == Case::Upper
            && self
                .tok(i + 1)
                .is_some_and(|t| t.text().chars().filter(|c| c.is_alphabetic()).count() >= 2)
            && !self.cap(p);
        // `quận 1`, `Phường 3`, `quốc lộ 5`, `tổ 12`: the number is the name of the place,
        // unless people or households are counted (`khối xã, phường 18 người`).
        if self.names_numbered_place(p) {
            let place_after = vocab::is_type_word_start(&self.key(i + 1))
                || vocab::is_place_noun(&self.key(i + 1));
            let counted = self.count_noun_at(i + 1) && !place_after;
            // An amount after the word (`một khoản 2 tỷ đồng`): scale words, then the unit.
            let (_, amount_end) = self.scales_after(i, false);
            return !(counted || self.unit_at(amount_end + 1).is_some());
        }
        if noun_after || acronym_after {
            return false;
        }
        // `(Quảng Trị 1, Đà Nẵng 2, ...)`: a count after each name of a list.
        if self.in_count_list(i) {
            return false;
        }
        if self.word_in(p, NUMBER_CUES) {
            return false;
        }
        // The first of a list of numbers (`Huy hiệu 30, 40, 45 năm tuổi Đảng`): counts, not
        // the numeral of a name.
        if (self.is_punct(i + 1, &[',']) || self.is_word(i + 1, "và")) && self.is_number(i + 2) {
            return false;
        }
        let cap = |a: usize| self.cap_word(a);
        let word = |a: usize| self.tok(a).is_some_and(|t| t.kind() == TokenKind::Word);
        let Some(p2) = p.checked_sub(1) else {
            return false;
        };
        if cap(p) {
            return word(p2) && self.spaced(p) && !self.sentence_initial(p);
        }
        cap(p2)
            && self.spaced(p)
            && p2 > 0
            && word(p2 - 1)
            && self.spaced(p2)
            && !self.sentence_initial(p2)
    }
}

/// The names of the document types of the vocabulary, and `văn bản`, as (last word, the words
/// before it), sorted by last word.
fn doc_type_names() -> &'static [(&'static str, Vec<&'static str>)] {
    static NAMES: OnceLock<Vec<(&'static str, Vec<&'static str>)>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut v: Vec<(&'static str, Vec<&'static str>)> = vocab::doc_types()
            .iter()
            .map(|d| d.key())
            .chain(["văn bản"])
            .filter_map(last_and_before)
            .collect();
        v.sort();
        v.dedup();
        v
    })
}

/// The words of the numbered unit types (urban districts, wards, every village-level type) of
/// the vocabulary and `xóm`, `tổ`, `lộ`, and the local names of the residential group that
/// Thông tư 04/2012/TT-BNV lists beside `tổ dân phố` (`khóm`, `khối`, `tiểu khu`: `khóm 3,
/// phường 1`), and `km` before a number, the kilometre post of a road (`Km 25`, lý trình), and
/// the provincial and district roads (`đường tỉnh 741`, `đường huyện 12`: Luật Giao thông
/// đường bộ names the road classes so), the ring roads of the two big cities (`Vành đai 4`,
/// as the transport plans number them), the alleys (`ngõ 34`, `ngách 5`, `hẻm 120`, `kiệt
/// 12`), and the parts of a legal text (`Chương II`, `khoản 2 Điều 79`: Luật Ban hành văn bản
/// quy phạm pháp luật lays a text out in phần, chương, mục, tiểu mục, điều, khoản, điểm; the
/// points are lettered), as (last word, the words before it).
fn numbered_type_words() -> &'static [(&'static str, Vec<&'static str>)] {
    static WORDS: OnceLock<Vec<(&'static str, Vec<&'static str>)>> = OnceLock::new();
    WORDS.get_or_init(|| {
        UnitType::ALL
            .iter()
            .filter(|t| {
                matches!(t, UnitType::Quan | UnitType::Phuong) || t.level() == Level::Village
            })
            .map(|t| t.vietnamese())
            .chain(["xóm", "tổ", "lộ", "khóm", "khối", "tiểu khu", "km"])
            .chain(["đường tỉnh", "đường huyện", "vành đai"])
            .chain(cues::ALLEY_NOUNS.iter().copied())
            .chain(["phần", "chương", "mục", "tiểu mục", "điều", "khoản"])
            .filter_map(last_and_before)
            .collect()
    })
}

/// The names of [`cues::LABEL_HEADS`] as (last word, the words before it).
fn label_heads() -> &'static [(&'static str, Vec<&'static str>)] {
    static HEADS: OnceLock<Vec<(&'static str, Vec<&'static str>)>> = OnceLock::new();
    HEADS.get_or_init(|| {
        cues::LABEL_HEADS
            .iter()
            .copied()
            .filter_map(last_and_before)
            .collect()
    })
}

/// A name of words (lookup keys separated by spaces) as its last word and the words before it,
/// the shape the tests after a number read (`đơn vị bầu cử` -> (`cử`, [`đơn`, `vị`, `bầu`])).
fn last_and_before(name: &'static str) -> Option<(&'static str, Vec<&'static str>)> {
    let mut words: Vec<&'static str> = name.split(' ').collect();
    let last = words.pop()?;
    Some((last, words))
}
