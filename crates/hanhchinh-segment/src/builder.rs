//! [`SegmenterBuilder`]: user words and options, and the count suggested for a user word.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use hanhchinh_text::{tokenize, Token};

use crate::embedded::log_prob;
use crate::lexicon::{parse_tsv, separated, word_key};
use crate::segmenter::{Inner, Segmenter};
use crate::Error;

/// Longest dictionary word considered, in tokens, unless changed by
/// [`SegmenterBuilder::max_word_tokens`].
pub const DEFAULT_MAX_WORD_TOKENS: usize = 8;

/// Most capitalised syllables a run of proper-name syllables joins into one word, unless changed
/// by [`SegmenterBuilder::max_name_syllables`]: 7, the longest Vietnamese personal names (a
/// four-syllable royal-family surname, a middle name and a two-syllable given name,
/// `Công Tằng Tôn Nữ Thị Phương Lan`); place names are shorter (`Thành Phố Hồ Chí Minh`, 5). A
/// longer run (two names side by side, a heading in title case) is cut after every 7 syllables,
/// so that no input makes one word of a whole text.
pub const DEFAULT_MAX_NAME_SYLLABLES: usize = 7;

#[derive(Clone, Debug)]
pub(crate) struct Options {
    pub(crate) max_tokens: usize,
    pub(crate) max_name: usize,
    pub(crate) names: bool,
    pub(crate) reduplications: bool,
    pub(crate) magnitudes: bool,
    pub(crate) abbreviations: bool,
    pub(crate) case_split: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_tokens: DEFAULT_MAX_WORD_TOKENS,
            max_name: DEFAULT_MAX_NAME_SYLLABLES,
            names: true,
            reduplications: true,
            magnitudes: true,
            abbreviations: true,
            case_split: true,
        }
    }
}

/// Builds a [`Segmenter`] with user words and options.
///
/// User words are looked up by the same canonical key as the embedded list, so `Ủy ban nhân dân`
/// also matches `UỶ BAN NHÂN DÂN`. A user word's count replaces the embedded count of the same
/// key; a word added without a count gets the smallest count that makes it beat every way of
/// cutting it into smaller words (jieba's `suggest_freq`), doubled.
///
/// ```
/// use hanhchinh_segment::Segmenter;
///
/// let mut b = Segmenter::builder();
/// b.add_word("Nam Từ Liêm").add_word_with_count("phòng kinh tế", 5_000);
/// b.add_words_tsv("# unit names\nHoàn Kiếm\n")?;
/// let seg = b.build()?;
/// assert_eq!(seg.segment("quận nam từ liêm").to_string(), "quận nam_từ_liêm");
/// # Ok::<(), hanhchinh_segment::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct SegmenterBuilder {
    user: BTreeMap<String, Option<u64>>,
    opts: Options,
}

impl SegmenterBuilder {
    /// Adds a word (syllables separated by spaces, any case, any tone placement), with a
    /// suggested count (see the type's docs). A word without any token is ignored.
    pub fn add_word(&mut self, word: &str) -> &mut Self {
        let mut k = String::new();
        if word_key(word, &mut k) > 0 {
            self.user.insert(k, None);
        }
        self
    }

    /// Adds a word with its count (the embedded list's counts are occurrences in about 20 GB of
    /// text; `hoà bình` has 233,628). A word without any token is ignored.
    pub fn add_word_with_count(&mut self, word: &str, count: u64) -> &mut Self {
        let mut k = String::new();
        if word_key(word, &mut k) > 0 {
            self.user.insert(k, Some(count));
        }
        self
    }

    /// Adds the words of a `word<TAB>count` list (the count column is optional; blank lines,
    /// `#` comments and a `word<TAB>count` header line are skipped). On error nothing is added
    /// and the error names the line and column.
    pub fn add_words_tsv(&mut self, tsv: &str) -> Result<&mut Self, Error> {
        let entries = parse_tsv(tsv)?;
        for e in entries {
            self.user.insert(e.key, e.count);
        }
        Ok(self)
    }

    /// Reads a `word<TAB>count` file at run time (see [`add_words_tsv`](Self::add_words_tsv));
    /// errors name the file, line and column.
    pub fn add_words_file<P: AsRef<Path>>(&mut self, path: P) -> Result<&mut Self, Error> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        self.add_words_tsv(&text).map_err(|e| e.with_path(path))
    }

    /// The longest word considered, in tokens (default [`DEFAULT_MAX_WORD_TOKENS`]; at least 1).
    pub fn max_word_tokens(&mut self, n: usize) -> &mut Self {
        self.opts.max_tokens = n.max(1);
        self
    }

    /// Whether runs of capitalised Vietnamese syllables join as proper names (default true).
    pub fn join_names(&mut self, yes: bool) -> &mut Self {
        self.opts.names = yes;
        self
    }

    /// The most syllables a proper name joins (default [`DEFAULT_MAX_NAME_SYLLABLES`]; at least
    /// 1): a longer run of capitalised syllables is cut after every `n`.
    ///
    /// ```
    /// let seg = hanhchinh_segment::Segmenter::builder().max_name_syllables(2).build()?;
    /// assert_eq!(seg.segment("ông Võ Đức Hơn nói").to_string(), "ông Võ_Đức Hơn nói");
    /// # Ok::<(), hanhchinh_segment::Error>(())
    /// ```
    pub fn max_name_syllables(&mut self, n: usize) -> &mut Self {
        self.opts.max_name = n.max(1);
        self
    }

    /// Whether a repeated syllable joins into one word, `xanh xanh` (default true).
    pub fn join_reduplications(&mut self, yes: bool) -> &mut Self {
        self.opts.reduplications = yes;
        self
    }

    /// Whether a number joins a following `trăm`, `nghìn`, `ngàn`, `vạn`, `triệu`, `tỉ`/`tỷ`
    /// into one numeral, `10 triệu` (default true).
    pub fn join_number_magnitudes(&mut self, yes: bool) -> &mut Self {
        self.opts.magnitudes = yes;
        self
    }

    /// Whether a short capitalised abbreviation or an initial keeps the dot that touches it when
    /// more words follow on the line: `TP. HCM`, `ông H. cho biết` (default true).
    pub fn join_abbreviation_dots(&mut self, yes: bool) -> &mut Self {
        self.opts.abbreviations = yes;
        self
    }

    /// Whether a word of the list is refused where the text writes its first syllable in lower
    /// case and a later one capitalised: `biển Đông`, `mũi Cà Mau` are a common noun before a
    /// name (default true).
    pub fn split_lower_before_capital(&mut self, yes: bool) -> &mut Self {
        self.opts.case_split = yes;
        self
    }

    /// Builds the segmenter.
    pub fn build(&self) -> Result<Segmenter, Error> {
        let base = Segmenter::default();
        let mut trie = Arc::clone(&base.inner.trie);
        if !self.user.is_empty() {
            let t = Arc::make_mut(&mut trie);
            for (k, c) in &self.user {
                let count = match c {
                    Some(c) => *c,
                    None => suggest_count(&base, k),
                };
                t.insert(k, log_prob(count, base.inner.ln_total), false);
            }
        }
        Ok(Segmenter {
            inner: Arc::new(Inner {
                words: base.inner.words.clone(),
                frozen: if self.user.is_empty() {
                    Arc::clone(&base.inner.frozen)
                } else {
                    Arc::new(trie.freeze())
                },
                trie,
                user_words: self.user.len(),
                ln_total: base.inner.ln_total,
                longest_key: base.inner.longest_key,
                unknown: base.inner.unknown,
                opts: self.opts.clone(),
            }),
        })
    }
}

/// The count that makes a key beat its best split into smaller words, doubled; for a single
/// token, its embedded count (at least 1).
fn suggest_count(seg: &Segmenter, key: &str) -> u64 {
    let existing = seg.inner.words.as_ref().and_then(|m| m.get(key));
    let tokens: Vec<Token<'_>> = tokenize(key).collect();
    if tokens.len() < 2 {
        return existing.unwrap_or(1).max(1);
    }
    // Best split: the dynamic program over the key's own tokens without the whole word.
    let mut best = vec![f64::NEG_INFINITY; tokens.len() + 1];
    if let Some(b) = best.get_mut(0) {
        *b = 0.0;
    }
    let unknown = seg.score(1) + (0.5f64).ln();
    let mut k = String::new();
    for i in 0..tokens.len() {
        let here = best.get(i).copied().unwrap_or(f64::NEG_INFINITY);
        k.clear();
        for j in i..tokens.len() {
            if i == 0 && j + 1 == tokens.len() {
                break;
            }
            if let (true, Some(a), Some(b)) = (j > i, tokens.get(j.wrapping_sub(1)), tokens.get(j))
            {
                if separated(a, b) {
                    k.push(' ');
                }
            }
            if let Some(t) = tokens.get(j) {
                k.push_str(t.text());
            }
            // No key of the list is longer: the words from `i` on have all been tried (this
            // keeps a user word of many syllables linear in their number).
            if j > i && k.len() > seg.inner.longest_key {
                break;
            }
            let s = match seg.inner.words.as_ref().and_then(|m| m.get(&k)) {
                Some(c) => seg.score(c),
                None if j == i => unknown,
                None => continue,
            };
            if let Some(b) = best.get_mut(j + 1) {
                if here + s > *b {
                    *b = here + s;
                }
            }
        }
    }
    let split = best.last().copied().unwrap_or(f64::NEG_INFINITY);
    let needed = (split + seg.inner.ln_total).exp() * 2.0;
    let needed = if needed.is_finite() && needed >= 1.0 {
        needed.ceil() as u64
    } else {
        1
    };
    needed.max(existing.unwrap_or(0)).max(1)
}
