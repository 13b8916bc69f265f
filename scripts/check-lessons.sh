#!/usr/bin/env bash
# Runs every gallery lesson (examples/<id>/models.py + "\n" + script.py) under REAL SQLAlchemy on
# in-memory SQLite, the way the conformance corpus runs its cases, and fails if any lesson raises or
# prints differently across two runs. Not part of `cargo test`: it needs a Python with SQLAlchemy 2.x.
#
#   python3 -m venv /tmp/sa && /tmp/sa/bin/pip install sqlalchemy
#   scripts/check-lessons.sh /tmp/sa/bin/python          # all lessons
#   scripts/check-lessons.sh /tmp/sa/bin/python kin      # lessons whose id contains "kin"
#   VERBOSE=1 scripts/check-lessons.sh /tmp/sa/bin/python   # also print each lesson's output
set -u
python=${1:-python3}
filter=${2:-}
root=$(cd "$(dirname "$0")/.." && pwd)
"$python" -c 'import sqlalchemy, sys; sys.exit(0 if sqlalchemy.__version__ >= "2" else 1)' 2>/dev/null || {
    echo "check-lessons: $python has no SQLAlchemy 2.x (see the usage at the top of this script)" >&2
    exit 2
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
for dir in "$root"/examples/*/; do
    id=$(basename "$dir")
    [[ -n "$filter" && "$id" != *"$filter"* ]] && continue
    { cat "$dir/models.py"; echo; cat "$dir/script.py"; } > "$work/program.py"
    ok=1
    for run in 1 2; do
        (cd "$work" && PYTHONHASHSEED=0 TZ=UTC "$python" -W error::DeprecationWarning program.py \
            > "$work/out$run" 2> "$work/err$run") || ok=0
    done
    cmp -s "$work/out1" "$work/out2" || ok=0
    [[ -s "$work/out1" ]] || ok=0
    if [[ $ok == 1 ]]; then
        passed=$((passed + 1))
        echo "PASS $id"
        [[ -n "${VERBOSE:-}" ]] && sed 's/^/    /' "$work/out1"
    else
        failed=$((failed + 1))
        echo "FAIL $id"
        sed 's/^/    /' "$work/err1" | tail -5
    fi
done
echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
