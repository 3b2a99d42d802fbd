#!/usr/bin/env bash
# The walk: answer each example in plain mode through the real binary and print
# screens, questions shown, keypresses, words shown and reading minutes (200
# words a minute), then the words on each information screen of first-episode.
# Fails when first-episode with the PHQ-9 declined asks more than 32 questions,
# or when any information screen is over 120 words on its first view. CI runs it.
set -uo pipefail
cd "$(dirname "$0")/.."
out=$(cargo test --test cli walk::the_walk_is_short_enough_for_a_tired_reader -- --nocapture 2>&1)
status=$?
printf '%s\n' "$out" | sed -n '/example  *screens/,/^$/p; /words on each information screen/,/^$/p; /panicked/,/^$/p' | sed 's/^\.*//'
exit $status
