a, b = 1, 2
a, b = b, a
print(a, b)
first, (second, third) = "x", ("y", "z")
print(first, second, third)
head, *middle, tail = range(6)
print(head, middle, tail)
[p, q] = [10, 20]
print(p, q)
for i, (name, score) in enumerate([("a", 1), ("b", 2)], start=1):
    print(i, name, score)
try:
    x, y = [1, 2, 3]
except ValueError:
    print("ValueError: too many values")
