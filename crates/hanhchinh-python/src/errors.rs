//! The exception hierarchy of the package, and [`Fail`], an error built without the interpreter
//! (inside `Python::detach`) and raised once the interpreter is attached again.
//!
//! ```text
//! Exception
//! └── HanhchinhError                 every error of this package
//!     ├── DateError (ValueError)     a reference or target date that is no date
//!     ├── OptionError (ValueError)   an unknown kind, tone, encoding, format; a bad thread count
//!     └── GazetteerError             a user table or compiled gazetteer that does not load
//! ```
//!
//! Files that cannot be read raise the standard `OSError` subclasses (`FileNotFoundError`, …).

use pyo3::exceptions::{PyException, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyTuple, PyType};

/// Which exception class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `HanhchinhError`: an internal inconsistency (never expected).
    Base,
    /// `DateError`.
    Date,
    /// `OptionError`.
    Option,
    /// `GazetteerError`.
    Gazetteer,
}

static BASE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static DATE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static OPTION: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static GAZETTEER: PyOnceLock<Py<PyType>> = PyOnceLock::new();

const BASE_DOC: &str = "Base class of every error raised by hanhchinh; str(e) is the Rust message.";
const DATE_DOC: &str = "A reference or target date that is not an existing day (YYYY-MM-DD or a \
    datetime.date). Also a ValueError. Attribute: offset (byte offset of the fault in the \
    string, or None).";
const OPTION_DOC: &str = "An option with a value hanhchinh does not know: an entity kind, a tone \
    style, an encoding, an output format, a thread count, or sequences of different lengths. \
    Also a ValueError.";
const GAZETTEER_DOC: &str = "A user gazetteer table (TSV) or compiled gazetteer that does not \
    load. Attributes: source_name, line, column (1-based, of a bad row) and offset (byte offset \
    in compiled bytes), each None when it does not apply.";

/// Creates `class name(*bases)` in module `hanhchinh`.
fn make(
    py: Python<'_>,
    name: &str,
    doc: &str,
    bases: Vec<Bound<'_, PyType>>,
) -> PyResult<Py<PyType>> {
    let dict = PyDict::new(py);
    dict.set_item("__doc__", doc)?;
    dict.set_item("__module__", "hanhchinh")?;
    let bases = PyTuple::new(py, bases)?;
    let t = py.get_type::<PyType>().call1((name, bases, dict))?;
    Ok(t.cast_into::<PyType>()?.unbind())
}

/// The class of `kind` (created on first use, then the same object forever).
pub(crate) fn class(py: Python<'_>, kind: Kind) -> PyResult<Bound<'_, PyType>> {
    let base = || -> PyResult<Bound<'_, PyType>> {
        Ok(BASE
            .get_or_try_init(py, || {
                make(
                    py,
                    "HanhchinhError",
                    BASE_DOC,
                    vec![py.get_type::<PyException>()],
                )
            })?
            .bind(py)
            .clone())
    };
    // Each class, its doc, and whether it is also a ValueError.
    let (cell, name, doc, value_error) = match kind {
        Kind::Base => return base(),
        Kind::Date => (&DATE, "DateError", DATE_DOC, true),
        Kind::Option => (&OPTION, "OptionError", OPTION_DOC, true),
        Kind::Gazetteer => (&GAZETTEER, "GazetteerError", GAZETTEER_DOC, false),
    };
    let t = cell.get_or_try_init(py, || {
        let mut bases = vec![base()?];
        if value_error {
            bases.push(py.get_type::<PyValueError>());
        }
        make(py, name, doc, bases)
    })?;
    Ok(t.bind(py).clone())
}

/// Adds every class to the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    for (name, kind) in [
        ("HanhchinhError", Kind::Base),
        ("DateError", Kind::Date),
        ("OptionError", Kind::Option),
        ("GazetteerError", Kind::Gazetteer),
    ] {
        m.add(name, class(py, kind)?)?;
    }
    Ok(())
}

/// An attribute value of an exception.
#[derive(Clone, Debug)]
pub(crate) enum Attr {
    /// An integer.
    Int(usize),
    /// A string.
    Str(String),
}

/// An error to raise: class, message, attributes. `Send`, so it can leave `Python::detach`.
#[derive(Clone, Debug)]
pub(crate) struct Fail {
    kind: Kind,
    message: String,
    attrs: Vec<(&'static str, Option<Attr>)>,
}

impl Fail {
    /// An error of class `kind` with `message`.
    pub(crate) fn new(kind: Kind, message: impl Into<String>) -> Fail {
        Fail {
            kind,
            message: message.into(),
            attrs: Vec::new(),
        }
    }
    /// An `OptionError`.
    pub(crate) fn option(message: impl Into<String>) -> Fail {
        Fail::new(Kind::Option, message)
    }
    /// The same error with `prefix` before its message (`ref_dates[3]: `).
    #[must_use]
    pub(crate) fn context(mut self, prefix: &str) -> Fail {
        self.message.insert_str(0, prefix);
        self
    }
    /// Sets attribute `name` on the raised exception.
    #[must_use]
    pub(crate) fn with(mut self, name: &'static str, value: Option<Attr>) -> Fail {
        self.attrs.push((name, value));
        self
    }

    /// The Python exception.
    pub(crate) fn into_pyerr(self, py: Python<'_>) -> PyErr {
        let t = match class(py, self.kind) {
            Ok(t) => t,
            Err(e) => return e,
        };
        let err = PyErr::from_type(t, self.message);
        let value = err.value(py);
        for (name, v) in self.attrs {
            let set = match v {
                None => value.setattr(name, py.None()),
                Some(Attr::Int(i)) => value.setattr(name, i),
                Some(Attr::Str(s)) => value.setattr(name, s),
            };
            if let Err(e) = set {
                return e;
            }
        }
        err
    }
}

impl From<Fail> for PyErr {
    fn from(f: Fail) -> PyErr {
        Python::attach(|py| f.into_pyerr(py))
    }
}
