//! Vietnam's administrative units (work in progress: see issue 3).
