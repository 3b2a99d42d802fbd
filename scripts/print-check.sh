#!/usr/bin/env bash
# Print each example summary to PDF with headless Chromium, on Letter and on
# A4, and check with pdfinfo that each is at most two pages.
# Usage: scripts/print-check.sh [--keep DIR]   (needs chromium and poppler-utils)
set -euo pipefail
cd "$(dirname "$0")/.."
keep=""
if [ "${1:-}" = "--keep" ]; then keep="$2"; mkdir -p "$keep"; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --quiet --release
status=0
for example in questions/examples/*.json; do
  name=$(basename "$example" .json)
  out="$work/$name"
  ./target/release/therapy-choice run --answers "$example" --out "$out" > /dev/null
  html=$(ls "$out"/*.html)
  for paper in Letter A4; do
    page="$work/$name-$paper.html"
    sed "s|</style>|@page { size: $paper; }</style>|" "$html" > "$page"
    pdf="$work/$name-$paper.pdf"
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --user-data-dir="$work/profile" --no-pdf-header-footer \
      --print-to-pdf="$pdf" "file://$page" > /dev/null 2>&1
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
    if [ "$pages" -le 2 ]; then verdict=ok; else verdict="TOO LONG"; status=1; fi
    echo "$name on $paper: $pages page(s) $verdict"
    if [ -n "$keep" ]; then cp "$pdf" "$keep/"; fi
  done
done
exit $status
