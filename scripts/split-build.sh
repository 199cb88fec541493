#!/usr/bin/env bash
# Trunk pre_build hook (Trunk.toml): builds the app with its rooms split into WASM chunks of their
# own, and writes the result, named by content hash, into Trunk's staging directory. Trunk cannot
# run this itself (the split must come after cargo and before wasm-bindgen: trunk-rs/trunk#1022),
# so index.html has no `data-trunk rel="rust"`; scripts/post-build.mjs then adds the loader.
#
#   1. cargo: the `split` feature (`ui::rooms` split points) and `--emit-relocs` for the final
#      link only (`cargo rustc -- …`, so the dependencies are not rebuilt);
#   2. wasm-split-cli 0.2.4: main module + one chunk per room (+ chunks that rooms share);
#   3. wasm-bindgen --keep-lld-exports (the chunks import the main module's table and memory);
#   4. wasm-opt -Oz (binaryen 132) on every module, release only;
#   5. content-hashed names (scripts/split-hash.mjs): an update downloads only what changed.
#
# Outside Trunk: TRUNK_STAGING_DIR=out TRUNK_PROFILE=release scripts/split-build.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/.tools/bin:$ROOT/node_modules/.bin:$PATH"
STAGE="${TRUNK_STAGING_DIR:?run me from a Trunk hook, or set TRUNK_STAGING_DIR}"
PROFILE="${TRUNK_PROFILE:-release}"
APP="between-sessions"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
WORK="$TARGET_DIR/split-build"

case "$PROFILE" in
  release) CARGO_PROFILE=(--release); OUT_DIR="$TARGET_DIR/wasm32-unknown-unknown/release" ;;
  *) CARGO_PROFILE=(); OUT_DIR="$TARGET_DIR/wasm32-unknown-unknown/debug" ;;
esac

# -Cstrip=none: the release profile strips symbols, and the splitter needs the linker's symbol
# table (wasm-opt drops the names afterwards).
cargo rustc "${CARGO_PROFILE[@]}" --target wasm32-unknown-unknown --bin "$APP" --features split \
  -- -Clink-arg=--emit-relocs -Cstrip=none

rm -rf "$WORK"
mkdir -p "$WORK/split" "$WORK/out"
# Without --emit-relocs the splitter stops with "No linking section found".
wasm-split-cli --target web --out-name "$APP" "$OUT_DIR/$APP.wasm" "$WORK/split" >/dev/null
# --keep-lld-exports: without it a chunk fails at run time ("table import requires a
# WebAssembly.Table"). The same --out-name: __wasm_split.js imports ./$APP.js.
wasm-bindgen --target web --keep-lld-exports --no-typescript --out-name "$APP" \
  --out-dir "$WORK/out" "$WORK/split/$APP.wasm"
cp "$WORK/split/__wasm_split.js" "$WORK/out/"
cp "$WORK/split/"*.wasm "$WORK/out/"
rm -f "$WORK/out/$APP.wasm" # the splitter's main module, now $APP_bg.wasm after wasm-bindgen

if [ "$PROFILE" = "release" ]; then
  # The post-MVP features Rust 1.95 emits; binaryen 132 (npm) needs them named.
  # Several at a time: each npm wasm-opt run spends most of its time starting up.
  # The `producers` and `target_features` sections are for tools, not browsers: ~300 B gzip in each
  # of the ~38 modules (6 KB gzip over the app, measured).
  printf '%s\0' "$WORK/out/"*.wasm | xargs -0 -P 4 -I{} wasm-opt -Oz --enable-bulk-memory \
    --enable-nontrapping-float-to-int --enable-sign-ext --enable-reference-types \
    --enable-multivalue --enable-mutable-globals --strip-producers --strip-target-features \
    {} -o {} \
    2> >(grep -v "unknown name subsection" >&2)
fi

node scripts/split-hash.mjs "$WORK/out" "$STAGE" "$APP"
