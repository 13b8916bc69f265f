from contextlib import suppress, nullcontext, closing

with suppress(KeyError, IndexError):
    [][3]
print("after suppress")
with suppress(ValueError):
    int("42")
    print("no error")

class Conn:
    def close(self):
        print("closed")

with closing(Conn()) as c:
    print(type(c).__name__)
with nullcontext(5) as value:
    print(value)
with nullcontext() as nothing:
    print(nothing)
with suppress(ZeroDivisionError):
    1 / 0
    print("unreached")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")
