//! Tests of the document layer.

use super::*;

/// Keys remembered by the thread across documents are the keys themselves: the same words
/// in another document, in another spelling first, key alike; a cache full of other words is
/// cleared, not grown.
#[test]
fn keys_remembered_across_documents() {
    let words = "Của CỦA của Hoà hòa Thuỷ THUỶ Nguyễn NGUYỄN Đà Nẵng";
    let expect: Vec<String> = crate::tokenize(words)
        .map(|t| crate::key(t.text()).into_owned())
        .collect();
    for _ in 0..3 {
        let d = Doc::new(words);
        let got: Vec<&str> = (0..d.len()).map(|i| d.key(i)).collect();
        assert_eq!(got, expect);
    }
    let many: String = (0..CACHE_MAX + 10).map(|n| format!("Ư{n} ")).collect();
    let d = Doc::new(&many);
    assert_eq!(d.key(0), "ư0");
    assert!(KEYS.with(|c| c.borrow().len()) <= CACHE_MAX);
    let d = Doc::new(words);
    let got: Vec<&str> = (0..d.len()).map(|i| d.key(i)).collect();
    assert_eq!(got, expect);
}

#[test]
fn cases() {
    assert_eq!(Case::of("liêm"), Case::Lower);
    assert_eq!(Case::of("Đ"), Case::Title);
    assert_eq!(Case::of("ĐẮK"), Case::Upper);
    assert_eq!(Case::of("iPhone"), Case::Mixed);
    assert_eq!(Case::of("ThS"), Case::Mixed);
    assert_eq!(Case::of(","), Case::Uncased);
    assert_eq!(Case::of("COVID-19"), Case::Upper);
    assert_eq!(Case::of(""), Case::Uncased);
    for w in [
        "ĐA\u{306}\u{301}K",
        "Ho\u{300}a",
        "H'Leo",
        "A",
        "UBND",
        "iPhone",
        "liêm",
        "Liêm",
    ] {
        assert_eq!(Case::of_word(w), Case::of(w), "{w}");
    }
}

#[test]
fn facts_match_the_free_functions() {
    let text = "Uỷ ban nhân dân QUẬN Thanh Xuân, THUỶ\u{a0}nguyên; ho\u{300}a NamTừ";
    let doc = Doc::new(text);
    for (i, t) in doc.tokens().iter().enumerate() {
        assert_eq!(doc.key(i), crate::key(t.text()), "{}", t.text());
        assert_eq!(doc.fold(i), crate::fold(t.text()), "{}", t.text());
    }
    assert_eq!(doc.key(99), "");
    assert!(!doc.is_name_word(99));
}

#[test]
fn name_words() {
    let doc = Doc::new("Trần Văn A UBND Thomas hội Đ");
    let nw: Vec<bool> = (0..doc.len()).map(|i| doc.is_name_word(i)).collect();
    assert_eq!(nw, [true, true, true, false, false, false, true]);
}

#[test]
fn gaps_and_lines() {
    let doc = Doc::new("  a b\nc,d\r\n\r\ne ");
    let gaps: Vec<Gap> = (0..=doc.len()).map(|i| doc.gap_before(i)).collect();
    assert_eq!(
        gaps,
        [
            Gap::Space,
            Gap::Space,
            Gap::Line,
            Gap::None,
            Gap::None,
            Gap::Para,
            Gap::Space
        ]
    );
    assert_eq!(doc.gap_text(0), "  ");
    assert_eq!(doc.gap_text(5), "\r\n\r\n");
    assert_eq!(doc.gap_text(6), " ");
    assert_eq!(doc.lines().collect::<Vec<_>>(), [0..2, 2..5, 5..6]);
    assert_eq!(
        (0..6).map(|i| doc.line_of(i)).collect::<Vec<_>>(),
        [0, 0, 1, 1, 1, 3]
    );
    assert_eq!(doc.line(3), 2..5);
    assert!(doc.starts_line(5) && !doc.starts_line(4));
    assert!(doc.spaced(1) && !doc.spaced(2) && doc.touches(3));
    assert!(doc.are(0, &["a", "b"]) && !doc.are(1, &["b", "c"]));
}

#[test]
fn sentences_and_spans() {
    let text = "Có 2.309 hộ. Tại TP. Hồ Chí Minh đạt 96,39%.";
    let doc = Doc::new(text);
    let s = doc.sentences().to_vec();
    assert_eq!(s.len(), 2);
    let texts: Vec<&str> = s.iter().map(|r| doc.slice(r.clone())).collect();
    assert_eq!(texts, ["Có 2.309 hộ.", "Tại TP. Hồ Chí Minh đạt 96,39%."]);
    assert_eq!(doc.sentence_of(0), 0);
    assert_eq!(doc.sentence_of(doc.len() - 1), 1);
    let i = doc.token_at(text.find("Minh").unwrap() + 1).unwrap();
    assert_eq!(doc.word(i), "Minh");
    assert_eq!(doc.token_at(3), None);
    assert_eq!(doc.tokens_in(0..15), 0..4);
    assert_eq!(doc.tokens_in(0..12), 0..2);
    assert_eq!(doc.span(1..1), 4..4);
    assert_eq!(doc.span(99..100), text.len()..text.len());
}

#[test]
fn empty() {
    let doc = Doc::new("   ");
    assert!(doc.is_empty());
    assert_eq!(doc.lines().count(), 0);
    assert!(doc.sentences().is_empty());
    assert_eq!(doc.sentence_of(0), 0);
    assert_eq!(doc.gap_before(0), Gap::Space);
    assert_eq!(doc.line_of(0), 0);
}

#[test]
fn foreign_tokens_are_checked() {
    let text = "ab cd";
    let toks = vec![
        Token::new("cd", 3, TokenKind::Word),
        Token::new("ab", 0, TokenKind::Word),
        Token::new("zz", 1, TokenKind::Word),
    ];
    let doc = Doc::from_tokens(text, toks);
    assert_eq!(doc.len(), 1);
    assert_eq!(doc.word(0), "cd");
}
