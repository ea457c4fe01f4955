//! With the `serde` feature: items serialize with exact decimals and ISO dates.

#![cfg(feature = "serde")]

use hanhchinh_numdate::{find, parse_number, Decimal, Options, PartialDate, Time};

#[test]
fn items_serialize() {
    let opts = Options::new().reference_date(PartialDate::ymd(2022, 1, 21).unwrap());
    let items = find("hơn 82.367 tỷ đồng, ngày 21/1", &opts);
    let json = serde_json::to_value(&items).unwrap();
    assert_eq!(json[0]["surface"], "82.367 tỷ đồng");
    assert_eq!(json[0]["value"]["kind"], "money");
    assert_eq!(json[0]["value"]["value"], "82367000000000");
    assert_eq!(json[0]["value"]["currency"], "VND");
    assert_eq!(json[0]["approx"], "over");
    assert_eq!(json[1]["value"]["kind"], "date");
    assert_eq!(json[1]["value"]["value"], "2022-01-21");
    assert_eq!(json[1]["year_inferred"], true);
    assert_eq!(json[0]["year_inferred"], false);
}

#[test]
fn decimals_dates_and_times_round_trip_as_strings() {
    let d = parse_number("96,39").unwrap().decimal().unwrap();
    let s = serde_json::to_string(&d).unwrap();
    assert_eq!(s, "\"96.39\"");
    let back: Decimal = serde_json::from_str(&s).unwrap();
    assert_eq!(back, d);
    for iso in [
        "2023-05-18",
        "2023-05",
        "2023",
        "2025-Q1",
        "--05-18",
        "--05",
    ] {
        let date: PartialDate = iso.parse().unwrap();
        let json = serde_json::to_string(&date).unwrap();
        assert_eq!(json, format!("\"{iso}\""));
        assert_eq!(serde_json::from_str::<PartialDate>(&json).unwrap(), date);
    }
    let t: Time = "08:30:15".parse().unwrap();
    assert_eq!(serde_json::to_string(&t).unwrap(), "\"08:30:15\"");
    assert_eq!(serde_json::from_str::<Time>("\"08:30:15\"").unwrap(), t);
}

#[test]
fn invalid_dates_and_times_do_not_deserialize() {
    for bad in [
        "\"2023-02-31\"",
        "\"--02-30\"",
        "\"2023-Q5\"",
        "\"2023-5-1\"",
        "20230518",
    ] {
        assert!(serde_json::from_str::<PartialDate>(bad).is_err(), "{bad}");
    }
    assert!(serde_json::from_str::<Time>("\"24:00\"").is_err());
    assert!(serde_json::from_str::<Time>("\"7:05\"").is_err());
}
