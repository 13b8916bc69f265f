names = ["ann", "bob", "cy"]
ages = [31, 25]
print(list(zip(names, ages)), list(enumerate(names, 1)))
print(dict(zip(names, ages)), list(zip(names, ages, "xyz")))
print(list(reversed(names)), list(range(10, 0, -3)), list(range(0)))
print(sorted([3, 1, 2], reverse=True), sum([0.5, 0.25]), sum([[1], [2]], []))
print(max([]or[0]), min(4, 2, 8), max("hello"), list(map(str.upper, names)))
print(list(filter(None, [0, 1, "", "a", None])), list(filter(lambda n: n > 1, [1, 2, 3])))
