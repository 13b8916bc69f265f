# yield inside call arguments, after other calls in the same expression
log = []


def note(x):
    log.append(x)
    return x


def g():
    total = note("a") + (yield "first")
    print("total", total)
    print(note("b"), (yield "second"), note("c"))
    result = max(note(3), (yield "third"), key=abs)
    print("max", result)
    return len(log)


it = g()
print(next(it))
print(it.send("x"))
print(log)
print(it.send("y"))
print(log)
try:
    it.send(-10)
except StopIteration as stop:
    print("returned", stop.value)
print(log)
