#!/usr/bin/env bash
# Runs each fuzz target for a set time, at the lowest priority (the machine is shared), and prints
# how many inputs each tried. Targets: python (front end + evaluator, tests/fuzz.rs), models (models →
# ORM → DDL → diagram, tests/models_fuzz.rs), sql and link (SQL console, link decoding,
# tests/fuzz_targets.rs). Corpora: tests/pycases, the gallery and conformance models,
# tests/fuzz/corpus/{sql,link}. Failing inputs of sql/link land in target/fuzz-findings/; turn each into
# a regression test next to its target.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [SEED]     (defaults: 60 s, a seed from the clock)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
seed=${2:-$(date +%s)}
export ORMPLAY_FUZZ_SECONDS=$seconds ORMPLAY_FUZZ_SEED=$seed
echo "fuzz: $seconds s per target, seed $seed"
# Build once (under the shared build lock when there is one), then run without holding it.
lock=/tmp/ormplay-build.lock
build=(cargo test --release --locked --no-run --test fuzz --test models_fuzz --test fuzz_targets)
if [ -e "$lock" ]; then flock "$lock" "${build[@]}"; else "${build[@]}"; fi
run() {
  nice -n 19 cargo test --release --locked --test "$1" -- --nocapture --test-threads 1 "${@:2}" 2>&1 |
    grep -E "fuzz[: ]|panicked|failures|test result"
}
run fuzz no_program_makes_the_evaluator_panic
run models_fuzz mutated_models_never_panic
run fuzz_targets the_sql_console_survives_mutated_sql
run fuzz_targets link_decoding_survives_mutated_links
