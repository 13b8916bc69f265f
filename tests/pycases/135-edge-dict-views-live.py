d = {"a": 1, "b": 2}
keys, values, items = d.keys(), d.values(), d.items()
d["c"] = 3
print(keys, values, items)
print(len(keys), "a" in keys, 2 in values, ("c", 3) in items)
del d["a"]
print(list(keys), list(values), sorted(items))
print(keys & {"b", "z"}, keys - {"b"}, keys | {"q"} == {"b", "c", "q"})
print(list(reversed(d)), list(reversed(d.values())))
