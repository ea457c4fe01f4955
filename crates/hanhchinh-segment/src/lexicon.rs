//! Word keys, the word-list TSV format and the finite-state map built from it.

use std::collections::BTreeMap;

use fst::MapBuilder;
use hanhchinh_text::{key_into, tokenize};

use crate::Error;

/// Appends the lookup key of `word` to `out` and returns how many tokens it has.
///
/// The key is the canonical key of every token of `word` ([`hanhchinh_text::key`]: NFC, one
/// tone-mark placement, lower case), tokens separated by one space, except that punctuation
/// touching its neighbour stays glued to it (`Bắc-Nam` gives `bắc-nam`, which `Bắc - Nam`
/// written with spaces does not match). `"Ủy  ban"`, `"uỷ ban"` and NFD `"ủy ban"` all give
/// `"ủy ban"`. A word without any token (empty, only spaces) gives 0 and appends nothing.
///
/// ```
/// let mut k = String::new();
/// assert_eq!(hanhchinh_segment::word_key("Uỷ  BAN", &mut k), 2);
/// assert_eq!(k, "ủy ban");
/// k.clear();
/// assert_eq!(hanhchinh_segment::word_key("TP.HCM", &mut k), 3);
/// assert_eq!(k, "tp.hcm");
/// ```
pub fn word_key(word: &str, out: &mut String) -> usize {
    let mut n = 0;
    let mut prev: Option<hanhchinh_text::Token<'_>> = None;
    for tok in tokenize(word) {
        if let Some(p) = &prev {
            if separated(p, &tok) {
                out.push(' ');
            }
        }
        key_into(tok.text(), out);
        n += 1;
        prev = Some(tok);
    }
    n
}

/// Whether the keys of two consecutive tokens are separated by a space: always, unless they
/// touch and one of them is punctuation or a symbol.
pub(crate) fn separated(a: &hanhchinh_text::Token<'_>, b: &hanhchinh_text::Token<'_>) -> bool {
    use hanhchinh_text::TokenKind::{Punct, Symbol};
    a.end() != b.start()
        || !(matches!(a.kind(), Punct | Symbol) || matches!(b.kind(), Punct | Symbol))
}

/// One parsed entry of a word list: its key, token count and count (when given).
pub(crate) struct Entry {
    pub(crate) key: String,
    pub(crate) count: Option<u64>,
}

/// Parses a `word<TAB>count` list (count optional). Blank lines and lines starting with `#` are
/// skipped, and so is a first line `word<TAB>count` (a header).
pub(crate) fn parse_tsv(tsv: &str) -> Result<Vec<Entry>, Error> {
    let mut out = Vec::new();
    for (idx, raw) in tsv.lines().enumerate() {
        let line_no = idx + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut fields = line.split('\t');
        let word = fields.next().unwrap_or("");
        let count_field = fields.next();
        if idx == 0 && word == "word" && count_field == Some("count") {
            continue;
        }
        let word_chars = word.chars().count();
        if fields.next().is_some() {
            let col = word_chars + 1 + count_field.map_or(0, |c| c.chars().count()) + 2;
            return Err(Error::extra_field(line_no, col));
        }
        let mut key = String::new();
        if word_key(word, &mut key) == 0 {
            return Err(Error::empty_word(line_no, 1));
        }
        let count = match count_field {
            None => None,
            Some(c) if c.trim().is_empty() => None,
            Some(c) => match c.trim().parse::<u64>() {
                Ok(v) => Some(v),
                Err(_) => return Err(Error::bad_count(c, line_no, word_chars + 2)),
            },
        };
        out.push(Entry { key, count });
    }
    Ok(out)
}

/// Builds the bytes of an [`fst::Map`] from canonical word key to count out of a
/// `word<TAB>count` list (the format of `data/lexicon/phobert_words.tsv`).
///
/// Words whose keys coincide (`hoà`/`hòa`, `Hà Nội`/`hà nội`) have their counts summed
/// (saturating). A line without a count counts 1. The output is deterministic: this is the function
/// behind `cargo xtask gen segment` and the test that checks the embedded map is not stale.
///
/// ```
/// let bytes = hanhchinh_segment::build_word_map("word\tcount\nhoà\t3\nhòa\t4\nthi đua\t9\n")?;
/// let map = fst::Map::new(bytes).unwrap();
/// assert_eq!(map.get("hòa"), Some(7));
/// assert_eq!(map.get("thi đua"), Some(9));
/// # Ok::<(), hanhchinh_segment::Error>(())
/// ```
pub fn build_word_map(tsv: &str) -> Result<Vec<u8>, Error> {
    let mut merged: BTreeMap<String, u64> = BTreeMap::new();
    for e in parse_tsv(tsv)? {
        let slot = merged.entry(e.key).or_insert(0);
        *slot = slot.saturating_add(e.count.unwrap_or(1));
    }
    map_bytes(&merged)
}

/// Serializes sorted keys and counts into FST bytes.
pub(crate) fn map_bytes(entries: &BTreeMap<String, u64>) -> Result<Vec<u8>, Error> {
    let mut b = MapBuilder::memory();
    for (k, v) in entries {
        b.insert(k, *v).map_err(|e| Error::fst(&e))?;
    }
    b.into_inner().map_err(|e| Error::fst(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_errors_name_line_and_column() {
        let e = parse_tsv("a\t1\nb\tx\n").err().unwrap();
        assert_eq!((e.line(), e.column()), (Some(2), Some(3)));
        let e = parse_tsv("a\t1\t2\n").err().unwrap();
        assert_eq!((e.line(), e.column()), (Some(1), Some(5)));
        let e = parse_tsv("ok\n   \t4\n").err().unwrap();
        assert_eq!((e.line(), e.column()), (Some(2), Some(1)));
    }

    #[test]
    fn tsv_skips_header_comments_blank() {
        let v = parse_tsv("word\tcount\n# note\n\nthi đua\t5\r\nyêu nước\n").unwrap();
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].key, "thi đua");
        assert_eq!(v[0].count, Some(5));
        assert_eq!(v[1].count, None);
    }
}
