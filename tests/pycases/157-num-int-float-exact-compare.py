big = 2 ** 53
print(big + 1 == float(big + 1), big == float(big), float(big + 1) < big + 1)
print(10 ** 20 > 1e19, 10 ** 16 == 1e16, 1 == 1.0, 0.5 < 1, -1 < -0.5)
print(max(2 ** 60, 1e18), min(3, 3.0), sorted([2, 1.5, True, 0]))
print(9007199254740993 == 9007199254740992.0, 2 ** 64 > float("inf"), 2 ** 64 < float("inf"))
