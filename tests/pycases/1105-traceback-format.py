import sys
import traceback

def parse(s):
    return int(s)

for v in ["1", "x"]:
    try:
        parse(v)
    except ValueError as e:
        print("".join(traceback.format_exception_only(type(e), e)), end="")
        print(traceback.format_exception_only(e))
try:
    {}["missing"]
except KeyError:
    etype, value, tb = sys.exc_info()
    print(etype.__name__, repr(value), tb is not None)
    text = traceback.format_exc()
    print(text.splitlines()[0], "|", text.splitlines()[-1])
try:
    try:
        raise ValueError("inner")
    except ValueError as inner:
        raise RuntimeError("outer") from inner
except RuntimeError as e:
    lines = traceback.format_exception(e)
    print(lines[-1], end="")
    print(any("direct cause" in l for l in lines), lines[0], end="")
    print(sum(l.startswith("Traceback") for l in lines))
try:
    [][1]
except IndexError:
    traceback.print_exc(file=sys.stdout) if False else print(traceback.format_exc().strip().splitlines()[-1])
print(sys.exc_info(), traceback.format_exception_only(None))
