//! Queries as people write them: an optional type word (`quận`, `Q.`, `TP`) and the name keys.

use hanhchinh_text::{tokenize, TokenKind};

use crate::keys::{
    fold_packed, is_name_token, is_type_first_fold, match_type_word, push_token,
    split_letter_number, Form, Packed, TypeSet, TypeWordStyle,
};

/// A query split into its optional type word and its name keys.
#[derive(Debug, Clone)]
pub(crate) struct Query {
    pub(crate) types: TypeSet,
    pub(crate) key: String,
    pub(crate) fold: String,
    pub(crate) words: usize,
}

/// Parses a name as people write it into interpretations: with the leading type word taken as a
/// type (`quận Ba Đình` -> {quận} + `ba đình`), and the whole text as a name.
pub(crate) fn interpret(q: &str) -> Vec<Query> {
    let toks: Vec<_> = tokenize(q).collect();
    let mut words: Vec<String> = Vec::with_capacity(toks.len());
    let mut ascii: Vec<bool> = Vec::with_capacity(toks.len());
    let mut kinds: Vec<TokenKind> = Vec::with_capacity(toks.len());
    // Whether a `.` follows the name token (for `Q.`, `P.`).
    let mut dot_after: Vec<bool> = Vec::with_capacity(toks.len());
    let mut texts: Vec<&str> = Vec::with_capacity(toks.len());
    for (i, t) in toks.iter().enumerate() {
        if !is_name_token(t) {
            if t.text() == "." {
                if let Some(last) = dot_after.last_mut() {
                    *last = true;
                }
            }
            continue;
        }
        let _ = i;
        let mut k = String::new();
        push_token(t.text(), t.kind(), Form::Key, &mut k);
        words.push(k);
        ascii.push(t.text().is_ascii());
        kinds.push(t.kind());
        dot_after.push(false);
        texts.push(t.text());
    }
    let mut out = Vec::with_capacity(2);
    let join = |range: std::ops::Range<usize>, form: Form| -> String {
        let mut s = String::new();
        for i in range {
            let (Some(t), Some(k)) = (texts.get(i), kinds.get(i)) else {
                continue;
            };
            if !s.is_empty() {
                s.push(' ');
            }
            push_token(t, *k, form, &mut s);
        }
        s
    };
    // Typed: a type word then a name.
    if let Some(m) = match_type_word(&words, &ascii, true) {
        let n = words.len();
        let letter_ok = m.style != TypeWordStyle::Letter
            || dot_after.get(m.len - 1).copied().unwrap_or(false)
            || (n == m.len + 1 && kinds.get(m.len) == Some(&TokenKind::Number));
        if m.len < n && letter_ok {
            out.push(Query {
                types: m.types,
                key: join(m.len..n, Form::Key),
                fold: join(m.len..n, Form::Fold),
                words: n - m.len,
            });
        }
    } else if let (Some(first), 1) = (texts.first(), texts.len()) {
        // `Q1`, `P12`.
        if let Some((types, num)) = split_letter_number(first) {
            let num = num.trim_start_matches('0');
            let num = if num.is_empty() { "0" } else { num };
            out.push(Query {
                types,
                key: num.to_string(),
                fold: num.to_string(),
                words: 1,
            });
        }
    }
    if !words.is_empty() {
        out.push(Query {
            types: TypeSet::EMPTY,
            key: join(0..words.len(), Form::Key),
            fold: join(0..words.len(), Form::Fold),
            words: words.len(),
        });
    }
    out
}

/// First words (folded) that may start a type word: queries starting with one take the slow path.
const TYPE_STARTS: &[&str] = &[
    "thanh", "tp", "tinh", "t", "quan", "q", "huyen", "h", "thi", "tx", "tt", "phuong", "p", "xa",
    "x", "dac", "dk", "to", "tdp", "khu", "kp", "thon", "ap", "ban",
];

/// Letters in words separated by single spaces, no capital inside a word (which the tokenizer
/// would split: `NamTừ`), and a first word that cannot start a type word.
pub(crate) fn is_plain_name(s: &str) -> bool {
    plain_letters(s).is_some() && !first_word_may_be_type(s)
}

/// Letters in words separated by single spaces, no capital inside a word: `Some(true)` when
/// every letter is ASCII or Latin (U+00C0..=U+024F, U+1E00..=U+1EFF), `Some(false)` when some
/// letter is of another script.
pub(super) fn plain_letters(s: &str) -> Option<bool> {
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    let mut latin = true;
    let mut prev_space = true;
    let mut in_word_pos = 0usize;
    for c in s.chars() {
        if c == ' ' {
            if prev_space {
                return None;
            }
            prev_space = true;
            in_word_pos = 0;
            continue;
        }
        let (letter, upper) = if c.is_ascii() {
            (c.is_ascii_alphabetic(), c.is_ascii_uppercase())
        } else if matches!(c as u32, 0xC0..=0x24F | 0x1E00..=0x1EFF) && c != '×' && c != '÷' {
            // Latin-1, Latin Extended-A/B and Latin Extended Additional: all letters.
            (true, c.is_uppercase())
        } else {
            latin = false;
            (c.is_alphabetic(), c.is_uppercase())
        };
        if !letter || (in_word_pos > 0 && upper) {
            return None;
        }
        prev_space = false;
        in_word_pos += 1;
    }
    if prev_space {
        return None;
    }
    Some(latin)
}

/// Whether the first word of a name folds to the first word of a type word.
pub(super) fn first_word_may_be_type(s: &str) -> bool {
    let first = s.split(' ').next().unwrap_or("");
    match fold_packed(first) {
        Packed::Known(acc) => is_type_first_fold(acc),
        Packed::TooLong => false,
        Packed::Unknown => {
            let f = hanhchinh_text::fold(first);
            TYPE_STARTS.contains(&f.as_ref())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::UnitType;

    #[test]
    fn type_starts_are_the_first_word_folds() {
        let mut a: Vec<u64> = TYPE_STARTS
            .iter()
            .map(|w| crate::keys::pack(w.as_bytes()))
            .collect();
        a.sort_unstable();
        assert_eq!(a, crate::keys::FIRST_WORD_PACKED);
        for w in [
            "Thành", "THỊ", "Tân", "Phú", "Bản", "Ấp", "Đặc", "An", "Xã", "Ba",
        ] {
            let f = hanhchinh_text::fold(w);
            assert_eq!(is_plain_name(w), !TYPE_STARTS.contains(&f.as_ref()), "{w}");
        }
    }

    #[test]
    fn interpretations() {
        let q = interpret("Quận 1");
        assert_eq!(q[0].key, "1");
        assert!(q[0].types.contains(UnitType::Quan));
        let q = interpret("Q.1");
        assert_eq!(q[0].key, "1");
        let q = interpret("Quán Thánh");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].key, "quán thánh");
        let q = interpret("phuong phuc xa");
        assert_eq!(q[0].fold, "phuc xa");
        assert!(interpret("").is_empty());
    }
}
