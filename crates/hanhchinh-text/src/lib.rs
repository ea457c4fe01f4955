//! Vietnamese text foundations (work in progress: the modules land in the next commits).

// legacy: pub mod legacy;
