import sys

for arg in (None, 0, 2, "fatal: stop"):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), e.args, type(e).__name__)
try:
    sys.exit()
except SystemExit as e:
    print(e.code, isinstance(e, Exception), isinstance(e, BaseException))
try:
    raise SystemExit(3)
except BaseException as e:
    print(type(e).__name__, e.code)
def main(argv):
    if len(argv) < 2:
        print("usage: prog NAME")
        return 1
    return 0
code = main(sys.argv)
print("exit with", code)
try:
    sys.exit(main(["prog", "x"]))
except SystemExit as e:
    print("exit with", e.code)
