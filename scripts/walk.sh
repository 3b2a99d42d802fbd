#!/usr/bin/env bash
# The walk: answer each example in plain mode through the real binary and print
# screens, questions shown, keypresses, words read, every word of the plain
# transcript (as a screen reader says it) and minutes (reading at 200 words a
# minute, and with about 10 seconds an answer), then the words on each
# information screen of the short path (first-episode, the PHQ-9 and the story
# questions declined). Fails when the short path asks more than 30 questions,
# reads for more than 15 minutes, holds more than 1,100 words of information
# pages or 3,500 words of transcript; when any example reads for more than 18
# minutes; when a screen (the table aside) is over 120 words on its first
# view; or when the time the welcome states is not the measured one. CI runs it.
set -uo pipefail
cd "$(dirname "$0")/.."
out=$(cargo test --test cli walk::the_walk_is_short_enough_for_a_tired_reader -- --nocapture 2>&1)
status=$?
printf '%s\n' "$out" | sed -n '/example  *screens/,/^$/p; /words on each information screen/,/^$/p; /panicked/,/^$/p' | sed 's/^\.*//'
exit $status
