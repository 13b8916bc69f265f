# throw() into a yield nested in an expression: the rest of the expression never runs
def g():
    calls = []
    try:
        calls.append(("result", (yield "waiting"), calls.append("after")))
    except KeyError as e:
        print("caught", repr(e), calls)
    value = yield "again"
    return value * 2


it = g()
print(next(it))
print(it.throw(KeyError("k")))
try:
    it.send(21)
except StopIteration as s:
    print("value", s.value)
it2 = g()
next(it2)
it2.close()
print("closed")
