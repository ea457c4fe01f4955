//! Lookup keys and type words.
//!
//! A name is cut by the tokenizer of `hanhchinh-text`; punctuation and symbols are dropped
//! (`Bà Rịa - Vũng Tàu` = `Bà Rịa Vũng Tàu`, `TP.HCM` = `TP HCM`), every other token becomes its
//! canonical key ([`hanhchinh_text::key_into`]: lowercase, NFC, one tone placement) or its folded
//! form ([`hanhchinh_text::fold_into`]: no diacritics), leading zeros of numbers are dropped
//! (`Phường 01` = `Phường 1`), and the parts are joined by one space.

use hanhchinh_text::{fold_into, key_into, tokenize, Token, TokenKind};

use crate::types::UnitType;

/// Which form of a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// Canonical key with diacritics.
    Key,
    /// Folded, without diacritics.
    Fold,
}

/// Whether a token can be part of a name.
pub(crate) fn is_name_token(t: &Token<'_>) -> bool {
    matches!(
        t.kind(),
        TokenKind::Word | TokenKind::Number | TokenKind::Code
    )
}

/// Appends the key or folded form of one name token (numbers without leading zeros).
pub(crate) fn push_token(t: &str, kind: TokenKind, form: Form, out: &mut String) {
    if kind == TokenKind::Number {
        let trimmed = t.trim_start_matches('0');
        if trimmed.is_empty() {
            out.push('0');
        } else {
            out.push_str(trimmed);
        }
        return;
    }
    match form {
        Form::Key => key_into(t, out),
        Form::Fold => fold_into(t, out),
    }
}

/// The key of a name token ([`push_token`] in [`Form::Key`]), through the token's own
/// `key_into` (which uses what the tokenizer already knows about the word).
pub(crate) fn push_token_key(t: &Token<'_>, out: &mut String) {
    if t.kind() == TokenKind::Number {
        push_token(t.text(), t.kind(), Form::Key, out);
    } else {
        t.key_into(out);
    }
}

/// The key (or folded key) of a whole name.
///
/// ```
/// # // exercised through the public lookup API
/// # use hanhchinh_gazetteer::Gazetteer;
/// # let g = Gazetteer::default();
/// # assert!(!g.lookup("Bà Rịa - Vũng Tàu").is_empty());
/// ```
pub(crate) fn name_key(name: &str, form: Form) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for t in tokenize(name).filter(is_name_token) {
        if !out.is_empty() {
            out.push(' ');
        }
        push_token(t.text(), t.kind(), form, &mut out);
    }
    out
}

/// The fold ([`hanhchinh_text::fold`]) of every letter of U+0080..=U+024F and U+1EA0..=U+1EFF
/// that folds to one ASCII letter (0 for the others).
pub(crate) struct LetterFolds {
    pub(crate) latin: [u8; 0x1D0],
    pub(crate) additional: [u8; 0x60],
}

pub(crate) static LETTER_FOLDS: once_cell::sync::Lazy<LetterFolds> =
    once_cell::sync::Lazy::new(|| {
        let one = |cp: u32| -> u8 {
            let Some(c) = char::from_u32(cp) else {
                return 0;
            };
            let mut buf = [0u8; 4];
            let f = hanhchinh_text::fold(c.encode_utf8(&mut buf));
            match f.as_bytes() {
                [b] if b.is_ascii_lowercase() => *b,
                _ => 0,
            }
        };
        LetterFolds {
            latin: std::array::from_fn(|i| one(0x80 + i as u32)),
            additional: std::array::from_fn(|i| one(0x1EA0 + i as u32)),
        }
    });

/// Packs a short string (at most 7 non-zero bytes: the packing is then unique, and orders
/// strings by length, then bytes).
pub(crate) const fn pack(mut s: &[u8]) -> u64 {
    let mut acc = 0u64;
    while let [b, rest @ ..] = s {
        acc = (acc << 8) | *b as u64;
        s = rest;
    }
    acc
}

/// The folds of the first words of the type words (`scan::TYPE_FIRST_WORDS`, checked by a
/// test), packed and sorted.
pub(crate) const FIRST_WORD_PACKED: [u64; 23] = [
    pack(b"h"),
    pack(b"p"),
    pack(b"q"),
    pack(b"t"),
    pack(b"x"),
    pack(b"ap"),
    pack(b"kp"),
    pack(b"to"),
    pack(b"tp"),
    pack(b"tt"),
    pack(b"tx"),
    pack(b"xa"),
    pack(b"ban"),
    pack(b"dac"),
    pack(b"khu"),
    pack(b"tdp"),
    pack(b"thi"),
    pack(b"quan"),
    pack(b"thon"),
    pack(b"tinh"),
    pack(b"huyen"),
    pack(b"thanh"),
    pack(b"phuong"),
];

/// The longest of [`FIRST_WORD_PACKED`], in bytes.
pub(crate) const FIRST_WORD_MAX: usize = 6;

/// The fold of a short word, packed by [`pack`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Packed {
    /// Every character folds to one ASCII letter: the packed fold.
    Known(u64),
    /// Longer than [`FIRST_WORD_MAX`] letters (so not a type word's first word).
    TooLong,
    /// A character the table does not fold (combining mark, other script, punctuation).
    Unknown,
}

/// The fold ([`hanhchinh_text::fold`]) of a word of ASCII and Vietnamese letters, packed,
/// through a table taken from `hanhchinh_text::fold` (no allocation).
pub(crate) fn fold_packed(t: &str) -> Packed {
    let bytes = t.as_bytes();
    let mut acc = 0u64;
    let mut n = 0usize;
    let mut i = 0;
    let mut folds: Option<&LetterFolds> = None;
    while let Some(&b0) = bytes.get(i) {
        let b = if b0 < 0x80 {
            let l = b0 | 0x20;
            if !l.is_ascii_lowercase() {
                return Packed::Unknown;
            }
            i += 1;
            l
        } else {
            let f = *folds.get_or_insert_with(|| &*LETTER_FOLDS);
            let tail = |k: usize| bytes.get(i + k).map(|&b| usize::from(b & 0x3F));
            let b = if b0 & 0xE0 == 0xC0 {
                let Some(t1) = tail(1) else {
                    return Packed::Unknown;
                };
                i += 2;
                let cp = usize::from(b0 & 0x1F) << 6 | t1;
                cp.checked_sub(0x80).and_then(|x| f.latin.get(x)).copied()
            } else if b0 & 0xF0 == 0xE0 {
                let (Some(t1), Some(t2)) = (tail(1), tail(2)) else {
                    return Packed::Unknown;
                };
                i += 3;
                let cp = usize::from(b0 & 0x0F) << 12 | t1 << 6 | t2;
                cp.checked_sub(0x1EA0)
                    .and_then(|x| f.additional.get(x))
                    .copied()
            } else {
                None
            };
            match b {
                Some(b) if b != 0 => b,
                _ => return Packed::Unknown,
            }
        };
        n += 1;
        if n > FIRST_WORD_MAX {
            return Packed::TooLong;
        }
        acc = (acc << 8) | u64::from(b);
    }
    Packed::Known(acc)
}

/// Whether a packed fold is that of a type word's first word.
pub(crate) fn is_type_first_fold(acc: u64) -> bool {
    FIRST_WORD_PACKED.binary_search(&acc).is_ok()
}

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

/// One type word: the canonical keys of its tokens, the folded form, the types it names.
struct TypeWord {
    /// The packed fold of the first part ([`pack`]).
    first: u64,
    parts: &'static [&'static str],
    folded: &'static [&'static str],
    types: &'static [UnitType],
    style: TypeWordStyle,
}

const TP: &[UnitType] = &[UnitType::ThanhPhoTrungUong, UnitType::ThanhPho];

/// Type words, longest first within a shared first token.
const TYPE_WORDS: &[TypeWord] = &[
    TypeWord {
        first: pack(b"thanh"),
        parts: &["thành", "phố"],
        folded: &["thanh", "pho"],
        types: TP,
        style: TypeWordStyle::Full,
    },
    TypeWord {
        first: pack(b"tp"),
        parts: &["tp"],
        folded: &["tp"],
        types: TP,
        style: TypeWordStyle::Abbrev,
    },
    TypeWord {
        first: pack(b"tinh"),
        parts: &["tỉnh"],
        folded: &["tinh"],
        types: &[UnitType::Tinh],
        style: TypeWordStyle::Full,
    },
    TypeWord {
        first: pack(b"t"),
        parts: &["t"],
        folded: &["t"],
        types: &[UnitType::Tinh],
        style: TypeWordStyle::Letter,
    },
    TypeWord {
        first: pack(b"quan"),
        parts: &["quận"],
        folded: &["quan"],
        types: &[UnitType::Quan],
        style: TypeWordStyle::Full,
    },
    TypeWord {
        first: pack(b"q"),
        parts: &["q"],
        folded: &["q"],
        types: &[UnitType::Quan],
        style: TypeWordStyle::Letter,
    },
    TypeWord {
        first: pack(b"huyen"),
        parts: &["huyện"],
        folded: &["huyen"],
        types: &[UnitType::Huyen],
        style: TypeWordStyle::Full,
    },
    TypeWord {
        first: pack(b"h"),
        parts: &["h"],
        folded: &["h"],
        types: &[UnitType::Huyen],
        style: TypeWordStyle::Letter,
    },
    TypeWord {
        first: pack(b"thi"),
        parts: &["thị", "xã"],
        folded: &["thi", "xa"],
        types: &[UnitType::ThiXa],
        style: TypeWordStyle::Full,
    },
    TypeWord {
        first: pack(b"thi"),
        parts: &["thị", "trấn"],
        folded: &["thi", "tran"],
        types: &[UnitType::ThiTran],
        style: TypeWordStyle::Full,
    },
    TypeWord {
        first: pack(b"tx"),
        parts: &["tx"],
        folded: &["tx"],
        types: &[UnitType::ThiXa],
        style: TypeWordStyle::Abbrev,
    },
    TypeWord {
        first: pack(b"tt"),
        parts: &["tt"],
        folded: &["tt"],
        types: &[UnitType::ThiTran],
        style: TypeWordStyle::Abbrev,
    },
    TypeWord {
        first: pack(b"phuong"),
        parts: &["phường"],
        folded: &["phuong"],
        types: &[UnitType::Phuong],
        style: TypeWordStyle::Full,
    },
    TypeWord {
        first: pack(b"p"),
        parts: &["p"],
        folded: &["p"],
        types: &[UnitType::Phuong],
        style: TypeWordStyle::Letter,
    },
    TypeWord {
        first: pack(b"xa"),
        parts: &["xã"],
        folded: &["xa"],
        types: &[UnitType::Xa],
        style: TypeWordStyle::Full,
    },
    TypeWord {
        first: pack(b"x"),
        parts: &["x"],
        folded: &["x"],
        types: &[UnitType::Xa],
        style: TypeWordStyle::Letter,
    },
    TypeWord {
        first: pack(b"dac"),
        parts: &["đặc", "khu"],
        folded: &["dac", "khu"],
        types: &[UnitType::DacKhu],
        style: TypeWordStyle::Full,
    },
    TypeWord {
        first: pack(b"to"),
        parts: &["tổ", "dân", "phố"],
        folded: &["to", "dan", "pho"],
        types: &[UnitType::ToDanPho],
        style: TypeWordStyle::Full,
    },
    TypeWord {
        first: pack(b"tdp"),
        parts: &["tdp"],
        folded: &["tdp"],
        types: &[UnitType::ToDanPho],
        style: TypeWordStyle::Abbrev,
    },
    TypeWord {
        first: pack(b"khu"),
        parts: &["khu", "phố"],
        folded: &["khu", "pho"],
        types: &[UnitType::KhuPho],
        style: TypeWordStyle::Full,
    },
    TypeWord {
        first: pack(b"kp"),
        parts: &["kp"],
        folded: &["kp"],
        types: &[UnitType::KhuPho],
        style: TypeWordStyle::Abbrev,
    },
    TypeWord {
        first: pack(b"thon"),
        parts: &["thôn"],
        folded: &["thon"],
        types: &[UnitType::Thon],
        style: TypeWordStyle::Full,
    },
    TypeWord {
        first: pack(b"ap"),
        parts: &["ấp"],
        folded: &["ap"],
        types: &[UnitType::Ap],
        style: TypeWordStyle::Full,
    },
    TypeWord {
        first: pack(b"ban"),
        parts: &["bản"],
        folded: &["ban"],
        types: &[UnitType::Ban],
        style: TypeWordStyle::Full,
    },
];

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

/// Letters of a token for type-word comparison: lowercase; `None` when it has no letters.
fn lower_key(t: &str) -> String {
    let mut s = String::with_capacity(t.len());
    key_into(t, &mut s);
    s
}

/// Recognises a type word at the start of `words` (already keyed, lowercase tokens).
///
/// `folded_ok` lets plain-ASCII tokens match the folded form (`phuong`, `quan`) — callers pass
/// true only for tokens written without any diacritics.
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
    for tw in TYPE_WORDS {
        if first.is_some_and(|acc| acc != tw.first) {
            continue;
        }
        let n = tw.parts.len();
        let Some(ws) = words.get(..n) else { continue };
        let exact = ws.iter().zip(tw.parts).all(|(w, p)| w.as_ref() == *p);
        let folded = allow_folded
            && ws
                .iter()
                .zip(tw.folded)
                .enumerate()
                .all(|(i, (w, p))| ascii.get(i).copied().unwrap_or(false) && w.as_ref() == *p);
        if exact || folded {
            return Some(TypeMatch {
                len: n,
                types: TypeSet::of(tw.types),
                style: tw.style,
            });
        }
    }
    None
}

/// Splits a code token such as `Q1`, `P12`, `Q.1` written as one token into a one-letter type
/// abbreviation and its number (`Q1` -> types {quận}, "1").
pub(crate) fn split_letter_number(t: &str) -> Option<(TypeSet, &str)> {
    let first = t.chars().next()?;
    let rest = t.get(first.len_utf8()..)?;
    if rest.is_empty() || !rest.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let lower = lower_key(&first.to_string());
    let ty: &[UnitType] = match lower.as_str() {
        "q" => &[UnitType::Quan],
        "p" => &[UnitType::Phuong],
        _ => return None,
    };
    Some((TypeSet::of(ty), rest))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn keys_of_names() {
        assert_eq!(name_key("Bà Rịa - Vũng Tàu", Form::Key), "bà rịa vũng tàu");
        assert_eq!(name_key("Bà Rịa - Vũng Tàu", Form::Fold), "ba ria vung tau");
        assert_eq!(name_key("Phường 01", Form::Key), "phường 1");
        assert_eq!(
            name_key("HOÀ BÌNH", Form::Key),
            name_key("Hòa Bình", Form::Key)
        );
        assert_eq!(name_key("Ea H'Leo", Form::Fold), "ea h'leo");
    }

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
        // The first-word prefilter agrees with the table of type words.
        for tw in TYPE_WORDS {
            for first in [tw.parts[0], tw.folded[0]] {
                let f = hanhchinh_text::fold(first);
                assert_eq!(pack(f.as_bytes()), tw.first, "{first} folds to {f}");
                assert!(is_type_first_fold(tw.first), "{first}");
            }
        }
        assert_eq!(split_letter_number("Q1").unwrap().1, "1");
        assert!(split_letter_number("Km2").is_none());
    }
}
