def echo():
    while True:
        received = yield
        print("echo:", received)

e = echo()
try:
    e.send("too early")
except TypeError as err:
    print("TypeError:", err)
e.send(None)
e.send("first")
e.send("second")
g = (x for x in range(2))
print(g.send(None))
print(next(g))
e.send([1, (2, 3)])
