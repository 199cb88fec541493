#!/usr/bin/env bash
# README command 2: set up everything on a fresh machine, then run every test tier.
#   1. formatting, domain purity, clippy (wasm32 and host) with -D warnings
#   2. host tests: cargo test (domain logic, property tests, FHIR validated by fhir.resources)
#   3. browser tests: wasm-bindgen-test in headless Debian chromium (the store)
#   4. end to end: the release build served on 127.0.0.1, driven by playwright-core
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
scripts/setup.sh --browser
export PATH="$ROOT/.tools/bin:$ROOT/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR=never
start=$(date +%s)
step() { printf '\n==== %s (%ss)\n' "$*" "$(( $(date +%s) - start ))"; }

step "rustfmt"
cargo fmt --all -- --check

step "domain purity"
scripts/check-domain-purity.sh

step "house rules"
scripts/check-house.sh

step "clippy on wasm32 (app, browser tests)"
cargo clippy --target wasm32-unknown-unknown --lib --bins --test web -- -D warnings

step "clippy on wasm32 with the lazy rooms (feature split, as the release build)"
cargo clippy --target wasm32-unknown-unknown --lib --bins --features split -- -D warnings

step "clippy on the host (domain and its tests)"
cargo clippy --all-targets -- -D warnings

step "host tests"
REQUIRE_FHIR_VALIDATOR=1 FHIR_PYTHON="$ROOT/.cache/venv/bin/python" cargo test

step "browser tests (wasm-bindgen-test in headless chromium)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --target wasm32-unknown-unknown --test web

step "release build (rooms split into WASM chunks: scripts/split-build.sh, Trunk's pre_build hook)"
trunk build --release

step "end-to-end tests (playwright-core + chromium, dist served on 127.0.0.1)"
node --test --test-concurrency=1 tests/e2e/

step "all tiers passed"
