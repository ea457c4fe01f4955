//! Reading batches of strings and dates from Python.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::PyString;

use crate::convert::{self, DateArg};
use crate::errors::Fail;

/// The strings of an iterable (a list, a tuple, a generator, a pandas Series, ...); a single
/// `str` is refused, since iterating it would give its characters.
pub(crate) fn strings(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<Vec<PyBackedStr>> {
    Ok(string_objects(obj, what)?
        .into_iter()
        .map(|(_, s)| s)
        .collect())
}

/// [`strings`], each with its Python object (to hand back unchanged where a result repeats it).
pub(crate) fn string_objects<'py>(
    obj: &Bound<'py, PyAny>,
    what: &str,
) -> PyResult<Vec<(Bound<'py, PyString>, PyBackedStr)>> {
    if obj.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be an iterable of str, not a single str (wrap it in a list)"
        )));
    }
    let mut out = Vec::with_capacity(obj.len().unwrap_or(0));
    for (i, item) in obj.try_iter()?.enumerate() {
        let item = item?;
        match item.cast_into::<PyString>() {
            Ok(s) => {
                let backed = PyBackedStr::try_from(s.clone())?;
                out.push((s, backed));
            }
            Err(e) => {
                return Err(PyTypeError::new_err(format!(
                    "{what}[{i}] is {}, not str",
                    e.into_inner().get_type().name()?
                )))
            }
        }
    }
    Ok(out)
}

/// Per-item dates: `None` (none), one date for every item, or an iterable of dates (or `None`s)
/// as long as the items.
pub(crate) fn dates(
    obj: Option<&Bound<'_, PyAny>>,
    n: usize,
    what: &str,
) -> PyResult<Vec<Option<DateArg>>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(vec![None; n]);
    };
    if convert::is_single_date(obj)? {
        let d = convert::date_arg(Some(obj))?;
        return Ok(vec![d; n]);
    }
    let mut out = Vec::with_capacity(n);
    for item in obj.try_iter()? {
        out.push(convert::date_arg(Some(&item?))?);
    }
    if out.len() != n {
        return Err(Fail::option(format!(
            "{what} has {} dates for {n} items; give one date per item, one date for all, or None",
            out.len()
        ))
        .into());
    }
    Ok(out)
}
