#!/usr/bin/env bash
# Sets up everything Between Sessions needs on a fresh Debian machine with Rust stable and Node.
# Idempotent: tools already present at the pinned version are reused, so a second run takes seconds.
#   scripts/setup.sh            build tools (wasm32 target, trunk, wasm-bindgen-cli, wasm-split-cli,
#                               wasm-opt)
#   scripts/setup.sh --browser  also Debian chromium + chromium-driver and the npm test packages
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# Pinned versions. trunk 0.22 needs a newer rustc than this machine kind has (see README).
TRUNK_VERSION="0.21.14"
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)"
# The WASM splitter for the lazy rooms (scripts/split-build.sh); binary `wasm-split-cli`.
WASM_SPLIT_VERSION="0.2.4"
TOOLS="$ROOT/.tools"
export PATH="$TOOLS/bin:$ROOT/node_modules/.bin:$PATH"

log() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

has_version() { # has_version CMD EXPECTED
  command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF "$2"
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! has_version trunk "$TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION into .tools (a few minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --root "$TOOLS"
fi

if ! has_version wasm-bindgen "$WASM_BINDGEN_VERSION"; then
  # Without --locked: with it, this version fails on a lock entry missing from the index.
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION into .tools"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --root "$TOOLS"
fi

# (It has no --version: the install record beside it, cargo's .crates.toml, names the version.)
has_wasm_split() {
  local bin
  bin="$(command -v wasm-split-cli)" || return 1
  grep -qF "wasm_split_cli_support $WASM_SPLIT_VERSION " "$(dirname "$(dirname "$bin")")/.crates.toml" 2>/dev/null
}
if ! has_wasm_split; then
  log "installing wasm_split_cli_support $WASM_SPLIT_VERSION (wasm-split-cli) into .tools"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --locked \
    --features build-binary --root "$TOOLS"
fi

# npm: wasm-opt from binaryen 132 (Debian's binaryen 108 breaks Leptos WASM), playwright-core, axe-core.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm packages (package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "${1:-}" = "--browser" ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    log "installing Debian chromium and chromium-driver"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi
# Python venv with the FHIR R4 validator used by the host tests (tests/exchange.rs).
if [ "${1:-}" = "--browser" ]; then
  VENV="$ROOT/.cache/venv"
  if [ ! -x "$VENV/bin/python" ] || [ requirements-test.txt -nt "$VENV/.installed" ]; then
    log "installing the FHIR validator (requirements-test.txt) into .cache/venv"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check -r requirements-test.txt
    touch "$VENV/.installed"
  fi
fi
log "ready (trunk $TRUNK_VERSION, wasm-bindgen $WASM_BINDGEN_VERSION, wasm-split-cli $WASM_SPLIT_VERSION)"
