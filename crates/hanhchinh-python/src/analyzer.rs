//! `hanhchinh.Analyzer`: every entity of a text, one text at a time or many in parallel.

use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::PyList;

use crate::convert::objects::entity_list;
use crate::convert::{self, EntityData};
use crate::errors::Fail;
use crate::gazetteer::Gazetteer;
use crate::{inputs, parallel};

/// Finds every entity of Vietnamese administrative text: administrative units (with their
/// codes and, for pre-2025 units, their successors), persons with their titles, abbreviations,
/// numbers, amounts, percentages, quantities, fractions, ranges, dates, times, date ranges and
/// legal references.
///
/// Options (keywords): `kinds` (an iterable of kind names, or a comma-separated string; default
/// every kind), `ref_date` (the date of the documents, `YYYY-MM-DD` or a `datetime.date`: fills
/// in missing years and picks the version of a unit valid then), `tone` (`traditional`, the
/// default, writes names and expansions as `hòa`, `Ủy`; `modern` as `hoà`, `Uỷ`), `gazetteer`
/// (a `hanhchinh.Gazetteer`, e.g. extended with your own units).
///
/// An analyzer is cheap to create (the data is embedded, nothing is parsed) and may be shared
/// by threads; `analyze` and `analyze_many` release the GIL while they work.
#[pyclass(module = "hanhchinh", name = "Analyzer", frozen)]
pub(crate) struct Analyzer {
    inner: hanhchinh::Analyzer,
    ref_date: Option<String>,
    tone: String,
    kinds: Vec<&'static str>,
    gazetteer: Option<Py<Gazetteer>>,
}

impl Analyzer {
    fn day_of(&self, d: Option<&convert::DateArg>) -> Result<Option<hanhchinh::PartialDate>, Fail> {
        d.map(convert::day).transpose()
    }

    /// `each` over the analysis of every text, in parallel with the GIL released.
    fn run<T: Send>(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        ref_dates: Option<&Bound<'_, PyAny>>,
        threads: Option<i64>,
        each: impl Fn(&str, &hanhchinh::Extraction<'_>) -> T + Sync + Send,
    ) -> PyResult<Vec<T>> {
        let texts = inputs::strings(texts, "texts")?;
        let dates = inputs::dates(ref_dates, texts.len(), "ref_dates")?;
        let days = dates
            .iter()
            .enumerate()
            .map(|(i, d)| {
                self.day_of(d.as_ref())
                    .map_err(|e| e.context(&format!("ref_dates[{i}]: ")))
            })
            .collect::<Result<Vec<_>, Fail>>()?;
        let threads = parallel::threads_arg(threads)?;
        parallel::map(py, threads, texts.len(), |i| {
            let text: &str = texts.get(i).map_or("", |t| t);
            let day = days.get(i).copied().flatten();
            each(text, &self.inner.extract_on(text, day))
        })
    }
}

#[pymethods]
impl Analyzer {
    #[new]
    #[pyo3(signature = (*, kinds = None, ref_date = None, tone = "traditional", gazetteer = None))]
    fn new(
        kinds: Option<Bound<'_, PyAny>>,
        ref_date: Option<Bound<'_, PyAny>>,
        tone: &str,
        gazetteer: Option<Bound<'_, Gazetteer>>,
    ) -> PyResult<Analyzer> {
        let kind_set = convert::kinds_arg(kinds.as_ref())?;
        let mut b = hanhchinh::Analyzer::builder()
            .kinds(kind_set)
            .tone_style(convert::tone_arg(tone)?);
        let date = convert::date_arg(ref_date.as_ref())?
            .map(|d| convert::day(&d))
            .transpose()?;
        if let Some(d) = date {
            b = b.reference_date(d);
        }
        if let Some(g) = &gazetteer {
            b = b.gazetteer(g.get().inner.clone());
        }
        Ok(Analyzer {
            inner: b.build(),
            ref_date: date.map(|d| d.to_string()),
            tone: tone.trim().to_ascii_lowercase(),
            kinds: convert::kinds_of(kind_set),
            gazetteer: gazetteer.map(Bound::unbind),
        })
    }

    /// The entities of `text`, ordered by start (longer first at the same start).
    ///
    /// `ref_date` (`YYYY-MM-DD` or a `datetime.date`) overrides the analyzer's for this text.
    #[pyo3(signature = (text, ref_date = None))]
    fn analyze<'py>(
        &self,
        py: Python<'py>,
        text: PyBackedStr,
        ref_date: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyList>> {
        let date = convert::date_arg(ref_date.as_ref())?;
        let day = self.day_of(date.as_ref())?;
        let data: Vec<EntityData> =
            py.detach(|| convert::entities(&text, &self.inner.extract_on(&text, day)));
        entity_list(py, data)
    }

    /// The entities of `text` as the JSON array `hanhchinh analyze` writes (numbers exact).
    #[pyo3(signature = (text, ref_date = None))]
    fn analyze_json(
        &self,
        py: Python<'_>,
        text: PyBackedStr,
        ref_date: Option<Bound<'_, PyAny>>,
    ) -> PyResult<String> {
        let date = convert::date_arg(ref_date.as_ref())?;
        let day = self.day_of(date.as_ref())?;
        Ok(py.detach(|| convert::entities_json(&self.inner.extract_on(&text, day))))
    }

    /// The entities of each text (a list per text, in input order), analysed in parallel with
    /// the GIL released.
    ///
    /// `ref_dates`: `None`, one date for every text, or one date (or `None`) per text.
    /// `threads`: `None` or `0` for every core, `1` for the calling thread only. Ctrl-C stops a
    /// long batch (`KeyboardInterrupt`).
    #[pyo3(signature = (texts, ref_dates = None, threads = None))]
    fn analyze_many<'py>(
        &self,
        py: Python<'py>,
        texts: Bound<'py, PyAny>,
        ref_dates: Option<Bound<'py, PyAny>>,
        threads: Option<i64>,
    ) -> PyResult<Bound<'py, PyList>> {
        let per_text = self.run(py, &texts, ref_dates.as_ref(), threads, |text, a| {
            convert::entities(text, a)
        })?;
        let _pause = crate::gcpause::GcPause::new(py)?;
        let out = PyList::empty(py);
        for data in per_text {
            out.append(entity_list(py, data)?)?;
        }
        Ok(out)
    }

    /// `analyze_many`, each text's entities as the JSON array `hanhchinh analyze` writes: the
    /// fastest way to store results (a Spark or Parquet column, a file).
    #[pyo3(signature = (texts, ref_dates = None, threads = None))]
    fn analyze_many_json(
        &self,
        py: Python<'_>,
        texts: Bound<'_, PyAny>,
        ref_dates: Option<Bound<'_, PyAny>>,
        threads: Option<i64>,
    ) -> PyResult<Vec<String>> {
        self.run(py, &texts, ref_dates.as_ref(), threads, |_, a| {
            convert::entities_json(a)
        })
    }

    /// The kinds this analyzer extracts, in contract order.
    #[getter]
    fn kinds(&self) -> Vec<&'static str> {
        self.kinds.clone()
    }

    /// The analyzer's reference date (`YYYY-MM-DD`), or `None`.
    #[getter]
    fn ref_date(&self) -> Option<&str> {
        self.ref_date.as_deref()
    }

    /// The tone style of names and expansions: `traditional` or `modern`.
    #[getter]
    fn tone(&self) -> &str {
        &self.tone
    }

    /// The custom gazetteer given to the analyzer, or `None` for the embedded one.
    #[getter]
    fn gazetteer(&self, py: Python<'_>) -> Option<Py<Gazetteer>> {
        self.gazetteer.as_ref().map(|g| g.clone_ref(py))
    }

    fn __repr__(&self) -> String {
        let kinds = if self.kinds.len() == convert::kind_names().len() {
            "all".to_string()
        } else {
            format!("{:?}", self.kinds)
        };
        format!(
            "Analyzer(kinds={kinds}, ref_date={}, tone='{}', gazetteer={})",
            self.ref_date
                .as_ref()
                .map_or("None".to_string(), |d| format!("'{d}'")),
            self.tone,
            if self.gazetteer.is_some() {
                "custom"
            } else {
                "embedded"
            }
        )
    }
}
