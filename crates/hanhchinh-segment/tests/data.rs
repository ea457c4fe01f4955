//! The embedded word map: it loads, it holds what the source says, and it is not stale.

use std::path::PathBuf;

#[test]
fn embedded_map_loads_and_is_keyed_canonically() {
    let map = fst::Map::new(hanhchinh_segment::embedded_word_map()).unwrap();
    assert!(map.len() > 33_000, "{} words", map.len());
    // `hoà` (modern placement in the source) is stored under the canonical key `hòa`.
    assert!(map.get("hòa").unwrap() >= 217_175);
    assert!(map.get("hoà").is_none());
    // Case is folded into the key: `Hà Nội` is stored as `hà nội`.
    assert!(map.get("hà nội").is_some());
    assert!(map.get("thi đua").is_some());
}

#[test]
fn embedded_map_is_fresh() {
    let src =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/lexicon/phobert_words.tsv");
    let Ok(tsv) = std::fs::read_to_string(&src) else {
        eprintln!(
            "skipping embedded_map_is_fresh: {} is absent (published package?)",
            src.display()
        );
        return;
    };
    let rebuilt = hanhchinh_segment::build_word_map(&tsv).unwrap();
    assert!(
        rebuilt == hanhchinh_segment::embedded_word_map(),
        "crates/hanhchinh-segment/data/words.fst is stale: run `cargo xtask gen segment`"
    );
}
