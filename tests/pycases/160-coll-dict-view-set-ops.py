a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() - b), sorted(a.keys() | b.keys()))
print(sorted(a.keys() ^ b.keys()), sorted(a.items() - {("x", 1)}), list(reversed(a)))
print(dict.fromkeys(a, 0), dict.fromkeys(["p", "q"]), {}.fromkeys("ab", []))
