//! The `hanhchinh` command line.

fn main() {}
