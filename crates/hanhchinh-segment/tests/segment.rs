//! Behaviour of the default segmenter and of user words.
//!
//! The sentences are written for these tests or taken from the sample district news pages of the
//! repository (`data/corpus/seeds/`); none comes from the VTB treebank.
#![cfg(test)]

use hanhchinh_segment::Segmenter;
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

fn joined(seg: &Segmenter, text: &str) -> String {
    seg.segment(text).to_string()
}

/// (input, expected `_`-joined output)
const CASES: &[(&str, &str)] = &[
    // compounds from the word list
    ("phong trào thi đua", "phong_trào thi_đua"),
    // a word missing from the list stays split: `yêu nước` is not in PhoBERT's vocabulary
    ("yêu nước", "yêu nước"),
    ("Ủy ban nhân dân quận", "Ủy_ban_nhân_dân quận"),
    ("Người dân phấn khởi", "Người_dân phấn_khởi"),
    (
        "chính quyền địa phương đã lập biên bản",
        "chính_quyền địa_phương đã lập biên_bản",
    ),
    // single syllables stay alone
    ("và của là", "và của là"),
    // numbers, dates and codes stay one token
    ("diện tích 2.309 ha", "diện_tích 2.309 ha"),
    ("ngày 18/5/2023", "ngày 18/5/2023"),
    ("Chỉ thị 34-CT/TW", "Chỉ_thị 34-CT/TW"),
    // a number and its magnitude form one numeral
    ("khoảng 10 triệu đồng", "khoảng 10_triệu đồng"),
    // reduplications
    ("trời xanh xanh", "trời xanh_xanh"),
    // proper names: capitalised well-formed syllables join
    ("ông Võ Đức Hơn", "ông Võ_Đức_Hơn"),
    ("đường Trương Định", "đường Trương_Định"),
    // the longest personal names join whole (7 syllables, DEFAULT_MAX_NAME_SYLLABLES)
    (
        "bà Công Tằng Tôn Nữ Thị Phương Lan sinh ra",
        "bà Công_Tằng_Tôn_Nữ_Thị_Phương_Lan sinh ra",
    ),
    // a longer run of capitalised syllables (a place and a person side by side) is cut after 7
    (
        "ông Lâm Đồng Nguyễn Văn Đẳng Hà Nội Trần nói",
        "ông Lâm_Đồng_Nguyễn_Văn_Đẳng_Hà_Nội Trần nói",
    ),
    // acronyms are not names
    ("Trụ sở UBND", "Trụ_sở UBND"),
    // initials and short abbreviations keep their dot; a number keeps its percent sign
    ("ông H. nói", "ông H. nói"),
    ("TP. Hồ Chí Minh", "TP. Hồ_Chí_Minh"),
    ("đạt 96,39% kế hoạch", "đạt 96,39% kế_hoạch"),
    ("quốc lộ 1A", "quốc_lộ 1A"),
    // the i/y spellings of one syllable are one (`quý hiếm` is in the list, `quí hiếm` is not)
    ("động vật quí hiếm", "động_vật quí_hiếm"),
    ("bác sỹ và bác sĩ", "bác_sỹ và bác_sĩ"),
    // a common noun in lower case before a name is not glued to it
    ("biển Đông", "biển Đông"),
    // a hyphen glued to a foreign word makes one word; acronyms and names stay apart
    ("buổi lễ Wai-kru", "buổi lễ Wai-kru"),
    ("Phúc-UVBTVTU-Trưởng ban", "Phúc - UVBTVTU - Trưởng ban"),
    // a lower-case initial with its dot (q. = quận)
    ("q. Ba Đình", "q. Ba_Đình"),
    // `Ð` (U+00D0, Icelandic eth) typed for `Đ` still makes a name
    ("ông Ðặng Hải Lý", "ông Ðặng_Hải_Lý"),
    // a list entry written with a hyphen (`Bắc-Nam`) does not match spaced punctuation
    ("trục Bắc-Nam", "trục Bắc-Nam"),
    // a word capitalised because the sentence starts is not glued to the next name
    ("Ông Lộc nói", "Ông Lộc nói"),
    // punctuation stays apart
    ("Thanh tra, kiểm tra.", "Thanh_tra , kiểm_tra ."),
    // line breaks are kept and never crossed
    ("phong\ntrào", "phong\ntrào"),
    ("", ""),
];

#[test]
fn table_of_joined_and_split_words() {
    let seg = Segmenter::default();
    let mut failures = Vec::new();
    for (input, expected) in CASES {
        let got = joined(&seg, input);
        if got != *expected {
            failures.push(format!("{input:?}: got {got:?}, expected {expected:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn boundaries(seg: &Segmenter, text: &str) -> Vec<usize> {
    // Boundaries as counts of non-space characters before each word end, comparable across
    // forms of the same text whose byte lengths differ.
    let s = seg.segment(text);
    s.words()
        .map(|w| {
            text[..w.end()]
                .chars()
                .filter(|c| !c.is_whitespace() && !is_mark(*c))
                .count()
        })
        .collect()
}

fn is_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

#[test]
fn diacritic_variants_give_identical_boundaries() {
    let seg = Segmenter::default();
    let groups: &[&[&str]] = &[
        // NFC, NFD, modern tone placement, upper case, mixed
        &[
            "hòa giải ở cơ sở",
            "ho\u{300}a gia\u{309}i \u{1edf} c\u{1a1} s\u{1edf}",
            "hoà giải ở cơ sở",
            "HÒA GIẢI Ở CƠ SỞ",
        ],
        &[
            "Ủy ban nhân dân",
            "Uỷ ban nhân dân",
            "U\u{309}y ban nha\u{302}n da\u{302}n",
            "ỦY BAN NHÂN DÂN",
        ],
        &["thủy lợi", "thuỷ lợi", "THỦY LỢI", "thu\u{309}y lơ\u{323}i"],
    ];
    for g in groups {
        let want = boundaries(&seg, g[0]);
        for v in &g[1..] {
            assert_eq!(boundaries(&seg, v), want, "{v:?} vs {:?}", g[0]);
        }
    }
    assert_eq!(joined(&seg, "hòa giải"), "hòa_giải");
    assert_eq!(joined(&seg, "hoà giải"), "hoà_giải");
    assert_eq!(joined(&seg, "HOÀ GIẢI"), "HOÀ_GIẢI");
}

/// Checks the words of `seg`'s segmentation of `s`: in order, each a non-empty span of `s` on
/// character boundaries whose text is the span's, from the start of its first token to the end
/// of its last, the words' tokens in order being every token of the text once; the `_`-joined
/// form of `segment_joined_into` is the `Display` of the segmentation, and only adds `_` inside
/// words and one space or the gap's line breaks between them: with those removed it is the text
/// of the tokens (the invariants of the `segment` fuzz target).
fn check_words(seg: &Segmenter, s: &str) -> Result<(), TestCaseError> {
    let out = seg.segment(s);
    let (mut last, mut next) = (0, 0);
    for w in out.words() {
        prop_assert!(s.is_char_boundary(w.start()) && s.is_char_boundary(w.end()));
        prop_assert!(w.start() >= last && w.start() < w.end());
        prop_assert_eq!(&s[w.span()], w.text());
        prop_assert_eq!(w.tokens().first().map(|t| t.start()), Some(w.start()));
        prop_assert_eq!(w.tokens().last().map(|t| t.end()), Some(w.end()));
        prop_assert_eq!(w.tokens(), &out.tokens()[next..next + w.tokens().len()]);
        last = w.end();
        next += w.tokens().len();
    }
    prop_assert_eq!(next, out.tokens().len());
    let display = out.to_string();
    let mut joined = String::from("x");
    seg.segment_joined_into(s, &mut joined);
    prop_assert_eq!(&joined[1..], display.as_str());
    let strip = |x: &str| -> String {
        x.chars()
            .filter(|c| !matches!(c, '_' | ' ' | '\n'))
            .collect()
    };
    let tokens: String = out.tokens().iter().map(|t| t.text()).collect();
    prop_assert_eq!(strip(&display), strip(&tokens));
    Ok(())
}

/// `check_words` on texts written for it: gaps of every kind (kept in their display form by
/// `segment_joined_into`), a no-break space and an ellipsis.
#[test]
fn written_texts_keep_their_words_and_gaps() {
    for text in [
        "Ngày  18/5/2023,\u{a0}UBND quận Nam Từ Liêm tổ chức hội nghị…",
        "",
        "   ",
        "  thi đua  ",
        "thi  đua yêu\tnước",
        "thi đua\n\nyêu nước\r\n",
        "TP.HCM, ngày 18/5/2023: 95% (thi   đua)",
        "\n\nthi đua",
    ] {
        if let Err(e) = check_words(&Segmenter::default(), text) {
            panic!("{text:?}: {e}");
        }
    }
}

#[test]
fn user_words() {
    let base = Segmenter::default();
    // `yêu nước` is not in the embedded list
    assert_eq!(joined(&base, "thi đua yêu nước"), "thi_đua yêu nước");
    let mut b = Segmenter::builder();
    b.add_word("yêu nước").add_word("Ủy ban nhân dân");
    let seg = b.build().unwrap();
    assert_eq!(joined(&seg, "thi đua yêu nước"), "thi_đua yêu_nước");
    // found whatever the case, the normalization and the tone placement
    assert_eq!(joined(&seg, "THI ĐUA YÊU NƯỚC"), "THI_ĐUA YÊU_NƯỚC");
    assert_eq!(
        joined(&seg, "ye\u{302}u nu\u{31b}o\u{31b}\u{301}c"),
        "ye\u{302}u_nu\u{31b}o\u{31b}\u{301}c"
    );
    assert_eq!(joined(&seg, "UỶ BAN NHÂN DÂN quận"), "UỶ_BAN_NHÂN_DÂN quận");
    assert_eq!(joined(&seg, "Uỷ ban nhân dân"), "Uỷ_ban_nhân_dân");
}

#[test]
fn user_word_counts_and_tsv() {
    // A tiny count does not force a join; a large one does.
    let mut b = Segmenter::builder();
    b.add_word_with_count("dân phấn", 1);
    let seg = b.build().unwrap();
    assert_eq!(joined(&seg, "người dân phấn khởi"), "người_dân phấn_khởi");

    let mut b = Segmenter::builder();
    b.add_words_tsv("word\tcount\n# titles\nphó chủ tịch\t10000000\n\n")
        .unwrap();
    let seg = b.build().unwrap();
    assert_eq!(joined(&seg, "phó chủ tịch UBND"), "phó_chủ_tịch UBND");
}

#[test]
fn tsv_errors_name_line_and_column() {
    let err = Segmenter::builder()
        .add_words_tsv("thi đua\t5\nyêu nước\t-3\n")
        .unwrap_err();
    assert_eq!(err.line(), Some(2));
    assert_eq!(err.column(), Some(10));
    assert!(err.to_string().starts_with("line 2, column 10:"), "{err}");

    let dir = std::env::temp_dir().join(format!("hanhchinh-segment-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("words.tsv");
    std::fs::write(&path, "ok\t1\na\tb\tc\n").unwrap();
    let err = Segmenter::builder().add_words_file(&path).unwrap_err();
    assert_eq!(err.path(), Some(path.as_path()));
    assert_eq!((err.line(), err.column()), (Some(2), Some(5)));
    let missing = Segmenter::builder()
        .add_words_file(dir.join("missing.tsv"))
        .unwrap_err();
    assert!(missing.line().is_none());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn options_switch_rules_off() {
    let mut b = Segmenter::builder();
    b.join_names(false)
        .join_reduplications(false)
        .join_number_magnitudes(false)
        .join_abbreviation_dots(false)
        .split_lower_before_capital(false);
    let seg = b.build().unwrap();
    assert_eq!(joined(&seg, "ông Võ Đức Hơn"), "ông Võ Đức Hơn");
    assert_eq!(joined(&seg, "10 triệu"), "10 triệu");
    assert_eq!(joined(&seg, "biển Đông"), "biển_Đông");
    let mut b = Segmenter::builder();
    b.max_word_tokens(1);
    let seg = b.build().unwrap();
    assert_eq!(joined(&seg, "thi đua yêu nước"), "thi đua yêu nước");
}

#[test]
fn segment_tokens_matches_segment() {
    let seg = Segmenter::default();
    let text = "Cán bộ, công chức phường Phúc Xá học tập Nghị quyết 15/2023/NQ-HĐND.";
    let tokens: Vec<_> = hanhchinh_text::tokenize(text).collect();
    let a: Vec<_> = seg
        .segment_tokens(text, &tokens)
        .iter()
        .map(|w| w.span())
        .collect();
    let b: Vec<_> = seg.segment(text).words().map(|w| w.span()).collect();
    assert_eq!(a, b);
}

#[test]
fn seed_page_lines_keep_their_text() {
    // Lines from the repository's sample pages (data/corpus/seeds/), faults included.
    let lines = [
        "Sáng 18/5, UBND quận Nam Từ Liêm tổ chức Hội nghị sơ kết công tác quý I/2023.",
        "Tổng diện tích 152 .206 m2, đạt 96,39% kế hoạch; NamTừ Liêm",
        "Đồng chí Nguyễn Văn Phúc-UVBTVTU-Trưởng ban Tổ chức Thành ủy",
    ];
    let seg = Segmenter::default();
    for line in lines {
        let out = joined(&seg, line);
        let strip = |s: &str| {
            s.chars()
                .filter(|c| !c.is_whitespace() && *c != '_')
                .collect::<String>()
        };
        assert_eq!(strip(&out), strip(line));
    }
}

proptest! {
    // Four kinds of text, 512 cases each on average.
    #![proptest_config(ProptestConfig::with_cases(4 * 512))]

    /// `check_words` on any text: no panic, spans in order, the joined form that of `Display`
    /// and losing nothing.
    #[test]
    fn words_keep_their_invariants_on_any_text(s in prop_oneof![
        // Any text without control characters.
        "\\PC{0,80}",
        // Vietnamese-like text, combining marks and line breaks.
        "[a-zA-ZàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĐ \\u{0300}\\u{0301}\\u{0309}\\u{0303}\\u{0323}0-9.,/\\-\\n]{0,120}",
        // The fast writer of `segment_joined_into` against the `Word`-based `Display`: gaps of
        // spaces, tabs and line breaks, and `_`.
        "[a-zA-ZàáảãạđĐêếệìíòóôồơờùúưừỳý \\u{0300}\\u{0301}0-9.,/%\\-_\\t\\r\\n ]{0,120}",
        // Every token is in exactly one word, in order, and the `_`-joined form loses nothing, on
        // text with line breaks, tabs and `_`.
        "[a-zA-ZàÀáÁđĐêÊếẾòÒơƠớỚưƯừỪ0-9 _.,%\\-\n\r\t]{0,160}",
    ]) {
        check_words(&Segmenter::default(), &s)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn case_never_changes_boundaries(s in "[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ ]{0,60}") {
        // Lower-case text against its upper-case form: no capitalised names in either, no
        // sentence starts, so the boundaries must agree.
        let seg = Segmenter::default();
        let upper = s.to_uppercase();
        prop_assume!(upper.len() == s.len());
        let a: Vec<_> = seg.segment(&s).words().map(|w| w.span()).collect();
        let b: Vec<_> = seg.segment(&upper).words().map(|w| w.span()).collect();
        prop_assert_eq!(a, b);
    }
}

#[test]
fn segmenters_on_one_thread_do_not_mix_their_words() {
    // Token ids are cached per thread; each segmenter must still see its own list.
    let base = Segmenter::default();
    let mut b = Segmenter::builder();
    b.add_word("yêu nước");
    let custom = b.build().unwrap();
    for _ in 0..3 {
        assert_eq!(joined(&base, "thi đua yêu nước"), "thi_đua yêu nước");
        assert_eq!(joined(&custom, "thi đua yêu nước"), "thi_đua yêu_nước");
    }
    // A token longer than the cache keeps (a long foreign word) is still looked up.
    let long = "Donaudampfschifffahrtsgesellschaft và thi đua";
    assert_eq!(
        joined(&base, long),
        "Donaudampfschifffahrtsgesellschaft và thi_đua"
    );
}

#[test]
fn tone_mover_moves() {
    assert_eq!(move_tones("hòa thủy khỏe quý"), "hoà thuỷ khoẻ quý");
    assert_eq!(move_tones("hoà thuỷ"), "hòa thủy");
}

#[test]
fn name_runs_are_capped_whatever_their_length() {
    // One line of names with nothing between them, long enough that re-reading the growing
    // word at each merge (as the joining rules once did) would take minutes.
    let text = "Nguyễn Văn An Trần ".repeat(20_000);
    let s = Segmenter::default().segment(&text);
    let longest = s.words().map(|w| w.tokens().len()).max().unwrap();
    assert_eq!(longest, hanhchinh_segment::DEFAULT_MAX_NAME_SYLLABLES);
    assert_eq!(s.words().map(|w| w.tokens().len()).sum::<usize>(), 80_000);
    // A cap of 2 cuts `Võ Đức Hơn`; a cap of 1 joins no name at all.
    for (cap, want) in [
        (2, "ông Võ_Đức Hơn nói"),
        (1, "ông Võ Đức Hơn nói"),
        (0, "ông Võ Đức Hơn nói"),
    ] {
        let seg = Segmenter::builder()
            .max_name_syllables(cap)
            .build()
            .unwrap();
        assert_eq!(joined(&seg, "ông Võ Đức Hơn nói"), want, "cap {cap}");
    }
}

#[test]
fn segmenter_is_send_and_sync() {
    fn check<T: Send + Sync + Clone>() {}
    check::<Segmenter>();
}

/// Syllables to build random sentences from: common words, names, and the rhymes whose tone mark
/// moves between the two placements (`hòa`/`hoà`, `thủy`/`thuỷ`, `khỏe`/`khoẻ`).
const SYLLABLES: &[&str] = &[
    "hòa", "bình", "thủy", "lợi", "ủy", "ban", "nhân", "dân", "khỏe", "mạnh", "phong", "trào",
    "thi", "đua", "người", "xã", "hội", "kinh", "tế", "Hà", "Nội", "Nam", "Từ", "Liêm", "quận",
    "tháng", "năm", "2023", "xanh", "hoạt", "động", "tòa", "án", "thuở", "họa", "sĩ", "quý",
];

/// Moves the tone mark of oa/oe/uy between the vowels (`hòa` <-> `hoà`), in NFD.
fn move_tones(s: &str) -> String {
    let d: Vec<char> = s.nfd().collect();
    let mut out: Vec<char> = Vec::with_capacity(d.len());
    let tone = |c: char| matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}');
    let mut i = 0;
    while i < d.len() {
        let c = d[i];
        let pair = |a: char, b: char| {
            matches!(
                (a.to_ascii_lowercase(), b.to_ascii_lowercase()),
                ('o', 'a') | ('o', 'e') | ('u', 'y')
            )
        };
        let q = i > 0 && matches!(d[i - 1], 'q' | 'Q');
        // tone on the first vowel (`ò a`) or on the second (`o à`): swap the two
        let swap = !q
            && i + 2 < d.len()
            && ((tone(d[i + 1]) && pair(c, d[i + 2])) || (pair(c, d[i + 1]) && tone(d[i + 2])));
        if swap {
            out.extend([c, d[i + 2], d[i + 1]]);
            i += 3;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out.into_iter().nfc().collect()
}

fn char_boundaries(seg: &Segmenter, text: &str) -> Vec<usize> {
    seg.segment(text)
        .words()
        .map(|w| text[..w.end()].nfc().filter(|c| !c.is_whitespace()).count())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn nfd_and_moved_tones_never_change_boundaries(
        idx in proptest::collection::vec(0..SYLLABLES.len(), 0..24),
        upper in any::<bool>(),
    ) {
        let seg = Segmenter::default();
        let nfc: String = idx.iter().map(|&i| SYLLABLES[i]).collect::<Vec<_>>().join(" ");
        let nfc = if upper { nfc.to_uppercase() } else { nfc };
        let want = char_boundaries(&seg, &nfc);
        let nfd: String = nfc.nfd().collect();
        prop_assert_eq!(char_boundaries(&seg, &nfd), want.clone());
        let moved = move_tones(&nfc);
        prop_assert_eq!(char_boundaries(&seg, &moved), want);
    }
}

#[test]
fn a_user_word_of_many_syllables_builds() {
    // Suggesting its count tries the splits of the word only into pieces as long as a word of
    // the list can be, and the trie's edges of one syllable under thousands of parents spread
    // over the hash table: the work grows with the number of syllables, not with its square
    // (this took 35 s in a debug build before, now about 1 s).
    let word = "thi đua ".repeat(40_000);
    let seg = Segmenter::builder().add_word(&word).build().unwrap();
    assert_eq!(joined(&seg, "phong trào thi đua"), "phong_trào thi_đua");
}
