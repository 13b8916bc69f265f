values = [1, 1.0, True, "1", None, [1], (1,), {1: 1}, {1}, range(1)]
for v in values:
    print(repr(v), type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)))
print(isinstance(True, bool), isinstance(True, int), type(True) is int, type(1) is int)
print(isinstance("x", str), isinstance(3.0, (int, float)), isinstance(None, type(None)))
