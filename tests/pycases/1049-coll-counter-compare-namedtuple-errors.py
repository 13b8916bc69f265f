# Counter's rich comparisons (missing counts are zero) and namedtuple's argument and attribute errors.
from collections import Counter, namedtuple, OrderedDict
print(Counter(a=1) <= Counter(a=2), Counter(a=2) >= Counter(a=1, b=0), Counter(a=1) < Counter(a=1))
print(Counter("ab") == Counter("ba"), Counter(a=1, b=0) == Counter(a=1), Counter(a=1) > Counter())
print(Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1), Counter(a=1) != {"a": 1})
P = namedtuple("P", "x y", defaults=[0])
for make in [lambda: P(1, 2, 3), lambda: P(), lambda: P(1, z=3), lambda: P(1, x=2)]:
    try:
        make()
    except TypeError as e:
        print(e)
for change in [lambda p: setattr(p, "x", 2), lambda p: delattr(p, "y")]:
    try:
        change(P(1))
    except AttributeError as e:
        print(e)
print(P(1) == (1, 0), P._fields, P.__doc__, repr(P(y=2, x=1)), P.x.__doc__)
Q = namedtuple("Q", ["a", "b"])
try:
    Q(1, 2, 3)
except TypeError as e:
    print(e)
print(OrderedDict(a=1) == {"a": 1}, OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
class Tags(list):
    def __eq__(self, other):
        return NotImplemented
print(Tags([1]) == [1], [1] == Tags([1]), Tags([1]) != [2])
