values = [0, 1, -1, 0.0, 0.5, "", " ", [], [0], (), (None,), {}, {"a": 1}, set(), None, True, False]
for v in values:
    print(repr(v), bool(v), "yes" if v else "no")
print(not [], not 0, not "x")
print([] or "default", 0 or None or "last", 3 and 4, "" and 1)
