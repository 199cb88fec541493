#!/usr/bin/env bash
# Bundle benchmark: release build, then the first screen, each room's chunk and the whole app
# (raw, gzip, brotli).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
scripts/setup.sh
export PATH="$ROOT/.tools/bin:$ROOT/node_modules/.bin:$PATH"
trunk build --release >/dev/null
node scripts/bench-bundle.mjs dist
