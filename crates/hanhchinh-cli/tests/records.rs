//! The CLI keeps going: a bad record becomes an error record in its place, the run goes on,
//! and the exit code and the last stderr line say how many failed (issue 14, item 3).

mod common;

use common::{dir, err, file, out, records, run, run_ok};
use serde_json::json;

#[test]
fn bad_records_become_error_records_in_place() {
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"ngày 18/5\", \"ref_date\": \"2020-03-05\"}\n",
        "{not json}\n",
        "{\"id\": \"no-text\"}\n",
        "{\"id\": \"bad-date\", \"text\": \"x\", \"ref_date\": \"2020-13\"}\n",
        "{\"id\": \"num\", \"text\": 5}\n",
        "\n",
        "{\"id\": \"z\", \"text\": \"ngày 18/5\"}\n",
    );
    let o = run(
        &["analyze", "--jsonl", "--ref-date", "2021"],
        input.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(4), "{}", err(&o));
    let v = records(&o);
    assert_eq!(v.len(), 7, "one line per input line");
    assert_eq!(v[0]["entities"][0]["value"], "2020-05-18");
    assert_eq!(v[1]["id"], 2, "an unreadable line gets its line number");
    assert_eq!(v[1]["error"]["line"], 2);
    assert!(v[1]["error"]["message"]
        .as_str()
        .unwrap()
        .starts_with("bad JSON at column 2"));
    assert_eq!(v[2]["id"], "no-text");
    assert_eq!(v[2]["error"]["line"], 3);
    assert_eq!(v[3]["id"], "bad-date");
    assert!(v[3]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("2020-13"));
    assert_eq!(v[4]["id"], "num");
    assert_eq!(
        v[5],
        json!({"id": 6, "era": {"date": "2021", "era": "pre_reform", "reason": "given"}, "entities": []})
    );
    // The run went on, with --ref-date for the record without its own.
    assert_eq!(v[6]["id"], "z");
    assert_eq!(v[6]["entities"][0]["value"], "2021-05-18");
    let e = err(&o);
    let last = e.lines().last().unwrap();
    assert!(last.contains("4 of 7 records failed"), "{e}");
    assert!(e.contains("<stdin>: line 2: bad JSON"), "{e}");
}

#[test]
fn strict_stops_at_the_first() {
    let input = "{\"text\":\"a\"}\n{not json}\n{\"text\":\"b\"}\n";
    let o = run(&["analyze", "--jsonl", "--strict"], input.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("line 2"), "{}", err(&o));
    // The lines before it are written, nothing after.
    assert_eq!(out(&o).lines().count(), 1);
}

#[test]
fn invalid_utf8_fails_its_line_and_names_decode() {
    let d = dir("utf8");
    let p = file(&d, "bad.txt", b"ok line\nab\xffcd\nlast\n");
    let o = run(&["analyze", p.to_str().unwrap()], b"");
    assert_eq!(o.status.code(), Some(4));
    let v = records(&o);
    assert_eq!(v.len(), 3);
    assert_eq!(v[1]["id"], 2);
    let m = v[1]["error"]["message"].as_str().unwrap();
    assert!(m.contains("byte offset 10"), "{m}");
    assert!(m.contains("hanhchinh decode"), "{m}");
    assert!(err(&o).contains("bad.txt: line 2"), "{}", err(&o));
    let o = run(&["analyze", "--lossy", p.to_str().unwrap()], b"");
    assert!(o.status.success());
    assert_eq!(out(&o).lines().count(), 3);
}

#[test]
fn tcvn3_bytes_point_to_decode() {
    let o = run(&["analyze", "data/examples/tcvn3.txt"], b"");
    assert_eq!(o.status.code(), Some(4));
    let v = records(&o);
    let m = v[0]["error"]["message"].as_str().unwrap();
    assert!(
        m.contains("looks like tcvn3") && m.contains("`hanhchinh decode`"),
        "{m}"
    );
}

#[test]
fn text_commands_keep_one_line_per_line() {
    // A failed line is an empty line in its place, with the reason on stderr.
    for cmd in ["normalize", "fold", "segment"] {
        let o = run(&[cmd], b"a\n\nb\xff\nc\n");
        assert_eq!(o.status.code(), Some(4), "{cmd}");
        assert_eq!(
            out(&o).lines().collect::<Vec<_>>(),
            ["a", "", "", "c"],
            "{cmd}"
        );
        assert!(err(&o).contains("line 3"), "{cmd}: {}", err(&o));
    }
    let o = run(&["tokenize"], b"a\n\nb\n");
    let v = records(&o);
    assert_eq!(v.len(), 3);
    assert_eq!(v[1], json!({"id": 2, "tokens": []}));
    let o = run(
        &["convert"],
        "\nphường Vĩnh Niệm, quận Lê Chân, Hải Phòng\n".as_bytes(),
    );
    let v = records(&o);
    assert_eq!(v.len(), 2);
    assert_eq!(v[0]["input"], "");
    assert_eq!(v[1]["id"], 2);
}

#[test]
fn lookup_answers_every_line_and_accepts_lossy() {
    let o = run_ok(&["lookup"], "Ba Đình\n\nTây Hồ\n\n\n".as_bytes());
    let v = records(&o);
    assert_eq!(v.len(), 5);
    assert_eq!(v[1], json!({"id": 2, "query": "", "matches": []}));
    assert_eq!(v[2]["query"], "Tây Hồ");
    let o = run(&["lookup"], b"Ba \xffnh\n");
    assert_eq!(o.status.code(), Some(4));
    assert_eq!(records(&o)[0]["error"]["line"], 1);
    let o = run(&["lookup", "--lossy"], b"Ba \xffnh\n");
    assert!(o.status.success());
    assert_eq!(records(&o)[0]["query"], "Ba \u{FFFD}nh");
}

#[test]
fn over_long_lines_fail_alone() {
    let mut input = b"short\n".to_vec();
    input.extend(std::iter::repeat_n(b'x', 5000));
    input.extend_from_slice(b"\nshort again\n");
    let o = run(&["analyze", "--max-record-bytes", "1K"], &input);
    assert_eq!(o.status.code(), Some(4));
    let v = records(&o);
    assert_eq!(v.len(), 3);
    assert!(v[1]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("5000 bytes"));
    assert_eq!(v[2]["id"], 3);
    let o = run(&["analyze", "--max-record-bytes", "0"], b"");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn unreadable_inputs_are_counted_and_the_others_run() {
    let d = dir("missing");
    let p = file(&d, "ok.txt", "ngày 18/5\n".as_bytes());
    let missing = d.join("missing.txt");
    let o = run(
        &["analyze", missing.to_str().unwrap(), p.to_str().unwrap()],
        b"",
    );
    assert_eq!(o.status.code(), Some(4));
    assert_eq!(records(&o).len(), 1);
    let e = err(&o);
    assert!(e.contains("missing.txt: cannot open"), "{e}");
    assert!(e.contains("1 input could not be read"), "{e}");
    // --whole: the unreadable file is a record of its own.
    let o = run(
        &[
            "analyze",
            "--whole",
            missing.to_str().unwrap(),
            p.to_str().unwrap(),
        ],
        b"",
    );
    let v = records(&o);
    assert_eq!(v.len(), 2);
    assert_eq!(v[0]["id"], missing.to_str().unwrap());
    assert!(v[0]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("cannot open"));
}

#[test]
fn thread_counts() {
    let o = run(&["analyze", "-j", "100000"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("0..=256"), "{}", err(&o));
    let o = run(&["analyze", "-j", "257"], b"");
    assert_eq!(o.status.code(), Some(2));
    for j in ["0", "1", "256"] {
        let o = run(&["analyze", "-j", j, "--kinds", "number"], b"1\n2\n3\n");
        assert!(o.status.success(), "-j {j}: {}", err(&o));
        assert_eq!(records(&o).len(), 3);
    }
}

#[test]
fn partial_reference_dates() {
    for (d, value) in [
        ("2020-03-05", "2020-05-18"),
        ("2020-03", "2020-05-18"),
        ("2023", "2023-05-18"),
    ] {
        let o = run(&["analyze", "--ref-date", d], "ngày 18/5\n".as_bytes());
        assert!(o.status.success(), "{d}: {}", err(&o));
        assert_eq!(records(&o)[0]["entities"][0]["value"], value, "{d}");
        let line = format!("{{\"text\": \"ngày 18/5\", \"ref_date\": \"{d}\"}}\n");
        let o = run(&["analyze", "--jsonl"], line.as_bytes());
        assert!(o.status.success(), "{d}: {}", err(&o));
        assert_eq!(records(&o)[0]["entities"][0]["value"], value, "{d}");
    }
    let o = run(&["analyze", "--ref-date", "2020-3"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("YYYY-MM-DD, YYYY-MM or YYYY"),
        "{}",
        err(&o)
    );
}
