#!/usr/bin/env bash
# The house rules the compiler cannot see (issue #14). Fails with the lines that break them:
#  - no `thread_local!` in src/ui: what belongs to a journal lives in its JournalState and is
#    dropped with it; what belongs to the app lives in context;
#  - no UI code reads a domain sentence back: errors reach the UI as enums and are translated by
#    one `match` per type, so the UI never slices (`strip_prefix`, `strip_suffix`, `split_once(" … ")`)
#    or compares (`== "Sentence…"`, `"Sentence…" =>`) English text;
#  - no domain function refuses with a `String`: a refusal is an enum (`Display` for the English);
#  - record modules that take only the collections they need do not import `Journal` back
#    (outside their tests), so the journal/record cycle does not grow again.
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
# (split_once on one character, as in parsing "k=v" or "07:30", is parsing input, not a sentence.)
if hits=$(grep -rnE '\.(strip_prefix|strip_suffix)\(|\.(r?split_once|split|find)\("[^"]{2,}"' src/ui); then
  fail "src/ui slices text (errors are enums, translated with one match per type):" "$hits"
fi
# A sentence literal (a capital, a space, ending in . ! or ?) compared or matched on.
sentence='"[A-Z][^"]* [^"]*[.!?]"'
if hits=$(grep -rnE "(==|!=)\s*$sentence|^\s*$sentence\s*(\|[^=]*)?=>|\.(contains|starts_with|ends_with)\($sentence" src/ui); then
  fail "src/ui compares English sentences (errors are enums, translated with one match per type):" "$hits"
fi
# (Test modules may compare error texts: the rule reads each file up to its `#[cfg(test)]`.)
if hits=$(find src/domain -name '*.rs' -exec awk '/^#\[cfg\(test\)\]/ { nextfile } /Result<.*,[[:space:]]*String>/ { print FILENAME ":" FNR ": " $0 }' {} +) && [ -n "$hits" ]; then
  fail "src/domain refuses with a String (make the refusal an enum with Display):" "$hits"
fi
# Record modules free of the journal (add one here when it stops needing the whole journal).
for f in src/domain/support.rs src/domain/experiment.rs src/domain/people/story.rs; do
  if hits=$(awk '/^#\[cfg\(test\)\]/ { exit } /journal::Journal/ { print FILENAME ":" FNR ": " $0 }' "$f") && [ -n "$hits" ]; then
    fail "$f imports Journal again (take the collections it needs instead):" "$hits"
  fi
done
if [ "$status" -eq 0 ]; then
  echo "house: no thread_local! in src/ui, no UI code reads English sentences back, no String refusals in src/domain, no Journal in the freed record modules"
fi
exit "$status"
