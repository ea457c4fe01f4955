//! `hanhchinh decode`: UTF-16 and Windows-1258, refusal of what it cannot tell, the repair of
//! TCVN3 text already misread as Windows-1252 (issue 14, item 4).

mod common;

use common::{err, out, run, run_ok};

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut v = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for u in text.encode_utf16() {
        let b = if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        };
        v.extend_from_slice(&b);
    }
    v
}

#[test]
fn tcvn3_file_and_bytes() {
    let o = run(&["decode", "--from", "tcvn3"], b"Qu\xfanh Ph\xf4\n");
    assert_eq!(out(&o), "Quỳnh Phụ\n");
    let o = run_ok(&["decode", "data/examples/tcvn3.txt"], b"");
    assert!(out(&o).starts_with("ủy ban nhân dân huyện Quỳnh Phụ, tỉnh Thái Bình\n"));
    assert_eq!(out(&o).lines().count(), 3);
    assert!(err(&o).contains("decoding tcvn3"), "{}", err(&o));
    let o = run(&["decode", "--quiet", "data/examples/tcvn3.txt"], b"");
    assert_eq!(err(&o), "");
}

#[test]
fn utf16_with_a_byte_order_mark() {
    let text = "Ủy ban nhân dân\nhuyện Quỳnh Phụ\n";
    for be in [false, true] {
        let o = run_ok(&["decode"], &utf16(text, be));
        assert_eq!(out(&o), text, "big endian: {be}");
    }
    // Every subcommand reads UTF-16 with a BOM, offsets counted in the UTF-8 after it.
    let o = run(&["tokenize"], &utf16("Quỳnh Phụ\n", false));
    let v: serde_json::Value = serde_json::from_str(out(&o).trim()).unwrap();
    assert_eq!(v["tokens"][0]["start"], 0);
    assert_eq!(v["tokens"][1]["text"], "Phụ");
}

#[test]
fn windows_1258() {
    // "Quỳnh Phụ, tỉnh Thái Bình" with tones as combining marks, as Windows-1258 stores them.
    let o = run_ok(
        &["decode"],
        b"Quy\xccnh Phu\xf2, ti\xd2nh Tha\xeci Bi\xccnh, Nghi\xf2 quy\xea\xect\n",
    );
    assert_eq!(out(&o), "Quỳnh Phụ, tỉnh Thái Bình, Nghị quyết\n");
    assert!(err(&o).contains("windows-1258"), "{}", err(&o));
    let o = run(
        &["decode", "--from", "windows-1258"],
        b"\xd0\xf4\xccng Tha\xecp\n",
    );
    assert_eq!(out(&o), "Đồng Tháp\n");
}

#[test]
fn misread_tcvn3_is_repaired() {
    let misread = "ñy ban nh©n d©n huyÖn Quúnh Phô\n";
    let o = run_ok(&["decode"], misread.as_bytes());
    assert_eq!(out(&o), "ủy ban nhân dân huyện Quỳnh Phụ\n");
    assert!(err(&o).contains("misread"), "{}", err(&o));
    let o = run(
        &["decode", "--from", "tcvn3", "--misread"],
        "NghÞ quyÕt\n".as_bytes(),
    );
    assert_eq!(out(&o), "Nghị quyết\n");
    // Correct Unicode is left alone.
    let o = run(&["decode"], "Nghị quyết số 15\n".as_bytes());
    assert_eq!(out(&o), "Nghị quyết số 15\n");
    assert_eq!(err(&o), "");
}

#[test]
fn refuses_what_it_cannot_tell() {
    // Bytes that no candidate reads as Vietnamese.
    let noise: Vec<u8> = (0..400u32)
        .map(|i| (0x80 + (i * 37) % 0x7f) as u8)
        .collect();
    let o = run(&["decode"], &noise);
    assert_eq!(o.status.code(), Some(4), "{}", err(&o));
    assert_eq!(out(&o), "");
    assert!(err(&o).contains("pass --from"), "{}", err(&o));
    let o = run(&["decode", "--strict"], &noise);
    assert_eq!(o.status.code(), Some(1));
    // Told the encoding, it decodes.
    let o = run(&["decode", "--from", "vni"], &noise);
    assert!(o.status.success());
}

#[test]
fn a_legacy_line_in_a_utf8_file() {
    let mut input = "Ủy ban nhân dân tỉnh Thái Bình\n".as_bytes().to_vec();
    input.extend_from_slice(b"Qu\xfanh Ph\xf4, Th\xb8i B\xd7nh\n");
    let o = run_ok(&["decode"], &input);
    assert_eq!(
        out(&o),
        "Ủy ban nhân dân tỉnh Thái Bình\nQuỳnh Phụ, Thái Bình\n"
    );
}
