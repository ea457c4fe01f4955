#!/usr/bin/env bash
# The Python package as a user gets it, in a fresh virtual environment (under the cargo target
# folder): installed with the one command of the README (`pip install ./crates/hanhchinh-python`,
# a release build through maturin), its type stubs checked against the module (mypy's
# stubtest), then pytest over the package's tests (every function, offsets, errors, threads, a
# round trip against the CLI on the sample pages) and the Spark (local[2], 100,000 addresses)
# and Polars examples. Called by .ci/run; needs Python >= 3.9, Java 17 and PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
target="${CARGO_TARGET_DIR:-$PWD/target}"
venv="$target/ci-python-venv"
rm -rf "$venv"
python3 -m venv "$venv"
py="$venv/bin/python"
"$py" -m pip install --quiet --disable-pip-version-check --upgrade pip
# pyspark 4 reads Arrow batches through pandas' version check; it supports pandas < 3.
"$py" -m pip install --quiet --disable-pip-version-check pytest mypy pyspark pyarrow "pandas<3" polars
echo "-- pip install ./crates/hanhchinh-python ($((SECONDS - start)) s)"
"$py" -m pip install --quiet --disable-pip-version-check ./crates/hanhchinh-python
echo "-- the CLI that the tests compare with ($((SECONDS - start)) s)"
cargo build --release --quiet -p hanhchinh-cli
export HANHCHINH_CLI="$target/release/hanhchinh"
echo "-- the README's check ($((SECONDS - start)) s)"
(cd "$target" && "$py" -c "import hanhchinh; print(hanhchinh.Analyzer().analyze('UBND quận Ba Đình ngày 18/5/2022'))")
echo "-- stubtest ($((SECONDS - start)) s)"
(cd crates/hanhchinh-python && "$py" -m mypy.stubtest hanhchinh --allowlist stubtest-allowlist.txt)
echo "-- pytest ($((SECONDS - start)) s)"
"$py" -m pytest -q -p no:cacheprovider crates/hanhchinh-python/tests examples/spark examples/polars
echo "-- python: $((SECONDS - start)) s"
