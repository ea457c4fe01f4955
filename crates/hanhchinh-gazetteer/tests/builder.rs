//! User extension: TSV tables, errors with file/line/column/reason, nothing half-loaded,
//! compile to bytes and load back.
#![cfg(test)]

use hanhchinh_gazetteer::{EdgeKind, Gazetteer, Hints, Level, UnitType, REFORM_2025};
use jiff::civil::date;

const HEADER: &str =
    "code\tname\ttype\tlevel\tparent_code\tprovince_code\tvalid_from\tvalid_to\tname_variants\n";

fn err(tsv: &str) -> hanhchinh_gazetteer::Error {
    match Gazetteer::builder()
        .with_default()
        .add_tsv_named("user.tsv", tsv.as_bytes())
        .and_then(|b| b.build())
    {
        Ok(_) => panic!("accepted: {tsv}"),
        Err(e) => e,
    }
}

#[test]
fn bad_rows_say_where_and_why() {
    let e = err(&format!("{HEADER}00091-1\tPhú Gia\tthôn\tvillage\t00091\t01\t2025-07-01\t\t\n00091-2\tPhú Xá\tthôn\tvilage\t00091\t01\t\t\t\n"));
    assert_eq!(
        (e.source_name(), e.line(), e.column()),
        (Some("user.tsv"), Some(3), Some(4))
    );
    assert!(e.to_string().contains("level `vilage`"), "{e}");

    let e = err(&format!(
        "{HEADER}00091-1\tPhú Gia\tthôn\tvillage\t00091\t01\t2025-13-01\t\t\n"
    ));
    assert_eq!((e.line(), e.column()), (Some(2), Some(7)));

    let e = err(&format!(
        "{HEADER}00091-1\t\tthôn\tvillage\t00091\t01\t\t\t\n"
    ));
    assert_eq!((e.line(), e.column()), (Some(2), Some(2)));

    let e = err(&format!(
        "{HEADER}00091-1\tPhú Gia\tthôn\tvillage\t00091\t01\t2025-07-01\t2025-01-01\t\n"
    ));
    assert_eq!((e.line(), e.column()), (Some(2), Some(8)));

    let e = err(&format!(
        "{HEADER}00091-1\tPhú Gia\tthôn\tvillage\t00091\t01\t\t\t\textra\n"
    ));
    assert_eq!(e.line(), Some(2));

    let e = err("name\tcode\n");
    assert_eq!((e.line(), e.column()), (Some(1), Some(1)));

    // A parent that does not exist at the time (line 2, consistency).
    let e = err(&format!(
        "{HEADER}99999-1\tPhú Gia\tthôn\tvillage\t99999\t01\t\t\t\n"
    ));
    assert_eq!(e.line(), Some(2));
    assert!(e.to_string().contains("no unit with code 99999"), "{e}");

    // A second version of an existing code overlapping the official one.
    let e = err(&format!(
        "{HEADER}001\tBa Đình Mới\tquận\tdistrict\t01\t01\t2020-01-01\t\t\n"
    ));
    assert!(e.to_string().contains("overlaps"), "{e}");

    // Not UTF-8.
    let mut bytes = HEADER.as_bytes().to_vec();
    bytes.extend_from_slice(b"1\tA\xff\n");
    let e = Gazetteer::builder()
        .add_tsv_named("bin.tsv", &bytes[..])
        .unwrap_err();
    assert_eq!((e.line(), e.column()), (Some(2), Some(4)));
}

#[test]
fn a_failed_add_leaves_the_builder_untouched() {
    // add_tsv consumes the builder only on success; on error nothing was added anywhere.
    let good = format!("{HEADER}00091-1\tPhú Gia\tthôn\tvillage\t00091\t01\t2025-07-01\t\t\n");
    let bad = format!("{HEADER}00091-2\tPhú Xá\tthôn\tvillage\t00091\t01\t\t\t\n00091-3\tX\tthôn\tnope\t00091\t01\t\t\t\n");
    let b = Gazetteer::builder().with_default();
    let b2 = b.clone().add_tsv(good.as_bytes()).unwrap();
    assert!(b.clone().add_tsv(bad.as_bytes()).is_err());
    let g = b2.build().unwrap();
    assert_eq!(g.lookup("thôn Phú Gia").len(), 1);
    assert!(g.lookup("thôn Phú Xá").is_empty());
    assert_eq!(g.len(), Gazetteer::default().len() + 1);
}

#[test]
fn villages_aliases_and_round_trip() {
    let units = format!(
        "{HEADER}00091-1\tPhú Gia\tthôn\tvillage\t00091\t01\t2025-07-01\t\tPhú Da\n\
         00091-2\tTổ 5\ttổ dân phố\tvillage\t00091\t01\t2025-07-01\t\t\n"
    );
    let aliases =
        "alias\tlevel\tcode\tname\treason\nHà Thành\tprovince\t01\tHà Nội\tliterary name\n";
    let g = Gazetteer::builder()
        .with_default()
        .add_tsv_named("villages.tsv", units.as_bytes())
        .unwrap()
        .add_tsv_named("aliases.tsv", aliases.as_bytes())
        .unwrap()
        .data_version("test 1")
        .build()
        .unwrap();
    let m = g.lookup("thon phu da");
    assert_eq!(m.len(), 1);
    let u = m[0].unit;
    assert_eq!(u.unit_type(), UnitType::Thon);
    assert_eq!(
        u.official_address(),
        "Thôn Phú Gia, Phường Phú Thượng, Thành phố Hà Nội"
    );
    assert_eq!(u.parent().unwrap().validity().from, Some(REFORM_2025));
    let parent = u.parent().unwrap();
    assert_eq!(parent.children().count(), 2);
    assert_eq!(g.lookup("Hà Thành")[0].unit.code(), "01");
    assert_eq!(
        g.resolve_address("Thôn Phú Gia, Phú Thượng, Hà Nội", &Hints::default())
            .unit(),
        Some(u)
    );

    // Bytes round trip: identical, and the same answers.
    let bytes = g.to_bytes().to_vec();
    let again = Gazetteer::from_bytes(bytes.clone()).unwrap();
    assert_eq!(again.to_bytes(), &bytes[..]);
    assert_eq!(again.data_version(), "test 1");
    assert_eq!(again.lookup("thôn Phú Gia")[0].unit.code(), "00091-1");
    // Rebuilding from the loaded gazetteer gives the same bytes (deterministic).
    let rebuilt = Gazetteer::builder()
        .with_gazetteer(&again)
        .compile()
        .unwrap();
    assert_eq!(rebuilt, bytes);
}

#[test]
fn default_rebuilds_to_the_same_bytes() {
    let g = Gazetteer::default();
    let bytes = Gazetteer::builder().with_default().compile().unwrap();
    assert_eq!(bytes, g.to_bytes());
    assert_eq!(g.versions(Level::Province, "01").len(), 2);
}

/// The worked example of docs/extending-gazetteer.md: the files of data/examples/.
#[test]
fn docs_worked_example() {
    let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/examples/");
    let mut b = Gazetteer::builder().with_default();
    for f in ["villages.tsv", "aliases.tsv", "changes.tsv"] {
        let file = std::fs::File::open(format!("{examples}{f}")).unwrap();
        b = b.add_tsv_named(f, file).unwrap();
    }
    let g = b
        .data_version("official + my villages 2026-11")
        .build()
        .unwrap();
    let v = g.lookup("thon phu da");
    assert_eq!(v[0].unit.level(), Level::Village);
    assert_eq!(
        v[0].unit.official_address(),
        "Thôn Phú Gia, Phường Phú Thượng, Thành phố Hà Nội"
    );
    let u = g
        .resolve_address("Thôn Phú Gia, P. Phú Thượng, Thủ đô", &Hints::default())
        .unit();
    assert_eq!(u.map(|u| u.code()), Some("00091-01"));
    // changes.tsv: thôn Phú Gia is a tổ dân phố from 2026-01-01; tổ dân phố Phú Thượng is
    // renamed Phú Thượng Đông.
    let versions = g.versions(Level::Village, "00091-01");
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[0].unit_type(), UnitType::Thon);
    assert_eq!(versions[0].validity().to, Some(date(2026, 1, 1)));
    assert_eq!(versions[1].unit_type(), UnitType::ToDanPho);
    assert_eq!(versions[1].successors().len(), 0);
    assert_eq!(versions[0].successors()[0].unit, versions[1]);
    let renamed = g.lookup("tổ dân phố Phú Thượng Đông");
    assert_eq!(renamed.len(), 1);
    assert_eq!(renamed[0].unit.code(), "00091-02");
    let c = g.convert(
        "Tổ dân phố Phú Thượng, phường Phú Thượng, Hà Nội",
        date(2026, 6, 1),
    );
    let new: Vec<_> = c.successors.iter().map(|s| s.unit.name()).collect();
    assert_eq!(new, ["Phú Thượng Đông"]);
    let again = Gazetteer::from_bytes(g.to_bytes().to_vec()).unwrap();
    assert_eq!(again.len(), g.len());
    let bad = "code\tname\ttype\tlevel\tparent_code\tprovince_code\n00091-03\tPhú Xá\tthon\tvillage\t00091\t01\n";
    let e = Gazetteer::builder()
        .add_tsv_named("bad.tsv", bad.as_bytes())
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "bad.tsv:2:3: bad row: type `thon` is not a unit type of level village"
    );
}

/// Issue 15 item 5: the checks of a user's table.
#[test]
fn user_tables_are_checked_column_by_column() {
    // A misspelt header is an error naming the expected columns (it used to be ignored, leaving
    // the unit valid at all times).
    let e = err(
        "code\tname\ttype\tlevel\tparent_code\tprovince_code\tvalid_form\n\
                 00091-1\tPhú Gia\tthôn\tvillage\t00091\t01\t2025-07-01\n",
    );
    assert_eq!((e.line(), e.column()), (Some(1), Some(7)));
    let m = e.to_string();
    assert!(
        m.contains("unknown column `valid_form` (did you mean `valid_from`?)"),
        "{m}"
    );
    assert!(
        m.contains("`valid_from valid_to name_variants status note"),
        "{m}"
    );
    assert!(m.ends_with("separated by tabs"), "{m}");
    // Commas instead of tabs.
    let e = err("code,name,type,level,parent_code,province_code\n");
    assert!(e.to_string().contains("separated by tabs, not `,`"), "{e}");
    // Too few fields: both counts.
    let e = err(&format!(
        "{HEADER}00091-1\tPhú Gia thôn\tvillage\t00091\t01\t\t\t\n"
    ));
    assert_eq!((e.line(), e.column()), (Some(2), Some(9)));
    assert!(
        e.to_string().contains("8 fields, the header has 9 columns"),
        "{e}"
    );
    // A parent in Hà Nội and a province_code of Hồ Chí Minh.
    let e = err(&format!(
        "{HEADER}00091-1\tPhú Gia\tthôn\tvillage\t00091\t79\t2025-07-01\t\t\n"
    ));
    assert_eq!(
        (e.source_name(), e.line(), e.column()),
        (Some("user.tsv"), Some(2), Some(6))
    );
    assert!(
        e.to_string().contains("province_code 79 (Hồ Chí Minh) disagrees with its parent commune 00091 `Phú Thượng`, which is in province 01 (Hà Nội)"),
        "{e}"
    );
    // A province with a parent.
    let e = err(&format!("{HEADER}97\tThử\ttỉnh\tprovince\t01\t97\t\t\t\n"));
    assert_eq!((e.line(), e.column()), (Some(2), Some(5)));
    // The natural row for a rename overlaps the current version: the error says what to write.
    let e = err(&format!(
        "{HEADER}00091\tPhú Thượng Mới\tphường\tcommune\t01\t01\t2027-01-01\t\t\n"
    ));
    assert_eq!((e.line(), e.column()), (Some(2), Some(1)));
    assert!(e.to_string().contains("write a change table"), "{e}");
}

const CHANGES: &str =
    "code\tname\ttype\tlevel\tparent_code\tprovince_code\tvalid_from\tchange\tnote\n";

/// Issue 15 item 5: renaming or retyping an official unit from a date (invented changes).
#[test]
fn a_change_table_renames_and_retypes_official_units() {
    let tsv = format!(
        "{CHANGES}00091\tPhú Thượng Mới\tphường\tcommune\t01\t01\t2027-01-01\tname\tinvented\n\
         12475\tAn Khê\tthị trấn\tcommune\t338\t34\t2020-01-01\ttype\tinvented\n"
    );
    let g = Gazetteer::builder()
        .with_default()
        .add_tsv_named("changes.tsv", tsv.as_bytes())
        .unwrap()
        .build()
        .unwrap();
    assert_eq!(g.len(), Gazetteer::default().len() + 2);
    let new = g.lookup("phường Phú Thượng Mới");
    assert_eq!(new.len(), 1);
    let new = new[0].unit;
    assert_eq!(new.validity().from, Some(date(2027, 1, 1)));
    assert_eq!(new.note(), Some("invented"));
    let old = g
        .versions(Level::Commune, "00091")
        .into_iter()
        .find(|u| u.validity().from == Some(REFORM_2025))
        .unwrap();
    assert_eq!(old.validity().to, Some(date(2027, 1, 1)));
    assert_eq!(old.successors()[0].unit, new);
    assert_eq!(old.successors()[0].kind, EdgeKind::Change2026);
    // Before 2027 the old name; an address converted to a day of 2027 gets the new version.
    assert_eq!(g.lookup("phường Phú Thượng")[0].unit.name(), "Phú Thượng");
    let c = g.convert("phường Phú Thượng, Hà Nội", date(2027, 6, 1));
    assert_eq!(c.successors[0].unit, new);
    // xã An Khê (Quỳnh Phụ) a thị trấn from 2020: the 2025-06-30 version splits in two.
    let v = g.versions(Level::Commune, "12475");
    let types: Vec<_> = v.iter().map(|u| u.unit_type()).collect();
    assert_eq!(types, [UnitType::Xa, UnitType::ThiTran]);
    assert_eq!(v[0].successors()[0].kind, EdgeKind::Version);
    assert_eq!(v[1].parent().unwrap().name(), "Quỳnh Phụ");

    // A change that does not list what changes, or lists what does not: errors at the column.
    let bad = |row: &str| {
        Gazetteer::builder()
            .with_default()
            .add_tsv_named("changes.tsv", format!("{CHANGES}{row}\n").as_bytes())
            .and_then(|b| b.build())
            .unwrap_err()
    };
    let e = bad("00091\tPhú Thượng Mới\tphường\tcommune\t01\t01\t2027-01-01\ttype\t");
    assert_eq!((e.line(), e.column()), (Some(2), Some(2)));
    let e = bad("00091\tPhú Thượng\tphường\tcommune\t01\t01\t2027-01-01\tname\t");
    assert_eq!((e.line(), e.column()), (Some(2), Some(8)));
    let e = bad("00091\tPhú Thượng\txã\tcommune\t01\t01\t2027-01-01\t\t");
    assert_eq!((e.line(), e.column()), (Some(2), Some(8)));
    let e = bad("00091\tPhú Thượng\txã\tcommune\t01\t01\t<=2027-01-01\ttype\t");
    assert_eq!((e.line(), e.column()), (Some(2), Some(7)));
    let e = bad("99999\tPhú Thượng\txã\tcommune\t01\t01\t2027-01-01\ttype\t");
    assert!(
        e.to_string().contains("no version of it is valid that day"),
        "{e}"
    );
}
