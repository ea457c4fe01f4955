//! Python bindings of hanhchinh: the compiled module `hanhchinh._hanhchinh` of the Python
//! package `hanhchinh` (built by maturin, see `pyproject.toml` and the README).
//!
//! The package exposes `analyzer::Analyzer` (entities of a text, one at a time or many in
//! parallel), `gazetteer::Gazetteer` (lookup and address conversion, extended with the
//! user's TSV tables) and the text functions of `text`. Every conversion between the values
//! of the hanhchinh crates and Python objects is in `convert`; errors are the exception
//! hierarchy of `errors`.
//!
//! Work on text is done with the GIL released; batch calls run on rayon's threads.

mod analyzer;
mod convert;
mod errors;
mod gazetteer;
mod gcpause;
mod inputs;
mod parallel;
mod text;

use pyo3::prelude::*;

/// Vietnamese administrative NLP at Rust speed (see the package's `__init__.py`).
#[pymodule]
#[pyo3(name = "_hanhchinh")]
fn hanhchinh_python(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<analyzer::Analyzer>()?;
    m.add_class::<gazetteer::Gazetteer>()?;
    m.add_class::<convert::objects::Entity>()?;
    m.add_class::<convert::objects::Token>()?;
    m.add_class::<convert::objects::Sentence>()?;
    m.add_function(wrap_pyfunction!(text::tokenize, m)?)?;
    m.add_function(wrap_pyfunction!(text::normalize, m)?)?;
    m.add_function(wrap_pyfunction!(text::fold, m)?)?;
    m.add_function(wrap_pyfunction!(text::sentences, m)?)?;
    m.add_function(wrap_pyfunction!(text::segment, m)?)?;
    m.add_function(wrap_pyfunction!(text::decode, m)?)?;
    m.add_function(wrap_pyfunction!(text::detect_encoding, m)?)?;
    m.add_function(wrap_pyfunction!(convert::objects::_entity_from_json, m)?)?;
    errors::register(m)?;
    m.add("KINDS", convert::kind_names())?;
    m.add("DATA_VERSION", hanhchinh::gazetteer::DATA_VERSION)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
