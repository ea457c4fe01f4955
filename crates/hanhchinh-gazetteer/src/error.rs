//! The one error type of the crate.

use std::fmt;

/// An error from building, loading or extending a gazetteer.
///
/// It says WHERE (file or source name, line and column of a bad row, or the byte offset in a
/// compiled gazetteer) and WHAT went wrong.
///
/// ```
/// use hanhchinh_gazetteer::Gazetteer;
/// let tsv = "code\tname\ttype\tlevel\tparent_code\tprovince_code\n99001\tNam Sơn\tquận\tcommune\t\t01\n";
/// let err = Gazetteer::builder().add_tsv_named("mine.tsv", tsv.as_bytes()).unwrap_err();
/// assert_eq!(err.line(), Some(2));
/// assert_eq!(err.column(), Some(3));
/// assert!(err.to_string().starts_with("mine.tsv:2:3:"));
/// ```
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
    source_name: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    offset: Option<usize>,
}

#[derive(Debug)]
enum ErrorKind {
    /// A bad row in a TSV source.
    Row(String),
    /// A bad header row in a TSV source.
    Header(String),
    /// The rows are individually fine but do not fit together (duplicate, missing parent, …).
    Consistency(String),
    /// A compiled gazetteer is malformed.
    Format(String),
    /// An I/O error while reading a source.
    Io(std::io::Error),
}

impl Error {
    pub(crate) fn row(
        source_name: &str,
        line: usize,
        column: usize,
        reason: impl Into<String>,
    ) -> Error {
        Error {
            kind: ErrorKind::Row(reason.into()),
            source_name: Some(source_name.to_string()),
            line: Some(line),
            column: Some(column),
            offset: None,
        }
    }

    /// An error in the header (line 1) of a TSV source, at a column.
    pub(crate) fn header(source_name: &str, column: usize, reason: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Header(reason.into()),
            source_name: Some(source_name.to_string()),
            line: Some(1),
            column: Some(column),
            offset: None,
        }
    }

    /// The same error, pointing at a column of its line.
    pub(crate) fn at_column(mut self, column: usize) -> Error {
        self.column = Some(column);
        self
    }

    pub(crate) fn consistency(
        source_name: Option<&str>,
        line: Option<usize>,
        reason: impl Into<String>,
    ) -> Error {
        Error {
            kind: ErrorKind::Consistency(reason.into()),
            source_name: source_name.map(str::to_string),
            line,
            column: None,
            offset: None,
        }
    }

    pub(crate) fn format(offset: usize, reason: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Format(reason.into()),
            source_name: None,
            line: None,
            column: None,
            offset: Some(offset),
        }
    }

    pub(crate) fn io(source_name: &str, err: std::io::Error) -> Error {
        Error {
            kind: ErrorKind::Io(err),
            source_name: Some(source_name.to_string()),
            line: None,
            column: None,
            offset: None,
        }
    }

    /// The file or source name the error is about, if any.
    pub fn source_name(&self) -> Option<&str> {
        self.source_name.as_deref()
    }

    /// The 1-based line of the bad row, if the error is about a row.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// The 1-based column (TSV field number) of the bad field, if known.
    pub fn column(&self) -> Option<usize> {
        self.column
    }

    /// The byte offset in a compiled gazetteer, for format errors.
    pub fn offset(&self) -> Option<usize> {
        self.offset
    }

    /// Whether the error is about malformed compiled bytes (see [`crate::Gazetteer::from_bytes`]).
    pub fn is_format(&self) -> bool {
        matches!(self.kind, ErrorKind::Format(_))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut wrote_place = false;
        if let Some(s) = &self.source_name {
            f.write_str(s)?;
            wrote_place = true;
        }
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
            wrote_place = true;
        }
        if let Some(c) = self.column {
            write!(f, ":{c}")?;
        }
        if let Some(o) = self.offset {
            write!(f, "byte {o}")?;
            wrote_place = true;
        }
        if wrote_place {
            f.write_str(": ")?;
        }
        match &self.kind {
            ErrorKind::Row(r) => write!(f, "bad row: {r}"),
            ErrorKind::Header(r) => write!(f, "bad header: {r}"),
            ErrorKind::Consistency(r) => write!(f, "inconsistent data: {r}"),
            ErrorKind::Format(r) => write!(f, "malformed compiled gazetteer: {r}"),
            ErrorKind::Io(e) => write!(f, "cannot read: {e}"),
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
