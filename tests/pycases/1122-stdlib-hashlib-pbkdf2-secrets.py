import hashlib
import secrets
import string
key = hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 4096)
print(key.hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, dklen=25).hex())
print(hashlib.pbkdf2_hmac("sha512", b"p" * 200, b"NaCl", 3, 10).hex())
print(hashlib.pbkdf2_hmac("md5", bytearray(b"pw"), b"s", 1).hex())
for bad in [("sha256", b"pw", b"s", 0), ("sha256", b"pw", b"s", 1, 0)]:
    try:
        hashlib.pbkdf2_hmac(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    hashlib.pbkdf2_hmac("sha256", "pw", b"s", 1)
except TypeError as e:
    print("TypeError")
print(len(secrets.token_hex()), len(secrets.token_hex(4)), len(secrets.token_bytes(5)), type(secrets.token_bytes()).__name__)
tok = secrets.token_urlsafe(12)
print(len(tok), all(c in string.ascii_letters + string.digits + "-_" for c in tok))
print(secrets.choice("abc") in "abc", 0 <= secrets.randbelow(10) < 10, secrets.randbits(8) < 256)
print(secrets.compare_digest(b"abc", b"abc"), secrets.compare_digest("a", "b"))
