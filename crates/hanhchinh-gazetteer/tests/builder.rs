//! User extension: TSV tables, errors with file/line/column/reason, nothing half-loaded,
//! compile to bytes and load back.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use hanhchinh_gazetteer::{Gazetteer, Hints, Level, UnitType, REFORM_2025};

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

/// The worked example of docs/extending-gazetteer.md.
#[test]
fn docs_worked_example() {
    let villages = "code\tname\ttype\tlevel\tparent_code\tprovince_code\tvalid_from\tvalid_to\tname_variants\tnote\n\
        00091-01\tPhú Gia\tthôn\tvillage\t00091\t01\t2025-07-01\t\tPhú Da\texample row\n\
        00091-02\tPhú Thượng\ttổ dân phố\tvillage\t00091\t01\t2025-07-01\t\t\texample row\n";
    let aliases = "alias\tlevel\tcode\tname\treason\nThủ đô\tprovince\t01\tHà Nội\tthe capital, as newspapers write it\n";
    let g = Gazetteer::builder()
        .with_default()
        .add_tsv_named("villages.tsv", villages.as_bytes())
        .unwrap()
        .add_tsv_named("aliases.tsv", aliases.as_bytes())
        .unwrap()
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
