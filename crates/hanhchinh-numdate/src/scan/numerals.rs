//! Number words: Roman numerals after a word that asks for one (`khóa XIII`, `quý I/2023`),
//! ordinal words (`Thứ nhất`, `lần thứ hai`), spelled-out numbers (`hai mươi mốt`), and the
//! dispatch of the words that start one of these or a lunar year.

use std::borrow::Cow;

use hanhchinh_text::TokenKind;

use super::cues::{CAN, ORDINAL_MARKERS, ORDINAL_NOUNS, ROMAN_CUES};
use super::digits::{parse_plain, small};
use super::{Scan, Source};
use crate::words;
use crate::{Decimal, Numeral, Value};

impl<'a, S: Source<'a>> Scan<'_, 'a, S> {
    pub(super) fn at_word(&mut self, i: usize) -> Option<usize> {
        let t = *self.tok(i)?;
        let text = t.text();
        // Roman numerals after a word that asks for one: khóa XIII, quý I, lần thứ XIII.
        if text
            .as_bytes()
            .first()
            .is_some_and(|b| b"IVXLCDM".contains(b))
        {
            let roman_part = text.split('/').next().unwrap_or("");
            if roman_part.bytes().all(|b| b"IVXLCDM".contains(&b)) {
                return self.roman(i, roman_part);
            }
        }
        if t.kind() == TokenKind::Code {
            return self.slashed_count(i);
        }
        if t.kind() != TokenKind::Word {
            return None;
        }
        let k = self.src.special(i)?;
        if k == "thứ" {
            return self.ordinal_word(i);
        }
        if words::starts_number(k) {
            return self.spelled(i);
        }
        if CAN.contains(&k) && self.cap(i) {
            return self.lunar(i);
        }
        None
    }

    pub(super) fn roman(&mut self, i: usize, numeral: &str) -> Option<usize> {
        let p = i.checked_sub(1)?;
        if !self.spaced(i) || !self.word_in(p, ROMAN_CUES) || self.tok(p)?.start() < self.last_end {
            return None;
        }
        // `Đại hội XIII`: `hội` counts only after `đại`.
        if self.is_word(p, "hội") && !(p > 0 && self.spaced(p) && self.is_word(p - 1, "đại")) {
            return None;
        }
        if self.is_word(p, "đoạn") && !(p > 0 && self.spaced(p) && self.is_word(p - 1, "giai")) {
            return None;
        }
        let n = words::roman(numeral)?;
        let t = *self.tok(i)?;
        if self.is_word(p, "quý") && (1..=4).contains(&n) {
            // quý I/2023 (one code token or three tokens), quý I năm 2023
            let year = if let Some((_, y)) = t.text().split_once('/') {
                small(y).filter(|_| y.len() == 4).map(|y| (y, i))
            } else if self.is_punct(i + 1, &['/']) && self.glued(i + 1) && self.glued(i + 2) {
                self.year(i + 2).map(|y| (y as u32, i + 2))
            } else if self.is_word(i + 1, "năm") && self.spaced(i + 1) && self.spaced(i + 2) {
                self.year(i + 2).map(|y| (y as u32, i + 2))
            } else {
                None
            };
            if let Some((y, last)) = year {
                return self.quarter(p, last, u32::from(n), y);
            }
            // `quý I và quý II/2025`: the year written with the last of a list.
            if let Some(next) = self.shared_year_list(i, true) {
                return Some(next);
            }
        }
        if t.text().contains('/') {
            return None;
        }
        Some(self.push_ordinal(p, i, n.into(), Numeral::Roman))
    }

    /// An ordinal of value `n` whose numeral ends at token `last`, after the word `p` (in the
    /// span when it is an ordinal marker, see [`ordinal_start`](Self::ordinal_start)).
    fn push_ordinal(&mut self, p: usize, last: usize, n: i64, numeral: Numeral) -> usize {
        let v = Value::Number {
            value: Decimal::from_int(n),
            numeral,
            ordinal: true,
        };
        let first = self.ordinal_start(p).unwrap_or(last);
        self.push(first, last, v, None)
    }

    /// The first token of an ordinal whose numeral follows the word `p`: the ordinal marker
    /// itself (`thứ`, `khóa`, `lần`) belongs in the span, with `lần` before `thứ` (`lần thứ
    /// XIII`, `khóa XIII`, `kỳ họp thứ 4`, `lần 3`); other cue words (`quý I`, `lớp 10`, `đợt
    /// 2`) stay out. `None` when `p` is no such marker or is not free.
    pub(super) fn ordinal_start(&self, p: usize) -> Option<usize> {
        if self.tok(p)?.start() < self.last_end || !self.spaced(p + 1) {
            return None;
        }
        match self.word_match(p, ORDINAL_MARKERS)? {
            "thứ" => Some(
                p.checked_sub(1)
                    .filter(|&q| {
                        self.spaced(p)
                            && self.is_word(q, "lần")
                            && self.tok(q).is_some_and(|t| t.start() >= self.last_end)
                    })
                    .unwrap_or(p),
            ),
            _ => Some(p),
        }
    }

    /// `Thứ nhất`, `lần thứ hai`, `Thứ năm, ...` (not the weekday `Thứ hai, ngày 5/6`).
    pub(super) fn ordinal_word(&mut self, i: usize) -> Option<usize> {
        let n = i + 1;
        if !self.spaced(n) {
            return None;
        }
        let w = self.key(n);
        let v = words::ordinal_word(&w)?;
        let after_noun = i > 0 && self.spaced(i) && self.word_in(i - 1, ORDINAL_NOUNS);
        let opening = self.cap(i)
            && self.sentence_initial(i)
            && self.near(n + 1)
            && self.is_punct(n + 1, &[',', ':', '.', ')'])
            && !(self.near(n + 2) && (self.word_in(n + 2, &["ngày"]) || self.is_number(n + 2)));
        if w != "nhất" && !after_noun && !opening {
            return None;
        }
        Some(self.push_ordinal(i, n, v.into(), Numeral::Words))
    }

    /// The decimal part after `phẩy` (the decimal comma read aloud), following an integer
    /// part that ends at token `last`: digit words one by one (`không năm` .05) or a number
    /// whose digits are the decimals (`mười bốn` .14). The value and the last token.
    fn decimal_words(&self, last: usize, int: Decimal) -> Option<(Decimal, usize)> {
        if !(self.is_word(last + 1, "phẩy") && self.spaced(last + 1) && int.is_integer()) {
            return None;
        }
        let mut keys: Vec<Cow<'_, str>> = Vec::new();
        let mut j = last + 2;
        while keys.len() < 12
            && self.spaced(j)
            && self.tok(j).is_some_and(|t| t.kind() == TokenKind::Word)
        {
            let k = self.key(j);
            if !words::is_number_word(&k) || words::scale(&k).is_some() {
                break;
            }
            keys.push(k);
            j += 1;
        }
        let refs: Vec<&str> = keys.iter().map(|k| &**k).collect();
        // Digit by digit when every word is a digit, else one number.
        let digits: Option<String> = refs
            .iter()
            .map(|w| words::unit(w).map(|d| char::from(b'0' + d)))
            .collect();
        let (digits, used) = match digits.filter(|d| !d.is_empty()) {
            Some(d) => {
                let n = d.len();
                (d, n)
            }
            None => {
                let (v, used, _) = words::parse_words(&refs)?.ok()?;
                (v.to_string(), used)
            }
        };
        if used == 0 {
            return None;
        }
        let text = format!("{int},{digits}");
        let value = parse_plain(&text).ok()??;
        Some((value, last + 1 + used))
    }

    /// `hai mươi mốt`, `một trăm linh năm`, `hai tỷ đồng`.
    pub(super) fn spelled(&mut self, i: usize) -> Option<usize> {
        // A capitalized number word inside a sentence is a name (`Mười Thơ`, `vợ Mười`,
        // `Ba Bường`); all-capital headlines and sentence starts (`Mười năm qua`) are read.
        if self.cap(i) && !self.upper(i) && !self.sentence_initial(i) {
            return None;
        }
        let mut keys: Vec<Cow<'_, str>> = vec![self.key(i)];
        let mut j = i + 1;
        while keys.len() < 24
            && self.spaced(j)
            && self.tok(j).is_some_and(|t| t.kind() == TokenKind::Word)
        {
            let k = self.key(j);
            if !words::is_number_word(&k) {
                break;
            }
            keys.push(k);
            j += 1;
        }
        let refs: Vec<&str> = keys.iter().map(|k| &**k).collect();
        let (value, used, compound) = match words::parse_words(&refs)? {
            Ok(v) => v,
            Err(()) => return self.overflowed(i),
        };
        if used == 0 {
            return None;
        }
        let mut last = i + used - 1;
        // `hai phần ba`, `một phần tư`: a fraction in words.
        if let Some(next) = self.fraction_in_words(i, last, value) {
            return Some(next);
        }
        // `bảy phẩy năm`, `ba phẩy mười bốn`, `hai phẩy không năm`: a decimal comma in words.
        let (value, compound) = match self.decimal_words(last, value) {
            Some((v, end)) => {
                last = end;
                (v, true)
            }
            None => (value, compound),
        };
        // A lone unit word: only on request or before a unit (`hai phần trăm`, `ba mét`), and
        // never `năm 2022` (a year) or `một số`.
        if !compound {
            let next_is_number = self.is_number(last + 1);
            let unit_after = self.spaced(last + 1) && self.unit_at(last + 1).is_some();
            if !(self.opts.lone_number_words || unit_after) || next_is_number {
                return None;
            }
        }
        let approx = self.approx_before(i);
        self.value_tail(i, last, value, Numeral::Words, false, approx)
    }
}
