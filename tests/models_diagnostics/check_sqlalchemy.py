"""Checks cases.txt against real SQLAlchemy: each case's models must raise the recorded class at the
recorded moment (while the models run, or at configure_mappers()), or nothing for `sqlalchemy: none`.

usage: python check_sqlalchemy.py [cases.txt]   (with SQLAlchemy installed; exit 1 on any mismatch)
"""
import sys, warnings
from pathlib import Path

def parse(text):
    cases = []
    for chunk in text.split("\n### ")[1:]:
        head, _, source = chunk.partition("\n---\n")
        lines = head.splitlines()
        fields = dict(l.split(": ", 1) for l in lines[1:] if ": " in l)
        cases.append((lines[0].strip(), fields, source))
    return cases

def outcome(source):
    from sqlalchemy.orm import clear_mappers, configure_mappers
    warnings.simplefilter("ignore")
    namespace = {"__name__": "__main__"}
    try:
        exec(compile(source, "models.py", "exec"), namespace)
    except Exception as e:
        clear_mappers()
        return f"{type(e).__name__} at define"
    try:
        configure_mappers()
    except Exception as e:
        return f"{type(e).__name__} at configure"
    finally:
        clear_mappers()
    return "none"

def main():
    path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("cases.txt"))
    bad = 0
    for name, fields, source in parse(path.read_text()):
        got = outcome(source)
        want = fields.get("sqlalchemy", "?").strip()
        ok = got == want
        bad += not ok
        print(f"{'ok ' if ok else 'BAD'} {name}: sqlalchemy {got}" + ("" if ok else f" (recorded: {want})"))
    print(f"{bad} mismatches")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
