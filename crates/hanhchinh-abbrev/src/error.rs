//! The one error type of this crate.

use std::fmt;

/// An error of this crate: a malformed lexicon table (which table, which line and column, and
/// what was wrong).
///
/// The built-in tables are checked by the crate's tests, so this error only reaches callers who
/// load tables of their own with [`Lexicon::from_tables`](crate::Lexicon::from_tables).
///
/// ```
/// use hanhchinh_abbrev::{Lexicon, Tables};
///
/// let mut tables = Tables::builtin();
/// tables.other = "abbr\texpansion\tpart\tscope\tcondition\tsource\nNTM\t\t-\ttext\t-\tnone\n";
/// let err = Lexicon::from_tables(&tables).unwrap_err();
/// assert_eq!(err.table(), "other.tsv");
/// assert_eq!(err.line(), 2);
/// assert_eq!(err.column(), 2);
/// assert!(err.to_string().contains("empty"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    table: &'static str,
    line: usize,
    column: usize,
    kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ErrorKind {
    /// The header row differs from the expected one.
    Header { expected: String, found: String },
    /// A row has the wrong number of columns.
    Columns { expected: usize, found: usize },
    /// A required cell is empty.
    Empty,
    /// A cell holds a value outside its vocabulary.
    Value {
        found: String,
        allowed: &'static str,
    },
    /// An expansion spells `Uỷ`/`uỷ` instead of the official `Ủy`/`ủy`.
    OldSpelling { found: String },
}

impl Error {
    pub(crate) fn header(table: &'static str, expected: &str, found: &str) -> Error {
        Error {
            table,
            line: 1,
            column: 1,
            kind: ErrorKind::Header {
                expected: expected.to_string(),
                found: found.to_string(),
            },
        }
    }

    pub(crate) fn columns(
        table: &'static str,
        line: usize,
        expected: usize,
        found: usize,
    ) -> Error {
        Error {
            table,
            line,
            column: found.min(expected) + 1,
            kind: ErrorKind::Columns { expected, found },
        }
    }

    pub(crate) fn empty(table: &'static str, line: usize, column: usize) -> Error {
        Error {
            table,
            line,
            column,
            kind: ErrorKind::Empty,
        }
    }

    pub(crate) fn value(
        table: &'static str,
        line: usize,
        column: usize,
        found: &str,
        allowed: &'static str,
    ) -> Error {
        Error {
            table,
            line,
            column,
            kind: ErrorKind::Value {
                found: found.to_string(),
                allowed,
            },
        }
    }

    pub(crate) fn old_spelling(
        table: &'static str,
        line: usize,
        column: usize,
        found: &str,
    ) -> Error {
        Error {
            table,
            line,
            column,
            kind: ErrorKind::OldSpelling {
                found: found.to_string(),
            },
        }
    }

    /// File name of the table (`organs.tsv`, `titles.tsv`, …); empty for an error of parsing
    /// one value ([`Condition`](crate::Condition)`::from_str` and the like), which has no
    /// position.
    pub fn table(&self) -> &'static str {
        self.table
    }

    /// 1-based line of the offending row (1 is the header).
    pub fn line(&self) -> usize {
        self.line
    }

    /// 1-based column (tab-separated field) of the offending cell.
    pub fn column(&self) -> usize {
        self.column
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.table.is_empty() {
            write!(f, "{}:{}:{}: ", self.table, self.line, self.column)?;
        }
        match &self.kind {
            ErrorKind::Header { expected, found } => {
                write!(f, "header is {found:?}, expected {expected:?}")
            }
            ErrorKind::Columns { expected, found } => {
                write!(
                    f,
                    "row has {found} tab-separated columns, expected {expected}"
                )
            }
            ErrorKind::Empty => write!(f, "required cell is empty"),
            ErrorKind::Value { found, allowed } => {
                write!(f, "value {found:?} is not one of {allowed}")
            }
            ErrorKind::OldSpelling { found } => {
                write!(f, "{found:?} uses the spelling Uỷ; official names write Ủy")
            }
        }
    }
}

impl std::error::Error for Error {}
