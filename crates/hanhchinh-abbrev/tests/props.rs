//! Properties over arbitrary input: nothing panics, spans are exact slices of the input, no
//! expansion is empty.

use hanhchinh_abbrev::{
    designation, expand, find, find_legal_refs, parse_symbol, parse_title, split_titles, Context,
    Lexicon, ProvinceKind,
};
use hanhchinh_text::tokenize;
use proptest::prelude::*;

/// Text built from administrative pieces, so that the generator reaches the interesting paths
/// (`hanhchinh_cases::messy_text`).
fn admin_text() -> impl Strategy<Value = String> {
    hanhchinh_cases::messy_text(&[
        "UBND",
        "HĐND",
        "UB MTTQ",
        "UVBTVTU",
        "TUV",
        "TP.",
        "HN",
        "Phó Bí thư",
        "Thường trực",
        "Quận ủy",
        "Ban",
        "Chủ tịch",
        "Chỉ thị số",
        "34-CT/TW",
        "ngày 07/4/2014",
        "15/2023/NQ-HĐND",
        "đồng chí",
        "Đại tá",
        "PGS.TS.",
        "Nguyễn Văn A",
        "(NTL)",
    ])
}

fn ctx_strategy() -> impl Strategy<Value = Context> {
    prop_oneof![
        Just(Context::new()),
        Just(
            Context::new()
                .province_kind(ProvinceKind::CentralCity)
                .unit_name("Nam Từ Liêm")
        ),
        Just(
            Context::new()
                .province_kind(ProvinceKind::Province)
                .year(2023)
        ),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn find_never_panics_and_spans_are_exact(text in admin_text(), ctx in ctx_strategy()) {
        for m in find(&text, &ctx) {
            prop_assert_eq!(&text[m.span()], m.text());
            prop_assert!(!m.candidates().is_empty());
            for c in m.candidates() {
                prop_assert!(!c.expansion().trim().is_empty());
            }
        }
    }

    #[test]
    fn expand_never_panics_nor_returns_empty(s in any::<String>(), w in "[A-ZĐ]{0,10}") {
        for c in expand(&s).iter().chain(expand(&w).iter()) {
            prop_assert!(!c.expansion().trim().is_empty());
        }
    }

    #[test]
    fn titles_never_panic(text in admin_text(), ctx in ctx_strategy()) {
        for t in split_titles(&text, &ctx) {
            prop_assert_eq!(&text[t.span()], t.text());
            prop_assert!(!t.expanded().is_empty());
        }
        let _ = parse_title(&text, &ctx);
        let tokens: Vec<_> = tokenize(&text).collect();
        for (i, tok) in tokens.iter().enumerate() {
            if i % 3 == 0 {
                let d = designation(&text, &tokens, tok.span(), &ctx);
                for t in d.titles {
                    prop_assert_eq!(&text[t.span()], t.text());
                }
                for r in d.ranks {
                    prop_assert_eq!(&text[r.span()], r.text());
                }
            }
        }
        // A name span that is no token boundary, empty or past the end.
        let _ = designation(&text, &tokens, text.len()..text.len() + 5, &ctx);
        let (hi, lo) = (3, 1);
        let _ = designation(&text, &tokens, hi..lo, &ctx);
    }

    #[test]
    fn legal_refs_never_panic(text in admin_text(), s in any::<String>(), ctx in ctx_strategy()) {
        for r in find_legal_refs(&text, &ctx) {
            prop_assert_eq!(&text[r.span()], r.text());
            prop_assert!(!r.number().is_empty());
        }
        let _ = parse_symbol(&s);
    }
}

#[test]
fn the_lexicon_parses() {
    assert!(Lexicon::try_builtin().is_ok());
}
