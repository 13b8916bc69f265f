print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -3 ** 2)
print(10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, 1 + 2 << 1)
print(not 1 == 2, not (1 and 0), 1 or 2 and 0)
print(5 & 3 | 8, 5 | 3 & 1, 3 < 4 == True)
x = 5
print(0 < x <= 10 and x % 2 == 1)
print(-x ** 2, (-x) ** 2, ~x + 1)
