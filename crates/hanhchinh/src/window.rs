//! Long documents in windows: the recognizers run over one window of a long text at a time, so
//! that the memory a document needs (its tokens and every recognizer's findings in progress) is
//! bounded by the window, not by the text; only the entities are kept.
//!
//! A text of at most [`WINDOW_FROM`] bytes is one window: nothing changes for it. A longer one
//! is cut, about every [`WINDOW`] bytes, at a line break, else at the end of a sentence, else
//! at a space, else after punctuation; its date is chosen once for the whole text (the
//! reference date, or the latest full date written anywhere in it), so every window reads its
//! units in the same era. What a window cannot see is the rest of the text: a unit named bare
//! far from where it was named with its type word, or the province kind of the whole text for
//! `TUV`, is judged within its window.

use std::ops::Range;

use hanhchinh_text::{sentences, Doc};

/// Texts longer than this are processed in windows.
pub(crate) const WINDOW_FROM: usize = 4 << 20;
/// The size windows are cut at (they end at the next boundary after it).
pub(crate) const WINDOW: usize = 1 << 20;

/// How far past the target a window's end is looked for at a sentence end.
const SENTENCE_ZONE: usize = 64 << 10;

/// The largest char boundary of `text` at or before `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Where a window that should end after `target` ends: the first good boundary in
/// `target..limit` (a line break, the end of a sentence, a space, punctuation), else `target`.
fn cut(text: &str, target: usize, limit: usize) -> usize {
    let target = floor_boundary(text, target);
    let limit = floor_boundary(text, limit).max(target);
    let Some(zone) = text.get(target..limit) else {
        return target;
    };
    if let Some(k) = memchr::memchr(b'\n', zone.as_bytes()) {
        return target + k + 1;
    }
    // The end of the first sentence that ends in the first [`SENTENCE_ZONE`] bytes of the
    // zone (the splitter starts afresh at `target`: that first "sentence" is the end of the
    // one the target falls in). Only so far: a text without sentence ends (or without spaces)
    // would have the splitter read the whole zone for every window.
    let near = zone
        .get(..floor_boundary(zone, SENTENCE_ZONE))
        .unwrap_or(zone);
    if let Some(s) = sentences(near).next() {
        if s.end() < near.len() {
            return target + s.end();
        }
    }
    if let Some(k) = zone.find(char::is_whitespace) {
        return target + k;
    }
    if let Some(k) = zone.find(['.', ',', ';', ':', '!', '?']) {
        return target + k + 1;
    }
    target
}

/// The windows of `text`: one for a text of at most [`WINDOW_FROM`] bytes, else ranges of about
/// [`WINDOW`] bytes that cover it, in order.
pub(crate) fn windows(text: &str) -> Vec<Range<usize>> {
    if text.len() <= WINDOW_FROM {
        #[allow(clippy::single_range_in_vec_init)]
        return vec![0..text.len()];
    }
    let mut out = Vec::with_capacity(text.len() / WINDOW + 1);
    let mut start = 0;
    while text.len() - start > WINDOW + WINDOW / 2 {
        let end = cut(text, start + WINDOW, start + WINDOW + WINDOW / 2);
        if end <= start {
            break;
        }
        out.push(start..end);
        start = end;
    }
    out.push(start..text.len());
    out
}

/// The document of one window.
pub(crate) fn doc<'a>(text: &'a str, w: &Range<usize>) -> Doc<'a> {
    Doc::new(text.get(w.clone()).unwrap_or(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> Vec<Range<usize>> {
        let w = windows(text);
        let mut next = 0;
        for r in &w {
            assert_eq!(r.start, next);
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            next = r.end;
        }
        assert_eq!(next, text.len());
        w
    }

    #[test]
    fn short_texts_are_one_window() {
        assert_eq!(check("Hà Nội"), vec![Range { start: 0, end: 9 }]);
    }

    #[test]
    fn long_texts_are_cut_at_boundaries() {
        let line = "Ngày 18/5, UBND quận Ba Đình họp. Sáng 19/5 tiếp tục.\n";
        let lines = line.repeat(WINDOW_FROM / line.len() + 10);
        let w = check(&lines);
        assert!(w.len() > 3);
        assert!(w
            .iter()
            .all(|r| lines[..r.end].ends_with('\n') || r.end == lines.len()));
        let one = lines.replace('\n', " ");
        let w = check(&one);
        assert!(w[..w.len() - 1].iter().all(|r| one[..r.end].ends_with(". ")
            || one[..r.end].ends_with('.')
            || one[r.end..].starts_with(' ')));
        let glued = "ĐàNẵng".repeat(WINDOW_FROM / 8 + 10);
        check(&glued);
    }
}
