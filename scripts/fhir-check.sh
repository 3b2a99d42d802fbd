#!/usr/bin/env bash
# Export the bank as a FHIR Questionnaire and each example summary as a
# QuestionnaireResponse, then validate them all with fhir.resources (R4B).
# Usage: scripts/fhir-check.sh   (needs: pip install fhir.resources)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --quiet --release
bin=./target/release/therapy-choice
"$bin" export fhir-questionnaire > "$work/questionnaire.json"
for example in questions/examples/*.json; do
  name=$(basename "$example" .json)
  "$bin" run --answers "$example" --out "$work/$name" > /dev/null
  "$bin" export fhir-response "$work/$name"/*.json > "$work/response-$name.json"
done
python3 scripts/fhir-validate.py "$work/questionnaire.json" "$work"/response-*.json
