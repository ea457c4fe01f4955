//! The one error type of this crate.

use std::fmt;

/// Why a parse failed, and where (a byte offset into the parsed string).
///
/// ```
/// let err = hanhchinh_numdate::parse_number("31/02/2023 tỷ").unwrap_err();
/// assert_eq!(err.offset(), 0);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    offset: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ErrorKind {
    /// Nothing but whitespace was given.
    Empty,
    /// The value does not fit the exact decimal type (i128 mantissa, scale up to 38).
    Overflow,
    /// The text at `offset` is not the kind of expression asked for.
    Expected(&'static str),
    /// The expression was recognized but text remains after it.
    Trailing,
    /// A day, month or year that does not exist (`31/02/2023`, `32/1`).
    InvalidDate,
}

impl Error {
    pub(crate) fn empty() -> Error {
        Error {
            kind: ErrorKind::Empty,
            offset: 0,
        }
    }
    pub(crate) fn overflow(offset: usize) -> Error {
        Error {
            kind: ErrorKind::Overflow,
            offset,
        }
    }
    pub(crate) fn expected(what: &'static str, offset: usize) -> Error {
        Error {
            kind: ErrorKind::Expected(what),
            offset,
        }
    }
    pub(crate) fn trailing(offset: usize) -> Error {
        Error {
            kind: ErrorKind::Trailing,
            offset,
        }
    }
    pub(crate) fn invalid_date(offset: usize) -> Error {
        Error {
            kind: ErrorKind::InvalidDate,
            offset,
        }
    }
    pub(crate) fn at(mut self, base: usize) -> Error {
        self.offset = self.offset.saturating_add(base);
        self
    }

    /// Byte offset, in the parsed string, of the text that caused the error.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// True when the value was too large (or too precise) to be held exactly.
    ///
    /// ```
    /// let big = "9".repeat(5000);
    /// assert!(hanhchinh_numdate::parse_number(&big).unwrap_err().is_overflow());
    /// ```
    pub fn is_overflow(&self) -> bool {
        matches!(self.kind, ErrorKind::Overflow)
    }

    /// True when a date was written but does not exist in the calendar.
    pub fn is_invalid_date(&self) -> bool {
        matches!(self.kind, ErrorKind::InvalidDate)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Empty => write!(f, "empty input"),
            ErrorKind::Overflow => write!(
                f,
                "number at byte {} is too large or too precise to be held exactly",
                self.offset
            ),
            ErrorKind::Expected(what) => write!(f, "expected {what} at byte {}", self.offset),
            ErrorKind::Trailing => write!(f, "unexpected text at byte {}", self.offset),
            ErrorKind::InvalidDate => {
                write!(
                    f,
                    "date at byte {} does not exist in the calendar",
                    self.offset
                )
            }
        }
    }
}

impl std::error::Error for Error {}
