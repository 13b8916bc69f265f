d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), "a" in d, 1 in d)
print(d.get("z"), d.get("z", 0), d.setdefault("d", 4), d.setdefault("a", 100))
print(d.pop("b"), d.pop("zz", "missing"), d)
d.update({"a": 10, "e": 5})
d.update(f=6)
print(d)
print(list(d.keys()), list(d.values()), list(d.items())[:2])
print(d.popitem(), d)
print(dict.fromkeys(["x", "y"], 0), dict.fromkeys("ab"))
