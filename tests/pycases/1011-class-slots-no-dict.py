class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(hasattr(p, "__dict__"), p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError", e)
class Q(P):
    pass
q = Q(1, 2)
q.z = 5
print(hasattr(q, "__dict__"), q.z)
class Empty:
    __slots__ = ()
print(hasattr(Empty(), "__dict__"), P.__slots__)
print(getattr(p, "__dict__", "no dict"))
