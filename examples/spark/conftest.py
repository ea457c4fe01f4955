"""The fixtures of the package's tests (the CLI, the sample pages), shared with this example."""

import importlib.util
from pathlib import Path

_path = (
    Path(__file__).resolve().parents[2] / "crates" / "hanhchinh-python" / "tests" / "conftest.py"
)
_spec = importlib.util.spec_from_file_location("hanhchinh_test_fixtures", _path)
_shared = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_shared)

cli = _shared.cli
cli_jsonl = _shared.cli_jsonl
seeds = _shared.seeds
