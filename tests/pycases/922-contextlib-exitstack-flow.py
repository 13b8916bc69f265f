from contextlib import ExitStack, contextmanager

@contextmanager
def resource(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    finally:
        log.append(f"close {name}")

log = []
with ExitStack() as stack:
    handles = [stack.enter_context(resource(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    print(handles)
print(log)
log.clear()
try:
    with ExitStack() as stack:
        stack.enter_context(resource("x", log))
        raise ValueError("boom")
except ValueError as e:
    print("caught", e, log)
log.clear()
with ExitStack() as stack:
    stack.enter_context(resource("keep", log))
    later = stack.pop_all()
print(log)
later.close()
print(log)
def suppressor(exc_type, exc, tb):
    print("exit sees", exc_type.__name__ if exc_type else None)
    return True
with ExitStack() as stack:
    stack.push(suppressor)
    1 / 0
print("suppressed")
