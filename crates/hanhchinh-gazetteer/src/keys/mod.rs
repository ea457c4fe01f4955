//! Lookup keys of names, and type words in keyed names (for lookups and addresses; text is
//! scanned over a `hanhchinh_text::Doc` by `crate::find`).
//!
//! A name is cut by the tokenizer of `hanhchinh-text`; punctuation and symbols are dropped
//! (`Bà Rịa - Vũng Tàu` = `Bà Rịa Vũng Tàu`, `TP.HCM` = `TP HCM`), every other token becomes its
//! canonical key ([`hanhchinh_text::key_into`]: lowercase, NFC, one tone placement) or its folded
//! form ([`hanhchinh_text::fold_into`]: no diacritics), leading zeros of numbers are dropped
//! (`Phường 01` = `Phường 1`), and the parts are joined by one space.

mod fold;
mod types;

use hanhchinh_text::{fold_into, key_into, tokenize, Token, TokenKind};

pub(crate) use fold::{fold_packed, is_type_first_fold, Packed};
#[cfg(test)]
pub(crate) use fold::{pack, FIRST_WORD_PACKED};
pub(crate) use types::{match_type_word, split_letter_number, TypeSet, TypeWordStyle};

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

/// The key of a syllable written with the other of `i` and `y` where Vietnamese spelling
/// allows both ([`hanhchinh_text::syllable::i_y_spelling`]: `quý` and `quí`, `kỳ` and `kì`).
/// `None` for any other key. Tables and the press do not always agree (the official `Phú Quí`,
/// the press's `Phú Quý`).
pub(crate) fn other_i_y(key: &str) -> Option<String> {
    use hanhchinh_text::syllable::i_y_spelling;
    let (at, y) = i_y_spelling(key, true)?;
    let (_, i) = i_y_spelling(key, false)?;
    let written = key.get(at..)?.chars().next()?;
    let mut out = String::with_capacity(key.len());
    out.push_str(key.get(..at)?);
    out.push(if written == y { i } else { y });
    Some(out)
}

/// The key of a syllable that ends in `c` written with a final `k`, or the other way: `đắk`
/// for `đắc`, `pắc` for `pắk`. Vietnamese spelling ends no syllable in `k`; the place names of
/// the Central Highlands, written from Ê Đê, M'nông and Jrai words, do (`Đắk Lắk`, `Krông
/// Búk`), and the tables and the press spell them both ways (the official `Krông Pắc` beside
/// `Đắk Lắk`; `Đắc Lắc` in the press). `None` for a key that ends otherwise, or in `c`/`k`
/// after no vowel.
pub(crate) fn other_final_k(key: &str) -> Option<String> {
    let last = key.chars().next_back()?;
    let folded = hanhchinh_text::fold(key);
    let vowel = folded
        .chars()
        .rev()
        .nth(1)
        .is_some_and(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'));
    let other = match last {
        'c' if vowel => 'k',
        'k' if vowel => 'c',
        _ => return None,
    };
    let mut out = String::with_capacity(key.len());
    out.push_str(key.get(..key.len() - 1)?);
    out.push(other);
    Some(out)
}

/// The key of a syllable spelt the other way the sources also write it: the other of `i` and
/// `y` ([`other_i_y`]), else the other final `c`/`k` ([`other_final_k`]).
pub(crate) fn other_spelling(key: &str) -> Option<String> {
    other_i_y(key).or_else(|| other_final_k(key))
}

/// `key` (words separated by spaces) with every word that has another spelling
/// ([`other_spelling`]) written so: `đắk lắk` for `đắc lắc`; `None` when no word has one.
pub(crate) fn with_other_spellings(key: &str) -> Option<String> {
    rewrite_words(key, other_spelling)
}

/// `key` (words separated by spaces) with the apostrophe of every word that lost one
/// ([`with_apostrophe`]): `cư m'gar` for `cư mgar`; `None` when no word did.
pub(crate) fn with_apostrophes(key: &str) -> Option<String> {
    rewrite_words(key, with_apostrophe)
}

/// `key` with each word that `rewrite` rewrites so written; `None` when it rewrites none.
fn rewrite_words(key: &str, rewrite: fn(&str) -> Option<String>) -> Option<String> {
    let mut out = String::with_capacity(key.len() + 4);
    let mut changed = false;
    for w in key.split(' ') {
        if !out.is_empty() {
            out.push(' ');
        }
        match rewrite(w) {
            Some(o) => {
                out.push_str(&o);
                changed = true;
            }
            None => out.push_str(w),
        }
    }
    changed.then_some(out)
}

/// The key of a word of a Central Highlands name written without its apostrophe: `m'gar` for
/// `mgar`, `h'leo` for `hleo`, `r'lấp` for `rlấp`. The tables write these names, from Ê Đê,
/// M'nông, Jrai and Bahnar words, with an apostrophe after a first consonant that no
/// Vietnamese onset joins to the next (`Cư M'gar`, `Ea H'leo`, `Đắk R'Lấp`); the press often
/// leaves it out. `None` for a word that starts with a vowel, with a Vietnamese onset (`ch`,
/// `ng`, `tr`, ...) or has a single letter before its vowel.
pub(crate) fn with_apostrophe(key: &str) -> Option<String> {
    const ONSETS: [[u8; 2]; 10] = [
        *b"ch", *b"gh", *b"gi", *b"kh", *b"ng", *b"nh", *b"ph", *b"qu", *b"th", *b"tr",
    ];
    // A consonant letter, as an ASCII byte (`đ` as `d`); any other character is none (the
    // vowels with their marks are not ASCII): no allocation for the words that fail.
    let consonant = |c: char| match c {
        'đ' => Some(b'd'),
        'b'..='z' if !matches!(c, 'e' | 'i' | 'o' | 'u' | 'y') => u8::try_from(c).ok(),
        _ => None,
    };
    let mut chars = key.chars();
    let first = chars.next()?;
    let pair = [consonant(first)?, consonant(chars.next()?)?];
    if ONSETS.contains(&pair) {
        return None;
    }
    let rest = key.get(first.len_utf8()..)?;
    Some(format!("{first}'{rest}"))
}

/// The key of a numeral from 1 to 4 written the other way, in digits or in Roman numerals:
/// `i` for `1`, `2` for `ii` (the sources write a name's numeral both ways: `Tam Xuân I`, `Quế
/// Xuân 1`). `None` for any other key.
pub(crate) fn other_numeral(key: &str) -> Option<&'static str> {
    Some(match key {
        "1" => "i",
        "2" => "ii",
        "3" => "iii",
        "4" => "iv",
        "i" => "1",
        "ii" => "2",
        "iii" => "3",
        "iv" => "4",
        _ => return None,
    })
}

/// `key` (words separated by spaces) with its last word, a numeral, written the other way
/// ([`other_numeral`]): `tam xuân i` for `tam xuân 1`; `None` when it ends in no numeral or is
/// the numeral alone.
pub(crate) fn with_other_numeral(key: &str) -> Option<String> {
    let (name, last) = key.rsplit_once(' ')?;
    let other = other_numeral(last)?;
    Some(format!("{name} {other}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_the_other_way() {
        assert_eq!(
            with_other_numeral("tam xuân 1").as_deref(),
            Some("tam xuân i")
        );
        assert_eq!(with_other_numeral("hòa tú ii").as_deref(), Some("hòa tú 2"));
        assert_eq!(with_other_numeral("hòa tú 5"), None);
        assert_eq!(with_other_numeral("1"), None);
        assert_eq!(other_numeral("iv"), Some("4"));
    }

    /// Every way a word of a name is written otherwise: `(rewrite, word, what it gives)`.
    #[test]
    fn words_written_otherwise() {
        type Rewrite = fn(&str) -> Option<String>;
        let (i_y, c_k, spelling, apostrophe): (Rewrite, Rewrite, Rewrite, Rewrite) =
            (other_i_y, other_final_k, other_spelling, with_apostrophe);
        let (spellings, apostrophes): (Rewrite, Rewrite) = (with_other_spellings, with_apostrophes);
        let cases: &[(Rewrite, &str, Option<&str>)] = &[
            // The other of i and y after h, k, l, m, s, t, qu; none after a vowel with more after
            // it, another onset, or no onset.
            (i_y, "quý", Some("quí")),
            (i_y, "quí", Some("quý")),
            (i_y, "kỳ", Some("kì")),
            (i_y, "mĩ", Some("mỹ")),
            (i_y, "ty", Some("ti")),
            (i_y, "quyên", None),
            (i_y, "tuy", None),
            (i_y, "ly'", None),
            (i_y, "bi", None),
            (i_y, "y", None),
            (i_y, "huy", None),
            (i_y, "khi", None),
            (i_y, "", None),
            // A final c for k and back, after a vowel.
            (c_k, "đắc", Some("đắk")),
            (c_k, "lắk", Some("lắc")),
            (c_k, "búk", Some("búc")),
            (c_k, "ch", None),
            (c_k, "k", None),
            (c_k, "c", None),
            (c_k, "bắn", None),
            (c_k, "mk", None),
            (c_k, "", None),
            (spelling, "lắc", Some("lắk")),
            (spelling, "quý", Some("quí")),
            (spellings, "đắc lắc", Some("đắk lắk")),
            (spellings, "dac lac", Some("dak lak")),
            (spellings, "ba đình", None),
            // The apostrophe between two first consonants that make no Vietnamese onset.
            (apostrophe, "mgar", Some("m'gar")),
            (apostrophe, "rlấp", Some("r'lấp")),
            (apostrophe, "mđrắk", Some("m'đrắk")),
            (apostrophe, "nghĩa", None),
            (apostrophe, "trung", None),
            (apostrophe, "chư", None),
            (apostrophe, "khánh", None),
            (apostrophe, "an", None),
            (apostrophe, "m", None),
            (apostrophe, "", None),
            (apostrophe, "m'gar", None),
            (apostrophe, "ea", None),
            (apostrophes, "cư mgar", Some("cư m'gar")),
        ];
        for (rewrite, word, want) in cases {
            assert_eq!(rewrite(word).as_deref(), *want, "{word}");
        }
    }

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
}
