a = [0, 0, 0]
i = 0
i, a[i] = 1, 5
print(i, a)
x = y = z = 0
x += 1
print(x, y, z)
d = {}
d["a"] = d["b"] = []
d["a"].append(1)
print(d)
