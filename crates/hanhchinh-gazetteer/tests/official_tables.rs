//! The official tables' layout (`data/gazetteer/`): every column of the change tables is applied
//! or rejected, and the builder (`Builder::add_official_dir`) and `data/gazetteer/check.py`
//! accept and reject the same rows. The rows are the invented sample of
//! `tests/data/official-sample/`, changed one row at a time.
#![cfg(test)]

use std::path::{Path, PathBuf};
use std::process::Command;

use hanhchinh_gazetteer::{EdgeKind, Gazetteer, Level, UnitType};
use jiff::civil::date;

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/official-sample");
const CHECK_PY: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/gazetteer/check.py");

/// One change of the sample: in `file`, `from` (which occurs once) becomes `to`.
struct Case {
    name: &'static str,
    file: &'static str,
    from: &'static str,
    to: &'static str,
    ok: bool,
}

const fn case(
    name: &'static str,
    file: &'static str,
    from: &'static str,
    to: &'static str,
    ok: bool,
) -> Case {
    Case {
        name,
        file,
        from,
        to,
        ok,
    }
}

const CHG: &str = "units_2026_changes.tsv";
const CHG_ROW: &str = "98001\tBến Đò\tphường\tcommune\t98\t98\t2026-04-30\ttype\t";
const PRE: &str = "units_2025_pre.tsv";
const HIST: &str = "units_history.tsv";
const LIN: &str = "lineage_2025.tsv";

const CASES: &[Case] = &[
    case("sample as is", CHG, "", "", true),
    // units_2026_changes.tsv: every column applied or rejected.
    case(
        "rename and retype, both listed",
        CHG,
        CHG_ROW,
        "98001\tBến Đò Mới\tphường\tcommune\t98\t98\t2026-04-30\tname,type\t",
        true,
    ),
    case(
        "renamed, but change says type only",
        CHG,
        CHG_ROW,
        "98001\tBến Đò Mới\tphường\tcommune\t98\t98\t2026-04-30\ttype\t",
        false,
    ),
    case(
        "change lists name, name unchanged",
        CHG,
        CHG_ROW,
        "98001\tBến Đò\tphường\tcommune\t98\t98\t2026-04-30\tname,type\t",
        false,
    ),
    case(
        "change lists a field that cannot change",
        CHG,
        CHG_ROW,
        "98001\tBến Đò\tphường\tcommune\t98\t98\t2026-04-30\ttype,level\t",
        false,
    ),
    case(
        "empty change",
        CHG,
        CHG_ROW,
        "98001\tBến Đò\tphường\tcommune\t98\t98\t2026-04-30\t\t",
        false,
    ),
    case(
        "no change column",
        CHG,
        "valid_from\tchange\t",
        "valid_from\tchanges\t",
        false,
    ),
    case(
        "a valid_to column",
        CHG,
        "\tverification\n",
        "\tvalid_to\n",
        false,
    ),
    case(
        "moved to the other province, parent listed",
        CHG,
        CHG_ROW,
        "98001\tBến Đò\tphường\tcommune\t99\t99\t2026-04-30\ttype,parent\t",
        true,
    ),
    case(
        "moved to the other province, parent not listed",
        CHG,
        CHG_ROW,
        "98001\tBến Đò\tphường\tcommune\t99\t99\t2026-04-30\ttype\t",
        false,
    ),
    case(
        "parent and province_code disagree",
        CHG,
        CHG_ROW,
        "98001\tBến Đò\tphường\tcommune\t99\t98\t2026-04-30\ttype,parent\t",
        false,
    ),
    case(
        "parent that is not a province of 2025-07-01",
        CHG,
        CHG_ROW,
        "98001\tBến Đò\tphường\tcommune\t97\t97\t2026-04-30\ttype,parent\t",
        false,
    ),
    case(
        "a unit not in the 2025-07-01 list",
        CHG,
        CHG_ROW,
        "98009\tBến Đò\tphường\tcommune\t98\t98\t2026-04-30\ttype\t",
        false,
    ),
    case(
        "a type of before the reform",
        CHG,
        CHG_ROW,
        "98001\tBến Đò\tthị trấn\tcommune\t98\t98\t2026-04-30\ttype\t",
        false,
    ),
    case(
        "on the day of the reform",
        CHG,
        "2026-04-30",
        "2025-07-01",
        false,
    ),
    case("before the reform", CHG, "2026-04-30", "2024-01-01", false),
    case("not a day", CHG, "2026-04-30", "2026-02-30", false),
    case(
        "no source",
        CHG,
        "\tinvented for the tests\t",
        "\t\t",
        false,
    ),
    case(
        "unknown verification",
        CHG,
        "\tverified\n",
        "\tmaybe\n",
        false,
    ),
    case(
        "second change, later",
        CHG,
        "\tverified\n",
        "\tverified\n98001\tBến Đò Mới\tphường\tcommune\t98\t98\t2026-09-01\tname\tinvented for the tests\t2/2026/TEST\tpartial\n",
        true,
    ),
    case(
        "second change, same day",
        CHG,
        "\tverified\n",
        "\tverified\n98001\tBến Đò Mới\tphường\tcommune\t98\t98\t2026-04-30\tname\tinvented for the tests\t2/2026/TEST\tpartial\n",
        false,
    ),
    case(
        "second change compared with the first, not the list",
        CHG,
        "\tverified\n",
        "\tverified\n98001\tBến Đò Mới\tphường\tcommune\t98\t98\t2026-09-01\tname,type\tinvented for the tests\t2/2026/TEST\tpartial\n",
        false,
    ),
    case(
        "province renamed",
        CHG,
        "\tverified\n",
        "\tverified\n99\tĐồi Gió Mới\ttỉnh\tprovince\t\t99\t2026-06-01\tname\tinvented for the tests\t3/2026/TEST\tverified\n",
        true,
    ),
    // units_history.tsv
    case(
        "history: unknown status",
        HIST,
        "2020-02-02\tchanged",
        "2020-02-02\trenamed",
        false,
    ),
    case(
        "history: no status",
        HIST,
        "2020-02-02\tchanged",
        "2020-02-02\t",
        false,
    ),
    case(
        "history: changed, but the code is gone",
        HIST,
        "2020-02-02\tabolished",
        "2020-02-02\tchanged",
        false,
    ),
    case(
        "history: abolished, but the code is listed",
        HIST,
        "2020-02-02\tchanged",
        "2020-02-02\tabolished",
        false,
    ),
    case(
        "history: full_name is another name",
        HIST,
        "Xã An Lạc Thượng",
        "Xã An Lạc Hạ",
        false,
    ),
    case(
        "history: no valid_to",
        HIST,
        "<=2017-03-06\t2020-02-02\tchanged",
        "<=2017-03-06\t\tchanged",
        false,
    ),
    case(
        "history: not a day",
        HIST,
        "<=2017-03-06\t2020-02-02\tabolished",
        "<=2017-03-06\t2019-02-30\tabolished",
        false,
    ),
    case(
        "history: overlaps the 2025-06-30 version",
        HIST,
        "<=2017-03-06\t2020-02-02\tchanged",
        "<=2017-03-06\t2021-01-01\tchanged",
        false,
    ),
    case(
        "history: province_code disagrees with the parent",
        HIST,
        "98003\tĐông Xá\txã\tcommune\t981\t98",
        "98003\tĐông Xá\txã\tcommune\t981\t99",
        false,
    ),
    case(
        "history: a misspelt column",
        HIST,
        "\tvalid_to\t",
        "\tvalid_too\t",
        false,
    ),
    // lineage_2025.tsv
    case("lineage: empty is_partial", LIN, "\t0\tGiữ nguyên", "\t\tGiữ nguyên", false),
    case(
        "lineage: the same pair twice",
        LIN,
        "99001\tcommune\t99001\tcommune\t0\tGiữ nguyên\t\n",
        "99001\tcommune\t99001\tcommune\t0\tGiữ nguyên\t\n99001\tcommune\t99001\tcommune\t0\t\t\n",
        false,
    ),
    case(
        "lineage: province to commune",
        LIN,
        "99\tprovince\t99\tprovince",
        "99\tprovince\t99001\tcommune",
        false,
    ),
    case(
        "lineage: a commune without successor",
        LIN,
        "99001\tcommune\t99001\tcommune\t0\tGiữ nguyên\t\n",
        "",
        false,
    ),
    case(
        "lineage: commune into another province than its province",
        LIN,
        "99001\tcommune\t99001\tcommune\t0\tGiữ nguyên\t\n",
        "99001\tcommune\t99001\tcommune\t1\t\t\n99001\tcommune\t98002\tcommune\t1\t\t\n",
        false,
    ),
    case("lineage: a misspelt column", LIN, "\tremark\n", "\tremarks\n", false),
    // units_2025_pre.tsv and aliases.tsv
    case(
        "pre: a misspelt column",
        PRE,
        "\tvalid_from\n",
        "\tvalid_form\n",
        false,
    ),
    case(
        "pre: province_code disagrees with the parent",
        PRE,
        "98002\tBình Yên\tthị trấn\tcommune\t981\t98",
        "98002\tBình Yên\tthị trấn\tcommune\t981\t99",
        false,
    ),
    case(
        "pre: a field too many",
        PRE,
        "Thị trấn Cầu Tre\t<=2017-03-06\n",
        "Thị trấn Cầu Tre\t<=2017-03-06\textra\n",
        false,
    ),
    case(
        "alias: no such unit",
        "aliases.tsv",
        "province\t98\t",
        "province\t97\t",
        false,
    ),
    case(
        "alias: a name the unit never had",
        "aliases.tsv",
        "\tSông Mây\t",
        "\tSông Núi\t",
        false,
    ),
];

/// A copy of the sample with the case's change, in a directory of its own.
fn write_case(i: usize, c: &Case) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("official-sample-{i}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for e in std::fs::read_dir(SAMPLE).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_str().unwrap().to_string();
        let mut text = std::fs::read_to_string(&p).unwrap();
        if name == c.file && !c.from.is_empty() {
            assert_eq!(
                text.matches(c.from).count(),
                1,
                "{}: `{}` not once in {name}",
                c.name,
                c.from
            );
            text = text.replacen(c.from, c.to, 1);
        }
        std::fs::write(dir.join(&name), text).unwrap();
    }
    dir
}

fn build(dir: &Path) -> Result<Gazetteer, hanhchinh_gazetteer::Error> {
    Gazetteer::builder().add_official_dir(dir)?.build()
}

/// The sample with the change of the case named `name`, built; written to the directory of the
/// case's index plus `offset` (one range of directories a test, apart from the others').
fn build_case(name: &str, offset: usize) -> Result<Gazetteer, hanhchinh_gazetteer::Error> {
    let i = CASES
        .iter()
        .position(|c| c.name == name)
        .unwrap_or_else(|| panic!("no case `{name}`"));
    build(&write_case(offset + i, &CASES[i]))
}

/// `python3 check.py --sample DIR`: `Some((accepted, output))`, `None` without python3.
fn check_py(dir: &Path) -> Option<(bool, String)> {
    let out = Command::new("python3")
        .arg(CHECK_PY)
        .arg("--sample")
        .arg(dir)
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    Some((out.status.success(), text))
}

#[test]
fn builder_and_check_py_accept_and_reject_the_same_rows() {
    let mut python = true;
    for (i, c) in CASES.iter().enumerate() {
        let dir = write_case(i, c);
        match build(&dir) {
            Ok(_) => assert!(c.ok, "builder accepted `{}`", c.name),
            Err(e) => {
                eprintln!("{}: {e}", c.name);
                assert!(!c.ok, "builder rejected `{}`: {e}", c.name)
            }
        }
        if !python {
            continue;
        }
        match check_py(&dir) {
            Some((ok, out)) => assert_eq!(
                ok,
                c.ok,
                "check.py {} `{}`:\n{out}",
                if ok { "accepted" } else { "rejected" },
                c.name
            ),
            None => {
                eprintln!("python3 not found: the check.py half of this test is skipped");
                python = false;
            }
        }
    }
}

#[test]
fn the_sample_builds_as_the_tables_say() {
    let g = build(Path::new(SAMPLE)).unwrap();
    // xã Bến Đò (2025-07-01) -> phường Bến Đò (2026-04-30), one edge between them.
    let v = g.versions(Level::Commune, "98001");
    let types: Vec<_> = v.iter().map(|u| (u.name(), u.unit_type())).collect();
    assert_eq!(
        types,
        [
            ("An Lạc Thượng", UnitType::Xa),
            ("An Lạc", UnitType::Xa),
            ("Bến Đò", UnitType::Xa),
            ("Bến Đò", UnitType::Phuong)
        ]
    );
    assert_eq!(v[2].validity().to, Some(date(2026, 4, 30)));
    assert_eq!(v[2].successors()[0].kind, EdgeKind::Change2026);
    assert_eq!(v[2].successors()[0].note, "1/2026/TEST");
    assert_eq!(v[3].note(), Some("1/2026/TEST"));
    assert_eq!(g.lookup("SM")[0].unit.code(), "98");
}

#[test]
fn a_rename_in_the_change_table_is_applied() {
    let g = build_case("rename and retype, both listed", 100).unwrap();
    let new = g.lookup("phường Bến Đò Mới");
    assert_eq!(new.len(), 1);
    assert_eq!(new[0].unit.validity().from, Some(date(2026, 4, 30)));
    let old = g.lookup("xã Bến Đò");
    assert_eq!(old[0].unit.validity().to, Some(date(2026, 4, 30)));
    assert_eq!(old[0].unit.successors()[0].unit, new[0].unit);
}

#[test]
fn a_move_in_the_change_table_is_applied() {
    let g = build_case("moved to the other province, parent listed", 100).unwrap();
    let v = g.versions(Level::Commune, "98001");
    let last = v.last().unwrap();
    assert_eq!(last.province().unwrap().name(), "Đồi Gió");
    assert_eq!(v[v.len() - 2].province().unwrap().name(), "Sông Mây");
}

/// Builds the case named `name`, which the builder rejects with an error at `file` (its name),
/// `line` and `column`, whose message holds each of `says`.
fn rejected_at(name: &str, (file, line, column): (&str, usize, usize), says: &[&str]) {
    let e = build_case(name, 200).err().unwrap();
    let m = e.to_string();
    let f = Path::new(e.source_name().unwrap()).file_name().unwrap();
    assert_eq!(
        (f.to_str().unwrap(), e.line(), e.column()),
        (file, Some(line), Some(column)),
        "{m}"
    );
    for s in says {
        assert!(m.contains(s), "{m}");
    }
}

#[test]
fn errors_name_file_line_and_column() {
    rejected_at(
        "renamed, but change says type only",
        (CHG, 2, 2),
        &[
            "the row has name `Bến Đò Mới`, but the version valid the day before has name `Bến Đò` (2025-07-01 .. …, from ",
            "list `name` in `change`",
        ],
    );
    rejected_at("change lists name, name unchanged", (CHG, 2, 8), &[]);
    rejected_at("no change column", (CHG, 1, 8), &["did you mean `change`?"]);
    rejected_at(
        "pre: a misspelt column",
        (PRE, 1, 8),
        &["did you mean `valid_from`?"],
    );
    rejected_at(
        "history: province_code disagrees with the parent",
        (HIST, 3, 6),
        &["province_code 99 (Đồi Gió) disagrees with its parent district 981 `Bến Đò`, which is in province 98 (Sông Mây)"],
    );
    rejected_at("lineage: a commune without successor", (PRE, 8, 1), &[]);
    rejected_at(
        "pre: a field too many",
        (PRE, 8, 9),
        &["9 fields, the header has 8 columns"],
    );
}
