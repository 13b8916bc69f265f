d = {"a": 1}
print(d.get("a", 0) + 1, list(d), dict(d, b=2), d.copy() == d, d.setdefault("c"))
print(d)
d.clear()
print(d, len(d), bool(d))
e = {"x": [1]}
f = e.copy()
f["x"].append(2)
f["y"] = 0
print(e, f)
