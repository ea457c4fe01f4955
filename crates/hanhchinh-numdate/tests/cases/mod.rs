//! The runner of the case files of `tests/cases/*.tsv`, shared by the tests of this crate and
//! of `hanhchinh-abbrev` (which include this file by its path).
//!
//! A case file holds one case a line, its columns apart by tabs, the text first (as it is: no
//! quotes, no escapes, no trimming). A line that opens with `##` names a section (the test its
//! cases came from); other lines that open with `#` are comments, on the cases after them;
//! blank lines part groups. Each file's header says what its columns mean and which test reads
//! it.
#![cfg(test)]
#![allow(dead_code)]

use std::fmt::Debug;
use std::path::Path;

/// Checks every case of `tests/cases/{name}` (from the directory of the package under test)
/// with `check`, given the case's columns, and fails with all the failures together, each with
/// its file, line, section and case.
pub fn run(name: &str, check: impl Fn(&[&str]) -> Result<(), String>) {
    let file = format!("tests/cases/{name}");
    let data = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(&file))
        .unwrap_or_else(|e| panic!("{file}: {e}"));
    let (mut section, mut cases, mut failures) = ("", 0, Vec::new());
    for (i, line) in data.lines().enumerate() {
        if let Some(name) = line.strip_prefix("## ") {
            section = name;
        } else if !line.is_empty() && !line.starts_with('#') {
            cases += 1;
            let columns: Vec<&str> = line.split('\t').collect();
            if let Err(e) = check(&columns) {
                failures.push(format!("{file}:{} ({section}): {columns:?}: {e}", i + 1));
            }
        }
    }
    assert!(cases > 0, "{file}: no case");
    assert!(
        failures.is_empty(),
        "{} of the {cases} cases of {file} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The text of a case and its items of `width` columns each, none where the text is followed
/// by `none`; an error where the columns after the text make no items.
pub fn items<'c, 'a>(
    columns: &'c [&'a str],
    width: usize,
) -> Result<(&'a str, Vec<&'c [&'a str]>), String> {
    match columns {
        [text, "none"] => Ok((text, vec![])),
        [text, rest @ ..] if !rest.is_empty() && rest.len() % width == 0 => {
            Ok((text, rest.chunks(width).collect()))
        }
        _ => Err(format!(
            "not a case: want the text, then `none` or {width} columns for each item"
        )),
    }
}

/// Nothing where `got` is `want`, else an error that shows both.
pub fn compare<T: PartialEq + Debug>(got: T, want: T) -> Result<(), String> {
    if got == want {
        Ok(())
    } else {
        Err(format!("want {want:?}, got {got:?}"))
    }
}

/// Checks the `field=value` columns of a case, `-` for a value standing for none: `got` gives
/// what was found for a field, or an error for a field it does not know.
pub fn fields(
    columns: &[&str],
    got: impl Fn(&str) -> Result<Option<String>, String>,
) -> Result<(), String> {
    let (mut found, mut want) = (Vec::new(), Vec::new());
    for column in columns {
        let (field, value) = column
            .split_once('=')
            .ok_or("not a case: want `field=value`")?;
        found.push((field, got(field)?));
        want.push((field, optional(value).map(str::to_string)));
    }
    compare(found, want)
}

/// A column that may be empty: `-` is `None`.
pub fn optional(column: &str) -> Option<&str> {
    (column != "-").then_some(column)
}
