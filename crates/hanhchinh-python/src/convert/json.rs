//! A JSON value that keeps the order of object keys and the exact text of numbers, and its
//! Python form: the same objects that `json.loads` gives for the same text (`dict`, `list`,
//! `str`, `int` of any size, `float`, `bool`, `None`).
//!
//! Nothing here knows the hanhchinh types: the entities arrive as JSON text (their contract),
//! units and conversions are built as trees by the parent module.

use std::fmt;

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString};
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

/// A JSON value with ordered keys and exact numbers.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Json {
    /// `null`.
    Null,
    /// `true`, `false`.
    Bool(bool),
    /// A number exactly as written (`82367000000000`, `96.39`, `-1`).
    Num(Box<str>),
    /// A string.
    Str(String),
    /// An array.
    Arr(Vec<Json>),
    /// An object, keys in their order.
    Obj(Vec<(String, Json)>),
}

impl Json {
    /// A string value.
    pub(crate) fn str(s: impl Into<String>) -> Json {
        Json::Str(s.into())
    }
    /// A string, or `null`.
    pub(crate) fn opt_str(s: Option<impl Into<String>>) -> Json {
        s.map_or(Json::Null, |s| Json::Str(s.into()))
    }
    /// An unsigned integer.
    pub(crate) fn uint(n: usize) -> Json {
        Json::Num(n.to_string().into_boxed_str())
    }
    /// The value of a non-negative integer number.
    pub(crate) fn as_usize(&self) -> Option<usize> {
        match self {
            Json::Num(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// Parses JSON text (one value; whitespace around it allowed).
    pub(crate) fn parse(text: &str) -> Result<Json, serde_json::Error> {
        let raw: &RawValue = serde_json::from_str(text)?;
        Json::from_raw(raw)
    }

    /// The tree of a raw value: objects and arrays are split into raw members (which keeps the
    /// order of keys and the text of numbers), strings are unescaped by serde_json.
    fn from_raw(raw: &RawValue) -> Result<Json, serde_json::Error> {
        let s = raw.get().trim();
        Ok(match s.as_bytes().first() {
            Some(b'{') => {
                let members: Members<'_> = serde_json::from_str(s)?;
                let mut out = Vec::with_capacity(members.0.len());
                for (k, v) in members.0 {
                    out.push((k, Json::from_raw(v)?));
                }
                Json::Obj(out)
            }
            Some(b'[') => {
                let items: Vec<&RawValue> = serde_json::from_str(s)?;
                let mut out = Vec::with_capacity(items.len());
                for v in items {
                    out.push(Json::from_raw(v)?);
                }
                Json::Arr(out)
            }
            Some(b'"') => Json::Str(serde_json::from_str(s)?),
            Some(b't') => Json::Bool(true),
            Some(b'f') => Json::Bool(false),
            Some(b'n') => Json::Null,
            // A number: serde_json has checked its syntax.
            _ => Json::Num(s.into()),
        })
    }

    /// The Python object `json.loads` gives for this value.
    pub(crate) fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(match self {
            Json::Null => py.None().into_bound(py),
            Json::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
            Json::Num(n) => number(py, n)?,
            Json::Str(s) => PyString::new(py, s).into_any(),
            Json::Arr(items) => {
                let list = PyList::empty(py);
                for v in items {
                    list.append(v.to_py(py)?)?;
                }
                list.into_any()
            }
            Json::Obj(members) => {
                object_to_py(py, members.iter().map(|(k, v)| (k.as_str(), v)))?.into_any()
            }
        })
    }
}

/// A Python dict of `members`, in their order (the keys interned: they repeat in every entity).
pub(crate) fn object_to_py<'py, 'a>(
    py: Python<'py>,
    members: impl Iterator<Item = (&'a str, &'a Json)>,
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    for (k, v) in members {
        d.set_item(PyString::intern(py, k), v.to_py(py)?)?;
    }
    Ok(d)
}

/// A JSON number as Python gives it from `json.loads`: an `int` (any size) without a fraction or
/// exponent, else a `float`.
fn number<'py>(py: Python<'py>, n: &str) -> PyResult<Bound<'py, PyAny>> {
    if !n.contains(['.', 'e', 'E']) {
        if let Ok(i) = n.parse::<i64>() {
            return Ok(i.into_pyobject(py)?.into_any());
        }
        // Beyond 64 bits: Python's own int() is exact.
        return py.get_type::<PyInt>().call1((n,));
    }
    // Rust's parse rounds correctly, as Python's float() does.
    let f: f64 = n
        .parse()
        .map_err(|e| pyo3::exceptions::PyValueError::new_err(format!("number {n:?}: {e}")))?;
    Ok(PyFloat::new(py, f).into_any())
}

/// The members of a JSON object in their order, values unparsed.
struct Members<'a>(Vec<(String, &'a RawValue)>);

impl<'de: 'a, 'a> Deserialize<'de> for Members<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Members<'a>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut m: M) -> Result<Members<'a>, M::Error> {
                let mut out = Vec::with_capacity(m.size_hint().unwrap_or(8));
                while let Some((k, v)) = m.next_entry::<String, &'a RawValue>()? {
                    out.push((k, v));
                }
                Ok(Members(out))
            }
        }
        d.deserialize_map(V(std::marker::PhantomData))
    }
}
