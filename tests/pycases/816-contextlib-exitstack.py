from contextlib import ExitStack, closing, contextmanager

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)

@contextmanager
def opened(name):
    print("open", name)
    yield name
    print("release", name)

with ExitStack() as stack:
    names = [stack.enter_context(opened(n)) for n in ("a", "b", "c")]
    print("using", names)
    stack.callback(print, "callback ran")
    stack.push(lambda *exc: print("push exit", exc[0]) )
print("----")
with closing(Resource("db")) as r:
    print("working with", r.name)
with ExitStack() as stack:
    stack.enter_context(closing(Resource("x")))
    later = stack.pop_all()
    print("popped")
print("stack exited, x not closed yet")
later.close()
try:
    with closing(Resource("y")):
        raise RuntimeError("fail")
except RuntimeError as e:
    print("error", e)
