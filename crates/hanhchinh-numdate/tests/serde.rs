//! With the `serde` feature: items serialize with exact decimals and ISO dates.

#![cfg(feature = "serde")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use hanhchinh_numdate::{find, parse_number, Date, Decimal, Options};

#[test]
fn items_serialize() {
    let opts = Options {
        reference_date: Some(Date::ymd(2022, 1, 21).unwrap()),
        ..Options::default()
    };
    let items = find("hơn 82.367 tỷ đồng, ngày 21/1", &opts);
    let json = serde_json::to_value(&items).unwrap();
    assert_eq!(json[0]["surface"], "82.367 tỷ đồng");
    assert_eq!(json[0]["value"]["kind"], "money");
    assert_eq!(json[0]["value"]["value"], "82367000000000");
    assert_eq!(json[0]["value"]["currency"], "VND");
    assert_eq!(json[0]["approx"], "over");
    assert_eq!(json[1]["value"]["kind"], "date");
    assert_eq!(json[1]["value"]["value"]["year_inferred"], true);
}

#[test]
fn decimals_round_trip_as_strings() {
    let d = parse_number("96,39").unwrap().decimal().unwrap();
    let s = serde_json::to_string(&d).unwrap();
    assert_eq!(s, "\"96.39\"");
    let back: Decimal = serde_json::from_str(&s).unwrap();
    assert_eq!(back, d);
    let date: Date =
        serde_json::from_value(serde_json::to_value(Date::ymd(2023, 5, 18).unwrap()).unwrap())
            .unwrap();
    assert_eq!(date.iso(), "2023-05-18");
}

#[test]
fn invalid_dates_and_times_do_not_deserialize() {
    let bad = r#"{"year":2023,"month":2,"day":31,"year_inferred":false}"#;
    assert!(serde_json::from_str::<Date>(bad).is_err());
    let ok = r#"{"year":null,"month":5,"day":18,"year_inferred":false}"#;
    assert_eq!(serde_json::from_str::<Date>(ok).unwrap().iso(), "--05-18");
    assert!(serde_json::from_str::<hanhchinh_numdate::Time>(
        r#"{"hour":24,"minute":0,"second":null}"#
    )
    .is_err());
}
