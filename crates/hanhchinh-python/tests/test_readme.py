"""The Python example of the repository's README runs and prints what the README shows."""

import contextlib
import io
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def test_readme_python_example():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python") :]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    shown = re.search(r"```text\n(.*?)```", section, re.S).group(1)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    assert out.getvalue() == shown
