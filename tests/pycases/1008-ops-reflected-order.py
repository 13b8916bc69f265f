class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return f"radd {o!r}"
    def __repr__(self):
        return f"N({self.v})"
class M(N):
    def __radd__(self, o):
        return f"M.radd {o!r}"
class P(N):
    pass
print(1 + N(2), N(1).__radd__(5))
try:
    print(N(1) + N(2))
except TypeError as e:
    print("TypeError", e)
print(N(1) + M(2))
try:
    print(N(1) + P(2))
except TypeError as e:
    print("TypeError", e)
class V:
    def __init__(self, x):
        self.x = x
    def __mul__(self, k):
        return V(self.x * k) if isinstance(k, int) else NotImplemented
    def __rmul__(self, k):
        return self.__mul__(k)
    def __sub__(self, o):
        return V(self.x - o.x)
    def __rsub__(self, o):
        return "rsub called"
class W(V):
    def __rsub__(self, o):
        return "W.rsub first"
print((3 * V(2)).x, (V(2) * 4).x, (V(5) - V(3)).x, V(5) - W(3))
