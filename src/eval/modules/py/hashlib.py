"""ormplay's hashlib: CPython's hash objects over the native `_hashlib.digest` (MD5, SHA-1, SHA-2).
A hash object keeps the bytes fed to it and digests them when asked; `hmac` is here too."""

import _hashlib

_SIZES = {"md5": (16, 64), "sha1": (20, 64), "sha224": (28, 64), "sha256": (32, 64), "sha384": (48, 128),
          "sha512": (64, 128)}
algorithms_guaranteed = {"blake2b", "blake2s", "md5", "sha1", "sha224", "sha256", "sha384", "sha3_224",
                         "sha3_256", "sha3_384", "sha3_512", "sha512", "shake_128", "shake_256"}
algorithms_available = set(algorithms_guaranteed)


def _data(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("object supporting the buffer API required")
    return bytes(data)


class HASH:
    def __init__(self, name, data=b""):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._data = _data(data)

    def update(self, data):
        self._data += _data(data)

    def digest(self):
        return _hashlib.digest(self.name, self._data)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        return HASH(self.name, self._data)

    def __repr__(self):
        return f"<{self.name} _hashlib.HASH object @ 0x7f0000000000>"


def new(name, data=b"", **kwargs):
    key = name.lower() if isinstance(name, str) else name
    if key not in _SIZES:
        raise ValueError(f"unsupported hash type {name}")
    return HASH(key, data)


def md5(data=b"", **kwargs):
    return HASH("md5", data)


def sha1(data=b"", **kwargs):
    return HASH("sha1", data)


def sha224(data=b"", **kwargs):
    return HASH("sha224", data)


def sha256(data=b"", **kwargs):
    return HASH("sha256", data)


def sha384(data=b"", **kwargs):
    return HASH("sha384", data)


def sha512(data=b"", **kwargs):
    return HASH("sha512", data)


def file_digest(fileobj, digest):
    h = new(digest) if isinstance(digest, str) else digest()
    h.update(fileobj.read())
    return h


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    if not isinstance(hash_name, str):
        raise TypeError(hash_name)
    h = new(hash_name)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if dklen is None:
        dklen = h.digest_size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    return _hashlib.pbkdf2(h.name, _data(password), _data(salt), iterations, dklen)
