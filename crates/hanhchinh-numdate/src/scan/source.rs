//! Where the scanner reads its tokens and their facts: a [`Doc`] (built once by the caller,
//! every fact already computed), or bare tokens of a text (for `find` and the single-expression
//! parsers, which have no `Doc` and would spend more on building one, folding every token,
//! than on scanning: facts are then computed for the few tokens the rules ask about).
//!
//! Both give the same answers: the key of [`hanhchinh_text::key`], the [`Case`] of
//! [`Case::of`], and the [`Gap`] of [`Doc::gap_before`] (no characters, spaces on one line, a
//! line break).

use std::borrow::Cow;

use hanhchinh_text::{Case, Doc, Gap, Token, TokenKind};

use super::cues::{special_shape, SPECIAL};

/// Tokens of a text and the facts of each.
pub(crate) trait Source<'a> {
    /// The text the tokens are spans of.
    fn text(&self) -> &'a str;
    /// The tokens, in order.
    fn tokens(&self) -> &[Token<'a>];
    /// The lookup key of token `i` (`""` out of range).
    fn key(&self, i: usize) -> Cow<'_, str>;
    /// The case of token `i` ([`Case::Uncased`] out of range).
    fn case(&self, i: usize) -> Case;
    /// What separates token `i` from token `i - 1` (`i >= 1`, `i < len`).
    fn gap(&self, i: usize) -> Gap;
    /// The word of `list` (lookup keys) that the word token `i` is, if any.
    fn word_match(&self, i: usize, list: &[&'static str]) -> Option<&'static str> {
        if self.tokens().get(i).map(Token::kind) != Some(TokenKind::Word) {
            return None;
        }
        let k = self.key(i);
        list.iter().find(|w| **w == k).copied()
    }
    /// The word of [`SPECIAL`] (the words that start a number word, an ordinal or a lunar
    /// year) that the word token `i` is, if any.
    fn special(&self, i: usize) -> Option<&'static str> {
        let k = self.key(i);
        if !special_shape(k.as_bytes()) {
            return None;
        }
        SPECIAL.iter().find(|w| **w == k).copied()
    }
}

impl<'a> Source<'a> for Doc<'a> {
    fn text(&self) -> &'a str {
        Doc::text(self)
    }
    fn tokens(&self) -> &[Token<'a>] {
        Doc::tokens(self)
    }
    fn key(&self, i: usize) -> Cow<'_, str> {
        Cow::Borrowed(Doc::key(self, i))
    }
    fn case(&self, i: usize) -> Case {
        Doc::case(self, i)
    }
    fn gap(&self, i: usize) -> Gap {
        self.gap_before(i)
    }
}

/// Bare tokens of a text; facts computed when asked.
pub(crate) struct Tokens<'s, 'a> {
    text: &'a str,
    tokens: &'s [Token<'a>],
    /// Whether the tokens have combining marks (U+0300..U+036F, lead bytes CC, CD): only then
    /// can a word's key differ from its text other than by case or tone placement.
    decomposed: bool,
}

impl<'s, 'a> Tokens<'s, 'a> {
    pub(crate) fn new(text: &'a str, tokens: &'s [Token<'a>]) -> Self {
        let stretch = match (tokens.first(), tokens.last()) {
            (Some(a), Some(b)) => text.get(a.start()..b.end()).unwrap_or(text),
            _ => "",
        };
        let decomposed = memchr::memchr2(0xCC, 0xCD, stretch.as_bytes()).is_some();
        Tokens {
            text,
            tokens,
            decomposed,
        }
    }

    fn has_marks(&self, word: &[u8]) -> bool {
        self.decomposed && word.iter().any(|&c| c == 0xCC || c == 0xCD)
    }
}

/// Whether `s` has a line break (`\n`, `\r`, U+0085, U+2028, U+2029), as [`Doc`] counts them.
fn has_line_break(s: &str) -> bool {
    s.bytes().any(|b| b == b'\n' || b == b'\r')
        || (!s.is_ascii()
            && s.chars()
                .any(|c| matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}')))
}

impl<'a> Source<'a> for Tokens<'_, 'a> {
    fn text(&self) -> &'a str {
        self.text
    }
    fn tokens(&self) -> &[Token<'a>] {
        self.tokens
    }
    fn key(&self, i: usize) -> Cow<'_, str> {
        match self.tokens.get(i) {
            Some(t) if matches!(t.kind(), TokenKind::Word | TokenKind::Code) => t.key(),
            Some(t) => Cow::Borrowed(t.text()),
            None => Cow::Borrowed(""),
        }
    }
    fn case(&self, i: usize) -> Case {
        match self.tokens.get(i) {
            Some(t) if t.kind() == TokenKind::Number => Case::Uncased,
            Some(t) => Case::of(t.text()),
            None => Case::Uncased,
        }
    }
    fn gap(&self, i: usize) -> Gap {
        let (Some(a), Some(b)) = (
            i.checked_sub(1).and_then(|p| self.tokens.get(p)),
            self.tokens.get(i),
        ) else {
            return Gap::None;
        };
        match self.text.get(a.end()..b.start()) {
            Some("") | None => Gap::None,
            Some(g) if has_line_break(g) => Gap::Line,
            Some(_) => Gap::Space,
        }
    }
    /// Fast path: the token's text itself; the key (lower case, one tone placement) is
    /// computed only when a word of the list has the token's byte length and lead byte (ASCII
    /// case folded), as case and tone-placement variants do, or when the text has combining
    /// marks (U+0300..U+036F: lead bytes CC, CD).
    fn word_match(&self, i: usize, list: &[&'static str]) -> Option<&'static str> {
        let t = self.tokens.get(i).filter(|t| t.kind() == TokenKind::Word)?;
        let x = t.text();
        if let Some(w) = list.iter().find(|w| **w == x) {
            return Some(w);
        }
        let b = x.as_bytes();
        let lead = b.first()?.to_ascii_lowercase();
        let maybe = list
            .iter()
            .any(|w| w.len() == b.len() && w.as_bytes().first() == Some(&lead));
        if !maybe && !self.has_marks(b) {
            return None;
        }
        let k = t.key();
        list.iter().find(|w| **w == k).copied()
    }
    /// Fast path: a bit test on the text's length and lead byte, the text itself, and the key
    /// only for a spelling with a capital or a combining mark.
    fn special(&self, i: usize) -> Option<&'static str> {
        let t = self.tokens.get(i)?;
        let text = t.text();
        let b = text.as_bytes();
        let marks = self.has_marks(b);
        if !special_shape(b) && !marks {
            return None;
        }
        if let Some(w) = SPECIAL.iter().find(|w| **w == text) {
            return Some(w);
        }
        // Any capital, not only a first one (`bA` keys as `ba`: found by the `numdate` fuzz
        // target, 2026-12-06); the words are short, so the scan is too.
        if !(marks || text.chars().any(char::is_uppercase)) {
            return None;
        }
        let k = t.key();
        SPECIAL.iter().find(|w| **w == k).copied()
    }
}
