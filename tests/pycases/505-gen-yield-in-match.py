# generators that yield from inside match cases
def handle(commands):
    for cmd in commands:
        match cmd:
            case ("add", x, y):
                reply = yield x + y
                print("add reply", reply)
            case ("echo", *words):
                yield " ".join(words)
            case {"op": "neg", "v": v} if v > 0:
                yield -v
            case str() as s:
                yield from s.upper()
            case _:
                yield "unknown"
    return "end"


gen = handle([("add", 1, 2), ("echo", "a", "b"), {"op": "neg", "v": 4}, "hi", 42])
print(next(gen))
print(gen.send("ok"))
print(list(gen))
