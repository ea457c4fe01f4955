//! The `hanhchinh` binary, run as a process.

mod common;

use common::{dir, err, file, out, records, repo, run, run_ok};

/// The output lines of `hanhchinh args` run on `input`, which must succeed, parsed as JSON.
fn records_ok(args: &[&str], input: &str) -> Vec<serde_json::Value> {
    records(&run_ok(args, input.as_bytes()))
}

#[test]
fn analyze_lines_ids_are_line_numbers() {
    // Each input line and the output line it gives.
    let lines = [
        (
            "Chiều 21/1, tăng 96,39%",
            r#"{"id":1,"era":{"date":"2022-01-21","era":"pre_reform","reason":"given"},"entities":[{"kind":"date","text":"21/1","start":8,"end":12,"value":"2022-01-21"},{"kind":"percent","text":"96,39%","start":20,"end":26,"value":96.39}]}"#,
        ),
        (
            "không có gì",
            r#"{"id":2,"era":{"date":"2022-01-21","era":"pre_reform","reason":"given"},"entities":[]}"#,
        ),
    ];
    let input: String = lines.iter().map(|(line, _)| format!("{line}\n")).collect();
    let o = run_ok(&["analyze", "--ref-date", "2022-01-21"], input.as_bytes());
    let want: Vec<&str> = lines.iter().map(|(_, json)| *json).collect();
    assert_eq!(out(&o).lines().collect::<Vec<_>>(), want);
}

#[test]
fn analyze_jsonl_echoes_ids_and_uses_ref_date() {
    let input = concat!(
        r#"{"id": "a-1", "text": "Sáng 17-1, UBND quận Lê Chân", "ref_date": "2022-01-17"}"#,
        "\n\n",
        r#"{"id": 7, "text": "ngày 18/5"}"#,
        "\n"
    );
    let v = records_ok(&["analyze", "--jsonl"], input);
    // The blank line is an empty document: one output line per input line.
    assert_eq!(v.len(), 3);
    assert_eq!(v[0]["id"], "a-1");
    assert_eq!(v[0]["entities"][0]["value"], "2022-01-17");
    assert_eq!(
        v[1],
        serde_json::json!({"id": 2, "era": {"date": null, "era": "unknown", "reason": "undated"}, "entities": []})
    );
    assert_eq!(v[2]["id"], 7);
    assert_eq!(v[2]["entities"][0]["value"], "--05-18");
    // One era per document, and why: the reference date given, else the document's own dates.
    assert_eq!(v[0]["era"]["reason"], "given");
    assert_eq!(v[2]["era"]["reason"], "undated");
}

#[test]
fn whole_files_have_their_path_as_id() {
    let d = dir("whole");
    let p = file(&d, "doc.txt", "Dòng một 2.309\nDòng hai: UBND".as_bytes());
    let v = records_ok(&["analyze", "--whole", p.to_str().unwrap()], "");
    assert_eq!(v[0]["id"], p.to_str().unwrap());
    assert_eq!(v[0]["entities"].as_array().unwrap().len(), 2);
}

#[test]
fn output_order_is_input_order_with_threads() {
    let mut input = String::new();
    for i in 0..5000 {
        input.push_str(&format!("dòng {i} có {i} người\n"));
    }
    let o = run_ok(
        &["analyze", "--threads", "2", "--kinds", "number"],
        input.as_bytes(),
    );
    for (i, l) in out(&o).lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        assert_eq!(v["id"], i + 1);
        assert_eq!(v["entities"][0]["value"], i);
    }
}

#[test]
fn unknown_kind_and_usage_errors() {
    let o = run(&["analyze", "--kinds", "nope"], b"");
    assert_eq!(o.status.code(), Some(1));
    let o = run(&["frobnicate"], b"");
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["--help"], b"");
    assert!(o.status.success());
    assert!(out(&o).contains("Examples") && out(&o).contains("Exit codes:"));
}

#[test]
fn normalize_fold_tokenize_segment() {
    let o = run(&["normalize"], "Uỷ ban nhân dân hoà\n".as_bytes());
    assert_eq!(out(&o), "Ủy ban nhân dân hòa\n");
    let o = run(&["normalize", "--modern"], "Ủy ban hòa\n".as_bytes());
    assert_eq!(out(&o), "Uỷ ban hoà\n");
    let o = run(&["fold"], "Nam Từ Liêm, Đà Nẵng\n".as_bytes());
    assert_eq!(out(&o), "nam tu liem, da nang\n");
    let o = run(&["tokenize"], "TP.HCM 96,39%\n".as_bytes());
    let v: serde_json::Value = serde_json::from_str(out(&o).trim()).unwrap();
    assert_eq!(v["id"], 1);
    let texts: Vec<&str> = v["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["TP", ".", "HCM", "96,39", "%"]);
    let o = run_ok(&["segment"], "phong trào thi đua\n".as_bytes());
    assert_eq!(out(&o), "phong_trào thi_đua\n");
}

#[test]
fn convert_and_lookup() {
    let v = records_ok(
        &["convert"],
        "phường Vĩnh Niệm, quận Lê Chân, Hải Phòng\nzzqx 123\n",
    );
    assert_eq!(v[0]["old_code"], "11407");
    assert_eq!(v[0]["old_level"], "commune");
    assert_eq!(v[0]["split"], true);
    assert_eq!(v[0]["new_codes"], serde_json::json!(["11383", "11407"]));
    assert_eq!(v[1]["old_code"], serde_json::Value::Null);
    assert_eq!(v[1]["new_codes"], serde_json::json!([]));
    let o = run(&["lookup", "Phú Thượng"], b"");
    let v: serde_json::Value = serde_json::from_str(out(&o).trim()).unwrap();
    assert_eq!(v["query"], "Phú Thượng");
    assert!(v["matches"].as_array().unwrap().len() >= 3);
}

#[test]
fn gazetteer_check_reports_positions() {
    let d = dir("gazcheck");
    let p = file(
        &d,
        "bad.tsv",
        b"code\tname\ttype\tlevel\tparent_code\tprovince_code\n99999\tX\tnope\tcommune\t\t\n",
    );
    let o = run(&["gazetteer", "check", p.to_str().unwrap()], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("bad.tsv"), "{}", err(&o));
}

/// `gazetteer check DIR` applies the official layout's rules, as the builder's test
/// `official_tables` (hanhchinh-gazetteer) and `data/gazetteer/check.py --sample` do on the same
/// invented sample.
#[test]
fn gazetteer_check_reads_a_directory_of_official_tables() {
    let sample = repo().join("crates/hanhchinh-gazetteer/tests/data/official-sample");
    let o = run_ok(&["gazetteer", "check", sample.to_str().unwrap()], b"");
    assert_eq!(out(&o), "ok: 15 unit versions\n");
    // A rename that the `change` column does not list is an error, not a silent loss.
    let d = dir("gazcheck-dir");
    for e in std::fs::read_dir(&sample).unwrap() {
        let p = e.unwrap().path();
        let mut text = std::fs::read_to_string(&p).unwrap();
        if p.ends_with("units_2026_changes.tsv") {
            text = text.replace("98001\tBến Đò\tphường", "98001\tBến Đò Mới\tphường");
        }
        file(
            &d,
            p.file_name().unwrap().to_str().unwrap(),
            text.as_bytes(),
        );
    }
    let o = run(&["gazetteer", "check", d.to_str().unwrap()], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("units_2026_changes.tsv:2:2: bad row: the row has name `Bến Đò Mới`"),
        "{}",
        err(&o)
    );
}

/// A name that two communes of one district bore at different times (phường Ô Quý Hồ of Sa Pa:
/// code 03019 in 2020, 03003 from 2021): without a date the address is read as of 2025-06-30,
/// with `--as-of` as of that date.
#[test]
fn convert_as_of_reads_the_units_of_that_date() {
    let a = "Phường Ô Quý Hồ, Thị xã Sa Pa, Lào Cai\n".as_bytes();
    let o = run(&["convert", "--to", "2026-10-01"], a);
    assert_eq!(records(&o)[0]["old_code"], "03003");
    let o = run(&["convert", "--to", "2026-10-01", "--as-of", "2020-06"], a);
    let v = records(&o);
    assert_eq!(v[0]["old_code"], "03019");
    assert_eq!(v[0]["new_codes"], serde_json::json!(["03037"]));
    let o = run(&["convert", "--as-of", "2020-13"], a);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("--as-of"), "{}", err(&o));
}

/// `--gazetteer FILE` on a file that is not a gazetteer, or a damaged one: a clear error naming
/// the file, exit code 1, no panic.
#[test]
fn gazetteer_file_that_is_not_one() {
    let d = dir("gazfile");
    let seed = std::fs::read(repo().join("fuzz/seeds/gazetteer_load/official-sample.bin")).unwrap();
    let junk = file(&d, "junk.bin", b"not a gazetteer at all");
    let cut = file(&d, "cut.bin", &seed[..seed.len() / 2]);
    for p in [&junk, &cut] {
        for cmd in [
            &["lookup", "--gazetteer"][..],
            &["convert", "--gazetteer"][..],
        ] {
            let mut args = cmd.to_vec();
            args.push(p.to_str().unwrap());
            let o = run(&args, b"Ba Dinh\n");
            assert_eq!(o.status.code(), Some(1), "{args:?}");
            let e = err(&o);
            assert!(
                e.contains(p.to_str().unwrap()) && e.contains("malformed compiled gazetteer"),
                "{e}"
            );
        }
    }
    // The whole file loads and answers.
    let whole = file(&d, "sample.bin", &seed);
    let o = run_ok(
        &["lookup", "--gazetteer", whole.to_str().unwrap(), "Sông Mây"],
        b"",
    );
    assert_eq!(records(&o)[0]["matches"][0]["code"], "98");
}

#[test]
fn decode_tcvn3() {
    let o = run(&["decode", "--from", "tcvn3"], b"Qu\xfanh Ph\xf4\n");
    assert_eq!(out(&o), "Quỳnh Phụ\n");
}

/// UTF-8 that was read as Windows-1252 and saved again (`Ná»™i`) comes back.
#[test]
fn decode_misread_utf8() {
    let o = run(&["decode"], "UBND quáº\u{ad}n Ba Ä\u{90}Ã¬nh\n".as_bytes());
    assert_eq!(out(&o), "UBND quận Ba Đình\n");
}

#[test]
fn convert_json_says_era_way_and_reason() {
    let v = records_ok(
        &["convert", "--to", "2026-10-01"],
        "phường Chương Dương Độ, quận Hoàn Kiếm, Hà Nội\nphường Ba Đình, Hà Nội\n\nPhường Nguyễn Trung Trực, Quận Ba Đình, Hà Nội\n",
    );
    assert_eq!(v.len(), 4);
    assert_eq!(v[0]["old_era"], "pre_reform");
    assert_eq!(v[0]["via"][0]["name"], "Chương Dương");
    assert_eq!(v[0]["new_codes"], serde_json::json!(["00097"]));
    assert_eq!(v[0]["reason"], serde_json::Value::Null);
    assert_eq!(v[1]["old_era"], "post_reform");
    assert!(v[1]["score"].as_f64().unwrap() > 0.9);
    assert_eq!(v[2]["reason"], "no administrative unit recognised");
    assert!(v[3]["reason"].as_str().unwrap().contains("2025-01-01"));
    let o = run(&["convert", "--to", "2026-13-01"], b"x\n");
    assert_eq!(o.status.code(), Some(1));
}
