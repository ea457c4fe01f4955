#!/usr/bin/env bash
# Scores `hanhchinh analyze --jsonl` on the development gold sets of ../shared/eval (see its
# README and dev2/README.md):
#   scripts/eval-dev.sh [dev|dev2] [extra score.py arguments, e.g. --show-misses]
# Without `dev` or `dev2` both sets are scored, dev.jsonl first. Builds the CLI (release),
# writes the predictions to <target dir>/eval-dev/{dev,dev2}.predictions.jsonl and runs
# python3 ../shared/eval/score.py on them. The target directory is cargo's own (it honours
# CARGO_TARGET_DIR and build.target-dir). Reference dates are passed as the sets give them
# (`2025-07`, `2023`, null), which the CLI accepts. Needs the shared folder beside the
# repository (or HANHCHINH_SHARED).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${HANHCHINH_SHARED:-$root/../shared}"
sets=(dev dev2)
case "${1:-}" in
  dev|dev2) sets=("$1"); shift ;;
esac
target="$(cargo metadata --format-version 1 --no-deps --manifest-path "$root/Cargo.toml" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')"
out="$target/eval-dev"
mkdir -p "$out"
cargo build --release --quiet -p hanhchinh-cli --manifest-path "$root/Cargo.toml"
for set in "${sets[@]}"; do
  case "$set" in
    dev) gold="$shared/eval/dev.jsonl" ;;
    dev2) gold="$shared/eval/dev2/dev2.jsonl" ;;
  esac
  echo "== $set: $gold"
  "$target/release/hanhchinh" analyze --jsonl --quiet "$gold" > "$out/$set.predictions.jsonl"
  python3 "$shared/eval/score.py" "$gold" "$out/$set.predictions.jsonl" "$@"
done
