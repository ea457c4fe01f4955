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
  python3 "$shared/eval/score.py" "$gold" "$out/$set.predictions.jsonl" "$@" \
    | tee "$out/$set.score.txt"
  # score.py's `e2e` column is the share of gold entities found with every field right
  # (correct / gold: a recall). The end-to-end F1 is its harmonic mean with the end-to-end
  # precision (correct / predicted), from the same table's counts.
  python3 - "$out/$set.score.txt" <<'EOF'
import re, sys
rows = []
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"^(\w+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)(?:\s+[\d.]+){4}\s+([\d.]+)\s*$", line)
    if m:
        kind, (gold, tp, fp, fn), e2e = m.group(1), map(int, m.group(2, 3, 4, 5)), float(m.group(6))
        correct = round(e2e * gold / 100)
        precision = 100 * correct / (tp + fp) if tp + fp else 0.0
        f1 = 200 * correct / (gold + tp + fp) if gold + tp + fp else 0.0
        if kind != "OVERALL":
            rows.append((kind, correct, gold, tp + fp, e2e, precision, f1))
if rows:
    # The overall row from the kinds' counts (the printed percentage has one decimal).
    correct, gold, pred = (sum(r[i] for r in rows) for i in (1, 2, 3))
    rows.append(("OVERALL", correct, gold, pred, 100 * correct / gold if gold else 0.0,
                 100 * correct / pred if pred else 0.0,
                 200 * correct / (gold + pred) if gold + pred else 0.0))
    print("end to end   correct  gold  pred  e2e-R  e2e-P  e2e-F1")
    for kind, correct, gold, pred, r, p, f in rows:
        print("%-11s %8d %5d %5d  %5.1f  %5.1f  %6.1f" % (kind, correct, gold, pred, r, p, f))
EOF
done
