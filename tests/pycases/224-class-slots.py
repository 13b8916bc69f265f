class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

class Vector3(Vector):
    __slots__ = ("z",)

v = Vector3(1, 2)
v.z = 3
print(v.x, v.y, v.z, Vector.__slots__)
try:
    v.w = 4
except AttributeError as e:
    print("AttributeError:", e)

class Loose(Vector):
    pass

l = Loose(5, 6)
l.extra = True
print(l.extra)
try:
    Vector(1, 2).colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
