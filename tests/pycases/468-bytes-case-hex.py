print(b"Hello World".upper(), b"Hello World".lower(), b"hello world".title(), b"hELLO".swapcase(), b"hello WORLD".capitalize())
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"".isalpha())
print(b"caf\xc3\xa9".isascii(), b"abc".isascii(), b"Ab1".isupper(), b"A1".isupper())
print(b"\x00\xffab".hex(), b"".hex(), b"abcdef".hex(":"), b"abcdef".hex("-", 2), b"abcde".hex(" ", 2), b"abcde".hex(" ", -2))
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad  be ef"), bytearray.fromhex("00ff"), b"".fromhex("41"))
for s in ["zz", "a", "ab c"]:
    try:
        bytes.fromhex(s)
    except ValueError as e:
        print("ValueError:", e)
print(b"ab".center(6, b"*"), b"ab".center(7), b"ab".ljust(4, b"."), b"ab".rjust(4), b"-5".zfill(4), b"7".zfill(3))
print(bytearray(b"Mixed").upper(), type(bytearray(b"x").lower()).__name__)
try:
    b"ab".upper(1)
except TypeError as e:
    print("TypeError:", e)
