//! The case files of this folder (`*.tsv`), read by the tests that run their cases
//! (`tests/seeds.rs`, `tests/eval.rs`, `tests/address_forms.rs` and `src/find/tests.rs`).
//!
//! A file starts with comments saying what its columns mean, then has one case a line, the
//! columns separated by one tab. A line starting with `#` is a comment (it says what the cases
//! below it show); blank lines part groups of cases.
#![cfg(test)]

/// The cases of the file `name` of this folder, in order, each with its place
/// (`tests/cases/NAME:LINE`, for the failure messages) and its `N` columns.
pub fn cases<const N: usize>(name: &str) -> Vec<(String, [String; N])> {
    let path = format!("{}/tests/cases/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let cases: Vec<(String, [String; N])> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
        .map(|(i, line)| {
            let at = format!("tests/cases/{name}:{}", i + 1);
            let columns: Vec<String> = line.split('\t').map(String::from).collect();
            let columns = columns.try_into().unwrap_or_else(|c: Vec<String>| {
                panic!("{at}: {} columns, not {N}: {line:?}", c.len())
            });
            (at, columns)
        })
        .collect();
    assert!(!cases.is_empty(), "tests/cases/{name}: no case");
    cases
}
