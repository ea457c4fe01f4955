//! The sentences that bound a list, a cue's scope and a clause's subject, as the finder needs
//! them: cut at line breaks and at a full stop, question or exclamation mark, or ellipsis
//! followed by a space and a capital, a number or an opening quote; not at the dot of a
//! unit-type abbreviation (`TP. Hà Nội`) or of an initial (`P. Nguyễn`). Computed from the
//! document's gaps and keys in one pass, on first use (`Doc::sentences` splits with more rules,
//! at several times the cost, which the finder does not need).

use hanhchinh_text::{vocab, Case, Doc, Gap, TokenKind};

/// The first token of each sentence, in order.
#[derive(Debug, Default)]
pub(super) struct Sentences {
    starts: Vec<usize>,
}

/// Whether token `k` ends a sentence when a capital follows it.
fn terminal(doc: &Doc<'_>, k: usize) -> bool {
    if doc.kind(k) != Some(TokenKind::Punct) {
        return false;
    }
    match doc.word(k) {
        "!" | "?" | "…" | "..." => true,
        "." => {
            let Some(p) = k.checked_sub(1) else {
                return true;
            };
            // The dot of an abbreviation or an initial touches it.
            !(doc.touches(k)
                && doc.kind(p) == Some(TokenKind::Word)
                && (vocab::is_type_abbreviation(doc.key(p))
                    || (doc.case(p) == Case::Title && doc.word(p).chars().nth(1).is_none())))
        }
        _ => false,
    }
}

/// Whether token `k` may open a sentence after a terminal mark.
fn opener(doc: &Doc<'_>, k: usize) -> bool {
    matches!(doc.case(k), Case::Title | Case::Upper)
        || doc.kind(k) == Some(TokenKind::Number)
        || matches!(doc.word(k), "“" | "\"" | "(" | "-" | "–" | "«")
}

/// Whether token `k` opens a sentence.
#[inline]
pub(super) fn opens_sentence(doc: &Doc<'_>, k: usize) -> bool {
    let Some(p) = k.checked_sub(1) else {
        return true;
    };
    match doc.gap_before(k) {
        Gap::Line | Gap::Para => true,
        Gap::Space => terminal(doc, p) && opener(doc, k),
        _ => false,
    }
}

impl Sentences {
    pub(super) fn of(doc: &Doc<'_>) -> Sentences {
        let mut starts = vec![0];
        starts.extend((1..doc.len()).filter(|&k| opens_sentence(doc, k)));
        Sentences { starts }
    }

    /// The index of the sentence of token `i`.
    pub(super) fn index(&self, i: usize) -> usize {
        self.starts.partition_point(|&s| s <= i).saturating_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts() {
        let doc = Doc::new("Họp tại TP. Hà Nội. Ông P. Nguyễn dự! Xong\nMới");
        let s = Sentences::of(&doc);
        let firsts: Vec<&str> = s.starts.iter().map(|&k| doc.word(k)).collect();
        assert_eq!(firsts, ["Họp", "Ông", "Xong", "Mới"]);
        assert_eq!(s.index(3), 0);
        assert_eq!(s.index(8), 1);
        assert!(opens_sentence(&doc, 0) && !opens_sentence(&doc, 3));
    }
}
