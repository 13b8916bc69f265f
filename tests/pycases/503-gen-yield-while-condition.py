# a generator asking for its loop condition through yield (coroutine style)
def accumulate():
    total = 0
    count = 0
    while (value := (yield total)) is not None:
        total += value
        count += 1
    else:
        print("else ran after", count, "values")
    return total


acc = accumulate()
print(next(acc))
for v in [5, 10, 2]:
    print(acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)


def ask():
    n = 0
    while (yield n):
        n += 1
        if n == 3:
            break
    else:
        print("not reached")
    print("left at", n)


a = ask()
print(next(a), a.send(True), a.send(1))
print(list(map(str, [a.send("more") if False else 0])))
try:
    a.send(True)
except StopIteration:
    print("stopped")
