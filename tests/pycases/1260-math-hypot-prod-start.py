# Distances in n dimensions and products with a start value (math.hypot / math.prod).
import math

points = [(1, 1, 1), (2, 3, 6), (3, 4), (-5,), ()]
for p in points:
    print(p, math.hypot(*p))
print(math.hypot(1.5, 2.25, 3.125, 4.0625), math.hypot(*range(10)))
print(math.hypot(1e308, 1e308, 1e308), math.hypot(1e-320, 1e-320, 1e-320))
print(math.hypot(float("nan"), float("inf"), 1), math.hypot(float("nan"), 1, 2), math.hypot(True, 2, 2))
print(math.prod([], start=5), math.prod([2, 3], start=5), math.prod([1.5, 2], start=2))
print(math.prod(range(1, 6)), math.prod(["ab"], start=1), math.prod([2, 2], start=0.5))
try:
    math.prod([1], begin=2)
except TypeError as e:
    print("TypeError:", e)
try:
    math.hypot(1, "a", 2)
except TypeError as e:
    print("TypeError:", e)
