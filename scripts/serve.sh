#!/usr/bin/env bash
# README command 1: installs the pinned tools (scripts/setup.sh, fast when already done), then serves the
# page for development: Trunk rebuilds on every change and reloads the browser. Open the printed URL.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
ADDRESS=127.0.0.1
PORT="${PORT:-8080}"
mkdir -p web/dist test-artifacts # Trunk.toml's watch-ignore paths must exist
printf '\033[1;34m[serve]\033[0m ormplay will be at http://%s:%s/ (first build takes a minute or two)\n' "$ADDRESS" "$PORT"
exec trunk serve --address "$ADDRESS" --port "$PORT"
