//! `cargo xtask gen segment`: the embedded word map of `hanhchinh-segment`.
//!
//! Reads `data/lexicon/phobert_words.tsv` and writes `crates/hanhchinh-segment/data/words.fst`
//! (an `fst::Map` from the canonical key of each word to its corpus count) with
//! `hanhchinh_segment::build_word_map`, the same function the crate's staleness test runs.

use std::path::Path;

/// Source list, relative to the workspace root.
const SOURCE: &str = "data/lexicon/phobert_words.tsv";
/// Generated map, relative to the workspace root.
const TARGET: &str = "crates/hanhchinh-segment/data/words.fst";

/// Regenerates the word map under `root`.
pub fn generate(root: &Path) -> Result<(), String> {
    let src = root.join(SOURCE);
    let tsv = std::fs::read_to_string(&src).map_err(|e| format!("{}: {e}", src.display()))?;
    let bytes =
        hanhchinh_segment::build_word_map(&tsv).map_err(|e| format!("{}: {e}", src.display()))?;
    let dst = root.join(TARGET);
    std::fs::write(&dst, &bytes).map_err(|e| format!("{}: {e}", dst.display()))?;
    eprintln!(
        "xtask gen segment: wrote {} ({} bytes)",
        dst.display(),
        bytes.len()
    );
    Ok(())
}
