# floats print with the shortest repr that round-trips
print([0.1, 1e-7, 1e16, 123456789.123456789, float("inf"), -float("inf")])
print({1.0: 2.5}, (0.5,), round(2.675, 2), 1 / 3, 2 / 3, 10 / 3)
print(1e15 + 0.3, 1.0 * 10 ** 15, 123e-20, 0.1 * 0.1, 4.35 * 100)
print([x / 10 for x in range(5)], sum([0.1, 0.2, 0.3]))
