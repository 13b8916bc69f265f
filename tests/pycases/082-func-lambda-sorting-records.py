students = [{"name": "ann", "grade": 88}, {"name": "bob", "grade": 95}, {"name": "cy", "grade": 88}]
ranked = sorted(students, key=lambda s: (-s["grade"], s["name"]))
for pos, s in enumerate(ranked, 1):
    print(pos, s["name"], s["grade"])
best = max(students, key=lambda s: s["grade"])
print(best["name"])
names = list(map(lambda s: s["name"].title(), students))
print(names)
