//! The case files of the workspace's tests, read and run: the test-support crate of the
//! `hanhchinh` workspace, a dev-dependency of the crates whose tests have case files. It is not
//! published (a path dev-dependency without a version, which `cargo package` drops).
//!
//! A case file is `tests/cases/NAME.tsv` in the directory of a package. It holds one case a
//! line, its columns apart by tabs, taken as they are (no quotes, no escapes, no trimming: what a
//! column means, escapes included, is the business of the test that reads the file). A line
//! that opens with `## ` names a section (the test its cases came from) for the cases after it;
//! other lines that open with `#` are comments, on the cases after them; blank lines part
//! groups. Each file's header says what its columns mean and which test reads it.
//!
//! [`Cases::run`] checks every case and fails with all the failures together, each with its
//! file, line, section and columns; [`Cases::iter`] gives the cases with their place, for a test
//! that needs them all at once. [`items`], [`compare`], [`fields`] and [`optional`] help to
//! write the checks. [`messy_text`] generates the messy Vietnamese text of the property tests;
//! [`seed_pages`] reads the workspace's sample pages.
//!
//! ```
//! use hanhchinh_cases::{compare, Cases};
//!
//! let text = "# text, then its length in bytes\n## ascii\nabc\t3\n\n## accented\nHà Nội\t9\n";
//! let cases = Cases::parse("tests/cases/lengths.tsv", text).unwrap();
//! cases.run(|columns| match columns {
//!     [text, length] => compare(text.len().to_string().as_str(), *length),
//!     _ => Err("not a case: want a text and its length".into()),
//! });
//! ```
//!
//! In a test of a package, [`Cases::open`] reads the file from the package's directory:
//!
//! ```no_run
//! hanhchinh_cases::Cases::open(env!("CARGO_MANIFEST_DIR"), "rules.tsv").run(|columns| {
//!     // check the case's columns
//!     Ok(())
//! });
//! ```
#![forbid(unsafe_code)]

mod seeds;
mod text;

pub use seeds::seed_pages;
pub use text::{messy_text, FAULTS};

use std::fmt::{self, Debug, Display};
use std::path::Path;

/// The cases of one case file (the format: the crate's documentation).
#[derive(Clone, Debug)]
pub struct Cases {
    /// The file as the failure messages name it (`tests/cases/NAME`).
    file: String,
    text: String,
}

/// One case of a case file: its place and its columns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case<'a> {
    /// The file as the failure messages name it (`tests/cases/NAME`).
    pub file: &'a str,
    /// The line of the case, from 1.
    pub line: usize,
    /// The section the case is in (the name of the last `## ` line before it), if any.
    pub section: Option<&'a str>,
    /// The columns of the case, in order.
    pub columns: Vec<&'a str>,
}

impl Cases {
    /// The cases of `tests/cases/{name}` in the package directory `manifest_dir` (a test's
    /// `env!("CARGO_MANIFEST_DIR")`).
    ///
    /// # Panics
    ///
    /// Where the file cannot be read or has no case: a test whose cases are missing fails.
    ///
    /// ```
    /// # let dir = std::env::temp_dir().join(format!("hanhchinh-cases-{}", std::process::id()));
    /// # std::fs::create_dir_all(dir.join("tests/cases")).unwrap();
    /// # let text = "# name, code\nBa Đình\t001\n";
    /// # std::fs::write(dir.join("tests/cases/codes.tsv"), text).unwrap();
    /// # let manifest_dir = dir.to_str().unwrap();
    /// use hanhchinh_cases::Cases;
    ///
    /// // In a test: `Cases::open(env!("CARGO_MANIFEST_DIR"), "codes.tsv")`.
    /// let cases = Cases::open(manifest_dir, "codes.tsv");
    /// assert_eq!(cases.file(), "tests/cases/codes.tsv");
    /// assert_eq!(cases.iter().count(), 1);
    /// # std::fs::remove_dir_all(&dir).unwrap();
    /// ```
    // Test support: a case file that cannot be read fails the test that reads it (at the line
    // of the test, by `track_caller`).
    #[allow(clippy::panic)]
    #[track_caller]
    pub fn open(manifest_dir: &str, name: &str) -> Cases {
        let file = format!("tests/cases/{name}");
        let path = Path::new(manifest_dir).join(&file);
        let read =
            std::fs::read_to_string(&path).map_err(|e| format!("{file} ({}): {e}", path.display()));
        match read.and_then(|text| Cases::parse(&file, &text)) {
            Ok(cases) => cases,
            Err(e) => panic!("{e}"),
        }
    }

    /// The cases of `text`, the content of a case file that the failure messages call `file`;
    /// an error where it has no case.
    ///
    /// ```
    /// use hanhchinh_cases::Cases;
    ///
    /// let text = "# a comment\n## parts\na\tb\n\nc\n";
    /// let cases = Cases::parse("tests/cases/x.tsv", text).unwrap();
    /// let places: Vec<String> = cases.iter().map(|case| case.to_string()).collect();
    /// assert_eq!(places, ["tests/cases/x.tsv:3 (parts)", "tests/cases/x.tsv:5 (parts)"]);
    /// assert!(Cases::parse("tests/cases/y.tsv", "# only a comment\n").is_err());
    /// ```
    pub fn parse(file: &str, text: &str) -> Result<Cases, String> {
        let cases = Cases {
            file: file.to_string(),
            text: text.to_string(),
        };
        if cases.iter().next().is_some() {
            Ok(cases)
        } else {
            Err(format!("{file}: no case"))
        }
    }

    /// The file as the failure messages name it (`tests/cases/NAME`).
    pub fn file(&self) -> &str {
        &self.file
    }

    /// Every case, in the order of the file.
    ///
    /// ```
    /// use hanhchinh_cases::{Case, Cases};
    ///
    /// let cases = Cases::parse("tests/cases/x.tsv", "# id, text\n001\tHà Nội\n").unwrap();
    /// let case = cases.iter().next().unwrap();
    /// assert_eq!(case.at(), "tests/cases/x.tsv:2");
    /// assert_eq!((case.section, &case.columns[..]), (None, &["001", "Hà Nội"][..]));
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = Case<'_>> + '_ {
        let mut section = None;
        self.text.lines().enumerate().filter_map(move |(i, line)| {
            if let Some(name) = line.strip_prefix("## ") {
                section = Some(name);
                None
            } else if line.is_empty() || line.starts_with('#') {
                None
            } else {
                Some(Case {
                    file: &self.file,
                    line: i + 1,
                    section,
                    columns: line.split('\t').collect(),
                })
            }
        })
    }

    /// Checks every case with `check`, given the case's columns: the number of cases where all
    /// pass, else a message with the failures, one a line, each with its file, line, section,
    /// columns and error.
    ///
    /// ```
    /// use hanhchinh_cases::{compare, Cases};
    ///
    /// let cases = Cases::parse("tests/cases/x.tsv", "## sums\n1\t1\t2\n2\t2\t5\n").unwrap();
    /// let sum = |columns: &[&str]| -> Result<(), String> {
    ///     let n: Result<Vec<u32>, _> = columns.iter().map(|c| c.parse()).collect();
    ///     match n.map_err(|e| format!("not a case: {e}"))?[..] {
    ///         [a, b, sum] => compare(a + b, sum),
    ///         _ => Err("not a case: want three numbers".into()),
    ///     }
    /// };
    /// assert_eq!(
    ///     cases.check(sum).unwrap_err(),
    ///     "1 of the 2 cases of tests/cases/x.tsv failed:\n\
    ///      tests/cases/x.tsv:3 (sums): [\"2\", \"2\", \"5\"]: want 5, got 4"
    /// );
    /// ```
    pub fn check(
        &self,
        mut check: impl FnMut(&[&str]) -> Result<(), String>,
    ) -> Result<usize, String> {
        let (mut cases, mut failures) = (0, Vec::new());
        for case in self.iter() {
            cases += 1;
            if let Err(e) = check(&case.columns) {
                failures.push(format!("{case}: {:?}: {e}", case.columns));
            }
        }
        if failures.is_empty() {
            Ok(cases)
        } else {
            Err(format!(
                "{} of the {cases} cases of {} failed:\n{}",
                failures.len(),
                self.file,
                failures.join("\n")
            ))
        }
    }

    /// Checks every case with `check`, given the case's columns, as [`Cases::check`] does.
    ///
    /// # Panics
    ///
    /// Where a case fails, with all the failures together (the message of [`Cases::check`]).
    ///
    /// ```should_panic
    /// use hanhchinh_cases::{compare, Cases};
    ///
    /// let cases = Cases::parse("tests/cases/x.tsv", "a\tA\nb\tc\n").unwrap();
    /// // Fails with "1 of the 2 cases of tests/cases/x.tsv failed:
    /// // tests/cases/x.tsv:2: ["b", "c"]: want "c", got "B"".
    /// cases.run(|columns| match columns {
    ///     [lower, upper] => compare(lower.to_uppercase(), upper.to_string()),
    ///     _ => Err("not a case".into()),
    /// });
    /// ```
    // Test support: the failures fail the test (at the line of the test, by `track_caller`).
    #[allow(clippy::panic)]
    #[track_caller]
    pub fn run(&self, check: impl FnMut(&[&str]) -> Result<(), String>) {
        if let Err(failures) = self.check(check) {
            panic!("{failures}");
        }
    }
}

impl Case<'_> {
    /// The place of the case, `FILE:LINE`.
    ///
    /// ```
    /// let cases = hanhchinh_cases::Cases::parse("tests/cases/x.tsv", "## s\na\n").unwrap();
    /// assert_eq!(cases.iter().next().unwrap().at(), "tests/cases/x.tsv:2");
    /// ```
    pub fn at(&self) -> String {
        format!("{}:{}", self.file, self.line)
    }
}

/// The place of the case and its section: `FILE:LINE (SECTION)`, `FILE:LINE` outside sections.
impl Display for Case<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)?;
        match self.section {
            Some(section) => write!(f, " ({section})"),
            None => Ok(()),
        }
    }
}

/// The text of a case and its items of `width` columns each, none where the text is followed
/// by `none`; an error where the columns after the text make no items.
///
/// ```
/// use hanhchinh_cases::items;
///
/// let (text, found) = items(&["2 và 3", "number", "2", "number", "3"], 2).unwrap();
/// assert_eq!((text, found), ("2 và 3", vec![&["number", "2"][..], &["number", "3"][..]]));
/// assert_eq!(items(&["không có", "none"], 2).unwrap().1.len(), 0);
/// assert!(items(&["2 và 3", "number"], 2).is_err());
/// ```
pub fn items<'c, 'a>(
    columns: &'c [&'a str],
    width: usize,
) -> Result<(&'a str, Vec<&'c [&'a str]>), String> {
    match columns {
        [text, "none"] => Ok((text, vec![])),
        [text, rest @ ..] if width > 0 && !rest.is_empty() && rest.len() % width == 0 => {
            Ok((text, rest.chunks(width).collect()))
        }
        _ => Err(format!(
            "not a case: want the text, then `none` or {width} columns for each item"
        )),
    }
}

/// Nothing where `got` is `want`, else an error that shows both.
///
/// ```
/// use hanhchinh_cases::compare;
///
/// assert_eq!(compare(2 + 2, 4), Ok(()));
/// assert_eq!(compare("a", "b"), Err("want \"b\", got \"a\"".to_string()));
/// ```
pub fn compare<T: PartialEq + Debug>(got: T, want: T) -> Result<(), String> {
    if got == want {
        Ok(())
    } else {
        Err(format!("want {want:?}, got {got:?}"))
    }
}

/// Checks the `field=value` columns of a case, `-` for a value standing for none: `got` gives
/// what was found for a field, or an error for a field it does not know.
///
/// ```
/// use hanhchinh_cases::fields;
///
/// let got = |field: &str| match field {
///     "number" => Ok(Some("15/2023".to_string())),
///     "issuer" => Ok(None),
///     _ => Err(format!("no field `{field}`")),
/// };
/// assert_eq!(fields(&["number=15/2023", "issuer=-"], got), Ok(()));
/// assert!(fields(&["number=16/2023"], got).is_err());
/// assert!(fields(&["year=2023"], got).is_err());
/// assert!(fields(&["number"], got).is_err());
/// ```
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
///
/// ```
/// assert_eq!(hanhchinh_cases::optional("-"), None);
/// assert_eq!(hanhchinh_cases::optional("001"), Some("001"));
/// ```
pub fn optional(column: &str) -> Option<&str> {
    (column != "-").then_some(column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_comments_and_blank_lines() {
        let text = "# header\n#\ta comment\na\n## one\n\nb\tc\n# on d\n## two\nd\n##three\ne";
        let cases = Cases::parse("tests/cases/t.tsv", text).unwrap();
        let got: Vec<(usize, Option<&str>, Vec<&str>)> = cases
            .iter()
            .map(|c| (c.line, c.section, c.columns))
            .collect();
        assert_eq!(
            got,
            [
                (3, None, vec!["a"]),
                (6, Some("one"), vec!["b", "c"]),
                (9, Some("two"), vec!["d"]),
                (11, Some("two"), vec!["e"]),
            ]
        );
    }

    #[test]
    fn columns_are_kept_as_they_are() {
        let cases = Cases::parse("f", " a \t\t\\n\t\"q\"\r\n").unwrap();
        let case = cases.iter().next().unwrap();
        assert_eq!(case.columns, [" a ", "", "\\n", "\"q\""]);
    }

    #[test]
    fn every_failure_is_reported() {
        let cases = Cases::parse("f", "1\n## s\n2\n3\n").unwrap();
        let mut seen = 0;
        let e = cases
            .check(|c| {
                seen += 1;
                compare(c, &["2"][..])
            })
            .unwrap_err();
        assert_eq!(seen, 3);
        assert_eq!(
            e,
            "2 of the 3 cases of f failed:\n\
             f:1: [\"1\"]: want [\"2\"], got [\"1\"]\n\
             f:4 (s): [\"3\"]: want [\"2\"], got [\"3\"]"
        );
        assert_eq!(cases.check(|_| Ok(())), Ok(3));
    }

    #[test]
    #[should_panic(expected = "tests/cases/missing.tsv")]
    fn a_missing_file_fails() {
        Cases::open(env!("CARGO_MANIFEST_DIR"), "missing.tsv");
    }

    #[test]
    fn items_of_width_zero_are_no_case() {
        assert!(items(&["a", "b"], 0).is_err());
    }
}
