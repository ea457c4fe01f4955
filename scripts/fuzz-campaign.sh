#!/usr/bin/env bash
# A fuzzing campaign: each named target (default: every target of fuzz/Cargo.toml) runs for
# SECONDS (default 1800) one after the other, with its corpus in fuzz/corpus/<target>, and one
# summary line per target is appended to fuzz/campaign.log: the date, the target, the seconds,
# the executions, the coverage and the result (no failure, or the crash file to turn into a
# regression test). Needs cargo-fuzz (`cargo install cargo-fuzz`); a stable compiler is told to
# accept the nightly flags (RUSTC_BOOTSTRAP=1).
#   scripts/fuzz-campaign.sh [--seconds N] [TARGET...]
set -uo pipefail
cd "$(dirname "$0")/../fuzz"
seconds=1800
if [ "${1:-}" = "--seconds" ]; then
  seconds=$2
  shift 2
fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(RUSTC_BOOTSTRAP=1 cargo fuzz list)
fi
export RUSTC_BOOTSTRAP=1
cargo fuzz build >/dev/null 2>&1 || true
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" artifacts
  log="artifacts/$t.log"
  cargo fuzz run "$t" "corpus/$t" -- -max_total_time="$seconds" -max_len=4096 -timeout=30 \
    -rss_limit_mb=4096 >"$log" 2>&1
  status=$?
  runs=$(grep -o 'Done [0-9]* runs' "$log" | tail -1 | grep -o '[0-9]*')
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
  if [ $status -eq 0 ]; then
    result="no failure"
  else
    unit=$(grep -o 'Test unit written to [^ ]*' "$log" | tail -1 | sed 's/^Test unit written to //')
    # The path inside the repository (fuzz/artifacts/...), not this machine's.
    result="FAILED: fuzz/artifacts/${unit#*/artifacts/}"
  fi
  printf '%s\t%s\t%ss\t%s executions\tcov %s\t%s\n' "$(date -u +%F)" "$t" "$seconds" \
    "${runs:-?}" "${cov:-?}" "$result" | tee -a campaign.log
done
