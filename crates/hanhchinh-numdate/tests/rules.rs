//! Every example of the issue (hanhchinh issue 4) and every documented context rule.
#![cfg(test)]

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

/// `(kind, surface, value)` of every item, the value rendered compactly.
fn scan(text: &str, reference: Option<(i16, i8, i8)>) -> Vec<(&'static str, String, String)> {
    find(text, &opts(reference))
        .iter()
        .map(|i| {
            assert_eq!(&text[i.span()], i.surface());
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
            (i.kind().as_str(), i.surface().to_string(), v)
        })
        .collect()
}

fn one(text: &str, reference: Option<(i16, i8, i8)>) -> (&'static str, String, String) {
    let all = scan(text, reference);
    assert_eq!(all.len(), 1, "{text:?} gave {all:?}");
    all.into_iter().next().unwrap()
}

fn is(text: &str, kind: &str, surface: &str, value: &str) {
    let got = one(text, Some((2023, 5, 18)));
    assert_eq!(
        got,
        (kind_static(kind), surface.to_string(), value.to_string()),
        "{text:?}"
    );
}

fn kind_static(k: &str) -> &'static str {
    [
        "number",
        "percent",
        "money",
        "quantity",
        "fraction",
        "range",
        "date",
        "time",
        "date_range",
    ]
    .into_iter()
    .find(|x| *x == k)
    .unwrap()
}

fn none(text: &str) {
    let all = scan(text, Some((2023, 5, 18)));
    assert!(all.is_empty(), "{text:?} gave {all:?}");
}

#[test]
fn issue_headline_examples() {
    is("có 2.309 doanh nghiệp", "number", "2.309", "2309");
    is("đạt 96,39%", "percent", "96,39%", "96.39");
    is(
        "là 82.367 tỷ đồng",
        "money",
        "82.367 tỷ đồng",
        "82367000000000 VND",
    );
    is(
        "thưởng 191.360.000 đồng",
        "money",
        "191.360.000 đồng",
        "191360000 VND",
    );
    is(
        "Khu tái định cư 4,3ha phường",
        "quantity",
        "4,3ha",
        "4.3 ha",
    );
    is("vượt mức 30/31 chỉ tiêu", "fraction", "30/31", "30/31");
    is("trẻ em từ 12-17 tuổi", "range", "12-17", "12..17");
    is("Nghị quyết (khóa XIII)", "number", "khóa XIII", "13");
    is("Sáng ngày 18/5, quận", "date", "ngày 18/5", "2023-05-18");
    is("Sáng 17-1, UBND", "date", "17-1", "2023-01-17");
    assert_eq!(
        scan("(20:47 21/01/2022)", None),
        [
            ("time", "20:47".into(), "20:47".into()),
            ("date", "21/01/2022".into(), "2022-01-21".into())
        ]
    );
    is(
        "(11/6/1948 - 11/6/2023)",
        "date_range",
        "11/6/1948 - 11/6/2023",
        "1948-06-11..2023-06-11",
    );
}

#[test]
fn numbers_and_amounts() {
    // Vietnamese grouping, international style where unambiguous, leading zeros, broken spacing.
    is("1.234.567,89", "number", "1.234.567,89", "1234567.89");
    is("1,234,567 người", "number", "1,234,567", "1234567");
    is("1,234.5", "number", "1,234.5", "1234.5");
    is("3.14", "number", "3.14", "3.14");
    is("08 tập thể", "number", "08", "8");
    is("cho 02 tập thể", "number", "02", "2");
    is("cho 152 .206 đối tượng", "number", "152 .206", "152206");
    // Spaces on both sides of the dot, as tokenized corpora print numbers: joined when the
    // group after the dot opens with a zero, which no number written alone does.
    is("có 70 . 000 người", "number", "70 . 000", "70000");
    is("có 70. 000 người", "number", "70. 000", "70000");
    is(
        "khai thác 70 . 000 - 150 . 000 m3 cát",
        "range",
        "70 . 000 - 150 . 000 m3",
        "70000..150000m3",
    );
    is(
        "khai thác 152 .206 - 200 .000 m3",
        "range",
        "152 .206 - 200 .000 m3",
        "152206..200000m3",
    );
    is("giảm -5 điểm", "number", "-5", "-5");
    is("tăng +3,2%", "percent", "+3,2%", "3.2");
    none("phiên bản 1.2.3");
    // Scale words and compounds.
    is("2 nghìn người", "number", "2 nghìn", "2000");
    is("3 ngàn", "number", "3 ngàn", "3000");
    is("286 triệu đồng", "money", "286 triệu đồng", "286000000 VND");
    is("5 tỉ đồng", "money", "5 tỉ đồng", "5000000000 VND");
    is(
        "2 nghìn tỷ đồng",
        "money",
        "2 nghìn tỷ đồng",
        "2000000000000 VND",
    );
    is("5 trăm triệu", "number", "5 trăm triệu", "500000000");
    is("1,5 triệu đồng", "money", "1,5 triệu đồng", "1500000 VND");
    // Currencies, percentages, units.
    is("500.000đ", "money", "500.000đ", "500000 VND");
    is("100 VNĐ", "money", "100 VNĐ", "100 VND");
    is("100 VND", "money", "100 VND", "100 VND");
    is("25 USD", "money", "25 USD", "25 USD");
    is("15 phần trăm", "percent", "15 phần trăm", "15");
    is("111,8 %", "percent", "111,8 %", "111.8");
    is("209,6 Km2", "quantity", "209,6 Km2", "209.6 km2");
    is("50 km2", "quantity", "50 km2", "50 km2");
    is("120 m2", "quantity", "120 m2", "120 m2");
    is("12 km", "quantity", "12 km", "12 km");
    is("30 tấn", "quantity", "30 tấn", "30 t");
    // Count nouns leave a number (the gold convention): người, hộ.
    is("245.188 người", "number", "245.188", "245188");
    is("12 hộ nghèo", "number", "12", "12");
    // `đồng` in `đồng chí` is not the currency.
    is("3 đồng chí", "number", "3", "3");
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
    is("có hai mươi mốt xã", "number", "hai mươi mốt", "21");
    is(
        "hỗ trợ hai tỷ đồng",
        "money",
        "hai tỷ đồng",
        "2000000000 VND",
    );
    // `hai mươi năm` is twenty years: the number stops before `năm`.
    is("hai mươi năm qua", "number", "hai mươi", "20");
    // Words that look like numbers are not (A20 of the gold set), nor a lone unit word.
    none("một số chính sách; bộ phận Một cửa; Ngã ba Chợ Con; Ngã tư Tô Hiệu; hai tập thể");
    let lone = Options::new().lone_number_words(true);
    assert_eq!(find("hai tập thể", &lone).len(), 1);
}

#[test]
fn roman_numerals_and_ordinals() {
    // The ordinal marker (`thứ`, `lần thứ`, `khóa`, `lần`) is part of the ordinal; other cue
    // words stay out (`quý I`, `Đại hội XIII`, `lớp 10`).
    is(
        "Đại hội Đảng toàn quốc lần thứ XIII",
        "number",
        "lần thứ XIII",
        "13",
    );
    is("nhiệm vụ quý I, lựa", "number", "I", "1");
    is("kỳ họp thứ IV", "number", "thứ IV", "4");
    is("Đại hội XIII của Đảng", "number", "XIII", "13");
    is("kỳ họp thứ 4 về", "number", "thứ 4", "4");
    is("thứ 4", "number", "thứ 4", "4");
    is("Thứ nhất, Tiếp tục", "number", "Thứ nhất", "1");
    is("Thứ tư, đẩy mạnh", "number", "Thứ tư", "4");
    is("Thứ năm, thi đua", "number", "Thứ năm", "5");
    is("lần thứ hai", "number", "lần thứ hai", "2");
    is("hội nghị hiệp thương lần 2 đã", "number", "lần 2", "2");
    is("đại biểu HĐND khoá IX", "number", "khoá IX", "9");
    is("học sinh lớp 10 trường", "number", "10", "10");
    is("Tuần thứ 05 từ", "number", "thứ 05", "5");
    // Ordinals are flagged.
    let items = find("lần thứ XIII", &Options::default());
    assert!(matches!(
        items[0].value(),
        Value::Number { ordinal: true, .. }
    ));
    // Not numbers: Roman letters without context, the superlative `nhất`, weekdays.
    none("Vitamin C và HĐND; quan trọng nhất");
    none("Thứ hai, ngày làm việc");
    none("họp vào thứ hai");
    // Weekdays written with a digit are no numbers either: before a date or after a time word.
    is("Thứ 6, 05/07/2024", "date", "05/07/2024", "2024-07-05");
    is("Thứ 3 - 14/3/2023", "date", "14/3/2023", "2023-03-14");
    none("sáng thứ 7 tuần này");
    none("các ngày thứ 7 và chủ nhật");
    // ... or before a time word after it; a rank stays a number.
    none("Thứ 2 hàng tuần, lãnh đạo tiếp dân");
    none("họp thứ 6 tuần tới");
    is("đội xếp thứ 2 sau đội bạn", "number", "thứ 2", "2");
    is("kỳ họp thứ 3 này", "number", "thứ 3", "3");
    assert_eq!(
        scan("Thứ 5 ngày 9/3/2023, kỳ họp thứ 5 khai mạc", None),
        [
            (
                "date",
                "ngày 9/3/2023".to_string(),
                "2023-03-09".to_string()
            ),
            ("number", "thứ 5".to_string(), "5".to_string()),
        ]
    );
}

#[test]
fn ranges_fractions_and_approximations() {
    is("có từ 3 đến 5 xã", "range", "từ 3 đến 5", "3..5");
    is("tăng 3 - 5%", "range", "3 - 5%", "3..5%");
    is(
        "từ 2 đến 3 tỷ đồng",
        "range",
        "từ 2 đến 3 tỷ đồng",
        "2000000000..3000000000VND",
    );
    is("đạt 9/10 tiêu chí", "fraction", "9/10", "9/10");
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
    is("18/05/2023", "date", "18/05/2023", "2023-05-18");
    is("ngày 18-5-2023", "date", "ngày 18-5-2023", "2023-05-18");
    is(
        "ngày 11 tháng 6 năm 1948",
        "date",
        "ngày 11 tháng 6 năm 1948",
        "1948-06-11",
    );
    is("trong tháng 12/2022", "date", "tháng 12/2022", "2022-12");
    is(
        "trong tháng 12 năm 2022",
        "date",
        "tháng 12 năm 2022",
        "2022-12",
    );
    is("Năm 2022 với", "date", "Năm 2022", "2022");
    is("NĂM 2017", "date", "NĂM 2017", "2017");
    // A quarter of a year is a date of that precision.
    is("quý I/2023", "date", "quý I/2023", "2023-Q1");
    is("quý 2 năm 2023", "date", "quý 2 năm 2023", "2023-Q2");
    is("Quý IV năm 2024", "date", "Quý IV năm 2024", "2024-Q4");
    is(
        "6 tháng đầu năm 2023",
        "date_range",
        "6 tháng đầu năm 2023",
        "2023-01..2023-06",
    );
    is(
        "6 tháng cuối năm 2023",
        "date_range",
        "6 tháng cuối năm 2023",
        "2023-07..2023-12",
    );
    is("Ngày đăng 18/05/2023 |", "date", "18/05/2023", "2023-05-18");
    is("Chiều 21/1, Quận ủy", "date", "21/1", "2023-01-21");
    is("Tối 2/9 tại", "date", "2/9", "2023-09-02");
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
    // A year of birth after `SN` (sinh năm).
    is(
        "bị cáo Nguyễn Văn A (SN 1985, trú xã B)",
        "date",
        "1985",
        "1985",
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
    // Invalid dates are not dates.
    none("31/02/2023");
    none("ngày 32/1");
    none("ngày 30/2");
    // The score of a match is no date and no range; the victory of 30 April is a date.
    none("Đội tuyển thắng Thái Lan 2-1 trong trận chung kết");
    none("Hai đội hòa 1-1");
    none("kết thúc với tỷ số 3-0");
    none("Đội thua 0-2 trước Indonesia");
    is("Kỷ niệm Chiến thắng 30-4", "date", "30-4", "2023-04-30");
    // Durations and anniversaries are numbers, not dates.
    is("kỷ niệm 75 năm Ngày", "number", "75", "75");
}

#[test]
fn times() {
    is("| 21:04 |", "time", "21:04", "21:04");
    is("lúc 21h04", "time", "21h04", "21:04");
    is("lúc 9h sáng", "time", "9h", "09:00");
    // `g` for giờ, as several papers write it; alone, an hour only beside a word of time.
    is("Đến 17g20 cùng ngày", "time", "17g20", "17:20");
    is("khoảng 8g sáng nay", "time", "8g", "08:00");
    is("khoảng 22g, xe bị lật", "time", "22g", "22:00");
    assert_eq!(
        scan("Lúc 22g ngày 5-6, xảy ra cháy", Some((2024, 6, 10)))[0],
        ("time", "22g".to_string(), "22:00".to_string())
    );
    is("mua 500g thịt", "number", "500", "500");
    is("thêm 20g đường", "number", "20", "20");
    is("14 giờ 30", "time", "14 giờ 30", "14:30");
    is("14 giờ 30 phút", "time", "14 giờ 30 phút", "14:30");
    is("lúc 7 giờ tối", "time", "7 giờ", "19:00");
    is("3 giờ chiều", "time", "3 giờ", "15:00");
    // `24 giờ` with no time cue is a duration.
    is("trong 24 giờ qua", "number", "24", "24");
    none("25:61");
    // The offset of a time zone in a page's date line is no time.
    assert_eq!(
        scan("Thứ Hai, 01/12/2026 08:30 (GMT+07:00)", None),
        [
            ("date", "01/12/2026".to_string(), "2026-12-01".to_string()),
            ("time", "08:30".to_string(), "08:30".to_string()),
        ]
    );
    none("(UTC+7)");
}

#[test]
fn date_ranges_and_lunar_years() {
    is(
        "từ năm 2020 - 2021",
        "date_range",
        "năm 2020 - 2021",
        "2020..2021",
    );
    is(
        "từ ngày 1/3/2023 đến ngày 5/3/2023",
        "date_range",
        "ngày 1/3/2023 đến ngày 5/3/2023",
        "2023-03-01..2023-03-05",
    );
    // A list of years: each item after the first is a year too, unless something is counted.
    assert_eq!(
        scan("Các năm 2019, 2020 và 2021, tỉnh đều đạt", None),
        [
            ("date", "năm 2019".to_string(), "2019".to_string()),
            ("date", "2020".to_string(), "2020".to_string()),
            ("date", "2021".to_string(), "2021".to_string()),
        ]
    );
    assert_eq!(
        scan("Năm 2020, 2021 hộ thoát nghèo", None),
        [
            ("date", "Năm 2020".to_string(), "2020".to_string()),
            ("number", "2021".to_string(), "2021".to_string()),
        ]
    );
    // The first day shares the month and year written out after the second.
    is(
        "từ ngày 1 đến ngày 5 tháng 8 năm 2024, tỉnh",
        "date_range",
        "ngày 1 đến ngày 5 tháng 8 năm 2024",
        "2024-08-01..2024-08-05",
    );
    is(
        "từ ngày 7 đến ngày 15 tháng 3, đoàn",
        "date_range",
        "ngày 7 đến ngày 15 tháng 3",
        "2023-03-07..2023-03-15",
    );
    // Without a reference date, a first end without a year takes the second end's (the year
    // before when it comes later in the year); months range as days do.
    for (text, surface, value) in [
        (
            "từ ngày 1/3 đến 15/3/2024",
            "ngày 1/3 đến 15/3/2024",
            "2024-03-01..2024-03-15",
        ),
        (
            "từ ngày 20/12 đến ngày 5/1/2025",
            "ngày 20/12 đến ngày 5/1/2025",
            "2024-12-20..2025-01-05",
        ),
        (
            "từ tháng 5 đến tháng 8 năm 2025",
            "tháng 5 đến tháng 8 năm 2025",
            "2025-05..2025-08",
        ),
        (
            "từ tháng 11 đến tháng 2 năm 2024",
            "tháng 11 đến tháng 2 năm 2024",
            "2023-11..2024-02",
        ),
    ] {
        assert_eq!(
            one(text, None),
            ("date_range", surface.to_string(), value.to_string()),
            "{text}"
        );
    }
    // Two months without a year are a range when the reference date gives it, else two dates.
    is(
        "từ tháng 5 đến tháng 8, mưa nhiều",
        "date_range",
        "tháng 5 đến tháng 8",
        "2023-05..2023-08",
    );
    assert_eq!(scan("từ tháng 5 đến tháng 8, mưa nhiều", None).len(), 2);
    is(
        "giai đoạn 2021-2025",
        "date_range",
        "2021-2025",
        "2021..2025",
    );
    is(
        "nhiệm kỳ 2020-2025",
        "date_range",
        "2020-2025",
        "2020..2025",
    );
    // Lunar years: the written year wins; a can-chi alone takes the nearest year.
    is(
        "chào mừng Xuân Mậu Tuất năm 2018",
        "date",
        "năm 2018",
        "2018",
    );
    assert_eq!(
        one("Tết Nguyên đán Giáp Thìn", Some((2023, 12, 1))).2,
        "2024"
    );
    assert_eq!(
        one("Tết Nguyên đán Giáp Thìn", Some((1970, 1, 1))).2,
        "1964"
    );
    assert_eq!(one("Xuân Mậu Tuất", Some((2017, 12, 20))).2, "2018");
    assert!(scan("Tết Nguyên đán Giáp Thìn", None).is_empty());
}

#[test]
fn names_codes_and_document_numbers_are_not_numbers() {
    none("đại dịch Covid-19; dự án Hồ Sen - Cầu Rào 2 (đoạn); Chỉ thị số 34-CT/TW");
    none("Nghị quyết Trung ương 4 (khóa");
    none("Chỉ thị số 34 của Bộ Chính trị; Chỉ thị 05 của Bộ");
    // A noun after the digits makes them a count again.
    is("Ban Chấp hành Trung ương 10 người", "number", "10", "10");
    // Sentence-initial capitals are not names.
    is("Hôm nay : 1.157", "number", "1.157", "1157");
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
fn dates_with_spaced_dashes_and_month_year_dashes() {
    is(
        "ngày 17 - 3 – 2004 đã",
        "date",
        "ngày 17 - 3 – 2004",
        "2004-03-17",
    );
    is("Sáng 9 - 8, kiềng", "date", "9 - 8", "2023-08-09");
    is(
        "từ tháng 8 – 2003, thời hạn",
        "date",
        "tháng 8 – 2003",
        "2003-08",
    );
    is("tháng 8-2003", "date", "tháng 8-2003", "2003-08");
    is("quý 1 - 2004", "date", "quý 1 - 2004", "2004-Q1");
    is("quí 2/2004", "date", "quí 2/2004", "2004-Q2");
    // Without a date word and without a year, a spaced pair stays a range.
    is("từ 35 - 52 tấn", "range", "35 - 52 tấn", "35..52t");
    none("ngày 31 - 2 - 2004");
}

#[test]
fn number_words_as_names() {
    none("có các anh Ba Bường, Mười Thơ; vợ Mười vừa cân");
    is("Mười năm qua, các đơn vị", "number", "Mười", "10");
    is("HAI MƯƠI NĂM", "number", "HAI MƯƠI", "20");
    is("ngay sáng sớm 6 - 11, đoàn", "date", "6 - 11", "2023-11-06");
}

#[test]
fn document_numbers_place_names_fractions_and_dotted_dates() {
    none("theo Quyết định số 12/2023 của UBND; Nghị quyết 15-2021");
    none("tại quận 1, Phường 3 và quốc lộ 5, tổ 12");
    none("trên đường 3/2 và phố 30/4");
    is("quận 1 có 10 phường", "number", "10", "10");
    is("chiếm 1/3 dân số", "fraction", "1/3", "1/3");
    is("tỷ lệ 2/3.", "fraction", "2/3", "2/3");
    is("Quốc khánh 2/9.", "date", "2/9", "2023-09-02");
    is("ngày 15.3.2023", "date", "ngày 15.3.2023", "2023-03-15");
    none("điện thoại 0912.345.678; 0227.3866");
    is(
        "trong ngày 2-3/9 tới",
        "date_range",
        "ngày 2-3/9",
        "2023-09-02..2023-09-03",
    );
    is(
        "ngày 15-16/3/2023",
        "date_range",
        "ngày 15-16/3/2023",
        "2023-03-15..2023-03-16",
    );
    none("ngày 30-31/2/2023");
}

#[test]
fn compound_amounts() {
    is(
        "hỗ trợ 1 tỷ 200 triệu đồng",
        "money",
        "1 tỷ 200 triệu đồng",
        "1200000000 VND",
    );
    is(
        "2 tỷ 500 triệu 300 nghìn đồng",
        "money",
        "2 tỷ 500 triệu 300 nghìn đồng",
        "2500300000 VND",
    );
    // A smaller group must follow a larger scale; a count after an amount stays apart.
    assert_eq!(scan("5 triệu 3 người", None).len(), 2);
}

#[test]
fn lunar_name_with_a_bare_year() {
    is(
        "Tết Nguyên đán Quý Mão 2023",
        "date",
        "Quý Mão 2023",
        "2023",
    );
    assert_eq!(
        scan("Xuân Quý Mão 2023", None),
        [("date", "Quý Mão 2023".into(), "2023".into())]
    );
    // No cue word is needed when the year agrees with the name.
    is(
        "đón Tết Canh Tý 2020 an toàn",
        "date",
        "Canh Tý 2020",
        "2020",
    );
    is(
        "mùa lúa Canh Tý 2020 bội thu",
        "date",
        "Canh Tý 2020",
        "2020",
    );
    // A name that is not that year's: the written year alone (after a cue), or nothing of it.
    is("Xuân Giáp Thìn 2023", "date", "2023", "2023");
    none("Giáp Thìn 2023");
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

/// Dates of news leads and page headers (issue 11 item 1), on invented sentences.
#[test]
fn news_lead_dates() {
    // A day and month with a dot after a date word; a month and year with a dot after `tháng`.
    is("Chiều 12.9, đoàn công tác", "date", "12.9", "2023-09-12");
    is("Ngày 3.10 vừa qua", "date", "Ngày 3.10", "2023-10-03");
    is("diễn ra hôm 7.4, các", "date", "7.4", "2023-04-07");
    is(
        "hoàn thành trong tháng 6.2021.",
        "date",
        "tháng 6.2021",
        "2021-06",
    );
    // Without a date word a dotted pair stays a decimal number.
    is("tăng 12.5 lần", "number", "12.5", "12.5");
    // Any time-of-day word with `nay`.
    is("Sáng nay 5-8, tỉnh", "date", "5-8", "2023-08-05");
    // ISO dates of page timestamps; English-order dates of page headers.
    is("Cập nhật 2022-11-30.", "date", "2022-11-30", "2022-11-30");
    none("mã 2022-13-40");
    is(
        "bởi Minh 7 Tháng 3, 2024 Xã",
        "date",
        "7 Tháng 3, 2024",
        "2024-03-07",
    );
    // Bare years after words that compare or bound periods.
    is("tăng nhiều so với 2019;", "date", "2019", "2019");
    is("bằng cùng kỳ 2022.", "date", "2022", "2022");
    is("dự kiến đầu 2026 hoàn thành", "date", "2026", "2026");
    is("từ nay đến cuối 2025, tỉnh", "date", "2025", "2025");
    // ... but not a count.
    is("so với 2019 người", "number", "2019", "2019");
}

/// Ranges of days that share the month and year written with the second day.
#[test]
fn day_ranges_sharing_a_month() {
    is(
        "dự kiến từ ngày 5 đến 12/10;",
        "date_range",
        "ngày 5 đến 12/10",
        "2023-10-05..2023-10-12",
    );
    is(
        "Từ ngày 8 đến ngày 16/4/2019, tổ chức",
        "date_range",
        "ngày 8 đến ngày 16/4/2019",
        "2019-04-08..2019-04-16",
    );
    is(
        "ngày 2 đến 3-6-2021: kỳ họp",
        "date_range",
        "ngày 2 đến 3-6-2021",
        "2021-06-02..2021-06-03",
    );
    is(
        "Hội nghị (14 - 16/02/2024) đã",
        "date_range",
        "14 - 16/02/2024",
        "2024-02-14..2024-02-16",
    );
    is(
        "từ ngày 09 tháng 3 năm 2015 đến ngày 20 tháng 3 năm 2015",
        "date_range",
        "ngày 09 tháng 3 năm 2015 đến ngày 20 tháng 3 năm 2015",
        "2015-03-09..2015-03-20",
    );
    // Without `ngày`, `từ 5 đến 12/10` is not read as days; a first day after the second is no
    // range.
    assert!(!scan("từ 5 đến 12/10", Some((2023, 5, 18)))
        .iter()
        .any(|i| i.0 == "date_range"));
    assert!(!scan("ngày 15 đến 12/10", Some((2023, 5, 18)))
        .iter()
        .any(|i| i.0 == "date_range"));
}

/// `N tháng đầu/cuối năm` with no year takes the document's year.
#[test]
fn months_of_the_document_year() {
    is(
        "trong 9 tháng đầu năm, toàn tỉnh",
        "date_range",
        "9 tháng đầu năm",
        "2023-01..2023-09",
    );
    is(
        "nhiệm vụ 6 tháng cuối năm nay",
        "date_range",
        "6 tháng cuối năm nay",
        "2023-07..2023-12",
    );
    // Without a document date: the count alone.
    assert_eq!(
        scan("trong 9 tháng đầu năm, toàn tỉnh", None),
        [("number", "9".to_string(), "9".to_string())]
    );
}

/// Fractions written with a decimal comma or thousands groups, with a stray space at the
/// slash, and in words (issue 11 item 5).
#[test]
fn more_fractions() {
    is("đạt 14,5/19 tiêu chí", "fraction", "14,5/19", "14.5/19");
    is(
        "có 215.300/240.112 hộ",
        "fraction",
        "215.300/240.112",
        "215300/240112",
    );
    is("đạt 17/ 19 tiêu chí", "fraction", "17/ 19", "17/19");
    is("đạt 17 /19 tiêu chí", "fraction", "17 /19", "17/19");
    // A date word before it keeps the date reading.
    assert!(!scan("ngày 17/ 9", Some((2023, 5, 18)))
        .iter()
        .any(|i| i.0 == "fraction"));
    is("chiếm hai phần ba dân số", "fraction", "hai phần ba", "2/3");
    is(
        "khoảng một phần tư diện tích",
        "fraction",
        "một phần tư",
        "1/4",
    );
    is("hơn 2 phần 3 số hộ", "fraction", "2 phần 3", "2/3");
    is("một phần mười", "fraction", "một phần mười", "1/10");
    // `phần trăm` is a percent; `phần 2` alone is a part of a text; `ba phần` is three parts.
    is("tăng hai phần trăm", "percent", "hai phần trăm", "2");
    is("xem phần 2 của báo cáo", "number", "2", "2");
    none("chia làm ba phần bằng nhau");
    // The figures after a fraction in words are that fraction, never a date.
    assert_eq!(
        scan("bằng một phần tư (1/4) tổng số", Some((2023, 5, 18))),
        [
            ("fraction", "một phần tư".to_string(), "1/4".to_string()),
            ("fraction", "1/4".to_string(), "1/4".to_string()),
        ]
    );
}

/// Spelled-out quantities with a decimal comma read aloud (`phẩy`).
#[test]
fn spelled_out_decimals() {
    is(
        "dài bảy phẩy năm mét",
        "quantity",
        "bảy phẩy năm mét",
        "7.5 m",
    );
    is("ba phẩy mười bốn", "number", "ba phẩy mười bốn", "3.14");
    is(
        "hai phẩy không năm ha",
        "quantity",
        "hai phẩy không năm ha",
        "2.05 ha",
    );
    is(
        "mười hai phẩy năm phần trăm",
        "percent",
        "mười hai phẩy năm phần trăm",
        "12.5",
    );
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
    // A road or a resolution named with a number stays a name.
    none("đi qua Cầu Rào 2.");
    none("Nghị quyết Trung ương 4, các");
    // What is counted may be an abbreviation.
    is("tỉnh Bình Thuận còn 42 ĐVHC cấp xã", "number", "42", "42");
    // After a place word, people and households are counted; a place name stays a name.
    is("khối xã, phường 12 người", "number", "12", "12");
    none("tại thôn 2 xã Tân An");
    none("ở phường 7 quận 3");
    // A count glued to the noun before it by a slash (`hộ/673` is one token).
    assert_eq!(
        scan("có 120 hộ/415 khẩu sinh sống", None),
        [
            ("number", "120".to_string(), "120".to_string()),
            ("number", "415".to_string(), "415".to_string()),
        ]
    );
    // A view counter is an integer: its comma groups thousands.
    is("Lượt xem: 4,512", "number", "4,512", "4512");
    is("lượt truy cập 1,204,511", "number", "1,204,511", "1204511");
    is("tăng 4,512 lần", "number", "4,512", "4.512");
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
    is("9 giờ: khai mạc", "time", "9 giờ", "09:00");
    // A duration is no time.
    is("trong 24 giờ, lực lượng", "number", "24", "24");
}

/// Numbers that name places or documents, with the unit types and document types of the
/// shared vocabulary.
#[test]
fn place_and_document_numbers_from_the_vocabulary() {
    none("sống tại tổ dân phố 5, phường Tân An");
    none("ở khu phố 4 và ấp 3");
    none("theo Thông tư liên tịch số 12 của hai bộ");
    none("theo Nghị quyết liên tịch 09 của");
    none("quốc lộ 1 đoạn qua xã");
    // A unit after the place word: a measure, not a name.
    is("đoạn đường 5 km", "quantity", "5 km", "5 km");
    is("thôn 2 km nữa", "quantity", "2 km", "2 km");
    // A class or a grade is a number.
    is("vào lớp 10 năm nay", "number", "10", "10");
}
