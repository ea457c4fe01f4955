//! Long documents in windows: the recognizers run over one window of a long text at a time, so
//! that the memory a document needs (its tokens and every recognizer's findings in progress) is
//! bounded by the window, not by the text; only the entities are kept.
//!
//! A text of at most [`WINDOW_FROM`] bytes is one window: nothing changes for it. A longer one
//! is cut, about every [`WINDOW`] bytes, at a line break, else at the end of a sentence, else
//! at a space, else after punctuation; its date is chosen once for the whole text (the
//! reference date, or the latest full date written anywhere in it, looked for only around
//! groups of digits: see [`date_zones`]), so every window reads its units in the same era. What a window cannot see is the rest of the text: a unit named bare
//! far from where it was named with its type word, or the province kind of the whole text for
//! `TUV`, is judged within its window.

use std::ops::Range;

use hanhchinh_text::{sentences, Doc};

use crate::era::DocumentDate;

/// Texts longer than this are processed in windows.
pub(crate) const WINDOW_FROM: usize = 1 << 20;
/// The size windows are cut at (they end at the next boundary after it).
pub(crate) const WINDOW: usize = 256 << 10;

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

/// How far from a digit the dating pass of a long undated text reads (before widening to a
/// space): a date written in full has digits, and numdate decides what a number is from the
/// few words around it (`ngày`, `số`, `tháng`, `năm`, ...), all well within this reach.
const DATE_REACH: usize = 32;

/// The parts of `text` where a date written in full can be: digits less than twice
/// [`DATE_REACH`] apart form a group, and a group of three runs of digits or more (a day, a
/// month and a year, as in `18/5/2022` or `ngày 18 tháng 5 năm 2022`; numdate reads no month
/// or day spelled out in a date) is a part, with [`DATE_REACH`] bytes on either side, widened
/// to the nearest space within [`DATE_REACH`] more; in order, not overlapping. A text without
/// such digits has none.
pub(crate) fn date_zones(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut from = 0;
    // One past the run of digits that starts at `d`.
    let run_end = |d: usize| {
        bytes
            .get(d..)
            .and_then(|b| b.iter().position(|b| !b.is_ascii_digit()))
            .map_or(bytes.len(), |k| d + k)
    };
    while let Some(first) = first_digit(bytes, from, bytes.len()) {
        let (mut end, mut runs) = (run_end(first), 1);
        while let Some(d) = first_digit(bytes, end, end + 2 * DATE_REACH) {
            runs += 1;
            end = run_end(d);
        }
        from = end;
        if runs < 3 {
            continue;
        }
        let start = widen_back(text, first.saturating_sub(DATE_REACH));
        let end = widen_forward(text, end + DATE_REACH);
        match out.last_mut() {
            Some(r) if r.end >= start => r.end = r.end.max(end),
            _ => out.push(start..end),
        }
    }
    out
}

/// The first ASCII digit of `bytes[from..to]` (`to` capped at the end), looked for 32 bytes at
/// a time (a test of a block without early exit is vectorized).
fn first_digit(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    let zone = bytes.get(from..to.min(bytes.len()))?;
    let mut base = from;
    for block in zone.chunks(32) {
        let any = block
            .iter()
            .fold(false, |any, b| any | b.wrapping_sub(b'0').lt(&10));
        if any {
            return block.iter().position(u8::is_ascii_digit).map(|k| base + k);
        }
        base += block.len();
    }
    None
}

fn is_space(b: &u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\r' | b'\t')
}

/// `i`, or just after the last space in the [`DATE_REACH`] bytes before it.
fn widen_back(text: &str, i: usize) -> usize {
    let i = floor_boundary(text, i);
    let from = i.saturating_sub(DATE_REACH);
    match text
        .as_bytes()
        .get(from..i)
        .and_then(|b| b.iter().rposition(is_space))
    {
        Some(k) => from + k + 1,
        None => i,
    }
}

/// `i` (at the next char boundary, at most the text's end), or the first space in the
/// [`DATE_REACH`] bytes after it.
fn widen_forward(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    let to = (i + DATE_REACH).min(text.len());
    match text
        .as_bytes()
        .get(i..to)
        .and_then(|b| b.iter().position(is_space))
    {
        Some(k) => i + k,
        None => i,
    }
}

/// The date of a long text cut into `windows`, none given: the latest date written in any
/// window, else the reform's vocabulary in any window. Dates are looked for in each window's
/// [`date_zones`] (numdate over bare tokens reads as it reads a `Doc`). Nothing found here is
/// kept: on a text dense with digits the numbers of every window would grow with the text, so
/// each window's reading finds its numbers again.
pub(crate) fn date_of_windows(text: &str, windows: &[Range<usize>]) -> DocumentDate {
    let options = hanhchinh_numdate::Options::new();
    let written = windows
        .iter()
        .filter_map(|w| {
            let part = text.get(w.clone()).unwrap_or("");
            date_zones(part)
                .iter()
                .filter_map(|z| {
                    let zone = part.get(z.clone()).unwrap_or("");
                    DocumentDate::written(&hanhchinh_numdate::find(zone, &options))
                })
                .reduce(DocumentDate::or_later)
        })
        .reduce(DocumentDate::or_later);
    written.unwrap_or_else(|| {
        DocumentDate::unwritten_text(windows.iter().map(|w| text.get(w.clone()).unwrap_or("")))
    })
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

    fn zones(text: &str) -> Vec<&str> {
        let z = date_zones(text);
        assert!(z.windows(2).all(|p| p[0].end < p[1].start));
        z.iter().filter_map(|r| text.get(r.clone())).collect()
    }

    #[test]
    fn date_zones_hold_every_digit_and_the_words_around_it() {
        assert!(zones("Không có số nào ở đây.").is_empty());
        // Fewer than three runs of digits: no full date.
        assert!(zones("Có 2.309 hộ gia đình, tăng so với năm trước.").is_empty());
        assert!(zones("0123456789").is_empty());
        assert_eq!(zones("1/2/3"), ["1/2/3"]);
        let text = "Chỉ thị số 34-CT/TW ngày 07/4/2014 của Ban Bí thư";
        assert_eq!(zones(text), [text]);
        let far = format!("Ngày 18/5/2022, {} Sáng 19/5/2022", "họp bàn ".repeat(40));
        let z = zones(&far);
        assert_eq!(z.len(), 2);
        assert!(z[0].starts_with("Ngày 18/5/2022") && z[1].ends_with("Sáng 19/5/2022"));
        // Widened to a space: no word is cut.
        assert!(z[0].ends_with(" bàn") || z[0].ends_with(" họp"));
        assert!(z[1].starts_with("bàn ") || z[1].starts_with("họp "));
        // Without spaces, cut at char boundaries.
        let glued = format!("{}ngày18/5/2022{}", "Đà".repeat(100), "Nẵng".repeat(100));
        for z in zones(&glued) {
            assert!(z.contains("ngày18/5/2022"));
        }
    }
}
