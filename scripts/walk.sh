#!/usr/bin/env bash
# The walk: answer each example in plain mode through the real binary and print
# screens, questions shown, keypresses, words read, every word of the plain
# transcript (as a screen reader says it) and minutes (reading at 200 words a
# minute, and with about 10 seconds an answer), then the words on each
# information screen of the short path (first-episode, the PHQ-9 and the story
# questions declined), then the time the welcome must state. Fails when the
# short path asks more than 30 questions, reads for more than 15 minutes,
# holds more than 1,100 words of information pages or 3,500 words of
# transcript; when any example reads for more than 18 minutes; when a screen
# (the table aside) is over 120 words on its first view; or when the time the
# welcome states (questions/bank.json "minutes") is not the short path's
# reading plus 10 seconds an answer, rounded to the nearest minute. CI runs it.
#
#   scripts/walk.sh --write   also puts that measured time into bank.json's
#                             "minutes" (the welcome and the key points say
#                             it), then walks again to check.
set -uo pipefail
cd "$(dirname "$0")/.."
walk() {
  out=$(cargo test --test cli walk::the_walk_is_short_enough_for_a_tired_reader -- --nocapture 2>&1)
  status=$?
  printf '%s\n' "$out" | sed -n '/example  *screens/,/^$/p; /words on each information screen/,/^$/p; /the welcome.s time:/p; /panicked/,/^$/p' | sed 's/^\.*//'
}
walk
if [ "${1:-}" = --write ]; then
  n=$(printf '%s\n' "$out" | sed -n 's/.*minutes to state: \([0-9][0-9]*\).*/\1/p' | head -1)
  if [ -z "$n" ]; then echo "walk: the walk printed no time to state"; exit 1; fi
  if ! grep -qE '^  "minutes": [0-9]+,' questions/bank.json; then
    echo "walk: questions/bank.json has no top-level \"minutes\" line to set"; exit 1
  fi
  sed -i -E "s/^  \"minutes\": [0-9]+,/  \"minutes\": $n,/" questions/bank.json
  echo "walk: questions/bank.json \"minutes\" is now $n; walking again to check"
  walk
fi
exit $status
