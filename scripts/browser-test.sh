#!/usr/bin/env bash
# Builds the release page with Trunk, then runs the browser tests (tests/browser/*.test.mjs, node's
# test runner + playwright-core + Debian's headless Chromium) against dist/, and prints the bundle size.
# Assumes scripts/setup.sh has run (trunk, wasm-bindgen, npm packages, chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1;34m[browser-test]\033[0m %s\n' "$*"; }

say "trunk build --release"
start=$(date +%s)
trunk build --release
say "release build took $(($(date +%s) - start)) s"

say "bundle size"
node scripts/bundle-size.mjs

say "browser tests (headless chromium)"
# The spec reporter prints each test and ends with the runner's summary (tests / pass / fail ...).
node --test --test-reporter=spec tests/browser/

say "screenshots (test-artifacts/, not tests)"
node scripts/screenshots.mjs
