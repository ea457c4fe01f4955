//! The error type of the facade.

use std::fmt;

/// An error of the facade: a custom gazetteer that does not load. The gazetteer's own error
/// (with the file position of the fault) is its [`source`](std::error::Error::source).
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug)]
enum ErrorKind {
    /// A compiled gazetteer that does not load.
    #[cfg(feature = "gazetteer")]
    Gazetteer(hanhchinh_gazetteer::Error),
}

impl Error {
    #[cfg(feature = "gazetteer")]
    pub(crate) fn gazetteer(e: hanhchinh_gazetteer::Error) -> Error {
        Error {
            kind: ErrorKind::Gazetteer(e),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            #[cfg(feature = "gazetteer")]
            ErrorKind::Gazetteer(e) => write!(f, "custom gazetteer: {e}"),
            #[allow(unreachable_patterns)]
            _ => f.write_str("error"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            #[cfg(feature = "gazetteer")]
            ErrorKind::Gazetteer(e) => Some(e),
            #[allow(unreachable_patterns)]
            _ => None,
        }
    }
}
