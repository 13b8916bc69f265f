# base64 and binascii encodings, and the errors bad input gives.
import base64
import binascii
token = base64.b64encode(b"user:pa55word")
print(token, token.decode(), base64.b64decode(token))
print(base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(b"aGVs bG8=\n"))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"))
print(base64.b32encode(b"hello"), base64.b32decode(b"NBSWY3DP"), base64.b16encode(b"\x01\xab"))
print(base64.standard_b64encode("héllo".encode()).decode(), base64.b64encode(b""), base64.b64encode(b"a"))
print(binascii.hexlify(b"\x00\xff"), binascii.unhexlify("00ff"), binascii.b2a_base64(b"hi"), binascii.crc32(b"hello"))
for bad in ["abc", "a", "ab=c"]:
    try:
        base64.b64decode(bad)
    except binascii.Error as e:
        print(type(e).__name__, e)
try:
    base64.b64decode("YQ==!", validate=True)
except ValueError as e:
    print(e)
try:
    base64.b64encode("text")
except TypeError as e:
    print(e)
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print(e)
