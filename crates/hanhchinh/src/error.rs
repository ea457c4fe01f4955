//! The error type of the facade.

use std::fmt;

/// An error of the facade: a reference date that is no date, or a custom gazetteer that does
/// not load. Says where (byte offset in the input it was given) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    offset: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ErrorKind {
    /// Not `YYYY-MM-DD`, or no such day.
    BadDate(String),
    /// A compiled gazetteer that does not load (the gazetteer crate's message).
    #[cfg_attr(not(feature = "gazetteer"), allow(dead_code))]
    Gazetteer(String),
}

impl Error {
    pub(crate) fn bad_date(input: &str, offset: usize) -> Error {
        Error {
            kind: ErrorKind::BadDate(input.to_string()),
            offset,
        }
    }
    #[cfg(feature = "gazetteer")]
    pub(crate) fn gazetteer(e: &hanhchinh_gazetteer::Error) -> Error {
        Error {
            kind: ErrorKind::Gazetteer(e.to_string()),
            offset: 0,
        }
    }
    /// Byte offset of the fault in the input that was given.
    pub fn offset(&self) -> usize {
        self.offset
    }
    /// Whether this is a bad reference date.
    pub fn is_bad_date(&self) -> bool {
        matches!(self.kind, ErrorKind::BadDate(_))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::BadDate(s) => write!(
                f,
                "invalid reference date {s:?} at byte {}: expected an existing day as YYYY-MM-DD",
                self.offset
            ),
            ErrorKind::Gazetteer(m) => write!(f, "custom gazetteer: {m}"),
        }
    }
}

impl std::error::Error for Error {}
