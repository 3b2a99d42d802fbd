#!/usr/bin/env bash
# Make each example summary and check its HTML layout in headless Chromium,
# on screen and as printed: each side's reasons stay under their own heading.
# Usage: scripts/layout-check.sh   (needs chromium, node, and `npm ci` run in
# scripts/browser first)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --quiet --release
pages=()
for example in questions/examples/*.json; do
  name=$(basename "$example" .json)
  ./target/release/therapy-choice run --answers "$example" --out "$work/$name" > /dev/null
  cp "$work/$name"/*.html "$work/$name.html"
  pages+=("$work/$name.html")
done
node scripts/browser/layout-check.mjs "${pages[@]}"
