data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"{n} items")
evens = [y for x in data if (y := x * 2) > 6]
print(evens, y)
values = iter([5, 0, 7])
while (v := next(values, None)) is not None:
    print("got", v)
print([last := i for i in range(3)], last)
def first_long(words):
    return next((w for w in words if (size := len(w)) > 4), None)
print(first_long(["a", "bb", "longer", "x"]))
total = 0
print([total := total + x for x in [1, 2, 3]], total)
