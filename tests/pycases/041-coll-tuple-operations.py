t = (1, 2, 3)
print(t + (4,), t * 2, t[1:], t[::-1], len(t), 2 in t)
print(t.index(3), t.count(1), (1,), (), tuple("ab"), tuple([1, 2]))
a, b, c = t
print(a + b + c)
x, *rest = t
*init, last = t
print(x, rest, init, last)
nested = ((1, 2), (3, 4))
for (p, q) in nested:
    print(p * q, end=" ")
print()
try:
    t[0] = 9
except TypeError:
    print("TypeError: immutable")
