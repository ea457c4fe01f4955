//! Sentence splitting over the tokens of [`tokenize`](crate::tokenize).
//!
//! The rules are documented on [`sentences`].

use std::ops::Range;

use crate::token::{tokenize, Token, TokenKind, Tokens};

/// A sentence: a slice of the original text, trimmed of surrounding white space.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Sentence<'a> {
    text: &'a str,
    start: usize,
}

impl<'a> Sentence<'a> {
    /// The sentence's text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    crate::span_accessors!(text, "sentence");
}

/// Splits `text` into sentences.
///
/// A sentence ends
/// * after `.`, `!` or `?` (and any closing quotes or brackets right after it) that is followed
///   by white space and then by an upper-case letter, a digit, an opening quote or bracket, or a
///   dash — unless the `.` closes an abbreviation (`TP.`, `TS.`, `ThS.`, `GS.`, `P.`, an initial
///   such as `H.`), or the mark stands inside an open quotation;
/// * at a line break followed by a line that starts like a sentence (upper case, digit, quote,
///   bracket, dash or bullet), or that follows a line ending in such a mark. Page breaks inside
///   a sentence (`kinh\n\ntế`) do not end it.
///
/// An ellipsis (`…`, `...`) ends a sentence only at a line break. Numbers never do: `2.309` is
/// one token.
///
/// ```
/// use hanhchinh_text::sentences;
/// let text = "Có 2.309 doanh nghiệp tại TP. Hồ Chí Minh. Ông nói: “Tốt. Rất tốt.” Xong…";
/// let s: Vec<&str> = sentences(text).map(|s| s.text()).collect();
/// assert_eq!(s, ["Có 2.309 doanh nghiệp tại TP. Hồ Chí Minh.", "Ông nói: “Tốt. Rất tốt.”", "Xong…"]);
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences {
        inner: Splitter::new(text, tokenize(text)),
    }
}

/// The iterator returned by [`sentences`].
#[derive(Clone, Debug)]
pub struct Sentences<'a> {
    inner: Splitter<'a, Tokens<'a>>,
}

impl<'a> Iterator for Sentences<'a> {
    type Item = Sentence<'a>;

    fn next(&mut self) -> Option<Sentence<'a>> {
        self.inner.next().map(|(s, _)| s)
    }
}

/// The sentence rules over any token stream of `text` (the tokenizer's, or a [`Doc`]'s
/// tokens): yields each sentence with the index range of its tokens in the stream.
///
/// [`Doc`]: crate::Doc
#[derive(Clone, Debug)]
pub(crate) struct Splitter<'a, I> {
    text: &'a str,
    tokens: I,
    /// The next token (looked ahead).
    next: Option<Token<'a>>,
    /// The token before the current one, across sentences.
    prev: Option<Token<'a>>,
    /// Index of `next` in the stream.
    index: usize,
}

impl<'a, I: Iterator<Item = Token<'a>>> Splitter<'a, I> {
    pub(crate) fn new(text: &'a str, mut tokens: I) -> Splitter<'a, I> {
        let next = tokens.next();
        Splitter {
            text,
            tokens,
            next,
            prev: None,
            index: 0,
        }
    }
}

/// Abbreviations that end in a dot inside a sentence: titles, degrees, unit types.
const ABBREVIATIONS: &[&str] = &[
    "TP", "Tp", "tp", "TX", "Tx", "TT", "Q", "P", "H", "X", "GS", "PGS", "TS", "ThS", "BS", "CN",
    "KS", "Th", "NXB", "Nxb", "St", "Mr", "Mrs", "Ms", "Dr", "Prof", "vs", "v", "tr", "TTr", "Tr",
];

fn is_opening(t: &Token<'_>) -> bool {
    t.kind() == TokenKind::Punct
        && matches!(
            t.text(),
            "“" | "\"" | "‘" | "«" | "(" | "[" | "-" | "–" | "—" | "•" | "'"
        )
}

fn is_closing(t: &Token<'_>) -> bool {
    t.kind() == TokenKind::Punct && matches!(t.text(), "”" | "\"" | "’" | "»" | ")" | "]" | "'")
}

fn is_terminal(t: &Token<'_>) -> bool {
    t.kind() == TokenKind::Punct && matches!(t.text(), "." | "!" | "?" | "!!" | "?!")
}

fn is_ellipsis(t: &Token<'_>) -> bool {
    t.kind() == TokenKind::Punct
        && (t.text() == "…" || t.text().len() >= 2 && t.text().bytes().all(|b| b == b'.'))
}

/// Whether a token can start a sentence.
fn starts_sentence(t: &Token<'_>) -> bool {
    t.is_capitalized() || matches!(t.kind(), TokenKind::Number) || is_opening(t)
}

impl<'a, I: Iterator<Item = Token<'a>>> Iterator for Splitter<'a, I> {
    type Item = (Sentence<'a>, Range<usize>);

    fn next(&mut self) -> Option<(Sentence<'a>, Range<usize>)> {
        let first = self.next?;
        let first_index = self.index;
        let start = first.start();
        let mut end = first.end();
        let mut depth = 0usize;
        let mut last_terminal = false;
        while let Some(cur) = self.next {
            self.next = self.tokens.next();
            self.index += 1;
            end = cur.end();
            // Quotes: a straight quote opens when none is open.
            match cur.text() {
                "“" | "«" => depth += 1,
                "”" | "»" => depth = depth.saturating_sub(1),
                "\"" => depth = if depth == 0 { 1 } else { depth - 1 },
                _ => {}
            }
            let after_abbrev = cur.is_char('.')
                && self.prev.is_some_and(|p| {
                    p.end() == cur.start()
                        && p.kind() == TokenKind::Word
                        && (ABBREVIATIONS.contains(&p.text())
                            || (p.text().chars().count() == 1 && p.is_capitalized()))
                });
            let terminal = (is_terminal(&cur) && !after_abbrev)
                || (is_closing(&cur)
                    && last_terminal
                    && self.prev.is_some_and(|p| p.end() == cur.start()));
            self.prev = Some(cur);
            last_terminal = terminal;
            let Some(next) = self.next else {
                break;
            };
            let gap = self.text.get(cur.end()..next.start()).unwrap_or("");
            if gap.contains('\n')
                && (terminal || is_ellipsis(&cur) || starts_sentence(&next) || next.is_char('•'))
            {
                break;
            }
            if terminal && depth == 0 && !gap.is_empty() && starts_sentence(&next) {
                break;
            }
        }
        let text = self.text.get(start..end)?;
        Some((Sentence { text, start }, first_index..self.index))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        sentences(s).map(|s| s.text()).collect()
    }

    #[test]
    fn does_not_break_inside_numbers_abbreviations_or_quotes() {
        assert_eq!(
            split("Có 2.309 doanh nghiệp. Tăng 13%."),
            ["Có 2.309 doanh nghiệp.", "Tăng 13%."]
        );
        assert_eq!(
            split("GS. TS. Nguyễn Văn A phát biểu."),
            ["GS. TS. Nguyễn Văn A phát biểu."]
        );
        assert_eq!(
            split("Tại TP. Hồ Chí Minh. Sau đó"),
            ["Tại TP. Hồ Chí Minh.", "Sau đó"]
        );
        assert_eq!(
            split("Chủ đề “Kỷ cương. Trách nhiệm.” được phát động. Năm 2022"),
            [
                "Chủ đề “Kỷ cương. Trách nhiệm.” được phát động.",
                "Năm 2022"
            ]
        );
        assert_eq!(split("các cấp… Các ngành"), ["các cấp… Các ngành"]);
    }

    #[test]
    fn lines() {
        assert_eq!(
            split("TIN TỨC\nQuận tổ chức hội nghị\n\nkinh\n\ntế phát triển."),
            ["TIN TỨC", "Quận tổ chức hội nghị\n\nkinh\n\ntế phát triển."]
        );
        assert_eq!(split("  \n "), Vec::<&str>::new());
        assert_eq!(split("a. b"), ["a. b"]);
    }
}
