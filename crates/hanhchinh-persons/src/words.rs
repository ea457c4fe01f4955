//! The closed word lists of the person rules (lookup keys), and the surname test.

use std::collections::HashSet;
use std::sync::OnceLock;

use hanhchinh_abbrev::Lexicon;

/// Surnames of the table that far more often open the name of a body, a title, a common noun
/// or a form of address than a person's name in running text (`Đoàn Thanh niên`, `Phó Bí thư`,
/// `Văn phòng`, `Đồng chí`, `Ông`): such a word starts a name only after a form of address or
/// a title.
pub(crate) const NOT_FIRST: &[&str] = &[
    "đoàn",
    "phó",
    "văn",
    "hội",
    "ban",
    "sở",
    "phòng",
    "đảng",
    "nhà",
    "trường",
    "bộ",
    "chi",
    "công",
    "tổ",
    "mặt",
    "quận",
    "huyện",
    "tỉnh",
    "thành",
    "xã",
    "phường",
    "thị",
    "ngày",
    "chủ",
    "bí",
    "tổng",
    "cục",
    "viện",
    "đài",
    "báo",
    "trung",
    "lời",
    "luật",
    "nghị",
    "quyết",
    "kế",
    "đồng",
    "ông",
    "bà",
    "anh",
    "chị",
    "em",
    "cô",
    "chú",
    "bác",
    "cụ",
    "thầy",
    "giáo",
    "tư",
    "hồng",
    "kim",
    "các",
    "những",
];

/// Words of a capitalised run that may stand before a name besides forms of address (which
/// come from the vocabulary): `Phó` of a title cut by the capitals, `Các` of a list.
pub(crate) const PREFIX_WORDS: &[&str] = &["phó", "các", "những", "ngài"];

/// Country and territory names written in two or more syllables, as Vietnamese writes them (a
/// title before one names the country's post, not a person: `Đại sứ Nhật Bản`; a name after
/// one is a person's: `Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu`), old names among them
/// (`Mã Lai`, `Tân Gia Ba`); and Việt Nam, which ends the names of bodies before their head's
/// name (`Mặt trận Tổ quốc Việt Nam Đỗ Văn An`). Lookup keys.
pub(crate) const COUNTRIES: &[&str] = &[
    "ai cập",
    "ả rập xê út",
    "ấn độ",
    "ba lan",
    "bồ đào nha",
    "cao miên",
    "chi lê",
    "cu ba",
    "đài loan",
    "đan mạch",
    "hà lan",
    "hàn quốc",
    "hoa kỳ",
    "hồng kông",
    "hy lạp",
    "lào cai",
    "liên bang nga",
    "ma cao",
    "mã lai",
    "mông cổ",
    "na uy",
    "nam phi",
    "nhật bản",
    "phần lan",
    "phi luật tân",
    "tân gia ba",
    "tân tây lan",
    "tây ban nha",
    "thái lan",
    "thổ nhĩ kỳ",
    "thụy điển",
    "thụy sĩ",
    "triều tiên",
    "trung quốc",
    "việt nam",
    "vương quốc anh",
];

/// A closed list of phrases (lookup keys), asked whether tokens of a document spell one: the
/// first token's key is looked up in the set of the phrases' first words (made once) before the
/// key of the whole span is made, so that most spans cost one set lookup.
pub(crate) struct Phrases {
    phrases: &'static [&'static str],
    first_words: OnceLock<HashSet<&'static str>>,
}

impl Phrases {
    const fn new(phrases: &'static [&'static str]) -> Phrases {
        Phrases {
            phrases,
            first_words: OnceLock::new(),
        }
    }

    /// Whether tokens `r` of `doc` spell one of the phrases.
    pub(crate) fn spelt_by(
        &self,
        doc: &hanhchinh_text::Doc<'_>,
        r: std::ops::Range<usize>,
    ) -> bool {
        let first_words = self.first_words.get_or_init(|| {
            self.phrases
                .iter()
                .filter_map(|p| p.split([' ', ',']).next())
                .collect()
        });
        !r.is_empty()
            && first_words.contains(doc.key(r.start))
            && self
                .phrases
                .contains(&hanhchinh_text::key(doc.slice(r)).as_ref())
    }
}

/// [`COUNTRIES`] as [`Phrases`].
pub(crate) static COUNTRY_NAMES: Phrases = Phrases::new(COUNTRIES);

/// The first word of a title, a rank or a weekday, with the lower-case words that complete it
/// (`Ủy viên`, `Thứ hai`): a capitalised run that ends with such a word before its completion
/// leaves it out of the name (`Nguyễn Thị Thanh Ủy viên …`).
pub(crate) const TITLE_STARTS: &[(&str, &[&str])] = &[
    ("ủy", &["viên", "ban"]),
    ("chỉ", &["huy"]),
    ("thường", &["vụ", "trực"]),
    ("thủ", &["tướng", "trưởng"]),
    ("thứ", &["hai", "ba", "tư", "năm", "sáu", "bảy"]),
    ("chủ", &["tịch", "nhiệm"]),
    ("bí", &["thư"]),
    ("phó", &[]),
    ("giám", &["đốc"]),
    ("tổng", &["bí", "giám", "biên", "cục", "thư"]),
    ("chánh", &["văn", "án", "thanh"]),
    ("trưởng", &["ban", "phòng", "đoàn", "khoa", "thôn", "công"]),
    ("đại", &["tá", "úy", "biểu", "tướng"]),
    ("thượng", &["tá", "úy", "tướng"]),
    ("trung", &["tá", "úy", "tướng"]),
    ("thiếu", &["tá", "úy", "tướng"]),
];

/// Words of page furniture written in title case (`Tin Mới`, `Theo Báo …`), none of them a
/// usual given name: a line with one of them is no byline.
pub(crate) const NOT_BYLINE: &[&str] = &[
    "tin", "mới", "theo", "báo", "hệ", "kết", "xem", "thêm", "nguồn", "bài", "ảnh", "tức", "đọc",
    "chia", "sẻ", "giới", "thiệu", "tìm", "nhập", "mục", "sơ", "đồ", "hỏi", "đáp", "bản", "lịch",
    "tác", "sách", "tổng", "dẫn", "nội", "tiết", "quay", "lại", "gửi", "trở", "về", "đầu", "cuối",
    "sự", "kiện", "tiêu", "điểm", "chủ",
];

/// Labels that open a byline.
const BYLINE_LABEL_LIST: &[&str] = &[
    "tác giả",
    "bài và ảnh",
    "bài, ảnh",
    "bài",
    "ảnh",
    "tin, ảnh",
    "tin và ảnh",
    "tin",
    "phóng viên",
    "nhóm phóng viên",
    "nhóm pv",
    "pv",
    "theo",
];

/// [`BYLINE_LABEL_LIST`] as [`Phrases`].
pub(crate) static BYLINE_LABELS: Phrases = Phrases::new(BYLINE_LABEL_LIST);

/// The lookup keys of the built-in lexicon's surnames.
fn builtin_surnames() -> &'static HashSet<String> {
    static KEYS: OnceLock<HashSet<String>> = OnceLock::new();
    KEYS.get_or_init(|| {
        Lexicon::builtin()
            .surnames()
            .iter()
            .map(|s| hanhchinh_text::key(s).into_owned())
            .collect()
    })
}

/// Whether `key` (a lookup key) is a surname of `lexicon`.
pub(crate) fn is_surname(lexicon: &Lexicon, key: &str) -> bool {
    if std::ptr::eq(lexicon, Lexicon::builtin()) {
        builtin_surnames().contains(key)
    } else {
        lexicon.is_surname(key)
    }
}
