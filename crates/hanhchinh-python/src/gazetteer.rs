//! `hanhchinh.Gazetteer`: the administrative units of Vietnam in both eras, lookup and address
//! conversion, extended with the user's own TSV tables.

use std::path::PathBuf;

use hanhchinh::gazetteer as gz;
use pyo3::exceptions::PyOSError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyBytes, PyList, PyString};

use crate::convert::{self, DateArg};
use crate::errors::Fail;
use crate::{inputs, parallel};

/// Vietnam's administrative units in every era since 2017 (the 63 provinces, 696 districts and
/// 10,035 communes of 2025-06-30; the 34 provinces and 3,321 communes from 2025-07-01), with
/// the lineage across the 2025 reform.
///
/// `Gazetteer()` is the embedded data. `Gazetteer(["villages.tsv", ...])` extends it with your
/// own TSV tables (units, aliases or lineage; see `docs/extending-gazetteer.md`);
/// `default=False` starts from no units. Errors in a table raise `GazetteerError` naming the
/// file, line and column.
///
/// Results are dicts with the fields of the CLI's JSON (`hanhchinh lookup`, `hanhchinh
/// convert`). Methods release the GIL while they work; `convert_many` runs in parallel.
#[pyclass(module = "hanhchinh", name = "Gazetteer", frozen)]
pub(crate) struct Gazetteer {
    pub(crate) inner: gz::Gazetteer,
    custom: bool,
}

fn os_error(path: &std::path::Path, e: &std::io::Error) -> PyErr {
    // OSError(errno, message, filename) is raised as the matching subclass
    // (FileNotFoundError, PermissionError, ...).
    PyOSError::new_err((
        e.raw_os_error().unwrap_or(0),
        e.to_string(),
        path.display().to_string(),
    ))
}

fn build(py: Python<'_>, b: gz::Builder) -> PyResult<Gazetteer> {
    let g = py.detach(|| b.build().map_err(|e| convert::gazetteer_error(&e)))?;
    Ok(Gazetteer {
        inner: g,
        custom: true,
    })
}

fn base(default: bool) -> gz::Builder {
    if default {
        gz::Gazetteer::builder().with_default()
    } else {
        gz::Gazetteer::builder()
    }
}

impl Gazetteer {
    fn target(&self, date: Option<DateArg>) -> Result<Option<gz::Date>, Fail> {
        date.as_ref().map(convert::gazetteer_date).transpose()
    }
}

#[pymethods]
impl Gazetteer {
    #[new]
    #[pyo3(signature = (tables = None, *, default = true))]
    fn new(py: Python<'_>, tables: Option<Bound<'_, PyAny>>, default: bool) -> PyResult<Gazetteer> {
        let Some(tables) = tables.filter(|t| !t.is_none()) else {
            if default {
                return Ok(Gazetteer {
                    inner: gz::Gazetteer::default(),
                    custom: false,
                });
            }
            return build(py, base(false));
        };
        // One path (str or os.PathLike) or an iterable of paths.
        let paths: Vec<PathBuf> =
            if tables.is_instance_of::<PyString>() || tables.hasattr("__fspath__")? {
                vec![tables.extract()?]
            } else {
                let mut v = Vec::new();
                for p in tables.try_iter()? {
                    v.push(p?.extract::<PathBuf>()?);
                }
                v
            };
        let mut b = base(default);
        for p in &paths {
            let f = std::fs::File::open(p).map_err(|e| os_error(p, &e))?;
            b = py.detach(|| {
                b.add_tsv_named(&p.display().to_string(), f)
                    .map_err(|e| convert::gazetteer_error(&e))
            })?;
        }
        build(py, b)
    }

    /// A gazetteer from TSV text (`name` is used in error messages), on top of the embedded
    /// data unless `default=False`.
    #[staticmethod]
    #[pyo3(signature = (tsv, *, name = "<tsv>", default = true))]
    fn from_tsv(
        py: Python<'_>,
        tsv: PyBackedStr,
        name: &str,
        default: bool,
    ) -> PyResult<Gazetteer> {
        let b = py.detach(|| {
            base(default)
                .add_tsv_named(name, tsv.as_bytes())
                .map_err(|e| convert::gazetteer_error(&e))
        })?;
        build(py, b)
    }

    /// A compiled gazetteer (from `to_bytes`, `save` or `hanhchinh gazetteer build`).
    #[staticmethod]
    fn from_bytes(data: &[u8]) -> PyResult<Gazetteer> {
        let g =
            gz::Gazetteer::from_bytes(data.to_vec()).map_err(|e| convert::gazetteer_error(&e))?;
        Ok(Gazetteer {
            inner: g,
            custom: true,
        })
    }

    /// Loads a compiled gazetteer file (from `save` or `hanhchinh gazetteer build`).
    #[staticmethod]
    fn load(path: PathBuf) -> PyResult<Gazetteer> {
        let bytes = std::fs::read(&path).map_err(|e| os_error(&path, &e))?;
        let g = gz::Gazetteer::from_bytes(bytes)
            .map_err(|e| convert::gazetteer_error(&e).context(&format!("{}: ", path.display())))?;
        Ok(Gazetteer {
            inner: g,
            custom: true,
        })
    }

    /// The compiled bytes (load them back with `Gazetteer.from_bytes`).
    fn to_bytes<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, self.inner.to_bytes())
    }

    /// Writes the compiled bytes to `path` (for `Gazetteer.load` or `hanhchinh analyze
    /// --gazetteer`).
    fn save(&self, path: PathBuf) -> PyResult<()> {
        std::fs::write(&path, self.inner.to_bytes()).map_err(|e| os_error(&path, &e))
    }

    /// The version of the data (sources and dates).
    #[getter]
    fn data_version(&self) -> &str {
        self.inner.data_version()
    }

    /// The units named `name` (with or without type word, in any case, spelling of the tone
    /// marks or without diacritics): dicts with `code`, `name`, `type`, `level`, `province`,
    /// `valid_from`, `valid_to`, `successors`, `parent_code`, `address`, `match`, `edits`.
    /// A misspelt name is looked up as such when nothing matches; `fuzzy=True` gives only the
    /// misspelling search (every name within one edit per word, fewest edits first).
    #[pyo3(signature = (name, *, fuzzy = false))]
    fn lookup<'py>(
        &self,
        py: Python<'py>,
        name: PyBackedStr,
        fuzzy: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let j = py.detach(|| convert::lookup(&self.inner, &name, fuzzy));
        j.to_py(py)
    }

    /// Converts an old address (or unit name) to the units valid on `date` (default today):
    /// a dict with `input`, `old_code`, `old_level`, `old_name`, `old_type`, `old_era`,
    /// `old_valid_from`, `old_valid_to`, `new_codes`, `new`, `split`, `via`, `score`, `reason`,
    /// `possible`, and `candidates` when the address is ambiguous, as `hanhchinh convert` writes
    /// it.
    #[pyo3(signature = (address, date = None))]
    fn convert<'py>(
        &self,
        py: Python<'py>,
        address: PyBackedStr,
        date: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let to = self.target(convert::date_arg(date.as_ref())?)?;
        let c = py.detach(|| convert::convert(&self.inner, &address, to));
        Ok(convert::conversion_to_py(py, &c, None)?.into_any())
    }

    /// `convert` for every address, in parallel with the GIL released; a list of dicts in input
    /// order. `date`: `None` (today), one date for all, or one per address. `threads`: `None` or
    /// `0` for every core, `1` for the calling thread only. Ctrl-C stops a long batch.
    #[pyo3(signature = (addresses, date = None, threads = None))]
    fn convert_many<'py>(
        &self,
        py: Python<'py>,
        addresses: Bound<'py, PyAny>,
        date: Option<Bound<'py, PyAny>>,
        threads: Option<i64>,
    ) -> PyResult<Bound<'py, PyList>> {
        let objects = inputs::string_objects(&addresses, "addresses")?;
        let (objects, addresses): (Vec<_>, Vec<_>) = objects.into_iter().unzip();
        let dates = inputs::dates(date.as_ref(), addresses.len(), "date")?;
        let targets = dates
            .into_iter()
            .enumerate()
            .map(|(i, d)| {
                self.target(d)
                    .map_err(|e| e.context(&format!("date[{i}]: ")))
            })
            .collect::<Result<Vec<_>, Fail>>()?;
        let threads = parallel::threads_arg(threads)?;
        let results = parallel::map(py, threads, addresses.len(), |i| {
            let a: &str = addresses.get(i).map_or("", |a| a);
            convert::convert(&self.inner, a, targets.get(i).copied().flatten())
        })?;
        let _pause = crate::gcpause::GcPause::new(py)?;
        let out = PyList::empty(py);
        for (c, obj) in results.iter().zip(&objects) {
            out.append(convert::conversion_to_py(py, c, Some(obj))?)?;
        }
        Ok(out)
    }

    /// Every unit version valid on `date` (every version of every era when `None`), only of
    /// `level` (`province`, `district`, `commune`) if given: dicts as in `lookup`, without
    /// `match` and `edits`.
    #[pyo3(signature = (*, date = None, level = None))]
    fn units<'py>(
        &self,
        py: Python<'py>,
        date: Option<Bound<'py, PyAny>>,
        level: Option<&str>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let on = self.target(convert::date_arg(date.as_ref())?)?;
        let level = level.map(convert::level_arg).transpose()?;
        let j = py.detach(|| convert::units(&self.inner, on, level));
        j.to_py(py)
    }

    /// The version of the unit with this `level` and `code` valid on `date` (default today), as
    /// a dict like those of `lookup`, or `None`.
    #[pyo3(signature = (level, code, date = None))]
    fn unit<'py>(
        &self,
        py: Python<'py>,
        level: &str,
        code: &str,
        date: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let on = self
            .target(convert::date_arg(date.as_ref())?)?
            .unwrap_or_else(convert::today);
        let level = convert::level_arg(level)?;
        convert::find_code(&self.inner, level, code, on).to_py(py)
    }

    fn __len__(&self) -> usize {
        self.inner.len()
    }

    fn __repr__(&self) -> String {
        format!(
            "Gazetteer({} unit versions, {}, data {:?})",
            self.inner.len(),
            if self.custom { "custom" } else { "embedded" },
            self.inner.data_version()
        )
    }
}
