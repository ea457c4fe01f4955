//! The text functions: tokenize, normalize, fold, sentences, segment, decode, detect_encoding.

use std::sync::OnceLock;

use hanhchinh::segment::Segmenter;
use hanhchinh::text::{self as ht, legacy};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::types::{PyByteArray, PyBytes, PyList, PyString};

use crate::convert::objects::{char_count, CharCursor, Sentence, Token};
use crate::convert::{self};
use crate::errors::Fail;

fn segmenter() -> &'static Segmenter {
    static SEG: OnceLock<Segmenter> = OnceLock::new();
    SEG.get_or_init(Segmenter::default)
}

/// The tokens of `text`: words, numbers (`2.309`, `18/5/2023`), codes (`34-CT/TW`),
/// punctuation and symbols, with byte and character offsets. Spaces are not tokens.
#[pyfunction]
pub(crate) fn tokenize<'py>(py: Python<'py>, text: PyBackedStr) -> PyResult<Bound<'py, PyList>> {
    let tokens: Vec<Token> = py.detach(|| {
        let mut cursor = CharCursor::new(&text);
        ht::tokenize(&text)
            .map(|t| {
                let c = cursor.at(t.start());
                Token::new(t.text(), t.start(), c, t.kind().as_str())
            })
            .collect()
    });
    let _pause = crate::gcpause::GcPause::new(py)?;
    let out = PyList::empty(py);
    for t in tokens {
        out.append(Bound::new(py, t)?)?;
    }
    Ok(out)
}

/// `text` in Unicode NFC with one tone-mark placement: `tone="traditional"` (default: `hòa`,
/// `thủy`, `Ủy ban`, as in official names) or `"modern"` (`hoà`, `thuỷ`, `Uỷ ban`).
/// `map_spaces=True` also turns no-break and other wide spaces into ASCII spaces and drops
/// zero-width spaces.
#[pyfunction]
#[pyo3(signature = (text, *, tone = "traditional", map_spaces = false))]
pub(crate) fn normalize(
    py: Python<'_>,
    text: PyBackedStr,
    tone: &str,
    map_spaces: bool,
) -> PyResult<String> {
    let opts = ht::NormalizeOptions::new()
        .tone(convert::tone_arg(tone)?)
        .map_spaces(map_spaces);
    Ok(py.detach(|| ht::normalize_with(&text, &opts).into_owned()))
}

/// `text` lowercased without diacritics (`Nam Từ Liêm` -> `nam tu liem`, `đ` -> `d`): for
/// search over text typed without marks.
#[pyfunction]
pub(crate) fn fold(py: Python<'_>, text: PyBackedStr) -> String {
    py.detach(|| ht::fold(&text).into_owned())
}

/// The sentences of `text`, with byte and character offsets.
#[pyfunction]
pub(crate) fn sentences<'py>(py: Python<'py>, text: PyBackedStr) -> PyResult<Bound<'py, PyList>> {
    let found: Vec<Sentence> = py.detach(|| {
        let mut cursor = CharCursor::new(&text);
        ht::sentences(&text)
            .map(|s| Sentence::new(s.text(), s.start(), cursor.at(s.start())))
            .collect()
    });
    let out = PyList::empty(py);
    for s in found {
        out.append(Bound::new(py, s)?)?;
    }
    Ok(out)
}

/// The words of `text` (Vietnamese word segmentation).
///
/// `format="words"` (default): a list of the words as written (`["phong trào", "thi đua"]`);
/// `format="text"`: one string, the syllables of each word joined by `_` and the words by
/// spaces (`"phong_trào thi_đua"`, what `hanhchinh segment` and pyvi write); `format="spans"`:
/// a list of `(word, char_start, char_end)`.
#[pyfunction]
#[pyo3(signature = (text, *, format = "words"))]
pub(crate) fn segment<'py>(
    py: Python<'py>,
    text: PyBackedStr,
    format: &str,
) -> PyResult<Bound<'py, PyAny>> {
    match format {
        "text" => {
            let out = py.detach(|| {
                let mut out = String::with_capacity(text.len() + 16);
                segmenter().segment_joined_into(&text, &mut out);
                out
            });
            Ok(PyString::new(py, &out).into_any())
        }
        "words" | "spans" => {
            let words: Vec<(usize, usize)> = py.detach(|| {
                segmenter()
                    .segment(&text)
                    .words()
                    .map(|w| (w.start(), w.end()))
                    .collect()
            });
            let out = PyList::empty(py);
            let mut cursor = CharCursor::new(&text);
            for (start, end) in words {
                let w = text.get(start..end).unwrap_or_default();
                if format == "words" {
                    out.append(w)?;
                } else {
                    let c = cursor.at(start);
                    out.append((w, c, c + char_count(w.as_bytes())))?;
                }
            }
            Ok(out.into_any())
        }
        _ => Err(Fail::option(format!(
            "unknown format {format:?}; expected 'words', 'text' or 'spans'"
        ))
        .into()),
    }
}

/// Legacy input: original bytes, or text that a program already read as Windows-1252.
enum Legacy {
    Bytes(PyBackedBytes),
    Text(PyBackedStr),
}

fn legacy_arg(data: &Bound<'_, PyAny>) -> PyResult<Legacy> {
    if let Ok(s) = data.cast::<PyString>() {
        return Ok(Legacy::Text(PyBackedStr::try_from(s.clone())?));
    }
    if data.is_instance_of::<PyBytes>() || data.is_instance_of::<PyByteArray>() {
        return Ok(Legacy::Bytes(data.extract()?));
    }
    Err(PyTypeError::new_err(format!(
        "expected bytes, bytearray or str, not {}",
        data.get_type().name()?
    )))
}

/// Decodes legacy Vietnamese encodings to Unicode NFC: `data` is the original bytes (`bytes`)
/// or text that a program already read as Windows-1252 (`str`, e.g. `"ñy ban nh©n d©n"`).
///
/// `encoding`: `"auto"` (default: detected), `"tcvn3"` (ABC), `"vni"`, `"viqr"` or
/// `"unicode"` (UTF-8; UTF-8 that was read as Windows-1252, `"Ná»™i"`, is repaired to
/// `"Nội"`). Never fails on the data: bytes that the encoding does not define keep their
/// Windows-1252 meaning.
#[pyfunction]
#[pyo3(signature = (data, encoding = "auto"))]
pub(crate) fn decode(py: Python<'_>, data: Bound<'_, PyAny>, encoding: &str) -> PyResult<String> {
    let enc = convert::encoding_arg(encoding)?;
    let data = legacy_arg(&data)?;
    Ok(py.detach(|| match (&data, enc) {
        (Legacy::Bytes(b), Some(e)) => legacy::decode(b, e),
        (Legacy::Bytes(b), None) => legacy::decode_detected(b).0,
        (Legacy::Text(t), Some(e)) => legacy::decode_str(t, e),
        (Legacy::Text(t), None) => legacy::decode_detected_str(t).0,
    }))
}

/// The encoding that `data` (bytes, or text read as Windows-1252) most likely uses, and the
/// detector's confidence (0 to 1): `("tcvn3", 0.97)`. Names: `unicode`, `tcvn3`, `vni`, `viqr`.
#[pyfunction]
pub(crate) fn detect_encoding(
    py: Python<'_>,
    data: Bound<'_, PyAny>,
) -> PyResult<(&'static str, f64)> {
    let data = legacy_arg(&data)?;
    let d = py.detach(|| match &data {
        Legacy::Bytes(b) => legacy::detect(b),
        Legacy::Text(t) => legacy::detect_str(t),
    });
    // The shortest decimal of the f32 (0.6, not 0.6000000238418579).
    let confidence = d.confidence().to_string().parse().unwrap_or(0.0);
    Ok((convert::encoding_name(d.encoding()), confidence))
}
