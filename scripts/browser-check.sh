#!/usr/bin/env bash
# Make each example summary and check its HTML in headless Chromium, offline:
# axe-core (WCAG 2.1 A/AA and best practice, 0 violations allowed), and the
# layout on screen and as printed (each side's reasons under its own heading).
# Usage: scripts/browser-check.sh   (needs chromium, node, and `npm ci` run in
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
node scripts/browser/axe-check.mjs "${pages[@]}"
node scripts/browser/layout-check.mjs "${pages[@]}"
