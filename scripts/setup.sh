#!/usr/bin/env bash
# Installs every tool ormplay needs, pinned, idempotently: a second run only checks and returns.
# See ../shared/TOOLCHAIN.md for why each tool installs the way it does.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)

say() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (a few minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
  # Without --locked: its own lock pins a webpki-roots the registry here does not serve.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing the JavaScript tools from package-lock.json"
  npm ci --no-audit --no-fund
fi

# SQLite is compiled from its C amalgamation: natively by the C compiler (libsqlite3-sys `bundled`, whose
# pre-update-hook bindings need libclang via bindgen), for the page by clang with its wasm32 target
# (sqlite-wasm-rs). Debian's clang (14 or newer) has both.
if ! command -v clang >/dev/null 2>&1 || ! ldconfig -p 2>/dev/null | grep -q 'libclang[-.0-9]*\.so'; then
  say "installing Debian's clang (compiles SQLite for the page)"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq clang
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing Debian's chromium for the browser tests"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
fi

# The editor bundle is built by Trunk's pre-build hook too; building it here lets native
# tests and a first `trunk serve` start from a complete tree.
if [ ! -f web/dist/editor.js ] || [ -n "$(find web -maxdepth 1 -name '*.js' -newer web/dist/editor.js)" ]; then
  say "bundling the code editor"
  npm run --silent bundle-editor
fi
say "toolchain ready"
