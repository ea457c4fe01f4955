//! The usual part of an address, a type word and a name spelt as in the tables (`Phường Phúc
//! Xá`, `Thành phố Hồ Chí Minh`), read without keying its words: the fast path of the grammar.

use hanhchinh_text::TokenKind;

use crate::keys::{match_type_word, TypeWordStyle};
use crate::lookup::MatchKind;
use crate::Gazetteer;

use super::grammar::{span_of, Item, Segment, MAX_CANDIDATES, MAX_NAME_WORDS};

impl Gazetteer {
    /// The usual part, a type word and a name spelt as in the tables (`Phường Phúc Xá`,
    /// `Thành phố Hồ Chí Minh`), read without keying its words: the first words are lower-cased
    /// (when that gives a type word, it is their key: a key is lower case, NFC and canonical),
    /// and the rest is looked up as written. `None` sends the part through the general path,
    /// which gives the same segment for every part this one reads.
    pub(super) fn typed_part_as_written<'g>(
        &'g self,
        address: &str,
        items: &[Item<'_>],
        lower: &mut String,
        plain: bool,
    ) -> Option<Segment<'g>> {
        let first = items.first()?;
        if items.len() < 2 || first.kind != TokenKind::Word {
            return None;
        }
        // The first words, lower-cased on the stack: ASCII letters in place, the rest only when
        // a capital is not ASCII (`Đ`, `Ủ`).
        let mut buf = [0u8; 64];
        let mut len = 0;
        let mut ends = [0usize; 3];
        let mut ascii = [false; 3];
        let k = items.len().min(3);
        for (i, it) in items.iter().take(k).enumerate() {
            let end = len + it.text.len();
            buf.get_mut(len..end)?.copy_from_slice(it.text.as_bytes());
            len = end;
            if let (Some(e), Some(a)) = (ends.get_mut(i), ascii.get_mut(i)) {
                *e = len;
                *a = it.ascii;
            }
        }
        let bytes = buf.get_mut(..len)?;
        bytes.make_ascii_lowercase();
        let mut text = std::str::from_utf8(bytes).ok()?;
        if !text.is_ascii() && text.chars().any(|c| !c.is_ascii() && !c.is_lowercase()) {
            lower.clear();
            push_lower(text, lower);
            if lower.len() != len {
                // A capital whose lower case is longer or shorter: the word ends moved.
                return None;
            }
            text = lower.as_str();
        }
        let mut words = [""; 3];
        let mut start = 0;
        for (w, &e) in words.iter_mut().zip(&ends).take(k) {
            *w = text.get(start..e)?;
            start = e;
        }
        let m = match_type_word(words.get(..k)?, ascii.get(..k)?, true)?;
        // Letter abbreviations (`Q.`, `P`) and `tỉnh lộ` (a road) take the general path.
        if m.style == TypeWordStyle::Letter
            || (words.first() == Some(&"tỉnh") && words.get(1) == Some(&"lộ"))
        {
            return None;
        }
        let rest = items.len() - m.len;
        if rest == 0 || rest > MAX_NAME_WORDS {
            return None;
        }
        let span = span_of(items, m.len, items.len());
        let name = address.get(span.clone())?;
        let (exact, folded) = self.data().written_get(name.as_bytes())?;
        let mut matches = Vec::new();
        let exact_kind = if plain {
            MatchKind::Folded
        } else {
            MatchKind::Exact
        };
        self.push_postings(Some(exact), m.types, exact_kind, &mut matches);
        if name.is_ascii() {
            self.push_postings(folded, m.types, MatchKind::Folded, &mut matches);
        }
        if matches.is_empty() {
            return None;
        }
        matches.truncate(MAX_CANDIDATES);
        Some(Segment {
            matches,
            types: m.types,
            contradicts: false,
            span,
            rest_end: None,
            words: rest,
        })
    }
}

/// Appends `text` lower-cased (`char::to_lowercase`), with the letters of Vietnamese written
/// in capitals (ASCII, Latin-1, `Ă Đ Ĩ Ũ Ơ Ư`, Latin Extended Additional) mapped directly.
fn push_lower(text: &str, out: &mut String) {
    out.reserve(text.len());
    for c in text.chars() {
        let cp = c as u32;
        let direct = match cp {
            0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => Some(cp + 0x20),
            0x102 | 0x110 | 0x128 | 0x168 | 0x1A0 => Some(cp + 1),
            0x1AF => Some(0x1B0),
            0x1EA0..=0x1EF9 if cp % 2 == 0 => Some(cp + 1),
            // Lower case already: ASCII, Latin-1, `ă đ ĩ ũ ơ ư`, Latin Extended Additional.
            0..=0x7F | 0xDF..=0xFF | 0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 | 0x1B0 => Some(cp),
            0x1EA1..=0x1EF9 => Some(cp),
            _ => None,
        };
        match direct.and_then(char::from_u32) {
            Some(l) => out.push(l),
            None => out.extend(c.to_lowercase()),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::types::Level;
    use crate::{Gazetteer, LAST_PRE_REFORM};

    #[test]
    fn push_lower_is_to_lowercase() {
        // Everything up to the end of Latin Extended Additional, and Greek, Cyrillic and the
        // like on the way (`str::to_lowercase` differs only for a final sigma, which no single
        // character is).
        for c in (0..0x1F00u32).filter_map(char::from_u32) {
            let mut out = String::new();
            super::push_lower(&c.to_string(), &mut out);
            assert_eq!(out, c.to_lowercase().to_string(), "{c:?}");
        }
    }

    /// The fast path for parts spelt as in the tables gives what the general path gives, for
    /// every unit of both eras written in the usual styles.
    #[test]
    fn parts_as_written_parse_as_the_general_path() {
        let g = Gazetteer::default();
        let mut n = 0;
        let mut fast = 0;
        for date in [LAST_PRE_REFORM, g.latest_date()] {
            for u in g
                .units_on(date)
                .filter(|u| u.level() != Level::Province)
                .step_by(3)
            {
                let official = u.official_address();
                let lower = official.to_lowercase();
                let folded = hanhchinh_text::fold(&official).into_owned();
                let upper = official.to_uppercase();
                let tight = official.replace(", ", ",");
                for a in [&official, &lower, &folded, &upper, &tight] {
                    let general = g.parse_address_with(a, true);
                    let parsed = g.parse_address_with(a, false);
                    assert_eq!(
                        (
                            format!("{:?}", parsed.segs),
                            parsed.skipped_words,
                            parsed.damaged
                        ),
                        (
                            format!("{:?}", general.segs),
                            general.skipped_words,
                            general.damaged
                        ),
                        "{a}"
                    );
                    assert_eq!(general.as_written, 0);
                    n += 1;
                    fast += parsed.as_written;
                }
            }
        }
        assert!(n > 20_000, "{n}");
        // The parts of the official and tight styles (two in five addresses, two or three parts
        // each) are read as written; lower-cased, folded and upper-cased names are not.
        assert!(fast > n, "{fast} of {n}");
    }
}
