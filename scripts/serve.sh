#!/usr/bin/env bash
# README command 1: set up on a fresh machine, build the release app, serve it on 127.0.0.1:8080.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
scripts/setup.sh
export PATH="$ROOT/.tools/bin:$ROOT/node_modules/.bin:$PATH"
trunk build --release
exec node scripts/serve.mjs --port "${PORT:-8080}" --dir dist
