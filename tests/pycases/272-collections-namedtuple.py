from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p == (3, 4), len(p))
x, y = p
print(x * y, p._asdict(), p._replace(y=10), Point._fields)
print(Point._make([7, 8]), sorted([Point(2, 1), Point(1, 5)]))
Employee = namedtuple("Employee", "name dept salary", defaults=[50000])
e = Employee("ann", "eng")
print(e, e.salary, isinstance(e, tuple), e.count("eng"))
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
try:
    p.x = 5
except AttributeError:
    print("immutable")
print({p: "origin"}[Point(3, 4)], max(Point(1, 9), Point(2, 0)))
