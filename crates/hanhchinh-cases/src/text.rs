//! Messy Vietnamese text for property tests: the faults of scraped pages that every crate's
//! invariants must survive, mixed with the words of the crate's own domain.

use proptest::prelude::*;

/// Pieces that every generated text may hold: the same syllable in both tone placements
/// (`Hòa`, `hoà`), in capitals (`THUỶ`) and decomposed (`Nguye\u{302}\u{303}n`), a misplaced
/// tone (`qúy`), words glued together (`NamTừ`, `năm2022`, `Huyện ủy,Chủ tịch`), numbers with
/// Vietnamese grouping and a broken group (`2.309`, `96,39%`, `152 .206`), codes and
/// abbreviations joined by hyphens, names with apostrophes (`H'Leo`, `R’Lấp`), and letters whose
/// case mapping or composition is unusual (`İ` before a Hebrew point, `H` with a macron below).
pub const FAULTS: &[&str] = &[
    "Hòa",
    "hoà",
    "THUỶ",
    "thuỷ",
    "Nguye\u{302}\u{303}n",
    "qúy",
    "NamTừ",
    "ThS",
    "năm2022",
    "2.309",
    "96,39%",
    "152 .206",
    "34-CT/TW",
    "Covid-19",
    "Phúc-UVBTVTU-Trưởng",
    "Huyện ủy,Chủ tịch",
    "H'Leo",
    "R’Lấp",
    "İ\u{5bc}",
    "H\u{331}",
];

/// Strings that look like Vietnamese text with its faults, for property tests: pieces of
/// [`FAULTS`] and of `domain` (the words and phrases that reach the interesting paths of the
/// code under test), runs of Vietnamese letters in both cases, digits, odd spaces (no-break,
/// zero-width, ideographic, byte-order mark) and line breaks, punctuation (typographic too),
/// combining marks alone, letters of other scripts and any character; concatenated (a piece
/// glues to the next unless a space piece falls between them) or joined by spaces; and now and
/// then any string.
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// use proptest::test_runner::TestRunner;
///
/// let strategy = hanhchinh_cases::messy_text(&["UBND", "quận Ba Đình"]);
/// let mut runner = TestRunner::deterministic();
/// for _ in 0..100 {
///     let text = strategy.new_tree(&mut runner).unwrap().current();
///     assert!(text.chars().count() < 10_000);
/// }
/// ```
pub fn messy_text(domain: &'static [&'static str]) -> BoxedStrategy<String> {
    let domain = if domain.is_empty() { FAULTS } else { domain };
    let piece = prop_oneof![
        4 => prop::sample::select(FAULTS).prop_map(str::to_string),
        4 => prop::sample::select(domain).prop_map(str::to_string),
        3 => "[ \u{a0}\u{200b}\u{2009}\u{3000}\u{feff}\n]{1,2}",
        1 => "[.,:;/'’()-]{1,3}",
        1 => "[“”–…‘’«»!?%+€₫¼\u{fffd}🌾]",
        1 => "[\u{300}\u{301}\u{303}\u{309}\u{323}\u{302}\u{306}\u{31b}\u{308}\u{327}\u{1dc4}]",
        1 => "[ßñçøÐðİıſǅΔδВвガ하한한\u{212b}\u{2126}\u{2000}\u{f900}\u{5bc}\u{331}]",
        3 => "[a-zA-ZàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]{1,9}",
        1 => "[0-9]{1,4}",
        1 => any::<char>().prop_map(|c| c.to_string()),
    ];
    let pieces = prop::collection::vec(piece, 0..32);
    prop_oneof![
        5 => pieces.clone().prop_map(|v| v.concat()),
        4 => pieces.prop_map(|v| v.join(" ")),
        1 => any::<String>(),
    ]
    .boxed()
}
