import sys

print(sys.maxsize)
print(sys.maxsize == 2**63 - 1, -sys.maxsize - 1)
print(type(sys.maxsize).__name__, sys.maxsize > 10**18)
print(sys.maxsize + 1 > sys.maxsize)
print(min([5, 3, 9], default=sys.maxsize), min([], default=sys.maxsize))
big = sys.maxsize
best = big
for n in [40, 12, 77]:
    if n < best:
        best = n
print(best)
a = sys.intern("hello world" + "!")
b = sys.intern("hello world!")
print(a is b, a == b, a)
print(sys.intern("x") == "x")
try:
    sys.intern(5)
except TypeError:
    print("TypeError for non-str")
