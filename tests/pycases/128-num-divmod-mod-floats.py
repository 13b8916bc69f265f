for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1, 0.3), (10, 3)]:
    q, r = divmod(a, b)
    print(a, b, q, round(r, 10), a // b, round(a % b, 10))
print(divmod(-1, 5), divmod(5, -1), -1 % 5, 5 % -3)
print(0.0 == -0.0, 1 % 1.0, -0.0 % 5)
