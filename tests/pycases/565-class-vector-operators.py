class Vector:
    def __init__(self, *c): self.c = list(c)
    def __add__(self, o): return Vector(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o): return Vector(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k): return Vector(*[a * k for a in self.c])
    def __rmul__(self, k): return self * k
    def __neg__(self): return self * -1
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o): return isinstance(o, Vector) and self.c == o.c
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __iter__(self): return iter(self.c)
    def __repr__(self): return f"Vector({', '.join(map(str, self.c))})"
    def __bool__(self): return any(self.c)
    def __iadd__(self, o):
        self.c = [a + b for a, b in zip(self.c, o.c)]
        return self
    def __matmul__(self, o): return sum(a * b for a, b in zip(self, o))
    def __hash__(self): return sum(self.c)
    def __contains__(self, x): return x in self.c
    def __format__(self, spec): return "<" + ",".join(format(a, spec) for a in self.c) + ">"
v, w = Vector(1, 2), Vector(3, 4)
print(v + w, v - w, v * 3, 2 * v, -v, abs(w), v == Vector(1, 2), v != w, len(v), v[0], v[-1], v[::-1])
print(list(v), bool(Vector(0, 0)), bool(v), v @ w, 2 in v, 5 in v, f"{w:.1f}", format(v, "03d"))
u = v; u += w; print(u, v, u is v, {v: 1}[Vector(4, 6)])
a, b = v; print(a, b, max(v), sorted(v, reverse=True), sum(v))
class Money:
    def __init__(self, cents): self.cents = cents
    def __lt__(self, o): return self.cents < o.cents
    def __le__(self, o): return self.cents <= o.cents
    def __repr__(self): return f"${self.cents / 100:.2f}"
    def __radd__(self, o): return Money(o + self.cents) if isinstance(o, int) else NotImplemented
    def __add__(self, o): return Money(self.cents + (o.cents if isinstance(o, Money) else o))
ms = [Money(500), Money(150), Money(999)]
print(sorted(ms), min(ms), max(ms), sum(ms), Money(1) > Money(0), Money(2) >= Money(3))
try:
    "s" + Money(1)
except TypeError as e:
    print(e)
