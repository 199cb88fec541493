#!/usr/bin/env bash
# Update benchmark: builds the app, changes ONE English string of the Share room
# (locales/en/share.json), builds again, puts the string back, and prints what the update
# downloads (scripts/bench-update.mjs). Two release builds (into a temp folder, dist/ untouched):
# several minutes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
scripts/setup.sh
export PATH="$ROOT/.tools/bin:$ROOT/node_modules/.bin:$PATH"
TMP="$(mktemp -d)"
FILE=locales/en/share.json
cp "$FILE" "$TMP/share.json"
trap 'cp "$TMP/share.json" "$ROOT/$FILE"; rm -rf "$TMP"' EXIT
# BEFORE=dist reuses a release build of the unchanged sources instead of building it again.
if [ -n "${BEFORE:-}" ]; then
  cp -a "$BEFORE" "$TMP/before"
else
  trunk build --release --dist "$TMP/before" >/dev/null
fi
# The Share page's title: one string, one room.
node -e '
  const fs = require("fs"); const f = process.argv[1];
  const j = JSON.parse(fs.readFileSync(f, "utf8"));
  j.page.title = j.page.title + " now";
  fs.writeFileSync(f, JSON.stringify(j, null, 2) + "\n");
' "$FILE"
trunk build --release --dist "$TMP/after" >/dev/null
cp "$TMP/share.json" "$FILE"
node scripts/bench-update.mjs "$TMP/before" "$TMP/after"
