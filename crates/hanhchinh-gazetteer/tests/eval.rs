//! The `admin_unit` cases of the project's dev evaluation set (`shared/eval/dev.jsonl`,
//! sentences of the district news pages in `data/corpus/seeds/`), copied here so that the test
//! runs without the shared folder: (id, reference date, sentence, expected (mention, code)).
//! Each sentence is checked alone with its date, and each page (the sentences of one id prefix
//! joined) without a date, where the other mentions are the only context.
#![cfg(test)]

use hanhchinh_gazetteer::{DateSource, FindOptions, Gazetteer};

type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

const CASES: &[Case] = &[
    (
        "000-002",
        "2023-05-18",
        "Quận NamTừ Liêm biểu dương kết quả phong trào thi đua năm 2022; phát động phong trào thi đua chào mừng kỷ niệm 75 năm Ngày Chủ tịch  Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc",
        &[("Quận NamTừ Liêm", "019")],
    ),
    (
        "001-001",
        "2022-01-21",
        "Quận Ba Đình phát động thi đua năm 2022 (20:47 21/01/2022)",
        &[("Quận Ba Đình", "001")],
    ),
    (
        "001-002",
        "2022-01-21",
        "HNP - Chiều 21/1, Quận ủy - HĐND - UBND - UB MTTQ quận Ba Đình đã tổ chức hội nghị Tổng kết phong trào thi đua, phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2021, phát động phong trào thi đua năm 2022.",
        &[("quận Ba Đình", "001")],
    ),
    (
        "001-004",
        "2022-01-21",
        "Trong năm 2021, với phương châm “Đoàn kết, hành động, kỷ cương, trách nhiệm, hiệu quả” gắn với thực hiện tốt chủ đề năm 2021 của Thành phố “Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển”, phong trào thi đua yêu nước của quận Ba Đình tiếp tục được đổi mới, phát triển, đánh giá thi đua theo hướng sâu sát, rõ người, rõ trách nhiệm, quan tâm khen thưởng người lao động trực tiếp, qua đó, đóng góp thành tích vào kết quả thực hiện nhiệm vụ chính trị, các chỉ tiêu kinh tế xã hội.",
        &[("quận Ba Đình", "001")],
    ),
    (
        "001-011",
        "2022-01-21",
        "Năm 2022, phong trào thi đua yêu nước quận Ba Đình phấn đấu hoàn thành và hoàn thành vượt mức các mục tiêu, chỉ tiêu năm với 10 nhiệm vụ trọng tâm.",
        &[("quận Ba Đình", "001")],
    ),
    (
        "001-015",
        "2022-01-21",
        "Tại hội nghị, 4 tập thể được Chủ tịch UBND thành phố Hà Nội tặng Cờ thi đua xuất sắc; nhiều tập thể và cá nhân nhận Bằng khen, giấy khen của thành phố và quận.",
        &[("thành phố Hà Nội", "01")],
    ),
    (
        "002-001",
        "2022-01-17",
        "Quận Lê Chân: Phát động phong trào thi đua năm 2022",
        &[("Quận Lê Chân", "305")],
    ),
    (
        "002-003",
        "2022-01-17",
        "Sáng 17-1, UBND quận Lê Chân tổ chức Hội nghị tổng kết thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh và phong trào thi đua năm 2021; triển khai nhiệm vụ và phát động phong trào thi đua năm 2022.",
        &[("quận Lê Chân", "305")],
    ),
    (
        "002-004",
        "2022-01-17",
        "Theo báo cáo tại hội nghị, năm 2021, quận Lê Chân đã thực hiện toàn diện các nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh.",
        &[("quận Lê Chân", "305")],
    ),
    (
        "002-013",
        "2022-01-17",
        "Công tác giải phóng mặt bằng trên địa bàn quận có nhiều chuyển biến, đã hoàn thành công tác giải phóng mặt bằng, bàn giao cho chủ đầu tư thi công dự án Hồ Sen - Cầu Rào 2 (đoạn từ Ngã ba Chợ Con đến Ngã tư Tô Hiệu), dự án Trụ sở kho bạc Nhà nước Lê Chân.",
        &[("Lê Chân", "305")],
    ),
    (
        "002-014",
        "2022-01-17",
        "Giải quyết dứt điểm một số dự án kéo dài nhiều năm như: Dự án xây dựng Trụ sở làm việc và kho vật chứng Cục Thi hành án dân sự; Khu tái định cư 4,3ha phường Vĩnh Niệm.",
        &[("phường Vĩnh Niệm", "11407")],
    ),
    (
        "002-016",
        "2022-01-17",
        "Với quyết tâm hoàn thành thắng lợi, toàn diện các chỉ tiêu, nhiệm vụ năm 2022,tại hội nghị, UBND quận Lê Chân đã phát động phong trào thi đua trong toàn hệ thống chính trị với 9 nhiệm vụ trọng tâm: Công tác phòng, chống dịch Covid-19",
        &[("quận Lê Chân", "305")],
    ),
    (
        "002-018",
        "2022-01-17",
        "Nhân dịp này, 2 tập thể được nhận Cờ thi đua của Chính phủ là: Nhân dân và cán bộ phường Dư Hàng Kênh và Trường THCS Trần Phú; 1 tập thể, 3 cá nhân được nhận Bằng khen của Thủ tướng Chính phủ.",
        &[("phường Dư Hàng Kênh", "11404")],
    ),
    (
        "003-001",
        "2017-12-20",
        "QUẬN TÂY HỒ TỔ CHỨC TỔNG KẾT PHONG TRÀO THI ĐUA NĂM 2017; GIAO CHỈ TIÊU KINH TẾ - XÃ HỘI, DỰ TOÁN THU, CHI NGÂN SÁCH VÀ PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2018",
        &[("QUẬN TÂY HỒ", "003")],
    ),
    (
        "003-003",
        "2017-12-20",
        "Sáng ngày 18/12/2017, Quận Tây Hồ đã tổ chức tổng kết phong trào thi đua năm 2017; giao chỉ tiêu kinh tế - xã hội, dự toán thu chi ngân sách và phát động phong trào thi đua năm 2018.",
        &[("Quận Tây Hồ", "003")],
    ),
    (
        "003-004",
        "2017-12-20",
        "Dự hội nghị có đồng chí Đinh Việt Thắng - Phó Trưởng Ban Thi đua khen thưởng Thành phố Hà Nội; đồng chí Trần Thúy Hằng - Phó Phòng ngân sách - Sở Tài chính Hà Nội",
        &[("Thành phố Hà Nội", "01"), ("Hà Nội", "01")],
    ),
    (
        "003-010",
        "2017-12-20",
        "Nhân dịp này, UBND Thành phố đã tặng Cờ “Đơn vị xuất sắc phong trào thi đua” cho nhân dân và cán bộ phường Phú Thượng; Tặng danh hiệu “Tập thể lao động xuất sắc” cho 10 tập thể; tặng Bằng khen UBND Thành phố cho 02 tập thể (Phòng Nội vụ và Thanh tra quận) và 13 cá nhân.",
        &[("phường Phú Thượng", "00091")],
    ),
    (
        "004-003",
        "2023-01-11",
        "Sáng ngày 11/01/2023, UBND huyện Quỳnh Phụ long trọng tổ chức hội nghị tổng kết phong trào thi đua yêu nước năm 2022, phát động phong trào thi đua yêu nước năm 2023.",
        &[("huyện Quỳnh Phụ", "338")],
    ),
    (
        "004-007",
        "2023-01-11",
        "Trình bày báo cáo tổng kết phong trào thi đua yêu nước năm 2022 huyện Quỳnh Phụ, đồng chí Phạm Hồng Thái-HUV-Phó Chủ tịch Thường trực UBND  huyện đã nhấn mạnh những nội dung quan trọng nhất trong tư tưởng Hồ Chí Minh về thi đua ái quốc, hiệu quả, sức lan tỏa các phong trào thi đua trong việc cổ vũ Đảng bộ, nhân dân Quỳnh Phụ vượt qua khó khăn thực hiện thắng lợi các nhiệm vụ chính trị của huyện và của các địa phương, đơn vị.",
        &[("huyện Quỳnh Phụ", "338"), ("Quỳnh Phụ", "338")],
    ),
    (
        "004-018",
        "2023-01-11",
        "Ghi nhận sự cố gắng, nỗ lực của các tập thể, cá nhân, tại hội nghị tổng kết phong trào thi đua yêu nước, các đồng chí lãnh đạo tỉnh, huyện đã trao giấy khen cho 2 em học sinh đạt thành tích xuất sắc trong kỳ thi tốt nghiệp THPT năm 2022, trao giấy khen cho đại diện Nhân dân và Cán bộ xã An Khê-đơn vị dẫn đầu toàn diện phong trào thi đua năm 2022; Trao Giấy khen cho 26 đơn vị đạt Chính quyền vững mạnh, 34 đơn vị đạt Tập thể Lao động tiên tiến, 20 đơn vị đạt thành tích tốt một số lĩnh vực, 14 Doanh nghiệp, 30 đơn vị Đạt nhiều thành tích đóng góp trong phong trào thi đua phát triển kinh tế- xã hội- An ninh- Quốc phòng của huyện năm 2022.",
        &[("xã An Khê", "12475")],
    ),
    (
        "004-020",
        "2023-01-11",
        "Thành tích đáng trân trọng của huyện đạt được năm 2022 cùng niềm phấn khởi lan tỏa tại HN tổng kết phong trào thi đua yêu nước, và sự đồng thuận quyết tâm cao của Đảng bộ, nhân dân trong huyện sẽ là động lực quan trọng, để Quỳnh Phụ thực hiện thắng lợi các phong trào thi đua yêu nước năm 2023, xây dựng huyện phát triển nhanh và bền vững./.",
        &[("Quỳnh Phụ", "338")],
    ),
];

fn check(g: &Gazetteer, text: &str, opts: &FindOptions, expected: &[(&str, &str)], label: &str) {
    let found = g.find_in_doc(&hanhchinh_text::Doc::new(text), opts);
    for (mention, code) in expected {
        let hit = found
            .iter()
            .find(|m| m.text == *mention)
            .unwrap_or_else(|| panic!("{label}: `{mention}` not found in {found:#?}"));
        let unit = hit
            .unit()
            .unwrap_or_else(|| panic!("{label}: `{mention}` unresolved: {:?}", hit.resolution));
        assert_eq!(unit.code(), *code, "{label}: `{mention}`");
        assert_eq!(&text[hit.span.clone()], *mention);
    }
    // Nothing else is reported (no false positives in these sentences).
    for m in &found {
        assert!(
            expected.iter().any(|(t, _)| *t == m.text),
            "{label}: unexpected mention `{}`",
            m.text
        );
    }
}

#[test]
fn dev_sentences_with_their_date() {
    let g = Gazetteer::default();
    for (id, date, text, expected) in CASES {
        let opts = match date.parse() {
            Ok(d) => FindOptions::new().as_of(d, DateSource::Given),
            Err(_) => FindOptions::new(),
        };
        // Bare names are reported with evidence: `Quỳnh Phụ` (004-020) and `Lê Chân` (002-013)
        // are district names in sentences that use the district's type word alone (`của
        // huyện`, `quận`), the way an article refers to its own district.
        let exp: Vec<(&str, &str)> = expected.to_vec();
        check(&g, text, &opts, &exp, id);
    }
}

#[test]
fn dev_pages_without_a_date() {
    let g = Gazetteer::default();
    for page in ["000", "001", "002", "003", "004"] {
        let sentences: Vec<&Case> = CASES.iter().filter(|c| c.0.starts_with(page)).collect();
        let text: String = sentences.iter().map(|c| c.2).collect::<Vec<_>>().join("\n");
        let expected: Vec<(&str, &str)> =
            sentences.iter().flat_map(|c| c.3.iter().copied()).collect();
        check(&g, &text, &FindOptions::default(), &expected, page);
    }
}
