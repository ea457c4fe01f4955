//! The result of a segmentation: [`Word`]s over the text's tokens, [`Segmentation`], and the
//! `_`-joined output form.

use std::fmt;
use std::ops::Range;

use hanhchinh_text::Token;

/// One word of a segmentation: a run of tokens of the original text.
///
/// `'t` is the lifetime of the token slice, `'a` the lifetime of the text.
#[derive(Clone, Copy, Debug)]
pub struct Word<'t, 'a> {
    text: &'a str,
    start: usize,
    end: usize,
    tokens: &'t [Token<'a>],
}

impl<'t, 'a> Word<'t, 'a> {
    /// The word as written in the original text (syllables with their original spacing).
    pub fn text(&self) -> &'a str {
        self.text
    }

    hanhchinh_text::span_accessors!(fields, "word");

    /// The tokens (syllables, numbers, codes...) the word is made of, at least one.
    pub fn tokens(&self) -> &'t [Token<'a>] {
        self.tokens
    }

    /// True when the word has more than one token (`thi đua`, `Võ Đức Hơn`).
    pub fn is_compound(&self) -> bool {
        self.tokens.len() > 1
    }

    /// Writes the word in the `_`-joined convention of pyvi and VnCoreNLP: the tokens of the
    /// word joined by `_` where the text had spaces between them (`thi_đua`), kept together where
    /// they touched (`TP.HCM` as a user word stays `TP.HCM`).
    pub fn write_joined<W: fmt::Write>(&self, out: &mut W) -> fmt::Result {
        let mut prev_end: Option<usize> = None;
        for t in self.tokens {
            if prev_end.is_some_and(|e| e < t.start()) {
                out.write_char('_')?;
            }
            out.write_str(t.text())?;
            prev_end = Some(t.end());
        }
        Ok(())
    }
}

impl fmt::Display for Word<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_joined(f)
    }
}

/// The result of [`Segmenter::segment`](crate::Segmenter::segment): the tokens of a text and
/// its words.
///
/// Its [`Display`](fmt::Display) writes the `_`-joined form: words separated by one space (by
/// the text's line breaks where the text had them), syllables of a word joined by `_`.
///
/// ```
/// let seg = hanhchinh_segment::Segmenter::default();
/// let s = seg.segment("Ủy ban nhân dân quận\nHoàn Kiếm");
/// assert_eq!(s.to_string(), "Ủy_ban_nhân_dân quận\nHoàn_Kiếm");
/// ```
#[derive(Clone, Debug)]
pub struct Segmentation<'a> {
    pub(crate) text: &'a str,
    pub(crate) tokens: Vec<Token<'a>>,
    pub(crate) words: Vec<Range<usize>>,
}

impl<'a> Segmentation<'a> {
    /// The text that was segmented.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// All tokens of the text, in order.
    pub fn tokens(&self) -> &[Token<'a>] {
        &self.tokens
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when the text has no token.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The words, in order; each borrows its tokens from this segmentation.
    pub fn words(&self) -> impl Iterator<Item = Word<'_, 'a>> + '_ {
        self.words
            .iter()
            .filter_map(move |r| make_word(self.text, &self.tokens, r.clone()))
    }

    /// Appends the `_`-joined form (see the type's docs) to `out`.
    pub fn write_joined<W: fmt::Write>(&self, out: &mut W) -> fmt::Result {
        let mut prev_end: Option<usize> = None;
        for w in self.words() {
            if let Some(pe) = prev_end {
                let gap = self.text.as_bytes().get(pe..w.start()).unwrap_or(&[]);
                let newlines = gap.iter().filter(|&&b| b == b'\n').count();
                if newlines == 0 {
                    out.write_char(' ')?;
                } else {
                    for _ in 0..newlines {
                        out.write_char('\n')?;
                    }
                }
            }
            w.write_joined(out)?;
            prev_end = Some(w.end());
        }
        Ok(())
    }
}

impl fmt::Display for Segmentation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_joined(f)
    }
}

/// [`Segmentation::write_joined`] straight into a `String`: the same output without the
/// formatting machinery or the [`Word`] values. The text is copied in runs; only the gaps that
/// change (a space inside a word becomes `_`, a gap between words other than one space becomes
/// one space or its line breaks) interrupt a run.
pub(crate) fn push_joined(
    text: &str,
    tokens: &[Token<'_>],
    words: &[Range<usize>],
    out: &mut String,
) {
    let bytes = text.as_bytes();
    // Start of the text not yet copied, and the end of the previous token.
    let mut from: Option<usize> = None;
    let mut prev_end = 0usize;
    for r in words {
        let Some(toks) = tokens.get(r.clone()) else {
            continue;
        };
        for (k, t) in toks.iter().enumerate() {
            let start = t.start();
            match from {
                None => from = Some(start),
                Some(f) => {
                    let gap = bytes.get(prev_end..start).unwrap_or(&[]);
                    let edit: Option<&str> = if k > 0 {
                        (!gap.is_empty()).then_some("_")
                    } else if gap == b" " {
                        None
                    } else {
                        Some(" ")
                    };
                    if let Some(e) = edit {
                        out.push_str(text.get(f..prev_end).unwrap_or(""));
                        let newlines = if k > 0 {
                            0
                        } else {
                            gap.iter().filter(|&&b| b == b'\n').count()
                        };
                        if newlines == 0 {
                            out.push_str(e);
                        } else {
                            for _ in 0..newlines {
                                out.push('\n');
                            }
                        }
                        from = Some(start);
                    }
                }
            }
            prev_end = t.end();
        }
    }
    if let Some(f) = from {
        out.push_str(text.get(f..prev_end).unwrap_or(""));
    }
}

pub(crate) fn make_word<'t, 'a>(
    text: &'a str,
    tokens: &'t [Token<'a>],
    r: Range<usize>,
) -> Option<Word<'t, 'a>> {
    let toks = tokens.get(r)?;
    let start = toks.first()?.start();
    let end = toks.last()?.end();
    Some(Word {
        text: text.get(start..end)?,
        start,
        end,
        tokens: toks,
    })
}
