# yields inside f-strings, slices, dict displays and unpacking
def g():
    data = list(range(10))
    print(f"[{(yield 'a')}|{(yield 'b'):>4}]")
    print(data[(yield "start"):(yield "stop")])
    d = {**(yield "base"), "k": (yield "k")}
    print(d)
    print([*(yield "items"), (yield "last")])


it = g()
answers = iter(["x", "y", 2, 5, {"b": 1}, 9, (1, 2), 3])
value = next(it)
try:
    while True:
        print("asked", value)
        value = it.send(next(answers))
except StopIteration:
    print("done")
