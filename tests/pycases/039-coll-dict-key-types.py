d = {}
d[1] = "int"
d[1.0] = "float overwrites"
d[True] = "bool overwrites"
d[(1, 2)] = "tuple"
d["1"] = "str"
d[None] = "none"
print(d)
print(d[1], d[(1, 2)], len(d))
try:
    d[[1, 2]] = "list"
except TypeError:
    print("TypeError: unhashable")
