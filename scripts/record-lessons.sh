#!/usr/bin/env bash
# Records each gallery lesson's outcome under REAL SQLAlchemy into examples/<id>/expected.json, with the
# conformance corpus's own recorder (../shared/conformance/reference.py: five runs in fresh interpreters,
# PYTHONHASHSEED=0, TZ=UTC, rejected if any run differs). `cargo test --test corpus` and the "lessons"
# yardstick in scripts/test.sh then hold ormplay to it. Re-run after editing a lesson; never hand-edit
# an expected.json.
#
#   python3 -m venv /tmp/sa && /tmp/sa/bin/pip install sqlalchemy==2.1.9
#   scripts/record-lessons.sh /tmp/sa/bin/python            # every lesson
#   scripts/record-lessons.sh /tmp/sa/bin/python kin        # lessons whose id contains "kin"
set -euo pipefail
python=${1:?usage: scripts/record-lessons.sh PYTHON_WITH_SQLALCHEMY [FILTER]}
filter=${2:-}
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${ORMPLAY_SHARED:-$root/../shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for dir in "$root"/examples/*/; do
    id=$(basename "$dir")
    [[ -n "$filter" && "$id" != *"$filter"* ]] && continue
    mkdir -p "$work/$id"
    cp "$dir/models.py" "$dir/script.py" "$work/$id/"
done
(cd "$shared/conformance" && "$python" reference.py "$work")
for case in "$work"/*/; do
    id=$(basename "$case")
    cp "$case/expected.json" "$root/examples/$id/expected.json"
done
