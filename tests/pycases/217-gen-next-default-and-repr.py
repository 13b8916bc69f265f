def letters():
    yield "x"
    yield "y"

g = letters()
print(type(g).__name__)
print(next(g, None), next(g, None), next(g, None), next(g, None))
empty = (i for i in [])
print(next(empty, "nothing"))
print(iter(g) is g)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(letters().__next__())
