a = list(range(10))
print(a[2:7], a[::3], a[-4:-1], a[::-2])
a[2:4] = ["x", "y", "z"]
print(a)
a[:2] = []
print(a)
del a[0]
del a[-2:]
print(a)
b = a[:]
b[0] = "changed"
print(a[0], b[0])
a[1:1] = [100]
print(a, len(a))
