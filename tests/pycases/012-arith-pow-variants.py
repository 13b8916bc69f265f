print(pow(2, 8), pow(2, 8, 5), pow(3, 0), pow(2.0, 3), pow(4, 0.5))
print(2 ** 63, (-3) ** 5, 0 ** 0, 10 ** -2)
print(pow(-8, 2), 7 ** 2 % 10, divmod(2 ** 40, 1000))
base = 3
result = 1
for _ in range(5):
    result *= base
print(result, result == base ** 5, 2 ** 0.5 * 2 ** 0.5)
