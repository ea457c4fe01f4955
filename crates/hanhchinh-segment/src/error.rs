//! The crate's one error type.

use std::fmt;
use std::path::{Path, PathBuf};

/// An error while loading user words or building a word list.
///
/// It says WHAT went wrong and WHERE: the file (when the words came from one), the 1-based line
/// and the 1-based column (in characters) of the offending field.
///
/// ```
/// use hanhchinh_segment::Segmenter;
///
/// let err = Segmenter::builder()
///     .add_words_tsv("phòng kinh tế\t12\nỦy ban nhân dân\tnhiều\n")
///     .unwrap_err();
/// assert_eq!(err.line(), Some(2));
/// assert_eq!(err.column(), Some(17));
/// assert!(err.to_string().contains("line 2, column 17"));
/// ```
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
    path: Option<PathBuf>,
    line: Option<usize>,
    column: Option<usize>,
}

#[derive(Debug)]
enum ErrorKind {
    /// The file could not be read.
    Io(std::io::Error),
    /// A line has an empty word (or a word that holds no syllable).
    EmptyWord,
    /// The count column is not a non-negative integer.
    BadCount(String),
    /// A line has more than two tab-separated fields.
    ExtraField,
    /// Building the finite-state map failed.
    Fst(String),
}

impl Error {
    pub(crate) fn io(path: &Path, err: std::io::Error) -> Self {
        Error {
            kind: ErrorKind::Io(err),
            path: Some(path.to_path_buf()),
            line: None,
            column: None,
        }
    }

    pub(crate) fn empty_word(line: usize, column: usize) -> Self {
        Error {
            kind: ErrorKind::EmptyWord,
            path: None,
            line: Some(line),
            column: Some(column),
        }
    }

    pub(crate) fn bad_count(text: &str, line: usize, column: usize) -> Self {
        Error {
            kind: ErrorKind::BadCount(text.to_string()),
            path: None,
            line: Some(line),
            column: Some(column),
        }
    }

    pub(crate) fn extra_field(line: usize, column: usize) -> Self {
        Error {
            kind: ErrorKind::ExtraField,
            path: None,
            line: Some(line),
            column: Some(column),
        }
    }

    pub(crate) fn fst(err: &fst::Error) -> Self {
        Error {
            kind: ErrorKind::Fst(err.to_string()),
            path: None,
            line: None,
            column: None,
        }
    }

    pub(crate) fn with_path(mut self, path: &Path) -> Self {
        self.path = Some(path.to_path_buf());
        self
    }

    /// The file the words came from, when they came from a file.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The 1-based line of the offending entry, when the error is about one entry.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// The 1-based column (counted in characters) of the offending field.
    pub fn column(&self) -> Option<usize> {
        self.column
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = &self.path {
            write!(f, "{}: ", p.display())?;
        }
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "line {l}, column {c}: ")?,
            (Some(l), None) => write!(f, "line {l}: ")?,
            _ => {}
        }
        match &self.kind {
            ErrorKind::Io(e) => write!(f, "cannot read the word list: {e}"),
            ErrorKind::EmptyWord => write!(f, "empty word (a word needs at least one syllable)"),
            ErrorKind::BadCount(t) => {
                write!(f, "the count {t:?} is not a non-negative integer")
            }
            ErrorKind::ExtraField => {
                write!(
                    f,
                    "unexpected third field (expected `word<TAB>count` or `word`)"
                )
            }
            ErrorKind::Fst(e) => write!(f, "cannot build the word map: {e}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io(e) => Some(e),
            _ => None,
        }
    }
}
