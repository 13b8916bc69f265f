# a yield after a failing and/or test is never reached
def g(n):
    ok = n > 0 and (yield "positive") == "y"
    print("ok", ok)
    name = n == 0 or (yield "nonzero")
    print("name", name)
    res = "small" if n < 10 else (yield "big")
    print("res", res)
    return [ok, name, res]


for n in (0, 5, 50):
    gen = g(n)
    asked = []
    try:
        asked.append(next(gen))
        while True:
            asked.append(gen.send("y"))
    except StopIteration as s:
        print(n, asked, s.value)
