tests = [(1, 0), (1.0, 0), (5, 0.0), (7, 2)]
for a, b in tests:
    for name, op in [("div", lambda: a / b), ("floordiv", lambda: a // b), ("mod", lambda: a % b)]:
        try:
            print(name, a, b, op())
        except ZeroDivisionError:
            print(name, a, b, "ZeroDivisionError")
