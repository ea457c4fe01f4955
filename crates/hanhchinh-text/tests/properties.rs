//! Invariants that hold for every input: no panic, offsets on char boundaries, in order, not
//! overlapping, gaps made of spaces only; normalization idempotent and consistent with folding.

use hanhchinh_text::{
    fold, is_folded, is_space, key, key_into, normalize, normalize_with, sentences, syllable,
    tokenize, NormalizeOptions, ToneStyle,
};
use proptest::prelude::*;

/// Strings that look like Vietnamese text with its faults (`hanhchinh_cases::messy_text`).
fn vietnamese_like() -> impl Strategy<Value = String> {
    hanhchinh_cases::messy_text(&[])
}

fn check_tokens(s: &str) {
    let mut last = 0;
    for t in tokenize(s) {
        assert!(t.start() >= last, "tokens in order in {s:?}");
        assert!(t.end() > t.start(), "no empty token in {s:?}");
        assert!(s.is_char_boundary(t.start()) && s.is_char_boundary(t.end()));
        assert_eq!(&s[t.span()], t.text());
        assert!(
            s[last..t.start()].chars().all(is_space),
            "gap of spaces only in {s:?}"
        );
        last = t.end();
    }
    assert!(
        s[last..].chars().all(is_space),
        "tail of spaces only in {s:?}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn tokens_cover_every_non_space(s in vietnamese_like()) {
        check_tokens(&s);
    }

    #[test]
    fn tokens_of_any_string(s in any::<String>()) {
        check_tokens(&s);
    }

    #[test]
    fn normalize_is_idempotent(s in vietnamese_like()) {
        for style in [ToneStyle::Traditional, ToneStyle::Modern] {
            let o = NormalizeOptions::new().tone(style);
            let once = normalize_with(&s, &o).into_owned();
            prop_assert_eq!(normalize_with(&once, &o), once.as_str());
        }
        let k = key(&s).into_owned();
        prop_assert_eq!(key(&k), k.as_str());
    }

    #[test]
    fn fold_agrees_with_normalize(s in vietnamese_like()) {
        let folded = fold(&s).into_owned();
        let n = normalize(&s);
        prop_assert_eq!(fold(&n), folded.as_str());
        let modern = NormalizeOptions::new().tone(ToneStyle::Modern);
        let m = normalize_with(&s, &modern);
        prop_assert_eq!(fold(&m), folded.as_str());
    }

    #[test]
    fn is_folded_says_whether_fold_changes_nothing(s in vietnamese_like()) {
        prop_assert_eq!(is_folded(&s), fold(&s) == s.as_str());
        let k = key(&s).into_owned();
        prop_assert_eq!(is_folded(&k), fold(&k) == k.as_str());
        let f = fold(&s).into_owned();
        prop_assert!(is_folded(&f));
    }

    #[test]
    fn vietnamese_letters_fold_to_ascii(
        s in "[a-zA-Z àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]{0,40}"
    ) {
        let f = fold(&s);
        prop_assert!(f.bytes().all(|b| b.is_ascii_lowercase() || b == b' '), "{}", f);
    }

    #[test]
    fn token_forms_agree_with_the_functions(s in vietnamese_like()) {
        // The forms a token caches from the tokenizer are those of its text.
        let mut buf = String::new();
        let mut k = String::new();
        for t in tokenize(&s) {
            prop_assert_eq!(t.normalized(), normalize(t.text()));
            prop_assert_eq!(t.folded(), fold(t.text()));
            prop_assert_eq!(t.key(), key(t.text()));
            buf.clear();
            t.fold_into(&mut buf);
            prop_assert_eq!(buf.as_str(), fold(t.text()));
            buf.clear();
            k.clear();
            t.key_into(&mut buf);
            key_into(t.text(), &mut k);
            prop_assert_eq!(&buf, &k);
        }
    }

    #[test]
    fn sentences_are_in_order_and_trimmed(s in vietnamese_like()) {
        let mut last = 0;
        for sent in sentences(&s) {
            prop_assert!(sent.start() >= last);
            prop_assert_eq!(&s[sent.span()], sent.text());
            prop_assert!(!sent.text().starts_with(is_space) && !sent.text().ends_with(is_space));
            last = sent.end();
        }
    }

    #[test]
    fn syllable_check_never_panics(s in any::<String>()) {
        let _ = syllable::is_syllable(&s);
        let _ = syllable::Syllable::parse(&s);
    }
}

/// The document's facts are the free functions' answers, its lines and sentences partition its
/// tokens, and every gap is made of spaces.
fn check_doc(s: &str) {
    use hanhchinh_text::{Doc, Gap};
    let doc = Doc::new(s);
    let tokens: Vec<_> = tokenize(s).collect();
    assert_eq!(doc.tokens(), tokens.as_slice());
    for (i, t) in tokens.iter().enumerate() {
        assert_eq!(doc.key(i), key(t.text()), "key of {:?}", t.text());
        assert_eq!(doc.fold(i), fold(t.text()), "fold of {:?}", t.text());
        assert_eq!(
            doc.case(i),
            hanhchinh_text::Case::of(t.text()),
            "case of {:?}",
            t.text()
        );
        assert!(doc.gap_text(i).chars().all(is_space));
        let g = doc.gap_before(i);
        assert_eq!(g == Gap::None, doc.gap_text(i).is_empty());
        assert_eq!(doc.token_at(t.start()), Some(i));
    }
    let mut next = 0;
    for r in doc.lines() {
        assert_eq!(r.start, next);
        assert!(r.end > r.start);
        next = r.end;
    }
    assert_eq!(next, doc.len());
    let mut next = 0;
    for r in doc.sentences() {
        assert_eq!(r.start, next);
        next = r.end;
    }
    assert_eq!(next, doc.len());
    let spans: Vec<_> = sentences(s).map(|x| x.span()).collect();
    let doc_spans: Vec<_> = doc
        .sentences()
        .iter()
        .map(|r| doc.span(r.clone()))
        .collect();
    assert_eq!(spans, doc_spans);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]
    #[test]
    fn doc_facts_agree(s in vietnamese_like()) {
        check_doc(&s);
    }
}

/// Lower-casing after NFC can leave NFC: a capital whose lower case is two characters (`İ`)
/// before a combining mark that sorts before the dot, or a capital that composes with the
/// mark after it only in lower case (`H` + U+0331 -> `ẖ`). `key` normalizes again there.
#[test]
fn key_is_idempotent_where_lowering_leaves_nfc() {
    for s in ["İ\u{5bc}", "H\u{331}", "Hoà İ\u{5bc}stanbul H\u{331}à"] {
        let k = key(s).into_owned();
        assert_eq!(key(&k), k.as_str(), "{s:?}");
        let mut buf = String::new();
        key_into(s, &mut buf);
        assert_eq!(buf, k);
        let doc = hanhchinh_text::Doc::new(s);
        for (i, t) in doc.tokens().iter().enumerate() {
            assert_eq!(doc.key(i), key(t.text()), "{:?}", t.text());
            assert_eq!(t.key(), key(t.text()));
        }
    }
    assert_eq!(key("H\u{331}"), "\u{1e96}");
}
