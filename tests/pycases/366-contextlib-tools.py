from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("inside", t)
with suppress(KeyError, ZeroDivisionError):
    1 / 0
print("suppressed")

class Resource:
    def close(self):
        print("closed")

with closing(Resource()):
    print("using")
with nullcontext(5) as v:
    print("null", v)
with ExitStack() as stack:
    for n in ["x", "y"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback")
