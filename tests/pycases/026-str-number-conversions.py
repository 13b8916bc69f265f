print(str(42), str(-0.5), str(True), str(None), str(1e100))
print(int("42") + 1, float("3.5") * 2, int(float("2.9")))
for s in ["12", "  7 ", "3.5", "abc", ""]:
    try:
        print(repr(s), int(s))
    except ValueError:
        print(repr(s), "ValueError")
print(float("1e3"), float(" -2.5 "), float("inf"), float("nan") != float("nan"))
