#!/usr/bin/env bash
# Word segmentation accuracy of hanhchinh-segment on the VTB dev split, in three forms of the
# same input: NFC, NFD, and with the tone marks of oa/oe/uy moved (hòa <-> hoà).
#
#   scripts/eval-wordseg.sh [EVAL_DIR]      (default EVAL_DIR: ../shared/eval/wordseg)
#
# The treebank is only read here to MEASURE (CC BY-SA 4.0): nothing from it enters the crates.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
eval_dir="${1:-$root/../shared/eval/wordseg}"
gold="$eval_dir/vi_vtb-ud-dev.conllu"
scorer="$eval_dir/segmentation_f1.py"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cargo build --quiet --release -p hanhchinh-segment --example segment
bin="$root/target/release/examples/segment"

python3 "$scorer" "$gold" --print-text > "$work/nfc.txt"
python3 "$root/scripts/text_variants.py" nfd < "$work/nfc.txt" > "$work/nfd.txt"
python3 "$root/scripts/text_variants.py" tone < "$work/nfc.txt" > "$work/tone.txt"

for form in nfc nfd tone; do
    "$bin" < "$work/$form.txt" > "$work/$form.pred"
    python3 "$scorer" "$gold" "$work/$form.pred" --name "hanhchinh-segment $form"
done
