import sys

fi = sys.float_info
print(fi.max)
print(fi.min)
print(fi.epsilon)
print(fi.dig, fi.mant_dig, fi.radix)
print(fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp)
print(fi.rounds)
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(fi.max * 2, fi.max * 2 == float("inf"))
print(fi[0] == fi.max, len(fi))
print(sys.int_info.bits_per_digit in (15, 30))
print(abs(0.1 + 0.2 - 0.3) < fi.epsilon)
print(type(fi.max).__name__, type(fi.dig).__name__)
