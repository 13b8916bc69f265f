# hashlib's digests (MD5, SHA-1, SHA-2), fed at once or piece by piece, and hmac over them.
import hashlib
import hmac
print(hashlib.md5(b"hello").hexdigest())
print(hashlib.sha1(b"hello").hexdigest())
print(hashlib.sha224(b"").hexdigest())
print(hashlib.sha256("héllo wörld".encode("utf-8")).hexdigest())
print(hashlib.sha384(b"abc").hexdigest())
print(hashlib.sha512(b"a" * 200).hexdigest())
h = hashlib.sha256()
for part in [b"The quick brown fox ", b"jumps over ", b"the lazy dog"]:
    h.update(part)
print(h.hexdigest(), h.digest()[:4], h.name, h.digest_size, h.block_size)
copy = h.copy()
copy.update(b".")
print(copy.hexdigest() != h.hexdigest(), hashlib.new("SHA1", b"x").hexdigest())
print(hashlib.md5(bytearray(b"x" * 64)).hexdigest(), hashlib.sha1(b"y" * 55).hexdigest())
print(hmac.new(b"secret", b"message", hashlib.sha256).hexdigest())
print(hmac.new(b"k" * 100, b"m", "md5").hexdigest(), hmac.compare_digest("abc", "abc"))
for bad in ["text", 5]:
    try:
        hashlib.sha256(bad)
    except TypeError as e:
        print(e)
try:
    hashlib.new("crc")
except ValueError as e:
    print(e)
