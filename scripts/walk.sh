#!/usr/bin/env bash
# The walk: answer each example in plain mode through the real binary and print
# screens, questions shown, keypresses, words shown and reading minutes (200
# words a minute), then the words on each information screen of first-episode.
# Fails when first-episode asks more than 32 questions or any information
# screen is over 120 words on its first view. Run by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --quiet --test cli walk::the_walk_is_short_enough_for_a_tired_reader -- --nocapture 2>&1 \
  | sed -n '/^example/,/^$/p; /words on each information screen/,/^$/p; /panicked/,/^$/p'
exit "${PIPESTATUS[0]}"
