s = "hello"
print(s[1:3], s[:], s[::-2], s[-2:-5:-1], s[5:], s[-10:2], s[2:2], s[::1], s[1::2], s[:-1:2])
lst = list(range(10))
print(lst[2:8:3], lst[::-3], lst[8:2:-2], lst[-3::-4], lst[:100:25], lst[slice(2, 5)], lst[slice(None, None, -1)][:3])
sl = slice(1, 8, 2)
print(sl, sl.start, sl.stop, sl.step, lst[sl], slice(5), slice(None))
lst[2:5] = []
print(lst)
lst[:0] = [-1, -2]
print(lst)
lst[-1:] = [99, 100]
print(lst, len(lst))
lst[::3] = "abcd"
print(lst)
del lst[1:3]
print(lst)
del lst[::-2]
print(lst)
t = tuple(range(6))
print(t[::-1], t[1:-1:2], t[-1], t[:3] + t[3:] == t, t[10:], ("a",) * 3)
b = b"bytes!"
print(b[0], b[-1], b[1:3], b[::-1], list(b[:2]), b.upper(), b.decode(), len(b), bytes(3), bytes([65, 66]))
print(bytearray(b"ab") + b"c", b"a" in b"abc", 97 in b"abc", b"x".hex(), bytes.fromhex("4142"))
