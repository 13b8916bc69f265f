import itertools
import operator

squares = map(pow, range(5), itertools.repeat(2))
print(list(squares))
r = itertools.repeat("x", 4)
print(operator.length_hint(r), next(r), operator.length_hint(r), r)
c = itertools.count(0, 0.25)
print([next(c) for _ in range(3)], c)
print(list(zip(itertools.count(1), "abc")), itertools.count(-2, -1))
try:
    itertools.islice([1, 2, 3], -2)
    print("not raised")
except ValueError as e:
    print("eager:", e)
try:
    itertools.permutations([1, 2], -1)
except ValueError as e:
    print("eager:", e)
try:
    itertools.count("a")
except TypeError as e:
    print("TypeError:", e)
evens = itertools.islice(itertools.count(0, 2), 4)
print(list(evens), list(evens))
ids = itertools.count(100)
print(next(ids), next(ids), ids)
print(list(itertools.repeat(0, -3)), list(itertools.islice(itertools.repeat(7), 3)))
