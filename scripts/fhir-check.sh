#!/usr/bin/env bash
# Export the bank as a FHIR Questionnaire and each example summary as a
# QuestionnaireResponse into target/fhir/, then validate them all with
# fhir.resources (R4B) and, with --browser, load them into NLM's LHC-Forms in
# headless Chromium (scripts/fhir-browser/check.mjs; it writes
# target/fhir/safety-yes.png, the form after a "yes" to the safety question),
# and fill each example in the form by its controls (fill.mjs): the response
# LHC-Forms makes (target/fhir/filled-NAME.json) is weighed by
# `run --fhir-response` (target/fhir/filled-NAME/) and must give the same
# record as `run --answers`.
# Usage: scripts/fhir-check.sh [--browser]
#   needs: pip install fhir.resources; for --browser, /usr/bin/chromium and
#   (cd scripts/fhir-browser && npm ci)
set -euo pipefail
cd "$(dirname "$0")/.."
work=target/fhir
rm -rf "$work"
mkdir -p "$work"
cargo build --quiet --release
bin=./target/release/therapy-choice
"$bin" export fhir-questionnaire > "$work/questionnaire.json"
# The built-in bank has no 0-10 rating today: export it once more with one
# added, so that a rating's end labels are checked too.
cp -r questions "$work/with-rating"
python3 - "$work/with-rating/bank.json" <<'PY'
import json, sys
bank = json.load(open(sys.argv[1], encoding="utf-8"))
bank["sections"][-1]["questions"].append({
    "id": "notes.rating", "kind": "scale", "role": "words", "required": False,
    "text": "How clear is this choice now?",
    "low": "Not clear at all", "high": "Very clear"})
json.dump(bank, open(sys.argv[1], "w", encoding="utf-8"), indent=2)
PY
"$bin" export fhir-questionnaire --questions "$work/with-rating" > "$work/questionnaire-with-rating.json"
for example in questions/examples/*.json; do
  name=$(basename "$example" .json)
  "$bin" run --answers "$example" --out "$work/$name" > /dev/null
  "$bin" export fhir-response "$work/$name"/*.json > "$work/response-$name.json"
  cp "$example" "$work/answers-$name.json"
done
python3 scripts/fhir-validate.py "$work/questionnaire-with-rating.json" \
  "$work/questionnaire.json" "$work"/response-*.json
if [ "${1:-}" = "--browser" ]; then
  node scripts/fhir-browser/check.mjs "$work" "$bin"
fi
