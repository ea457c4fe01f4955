//! The first, straightforward implementations of the tokenizer's character classes,
//! [`fold`](crate::fold), [`normalize`](crate::normalize) and [`key`](crate::key), frozen as they
//! were before the fast paths (commit a22c987 + df7385d), for differential tests only: every fast
//! path must give exactly what these give, on every input. The tokenizer's fast paths (plain
//! words and numbers) are checked against its own general rules
//! (`token::tokenize_by_the_rules`), its class table against the classes here.

#![allow(dead_code, missing_docs, clippy::all)]

pub(crate) mod fold;
pub(crate) mod normalize;
pub(crate) mod token;

#[cfg(test)]
mod tests {

    use proptest::prelude::*;

    use crate::{NormalizeOptions, ToneStyle};

    /// Text with the characters every fast path treats specially: ASCII, Vietnamese letters in
    /// both cases (NFC and NFD, tone on either vowel), joiners, digits, odd spaces, typographic
    /// punctuation, combining marks, other scripts, and anything else
    /// (`hanhchinh_cases::messy_text`).
    fn text_like() -> impl Strategy<Value = String> {
        hanhchinh_cases::messy_text(&[])
    }

    fn tokens_of(s: &str) -> Vec<(usize, usize, crate::TokenKind)> {
        crate::tokenize(s)
            .map(|t| (t.start(), t.end(), t.kind()))
            .collect()
    }

    fn tokens_by_the_rules(s: &str) -> Vec<(usize, usize, crate::TokenKind)> {
        crate::token::tokenize_by_the_rules(s)
            .map(|t| (t.start(), t.end(), t.kind()))
            .collect()
    }

    fn check_all(s: &str) {
        let tokens = tokens_of(s);
        assert_eq!(
            tokens,
            tokens_by_the_rules(s),
            "fast paths against the rules in {s:?}"
        );
        assert_eq!(crate::fold(s), super::fold::fold(s), "fold of {s:?}");
        for tone in [ToneStyle::Traditional, ToneStyle::Modern] {
            for map_spaces in [false, true] {
                let o = NormalizeOptions::new().tone(tone).map_spaces(map_spaces);
                let new = crate::normalize_with(s, &o);
                let old = super::normalize::normalize_with(s, &o);
                assert_eq!(new, old, "normalize {o:?} of {s:?}");
                assert_eq!(
                    matches!(new, std::borrow::Cow::Borrowed(_)),
                    matches!(old, std::borrow::Cow::Borrowed(_)),
                    "borrowed normalize {o:?} of {s:?}"
                );
            }
        }
        assert_eq!(crate::key(s), super::normalize::key(s), "key of {s:?}");
        let (mut a, mut b) = (String::from("x"), String::from("x"));
        crate::key_into(s, &mut a);
        super::normalize::key_into(s, &mut b);
        assert_eq!(a, b, "key_into of {s:?}");
        let (mut a, mut b) = (String::from("x"), String::from("x"));
        crate::fold_into(s, &mut a);
        super::fold::fold_into(s, &mut b);
        assert_eq!(a, b, "fold_into of {s:?}");
        for t in crate::tokenize(s) {
            assert_eq!(t.normalized(), super::normalize::normalize(t.text()));
            assert_eq!(t.folded(), super::fold::fold(t.text()));
            assert_eq!(t.key(), super::normalize::key(t.text()));
            let (mut f, mut k) = (String::from(">"), String::from(">"));
            t.fold_into(&mut f);
            t.key_into(&mut k);
            assert_eq!(f, format!(">{}", super::fold::fold(t.text())));
            let mut reference_k = String::from(">");
            super::normalize::key_into(t.text(), &mut reference_k);
            assert_eq!(k, reference_k);
            let normalized = t.normalized();
            assert_eq!(
                matches!(normalized, std::borrow::Cow::Borrowed(_)),
                matches!(
                    super::normalize::normalize(t.text()),
                    std::borrow::Cow::Borrowed(_)
                ),
                "borrowed token form of {:?}",
                t.text()
            );
        }
    }

    #[test]
    fn character_classes_match_the_reference_for_every_char() {
        let table = &*crate::token::class::CLASSES;
        for cp in 0..=0x10FFFFu32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let s = format!("{c}a");
            let old = super::token::class_at(&s, 0);
            let info = table.info(s.as_bytes(), 0).unwrap();
            let new = Some((info.class(s.as_bytes()[0]), info.len()));
            assert_eq!(new, old, "{c:?}");
            assert_eq!(
                (info.upper(), info.lower()),
                (c.is_uppercase(), c.is_lowercase())
            );
            assert_eq!(info.alpha(), c.is_alphabetic());
            if old.is_some_and(|o| o.0 == super::token::Class::Letter) {
                // The old plain-word rule took case from the letter table: the same.
                assert_eq!(
                    super::token::case_of(c),
                    (c.is_uppercase(), c.is_lowercase())
                );
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn fast_paths_match_the_reference_on_text(s in text_like()) {
            check_all(&s);
        }

        #[test]
        fn fast_paths_match_the_reference_on_any_string(s in any::<String>()) {
            check_all(&s);
        }
    }

    #[test]
    fn titlecase_letters() {
        // Once found by the proptests: `key` kept a titlecase letter when nothing was upper
        // case while `key_into` lowered it; both lower it now.
        for s in ["ᾼ", "ǅ", "Aǅ", "ǅa Hòa"] {
            check_all(s);
        }
    }

    #[test]
    fn fast_paths_match_the_reference_on_the_seed_pages() {
        let pages = hanhchinh_cases::seed_pages();
        assert!(!pages.is_empty());
        for (_, text) in pages {
            for line in text.lines() {
                check_all(line);
            }
            check_all(&text);
        }
    }
}
