//! Running a function over many inputs on several threads (rayon), outside the interpreter.

use rayon::prelude::*;

use crate::errors::Fail;

/// The largest thread count accepted (a larger number is a mistake, not a machine).
pub(crate) const MAX_THREADS: i64 = 1024;

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
/// one thread per core). Call it inside `Python::detach`.
pub(crate) fn map<T, F>(threads: Option<usize>, n: usize, f: F) -> Result<Vec<T>, Fail>
where
    T: Send,
    F: Fn(usize) -> T + Sync + Send,
{
    match threads {
        Some(1) => Ok((0..n).map(f).collect()),
        _ if n <= 1 => Ok((0..n).map(f).collect()),
        None => Ok((0..n).into_par_iter().map(f).collect()),
        Some(k) => {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(k)
                .build()
                .map_err(|e| Fail::option(format!("threads={k}: cannot start the threads: {e}")))?;
            Ok(pool.install(|| (0..n).into_par_iter().map(f).collect()))
        }
    }
}
