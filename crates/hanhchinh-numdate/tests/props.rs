//! Property tests: Vietnamese formatting round-trips, no panic on any input, spans are exact
//! and items never overlap, absurd sizes overflow instead of giving a wrong value.
#![cfg(test)]

use hanhchinh_numdate::{find, parse_date, parse_number, Decimal, Options, PartialDate, Value};
use proptest::prelude::*;

/// Spells an integer below 10^12 in Vietnamese words, by the rules the parser documents.
fn spell(n: u64) -> String {
    const U: [&str; 10] = [
        "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
    ];
    fn below_1000(n: u64, full: bool, out: &mut Vec<String>) {
        let (h, t, u) = (n / 100, (n / 10) % 10, n % 10);
        if full || h > 0 {
            out.push(U[h as usize].into());
            out.push("trăm".into());
        }
        match t {
            0 if u > 0 && (full || h > 0) => {
                out.push("linh".into());
                out.push(U[u as usize].into());
            }
            0 if u > 0 => out.push(U[u as usize].into()),
            0 => {}
            1 => {
                out.push("mười".into());
                match u {
                    0 => {}
                    5 => out.push("lăm".into()),
                    _ => out.push(U[u as usize].into()),
                }
            }
            _ => {
                out.push(U[t as usize].into());
                out.push("mươi".into());
                match u {
                    0 => {}
                    1 => out.push("mốt".into()),
                    4 => out.push("tư".into()),
                    5 => out.push("lăm".into()),
                    _ => out.push(U[u as usize].into()),
                }
            }
        }
    }
    if n == 0 {
        return "không".into();
    }
    let groups = [
        (n / 1_000_000_000, "tỷ"),
        ((n / 1_000_000) % 1000, "triệu"),
        ((n / 1000) % 1000, "nghìn"),
        (n % 1000, ""),
    ];
    let mut out = Vec::new();
    let mut started = false;
    for (g, word) in groups {
        if g == 0 {
            continue;
        }
        below_1000(g, started, &mut out);
        if !word.is_empty() {
            out.push(word.into());
        }
        started = true;
    }
    out.join(" ")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Any decimal written Vietnamese style (`1.234.567,89`) parses back to itself.
    #[test]
    fn vietnamese_format_round_trips(m in -(1i128 << 90)..(1i128 << 90), scale in 0u32..6) {
        let v = Decimal::new(m, scale).unwrap();
        let s = v.to_vietnamese();
        let parsed = parse_number(&s).unwrap();
        prop_assert_eq!(parsed.decimal(), Some(v), "{}", s);
    }

    /// With a percent sign, a currency or a unit, the value is kept.
    #[test]
    fn amounts_round_trip(m in 0i64..1_000_000_000_000, scale in 0u32..3, suffix in 0usize..4) {
        let v = Decimal::new(i128::from(m), scale).unwrap();
        let (tail, kind) = [("%", "percent"), (" đồng", "money"), (" ha", "quantity"), (" USD", "money")][suffix];
        let s = format!("{}{tail}", v.to_vietnamese());
        let parsed = parse_number(&s).unwrap();
        prop_assert_eq!(parsed.kind().as_str(), kind);
        prop_assert_eq!(parsed.decimal(), Some(v));
    }

    /// Scale words multiply exactly.
    #[test]
    fn scale_words_multiply(m in 1i64..1_000_000, scale in 0u32..3, which in 0usize..4) {
        let v = Decimal::new(i128::from(m), scale).unwrap();
        let (word, exp) = [("nghìn", 3), ("triệu", 6), ("tỷ", 9), ("nghìn tỷ", 12)][which];
        let s = format!("{} {word} đồng", v.to_vietnamese());
        prop_assert_eq!(parse_number(&s).unwrap().decimal(), v.checked_mul_pow10(exp));
    }

    /// Spelled-out numbers read back to their value.
    #[test]
    fn spelled_numbers_round_trip(n in 10u64..1_000_000_000_000) {
        let s = spell(n);
        let got = parse_number(&s).unwrap().decimal();
        prop_assert_eq!(got, Some(Decimal::new(i128::from(n), 0).unwrap()), "{}", s);
    }

    /// Every valid date written d/m/yyyy reads back; impossible ones never do.
    #[test]
    fn dates_round_trip(y in 1900i16..2100, m in 1i8..=12, day in 1i8..=31) {
        let s = format!("ngày {day}/{m}/{y}");
        match PartialDate::ymd(y, m, day) {
            Ok(date) => prop_assert_eq!(parse_date(&s, None).unwrap(), date),
            Err(_) => prop_assert!(parse_date(&s, None).unwrap_err().is_invalid_date()),
        }
    }

    /// No panic on any input; spans are char boundaries, slices of the input, in order and
    /// never overlapping; the scan over bare tokens equals the scan over the `Doc`.
    #[test]
    fn no_panic_and_exact_spans(text in "\\PC{0,80}") {
        let opts = Options::new().reference_date(PartialDate::ymd(2023, 5, 18).unwrap()).lone_number_words(true);
        let items = find(&text, &opts);
        let mut last = 0;
        for i in &items {
            prop_assert!(i.start() >= last && i.start() < i.end());
            prop_assert_eq!(text.get(i.span()), Some(i.surface()));
            last = i.end();
        }
        // The bare-token scan and the Doc scan read the same facts.
        prop_assert_eq!(&items, &full_scan(&text, &opts));
        let _ = parse_number(&text);
        let _ = parse_date(&text, None);
    }

    /// Inputs made of the pieces the scanner looks at (digits, separators, cue words) do not
    /// panic either, and values are never wrong in sign or scale: a plain digit run is itself.
    #[test]
    fn no_panic_on_figure_soup(parts in proptest::collection::vec(prop_oneof![
        "[0-9]{1,6}", "[0-9]{1,3}([.,][0-9]{1,3}){0,3}", Just("/".to_string()), Just("-".to_string()),
        Just(":".to_string()), Just(" ".to_string()), Just("%".to_string()), Just("ngày".to_string()),
        Just("năm".to_string()), Just("tháng".to_string()), Just("từ".to_string()), Just("đến".to_string()),
        Just("tỷ".to_string()), Just("đồng".to_string()), Just("thứ".to_string()), Just("XIII".to_string()),
        Just("quý".to_string()), Just("hai mươi".to_string()), Just("giờ".to_string()), Just("h".to_string()),
        Just(" và ".to_string()), Just(", ".to_string()), Just("II".to_string()), Just("Km ".to_string()),
        Just("+".to_string()), Just(" sáng ".to_string()), Just("triệu".to_string()),
        Just(" âm lịch".to_string()), Just(" mùng ".to_string()), Just(" Giêng".to_string()),
    ], 0..16)) {
        let text = parts.join("");
        let opts = Options::new().reference_date(PartialDate::ymd(2022, 1, 21).unwrap());
        for i in find(&text, &opts) {
            prop_assert_eq!(text.get(i.span()), Some(i.surface()));
            if let Value::Number { value, .. } = i.value() {
                if i.surface().bytes().all(|b| b.is_ascii_digit()) {
                    prop_assert_eq!(Some(*value), i.surface().parse::<Decimal>().ok());
                }
            }
        }
    }

    /// Numbers too long for the exact type overflow, never a rounded value.
    #[test]
    fn long_numbers_overflow(n in 30usize..6000) {
        let s = "7".repeat(n);
        prop_assert!(parse_number(&s).unwrap_err().is_overflow());
    }
}

/// A scan of the whole text at once, over bare tokens; it must also equal the scan of the
/// text's `Doc` (the facts read from the document are the facts computed from the tokens).
fn full_scan<'a>(text: &'a str, opts: &Options) -> Vec<hanhchinh_numdate::Item<'a>> {
    let tokens: Vec<_> = hanhchinh_text::tokenize(text).collect();
    let items = hanhchinh_numdate::find_in_tokens(text, &tokens, opts);
    let doc = hanhchinh_text::Doc::new(text);
    assert_eq!(
        items,
        hanhchinh_numdate::find_in_doc(&doc, opts),
        "tokens and Doc disagree on {text:?}"
    );
    items
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// `find` scans line by line; it must agree with a scan of all tokens at once, on text
    /// mixing ordinary words, figures, cue words and line breaks.
    #[test]
    fn line_by_line_find_equals_full_scan(parts in proptest::collection::vec(prop_oneof![
        Just("các".to_string()), Just("đồng chí".to_string()), Just("Cầu Rào".to_string()),
        Just("Trung ương".to_string()), Just("Chỉ thị số".to_string()), Just("năm".to_string()),
        Just("ngày".to_string()), Just("tháng".to_string()), Just("Sáng".to_string()),
        Just("từ".to_string()), Just("đến".to_string()), Just("hơn".to_string()),
        Just("tỷ đồng".to_string()), Just("triệu".to_string()), Just("%".to_string()),
        Just("hai mươi mốt".to_string()), Just("một trăm linh năm".to_string()),
        Just("Thứ".to_string()), Just("nhất".to_string()), Just("lần thứ".to_string()),
        Just("khóa XIII".to_string()), Just("quý I".to_string()), Just("Giáp Thìn".to_string()),
        Just("Tết".to_string()), Just(",".to_string()), Just(".".to_string()), Just("-".to_string()),
        Just("\n".to_string()), Just("\n\n".to_string()), Just("người".to_string()), Just("chỉ tiêu".to_string()),
        "[0-9]{1,4}", "[0-9]{1,2}/[0-9]{1,2}(/[0-9]{4})?", "[0-9]{1,2}-[0-9]{1,2}",
        "[0-9]{1,3}(\\.[0-9]{3}){0,2}(,[0-9]{1,2})?", "[a-zđ]{1,7}",
    ], 0..40)) {
        let text = parts.join(" ");
        for opts in [
            Options::default(),
            Options::new().reference_date(PartialDate::ymd(2023, 5, 18).unwrap()),
        ] {
            prop_assert_eq!(find(&text, &opts), full_scan(&text, &opts), "{:?}", text);
        }
    }
}

#[test]
fn line_by_line_find_equals_full_scan_on_the_gold_texts() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dev_numdate.jsonl");
    let Ok(data) = std::fs::read_to_string(path) else {
        return;
    };
    let mut all = String::new();
    for line in data.lines() {
        let case: serde_json::Value = serde_json::from_str(line).unwrap();
        all.push_str(case["text"].as_str().unwrap());
        all.push_str("\n\n");
    }
    let opts = Options::new().reference_date(PartialDate::ymd(2022, 1, 21).unwrap());
    let a = find(&all, &opts);
    assert_eq!(a, full_scan(&all, &opts));
    assert!(a.len() > 150);
}

/// The same on the whole seed pages, when the workspace checkout is there.
#[test]
fn line_by_line_find_equals_full_scan_on_the_seed_pages() {
    let pages = hanhchinh_cases::seed_pages();
    assert!(!pages.is_empty());
    for (name, text) in pages {
        for opts in [
            Options::default(),
            Options::new().reference_date(PartialDate::ymd(2022, 1, 21).unwrap()),
        ] {
            assert_eq!(find(&text, &opts), full_scan(&text, &opts), "{name}");
        }
    }
}

/// Found by the `numdate` fuzz target (2026-12-06): a number word with a capital that is not
/// its first letter (`bA`) was read by the scan of a `Doc` (its key is `ba`) and not by the
/// scan of bare tokens, whose fast path looked only at the first letter.
#[test]
fn a_capital_inside_a_number_word_reads_alike() {
    let opts = Options::new().lone_number_words(true);
    for text in [
        "bA người",
        "không bA bWhông",
        " nămnc\u{a0} g bWhông bAáo Ac oahhn m\u{a0} không bA bWhông bAáo Ac oahhn m\u{a0} không bAá ?",
    ] {
        let items = find(text, &opts);
        assert_eq!(items, full_scan(text, &opts), "{text:?}");
    }
    let items = find("bA người", &opts);
    assert_eq!(
        items.iter().map(|i| i.surface()).collect::<Vec<_>>(),
        ["bA"]
    );
}
