#!/usr/bin/env bash
# Scores `hanhchinh analyze --jsonl` on the dev gold set of ../shared/eval (see its README).
#   scripts/eval-dev.sh [--show-misses] [extra score.py arguments]
# Builds the CLI (release), writes the predictions to target/eval-dev/predictions.jsonl and runs
# python3 ../shared/eval/score.py on them. Needs the shared folder beside the repository.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${HANHCHINH_SHARED:-$root/../shared}"
gold="$shared/eval/dev.jsonl"
out="$root/target/eval-dev"
mkdir -p "$out"
cargo build --release --quiet -p hanhchinh-cli --manifest-path "$root/Cargo.toml"
"$root/target/release/hanhchinh" analyze --jsonl --quiet "$gold" > "$out/predictions.jsonl"
python3 "$shared/eval/score.py" "$gold" "$out/predictions.jsonl" "$@"
