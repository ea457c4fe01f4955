//! [`Segmenter`]: the per-token pass (each token's list id, letter case, spacing, line breaks
//! and proper-name class, gathered once), which then hands each line to the dynamic program
//! (`lattice.rs`) and the words to the joining rules (`join.rs`).

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use fst::Map;
use hanhchinh_text::syllable::is_syllable;
use hanhchinh_text::{key_into, tokenize, Token, TokenKind};

use crate::builder::{Options, SegmenterBuilder};
use crate::embedded::DEFAULT;
use crate::segmentation::{make_word, push_joined, Segmentation};
use crate::trie::{fold_iy, Facts, Frozen, IdCache, Trie, UNKNOWN};
use crate::Word;

/// Punctuation after which a capitalised word may be capitalised only because a sentence or a
/// quotation starts there.
const INITIAL_AFTER: &[char] = &[
    '.', '!', '?', ':', ';', '"', '“', '”', '…', '(', '-', '–', '—', '«', '»', '\'',
];

pub(crate) const CASE_LOWER: u8 = 0;
pub(crate) const CASE_CAPITAL: u8 = 1;
pub(crate) const CASE_OTHER: u8 = 2;

pub(crate) struct Inner {
    pub(crate) words: Option<Map<Cow<'static, [u8]>>>,
    pub(crate) trie: Arc<Trie>,
    pub(crate) frozen: Arc<Frozen>,
    pub(crate) user_words: usize,
    pub(crate) ln_total: f64,
    /// Length in bytes of the longest key of `words`.
    pub(crate) longest_key: usize,
    /// Log probability given to a token that is no word of the list (half a count).
    pub(crate) unknown: f64,
    pub(crate) opts: Options,
}

/// A Vietnamese word segmenter.
///
/// [`Segmenter::default()`] uses the embedded word list (40,256 words from PhoBERT v1's
/// vocabulary with their corpus counts, MIT, see the crate README); it is shared and cheap to
/// clone. [`Segmenter::builder()`] adds user words and changes options. The first use turns the
/// embedded FST into an in-memory trie over token ids (some tens of milliseconds, once per
/// process); every segmenter shares it.
///
/// The method: [`hanhchinh_text::tokenize`] splits the text; every line is cut by a dynamic
/// program that maximises the sum of the log probabilities of its words (unigram, as jieba),
/// where a word is any run of tokens whose canonical key is in the word list; then rules join a
/// number with a following magnitude (`10 triệu`), reduplications (`xanh xanh`) and runs of
/// capitalised Vietnamese syllables (`Trương Định`, `Võ Đức Hơn`), except a word capitalised only
/// because a sentence starts there. Lookups use [`hanhchinh_text::key`], so NFC, NFD, either
/// tone-mark placement and any case give the same boundaries; spans always point into the
/// original text.
///
/// ```
/// use hanhchinh_segment::Segmenter;
///
/// let seg = Segmenter::default();
/// let text = "phong trào thi đua của người dân";
/// assert_eq!(seg.segment(text).to_string(), "phong_trào thi_đua của người_dân");
/// let words: Vec<&str> = seg.segment(text).words().map(|w| w.text()).collect();
/// assert_eq!(words, ["phong trào", "thi đua", "của", "người dân"]);
/// ```
#[derive(Clone)]
pub struct Segmenter {
    pub(crate) inner: Arc<Inner>,
}

impl fmt::Debug for Segmenter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Segmenter")
            .field("words", &self.inner.words.as_ref().map_or(0, |m| m.len()))
            .field("user_words", &self.inner.user_words)
            .field("options", &self.inner.opts)
            .finish()
    }
}

impl Default for Segmenter {
    fn default() -> Self {
        DEFAULT.clone()
    }
}

/// What the segmenter knows about one token, gathered in one pass.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Rec {
    /// Trie id of the token's key ([`UNKNOWN`] when no word has it).
    pub(crate) id: u32,
    /// `CASE_LOWER`, `CASE_CAPITAL` or `CASE_OTHER`.
    pub(crate) case: u8,
    /// Whether the key is separated from the previous token's by a space.
    pub(crate) space: bool,
    /// Whether a line break (or the start of the text) comes before the token.
    pub(crate) brk: bool,
    /// 0 not a proper-name syllable, 1 one, 2 one written in capitals (filled by the rules).
    pub(crate) name: u8,
}

/// Reusable buffers of one segmentation call.
#[derive(Default)]
pub(crate) struct Scratch {
    /// One record per token.
    pub(crate) recs: Vec<Rec>,
    /// Per lattice position: the best score and where its last word starts.
    pub(crate) best: Vec<(f64, usize)>,
    tmp: String,
    folded: String,
    cache: IdCache,
}

/// Most tokens' worth of capacity the per-thread buffers keep between calls (a long page has a
/// few thousand tokens): one call on a text of millions of tokens must not leave the thread
/// holding hundreds of MB for the rest of its life.
const KEEP_TOKENS: usize = 1 << 16;

/// Empties `v` and gives back its memory beyond [`KEEP_TOKENS`] elements.
fn trim<T>(v: &mut Vec<T>) {
    v.clear();
    if v.capacity() > KEEP_TOKENS {
        v.shrink_to(KEEP_TOKENS);
    }
}

/// Bytes past which [`Segmenter::segment_joined_into`] looks for a gap to cut a long text at.
const PIECE: usize = 64 << 10;

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
    /// Token and word buffers of [`Segmenter::segment_joined_into`].
    static JOINED: std::cell::RefCell<(Vec<Token<'static>>, Vec<Range<usize>>)> =
        const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
}

/// An emptied token vector with another lifetime, keeping its allocation (the standard
/// library collects a `map` over a vector's own `into_iter` in place when the element layout
/// is the same; no element is mapped, the vector being empty).
fn recycle<'b>(mut v: Vec<Token<'_>>) -> Vec<Token<'b>> {
    v.clear();
    v.into_iter()
        .map(|t| Token::new("", t.start(), t.kind()))
        .collect()
}

impl Segmenter {
    /// A builder for a segmenter with user words or other options.
    pub fn builder() -> SegmenterBuilder {
        SegmenterBuilder::default()
    }

    /// Segments `text` into words.
    ///
    /// ```
    /// let seg = hanhchinh_segment::Segmenter::default();
    /// let s = seg.segment("Ngày 18/5/2023, Thành ủy ban hành Nghị quyết 34-CT/TW.");
    /// let words: Vec<String> = s.words().map(|w| w.to_string()).collect();
    /// assert!(words.contains(&"18/5/2023".to_string()));
    /// assert!(words.contains(&"34-CT/TW".to_string()));
    /// assert!(words.contains(&"ban_hành".to_string()));
    /// ```
    pub fn segment<'a>(&self, text: &'a str) -> Segmentation<'a> {
        let mut tokens: Vec<Token<'a>> = Vec::with_capacity(text.len() / 5 + 4);
        tokens.extend(tokenize(text));
        let mut words = Vec::with_capacity(tokens.len());
        self.boundaries(text, &tokens, &mut words, None);
        Segmentation {
            text,
            tokens,
            words,
        }
    }

    /// Segments already computed tokens of `text` (the facade tokenizes once and shares the
    /// tokens among the recognizers). `tokens` must be the tokens of `text`, in order, as
    /// [`hanhchinh_text::tokenize`] gives them.
    ///
    /// ```
    /// use hanhchinh_text::{tokenize, Token};
    /// let seg = hanhchinh_segment::Segmenter::default();
    /// let text = "thi đua";
    /// let tokens: Vec<Token<'_>> = tokenize(text).collect();
    /// let words = seg.segment_tokens(text, &tokens);
    /// assert_eq!(words.len(), 1);
    /// assert_eq!(words[0].span(), 0..text.len());
    /// ```
    pub fn segment_tokens<'t, 'a>(
        &self,
        text: &'a str,
        tokens: &'t [Token<'a>],
    ) -> Vec<Word<'t, 'a>> {
        let mut ranges = Vec::with_capacity(tokens.len());
        self.boundaries(text, tokens, &mut ranges, None);
        ranges
            .into_iter()
            .filter_map(|r| make_word(text, tokens, r))
            .collect()
    }

    /// Segments `text` and appends its `_`-joined form to `out` (one space between words, the
    /// text's line breaks kept): the output format of `hanhchinh segment`.
    ///
    /// ```
    /// let seg = hanhchinh_segment::Segmenter::default();
    /// let mut out = String::new();
    /// seg.segment_joined_into("phong trào thi đua", &mut out);
    /// assert_eq!(out, "phong_trào thi_đua");
    /// ```
    pub fn segment_joined_into(&self, text: &str, out: &mut String) {
        // The token and word buffers are reused across calls on the same thread (one call per
        // line is the common use); a re-entrant call simply gets fresh ones.
        JOINED.with(|cell| match cell.try_borrow_mut() {
            Ok(mut bufs) => {
                let (token_buf, words) = &mut *bufs;
                let mut tokens = recycle(std::mem::take(token_buf));
                self.joined_in_pieces(text, PIECE, &mut tokens, words, out);
                trim(&mut tokens);
                trim(words);
                *token_buf = recycle(tokens);
            }
            Err(_) => self.joined_in_pieces(text, PIECE, &mut Vec::new(), &mut Vec::new(), out),
        });
    }

    /// [`Segmenter::segment_joined_into`] a piece at a time: a text longer than `piece`
    /// bytes is cut, past every `piece` bytes, at the first gap between two tokens that no
    /// word and no rule crosses ([`Segmenter::is_free_gap`]), so that the tokens and words
    /// held are those of one piece whatever the length of the line; each piece reads the token
    /// before it as the whole text would, so the output is the whole text's.
    fn joined_in_pieces<'a>(
        &self,
        text: &'a str,
        piece: usize,
        tokens: &mut Vec<Token<'a>>,
        words: &mut Vec<Range<usize>>,
        out: &mut String,
    ) {
        let mut it = tokenize(text);
        // The last token of the previous piece and the first of the next one.
        let mut before: Option<Token<'a>> = None;
        let mut next: Option<Token<'a>> = None;
        let (mut tmp, mut folded) = (String::new(), String::new());
        loop {
            tokens.clear();
            words.clear();
            tokens.extend(next.take());
            let mut piece_start = tokens.first().map(Token::start);
            for t in it.by_ref() {
                let start = *piece_start.get_or_insert(t.start());
                if t.end() - start > piece {
                    if let Some(last) = tokens.last() {
                        if self.is_free_gap(last, &t, &mut tmp, &mut folded) {
                            next = Some(t);
                            break;
                        }
                    }
                }
                tokens.push(t);
            }
            let Some(first) = tokens.first() else { break };
            if let Some(b) = &before {
                // What `push_joined` writes between two words.
                let gap = text.as_bytes().get(b.end()..first.start()).unwrap_or(&[]);
                match gap.iter().filter(|&&c| c == b'\n').count() {
                    0 => out.push(' '),
                    n => out.extend(std::iter::repeat('\n').take(n)),
                }
            }
            self.boundaries(text, tokens, words, before.as_ref());
            push_joined(text, tokens, words, out);
            before = tokens.last().copied();
            if next.is_none() {
                break;
            }
        }
    }

    /// Whether a text cut between the consecutive tokens `x` and `y` has the words it has read
    /// whole: no word of the list holds `x` then `y`, and no joining rule can apply across the
    /// gap: neither token is a number, a code or a symbol (magnitudes, `5A`, `%`), a dot or a
    /// hyphen (abbreviation dots and hyphenated words, which also look one token past the
    /// gap), both are not syllables that may be a name's, nor the same word twice
    /// (reduplication).
    fn is_free_gap(
        &self,
        x: &Token<'_>,
        y: &Token<'_>,
        tmp: &mut String,
        folded: &mut String,
    ) -> bool {
        let plain = |t: &Token<'_>| {
            matches!(t.kind(), TokenKind::Word | TokenKind::Punct) && !matches!(t.text(), "." | "-")
        };
        let namey = |t: &Token<'_>| {
            t.kind() == TokenKind::Word
                && t.is_capitalized()
                && !(t.is_uppercase() && t.text().chars().nth(1).is_some())
        };
        if !plain(x) || !plain(y) || (namey(x) && namey(y)) {
            return false;
        }
        let frozen = &*self.inner.frozen;
        let (a, b) = (
            token_id(frozen, x.text(), tmp, folded),
            token_id(frozen, y.text(), tmp, folded),
        );
        let both_words = x.kind() == TokenKind::Word && y.kind() == TokenKind::Word;
        if both_words
            && (if a == UNKNOWN || b == UNKNOWN {
                hanhchinh_text::key(x.text()) == hanhchinh_text::key(y.text())
            } else {
                a == b
            })
        {
            return false;
        }
        !frozen.follows_in_word(a, b)
    }

    /// Word boundaries as token index ranges.
    ///
    /// `before`: the token before `tokens[0]` in the text, when the text is read in pieces
    /// (its end and kind tell whether the first token is glued to it and whether a line or a
    /// clause starts there).
    fn boundaries(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        out: &mut Vec<Range<usize>>,
        before: Option<&Token<'_>>,
    ) {
        // Buffers are reused across calls on the same thread (one segmentation per line is the
        // common use); a re-entrant call simply gets fresh ones.
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut sc) => {
                self.boundaries_with(text, tokens, out, &mut sc, before);
                trim(&mut sc.recs);
                trim(&mut sc.best);
            }
            Err(_) => self.boundaries_with(text, tokens, out, &mut Scratch::default(), before),
        });
    }

    fn boundaries_with(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        out: &mut Vec<Range<usize>>,
        sc: &mut Scratch,
        before: Option<&Token<'_>>,
    ) {
        sc.recs.clear();
        sc.recs.reserve(tokens.len());
        let frozen = &*self.inner.frozen;
        let bytes = text.as_bytes();
        // End of the previous token and whether it was punctuation or a symbol; `None` before
        // the first token.
        let mut prev: Option<(usize, bool)> = before.map(|b| (b.end(), is_punct(b.kind())));
        let names = self.inner.opts.names;
        let mut prev_tok: Option<&Token<'_>> = before;
        for t in tokens {
            let (tmp, folded) = (&mut sc.tmp, &mut sc.folded);
            let kind = t.kind();
            let is_word = kind == TokenKind::Word;
            let facts = sc.cache.get_or(frozen, t.text(), u8::from(is_word), || {
                let id = token_id(frozen, t.text(), tmp, folded);
                let case = token_case(t);
                let name = if case == CASE_CAPITAL {
                    name_kind(t)
                } else {
                    0
                };
                Facts { id, case, name }
            });
            let punct = is_punct(kind);
            let start = t.start();
            // `separated` and `gap_has_newline` against the previous token.
            let (space, brk) = match prev {
                None => (true, true),
                Some((end, prev_punct)) => (
                    end != start || !(prev_punct || punct),
                    bytes
                        .get(end..start)
                        .is_some_and(|g| g.iter().any(|&c| c == b'\n' || c == b'\r')),
                ),
            };
            // A capitalised syllable is part of a name unless it is capitalised only because a
            // line, a sentence or a quotation starts here.
            let name = if names && facts.name != 0 && !brk && !starts_clause(prev_tok) {
                facts.name
            } else {
                0
            };
            sc.recs.push(Rec {
                id: facts.id,
                case: facts.case,
                space,
                brk,
                name,
            });
            prev = Some((t.end(), punct));
            prev_tok = Some(t);
        }
        // Lines: the dynamic program never joins across a line break.
        let mut line_start = 0;
        for i in 1..=tokens.len() {
            if sc.recs.get(i).map_or(true, |r| r.brk) {
                self.lattice(line_start..i, sc, out);
                line_start = i;
            }
        }
        self.join_rules(tokens, sc, out);
    }

    /// Log probability of a count.
    pub(crate) fn score(&self, count: u64) -> f64 {
        (count.max(1) as f64).ln() - self.inner.ln_total
    }
}

/// The id of a token in the word list, or [`UNKNOWN`]: a token spelled exactly as a key of the
/// list is its own key (keys are canonical and `key` is idempotent); others go through `key`
/// and the i/y fold (`tmp` and `folded` are buffers).
fn token_id(frozen: &Frozen, text: &str, tmp: &mut String, folded: &mut String) -> u32 {
    let id = frozen.id(text);
    if id != UNKNOWN {
        return id;
    }
    tmp.clear();
    key_into(text, tmp);
    folded.clear();
    fold_iy(tmp, folded);
    frozen.id(folded)
}

/// Punctuation or a symbol: no space is needed around it.
fn is_punct(kind: TokenKind) -> bool {
    matches!(kind, TokenKind::Punct | TokenKind::Symbol)
}

/// The letter-case class of a token: `CASE_LOWER`, `CASE_CAPITAL` (a word whose first letter
/// is upper case) or `CASE_OTHER` (not a word).
fn token_case(t: &Token<'_>) -> u8 {
    match t.kind() {
        TokenKind::Word => match t.text().as_bytes().first() {
            Some(b) if b.is_ascii_lowercase() => CASE_LOWER,
            Some(b) if b.is_ascii_uppercase() => CASE_CAPITAL,
            _ if t.is_capitalized() => CASE_CAPITAL,
            _ => CASE_LOWER,
        },
        _ => CASE_OTHER,
    }
}

/// The proper-name class of a capitalised word by its text alone: 0 not a proper-name
/// syllable, 1 one, 2 one written in capitals (`A`).
fn name_kind(t: &Token<'_>) -> u8 {
    // An all-capital token is an acronym (`UBND`), unless it is one letter (`Bùi A`).
    let upper = t.is_uppercase();
    if upper && t.text().chars().nth(1).is_some() {
        return 0;
    }
    if !t.is_syllable() && !is_syllable_eth(t.text()) {
        return 0;
    }
    if upper {
        2
    } else {
        1
    }
}

/// Whether a capitalised word after `prev` may be capitalised only because a sentence or a
/// quotation starts: no token before it, or punctuation that opens one.
fn starts_clause(prev: Option<&Token<'_>>) -> bool {
    match prev {
        None => true,
        Some(p) => p.kind() == TokenKind::Punct && p.text().starts_with(INITIAL_AFTER),
    }
}

/// The syllable check for a word typed with the Icelandic eth `Ð`/`ð` (U+00D0/U+00F0) in place of
/// `Đ`/`đ`, a confusion of some keyboards and fonts (`Ðặng`).
fn is_syllable_eth(word: &str) -> bool {
    word.contains(['Ð', 'ð']) && is_syllable(&word.replace('Ð', "Đ").replace('ð', "đ"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `_`-joined form of `text` read in pieces of `piece` bytes (1: cut at every free
    /// gap).
    fn in_pieces(seg: &Segmenter, text: &str, piece: usize) -> String {
        let mut out = String::new();
        seg.joined_in_pieces(text, piece, &mut Vec::new(), &mut Vec::new(), &mut out);
        out
    }

    /// Cut wherever it may be, a text has the words it has read whole, on the repository's
    /// sample pages (one line and as written) and on invented lines that put every joining
    /// rule next to a gap: names, magnitudes, reduplications, abbreviation dots, hyphens,
    /// numbers with a letter, words of the list across punctuation, line breaks.
    #[test]
    fn pieces_give_the_whole_texts_words() {
        let seg = Segmenter::default();
        let mut texts: Vec<String> = hanhchinh_cases::seed_pages()
            .into_iter()
            .map(|(_, text)| text)
            .collect();
        assert!(!texts.is_empty());
        let one_line: Vec<String> = texts.iter().map(|t| t.replace('\n', " ")).collect();
        texts.extend(one_line);
        texts.push(
            "Ông Nguyễn Văn An, bà Trần Thị Bình (Hà Nội) nhận 10 triệu đồng; xanh xanh, \
             TP. Hồ Chí Minh, e-mail, Wai-kru, lớp 5A, tăng 3%, thi đua, phong trào thi đua.\n\
             Ủy ban nhân dân quận\nHoàn Kiếm, kinh tế-xã hội, UBND HĐND TP. HCM Q.1 P.12 \
             TT-BTC, ((Hà Nội)), \"Tổ quốc\" ghi nhận"
                .to_string(),
        );
        for text in &texts {
            let mut whole = String::new();
            seg.segment_joined_into(text, &mut whole);
            assert_eq!(whole, seg.segment(text).to_string());
            for piece in [1, 7, 64, 1000] {
                assert_eq!(in_pieces(&seg, text, piece), whole, "pieces of {piece}");
            }
        }
    }

    #[test]
    fn buffers_do_not_keep_the_size_of_a_long_text() {
        let seg = Segmenter::default();
        let text = "phong trào thi đua ".repeat(50_000);
        assert_eq!(seg.segment(&text).len(), 100_000);
        let mut out = String::new();
        seg.segment_joined_into(&text, &mut out);
        SCRATCH.with(|cell| {
            let sc = cell.borrow();
            assert!(sc.recs.capacity() <= KEEP_TOKENS && sc.best.capacity() <= KEEP_TOKENS);
        });
        JOINED.with(|cell| {
            let (tokens, words) = &*cell.borrow();
            assert!(tokens.capacity() <= KEEP_TOKENS && words.capacity() <= KEEP_TOKENS);
        });
        // and they still work
        out.clear();
        seg.segment_joined_into("phong trào thi đua", &mut out);
        assert_eq!(out, "phong_trào thi_đua");
    }
}
