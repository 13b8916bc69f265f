# yield from passes send() through and returns the delegate's value in an expression
def reader(n):
    got = []
    for _ in range(n):
        got.append((yield len(got)))
    return got


def pipeline():
    first = yield from reader(2)
    print("first", first)
    both = (yield from reader(1)) + first
    print("both", both)
    return len(both)


p = pipeline()
print(next(p))
print(p.send("a"))
print(p.send("b"))
try:
    p.send("c")
except StopIteration as stop:
    print("returned", stop.value)
