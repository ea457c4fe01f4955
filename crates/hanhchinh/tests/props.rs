//! Property tests: no panic on any input, spans are exact slices in order, the JSON of every
//! result parses.
#![cfg(test)]

use hanhchinh::Analyzer;
use proptest::prelude::*;

/// Messy Vietnamese text with the pieces of administrative news (`hanhchinh_cases::messy_text`).
fn vietnamese_like() -> impl Strategy<Value = String> {
    hanhchinh_cases::messy_text(&[
        "UBND",
        "quận",
        "Ba Đình",
        "Trần Đức Hoạt",
        "-",
        "TUV",
        ",",
        "Bí thư",
        "Quận ủy",
        "ngày",
        "18/5",
        "96,39%",
        "(NTL)",
        "huyện",
        "Quỳnh Phụ",
        "Chỉ thị số 34-CT/TW",
        "152 .206",
        "\n",
        "\u{a0}",
        "tỷ đồng",
        "xã An Khê",
        "Hồ Chí Minh",
        "Tác giả:",
        "năm 2022",
        "từ 3 đến 5",
    ])
}

proptest! {
    #[test]
    fn no_panic_any_string(s in any::<String>()) {
        let a = Analyzer::default();
        let r = a.analyze(&s);
        for e in r.entities() {
            prop_assert_eq!(&s[e.span()], e.text());
        }
        let _: serde_json::Value = serde_json::from_str(&r.entities_json()).unwrap();
    }

    #[test]
    fn spans_sorted_and_exact(s in vietnamese_like()) {
        let a = Analyzer::default();
        let r = a.analyze(&s);
        let mut last = 0;
        for e in r.entities() {
            prop_assert!(e.start() >= last);
            last = e.start();
            prop_assert_eq!(&s[e.span()], e.text());
        }
        // Number-like entities never overlap each other.
        let nums: Vec<_> = r.entities().iter().filter(|e| e.kind().is_number_like()).collect();
        for w in nums.windows(2) {
            prop_assert!(w[0].end() <= w[1].start());
        }
        let _: serde_json::Value = serde_json::from_str(&r.entities_json()).unwrap();
    }
}
