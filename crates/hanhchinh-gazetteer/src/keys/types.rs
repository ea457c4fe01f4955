//! Type words at the start of a keyed name (`thị xã An Khê`, `tp hcm`), for lookups and
//! addresses. The words and abbreviations are those of `hanhchinh_text::vocab` (one table for
//! every crate).

use hanhchinh_text::vocab::{self, UnitType};
use once_cell::sync::Lazy;

use super::fold::{fold_packed, pack, Packed};

/// A set of unit types (a type word such as `thành phố` names two types).
pub(crate) type TypeSet = hanhchinh_text::vocab::UnitTypeSet;

/// How a type word was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TypeWordStyle {
    /// The full word (`quận`, `thành phố`, `QUẬN`).
    Full,
    /// A multi-letter abbreviation that stands alone (`TP`, `Tp`, `TX`, `TT`).
    Abbrev,
    /// A one-letter abbreviation, valid only before `.` or a number (`Q.`, `P.`, `Q1`).
    Letter,
}

/// One type word: the lookup keys of its tokens, their folds, the types it names.
#[derive(Debug)]
pub(super) struct TypeWord {
    /// The packed fold of the first part ([`pack`]).
    pub(super) first: u64,
    pub(super) parts: Vec<String>,
    folded: Vec<String>,
    types: TypeSet,
    style: TypeWordStyle,
}

/// The type words and abbreviations of the vocabulary (the unit types' words, and their
/// abbreviations without the dot), longest first.
pub(super) static TYPE_WORDS: Lazy<Vec<TypeWord>> = Lazy::new(|| {
    let mut out: Vec<TypeWord> = Vec::new();
    let mut add = |word: String, style: TypeWordStyle, t: UnitType| {
        if let Some(tw) = out.iter_mut().find(|tw| tw.parts.join(" ") == word) {
            tw.types = tw.types.with(t);
            return;
        }
        let parts: Vec<String> = word.split(' ').map(str::to_string).collect();
        let folded: Vec<String> = parts
            .iter()
            .map(|p| hanhchinh_text::fold(p).into_owned())
            .collect();
        let first = folded.first().map_or(0, |f| pack(f.as_bytes()));
        out.push(TypeWord {
            first,
            parts,
            folded,
            types: TypeSet::EMPTY.with(t),
            style,
        });
    };
    for t in UnitType::ALL {
        add(t.vietnamese().to_string(), TypeWordStyle::Full, t);
        for a in t.abbreviations() {
            let k = hanhchinh_text::key(a.trim_end_matches('.')).into_owned();
            let style = if k.chars().nth(1).is_some() {
                TypeWordStyle::Abbrev
            } else {
                TypeWordStyle::Letter
            };
            add(k, style, t);
        }
    }
    out.sort_by_key(|tw| std::cmp::Reverse(tw.parts.len()));
    out
});

/// A type word found at the start of a token slice.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TypeMatch {
    /// Number of word tokens it covers.
    pub(crate) len: usize,
    /// The types it names.
    pub(crate) types: TypeSet,
    /// How it was written.
    pub(crate) style: TypeWordStyle,
}

/// Recognises a type word at the start of `words` (already keyed, lowercase tokens).
///
/// `allow_folded` lets plain-ASCII tokens match the folded form (`phuong`, `quan`) — callers
/// pass true only for tokens written without any diacritics.
pub(crate) fn match_type_word<S: AsRef<str>>(
    words: &[S],
    ascii: &[bool],
    allow_folded: bool,
) -> Option<TypeMatch> {
    // A type word's first part, and its folded form, fold to its `first`: only type words
    // whose `first` is the fold of the first word can match (no string comparisons for others).
    let first = match fold_packed(words.first()?.as_ref()) {
        Packed::Known(acc) => Some(acc),
        Packed::TooLong => return None,
        Packed::Unknown => None,
    };
    for tw in TYPE_WORDS.iter() {
        if first.is_some_and(|acc| acc != tw.first) {
            continue;
        }
        let n = tw.parts.len();
        let Some(ws) = words.get(..n) else { continue };
        let exact = ws.iter().zip(&tw.parts).all(|(w, p)| w.as_ref() == p);
        let folded = allow_folded
            && ws
                .iter()
                .zip(&tw.folded)
                .enumerate()
                .all(|(i, (w, p))| ascii.get(i).copied().unwrap_or(false) && w.as_ref() == p);
        if exact || folded {
            return Some(TypeMatch {
                len: n,
                types: tw.types,
                style: tw.style,
            });
        }
    }
    None
}

/// Splits a code token such as `Q1`, `P12` into a one-letter type abbreviation and its number
/// (`Q1` -> types {quận}, "1"): [`vocab::unit_type_code`].
pub(crate) fn split_letter_number(t: &str) -> Option<(TypeSet, &str)> {
    vocab::unit_type_code(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_words() {
        let w = ["thị", "xã", "an", "khê"];
        let m = match_type_word(&w, &[false; 4], false).unwrap();
        assert_eq!(m.len, 2);
        assert!(m.types.contains(UnitType::ThiXa));
        let w = ["xã", "an"];
        assert!(match_type_word(&w, &[false; 2], false)
            .unwrap()
            .types
            .contains(UnitType::Xa));
        let w = ["quan", "ba"];
        assert!(match_type_word(&w, &[true, true], false).is_none());
        assert!(match_type_word(&w, &[true, true], true).is_some());
        let m = match_type_word(&["tp", "hcm"], &[true, true], false).unwrap();
        assert_eq!(m.style, TypeWordStyle::Abbrev);
        assert_eq!(m.types.types().count(), 2);
        let m = match_type_word(&["q", "1"], &[true, true], false).unwrap();
        assert_eq!(m.style, TypeWordStyle::Letter);
        // The first-word prefilter agrees with the table of type words.
        for tw in TYPE_WORDS.iter() {
            for first in [&tw.parts[0], &tw.folded[0]] {
                let f = hanhchinh_text::fold(first);
                assert_eq!(pack(f.as_bytes()), tw.first, "{first} folds to {f}");
                assert!(super::super::is_type_first_fold(tw.first), "{first}");
            }
        }
        assert_eq!(split_letter_number("Q1").unwrap().1, "1");
        assert!(split_letter_number("Km2").is_none());
    }
}
