for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2)
print(10 / 4, 9 / 3, 1 / 3)
print(7 % 3.5, -7.5 // 2, 7.5 % -2)
print(abs(-5), abs(3.25), abs(0))
