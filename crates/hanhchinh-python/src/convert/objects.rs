//! The Python classes that carry results: `Entity`, `Token`, `Sentence`.
//!
//! Each holds owned Rust data built without the interpreter; its Python objects (strings,
//! dicts) are made only when an attribute is read.

use std::borrow::Cow;
use std::sync::OnceLock;

use pyo3::exceptions::{PyAttributeError, PyKeyError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use super::json::{object_to_py, Json};
use crate::errors::{Fail, Kind};

/// Counts characters (code points, as Python indexes a `str`) up to byte offsets of one text,
/// moving forward (offsets asked in increasing order cost one pass over the text in all).
pub(crate) struct CharCursor<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharCursor<'a> {
    /// A cursor at the start of `text`.
    pub(crate) fn new(text: &'a str) -> CharCursor<'a> {
        CharCursor {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The character offset of byte offset `byte`.
    pub(crate) fn at(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += char_count(
            self.text
                .as_bytes()
                .get(self.byte..byte)
                .unwrap_or_default(),
        );
        self.byte = byte;
        self.chars
    }
}

/// The number of characters in UTF-8 bytes (the bytes that are not continuation bytes).
pub(crate) fn char_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| (**b as i8) >= -0x40).count()
}

/// One entity: the four fields every entity has, its character offsets, and its JSON object
/// (the contract's), whose kind-specific fields are parsed when first read.
#[derive(Debug)]
pub(crate) struct EntityData {
    kind: Cow<'static, str>,
    text: String,
    start: usize,
    end: usize,
    char_start: usize,
    char_end: usize,
    json: String,
    fields: OnceLock<Result<Vec<(String, Json)>, Fail>>,
}

impl PartialEq for EntityData {
    fn eq(&self, other: &EntityData) -> bool {
        // The JSON holds every field, the offsets included.
        self.json == other.json && self.char_start == other.char_start
    }
}

fn internal(what: &str) -> Fail {
    Fail::new(
        Kind::Base,
        format!("internal error: an entity's JSON is not the contract's ({what})"),
    )
}

/// The members of the JSON object `json`.
fn members(json: &str) -> Result<Vec<(String, Json)>, Fail> {
    match Json::parse(json).map_err(|e| internal(&e.to_string()))? {
        Json::Obj(m) => Ok(m),
        _ => Err(internal("not an object")),
    }
}

impl EntityData {
    /// An entity of kind `kind` over `start..end` (bytes) of the analysed text, which starts at
    /// character `char_start`; `json` is its object in the JSON contract.
    pub(crate) fn new(
        kind: &'static str,
        text: &str,
        start: usize,
        char_start: usize,
        json: String,
    ) -> EntityData {
        EntityData {
            kind: Cow::Borrowed(kind),
            text: text.to_string(),
            start,
            end: start + text.len(),
            char_start,
            char_end: char_start + char_count(text.as_bytes()),
            json,
            fields: OnceLock::new(),
        }
    }

    /// The entity of a JSON object (a pickled entity), with its character offsets.
    fn from_json(json: String, char_start: usize, char_end: usize) -> Result<EntityData, Fail> {
        let (mut kind, mut text, mut start, mut end) = (None, None, None, None);
        for (k, v) in members(&json)? {
            match (k.as_str(), v) {
                ("kind", Json::Str(s)) => kind = Some(s),
                ("text", Json::Str(s)) => text = Some(s),
                ("start", v) => start = v.as_usize(),
                ("end", v) => end = v.as_usize(),
                _ => {}
            }
        }
        match (kind, text, start, end) {
            (Some(kind), Some(text), Some(start), Some(end)) => Ok(EntityData {
                kind: Cow::Owned(kind),
                text,
                start,
                end,
                char_start,
                char_end,
                json,
                fields: OnceLock::new(),
            }),
            _ => Err(internal("kind, text, start or end missing")),
        }
    }

    /// The fields of the entity's kind, in contract order (parsed once).
    fn fields(&self) -> Result<&[(String, Json)], Fail> {
        let parsed = self.fields.get_or_init(|| {
            let mut m = members(&self.json)?;
            m.retain(|(k, _)| !matches!(k.as_str(), "kind" | "text" | "start" | "end"));
            Ok(m)
        });
        match parsed {
            Ok(v) => Ok(v),
            Err(e) => Err(e.clone()),
        }
    }

    fn field(&self, key: &str) -> Result<Option<&Json>, Fail> {
        Ok(self
            .fields()?
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v))
    }

    fn head(&self) -> [(&'static str, Json); 4] {
        [
            ("kind", Json::str(self.kind.as_ref())),
            ("text", Json::str(self.text.as_str())),
            ("start", Json::uint(self.start)),
            ("end", Json::uint(self.end)),
        ]
    }

    /// The value of any key of the contract's object.
    fn value<'py>(&self, py: Python<'py>, key: &str) -> PyResult<Option<Bound<'py, PyAny>>> {
        Ok(Some(match key {
            "kind" => PyString::new(py, &self.kind).into_any(),
            "text" => PyString::new(py, &self.text).into_any(),
            "start" => self.start.into_pyobject(py)?.into_any(),
            "end" => self.end.into_pyobject(py)?.into_any(),
            _ => match self.field(key)? {
                Some(v) => v.to_py(py)?,
                None => return Ok(None),
            },
        }))
    }
}

/// One thing found in a text (see `docs/json-contract.md` for the kinds and their fields).
///
/// `kind`, `text`, `start`, `end` (byte offsets into the UTF-8 text, as in the JSON contract)
/// and `char_start`, `char_end` (indexes into the Python `str`: `text[e.char_start:e.char_end]
/// == e.text`) are attributes; so is every field of the entity's kind (`e.value`, `e.name`,
/// `e.titles`, ...). `e["type"]`, `e.get(key)` and `e.to_dict()` read the same fields;
/// `e.to_dict()` is the object of `hanhchinh analyze` for this entity.
#[pyclass(module = "hanhchinh", name = "Entity", frozen, eq)]
#[derive(PartialEq)]
pub(crate) struct Entity {
    data: EntityData,
}

impl Entity {
    /// The Python object of an entity.
    pub(crate) fn new(data: EntityData) -> Entity {
        Entity { data }
    }
}

#[pymethods]
impl Entity {
    /// The kind: number, percent, money, quantity, fraction, range, date, time, date_range,
    /// abbrev, admin_unit, person or legal_ref.
    #[getter]
    fn kind(&self) -> &str {
        &self.data.kind
    }
    /// The exact surface, a slice of the analysed text.
    #[getter]
    fn text(&self) -> &str {
        &self.data.text
    }
    /// Byte offset of the surface in the UTF-8 encoding of the text.
    #[getter]
    fn start(&self) -> usize {
        self.data.start
    }
    /// Byte offset just past the surface.
    #[getter]
    fn end(&self) -> usize {
        self.data.end
    }
    /// Character offset of the surface in the Python string.
    #[getter]
    fn char_start(&self) -> usize {
        self.data.char_start
    }
    /// Character offset just past the surface in the Python string.
    #[getter]
    fn char_end(&self) -> usize {
        self.data.char_end
    }
    /// `(start, end)` in bytes.
    #[getter]
    fn span<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        super::pair(py, self.data.start, self.data.end)
    }
    /// `(char_start, char_end)`: `text[slice(*e.char_span)] == e.text`.
    #[getter]
    fn char_span<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        super::pair(py, self.data.char_start, self.data.char_end)
    }
    /// The fields of the entity's kind, as a dict in contract order.
    #[getter]
    fn fields<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        object_to_py(py, self.data.fields()?.iter().map(|(k, v)| (k.as_str(), v)))
    }

    /// The keys of the contract's object: kind, text, start, end, then the kind's fields.
    fn keys(&self) -> PyResult<Vec<&str>> {
        Ok(["kind", "text", "start", "end"]
            .into_iter()
            .chain(self.data.fields()?.iter().map(|(k, _)| k.as_str()))
            .collect())
    }

    /// The value of `key`, or `default` when the entity has no such field.
    #[pyo3(signature = (key, default = None))]
    fn get<'py>(
        &self,
        py: Python<'py>,
        key: &str,
        default: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        Ok(match self.data.value(py, key)? {
            Some(v) => v,
            None => default.unwrap_or_else(|| py.None().into_bound(py)),
        })
    }

    /// The entity as the JSON contract's object (a new dict); with `char_offsets=True` also
    /// `char_start` and `char_end`.
    #[pyo3(signature = (char_offsets = false))]
    fn to_dict<'py>(&self, py: Python<'py>, char_offsets: bool) -> PyResult<Bound<'py, PyDict>> {
        let head = self.data.head();
        let d = object_to_py(
            py,
            head.iter()
                .map(|(k, v)| (*k, v))
                .chain(self.data.fields()?.iter().map(|(k, v)| (k.as_str(), v))),
        )?;
        if char_offsets {
            d.set_item("char_start", self.data.char_start)?;
            d.set_item("char_end", self.data.char_end)?;
        }
        Ok(d)
    }

    /// The entity as one line of JSON, exactly as `hanhchinh analyze` writes it.
    fn to_json(&self) -> &str {
        &self.data.json
    }

    fn __getattr__<'py>(&self, py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
        match self.data.field(name)? {
            Some(v) => v.to_py(py),
            None => Err(PyAttributeError::new_err(format!(
                "{} entity has no field '{name}' (its fields: {})",
                self.data.kind,
                self.keys()?.join(", ")
            ))),
        }
    }

    fn __getitem__<'py>(&self, py: Python<'py>, key: &str) -> PyResult<Bound<'py, PyAny>> {
        self.data
            .value(py, key)?
            .ok_or_else(|| PyKeyError::new_err(key.to_string()))
    }

    fn __contains__(&self, key: &str) -> PyResult<bool> {
        Ok(matches!(key, "kind" | "text" | "start" | "end") || self.data.field(key)?.is_some())
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let mut s = format!(
            "Entity(kind={}, text={}, start={}, end={}",
            PyString::new(py, &self.data.kind).repr()?,
            PyString::new(py, &self.data.text).repr()?,
            self.data.start,
            self.data.end
        );
        for (k, v) in self.data.fields()? {
            s.push_str(", ");
            s.push_str(k);
            s.push('=');
            s.push_str(&v.to_py(py)?.repr()?.to_string());
        }
        s.push(')');
        Ok(s)
    }

    /// Pickling (multiprocessing, Spark): the JSON and the character offsets.
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let f = py
            .import("hanhchinh._hanhchinh")?
            .getattr("_entity_from_json")?;
        let args = (
            self.data.json.as_str(),
            self.data.char_start,
            self.data.char_end,
        );
        PyTuple::new(py, [f, args.into_pyobject(py)?.into_any()])
    }
}

/// Rebuilds a pickled entity.
#[pyfunction]
pub(crate) fn _entity_from_json(
    json: &str,
    char_start: usize,
    char_end: usize,
) -> PyResult<Entity> {
    Ok(Entity {
        data: EntityData::from_json(json.to_string(), char_start, char_end)?,
    })
}

/// A token of `hanhchinh.tokenize`: `text`, `start`, `end` (bytes), `char_start`, `char_end`
/// (characters) and `kind` (`word`, `number`, `code`, `punct`, `symbol`).
#[pyclass(module = "hanhchinh", name = "Token", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct Token {
    /// The token's text.
    #[pyo3(get)]
    text: String,
    /// Byte offset in the UTF-8 text.
    #[pyo3(get)]
    start: usize,
    /// Byte offset just past the token.
    #[pyo3(get)]
    end: usize,
    /// Character offset in the Python string.
    #[pyo3(get)]
    char_start: usize,
    /// Character offset just past the token.
    #[pyo3(get)]
    char_end: usize,
    /// `word`, `number`, `code`, `punct` or `symbol`.
    #[pyo3(get)]
    kind: &'static str,
}

impl Token {
    /// A token over `start..end` of a text, at character offset `char_start`.
    pub(crate) fn new(text: &str, start: usize, char_start: usize, kind: &'static str) -> Token {
        let end = start + text.len();
        Token {
            text: text.to_string(),
            start,
            end,
            char_start,
            char_end: char_start + text.chars().count(),
            kind,
        }
    }
}

#[pymethods]
impl Token {
    /// `{"text", "start", "end", "kind"}` as `hanhchinh tokenize` writes it; with
    /// `char_offsets=True` also `char_start` and `char_end`.
    #[pyo3(signature = (char_offsets = false))]
    fn to_dict<'py>(&self, py: Python<'py>, char_offsets: bool) -> PyResult<Bound<'py, PyDict>> {
        let chars = char_offsets.then_some((self.char_start, self.char_end));
        let kind = Some(("kind", self.kind));
        piece_dict(py, &self.text, (self.start, self.end), kind, chars)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let kind = format!(", kind='{}'", self.kind);
        piece_repr(py, "Token", &self.text, (self.start, self.end), &kind)
    }

    fn __str__(&self) -> &str {
        &self.text
    }
}

/// A sentence of `hanhchinh.sentences`: `text`, `start`, `end` (bytes), `char_start`,
/// `char_end` (characters).
#[pyclass(module = "hanhchinh", name = "Sentence", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct Sentence {
    /// The sentence's text.
    #[pyo3(get)]
    text: String,
    /// Byte offset in the UTF-8 text.
    #[pyo3(get)]
    start: usize,
    /// Byte offset just past the sentence.
    #[pyo3(get)]
    end: usize,
    /// Character offset in the Python string.
    #[pyo3(get)]
    char_start: usize,
    /// Character offset just past the sentence.
    #[pyo3(get)]
    char_end: usize,
}

impl Sentence {
    /// A sentence over `start..` of a text, at character offset `char_start`.
    pub(crate) fn new(text: &str, start: usize, char_start: usize) -> Sentence {
        Sentence {
            text: text.to_string(),
            start,
            end: start + text.len(),
            char_start,
            char_end: char_start + text.chars().count(),
        }
    }
}

#[pymethods]
impl Sentence {
    /// `{"text", "start", "end"}`; with `char_offsets=True` also `char_start` and `char_end`.
    #[pyo3(signature = (char_offsets = false))]
    fn to_dict<'py>(&self, py: Python<'py>, char_offsets: bool) -> PyResult<Bound<'py, PyDict>> {
        let chars = char_offsets.then_some((self.char_start, self.char_end));
        piece_dict(py, &self.text, (self.start, self.end), None, chars)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        piece_repr(py, "Sentence", &self.text, (self.start, self.end), "")
    }

    fn __str__(&self) -> &str {
        &self.text
    }
}

/// The dict of a token or a sentence: `text`, `start`, `end`, then `extra` (a key and its
/// value), then `char_start` and `char_end` when given.
fn piece_dict<'py>(
    py: Python<'py>,
    text: &str,
    (start, end): (usize, usize),
    extra: Option<(&str, &str)>,
    chars: Option<(usize, usize)>,
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("text", text)?;
    d.set_item("start", start)?;
    d.set_item("end", end)?;
    if let Some((k, v)) = extra {
        d.set_item(k, v)?;
    }
    if let Some((char_start, char_end)) = chars {
        d.set_item("char_start", char_start)?;
        d.set_item("char_end", char_end)?;
    }
    Ok(d)
}

/// `Name(text='…', start=…, end=……)`, `more` written before the closing bracket.
fn piece_repr(
    py: Python<'_>,
    name: &str,
    text: &str,
    (start, end): (usize, usize),
    more: &str,
) -> PyResult<String> {
    let text = PyString::new(py, text).repr()?;
    Ok(format!(
        "{name}(text={text}, start={start}, end={end}{more})"
    ))
}

/// A Python list of entity objects.
pub(crate) fn entity_list(py: Python<'_>, data: Vec<EntityData>) -> PyResult<Bound<'_, PyList>> {
    let _pause = crate::gcpause::GcPause::new(py)?;
    let list = PyList::empty(py);
    for d in data {
        list.append(Bound::new(py, Entity::new(d))?)?;
    }
    Ok(list)
}
