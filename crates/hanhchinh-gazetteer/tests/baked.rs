//! The embedded `data/gazetteer.bin` must be exactly what `cargo xtask gen gazetteer` produces
//! from `data/gazetteer/*.tsv` of the repository. Skipped (with a message) when the sources are
//! absent, as in a packaged crate.

use std::path::Path;

#[test]
fn baked_gazetteer_is_fresh() {
    let src = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/gazetteer"));
    if !src.join("units_2025_pre.tsv").exists() {
        eprintln!("skipped: {} not found (packaged crate)", src.display());
        return;
    }
    let fresh = hanhchinh_gazetteer::compile_official(src).expect("the official tables compile");
    let baked = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/gazetteer.bin")).unwrap();
    assert!(
        fresh == baked,
        "crates/hanhchinh-gazetteer/data/gazetteer.bin is stale ({} bytes baked, {} fresh): run `cargo xtask gen gazetteer`",
        baked.len(),
        fresh.len()
    );
}

#[test]
fn embedded_size_is_under_3_mb() {
    let g = hanhchinh_gazetteer::Gazetteer::default();
    assert!(g.to_bytes().len() < 3 << 20, "{}", g.to_bytes().len());
}
