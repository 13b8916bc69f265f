values = [3, 12, 7, 20]
for v in values:
    size = "big" if v > 10 else "small"
    print(v, size)
data = [1, 2, 3, 4, 5, 6]
if (n := len(data)) > 5:
    print(f"list is too long ({n} elements)")
results = [y for x in data if (y := x * x) > 10]
print(results)
print("yes" if [] else "no", "a" if 0 else "b" if 1 else "c")
