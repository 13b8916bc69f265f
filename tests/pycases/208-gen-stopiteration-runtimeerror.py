def broken():
    yield 1
    raise StopIteration("oops")

g = broken()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
print(next(g, "done"))

def early():
    return "value"
    yield

e = early()
try:
    e.send(None)
except StopIteration as stop:
    print(stop.value, stop.args)
