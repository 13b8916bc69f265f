import io
from contextlib import AbstractContextManager, ExitStack, redirect_stdout, suppress

class NotACM:
    pass

with ExitStack() as stack:
    try:
        stack.enter_context(NotACM())
    except TypeError as e:
        print("TypeError:", e)
    stack.enter_context(suppress(ZeroDivisionError))
    1 / 0
print("suppressed by stack")

class Incomplete(AbstractContextManager):
    pass

try:
    Incomplete()
except TypeError as e:
    print(e)
outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(outer.getvalue().split(), inner.getvalue().split())
with ExitStack() as stack:
    for name in ("a", "b"):
        stack.callback(print, "cleanup", name)
    print("body")
