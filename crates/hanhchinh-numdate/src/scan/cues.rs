//! The closed word lists the scanner reads its context from (as lookup keys: lowercase NFC).

/// Words that make the next `a/b` or `a-b` a day-month.
pub(super) const DATE_CUES: &[&str] = &[
    "ngày", "mùng", "mồng", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "sớm",
];
/// Parts of the day (adjust a time, stay out of spans).
pub(super) const DAY_PARTS: &[&str] = &["sáng", "trưa", "chiều", "tối", "đêm"];
/// Words before a Roman numeral that make it a number (not the parts of a legal text, `Chương
/// II`, `Phần I`, `Mục 2`: labels, see `numbered_type_words`).
pub(super) const ROMAN_CUES: &[&str] = &[
    "khóa", "quý", "thứ", "tập", "kỳ", "đợt", "lần", "hạng", "loại", "vòng", "giai", "đoạn", "hội",
    "quí",
];
/// Nouns before `thứ` that make the next number word an ordinal (`lần thứ hai`).
pub(super) const ORDINAL_NOUNS: &[&str] = &[
    "lần", "kỳ", "họp", "khóa", "đợt", "hạng", "phần", "chương", "mục", "giải", "lớp", "vòng",
    "tầng", "điều", "khoản", "người", "năm",
];
/// Words that make the number after them an ordinal and belong in its span (`thứ 4`, `khóa
/// XIII`, `lần 3`; `lần thứ` is read as one marker).
pub(super) const ORDINAL_MARKERS: &[&str] = &["thứ", "khóa", "lần"];
/// Words before `thứ N` (N from 2 to 7) that make it a weekday, not an ordinal (`vào thứ 7`,
/// `sáng thứ 2`, `các ngày thứ 7`).
pub(super) const WEEKDAY_CUES: &[&str] = &[
    "vào", "sáng", "chiều", "tối", "trưa", "đêm", "ngày", "các", "hôm", "từ", "đến", "tới", "mỗi",
    "hằng", "hàng", "nay", "mai", "qua",
];
/// Words after `thứ N` (N from 2 to 7) that make it a weekday (`thứ 2 hàng tuần`, `thứ 6 tuần
/// tới`, `thứ 7 này`, `thứ 5 vừa qua`); not `sau` or `trước`, which also follow a rank (`xếp
/// thứ 2 sau đội bạn`).
pub(super) const WEEKDAY_AFTER_CUES: &[&str] = &["hàng", "hằng", "tuần", "này", "tới", "vừa"];
/// Count nouns (classifiers and the nouns most counted in administrative reports), as lookup
/// keys, one or two syllables: after a number they make it a count (`18 người`, `175 hộ`),
/// never a year, a date or the name of a place.
pub(super) const COUNT_NOUNS: &[&str] = &[
    "người",
    "hộ",
    "khẩu",
    "nhân khẩu",
    "lượt",
    "ca",
    "con",
    "cây",
    "căn",
    "suất",
    "chiếc",
    "cái",
    "em",
    "cháu",
    "học sinh",
    "sinh viên",
    "giáo viên",
    "đại biểu",
    "cử tri",
    "đảng viên",
    "hội viên",
    "đoàn viên",
    "thành viên",
    "cán bộ",
    "công chức",
    "viên chức",
    "lao động",
    "trường hợp",
    "doanh nghiệp",
    "hợp tác xã",
    "đơn vị",
    "tập thể",
    "cá nhân",
    "gia đình",
    "xã",
    "phường",
    "thị trấn",
    "huyện",
    "tỉnh",
    "thôn",
    "bản",
    "ấp",
    "tổ",
    "trường",
    "dự án",
    "công trình",
    "vụ",
    "tiêu chí",
    "chỉ tiêu",
    "phiếu",
    "bệnh nhân",
    "nạn nhân",
    "đối tượng",
];
/// Words before a number that are not names even when capitalized.
pub(super) const NUMBER_CUES: &[&str] = &[
    "năm", "ngày", "tháng", "quý", "khóa", "lớp", "thứ", "đợt", "lần", "kỳ", "số", "điều", "khoản",
    "chương", "mục", "phần", "tổng", "có", "đạt", "và", "với", "gồm", "hôm", "lượt", "xem",
];
/// Words before `a/b` that make it a fraction (`chiếm 1/3`, `tỷ lệ 2/3`, `hơn 1/2`).
pub(super) const FRACTION_CUES: &[&str] = &[
    "chiếm", "khoảng", "gần", "hơn", "trên", "dưới", "lệ", "bằng",
];
/// Words after `đồng` that make it not the currency (`3 đồng chí`).
pub(super) const DONG_COMPOUNDS: &[&str] = &[
    "chí", "bào", "thời", "ý", "hồ", "bằng", "loạt", "đội", "nghiệp", "tâm", "lòng", "thuận", "bộ",
    "phục", "tình", "hành", "hương", "ruộng", "minh", "nhất", "đều", "dạng", "môn", "sở", "hữu",
    "chủ", "cấp", "ca", "lúa",
];
/// Words after a number that are no counted noun: the time words after a day-month, which do
/// not make it a fraction (`18/5 vừa qua`), and function words (auxiliaries, the copula,
/// conjunctions: `cầu Rào 2 đã thông xe`, `thủy điện Ia Me 3 nên`, `xã Quế Xuân 1 có`).
pub(super) const AFTER_DATE_WORDS: &[&str] = &[
    "vừa", "qua", "tới", "này", "năm", "tháng", "đến", "và", "hằng", "hàng", "là", "của", "tại",
    "ở", "sẽ", "đã", "với", "cho", "theo", "trong", "lúc", "vào", "từ", "sau", "trước", "nay",
    "có", "nên", "thì", "mà", "bị", "được", "đang", "cũng", "vẫn", "không", "chưa", "để", "vì",
    "do", "khi", "nhưng", "hoặc",
];
/// Names of things that are numbered, not counted: the number after `số` that follows one is
/// its label (`đơn vị bầu cử số 4`, `thửa đất số 120, tờ bản đồ số 15`, `mẫu số 02`), as
/// lookup keys of one to four syllables. The numbered unit types (`tổ dân phố số 7`) and the
/// names of institutions (`Trường Mầm non số 1`) are found without this list. A storm's number
/// is not here: `bão số 3` counts the storms of the year, an ordinal, a number as `đợt 5` is.
pub(super) const LABEL_HEADS: &[&str] = &[
    "đơn vị bầu cử",
    "khu vực bỏ phiếu",
    "tổ bầu cử",
    "hòm phiếu",
    "khu dân cư",
    "nhà",
    "phòng",
    "lô",
    "thửa",
    "thửa đất",
    "tờ bản đồ",
    "mẫu",
    "biểu",
    "biểu mẫu",
    "phụ lục",
    "đường",
    "tuyến",
    "cổng",
    "trạm",
    "kho",
    "bến",
    "đội",
    "câu",
];
/// Words before `số` that make it the amount of what follows, not a label (`tổng số 300`,
/// `trong số 1.200 hộ`, `con số 12`).
pub(super) const AMOUNT_BEFORE_SO: &[&str] =
    &["tổng", "trong", "con", "đa", "thiểu", "đại", "phần"];
/// Labels of a phone number (as lookup keys; `điện thoại` and `di động` are two words, checked
/// apart): the numbers after one are its groups (`ĐT: 0237 3852 123`, `Fax: (0237) 3 852 124`).
/// Nouns of alleys (rows of `data/vocab/place_nouns.tsv`): numbered (`ngõ 34`, `hẻm 120`), and
/// after a house's number (`số 12 ngõ 34`).
pub(super) const ALLEY_NOUNS: &[&str] = &["ngõ", "ngách", "hẻm", "kiệt"];
/// Nouns of streets (rows of `data/vocab/place_nouns.tsv`): after a house's number (`số 8,
/// đường Lê Duẩn`), as the alleys are.
pub(super) const STREET_NOUNS: &[&str] = &["đường", "phố"];
pub(super) const PHONE_LABELS: &[&str] = &["đt", "sđt", "đtdđ", "fax", "hotline", "tel"];
/// Heavenly stems and earthly branches (the can-chi cycle), as lookup keys.
pub(super) const CAN: &[&str] = &[
    "giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý",
];
pub(super) const CHI: &[&[&str]] = &[
    &["tý"],
    &["sửu"],
    &["dần"],
    &["mão", "mẹo"],
    &["thìn"],
    &["tỵ", "tị"],
    &["ngọ"],
    &["mùi"],
    &["thân"],
    &["dậu"],
    &["tuất"],
    &["hợi"],
];

/// Every word `at_word` acts on: `thứ`, the words that start a spelled-out number, the stems.
pub(super) const SPECIAL: &[&str] = &[
    "thứ", "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười",
    "giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý",
];

/// A cheap filter before looking a word up: the byte length and the first byte (ASCII case
/// folded) of one of [`SPECIAL`]. Upper- and lower-case Vietnamese letters have the same UTF-8
/// length and lead byte, so `THỨ` and `Thứ` pass with `thứ` (a unit test checks the table).
pub(super) fn special_shape(b: &[u8]) -> bool {
    let Some(&f) = b.first() else { return false };
    matches!(
        (b.len(), f.to_ascii_lowercase()),
        (2, b'b')
            | (3, b'h')
            | (4, b'c' | b'k' | b'n' | b'q' | b's' | b't' | 0xE1)
            | (5, b'b' | b'c' | b'g' | b'm' | b'n' | b't' | 0xC4)
            | (6, b'k')
            | (7, b'm')
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_shape_covers_every_special_word_in_every_case() {
        for w in SPECIAL {
            assert!(special_shape(w.as_bytes()), "{w}");
            assert!(special_shape(w.to_uppercase().as_bytes()), "{w}");
            let mut cap = w.chars();
            let first: String = cap
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .collect();
            assert!(
                special_shape(format!("{first}{}", cap.as_str()).as_bytes()),
                "{w}"
            );
        }
        assert!(!special_shape("được".as_bytes()));
        assert!(!special_shape(b""));
    }
}
