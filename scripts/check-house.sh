#!/usr/bin/env bash
# The house rules the compiler cannot see (issue #14). Fails with the lines that break them:
#  - no `thread_local!` in src/ui: what belongs to a journal lives in its JournalState and is
#    dropped with it; what belongs to the app lives in context;
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
status=0
fail() {
  echo "$1"
  echo "$2"
  status=1
}
if hits=$(grep -rn 'thread_local!' src/ui); then
  fail "src/ui keeps state in thread_local! (give it an owner: JournalState, or context):" "$hits"
fi
if [ "$status" -eq 0 ]; then
  echo "house: no thread_local! in src/ui"
fi
exit "$status"
