"""ormplay's struct: CPython's Modules/_struct.c in Python (formats, sizes, alignment, byte orders and
its error messages, as a little-endian 64-bit CPython gives them). Floats go through the native
`_hashlib.float_bits`/`bits_float` (IEEE 754 binary16/32/64)."""

import _hashlib


class error(Exception):
    pass


_NATIVE = {"x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8,
           "Q": 8, "n": 8, "N": 8, "e": 2, "f": 4, "d": 8, "s": 1, "p": 1, "P": 8}
_STANDARD = {"x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 4, "L": 4, "q": 8,
             "Q": 8, "e": 2, "f": 4, "d": 8, "s": 1, "p": 1}
_INTS = "bBhHiIlLqQnNP"


def _bytes_arg(buffer):
    if isinstance(buffer, (bytes, bytearray)):
        return bytes(buffer)
    raise TypeError(f"a bytes-like object is required, not '{type(buffer).__name__}'")


class Struct:
    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode("ascii")
        if not isinstance(format, str):
            raise TypeError(f"Struct() argument 1 must be a str or bytes object, not {type(format).__name__}")
        self.format = format
        text = format
        order = "@"
        if text[:1] in ("@", "=", "<", ">", "!"):
            order, text = text[0], text[1:]
        self._order = order
        self._little = order in "@=<"
        sizes = _NATIVE if order == "@" else _STANDARD
        self._items = []
        offset, count, digits = 0, 0, False
        for ch in text:
            if ch.isspace():
                continue
            if ch.isdigit():
                count, digits = count * 10 + int(ch), True
                continue
            if ch not in sizes:
                raise error("bad char in struct format")
            n = count if digits else 1
            size = sizes[ch]
            if order == "@" and size > 1 and ch not in "sp":
                offset = (offset + size - 1) // size * size
            self._items.append((ch, n, offset, size))
            offset += size * n
            count, digits = 0, False
        if digits:
            raise error("repeat count given without format specifier")
        self.size = offset

    def _args_needed(self):
        return sum(1 if ch in "sp" else n for ch, n, _, _ in self._items if ch != "x")

    def pack(self, *args):
        needed = self._args_needed()
        if len(args) != needed:
            raise error(f"pack expected {needed} items for packing (got {len(args)})")
        out = bytearray(self.size)
        args = iter(args)
        for ch, n, offset, size in self._items:
            if ch in "sp":
                data = next(args)
                if not isinstance(data, (bytes, bytearray)):
                    raise error(f"argument for '{ch}' must be a bytes object")
                if ch == "p":
                    data = bytes([min(len(data), n - 1, 255)]) + data[:n - 1] if n else b""
                out[offset:offset + n] = bytes(data[:n]).ljust(n, b"\0")
                continue
            for k in range(n):
                if ch == "x":
                    continue
                at = offset + k * size
                out[at:at + size] = self._pack_one(ch, size, next(args))
        return bytes(out)

    def _pack_one(self, ch, size, v):
        order = "little" if self._little else "big"
        if ch == "c":
            if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                raise error("char format requires a bytes object of length 1")
            return bytes(v)
        if ch == "?":
            return b"\1" if v else b"\0"
        if ch in "efd":
            if not isinstance(v, (int, float)):
                if hasattr(type(v), "__float__"):
                    v = float(v)
                else:
                    raise error("required argument is not a float")
            bits = _hashlib.float_bits(float(v), size)
            if bits is None:
                raise OverflowError(f"float too large to pack with {ch} format")
            return bits.to_bytes(size, order)
        if not isinstance(v, int):
            if hasattr(type(v), "__index__"):
                v = v.__index__()
            else:
                raise error("required argument is not an integer")
        v = int(v)
        signed = ch.islower()
        lo, hi = (-(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1) if signed else (0, (1 << (8 * size)) - 1)
        if not lo <= v <= hi:
            raise error(self._range_message(ch, size, v, lo, hi))
        return v.to_bytes(size, order, signed=signed)

    def _range_message(self, ch, size, v, lo, hi):
        # Which packer _struct.c uses: the native ones for '@', for b/B always, and for '<'/'=' formats
        # whose standard size is the native size; the portable big/little-endian ones otherwise.
        native = self._order == "@" or ch in "bB" or self._little and _NATIVE[ch] == size
        if not native and size == 8:
            return "int too large to convert"
        as_long = ch.islower() or native and ch in "BH"  # read as a C long before the range check
        if as_long and not -(1 << 63) <= v < (1 << 63) or not as_long and not 0 <= v < (1 << 64):
            return "argument out of range"
        if native and ch in "bBhH":
            kind = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}[ch]
            return f"{kind} format requires {lo} <= number <= {hi}"
        if size == 8:
            return "argument out of range"
        return f"'{ch}' format requires {lo} <= number <= {hi}"

    def unpack(self, buffer):
        data = _bytes_arg(buffer)
        if len(data) != self.size:
            raise error(f"unpack requires a buffer of {self.size} bytes")
        return self._unpack(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = _bytes_arg(buffer)
        if offset < 0:
            offset += len(data)
        if len(data) - offset < self.size:
            raise error(f"unpack_from requires a buffer of at least {self.size + offset} bytes for unpacking "
                        f"{self.size} bytes at offset {offset} (actual buffer size is {len(data)})")
        return self._unpack(data, offset)

    def iter_unpack(self, buffer):
        data = _bytes_arg(buffer)
        if self.size == 0 or len(data) % self.size:
            raise error(f"iterative unpacking requires a buffer of a multiple of {self.size} bytes")
        return (self._unpack(data, at) for at in range(0, len(data), self.size))

    def pack_into(self, buffer, offset, *args):
        data = self.pack(*args)
        if offset < 0:
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error(f"pack_into requires a buffer of at least {self.size + offset} bytes for packing "
                        f"{self.size} bytes at offset {offset} (actual buffer size is {len(buffer)})")
        buffer[offset:offset + self.size] = data

    def _unpack(self, data, base):
        order = "little" if self._little else "big"
        out = []
        for ch, n, offset, size in self._items:
            at = base + offset
            if ch == "s":
                out.append(data[at:at + n])
                continue
            if ch == "p":
                if n:
                    length = min(data[at], n - 1)
                    out.append(data[at + 1:at + 1 + length])
                else:
                    out.append(b"")
                continue
            for k in range(n):
                chunk = data[at + k * size:at + (k + 1) * size]
                if ch == "x":
                    continue
                if ch == "c":
                    out.append(chunk)
                elif ch == "?":
                    out.append(chunk != b"\0")
                elif ch in "efd":
                    out.append(_hashlib.bits_float(int.from_bytes(chunk, order), size))
                else:
                    out.append(int.from_bytes(chunk, order, signed=ch.islower()))
        return tuple(out)


def calcsize(format):
    return Struct(format).size


def pack(format, *args):
    return Struct(format).pack(*args)


def pack_into(format, buffer, offset, *args):
    return Struct(format).pack_into(buffer, offset, *args)


def unpack(format, buffer):
    return Struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return Struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return Struct(format).iter_unpack(buffer)
