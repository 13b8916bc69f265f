def collector():
    results = []
    while len(results) < 3:
        results.append((yield len(results)))
    print("collected", results)
    total = (yield "sum?") + 100
    yield total

c = collector()
print(next(c))
print(c.send("a"))
print(c.send("b"))
print(c.send("c"))
print(c.send(5))
