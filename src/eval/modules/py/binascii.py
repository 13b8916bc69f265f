"""ormplay's binascii: the base64 and hex conversions of CPython's Modules/binascii.c, with its
messages (what `base64` is built on)."""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_A2B = {c: i for i, c in enumerate(_B64)}


def _buffer(data, text_ok=False):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    if text_ok and isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    if text_ok:
        raise TypeError(f"argument should be bytes, buffer or ASCII string, not '{type(data).__name__}'")
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def b2a_base64(data, *, newline=True):
    data = _buffer(data)
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = data[i] << 16 | data[i + 1] << 8 | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[n >> 12 & 63], _B64[n >> 6 & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[n >> 12 & 63])) + b"=="
    elif rest == 2:
        n = data[-2] << 16 | data[-1] << 8
        out += bytes((_B64[n >> 18], _B64[n >> 12 & 63], _B64[n >> 6 & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    data = _buffer(data, True)
    if strict_mode and data[:1] == b"=":
        raise Error("Leading padding not allowed")
    out = bytearray()
    quad_pos = pads = left = 0
    padding_started = False
    for i, c in enumerate(data):
        if c == 61:
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < len(data):
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        v = _A2B.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad_pos == 0:
            quad_pos, left = 1, v
        elif quad_pos == 1:
            quad_pos = 2
            out.append((left << 2 | v >> 4) & 255)
            left = v & 15
        elif quad_pos == 2:
            quad_pos = 3
            out.append((left << 4 | v >> 2) & 255)
            left = v & 3
        else:
            quad_pos = 0
            out.append((left << 6 | v) & 255)
    if quad_pos == 1:
        raise Error("Invalid base64-encoded string: number of data characters "
                    f"({len(out) // 3 * 4 + 1}) cannot be 1 more than a multiple of 4")
    if quad_pos:
        raise Error("Incorrect padding")
    return bytes(out)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _buffer(data)
    text = data.hex() if sep is None else data.hex(sep, bytes_per_sep)
    return text.encode("ascii")


def unhexlify(hexstr):
    data = _buffer(hexstr, True)
    if len(data) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(data.decode("ascii").replace(" ", "!"))
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


b2a_hex = hexlify
a2b_hex = unhexlify


def crc32(data, value=0):
    crc = ~value & 0xFFFFFFFF
    for b in _buffer(data):
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return ~crc & 0xFFFFFFFF
