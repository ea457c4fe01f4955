//! Running a function over many inputs on several threads (rayon), outside the interpreter.

use pyo3::prelude::*;
use rayon::prelude::*;

use crate::errors::Fail;

/// The largest thread count accepted (a larger number is a mistake, not a machine).
pub(crate) const MAX_THREADS: i64 = 1024;

/// Items per stretch of work between two looks at Python's signals (Ctrl-C).
const CHUNK: usize = 2048;

/// Reads `threads`: `None` or `0` is every core, `1` runs on the calling thread.
pub(crate) fn threads_arg(threads: Option<i64>) -> Result<Option<usize>, Fail> {
    match threads {
        None | Some(0) => Ok(None),
        Some(n) if (1..=MAX_THREADS).contains(&n) => Ok(usize::try_from(n).ok()),
        Some(n) => Err(Fail::option(format!(
            "threads={n}: expected 0 or None (every core) or 1 to {MAX_THREADS}"
        ))),
    }
}

/// `f(i)` for every `i` in `0..n`, in order, on `threads` threads (`None`: rayon's global pool,
/// one thread per core), with the GIL released. Between stretches of [`CHUNK`] items the
/// interpreter is attached again to run its signal handlers, so that Ctrl-C stops a long batch
/// (raising `KeyboardInterrupt`).
pub(crate) fn map<T, F>(py: Python<'_>, threads: Option<usize>, n: usize, f: F) -> PyResult<Vec<T>>
where
    T: Send,
    F: Fn(usize) -> T + Sync + Send,
{
    let pool = match threads {
        Some(k) if k > 1 && n > 1 => Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(k)
                .build()
                .map_err(|e| Fail::option(format!("threads={k}: cannot start the threads: {e}")))?,
        ),
        _ => None,
    };
    let mut out = Vec::with_capacity(n);
    let mut start = 0;
    while start < n {
        let end = start.saturating_add(CHUNK).min(n);
        let part: Vec<T> = py.detach(|| match (threads, &pool) {
            (Some(1), _) => (start..end).map(&f).collect(),
            (_, Some(p)) => p.install(|| (start..end).into_par_iter().map(&f).collect()),
            _ if end - start <= 1 => (start..end).map(&f).collect(),
            _ => (start..end).into_par_iter().map(&f).collect(),
        });
        out.extend(part);
        py.check_signals()?;
        start = end;
    }
    Ok(out)
}
