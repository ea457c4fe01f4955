//! Bylines: the author of a text, written after a label (`Tác giả: …`) or alone on its last
//! line (the rules are on [`crate::find`]).

use std::ops::Range;

use hanhchinh_text::{Case, Doc, TokenKind};

use crate::words::{is_surname, BYLINE_LABELS, COUNTRY_NAMES, NOT_BYLINE, NOT_FIRST};
use crate::{Context, Covered, Person};

/// Whether tokens `r` are a name alone: two to four capitalised syllables separated by
/// spaces (or all in capitals), none of them a word of page furniture.
fn name_alone(doc: &Doc<'_>, r: Range<usize>) -> bool {
    // A byline is often written in capitals (`NGUYỄN HOÀNG`, `Bài, ảnh: THU HÀ`): then every
    // word is a syllable in capitals.
    let capitals = r.clone().all(|k| {
        doc.kind(k) == Some(TokenKind::Word) && doc.case(k) == Case::Upper && doc.is_syllable(k)
    });
    (2..=4).contains(&r.len())
        && r.clone().all(|k| {
            (capitals || doc.is_name_word(k))
                && !NOT_BYLINE.contains(&doc.key(k))
                && (k == r.start || doc.spaced(k))
        })
        && !NOT_FIRST.contains(&doc.key(r.start))
}

/// Line `line` without the source in brackets that ends it (`Trần Hòa (TTXVN)` -> `Trần Hòa`):
/// a bracket spaced after the words before it, closed by the line's last token, holding a few
/// words that begin with a capital.
fn without_source(doc: &Doc<'_>, line: Range<usize>) -> Range<usize> {
    let last = line.end.saturating_sub(1);
    if line.len() < 4 || doc.word(last) != ")" {
        return line;
    }
    let open = (line.start + 1..last)
        .rev()
        .take(10)
        .find(|&k| doc.word(k) == "(");
    let Some(o) = open else {
        return line;
    };
    if o + 1 < last && doc.spaced(o) && doc.word(o + 1).starts_with(char::is_uppercase) {
        line.start..o
    } else {
        line
    }
}

/// The token after the label that opens token `seg`'s segment of a byline (`Ảnh:` in `Tin: Lan
/// Hương - Ảnh: Đức Anh`), or `seg` when there is none; `end` ends the line.
fn after_label(doc: &Doc<'_>, seg: usize, end: usize) -> usize {
    (seg..end.min(seg + 5))
        .find(|&k| doc.word(k) == ":")
        .filter(|&c| BYLINE_LABELS.spelt_by(doc, seg..c))
        .map_or(seg, |c| c + 1)
}

fn person<'a>(doc: &Doc<'a>, r: Range<usize>) -> Person<'a> {
    Person {
        span: doc.span(r.clone()),
        text: doc.slice(r),
        titles: Vec::new(),
        byline: true,
    }
}

pub(crate) fn bylines<'a>(
    doc: &Doc<'a>,
    ctx: &Context<'_, 'a>,
    covered: &Covered,
) -> Vec<Person<'a>> {
    let mut out = Vec::new();
    // Labelled bylines: `Tác giả: Hoài Thương - Mai Tăng`.
    for line in doc.lines() {
        // Labels are a few words: a colon further on ends no label.
        let Some(colon) = line.clone().take(12).find(|&k| doc.word(k) == ":") else {
            continue;
        };
        if !BYLINE_LABELS.spelt_by(doc, line.start..colon) {
            continue;
        }
        let mut seg = colon + 1;
        for k in colon + 1..=line.end {
            let sep = k == line.end
                || (doc.kind(k) == Some(TokenKind::Punct)
                    && matches!(doc.word(k), "-" | "–" | "," | ";"));
            if sep {
                if name_alone(doc, seg..k) && !covered.typed_in(seg..k) {
                    out.push(person(doc, seg..k));
                }
                seg = after_label(doc, k + 1, line.end);
            }
        }
    }
    // The last line of a text of several lines, when it is a name alone that starts with a
    // surname and is no unit or country; the name may be followed by its source in brackets
    // (`Lê Hoa (TTVH xã Tân Lập)`, `Trần Hòa (TTXVN)`).
    if doc.line_count() >= 2 {
        if let Some(last) = doc.lines().last().map(|l| without_source(doc, l)) {
            let name = doc.slice(last.clone());
            if name_alone(doc, last.clone())
                && is_surname(ctx.lexicon_or_builtin(), doc.key(last.start))
                && !ctx.is_unit_name(name)
                && !COUNTRY_NAMES.spelt_by(doc, last.clone())
                && !covered.any_in(last.clone())
                && out.last().map_or(true, |p: &Person<'_>| {
                    p.span.end <= doc.span(last.clone()).start
                })
            {
                out.push(person(doc, last));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::found_texts;

    #[test]
    fn labelled() {
        assert_eq!(
            found_texts(bylines, "Tác giả: Hoài Thương - Mai Tăng - Đài TT TH Huyện"),
            ["Hoài Thương", "Mai Tăng"]
        );
        // A second label after a separator: the photographer's credit.
        assert_eq!(
            found_texts(bylines, "Tin: Lan Hương - Ảnh: Đức Anh"),
            ["Lan Hương", "Đức Anh"]
        );
    }

    #[test]
    fn last_line_of_several() {
        assert_eq!(
            found_texts(bylines, "Hội nghị đã thành công.\nTrần Hòa"),
            ["Trần Hòa"]
        );
        // One line: no byline; no surname first: no byline; furniture: no byline.
        assert!(found_texts(bylines, "Trần Hòa").is_empty());
        assert!(found_texts(bylines, "Tin tức\nHuy Kiên").is_empty());
        assert!(found_texts(bylines, "Tin tức\nTin Mới").is_empty());
        assert!(found_texts(bylines, "Tin tức\nKinh Tế").is_empty());
        // The source in brackets after the name.
        assert_eq!(
            found_texts(bylines, "Hội nghị đã thành công.\nLê Hoa (TTVH xã Tân Lập)"),
            ["Lê Hoa"]
        );
        assert_eq!(
            found_texts(bylines, "Hội nghị đã thành công.\nTrần Hòa (TTXVN)"),
            ["Trần Hòa"]
        );
        assert!(found_texts(bylines, "Hội nghị đã thành công.\nTrần Hòa (ảnh)").is_empty());
        // In capitals.
        assert_eq!(
            found_texts(bylines, "Hội nghị đã thành công.\nNGUYỄN HOÀNG"),
            ["NGUYỄN HOÀNG"]
        );
        assert_eq!(
            found_texts(bylines, "Hội nghị đã thành công.\nBài, ảnh: THU HÀ"),
            ["THU HÀ"]
        );
        assert!(found_texts(bylines, "NGUYỄN HOÀNG").is_empty());
        assert!(found_texts(bylines, "Tin tức\nKINH TẾ").is_empty());
    }
}
