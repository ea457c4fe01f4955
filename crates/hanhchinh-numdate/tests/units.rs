//! Every row of the unit table (`data/units.tsv`) is read after a number, spaced and glued,
//! with the row's code and kind.
#![cfg(test)]

use hanhchinh_numdate::{find, parse_number, Options, Value, UNITS_TSV};

fn rows() -> Vec<(&'static str, &'static str, &'static str)> {
    UNITS_TSV
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            (c[0], c[1], c[2])
        })
        .collect()
}

fn check(text: &str, code: &str, kind: &str) {
    let v = parse_number(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    let ok = match (&v, kind) {
        (Value::Quantity { value, unit }, "measure") => {
            *unit == code && value.to_string() == "12.5"
        }
        (Value::Money { value, currency }, "currency") => {
            *currency == code && value.to_string() == "12.5"
        }
        (Value::Percent { value }, "percent") => value.to_string() == "12.5",
        _ => false,
    };
    assert!(ok, "{text:?} gave {v:?}, want {kind} {code}");
}

#[test]
fn every_row_after_a_number() {
    let rows = rows();
    assert!(rows.len() >= 40);
    for (surface, code, kind) in rows {
        check(&format!("12,5 {surface}"), code, kind);
        // Capitals are the same unit (`Km2`, `GB`, `USD`, `KM/H`; superscripts have none).
        if !surface.contains(['²', '³']) {
            check(&format!("12,5 {}", surface.to_uppercase()), code, kind);
        }
        // Glued to the number (`4,3ha`, `500.000đ`), except the words written apart.
        if !surface.contains(' ') {
            check(&format!("12,5{surface}"), code, kind);
        }
    }
}

/// The surface and the value (`12.5 ha`) of every item found in `text`.
fn quantities(text: &str) -> Vec<(&str, String)> {
    find(text, &Options::default())
        .iter()
        .map(|i| match i.value() {
            Value::Quantity { value, unit } => (i.surface(), format!("{value} {unit}")),
            v => (i.surface(), format!("{v:?}")),
        })
        .collect()
}

#[test]
fn units_in_running_text() {
    assert_eq!(
        quantities(
            "Năng suất lúa đạt 62,5 tạ/ha, mật độ dân số 1.250 người/km², tốc độ 60 km/h, cách bờ 30 hải lý, lưu lượng 1.200 m3/s; ổ cứng 2 TB."
        ),
        [
            ("62,5 tạ/ha", "62.5 tạ/ha".to_string()),
            ("1.250 người/km²", "1250 người/km2".to_string()),
            ("60 km/h", "60 km/giờ".to_string()),
            ("30 hải lý", "30 hải lý".to_string()),
            ("1.200 m3/s", "1200 m3/s".to_string()),
            ("2 TB", "2 tb".to_string()),
        ]
    );
    // Achieved over planned, the unit glued to the slash: both are quantities.
    assert_eq!(
        quantities("Trồng mới 2.150 ha/2.000 ha kế hoạch; sản lượng 1.200 tấn/1.000 tấn."),
        [
            ("2.150 ha", "2150 ha".to_string()),
            ("2.000 ha", "2000 ha".to_string()),
            ("1.200 tấn", "1200 t".to_string()),
            ("1.000 tấn", "1000 t".to_string()),
        ]
    );
    // Power lines, plants and farm plots (an invented report).
    let items = find(
        "Đường dây 500 kV dài 12 km nối nhà máy 1,2 GW; mỗi hộ có 3 sào ruộng.",
        &Options::default(),
    );
    let got: Vec<&str> = items.iter().map(|i| i.surface()).collect();
    assert_eq!(got, ["500 kV", "12 km", "1,2 GW", "3 sào"]);
    // A price per unit is money; the unit after the slash stays out of the span.
    let items = find("giá 25.000 đồng/kg", &Options::default());
    assert_eq!(items[0].surface(), "25.000 đồng");
    // The period of a rainfall stays out of the quantity, also inside one token.
    let items = find(
        "lượng mưa 90 mm/24 giờ, có nơi 120mm/24h",
        &Options::default(),
    );
    let got: Vec<&str> = items.iter().map(|i| i.surface()).collect();
    assert_eq!(got[0], "90 mm");
    assert!(got.contains(&"120mm"));
    // A scale word before the unit: vạn is ten thousand.
    assert_eq!(
        parse_number("45,2 vạn tấn").unwrap(),
        Value::Quantity {
            value: "452000".parse().unwrap(),
            unit: "t"
        }
    );
}

/// Ranges glued to their unit, with a hyphen or an en dash, and ranges whose noun or unit is
/// written after both ends.
#[test]
fn ranges_with_units() {
    let one = |text: &str| -> (String, String) {
        let items = find(text, &Options::default());
        assert_eq!(items.len(), 1, "{text:?} gave {items:?}");
        let v = match items[0].value() {
            Value::Range { from, to, unit } => format!("{from}..{to} {}", unit.unwrap_or("-")),
            v => format!("{v:?}"),
        };
        (items[0].surface().to_string(), v)
    };
    assert_eq!(
        one("mưa 40-90mm, có nơi"),
        ("40-90mm".into(), "40..90 mm".into())
    );
    assert_eq!(one("mưa 25–70mm."), ("25–70mm".into(), "25..70 mm".into()));
    assert_eq!(
        one("rộng 2-2,5km2 mỗi"),
        ("2-2,5km2".into(), "2..2.5 km2".into())
    );
    assert_eq!(
        one("thâm niên từ 15 năm đến 25 năm được"),
        ("từ 15 năm đến 25 năm".into(), "15..25 -".into())
    );
    assert_eq!(
        one("dài từ 3 km đến 5 km qua"),
        ("từ 3 km đến 5 km".into(), "3..5 km".into())
    );
}
