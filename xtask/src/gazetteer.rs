//! `cargo xtask gen gazetteer`: compiles `data/gazetteer/*.tsv` into
//! `crates/hanhchinh-gazetteer/data/gazetteer.bin` (the embedded default of hanhchinh-gazetteer).
//!
//! The bytes are reproducible: the same tables give the same file. The crate's test
//! `tests/baked.rs` rebuilds them and fails when the checked-in file is stale.

use std::path::Path;

/// Regenerates the baked gazetteer under `root`.
pub fn generate(root: &Path) -> Result<(), String> {
    let src = root.join("data/gazetteer");
    let out = root.join("crates/hanhchinh-gazetteer/data/gazetteer.bin");
    let bytes = hanhchinh_gazetteer::compile_official(&src).map_err(|e| e.to_string())?;
    std::fs::write(&out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!(
        "xtask gen gazetteer: {} bytes -> {}",
        bytes.len(),
        out.display()
    );
    Ok(())
}
