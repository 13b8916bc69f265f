from contextlib import suppress, nullcontext

d = {"a": 1}
with suppress(KeyError):
    print("before")
    print(d["missing"])
    print("not reached")
print("after suppress")
with suppress(ValueError, TypeError):
    int("x")
print("suppressed ValueError")
with suppress():
    print("empty suppress ok")
with nullcontext(5) as v:
    print("nullcontext value", v)
with nullcontext() as v:
    print("nullcontext default", v)
def maybe_lock(use):
    return suppress(ZeroDivisionError) if use else nullcontext()
with maybe_lock(True):
    print(1 / 0)
print("zero div suppressed")
with suppress(IndexError):
    [][0]
with suppress(LookupError):
    {}["k"]
print("LookupError covers KeyError")
with suppress(KeyError):
    1 / 0
