//! The tokenizer on the faults of real scraped pages. The sentences are copied from the sample
//! pages (`data/corpus/seeds/` of the repository; cases of `shared/eval/dev.jsonl`).

use hanhchinh_text::{sentences, tokenize, TokenKind};

fn texts(s: &str) -> Vec<&str> {
    tokenize(s).map(|t| t.text()).collect()
}

#[test]
fn glued_and_broken_spacing() {
    let s = "Quận NamTừ Liêm biểu dương kết quả phong trào thi đua năm 2022";
    assert_eq!(&texts(s)[..4], ["Quận", "Nam", "Từ", "Liêm"]);
    let s = "hỗ trợ cho 152 .206 đối tượng với số tiền là 82.367 tỷ đồng.";
    let t: Vec<_> = tokenize(s).collect();
    let i = t.iter().position(|t| t.text() == "152").unwrap();
    assert_eq!((t[i + 1].text(), t[i + 2].text()), (".", "206"));
    assert_eq!(t[i + 1].end(), t[i + 2].start(), "`.206` is glued");
    assert!(t
        .iter()
        .any(|t| t.text() == "82.367" && t.kind() == TokenKind::Number));
}

#[test]
fn titles_after_names() {
    let s = "đồng chí Hoàng Thái Phúc-UVBTVTU-Trưởng Ban Nội chính Tỉnh ủy";
    assert_eq!(&texts(s)[4..9], ["Phúc", "-", "UVBTVTU", "-", "Trưởng"]);
    let s = "Đinh Trọng Xá-TUV, Bí thư Huyện ủy,Chủ tịch HĐND huyện";
    assert_eq!(
        texts(s),
        [
            "Đinh", "Trọng", "Xá", "-", "TUV", ",", "Bí", "thư", "Huyện", "ủy", ",", "Chủ", "tịch",
            "HĐND", "huyện"
        ]
    );
}

#[test]
fn dates_times_codes() {
    let s = "(20:47 21/01/2022) Chỉ thị số 34-CT/TW ngày 07/4/2014 về KT-XH, COVID-19";
    let toks: Vec<_> = tokenize(s).map(|t| (t.text(), t.kind())).collect();
    for (w, k) in [
        ("20:47", TokenKind::Number),
        ("21/01/2022", TokenKind::Number),
        ("34-CT/TW", TokenKind::Code),
        ("07/4/2014", TokenKind::Number),
        ("KT-XH", TokenKind::Code),
        ("COVID-19", TokenKind::Code),
    ] {
        assert!(toks.contains(&(w, k)), "{w}");
    }
}

#[test]
fn no_break_spaces_and_mojibake() {
    let s = "Mã xác nhận: \u{a0}\u{a0}\u{a0} L?y l?i m\u{FFFD} b?o m?t";
    let t = texts(s);
    assert_eq!(&t[..3], ["Mã", "xác", "nhận"]);
    assert!(t.contains(&"\u{FFFD}"));
    let s = "Chủ tịch \u{a0}Hồ Chí Minh";
    assert_eq!(texts(s), ["Chủ", "tịch", "Hồ", "Chí", "Minh"]);
}

#[test]
fn seed_paragraph_sentences() {
    let s = "Đặc biệt năm 2022, có 2.309 doanh nghiệp thành lập mới, 589 doanh nghiệp hoạt động trở lại. An sinh và phúc lợi xã hội được đảm bảo; chất lượng giáo dục được nâng lên.";
    let v: Vec<_> = sentences(s).map(|s| s.text()).collect();
    assert_eq!(v.len(), 2);
    assert!(v[0].ends_with("trở lại."));
}

#[test]
fn information_separators_are_spaces() {
    // Found by the tokenize fuzz target: U+001C..U+001F separate tokens, and `is_space` says so.
    assert_eq!(texts("a\u{1d}b"), ["a", "b"]);
    assert!(hanhchinh_text::is_space('\u{1f}'));
}

#[test]
fn key_and_key_into_agree_on_title_case() {
    let mut buf = String::new();
    hanhchinh_text::key_into("ǅ", &mut buf);
    assert_eq!(hanhchinh_text::key("ǅ"), buf);
}
