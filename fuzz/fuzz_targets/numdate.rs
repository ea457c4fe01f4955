//! `hanhchinh_numdate::find` over arbitrary UTF-8, with and without a reference date (whole,
//! month or year, taken from the first input byte): items on char boundaries, non-empty, in
//! order and non-overlapping, `surface()` is the slice of `span()`; the chunked `find` equals
//! `find_in_tokens` over all tokens and `find_in_doc` over the text's `Doc`; every value re-parses from its text form (decimals,
//! partial dates and times round-trip through `Display`/`FromStr`); `parse_number` and
//! `parse_date` never panic on the input or on any item's surface.
#![no_main]

use hanhchinh_numdate::{
    find, find_in_doc, find_in_tokens, parse_date, parse_number, Decimal, Options, PartialDate,
    Time, Value,
};
use libfuzzer_sys::fuzz_target;

fn decimal_round_trips(d: &Decimal) {
    let back: Decimal = d.to_string().parse().expect("a decimal's text parses");
    assert_eq!(&back, d, "decimal {d} does not round-trip");
}

fn date_round_trips(d: &PartialDate) {
    let back: PartialDate = d.to_string().parse().expect("a date's text parses");
    assert_eq!(&back, d, "date {d} does not round-trip");
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let Ok(s) = std::str::from_utf8(rest) else {
        return;
    };
    let reference = match first % 4 {
        0 => None,
        1 => Some("2023-05-18"),
        2 => Some("2020-03"),
        _ => Some("2024"),
    };
    let mut opts = Options::new().lone_number_words(first & 0x80 != 0);
    opts.reference_date = reference.and_then(|r| r.parse().ok());
    let items = find(s, &opts);
    let tokens: Vec<_> = hanhchinh_text::tokenize(s).collect();
    assert_eq!(items, find_in_tokens(s, &tokens, &opts), "find != find_in_tokens");
    let doc = hanhchinh_text::Doc::new(s);
    assert_eq!(items, find_in_doc(&doc, &opts), "find != find_in_doc");
    let mut prev_end = 0;
    for item in &items {
        let (start, end) = (item.start(), item.end());
        assert!(start >= prev_end, "item {start}..{end} overlaps or goes back ({prev_end})");
        assert!(start < end, "empty item at {start}");
        assert!(s.is_char_boundary(start) && s.is_char_boundary(end));
        assert_eq!(Some(item.surface()), s.get(start..end));
        match item.value() {
            Value::Number { value, .. }
            | Value::Percent { value }
            | Value::Money { value, .. }
            | Value::Quantity { value, .. } => decimal_round_trips(value),
            Value::Fraction {
                numerator,
                denominator,
            } => {
                decimal_round_trips(numerator);
                decimal_round_trips(denominator);
            }
            Value::Range { from, to, .. } => {
                decimal_round_trips(from);
                decimal_round_trips(to);
            }
            Value::Date { value } => date_round_trips(value),
            Value::DateRange { from, to } => {
                date_round_trips(from);
                date_round_trips(to);
            }
            Value::Time { value } => {
                let back: Time = value.to_string().parse().expect("a time's text parses");
                assert_eq!(&back, value);
            }
            _ => {}
        }
        let _ = parse_number(item.surface());
        let _ = parse_date(item.surface(), opts.reference_date);
        prev_end = end;
    }
    let _ = parse_number(s);
    let _ = parse_date(s, opts.reference_date);
    // The text forms of dates and times are parsed without panicking whatever they are.
    let _ = s.parse::<PartialDate>();
    let _ = s.parse::<Time>();
    let _ = s.parse::<Decimal>();
});
