import functools
square = functools.partial(pow, exp=2)
print(list(map(square, range(5))))
print(pow(base=2, exp=10), pow(3, exp=4, mod=5), pow(2, 10, mod=7))
print(round(number=2.567, ndigits=1), round(2.5), round(number=7))
print(list(enumerate(iterable="ab", start=1)))
try:
    pow(2, 3, base=4)
except TypeError as e:
    print("TypeError", e)
try:
    format(3.5, format_spec=".2f")
except TypeError as e:
    print("TypeError", e)
print([n.bit_count() for n in (0, 1, 255, -7, 2**70 - 1)], True.bit_count(), int.bit_count(12))
hamming = lambda a, b: (a ^ b).bit_count()
print(hamming(0b1011, 0b0110))
