print(pow(3, -1, 7), pow(2, -1, 11), pow(10, -2, 7), pow(-3, -1, 7), pow(3, -1, -7))
print(pow(38, -1, 97) * 38 % 97, pow(2, 10, 1000), pow(5, 0, 3), pow(7, 3, -5))
for args in [(2, -1, 4), (0, -1, 5), (3, 2, 0)]:
    try:
        print(pow(*args))
    except ValueError as e:
        print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
