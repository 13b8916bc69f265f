a, b = 12, 10
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 1)
print(-16 >> 2, -1 << 3, bin(a), hex(255), oct(8))
print(bin(-5), hex(-255), int("ff", 16), int("0b101", 0), int("777", 8))
flags = 0
for bit in (1, 4, 16):
    flags |= bit
print(flags, flags & 4 != 0, flags & 2 != 0)
