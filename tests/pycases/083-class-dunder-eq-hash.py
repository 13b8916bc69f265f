class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return self.x * 31 + self.y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
a, b, c = Point(1, 2), Point(1, 2), Point(2, 1)
print(a == b, a is b, a != c, a == (1, 2))
print(len({a, b, c}), a in [c, b], {a: "first"}[b])
print(sorted([c, a], key=lambda p: (p.x, p.y)))
