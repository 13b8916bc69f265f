#!/usr/bin/env bash
# Runs the recursion probes (tests/recursion/*.py) in headless Chromium, in a Web Worker as the page's
# runtime runs, with the page's limits (ormplay::eval::Limits::page), and checks each ends as its
# `# page:`/`# expect:` line says: RecursionError at the same depth as natively, never the engine's
# "Maximum call stack size exceeded". `--search` prints how many levels each probe survives with the
# byte guard lifted (the figures behind Limits::page). Builds the evaluator for wasm with the page's
# release profile and stack (under the shared build lock), then wasm-bindgen and wasm-opt as Trunk does.
#   scripts/wasm-stack.sh [--search] [PROBE.py...]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$out"' EXIT
bin="${NODE_BIN:-$root/node_modules/.bin}"
flock /tmp/ormplay-build.lock cargo rustc --profile wasm-release --locked --target wasm32-unknown-unknown --example wasm_stack \
  -- -C link-arg=-zstack-size=16777216
wasm-bindgen --target no-modules --out-dir "$out" target/wasm32-unknown-unknown/wasm-release/examples/wasm_stack.wasm
"$bin/wasm-opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  "$out/wasm_stack_bg.wasm" -o "$out/wasm_stack_bg.wasm"
cp scripts/wasm-stack/index.html scripts/wasm-stack/worker.js "$out/"
port=$((20000 + RANDOM % 20000))
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$out" >/dev/null 2>&1 &
server=$!
sleep 1
args=("$@")
if [[ ${#args[@]} -eq 0 || ( ${#args[@]} -eq 1 && ${args[0]} == --search ) ]]; then
  args+=(tests/recursion/*.py)
fi
NODE_PATH="$root/node_modules" node scripts/wasm-stack/drive.mjs "http://127.0.0.1:$port/index.html" "${args[@]}"
