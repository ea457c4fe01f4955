//! Tests of the name finder: the forms it reads and the runs it leaves alone.

use super::*;
use crate::found_texts;

/// Asserts that the name finder finds no person in any of `texts`.
fn no_person(texts: &[&str]) {
    for text in texts {
        assert!(found_texts(names, text).is_empty(), "{text}");
    }
}

#[test]
fn unit_name_before_the_name() {
    let is_unit = |n: &str| matches!(n, "Quảng Trị" | "Hà Nội");
    let doc = Doc::new("Phó Bí thư Thành ủy Hà Nội Nguyễn Văn Phong phát biểu");
    let ctx = Context::default().unit_names(&is_unit);
    let p = names(&doc, &ctx, &Covered::new(&doc, &[]));
    assert_eq!(p[0].text(), "Nguyễn Văn Phong");
    assert_eq!(p[0].titles(), ["Phó Bí thư Thành ủy Hà Nội"]);
}

#[test]
fn title_word_after_the_name() {
    assert_eq!(
        found_texts(names, "Đồng chí Trần Thị Mai Ủy viên Ban Thường vụ Tỉnh ủy"),
        ["Trần Thị Mai"]
    );
    assert_eq!(
        found_texts(names, "Lê Văn Tám Thứ hai tuần sau"),
        ["Lê Văn Tám"]
    );
}

/// A name inside the titles written after a person is part of a title, no person.
#[test]
fn a_name_inside_the_titles_after_a_person_is_none() {
    assert_eq!(
        found_texts(
            names,
            "Đồng chí Nguyễn Xuân Thắng, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, \
             Chủ tịch Hội đồng Lý luận Trung ương dự."
        ),
        ["Nguyễn Xuân Thắng"]
    );
    assert_eq!(
        found_texts(
            names,
            "PGS.TS Lê Văn Lợi, Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh."
        ),
        ["Lê Văn Lợi"]
    );
    // The next person, after the titles, is found.
    assert_eq!(
        found_texts(
            names,
            "Ông Lê Văn Hai, Giám đốc Sở Tư pháp, ông Trần Văn Ba, Phó Giám đốc Sở Tư pháp."
        ),
        ["Lê Văn Hai", "Trần Văn Ba"]
    );
}

#[test]
fn after_a_title_a_run_without_a_surname_is_its_organ() {
    no_person(&[
        "ông là Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng",
        "từng giữ chức Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh",
        "Phó Bí thư thường trực Huyện Ủy, Chủ tịch HĐND huyện",
        "Phó Thủ tướng - Trưởng Đoàn công tác của Trung ương",
    ]);
    // A form of address or a title still introduces a name whose surname the table lacks.
    assert_eq!(
        found_texts(names, "ông Sầm Văn Khoa phát biểu"),
        ["Sầm Văn Khoa"]
    );
    assert_eq!(
        found_texts(names, "Chủ tịch UBND xã Sầm Văn Khoa phát biểu"),
        ["Sầm Văn Khoa"]
    );
}

#[test]
fn words_glued_without_their_space_stay_in_one_run() {
    // A place name glued to its first syllable is no person from its second.
    no_person(&["Các phường của NamTừ Liêm đã hoàn thành."]);
    assert_eq!(
        found_texts(names, "Ông NguyễnVăn An phát biểu."),
        ["NguyễnVăn An"]
    );
    // A form of address glued to a caption still opens the name.
    assert_eq!(
        found_texts(names, "Đà NẵngÔng Trần Văn Bình cho biết."),
        ["Trần Văn Bình"]
    );
}

#[test]
fn surnames_of_the_north_west_open_bare_names() {
    // Surnames of the Thái and their neighbours (`data/surnames/surnames.tsv`, NK-54DT).
    assert_eq!(
        found_texts(names, "Cầm Văn Đoản và Quàng Thị Mai đã nhận giải."),
        ["Cầm Văn Đoản", "Quàng Thị Mai"]
    );
    assert_eq!(
        found_texts(names, "Lường Văn Hùng cùng Tòng Thị Hoa tham gia."),
        ["Lường Văn Hùng", "Tòng Thị Hoa"]
    );
    // A mountain pass is no surname.
    no_person(&["Đèo Hải Vân đông khách."]);
}

#[test]
fn a_branch_or_a_firm_is_named_like_a_person() {
    // `data/vocab/place_nouns.tsv`: the name after `chi nhánh`, `hãng` is the institution's.
    no_person(&[
        "do công ty chi nhánh Bạch Đằng thi công",
        "vé của hãng Hà Văn Long bán hết",
    ]);
}

#[test]
fn a_type_word_before_a_name_without_title_makes_a_place() {
    // A unit the gazetteer does not know (none is known here): the type word says place.
    no_person(&[
        "Năm 2008, tỉnh Hà Tây được sáp nhập.",
        "Tỉnh Hà Tây cũ có 14 huyện.",
        "các huyện Lê Thủy và Quảng Ninh",
    ]);
    // A title that ends in the type word still gives its person.
    assert_eq!(
        found_texts(names, "Chủ tịch UBND tỉnh Hà Văn An phát biểu."),
        ["Hà Văn An"]
    );
}

#[test]
fn surnames_of_the_mong_open_bare_names() {
    // Clans of the Mông (`data/surnames/surnames.tsv`, KVND-MONG), after a title and in a
    // list without a form of address.
    assert_eq!(
        found_texts(names, "Trưởng bản Thào Seo Lử và Giàng A Dơ dự họp."),
        ["Thào Seo Lử", "Giàng A Dơ"]
    );
    assert_eq!(
        found_texts(
            names,
            "Bí thư Chi bộ Sùng Mí Páo cùng Lù Văn Sáng đến thăm."
        ),
        ["Sùng Mí Páo", "Lù Văn Sáng"]
    );
}

#[test]
fn names_after_a_form_of_address_need_no_surname() {
    // The names of the Central Highlands peoples, with words that are no Vietnamese
    // syllable, and given names or nicknames after a capitalised form of address.
    assert_eq!(
        found_texts(names, "Ông Y Thanh Hà Niê Kđăm, Bí thư Tỉnh ủy, phát biểu."),
        ["Y Thanh Hà Niê Kđăm"]
    );
    assert_eq!(
        found_texts(names, "bà H'Hen Niê và ông Ksor Phước Hà dự họp"),
        ["H'Hen Niê", "Ksor Phước Hà"]
    );
    assert_eq!(found_texts(names, "Ông Tuấn Anh nói thêm."), ["Tuấn Anh"]);
    // Without a form of address, such words end a name or make none.
    no_person(&["đoàn Ksor Phước Hà dự họp"]);
    assert_eq!(
        found_texts(names, "Ông Ông Văn Dũng phát biểu"),
        ["Ông Văn Dũng"]
    );
}

#[test]
fn introduced_names_may_start_with_a_body_word() {
    assert_eq!(
        found_texts(names, "ông Đồng Văn Hải cho biết"),
        ["Đồng Văn Hải"]
    );
    assert_eq!(
        found_texts(
            names,
            "Các ông: Đoàn Văn Tư - Bí thư Đảng ủy; Văn Thị Lan - Chủ tịch xã."
        ),
        ["Đoàn Văn Tư", "Văn Thị Lan"]
    );
    no_person(&["Đoàn Thanh Niên phường tổ chức"]);
}

#[test]
fn capitals_need_an_introduction() {
    assert_eq!(
        found_texts(names, "Bí thư Huyện ủy NGUYỄN VĂN BÌNH"),
        ["NGUYỄN VĂN BÌNH"]
    );
    no_person(&["HÀ NAM TỔ CHỨC HỘI NGHỊ"]);
}

/// Asserts that each text has the one person `name`.
fn each_finds(cases: &[(&str, &str)]) {
    for (text, name) in cases {
        assert_eq!(found_texts(names, text), [*name], "{text}");
    }
}

#[test]
fn a_word_for_people_before_a_name_is_no_place() {
    each_finds(&[
        (
            "Gia đình bà Nguyễn Thị Bình được hỗ trợ xây nhà",
            "Nguyễn Thị Bình",
        ),
        ("cầu thủ Nguyễn Văn An ghi bàn thắng", "Nguyễn Văn An"),
        ("công nhân Lê Văn Tám bị thương nhẹ", "Lê Văn Tám"),
        // Nor one of the sentence before.
        ("Hội nghị. Ông Nguyễn Văn An phát biểu", "Nguyễn Văn An"),
    ]);
    // The place nouns themselves still name places.
    no_person(&["đình Nguyễn Văn Cừ mới được trùng tu"]);
}

#[test]
fn names_after_the_roles_of_police_court_and_press_reports() {
    each_finds(&[
        ("Tài xế Sùng A Lử bị tạm giữ", "Sùng A Lử"),
        ("Đối tượng Thào A Dế đã bị bắt", "Thào A Dế"),
        ("Bị can Khuất Văn Hòa bị khởi tố", "Khuất Văn Hòa"),
        ("Nạn nhân Cầm Thị Ngọc được đưa đi cấp cứu", "Cầm Thị Ngọc"),
        ("Nhà thơ Tố Hữu sinh năm 1920", "Tố Hữu"),
    ]);
    // Not before a lower-case noun, nor before a country.
    no_person(&["đối tượng chính sách được hỗ trợ"]);
    no_person(&["Nhà báo Việt Nam kỷ niệm ngày 21/6"]);
}

#[test]
fn a_title_in_capitals_is_no_name() {
    let text = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Hùng";
    assert_eq!(found_texts(names, text), ["Nguyễn Văn Hùng"]);
    assert_eq!(
        found_texts(names, "PHÓ CHỦ TỊCH\nNGUYỄN VĂN HÙNG"),
        ["NGUYỄN VĂN HÙNG"]
    );
}

#[test]
fn streets_and_places() {
    // A village named after a person, but for its head.
    no_person(&["Nhà văn hóa thôn Lê Lợi vừa khánh thành"]);
    no_person(&["Bà con ấp Nguyễn Huệ đón Tết"]);
    assert_eq!(
        found_texts(names, "Trưởng thôn Nguyễn Văn Bình cho biết"),
        ["Nguyễn Văn Bình"]
    );
    // The number of a village or a ward is no house number.
    assert_eq!(
        found_texts(names, "Trưởng thôn 3 Nguyễn Văn Bình cho biết"),
        ["Nguyễn Văn Bình"]
    );
    no_person(&["trụ sở tại số 12 Trần Văn Giàu, phường 5"]);
    no_person(&["nhà văn hóa 45 Lê Văn Lương"]);
    no_person(&["mưa lớn ở Phạm Trấn và các xã"]);
    // A parish, and its priest's parish.
    no_person(&["lễ tại giáo xứ Trần Xá", "cha quản xứ Thái Hà phát biểu"]);
    no_person(&["học sinh Trường THCS Nguyễn Du"]);
    // A museum's name.
    no_person(&["Bảo tàng Hồ Chí Minh tổ chức triển lãm"]);
    // River islands, bays, passes, streams, waterfalls and creeks.
    no_person(&[
        "vòng qua cù lao Bạch Đằng",
        "ghé cồn Phạm Thái rồi ra vịnh Lê Lợi",
        "qua đèo Hoàng Văn Thụ, dọc suối Lê Văn Tám",
        "thác Nguyễn Huệ nằm cạnh rạch Trần Hưng Đạo",
    ]);
    // The second street of a corner or a route, the other streets of a list.
    no_person(&["quán ở góc đường Lý Tự Trọng - Trần Quang Khải"]);
    no_person(&[
        "nâng cấp các tuyến đường Lê Lợi, Hai Bà Trưng và Trần Hưng Đạo",
        "dọc đường Nguyễn Văn Cừ, Lê Văn Sỹ, Trần Thị Lý",
    ]);
    // A person named after an address: with a form of address, or a name that no list's
    // separator follows (the subject of the sentence).
    assert_eq!(
        found_texts(names, "nhà ở đường Lê Lợi, ông Trần Văn Bình cho biết"),
        ["Trần Văn Bình"]
    );
    assert_eq!(
        found_texts(names, "Tại nhà riêng ở phố Hàng Bạc, Lê Văn Tám kể lại"),
        ["Lê Văn Tám"]
    );
    assert_eq!(
        found_texts(
            names,
            "Hiệu trưởng Trường THPT Lê Lợi - Trần Văn Bình phát biểu"
        ),
        ["Trần Văn Bình"]
    );
    assert_eq!(
        found_texts(names, "Chủ tịch UBND thành phố Huỳnh Văn Tâm cho biết"),
        ["Huỳnh Văn Tâm"]
    );
}
