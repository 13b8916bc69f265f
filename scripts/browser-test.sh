#!/usr/bin/env bash
# Builds the release page with Trunk, then runs the browser tests (tests/browser/*.test.mjs, node's
# test runner + playwright-core + Debian's headless Chromium) against dist/, and prints the bundle size.
# Assumes scripts/setup.sh has run (trunk, wasm-bindgen, npm packages, chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1;34m[browser-test]\033[0m %s\n' "$*"; }

# The build shares the cargo target directory with every other checkout on the machine: it holds the
# shared build lock (the one every cargo command takes) while it runs. A caller that already holds it
# (`flock /tmp/ormplay-build.lock scripts/test.sh`: the lock file is open among our descriptors) or says
# so (ORMPLAY_BUILD_LOCKED=1) is not made to wait for itself.
LOCK=${ORMPLAY_BUILD_LOCK:-/tmp/ormplay-build.lock}
holds_lock() {
  [ "${ORMPLAY_BUILD_LOCKED:-}" = 1 ] && return 0
  local fd
  for fd in /proc/$$/fd/*; do
    [ "$(readlink "$fd" 2>/dev/null)" = "$LOCK" ] && return 0
  done
  return 1
}
say "trunk build --release"
start=$(date +%s)
if holds_lock || ! command -v flock >/dev/null; then
  trunk build --release
else
  say "waiting for the build lock ($LOCK)"
  flock "$LOCK" trunk build --release
fi
say "release build took $(($(date +%s) - start)) s"

say "bundle size"
node scripts/bundle-size.mjs

say "browser tests (headless chromium)"
# The spec reporter prints each test and ends with the runner's summary (tests / pass / fail ...).
node --test --test-reporter=spec tests/browser/

say "screenshots (test-artifacts/, not tests)"
node scripts/screenshots.mjs
