s = "Hello, World"
print(s[::-1], s[-5:], s[:-7], s[2:10:3], s[100:], s[-100:3], s[5:2], s[::4])
lst = list(range(10))
print(lst[::2], lst[1::3], lst[-3:-1], lst[8:2:-2], lst[:], lst[::-3])
lst[2:5] = ["a"]
print(lst, len(lst))
lst[::2] = [0] * 4
print(lst)
del lst[::3]
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print(e)
t = (1, 2, 3, 4)
print(t[1:3], t[::-1], t[-1:], type(t[0:1]).__name__)
sl = slice(1, None, 2)
print("abcdefg"[sl], sl, sl.indices(7), slice(3))
b = bytearray(b"abcdef")
b[1:3] = b"XYZ"
print(b, bytes(b[::-1]), b"hello"[1], b"hello"[1:2])
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested, [[0] * 2 for _ in range(2)])
r = range(10, 0, -3)
print(r[1:], list(r[1:]), r[-1], len(r), 4 in r, r.index(7))
print("abc"[-1], "abc"[0:0] == "", [1, 2, 3][-4:], "x"[1:])
