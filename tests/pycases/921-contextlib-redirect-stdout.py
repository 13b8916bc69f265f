import io
import sys
from contextlib import redirect_stdout

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured line")
    print("second", 2, sep="-")
    sys.stdout.write("raw write\n")
print("after:", target is buf)
print(repr(buf.getvalue()))

def noisy(n):
    for i in range(n):
        print("step", i)
    return n * 10

f = io.StringIO()
with redirect_stdout(f):
    result = noisy(3)
print(result, f.getvalue().splitlines())
print(sys.stdout is sys.__stdout__)
out = io.StringIO()
try:
    with redirect_stdout(out):
        print("before error")
        raise KeyError("k")
except KeyError:
    print("restored", out.getvalue().strip())
