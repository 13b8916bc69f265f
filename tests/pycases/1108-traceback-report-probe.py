import traceback
import sys
def parse(s):
    return int(s)
def load(values):
    out = []
    for v in values:
        try:
            out.append(parse(v))
        except ValueError as e:
            print("".join(traceback.format_exception_only(type(e), e)), end="")
    return out
print(load(["1", "x", "3"]))
try:
    {}["missing"]
except KeyError:
    etype, value, tb = sys.exc_info()
    print(etype.__name__, repr(value), tb is not None)
    print(traceback.format_exc().splitlines()[-1])
try:
    raise RuntimeError("outer") from ValueError("inner")
except RuntimeError as e:
    lines = traceback.format_exception(e)
    print(lines[-1], end="")
    print(any("direct cause" in l for l in lines))
print(sys.exc_info())
