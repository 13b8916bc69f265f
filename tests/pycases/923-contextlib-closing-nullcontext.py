from contextlib import closing, nullcontext, suppress

class Conn:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def close(self):
        self.closed = True
        print("close", self.name)

with closing(Conn("db")) as c:
    print("using", c.name, c.closed)
print(c.closed)
try:
    with closing(Conn("err")):
        raise RuntimeError("fail")
except RuntimeError as e:
    print("RuntimeError", e)

def process(conn=None):
    cm = closing(Conn("own")) if conn is None else nullcontext(conn)
    with cm as active:
        return active.name

print(process(), process(Conn("given")))
with nullcontext() as nothing:
    print(nothing)
with nullcontext(5) as five:
    print(five)
with suppress(FileNotFoundError, KeyError):
    {}["missing"]
    print("not reached")
with suppress():
    print("empty suppress")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError", e)
