#!/usr/bin/env bash
# Benchmarks of the Python package against its peers (docs/benchmarks.md, "Python"): installs
# the package and pyvi, underthesea, vietnamadminunits, pyspark into a virtual environment under
# the cargo target folder (kept between runs; `--fresh` rebuilds it), builds the release CLI and
# prints the table of scripts/bench_python.py (other arguments are passed to it, e.g.
# `--skip spark`). Not part of CI: it takes a few minutes and needs PyPI and Java 17.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-$PWD/target}"
venv="$target/bench-python-venv"
if [ "${1:-}" = "--fresh" ]; then
    rm -rf "$venv"
    shift
fi
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
        pyvi underthesea vietnamadminunits pyspark pyarrow "pandas<3"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps \
    ./crates/hanhchinh-python
cargo build --release --quiet -p hanhchinh-cli
"$venv/bin/python" scripts/bench_python.py --cli "$target/release/hanhchinh" "$@"
