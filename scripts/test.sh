#!/usr/bin/env bash
# README command 2: sets up every pinned tool, then runs every test layer in order:
# format, lints (native and wasm), native unit + integration tests, the yardsticks under their
# ratchet, the release build of the page, the browser tests against it, and the bundle-size report.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SHARED=${ORMPLAY_SHARED:-$ROOT/../shared}
# The yardsticks and several tests read the shared corpora: without them nothing would be measured.
[ -d "$SHARED/conformance/cases" ] || { echo "test.sh: $SHARED (the shared corpora) not found; set ORMPLAY_SHARED" >&2; exit 1; }
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

layers_passed=0
step() { printf '\n\033[1;34m==> %s\033[0m\n' "$*"; }
done_layer() { layers_passed=$((layers_passed + 1)); }
trap 'echo; echo "test layers: $layers_passed passed, 1 failed"' ERR

step "setup (pinned tools)"
bash scripts/setup.sh
done_layer

step "cargo fmt --check"
cargo fmt --all -- --check
done_layer

step "cargo clippy (native and wasm32), warnings denied"
cargo clippy --all-targets --locked -- -D warnings
cargo clippy --lib --bins --locked --target wasm32-unknown-unknown -- -D warnings
# The page's UI binary is built without SQLite (index.html): lint that configuration too.
cargo clippy --lib --bins --locked --target wasm32-unknown-unknown --no-default-features -- -D warnings
done_layer

step "native unit and integration tests"
cargo test --locked
done_layer

step "yardsticks (ratchet: recorded pass counts may only go up)"
for yardstick in conformance pycases sqla-doctests; do
  if [ ! -f "$SHARED/$yardstick/check" ]; then
    echo "yardstick $yardstick missing: $SHARED/$yardstick/check (set ORMPLAY_SHARED to the shared folder)" >&2
    exit 1
  fi
done
cargo build --release --locked --bin ormplay
ORMPLAY="$ROOT/target/release/ormplay"
[ -n "${CARGO_TARGET_DIR:-}" ] && ORMPLAY="$CARGO_TARGET_DIR/release/ormplay"
python3 scripts/ratchet.py pycases -- python3 "$SHARED/pycases/check" -- "$ORMPLAY" python
if [ -d tests/pycases ]; then
  python3 scripts/ratchet.py pycases-local -- python3 "$SHARED/pycases/check" --cases tests/pycases -- "$ORMPLAY" python
fi
python3 scripts/ratchet.py conformance -- python3 "$SHARED/conformance/check" -- "$ORMPLAY" run
if [ -d tests/conformance ]; then
  python3 scripts/ratchet.py conformance-local -- python3 "$SHARED/conformance/check" --cases tests/conformance -- "$ORMPLAY" run
fi
# The gallery lessons, against their outcome under real SQLAlchemy (scripts/record-lessons.sh).
python3 scripts/ratchet.py lessons -- python3 "$SHARED/conformance/check" --cases examples -- "$ORMPLAY" run
# SQLAlchemy's own documentation doctests (1030 examples in 8 suites), SQL echo included.
python3 scripts/ratchet.py sqla-doctests -- python3 "$SHARED/sqla-doctests/check" -- "$ORMPLAY" doctest
done_layer

step "release build of the page, bundle size, and browser tests (headless Chromium)"
bash scripts/browser-test.sh
done_layer

trap - ERR
echo
echo "test layers: $layers_passed passed, 0 failed"
