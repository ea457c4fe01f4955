//! Every example of the issue (hanhchinh issue 4) and every documented context rule. The plain
//! cases, a text and the items found in it (or none), are lines of `tests/cases/rules.tsv` and
//! `tests/cases/rules_undated.tsv`, run by [`cases_of_rules_tsv`] and
//! [`cases_of_rules_undated_tsv`]; the tests here check what such a line cannot say: items
//! read with other reference dates, some of an item's fields or flags, the other entry
//! points.
#![cfg(test)]

use hanhchinh_cases::{self as cases, Cases};
use hanhchinh_numdate::{
    date_at, find, parse_date, parse_number, Approx, Decimal, Kind, Options, PartialDate, Value,
};

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn opts(reference: Option<(i16, i8, i8)>) -> Options {
    let mut o = Options::new();
    o.reference_date = reference.map(|(y, m, dd)| PartialDate::ymd(y, m, dd).unwrap());
    o
}

/// `(kind, surface, value)` of every item, the value rendered compactly; an error when an
/// item's surface is not the text at its span.
fn items(
    text: &str,
    reference: Option<(i16, i8, i8)>,
) -> Result<Vec<(&'static str, String, String)>, String> {
    find(text, &opts(reference))
        .iter()
        .map(|i| {
            if text.get(i.span()) != Some(i.surface()) {
                return Err(format!(
                    "the surface {:?} is not the text at its span {:?}",
                    i.surface(),
                    i.span()
                ));
            }
            let v = match i.value() {
                Value::Number { value, .. } | Value::Percent { value } => value.to_string(),
                Value::Money { value, currency } => format!("{value} {currency}"),
                Value::Quantity { value, unit } => format!("{value} {unit}"),
                Value::Fraction {
                    numerator,
                    denominator,
                } => format!("{numerator}/{denominator}"),
                Value::Range { from, to, unit } => format!("{from}..{to}{}", unit.unwrap_or("")),
                Value::Date { value } => value.to_string(),
                Value::Time { value } => value.to_string(),
                Value::DateRange { from, to } => {
                    format!("{from}..{to}")
                }
                _ => String::new(),
            };
            Ok((i.kind().as_str(), i.surface().to_string(), v))
        })
        .collect()
}

/// [`items`], which must succeed.
fn scan(text: &str, reference: Option<(i16, i8, i8)>) -> Vec<(&'static str, String, String)> {
    items(text, reference).unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

fn one(text: &str, reference: Option<(i16, i8, i8)>) -> (&'static str, String, String) {
    let all = scan(text, reference);
    assert_eq!(all.len(), 1, "{text:?} gave {all:?}");
    all.into_iter().next().unwrap()
}

/// The kinds of items, as [`Kind::as_str`] writes them.
const KINDS: [&str; 9] = [
    "number",
    "percent",
    "money",
    "quantity",
    "fraction",
    "range",
    "date",
    "time",
    "date_range",
];

/// The plain cases, scanned with the reference date 2023-05-18.
#[test]
fn cases_of_rules_tsv() {
    Cases::open(env!("CARGO_MANIFEST_DIR"), "rules.tsv")
        .run(|columns| check(columns, Some((2023, 5, 18))));
}

/// The plain cases scanned without a reference date.
#[test]
fn cases_of_rules_undated_tsv() {
    Cases::open(env!("CARGO_MANIFEST_DIR"), "rules_undated.tsv")
        .run(|columns| check(columns, None));
}

/// Checks one case of `tests/cases/rules.tsv` (its header says what the columns mean): the
/// text, then `none` (nothing is found) or the `kind, surface, value` of every item found, in
/// order.
fn check(columns: &[&str], reference: Option<(i16, i8, i8)>) -> Result<(), String> {
    let (text, want) = cases::items(columns, 3)?;
    if let Some(kind) = want.iter().map(|i| i[0]).find(|k| !KINDS.contains(k)) {
        return Err(format!(
            "not a case: {kind:?} is none of the kinds {KINDS:?}"
        ));
    }
    let want: Vec<_> = want
        .iter()
        .map(|i| (i[0], i[1].to_string(), i[2].to_string()))
        .collect();
    cases::compare(items(text, reference)?, want)
}

#[test]
fn spelled_out_numbers() {
    let v = |s: &str| parse_number(s).unwrap().decimal().unwrap();
    assert_eq!(v("mười lăm"), d("15"));
    assert_eq!(v("hai mươi mốt"), d("21"));
    assert_eq!(v("một trăm linh năm"), d("105"));
    assert_eq!(v("một trăm lẻ năm"), d("105"));
    assert_eq!(v("hai nghìn không trăm hai mươi ba"), d("2023"));
    assert_eq!(v("ba mươi tư"), d("34"));
    assert_eq!(v("hai mươi nhăm"), d("25"));
    assert_eq!(v("hai tỷ"), d("2000000000"));
    assert_eq!(v("hai"), d("2"));
    // A number word alone before a unit word (`hai tập thể`, no number by default: A20 of the
    // gold set) is one when lone number words are asked for.
    let lone = Options::new().lone_number_words(true);
    assert_eq!(find("hai tập thể", &lone).len(), 1);
}

#[test]
fn roman_numerals_and_ordinals() {
    // Ordinals are flagged.
    let items = find("lần thứ XIII", &Options::default());
    assert!(matches!(
        items[0].value(),
        Value::Number { ordinal: true, .. }
    ));
}

#[test]
fn ranges_fractions_and_approximations() {
    let items = find(
        "hơn 286 triệu đồng, trên 18 tuổi, gần 100 hộ, khoảng 5 km",
        &Options::default(),
    );
    let flags: Vec<Option<Approx>> = items.iter().map(|i| i.approx()).collect();
    assert_eq!(
        flags,
        [
            Some(Approx::Over),
            Some(Approx::Over),
            Some(Approx::Nearly),
            Some(Approx::About)
        ]
    );
    // The qualifier is not in the span.
    assert_eq!(items[1].surface(), "18");
}

#[test]
fn dates() {
    // The year of a day-month is the nearest to the reference date, a date in another year
    // counting three times its distance: the document's year unless the date is near the
    // turn of the year.
    assert_eq!(one("ngày 28/12", Some((2023, 1, 5))).2, "2022-12-28");
    assert_eq!(one("ngày 2/1", Some((2026, 12, 28))).2, "2027-01-02");
    assert_eq!(one("lễ 30/4 vừa qua", Some((2026, 12, 6))).2, "2026-04-30");
    assert_eq!(one("Ngày 15.3, đoàn", Some((2026, 12, 1))).2, "2026-03-15");
    assert_eq!(one("ngày 15/11", Some((2026, 1, 20))).2, "2025-11-15");
    assert_eq!(one("trong tháng 5", Some((2026, 12, 6))).2, "2026-05");
    // A year written earlier in the same sentence frames a day or a month without one, but
    // not a year of comparison or a bound, nor across the end of a sentence.
    let last = |text: &str| {
        scan(text, Some((2025, 12, 6)))
            .last()
            .map(|(_, _, v)| v.clone())
            .unwrap()
    };
    assert_eq!(
        last("Kỳ thi năm 2026 diễn ra từ ngày 11 đến 12/6."),
        "2026-06-11..2026-06-12"
    );
    assert_eq!(
        last("Năm 2026, lễ hội diễn ra vào ngày 15/2."),
        "2026-02-15"
    );
    assert_eq!(
        last("Khởi công ngày 20/5/2024, xong ngày 25/5."),
        "2024-05-25"
    );
    assert_eq!(
        last("Tăng 15% so với năm 2024, tính đến ngày 30/11."),
        "2025-11-30"
    );
    assert_eq!(
        last("Từ năm 2021 đến nay, và ngày 30/4 vừa qua"),
        "2025-04-30"
    );
    assert_eq!(
        last("Năm 2024 tỉnh đạt 8%. Ngày 30/11, tỉnh họp."),
        "2025-11-30"
    );
    // Partial dates stay partial without a reference date; written vs inferred stay apart.
    assert_eq!(one("ngày 18/5", None).2, "--05-18");
    let items = find("ngày 18/5", &opts(Some((2023, 5, 18))));
    assert!(items[0].is_year_inferred());
    assert_eq!(
        items[0].date().unwrap().without_year().to_string(),
        "--05-18"
    );
    assert!(!find("18/05/2023", &Options::default())[0].is_year_inferred());
}

#[test]
fn times() {
    // `g` for giờ, as several papers write it; alone, an hour only beside a word of time.
    assert_eq!(
        scan("Lúc 22g ngày 5-6, xảy ra cháy", Some((2024, 6, 10)))[0],
        ("time", "22g".to_string(), "22:00".to_string())
    );
}

#[test]
fn date_ranges_and_lunar_years() {
    // Two months without a year are a range when the reference date gives it, else two dates.
    assert_eq!(scan("từ tháng 5 đến tháng 8, mưa nhiều", None).len(), 2);
    // Lunar years: the written year wins; a can-chi alone takes the nearest year.
    assert_eq!(
        one("Tết Nguyên đán Giáp Thìn", Some((2023, 12, 1))).2,
        "2024"
    );
    assert_eq!(
        one("Tết Nguyên đán Giáp Thìn", Some((1970, 1, 1))).2,
        "1964"
    );
    assert_eq!(one("Xuân Mậu Tuất", Some((2017, 12, 20))).2, "2018");
}

#[test]
fn date_of_a_legal_reference() {
    let text = "Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị";
    let tokens: Vec<_> = hanhchinh_text::tokenize(text).collect();
    let at = tokens.iter().position(|t| t.text() == "ngày").unwrap();
    let item = date_at(text, &tokens, at, &Options::default()).unwrap();
    assert_eq!(item.surface(), "ngày 07/4/2014");
    assert_eq!(item.kind(), Kind::Date);
    // At the number itself too; and nothing at a word that starts no date.
    assert!(date_at(text, &tokens, at + 1, &Options::default()).is_some());
    assert!(date_at(text, &tokens, 0, &Options::default()).is_none());
}

#[test]
fn single_expression_parsers() {
    assert_eq!(
        parse_number("  82.367 tỷ đồng ").unwrap(),
        Value::Money {
            value: d("82367000000000"),
            currency: "VND"
        }
    );
    assert_eq!(parse_number("30/31").unwrap().kind(), Kind::Fraction);
    assert!(parse_number("").is_err());
    assert!(parse_number("abc").is_err());
    let trailing = parse_number("12 abc def 5").unwrap_err();
    assert_eq!(trailing.offset(), 2);
    assert!(parse_number("năm 2022").is_err());
    assert_eq!(
        parse_date("năm 2022", None).unwrap(),
        PartialDate::y(2022).unwrap()
    );
    assert_eq!(
        parse_date("tháng 12/2022", None).unwrap(),
        PartialDate::ym(2022, 12).unwrap()
    );
    assert!(parse_date("32/1", None).unwrap_err().is_invalid_date());
    assert!(parse_date("hôm nay", None).is_err());
}

#[test]
fn absurd_inputs_overflow() {
    let big = "9".repeat(5000);
    assert!(parse_number(&big).unwrap_err().is_overflow());
    assert!(parse_number("999.999.999.999.999.999 tỷ tỷ")
        .unwrap_err()
        .is_overflow());
    assert!(parse_number("một tỷ tỷ tỷ tỷ").unwrap_err().is_overflow());
    assert!(parse_number(&format!("0,{}", "1".repeat(40)))
        .unwrap_err()
        .is_overflow());
    // In running text an overflowing figure is skipped, never reported with a wrong value.
    let text = format!("có {big} người và 5 hộ");
    let items = find(&text, &Options::default());
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].surface(), "5");
}

#[test]
fn compound_amounts() {
    // A smaller group must follow a larger scale; a count after an amount stays apart.
    assert_eq!(scan("5 triệu 3 người", None).len(), 2);
}

/// The document's date may be partial (a page dated by its month or its year only).
#[test]
fn partial_reference_dates() {
    let with = |text: &str, reference: &str| -> Vec<String> {
        let opts = Options::new().reference_date(reference.parse().unwrap());
        find(text, &opts)
            .iter()
            .map(|i| match i.value() {
                Value::Date { value } => value.to_string(),
                Value::DateRange { from, to } => format!("{from}..{to}"),
                v => format!("{v:?}"),
            })
            .collect()
    };
    // A year: day-months and months take that year, whatever the month (no nearest-year
    // guess without a month to be near to).
    assert_eq!(with("ngày 18/5", "2023"), ["2023-05-18"]);
    assert_eq!(with("Sáng 28/12, hội nghị", "2023"), ["2023-12-28"]);
    assert_eq!(with("trong tháng 12", "2023"), ["2023-12"]);
    // A month: the nearest year around that month.
    assert_eq!(with("ngày 18/5", "2020-03"), ["2020-05-18"]);
    assert_eq!(with("ngày 28/12", "2020-01"), ["2019-12-28"]);
    assert_eq!(with("ngày 2/1", "2020-12"), ["2021-01-02"]);
    // A quarter.
    assert_eq!(with("ngày 10/2", "2024-Q1"), ["2024-02-10"]);
    // Lunar years need only the year.
    assert_eq!(with("Tết Nguyên đán Giáp Thìn", "2024"), ["2024"]);
    // Day ranges fill both ends.
    assert_eq!(with("ngày 2-3/9", "2023"), ["2023-09-02..2023-09-03"]);
    let items = find(
        "ngày 18/5",
        &Options::new().reference_date("2023".parse().unwrap()),
    );
    assert!(items[0].is_year_inferred());
    // 29 February in a year without one stays without a year.
    assert_eq!(with("ngày 29/2", "2023"), ["--02-29"]);
    assert_eq!(with("ngày 29/2", "2024"), ["2024-02-29"]);
}

/// Ranges of days that share the month and year written with the second day.
#[test]
fn day_ranges_sharing_a_month() {
    // Without `ngày`, `từ 5 đến 12/10` is not read as days; a first day after the second is no
    // range.
    assert!(!scan("từ 5 đến 12/10", Some((2023, 5, 18)))
        .iter()
        .any(|i| i.0 == "date_range"));
    assert!(!scan("ngày 15 đến 12/10", Some((2023, 5, 18)))
        .iter()
        .any(|i| i.0 == "date_range"));
}

/// Fractions written with a decimal comma or thousands groups, with a stray space at the
/// slash, and in words (issue 11 item 5).
#[test]
fn more_fractions() {
    // A date word before it keeps the date reading.
    assert!(!scan("ngày 17/ 9", Some((2023, 5, 18)))
        .iter()
        .any(|i| i.0 == "fraction"));
}

/// Counts that the name rules must not swallow.
#[test]
fn counts_after_names_and_places() {
    // A list of counts by place: each number is a count.
    let got: Vec<String> = scan(
        "số người bị thương (Bình Định 4, Phú Yên 2, Kon Tum 11, Gia Lai 3) đã",
        None,
    )
    .into_iter()
    .map(|i| i.1)
    .collect();
    assert_eq!(got, ["4", "2", "11", "3"]);
}

/// Times of a schedule: `N giờ` opening a line or a bullet.
#[test]
fn schedule_times() {
    let got = scan(
        "- 14 giờ, Chủ tịch: dự hội nghị.\n- 16 giờ 30: họp giao ban.",
        None,
    );
    assert_eq!(
        got,
        [
            ("time", "14 giờ".to_string(), "14:00".to_string()),
            ("time", "16 giờ 30".to_string(), "16:30".to_string()),
        ]
    );
}
