def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0
print([n for n in range(1, 70) if is_power_of_two(n)])
for n in [0, 5, 255, 1024, 2**31 - 1]:
    print(n, bin(n), f"{n:#010b}", n.bit_length(), n.bit_count(), bin(n).count("1"))
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), flags ^ EXEC, ~flags & 7, flags << 2, 1024 >> 3)
def swap(a, b):
    a ^= b
    b ^= a
    a ^= b
    return a, b
print(swap(6, 9), int("1011", 2), int("ff", 16), int("0o17", 0), hex(3735928559), oct(8))
def gray(n):
    return n ^ (n >> 1)
print([format(gray(i), "03b") for i in range(8)])
print(sum(1 << i for i in range(8)), (-5) & 0xFF, -5 >> 1, (5).to_bytes(2, "big"), int.from_bytes(b"\xff\x00", "big", signed=True))
single = [4, 1, 2, 1, 2]
acc = 0
for x in single:
    acc ^= x
print("single number:", acc, "hamming:", (0b1011 ^ 0b0110).bit_count())
