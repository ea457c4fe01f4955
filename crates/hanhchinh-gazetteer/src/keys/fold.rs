//! The fold of short words without allocating: a table of letter folds (taken from
//! `hanhchinh_text::fold`) and words packed into a `u64`, for the cheap test "may this word
//! start a type word?".

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

/// The folds of the first words of the type words and abbreviations of the vocabulary
/// (`hanhchinh_text::vocab`), packed and sorted; a test checks them against the vocabulary.
pub(crate) const FIRST_WORD_PACKED: [u64; 24] = [
    pack(b"h"),
    pack(b"p"),
    pack(b"q"),
    pack(b"t"),
    pack(b"x"),
    pack(b"ap"),
    pack(b"dk"),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_words_are_those_of_the_vocabulary() {
        let mut firsts: Vec<u64> = super::super::types::TYPE_WORDS
            .iter()
            .map(|tw| tw.first)
            .collect();
        firsts.sort_unstable();
        firsts.dedup();
        assert_eq!(firsts, FIRST_WORD_PACKED);
        assert!(FIRST_WORD_PACKED.windows(2).all(|w| w[0] < w[1]));
        for tw in super::super::types::TYPE_WORDS.iter() {
            let first = tw.parts.first().map(String::as_str).unwrap_or("");
            assert!(
                hanhchinh_text::fold(first).len() <= FIRST_WORD_MAX,
                "{first}"
            );
        }
    }

    #[test]
    fn letter_folds_agree_with_fold() {
        for cp in (0x80u32..=0x24F).chain(0x1EA0..=0x1EFF) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let mut buf = [0u8; 4];
            let f = hanhchinh_text::fold(c.encode_utf8(&mut buf)).into_owned();
            let t = if cp < 0x250 {
                LETTER_FOLDS.latin[cp as usize - 0x80]
            } else {
                LETTER_FOLDS.additional[cp as usize - 0x1EA0]
            };
            if t != 0 {
                assert_eq!(f, (t as char).to_string(), "{c}");
            }
        }
        for (w, first) in [
            ("Phường", true),
            ("THÀNH", true),
            ("người", false),
            ("Nguyễn", false),
        ] {
            let is = matches!(fold_packed(w), Packed::Known(acc) if is_type_first_fold(acc));
            assert_eq!(is, first, "{w}");
        }
        assert_eq!(fold_packed("a\u{301}"), Packed::Unknown);
        assert_eq!(fold_packed("phuongx"), Packed::TooLong);
    }
}
