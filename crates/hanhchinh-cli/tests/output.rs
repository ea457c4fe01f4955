//! What the CLI writes: `--pretty`, `-o FILE`, record provenance with several inputs, ids
//! echoed exactly, byte-order marks (issue 15, items 1, 2 and 6).

mod common;

use common::{dir, err, file, out, records, run, run_ok};
use serde_json::{json, Value};

#[test]
fn pretty_is_the_same_record_indented() {
    let line = "Chiều 21/1, UBND quận Ba Đình đạt 96,39%\n".as_bytes();
    for args in [
        &["analyze", "--ref-date", "2022-01-21"][..],
        &["tokenize"][..],
        &["convert"][..],
        &["lookup"][..],
    ] {
        let compact = run(args, line);
        let mut pretty_args = args.to_vec();
        pretty_args.push("--pretty");
        let pretty = run(&pretty_args, line);
        assert!(pretty.status.success(), "{args:?}: {}", err(&pretty));
        let p = out(&pretty);
        assert!(p.starts_with("{\n  \"id\": 1,\n"), "{args:?}: {p}");
        let a: Value = serde_json::from_str(out(&compact).trim()).unwrap();
        let b: Value = serde_json::from_str(&p).unwrap();
        assert_eq!(a, b, "{args:?}");
    }
}

#[test]
fn pretty_keeps_long_decimals_exact() {
    let o = run_ok(
        &["analyze", "--pretty", "--kinds", "number"],
        "con số 12.345.678.901.234.567.890,123456789\n".as_bytes(),
    );
    let compact = run(
        &["analyze", "--kinds", "number"],
        "con số 12.345.678.901.234.567.890,123456789\n".as_bytes(),
    );
    let value = |s: &str| {
        s.split("\"value\":").nth(1).map(|r| {
            r.trim_start()
                .split([',', '\n', '}'])
                .next()
                .unwrap()
                .to_string()
        })
    };
    assert_eq!(value(&out(&o)), value(&out(&compact)));
    assert!(
        value(&out(&o)).unwrap().starts_with("12345678901234567890"),
        "{}",
        out(&o)
    );
}

#[test]
fn output_file() {
    let d = dir("output");
    let target = d.join("pred.jsonl");
    let o = run_ok(
        &["analyze", "-o", target.to_str().unwrap()],
        "ngày 18/5\n\n".as_bytes(),
    );
    assert_eq!(out(&o), "");
    let written = std::fs::read_to_string(&target).unwrap();
    assert_eq!(written.lines().count(), 2);
    for cmd in [
        "normalize",
        "fold",
        "segment",
        "decode",
        "tokenize",
        "convert",
        "lookup",
    ] {
        let t = d.join(format!("{cmd}.out"));
        let o = run(
            &[cmd, "--output", t.to_str().unwrap()],
            "Hà Nội\n".as_bytes(),
        );
        assert!(o.status.success(), "{cmd}: {}", err(&o));
        assert_eq!(
            std::fs::read_to_string(&t).unwrap().lines().count(),
            1,
            "{cmd}"
        );
    }
    // An output that is also an input is refused before anything is truncated.
    let input = file(&d, "in.txt", "ngày 18/5\n".as_bytes());
    let o = run(
        &[
            "analyze",
            input.to_str().unwrap(),
            "-o",
            input.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&input).unwrap(), "ngày 18/5\n");
}

#[test]
fn several_inputs_carry_their_file() {
    let d = dir("provenance");
    let a = file(&d, "a/doc.txt", "ngày 18/5\nUBND\n".as_bytes());
    let b = file(&d, "b/doc.txt", "ngày 19/5\n".as_bytes());
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let o = run(&["analyze", a, b], b"");
    let v = records(&o);
    assert_eq!(v.len(), 3);
    assert_eq!(
        (v[0]["id"].clone(), v[0]["file"].clone()),
        (json!(1), json!(a))
    );
    assert_eq!(
        (v[1]["id"].clone(), v[1]["file"].clone()),
        (json!(2), json!(a))
    );
    assert_eq!(
        (v[2]["id"].clone(), v[2]["file"].clone()),
        (json!(1), json!(b))
    );
    // One input: no file field.
    let o = run(&["analyze", a], b"");
    assert!(records(&o)[0].get("file").is_none());
    // --whole: the path as given, so a/doc.txt and b/doc.txt stay apart.
    let o = run(&["analyze", "--whole", a, b], b"");
    let ids: Vec<Value> = records(&o).iter().map(|r| r["id"].clone()).collect();
    assert_eq!(ids, [json!(a), json!(b)]);
    // --jsonl: the record's own id, plus file and line.
    let j1 = file(
        &d,
        "1.jsonl",
        b"{\"id\":\"x\",\"text\":\"a\"}\n{\"text\":\"b\"}\n",
    );
    let j2 = file(&d, "2.jsonl", b"{\"id\":\"x\",\"text\":\"c\"}\n");
    let (j1, j2) = (j1.to_str().unwrap(), j2.to_str().unwrap());
    let v = records(&run(&["analyze", "--jsonl", j1, j2], b""));
    let keys: Vec<(Value, Value, Value)> = v
        .iter()
        .map(|r| (r["id"].clone(), r["file"].clone(), r["line"].clone()))
        .collect();
    assert_eq!(
        keys,
        [
            (json!("x"), json!(j1), json!(1)),
            (json!(2), json!(j1), json!(2)),
            (json!("x"), json!(j2), json!(1)),
        ]
    );
    // Error records too.
    let bad = file(&d, "bad.txt", b"ok\n\xff\n");
    let v = records(&run(&["analyze", a, bad.to_str().unwrap()], b""));
    assert_eq!(v[3]["file"], json!(bad.to_str().unwrap()));
    assert_eq!(v[3]["error"]["line"], 2);
    // tokenize and convert as well.
    let v = records(&run(&["tokenize", a, b], b""));
    assert_eq!(v[2]["file"], json!(b));
    let v = records(&run(&["convert", a, b], b""));
    assert_eq!(v[2]["file"], json!(b));
}

#[test]
fn ids_are_echoed_exactly() {
    let input = concat!(
        "{\"id\": 123456789012345678901234567890, \"text\": \"a\"}\n",
        "{\"id\": 18446744073709551616, \"text\": \"a\"}\n",
        "{\"id\": 1.50, \"text\": \"a\"}\n",
        "{\"id\": -0, \"text\": \"a\"}\n",
        "{\"id\": \"s\\u00e9\", \"text\": \"a\"}\n",
        "{\"id\": [1, {\"k\": 2}], \"text\": \"a\"}\n",
        "{\"id\": null, \"text\": \"a\"}\n",
        "{\"id\": 99999999999999999999999, \"text\": 5}\n",
    );
    let o = run(&["analyze", "--jsonl"], input.as_bytes());
    let ids: Vec<String> = out(&o)
        .lines()
        .map(|l| {
            let rest = l.strip_prefix("{\"id\":").unwrap();
            let end = rest.find(",\"e").unwrap();
            rest[..end].to_string()
        })
        .collect();
    assert_eq!(
        ids,
        [
            "123456789012345678901234567890",
            "18446744073709551616",
            "1.50",
            "-0",
            "\"s\\u00e9\"",
            "[1, {\"k\": 2}]",
            "null",
            "99999999999999999999999",
        ]
    );
}

#[test]
fn byte_order_mark_is_dropped_everywhere() {
    let bom = "\u{FEFF}";
    let text = "Hà Nội 18/5\n";
    let with = format!("{bom}{text}");
    for cmd in ["normalize", "fold", "segment", "decode"] {
        let a = run(&[cmd], with.as_bytes());
        let b = run(&[cmd], text.as_bytes());
        assert!(a.status.success(), "{cmd}: {}", err(&a));
        assert_eq!(out(&a), out(&b), "{cmd}");
        assert!(!out(&a).contains(bom), "{cmd}");
    }
    for cmd in [
        &["analyze"][..],
        &["tokenize"][..],
        &["convert"][..],
        &["lookup"][..],
    ] {
        let a = run(cmd, with.as_bytes());
        let b = run(cmd, text.as_bytes());
        assert_eq!(
            out(&a),
            out(&b),
            "{cmd:?}: offsets count from after the mark"
        );
    }
    run_ok(
        &["analyze", "--jsonl"],
        format!("{bom}{{\"text\":\"Hà Nội\"}}\n").as_bytes(),
    );
    let d = dir("bom");
    let p = file(&d, "doc.txt", with.as_bytes());
    let a = run(&["analyze", "--whole", p.to_str().unwrap()], b"");
    let v = records(&a);
    assert_eq!(v[0]["entities"][0]["start"], 0);
}

#[test]
fn stats_measure_throughput_on_any_text() {
    let o = run_ok(
        &[
            "analyze",
            "--stats",
            "-o",
            "/dev/null",
            "data/corpus/seeds/000_7f5c0ff51dbfc99e.txt",
        ],
        b"",
    );
    let e = err(&o);
    let bytes = std::fs::metadata(common::repo().join("data/corpus/seeds/000_7f5c0ff51dbfc99e.txt"))
        .unwrap()
        .len() as f64;
    assert!(e.contains(" records, ") && e.contains(" MB/s"), "{e}");
    assert!(e.contains(&format!("{:.2} MB in", bytes / 1e6)), "{e}");
}

/// `--whole` writes the record of a document longer than 1 MiB as its windows are read
/// (compact JSON): the same record as the one held whole for `--pretty`, in input order.
#[test]
fn a_long_whole_document_is_written_as_it_is_read() {
    let d = dir("long-whole");
    let block = format!(
        "{}\nNgày 18/5/2022, UBND quận Ba Đình họp.\n",
        "xin chào ".repeat(10_000)
    );
    let long = block.repeat((1 << 20) / block.len() + 2);
    let a = file(&d, "long.txt", long.as_bytes());
    let b = file(&d, "short.txt", block.as_bytes());
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let streamed = run_ok(&["analyze", "--whole", a, b], b"");
    let held = run_ok(&["analyze", "--whole", "--pretty", a, b], b"");
    let streamed = records(&streamed);
    assert_eq!(streamed.len(), 2);
    assert_eq!(streamed[0]["id"], json!(a));
    assert_eq!(streamed[0]["era"]["date"], json!("2022-05-18"));
    let entities = streamed[0]["entities"].as_array().unwrap();
    assert!(entities.len() > 30, "{}", entities.len());
    let text = out(&held);
    let held: Vec<Value> = serde_json::Deserializer::from_str(&text)
        .into_iter::<Value>()
        .map(Result::unwrap)
        .collect();
    assert_eq!(streamed, held);
}
