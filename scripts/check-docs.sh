#!/usr/bin/env bash
# Runs every shell command shown in README.md, crates/*/README.md and docs/*.md, so that the
# documentation cannot drift from the program (CI calls this; run it yourself after editing a
# document or a command's output):
#   scripts/check-docs.sh [FILE.md ...]
#
# Fenced blocks, by their info string:
#   ```sh / ```bash / ```shell   every command runs from the repository root and must exit 0
#                                (a line ending in `\` continues on the next one; `#` lines are
#                                comments);
#   ```console                   `$ command` lines run the same way, and the lines after each
#                                one are its expected stdout: equal line by line, except that a
#                                line `...` stands for any number of lines;
#   ```sh no-run (any kind)      only checked for shell syntax: for commands that need what CI
#                                does not have or take too long (a nightly compiler, a fuzzing or
#                                benchmark campaign); say why in the text beside it.
# A command-looking line (`cargo ...`, `hanhchinh ...`, `$ ...`, `... | hanhchinh`) in any other
# block is an error: tag the block so that it runs, or `no-run`.
#
# `hanhchinh` is the release build of this checkout (built first); `cargo install` installs into
# a scratch directory (CARGO_INSTALL_ROOT), never into ~/.cargo. `cargo test --workspace`, the
# README's test command, is not run again here: CI runs it as its last step. Files that the
# commands create in the checkout are removed afterwards; a command that changes a tracked file
# fails the check.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

cargo build --release --quiet -p hanhchinh-cli
target="$(cargo metadata --format-version 1 --no-deps \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')"
mkdir -p "$scratch/bin" "$scratch/install"
ln -s "$target/release/hanhchinh" "$scratch/bin/hanhchinh"

if [ "$#" -eq 0 ]; then
  set -- README.md crates/*/README.md docs/*.md
fi

SCRATCH="$scratch" python3 - "$@" <<'PY'
import functools, os, re, subprocess, sys

scratch = os.environ["SCRATCH"]
env = dict(os.environ)
env["PATH"] = f"{scratch}/install/bin:{scratch}/bin:" + env["PATH"]
env["CARGO_INSTALL_ROOT"] = f"{scratch}/install"
env["CARGO_TERM_COLOR"] = "never"
RUN = {"sh", "bash", "shell", "console"}
SKIP_AGAIN = {"cargo test --workspace"}
COMMANDISH = re.compile(
    r"^(\$ |(cd \S+ && )?([A-Z_][A-Z0-9_]*=\S* )*(cargo|hanhchinh|python3|rustup) "
    r"|scripts/\S+\.sh|.*\|\s*hanhchinh )"
)
TIMEOUT = 20 * 60


def git_state():
    tracked = subprocess.run(["git", "diff", "HEAD"], capture_output=True).stdout
    other = subprocess.run(
        ["git", "ls-files", "--others", "--exclude-standard", "-z"], capture_output=True
    ).stdout
    ignored = subprocess.run(
        ["git", "ls-files", "--others", "--ignored", "--exclude-standard", "--directory", "-z"],
        capture_output=True,
    ).stdout
    files = set(p for p in (other + ignored).decode().split("\0") if p)
    return tracked, files


def blocks(path):
    """(info words, first line number, lines) of every fenced block."""
    out, cur = [], None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            m = re.match(r"^\s*```(.*)$", line)
            if m and cur is None:
                cur = (m.group(1).split(), n + 1, [])
            elif m and cur is not None:
                out.append(cur)
                cur = None
            elif cur is not None:
                cur[2].append(line)
    return out


def logical(lines, start):
    """Joins `\\`-continued lines: (line number, text)."""
    out, buf, first = [], "", None
    for i, l in enumerate(lines):
        if first is None:
            first = start + i
        if l.endswith("\\"):
            buf += l[:-1] + " "
            continue
        out.append((first, buf + l))
        buf, first = "", None
    if buf:
        out.append((first, buf))
    return out


def matches(expected, actual):
    """Line by line, `...` standing for any number of lines."""
    exp = [e.rstrip() for e in expected]
    act = [a.rstrip() for a in actual]
    while exp and not exp[-1]:
        exp.pop()
    while act and not act[-1]:
        act.pop()

    @functools.lru_cache(maxsize=None)
    def go(i, j):
        if i == len(exp):
            return j == len(act)
        if exp[i] == "...":
            return any(go(i + 1, k) for k in range(j, len(act) + 1))
        return j < len(act) and exp[i] == act[j] and go(i + 1, j + 1)

    sys.setrecursionlimit(100000)
    return go(0, 0)


failures, ran, checked, skipped = [], 0, 0, []
before_tracked, before_files = git_state()
for path in sys.argv[1:]:
    for info, start, lines in blocks(path):
        kind = info[0].lower() if info else ""
        if kind == "rust" or kind.startswith("rust,"):
            continue
        no_run = "no-run" in info[1:] or kind.endswith(",no-run")
        kind = kind.split(",")[0]
        if kind not in RUN or no_run:
            cmds = [(start + i, l) for i, l in enumerate(lines)]
            looks = [(n, l) for n, l in cmds if COMMANDISH.match(l)]
            if kind in RUN and no_run:
                script = "\n".join(l[2:] if l.startswith("$ ") else l for l in lines
                                   if kind != "console" or l.startswith("$ "))
                r = subprocess.run(["bash", "-n"], input=script.encode(), capture_output=True)
                if r.returncode != 0:
                    failures.append(f"{path}:{start}: shell syntax: {r.stderr.decode()}")
                skipped.extend(f"{path}:{n}" for n, _ in looks or cmds[:1])
            elif looks:
                for n, l in looks:
                    failures.append(
                        f"{path}:{n}: command in a block that is not run ({kind or 'untagged'}): "
                        f"{l.strip()!r}: tag the block sh, console, or `sh no-run`"
                    )
            continue
        steps = []  # (line, command, expected lines or None)
        if kind == "console":
            for n, l in logical(lines, start):
                if l.startswith("$ "):
                    steps.append([n, l[2:], []])
                elif steps:
                    steps[-1][2].append(l)
        else:
            for n, l in logical(lines, start):
                if l.strip() and not l.lstrip().startswith("#"):
                    steps.append([n, l, None])
        for n, cmd, expected in steps:
            bare = re.sub(r"\s+#.*$", "", cmd).strip()
            if bare in SKIP_AGAIN:
                print(f"check-docs: {path}:{n}: `{bare}` is CI's last step, not run twice")
                continue
            print(f"check-docs: {path}:{n}: {bare}", flush=True)
            try:
                r = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], env=env,
                                   stdin=subprocess.DEVNULL, capture_output=True,
                                   timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                failures.append(f"{path}:{n}: timed out after {TIMEOUT} s: {bare}")
                continue
            ran += 1
            out = r.stdout.decode("utf-8", "replace")
            if r.returncode != 0:
                failures.append(f"{path}:{n}: exit {r.returncode}: {bare}\n"
                                + r.stderr.decode("utf-8", "replace")[-2000:])
                continue
            if expected is not None and any(e.strip() for e in expected):
                checked += 1
                if not matches(expected, out.splitlines()):
                    failures.append(f"{path}:{n}: output differs from the document: {bare}\n"
                                    "--- document\n" + "\n".join(expected) +
                                    "\n--- program\n" + out[:4000])

after_tracked, after_files = git_state()
for p in sorted(after_files - before_files):
    full = os.path.join(os.getcwd(), p)
    if p.startswith("target/") or not os.path.lexists(full):
        continue
    subprocess.run(["rm", "-rf", "--", full])
if after_tracked != before_tracked:
    failures.append("the documented commands changed tracked files:\n" + subprocess.run(
        ["git", "diff", "--stat"], capture_output=True).stdout.decode())

for f in failures:
    print(f"check-docs: FAILED {f}", file=sys.stderr)
print(f"check-docs: {ran} commands run, {checked} outputs compared, "
      f"{len(skipped)} no-run ({', '.join(skipped) or 'none'}), {len(failures)} failures")
sys.exit(1 if failures else 0)
PY
