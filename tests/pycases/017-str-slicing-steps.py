s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1])
print(s[5:2], s[-100:3], s[8:100], s[3:3], s[::-2], s[-2:-6:-1])
print(s[0], s[-1], len(s), s[len(s) - 1])
try:
    print(s[10])
except IndexError as e:
    print("IndexError", e)
