a, b = b"abc", b"abd"
print(a + b, a * 2, 3 * b"-", a * 0, a * -1)
print(a == b"abc", a != b, a < b, a <= a, b > a, b"ab" < b"abc", b"" < b"a")
print(b"b" in a, b"bc" in a, 98 in a, 120 in a, b"" in a)
print(a == bytearray(b"abc"), bytearray(b"x") == b"x", b"x" == "x", b"1" == 1)
print(bytearray(b"a") + b"b", b"a" + bytearray(b"b"), bytearray(b"ab") * 2)
print(bool(b""), bool(b"\x00"), bool(bytearray()), not b"x")
checks = [lambda: b"a" + "a", lambda: "a" + b"a", lambda: bytearray(b"a") + "a", lambda: b"a" < "a",
          lambda: "a" in b"a", lambda: 300 in b"a", lambda: b"a" * 1.5]
for check in checks:
    try:
        print(check())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(sorted([b"b", b"a", b"ab", b""]), max([b"z", b"aa"]))
