def child(n):
    for i in range(n):
        got = yield i
        if got:
            print("child received", got)
    return n * 10

def parent():
    first = yield from child(2)
    second = yield from child(3)
    yield first + second

p = parent()
print(next(p))
print(p.send("hi"))
print(list(p))
