def f(a):
    return a
class C:
    pass
for attempt in [lambda: f(), lambda: f(1, 2), lambda: f(b=1), lambda: C(1), lambda: C().x, lambda: C.y]:
    try:
        attempt()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
for values in [(1, 2, 3), (1,)]:
    try:
        x, y = values
    except ValueError as e:
        print("ValueError", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
