//! Pausing Python's cyclic garbage collector while a batch of result objects is built.
//!
//! PyO3 objects are tracked by the collector, so building a million entities triggers its
//! collections over and over, each walking every live object of the process: with a few
//! large libraries imported that cost a fifth of `analyze_many`. The results hold no
//! references to other Python objects and form no cycles, so nothing is lost by collecting
//! once afterwards instead of during the build.

use pyo3::prelude::*;
use pyo3::types::PyModule;

/// Disables the collector until dropped, if it was enabled (a collector that the program
/// disabled itself stays disabled).
pub(crate) struct GcPause<'py> {
    gc: Option<Bound<'py, PyModule>>,
}

impl<'py> GcPause<'py> {
    /// Pauses the collector.
    pub(crate) fn new(py: Python<'py>) -> PyResult<GcPause<'py>> {
        let gc = py.import("gc")?;
        if gc.call_method0("isenabled")?.is_truthy()? {
            gc.call_method0("disable")?;
            return Ok(GcPause { gc: Some(gc) });
        }
        Ok(GcPause { gc: None })
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.gc {
            // Enabling cannot fail; were it to, the collector would stay off, never a crash.
            let _ = gc.call_method0("enable");
        }
    }
}
