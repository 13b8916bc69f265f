from contextlib import ExitStack, contextmanager

@contextmanager
def resource(name):
    print("open", name)
    yield name
    print("close", name)

with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in "abc"]
    stack.callback(print, "callback ran")
    print("using", names)
print("done")

stack = ExitStack()
stack.enter_context(resource("x"))
moved = stack.pop_all()
stack.close()
print("stack closed")
moved.close()
