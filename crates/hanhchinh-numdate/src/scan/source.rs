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
    pub(crate) text: &'a str,
    pub(crate) tokens: &'s [Token<'a>],
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
        if !maybe && !b.iter().any(|&c| c == 0xCC || c == 0xCD) {
            return None;
        }
        let k = t.key();
        list.iter().find(|w| **w == k).copied()
    }
}
