//! Counts per level (data/gazetteer/README.md "Counts", in `tests/cases/counts.tsv`), the seed
//! units of issue 3 and their post-2025 successors (the output of data/gazetteer/check.py,
//! copied here).

use hanhchinh_cases::{compare, Cases};
use hanhchinh_gazetteer::{
    Date, EdgeKind, Gazetteer, Hints, Level, UnitType, LAST_PRE_REFORM, REFORM_2025,
};
use jiff::civil::date;

fn count(g: &Gazetteer, d: Date, l: Level, t: Option<UnitType>) -> usize {
    g.units_on(d)
        .filter(|u| u.level() == l && t.map_or(true, |t| u.unit_type() == t))
        .count()
}

/// Every case of `tests/cases/counts.tsv` (its header says what the columns mean).
#[test]
fn counts_per_level_match_the_source_readme() {
    let g = Gazetteer::default();
    Cases::open(env!("CARGO_MANIFEST_DIR"), "counts.tsv").run(|columns| {
        let [d, l, t, n] = columns else {
            return Err("not a case: want `date, level, type, count`".into());
        };
        let d: Date = d.parse().map_err(|e| format!("not a case: {e}"))?;
        let l = Level::parse(l).ok_or_else(|| format!("not a case: no level `{l}`"))?;
        let t = match *t {
            "-" => None,
            t => match UnitType::from_ident(t) {
                Some(t) => Some(t),
                None => return Err(format!("not a case: no type `{t}`")),
            },
        };
        let n: usize = n.parse().map_err(|e| format!("not a case: {e}"))?;
        compare(count(&g, d, l, t), n)
    });
}

#[test]
fn every_unit_and_edge_is_loaded() {
    let g = Gazetteer::default();
    // 10,794 pre + 3,355 post + 2,465 history + 25 versions after the 2026 changes.
    assert_eq!(g.len(), 10_794 + 3_355 + 2_465 + 25);
    let reform: usize = g
        .units()
        .map(|u| {
            u.successors()
                .iter()
                .filter(|l| l.kind == EdgeKind::Reform2025)
                .count()
        })
        .sum();
    assert_eq!(reform, 10_633);
    let partial_communes = g
        .units_on(LAST_PRE_REFORM)
        .filter(|u| u.level() == Level::Commune && u.successors().iter().any(|l| l.partial))
        .count();
    assert_eq!(partial_communes, 440);
    // Every post-reform unit has a predecessor.
    assert!(g
        .units_on(REFORM_2025)
        .all(|u| !u.predecessors().is_empty()));
}

/// (query, within, code, full official address, post-2025 successor codes)
const SEEDS: &[(&str, &str, &str, &str, &[&str])] = &[
    (
        "quận Nam Từ Liêm",
        "Hà Nội",
        "019",
        "Quận Nam Từ Liêm, Thành phố Hà Nội",
        &[],
    ),
    (
        "quận Ba Đình",
        "Hà Nội",
        "001",
        "Quận Ba Đình, Thành phố Hà Nội",
        &[],
    ),
    (
        "quận Tây Hồ",
        "Hà Nội",
        "003",
        "Quận Tây Hồ, Thành phố Hà Nội",
        &[],
    ),
    (
        "quận Lê Chân",
        "Hải Phòng",
        "305",
        "Quận Lê Chân, Thành phố Hải Phòng",
        &[],
    ),
    (
        "huyện Quỳnh Phụ",
        "Thái Bình",
        "338",
        "Huyện Quỳnh Phụ, Tỉnh Thái Bình",
        &[],
    ),
    (
        "phường Phú Thượng",
        "quận Tây Hồ",
        "00091",
        "Phường Phú Thượng, Quận Tây Hồ, Thành phố Hà Nội",
        &["00091", "00097", "00103"],
    ),
    (
        "phường Dư Hàng Kênh",
        "Lê Chân",
        "11404",
        "Phường Dư Hàng Kênh, Quận Lê Chân, Thành phố Hải Phòng",
        &["11383"],
    ),
    (
        "phường Vĩnh Niệm",
        "Lê Chân",
        "11407",
        "Phường Vĩnh Niệm, Quận Lê Chân, Thành phố Hải Phòng",
        &["11383", "11407"],
    ),
    (
        "xã An Khê",
        "Quỳnh Phụ",
        "12475",
        "Xã An Khê, Huyện Quỳnh Phụ, Tỉnh Thái Bình",
        &["12499"],
    ),
];

#[test]
fn seed_units_resolve_to_codes_and_successors() {
    let g = Gazetteer::default();
    for &(q, within, code, address, succ) in SEEDS {
        let hints = Hints {
            within: Some(within),
            as_of: Some(date(2022, 1, 1)),
            ..Hints::default()
        };
        let u = g.resolve(q, &hints).unit().unwrap_or_else(|| panic!("{q}"));
        assert_eq!(u.code(), code, "{q}");
        assert_eq!(u.official_address(), address);
        let now: Vec<&str> = g
            .successors_on(u, REFORM_2025)
            .iter()
            .map(|s| s.unit.code())
            .collect();
        if succ.is_empty() {
            // Districts were abolished: their successors are their communes' successors.
            assert!(!now.is_empty(), "{q}");
            assert!(g
                .successors_on(u, REFORM_2025)
                .iter()
                .all(|s| s.unit.level() == Level::Commune));
        } else {
            assert_eq!(now, succ, "{q}");
        }
    }
}

#[test]
fn the_two_phu_thuong_and_the_post_one() {
    let g = Gazetteer::default();
    // [pre] phường Phú Thượng (19930), quận Thuận Hóa, thành phố Huế -> phường Mỹ Thượng (19930)
    let u = g
        .find_code(Level::Commune, "19930", LAST_PRE_REFORM)
        .unwrap();
    assert_eq!(
        u.official_address(),
        "Phường Phú Thượng, Quận Thuận Hóa, Thành phố Huế"
    );
    let s = g.successors_on(u, REFORM_2025);
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].unit.full_name(), "Phường Mỹ Thượng");
    // [post] phường Phú Thượng (00091), thành phố Hà Nội
    let p = g.find_code(Level::Commune, "00091", REFORM_2025).unwrap();
    assert_eq!(p.official_address(), "Phường Phú Thượng, Thành phố Hà Nội");
    assert!(p.predecessors().len() >= 2);
    // 19930 was a xã of huyện Phú Vang until 2021-08-01: a Version edge links the two.
    let old = g
        .find_code(Level::Commune, "19930", date(2020, 1, 1))
        .unwrap();
    assert_eq!(old.unit_type(), UnitType::Xa);
    assert_eq!(old.successors()[0].kind, EdgeKind::Version);
    assert_eq!(old.successors()[0].unit, u);
}

#[test]
fn codes_are_reused_across_eras() {
    let g = Gazetteer::default();
    let v = g.versions(Level::Commune, "00004");
    let names: Vec<&str> = v.iter().map(|u| u.name()).collect();
    assert_eq!(names, ["Trúc Bạch", "Ba Đình"]);
    // 26740 was Phường Bến Nghé, later Phường Sài Gòn.
    let v = g.versions(Level::Commune, "26740");
    assert_eq!(v.first().unwrap().name(), "Bến Nghé");
    assert_eq!(v.last().unwrap().name(), "Sài Gòn");
}

#[test]
fn hierarchy_and_cities() {
    let g = Gazetteer::default();
    let hn = g.find_code(Level::Province, "01", LAST_PRE_REFORM).unwrap();
    assert!(hn.is_centrally_run_city());
    assert_eq!(hn.children().count(), 30);
    let tb = g.find_code(Level::Province, "34", LAST_PRE_REFORM).unwrap();
    assert!(!tb.is_centrally_run_city());
    let qp = g
        .find_code(Level::District, "338", LAST_PRE_REFORM)
        .unwrap();
    assert_eq!(qp.province().unwrap(), tb);
    assert!(qp.children().any(|c| c.code() == "12475"));
    // Đồng Nai became a centrally-run city on 2026-04-30.
    let dn = g
        .find_code(Level::Province, "75", date(2026, 5, 1))
        .unwrap();
    assert!(dn.is_centrally_run_city());
    let before = g
        .find_code(Level::Province, "75", date(2026, 4, 29))
        .unwrap();
    assert!(!before.is_centrally_run_city());
    assert_eq!(before.successors()[0].kind, EdgeKind::Change2026);
    assert_eq!(before.successors()[0].note, "30/2026/QH16");
}
