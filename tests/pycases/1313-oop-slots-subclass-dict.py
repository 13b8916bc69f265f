class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Labeled(Point):
    def __init__(self, x, y, label):
        super().__init__(x, y)
        self.label = label


p = Labeled(1, 2, "origin")
print(p.__dict__, p.x, p.y, p.label)
d = p.__dict__
p.x = 10
p.color = "red"
print(d, p.x, sorted(k for k in dir(p) if not k.startswith("_")))
try:
    Point(1, 2).label = "no"
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Point(1, 2), "__dict__"), "x" in p.__dict__, Labeled.__slots__)
