#!/usr/bin/env bash
# src/domain is pure Rust: it must never reach into the browser or the UI. Fails with the lines that do.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if hits=$(grep -rnE '(^|[^a-z_])(leptos|web_sys|js_sys|gloo[a-z_]*|wasm_bindgen[a-z_]*)::|^\s*(pub\s+)?use\s+(leptos|web_sys|js_sys|gloo|wasm_bindgen)' src/domain); then
  echo "src/domain must stay pure Rust, but it uses browser or UI crates:"
  echo "$hits"
  exit 1
fi
echo "domain purity: src/domain uses no browser or UI crate"
