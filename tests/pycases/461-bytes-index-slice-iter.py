data = b"hello world"
print(data[0], data[-1], data[4], type(data[0]).__name__)
print(data[:5], data[6:], data[::2], data[::-1], data[100:], data[-3:])
print(list(data[:3]), [c for c in b"abc"], tuple(b"\x00\xff"))
print(sum(b"\x01\x02\x03"), max(b"az"), min(b"az"), sorted(b"cab"))
print(list(enumerate(b"hi")), dict(zip(b"ab", "xy")))
it = iter(b"ok")
print(next(it), next(it), next(it, "done"))
try:
    data[20]
except IndexError as e:
    print("IndexError:", e)
try:
    data["x"]
except TypeError as e:
    print("TypeError:", e)
ba = bytearray(b"abc")
print(ba[0], ba[1:], ba[::-1], list(ba))
try:
    ba[9]
except IndexError as e:
    print("IndexError:", e)
