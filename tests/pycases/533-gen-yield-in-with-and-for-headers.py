# yields in the headers of with and for statements
class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name)
        return False


def g():
    with Res((yield "which resource?")) as r, Res(r.name + "-2"):
        print("inside", r.name)
    for i, item in enumerate((yield "items?"), start=(yield "start?")):
        print(i, item)
    return "ok"


it = g()
print(next(it))
print(it.send("db"))
print(it.send("ab"))
try:
    it.send(10)
except StopIteration as s:
    print(s.value)
