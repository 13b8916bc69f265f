print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(4)), bytes((0, 255)))
print(bytes("héllo", "utf-8"), bytes("abc", "ascii"), bytes("x", encoding="latin-1"))
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytearray(b"x"), bytearray(3), bytearray([1, 2]))
print(bytearray("é", "utf-8"), bytes(x * 2 for x in range(3)), bytes(False), bytes(True))
class Blob:
    def __bytes__(self):
        return b"blob!"
print(bytes(Blob()))
for args in [(-1,), (1.5,), ([256],), (["a"],), ("text",), (1, "utf-8"), ("x", "nope"), (None,)]:
    try:
        print(bytes(*args))
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__ + ":", e)
try:
    bytearray(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    bytes(errors="strict")
except TypeError as e:
    print("TypeError:", e)
