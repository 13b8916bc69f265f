print(True + True + True, True * 3.5, -True, ~True, True / 2)
print(sum(x > 2 for x in [1, 3, 5]), [True, False].count(True), [1, True, 1.0].count(1))
d = {0: "zero", 1: "one"}
d[True] = "true"
d[False] = "false"
print(d, len(d))
print(True == 1 == 1.0, {1, True, 1.0}, max(True, 2), str(True).lower())
