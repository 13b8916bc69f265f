for n in [0, 7, 255, 1024, -42]:
    print(n, bin(n), oct(n), hex(n), f"{n:b}", f"{n:o}", f"{n:x}")
print(int("1010", 2), int("ff", 16), int("Z", 36), int("0x1f", 16), int("0o17", 0))
print(chr(97), ord("z"), [ord(c) - ord("a") for c in "hello"])
print(str(0b1111), 0xFF + 1, 1_000 * 3)
