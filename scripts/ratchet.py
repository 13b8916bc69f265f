#!/usr/bin/env python3
"""Runs a yardstick checker and holds it to its recorded pass count (the ratchet).

usage: ratchet.py NAME -- CHECKER [ARG...]

Runs the checker, shows its failures, prints `NAME: N passed, M failed (record R)`, and exits 1 only if
N is below the record in tests/ratchet.json. When N is above the record it says so: raise the record in
the same change (`--update` writes it), so later changes cannot lose the progress.
"""

import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RECORD = os.path.join(ROOT, "tests", "ratchet.json")


def main(argv):
    update = "--update" in argv
    argv = [a for a in argv if a != "--update"]
    if len(argv) < 3 or argv[1] != "--":
        print(__doc__.strip(), file=sys.stderr)
        return 2
    name, command = argv[0], argv[2:]
    with open(RECORD, encoding="utf-8") as f:
        records = json.load(f)
    proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = proc.stdout.splitlines()
    # Show failures with their diffs, not the long list of passes.
    showing = False
    for line in lines[:-1]:
        if line.startswith("FAIL "):
            showing = True
        elif line.startswith("PASS "):
            showing = False
        if showing:
            print(f"  {line}")
    match = re.search(r"(\d+) passed, (\d+) failed", lines[-1] if lines else "")
    if not match:
        print(f"{name}: the checker printed no summary (exit {proc.returncode}); output follows")
        print(proc.stdout[-3000:])
        return 1
    passed, failed = int(match.group(1)), int(match.group(2))
    record = int(records.get(name, 0))
    print(f"{name}: {passed} passed, {failed} failed (record {record})")
    if passed < record:
        print(f"{name}: REGRESSION - {record - passed} fewer cases pass than the record")
        return 1
    if passed > record:
        if update:
            records[name] = passed
            with open(RECORD, "w", encoding="utf-8") as f:
                json.dump(records, f, indent=2, sort_keys=True)
                f.write("\n")
            print(f"{name}: record raised to {passed}")
        else:
            print(f"{name}: above the record - raise it (scripts/ratchet.py --update) in this change")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
