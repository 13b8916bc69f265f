point = (3, 4)
x, y = point
print(f"({x}, {y})", point[0] ** 2 + point[1] ** 2, point.count(3), point.index(4))
records = [("a", 1), ("b", 2)]
names, values = zip(*records)
print(names, values, list(map(list, zip(*records))))
