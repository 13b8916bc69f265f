def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulate()
print(next(acc))
for n in [5, 10, -3]:
    print(acc.send(n))
try:
    next(acc)
except StopIteration as stop:
    print("finished with", stop.value)
print(list(acc))
