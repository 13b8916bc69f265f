# yield inside raise and assert statements
def g():
    try:
        raise ValueError((yield "message"))
    except ValueError as e:
        print("caught", e)
    try:
        assert (yield "test"), (yield "why")
    except AssertionError as e:
        print("assert failed:", e)
    assert (yield "test2"), (yield "never asked")
    print("passed")
    return [(yield "a"), (yield "b")]


it = g()
out = [next(it)]
try:
    for answer in ["boom", 0, "because", 1, "x", "y"]:
        out.append(it.send(answer))
except StopIteration as stop:
    out.append(stop.value)
print(out)
