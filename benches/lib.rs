//! Shared corpus loading for the hanhchinh benchmarks.
//!
//! By default the corpus is real Vietnamese text, each source once: the five sample pages of
//! `data/corpus/seeds/` (scraped district news, faults included) and the whole UD Vietnamese VTB
//! sentence file of `corpus/ud/` (2,523 sentences, CC BY-SA 4.0; this package is never
//! published), about 340 KB. Nothing is repeated, so no benchmark measures a cache warmed by an
//! earlier copy of the same text. Throughput is reported in bytes of input.
//!
//! Any UTF-8 file replaces it: set [`CORPUS_ENV`] to its path,
//! `HANHCHINH_BENCH_CORPUS=news.txt cargo bench -p hanhchinh-benches --bench text`.

#![allow(clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

/// The environment variable naming a UTF-8 file that every benchmark reads instead of the
/// default corpus. A relative path is looked for in the directory `cargo bench` was started
/// from (the shell's `PWD`; cargo runs benchmarks in the package's own directory), then in the
/// repository root, then in `benches/`.
pub const CORPUS_ENV: &str = "HANHCHINH_BENCH_CORPUS";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The built-in texts, one `String` per file: the five seed pages, then the UD sentences.
pub fn sources() -> Vec<String> {
    let mut out = Vec::new();
    let seeds = root().join("../data/corpus/seeds");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&seeds)
        .expect("data/corpus/seeds is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    for p in paths {
        out.push(std::fs::read_to_string(&p).expect("seed page is UTF-8"));
    }
    let ud = root().join("corpus/ud/vi_vtb_sentences.txt");
    out.push(std::fs::read_to_string(ud).expect("UD sentences are UTF-8"));
    out
}

/// The built-in corpus: every source of [`sources`] once, documents separated by a blank line.
pub fn default_corpus() -> String {
    sources().join("\n\n")
}

/// The benchmark corpus: the file named by [`CORPUS_ENV`] when it is set, else
/// [`default_corpus`]. A file that cannot be read or is not UTF-8 stops the benchmark with a
/// message naming it.
pub fn corpus() -> String {
    match std::env::var_os(CORPUS_ENV) {
        Some(path) => {
            let path = resolve(PathBuf::from(path));
            let bytes = std::fs::read(&path)
                .unwrap_or_else(|e| panic!("{CORPUS_ENV}={}: cannot read it: {e}", path.display()));
            String::from_utf8(bytes).unwrap_or_else(|e| {
                panic!(
                    "{CORPUS_ENV}={}: not UTF-8 at byte {} (convert it first, e.g. with \
                     `hanhchinh decode`)",
                    path.display(),
                    e.utf8_error().valid_up_to()
                )
            })
        }
        None => default_corpus(),
    }
}

/// A relative corpus path found as [`CORPUS_ENV`] says (the path as given when found nowhere,
/// so that the error names it).
fn resolve(path: PathBuf) -> PathBuf {
    if path.is_absolute() {
        return path;
    }
    let bases = [
        std::env::var_os("PWD").map(PathBuf::from),
        Some(root().join("..")),
        Some(root()),
    ];
    bases
        .into_iter()
        .flatten()
        .map(|b| b.join(&path))
        .find(|p| p.is_file())
        .unwrap_or(path)
}

/// The same text as [`corpus`], under the name the older benchmarks use (it used to be the
/// seed pages alone, repeated about 100 times).
pub fn news_corpus() -> String {
    corpus()
}

/// Where the corpus comes from, for a benchmark's report: the file's path, or `default`.
pub fn corpus_name() -> String {
    std::env::var_os(CORPUS_ENV).map_or_else(
        || "default (seed pages + UD sentences, once)".to_owned(),
        |p| PathBuf::from(p).display().to_string(),
    )
}
