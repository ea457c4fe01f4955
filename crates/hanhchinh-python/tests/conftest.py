"""Shared fixtures: the repository, its sample pages and the `hanhchinh` command line."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SEEDS = sorted((REPO / "data" / "corpus" / "seeds").glob("*.txt"))


def _find_cli():
    """The CLI named by HANHCHINH_CLI, else the one cargo built in this checkout."""
    named = os.environ.get("HANHCHINH_CLI")
    if named:
        path = Path(named)
        if not path.is_file():
            raise FileNotFoundError(f"HANHCHINH_CLI={named} does not exist")
        return path
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    for profile in ("release", "debug"):
        path = target / profile / "hanhchinh"
        if path.is_file():
            return path
    found = shutil.which("hanhchinh")
    return Path(found) if found else None


@pytest.fixture(scope="session")
def cli():
    """Runs the CLI: cli(args, stdin text or bytes) -> stdout as text (fails on a non-zero exit)."""
    path = _find_cli()
    if path is None:
        pytest.skip(
            "no hanhchinh CLI: build it (cargo build -p hanhchinh-cli) or set HANHCHINH_CLI"
        )

    def run(args, stdin=""):
        p = subprocess.run(
            [str(path), *args],
            input=stdin if isinstance(stdin, bytes) else stdin.encode("utf-8"),
            capture_output=True,
            check=False,
        )
        assert p.returncode == 0, p.stderr.decode("utf-8", "replace")
        return p.stdout.decode("utf-8")

    return run


@pytest.fixture(scope="session")
def cli_jsonl(cli):
    """Runs the CLI and parses its JSON Lines output."""

    def run(args, stdin=""):
        return [json.loads(line) for line in cli(args, stdin).splitlines()]

    return run


@pytest.fixture(scope="session")
def seeds():
    """The sample pages: (path, text)."""
    assert SEEDS, "data/corpus/seeds/*.txt missing"
    return [(p, p.read_bytes().decode("utf-8")) for p in SEEDS]
