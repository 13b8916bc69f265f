import inspect
from functools import partial, wraps


def greet(name, greeting="Hello", *args, punct="!", **kw):
    return f"{greeting}, {name}{punct}"


hi = partial(greet, greeting="Hi")
print(inspect.signature(hi), hi("Bo"))
print(inspect.signature(partial(greet, "Al")), inspect.signature(partial(greet, "Al", "Yo", punct="?")))


def area(w, h, /, depth=1, *, unit="m"):
    return w * h * depth


print(inspect.signature(partial(area, 2)), inspect.signature(partial(area, unit="cm")))
print(inspect.signature(partial(area, 2, depth=3)), partial(area, 2, depth=3)(4))
try:
    inspect.signature(partial(area, 1, 2, 3, 4))
except ValueError as e:
    print("ValueError:", type(e.__cause__).__name__)


def make(k):
    def inner(x, y=k):
        return x * y
    return inner


def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


print(inspect.signature(make(3)), inspect.signature(deco(partial(make(2), y=5))))
