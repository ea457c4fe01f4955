//! Property tests: no panic on any input, spans inside the text, bytes round trip.

use hanhchinh_gazetteer::{Gazetteer, Hints};
use proptest::prelude::*;

/// A date after every change the data records.
const TODAY: jiff::civil::Date = jiff::civil::date(2026, 10, 1);

/// Messy Vietnamese text with unit names and types in every form (`hanhchinh_cases::messy_text`).
fn vietnamese_like() -> impl Strategy<Value = String> {
    hanhchinh_cases::messy_text(&[
        "quận Ba Đình",
        "TP.HCM",
        "Q.1",
        "phường",
        "thị xã",
        "P.",
        "Quận NamTừ Liêm",
        "xã An Khê, huyện Quỳnh Phụ",
        "Hà Nội",
        "-",
        ",",
        "  ",
        "\u{301}",
        "QUẬN TÂY HỒ",
        "quận",
        "Ba",
        "Đình",
        "TP",
        ".",
        "HCM",
        "Q1",
        "phường",
        "Phú",
        "Thượng",
        "thị",
        "xã",
        "An",
        "Khê",
        "Hà",
        "Nội",
        "\n",
        "1",
        "ủy",
        "Thái",
        "Bình",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn no_panic_anywhere(s in vietnamese_like()) {
        let g = Gazetteer::default();
        let _ = g.lookup(&s);
        let _ = g.lookup_fuzzy(&s);
        let _ = g.lookup_exact(&s);
        let _ = g.resolve(&s, &Hints::default());
        let _ = g.resolve(&s, &Hints { within: Some(&s), ..Hints::default() });
        let c = g.convert(&s, TODAY);
        for x in &c.successors {
            let _ = x.unit.official_address();
        }
        for m in g.find_in(&s) {
            prop_assert!(m.span.start <= m.span.end && m.span.end <= s.len());
            prop_assert_eq!(&s[m.span.clone()], m.text);
            prop_assert!(m.name_span.start >= m.span.start && m.name_span.end <= m.span.end);
        }
    }

    #[test]
    fn garbage_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400), cut in 0usize..2000) {
        let _ = Gazetteer::from_bytes(bytes);
        // A truncated or corrupted real file: an error or a gazetteer that answers without panic.
        let real = Gazetteer::default().to_bytes().to_vec();
        let mut b = real[..real.len().min(cut * 997)].to_vec();
        if let Some(x) = b.get_mut(cut) { *x ^= 0x5a; }
        if let Ok(g) = Gazetteer::from_bytes(b) {
            let _ = g.lookup("Ba Đình");
            let _ = g.find_in("quận Ba Đình");
        }
    }

    #[test]
    fn builder_never_panics(s in "[a-z0-9\t\n|<=\\-]{0,200}") {
        let tsv = format!("code\tname\ttype\tlevel\tparent_code\tprovince_code\tvalid_from\tvalid_to\n{s}");
        let _ = Gazetteer::builder().add_tsv(tsv.as_bytes()).and_then(|b| b.build());
    }
}
