from contextlib import contextmanager

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("div") as t:
    print("inside", t)
    with tag("span"):
        print("text")

@contextmanager
def catching():
    try:
        yield
    except ValueError as e:
        print("caught", e)

with catching():
    raise ValueError("bad value")
print("continued")
try:
    with tag("p"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

@contextmanager
def broken():
    yield 1
    yield 2
with broken():
    pass
