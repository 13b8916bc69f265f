n = 12345678901234567890
print(n, n * n, n // 7, n % 97, -n, abs(-n), n > 2 ** 63, 2 ** 100, 2 ** 64 - 1)
print(int("9" * 30) + 1, len(str(2 ** 200)), hex(2 ** 70), bin(2 ** 65)[:10], str(10 ** 25)[::-1][:5])
print(factorial := 1)
for i in range(1, 26):
    factorial *= i
print(factorial, factorial.bit_length(), float(factorial), factorial // 10 ** 20)
print(-(2 ** 63), (2 ** 63) // -1, -2 ** 63 // -1, divmod(2 ** 70, 3), pow(2, 100, 7))
print(sum(range(10 ** 6)), 7 ** 77 % 1000, int(1e20), int(-1.5e19), round(1e20), round(123456789.123, -3))
print(f"{2**70:,}", f"{2**64:x}", format(10**30, ".3e"), 10 ** 30 / 3, 2 ** 1000 > 1e300)
print(max(2 ** 70, 1.5), min(-2 ** 70, 0), 2 ** 70 == 2.0 ** 70, (2 ** 70) & 0xFF, 1 << 80)
