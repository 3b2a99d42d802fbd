#!/usr/bin/env bash
# Print each example summary to PDF with headless Chromium, on Letter and on
# A4, and check from the PDF itself: at most five pages; no text under 10pt;
# the body text at 11pt or more; page one holds the box for the clinician
# and nothing after it. Sizes come from pdftotext's word boxes: a word's box
# is about 1.12 times its font size high (1.16 for some system fonts), so
# 10pt is a box of 11.0 or more, and 11pt of 12.1 or more.
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
    # The smallest word box, and the most common one (the body text), in points.
    read -r smallest body < <(pdftotext -bbox "$pdf" - | awk -F'"' '
      /<word / { h = sprintf("%.1f", $8 - $4); n[h]++; if (min == "" || h + 0 < min + 0) min = h }
      END { best = 0; for (h in n) if (n[h] > best) { best = n[h]; mode = h }; print min, mode }')
    first=$(pdftotext -f 1 -l 1 "$pdf" - | tr -s ' \n' ' ')
    verdict=ok
    if [ "$pages" -gt 5 ]; then verdict="TOO LONG"; fi
    if awk -v s="$smallest" 'BEGIN { exit !(s < 11.0) }'; then verdict="TEXT UNDER 10pt"; fi
    if awk -v b="$body" 'BEGIN { exit !(b < 12.1) }'; then verdict="BODY UNDER 11pt"; fi
    case "$first" in
      *"For the clinician"*) ;;
      *) verdict="PAGE ONE LACKS THE BOX" ;;
    esac
    case "$first" in
      *"What your answers suggest"*) verdict="PAGE ONE DOES NOT STAND ALONE" ;;
    esac
    if [ "$verdict" != ok ]; then status=1; fi
    echo "$name on $paper: $pages page(s), smallest word box ${smallest}, body ${body} (about $(awk -v b="$body" 'BEGIN { printf "%.1f", b / 1.117 }')pt): $verdict"
    if [ -n "$keep" ]; then cp "$pdf" "$keep/"; fi
  done
done
exit $status
