//! The word segmenter over arbitrary UTF-8, with the options chosen by the first byte.
//!
//! Invariants checked, for the input `s` and its tokens `T` (`hanhchinh_text::tokenize`):
//! - the words are non-empty runs of tokens that partition `T` in order: every token is in
//!   exactly one word; a word's span runs from its first token's start to its last token's end,
//!   lies on char boundaries, and its `text()` is that slice of `s`;
//! - no word crosses a line break (no `\n` or `\r` between two tokens of one word);
//! - a word made of word tokens only (no number, code, punctuation or symbol) has at most
//!   `max(max_word_tokens, max_name_syllables)` tokens: the dictionary's longest word or the
//!   name cap, never a whole run of capitalised syllables;
//! - lossless: the `_`-joined output `J` with every `_`, ` ` and `\n` removed equals the
//!   concatenation of the token texts with every `_`, ` ` and `\n` removed (the joined form only
//!   adds `_` inside words and one space or the gap's line breaks between words, and drops
//!   only what lies between tokens, which the `tokenize` target checks is space);
//! - exact form: each separator of `J` is one space, or the line breaks of the gap between the
//!   two words when it has any; inside a word, `_` stands for each non-empty gap between two of
//!   its tokens;
//! - the three entry points agree: `segment(s).to_string()` equals `segment_joined_into`
//!   (a separate, faster writer), and `segment_tokens` gives the same spans as `segment`.
#![no_main]

use hanhchinh_segment::{Segmenter, DEFAULT_MAX_NAME_SYLLABLES, DEFAULT_MAX_WORD_TOKENS};
use hanhchinh_text::{tokenize, Token, TokenKind};
use libfuzzer_sys::fuzz_target;

/// The segmenter for an options byte: bits 0-2 the name cap (0 means the default), bits 3-7
/// each switch one rule off. Building without user words shares the default trie (cheap).
fn segmenter(b: u8) -> (Segmenter, usize) {
    let cap = match usize::from(b & 7) {
        0 => DEFAULT_MAX_NAME_SYLLABLES,
        n => n,
    };
    let seg = Segmenter::builder()
        .max_name_syllables(cap)
        .join_names(b & 8 == 0)
        .join_reduplications(b & 16 == 0)
        .join_number_magnitudes(b & 32 == 0)
        .join_abbreviation_dots(b & 64 == 0)
        .split_lower_before_capital(b & 128 == 0)
        .build()
        .expect("a builder without user words always builds");
    (seg, cap)
}

fn strip(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '_' | ' ' | '\n'))
        .collect()
}

/// The separator the joined form writes for the gap between two words.
fn separator(gap: &str) -> String {
    let newlines = gap.matches('\n').count();
    if newlines == 0 {
        " ".to_owned()
    } else {
        "\n".repeat(newlines)
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&opts, rest)) = data.split_first() else {
        return;
    };
    let Ok(s) = std::str::from_utf8(rest) else {
        return;
    };
    let (seg, cap) = segmenter(opts);
    let longest = DEFAULT_MAX_WORD_TOKENS.max(cap);
    let tokens: Vec<Token<'_>> = tokenize(s).collect();
    let segmentation = seg.segment(s);
    assert_eq!(segmentation.text(), s);
    assert_eq!(segmentation.tokens(), &tokens[..]);

    let mut next_token = 0usize;
    let mut expected = String::new();
    let mut prev_end: Option<usize> = None;
    for w in segmentation.words() {
        let toks = w.tokens();
        assert!(!toks.is_empty(), "empty word at {}", w.start());
        // The word's tokens are the next ones of the text.
        assert_eq!(
            toks,
            &tokens[next_token..next_token + toks.len()],
            "word at {} is not the next run of tokens",
            w.start()
        );
        next_token += toks.len();
        let (start, end) = (w.start(), w.end());
        assert_eq!(start, toks[0].start());
        assert_eq!(end, toks[toks.len() - 1].end());
        assert_eq!(w.span(), start..end);
        assert!(s.is_char_boundary(start) && s.is_char_boundary(end));
        assert_eq!(Some(w.text()), s.get(start..end));
        assert_eq!(w.is_compound(), toks.len() > 1);
        // The joined form of the word, and no line break inside it.
        let mut form = String::new();
        for (k, t) in toks.iter().enumerate() {
            if k > 0 {
                let gap = &s[toks[k - 1].end()..t.start()];
                assert!(
                    !gap.contains(['\n', '\r']),
                    "word {:?} at {start} crosses a line break",
                    w.text()
                );
                if !gap.is_empty() {
                    form.push('_');
                }
            }
            form.push_str(t.text());
        }
        assert_eq!(w.to_string(), form);
        if toks.iter().all(|t| t.kind() == TokenKind::Word) {
            assert!(
                toks.len() <= longest,
                "word {:?} at {start} has {} word tokens (cap {cap})",
                w.text(),
                toks.len()
            );
        }
        if let Some(pe) = prev_end {
            assert!(start >= pe, "word at {start} overlaps the previous one");
            expected.push_str(&separator(&s[pe..start]));
        }
        expected.push_str(&form);
        prev_end = Some(end);
    }
    assert_eq!(next_token, tokens.len(), "tokens left out of every word");

    let joined = segmentation.to_string();
    assert_eq!(joined, expected);
    let all_tokens: String = tokens.iter().map(|t| t.text()).collect();
    assert_eq!(strip(&joined), strip(&all_tokens));

    let mut fast = String::from("kept");
    seg.segment_joined_into(s, &mut fast);
    assert_eq!(fast.strip_prefix("kept"), Some(joined.as_str()));

    let spans: Vec<_> = seg
        .segment_tokens(s, &tokens)
        .iter()
        .map(|w| w.span())
        .collect();
    let want: Vec<_> = segmentation.words().map(|w| w.span()).collect();
    assert_eq!(spans, want);
});
