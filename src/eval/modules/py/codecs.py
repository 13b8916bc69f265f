# ormplay's codecs: `encode`/`decode`/`lookup` over the text encodings `str.encode` and
# `bytes.decode` know (natively), plus CPython's non-text codecs people reach for through this
# module: `rot13` (str to str), `hex` and `base64` (bytes to bytes).
import binascii as _binascii

__all__ = ['encode', 'decode', 'lookup', 'CodecInfo', 'getencoder', 'getdecoder', 'register',
           'BOM', 'BOM_BE', 'BOM_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_BE', 'BOM_UTF16_LE',
           'BOM_UTF32', 'BOM_UTF32_BE', 'BOM_UTF32_LE', 'strict_errors', 'ignore_errors',
           'replace_errors', 'backslashreplace_errors']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return '<%s.%s object for encoding %s>' % (self.__class__.__module__, self.__class__.__qualname__,
                                                   self.name)


# Canonical names (what `lookup(...).name` says) by normalised alias.
_NAMES = {
    'utf_8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
    'utf_8_sig': 'utf-8-sig', 'utf8_sig': 'utf-8-sig',
    'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii', 'us': 'ascii',
    'latin_1': 'iso8859-1', 'latin1': 'iso8859-1', 'latin': 'iso8859-1', 'l1': 'iso8859-1',
    'iso8859_1': 'iso8859-1', 'iso_8859_1': 'iso8859-1', 'iso8859': 'iso8859-1', '8859': 'iso8859-1',
    'cp819': 'iso8859-1',
    'cp1252': 'cp1252', 'windows_1252': 'cp1252',
    'utf_16': 'utf-16', 'utf16': 'utf-16', 'u16': 'utf-16',
    'utf_16_le': 'utf-16-le', 'utf_16le': 'utf-16-le', 'utf_16_be': 'utf-16-be', 'utf_16be': 'utf-16-be',
    'utf_32': 'utf-32', 'utf32': 'utf-32', 'u32': 'utf-32',
    'utf_32_le': 'utf-32-le', 'utf_32le': 'utf-32-le', 'utf_32_be': 'utf-32-be', 'utf_32be': 'utf-32-be',
    'unicode_escape': 'unicode-escape', 'raw_unicode_escape': 'raw-unicode-escape',
}


def _normalize(encoding):
    chars = [c if c.isalnum() or c == '.' else '_' for c in encoding.strip().lower()]
    return ''.join(chars)


def _rot13(text, errors='strict'):
    if not isinstance(text, str):
        raise TypeError(f"descriptor 'translate' for 'str' objects doesn't apply to a "
                        f"'{type(text).__name__}' object")
    return text.translate(_ROT13), len(text)


_ROT13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                       'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')


def _bytes_only(data):
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
    return bytes(data)


def _hex_encode(data, errors='strict'):
    return _binascii.b2a_hex(_bytes_only(data)), len(data)


def _hex_decode(data, errors='strict'):
    return _binascii.a2b_hex(_bytes_only(data)), len(data)


def _base64_encode(data, errors='strict'):
    import base64
    return base64.encodebytes(_bytes_only(data)), len(data)


def _base64_decode(data, errors='strict'):
    import base64
    return base64.decodebytes(_bytes_only(data)), len(data)


# The codecs that are not text encodings: canonical name, encoder, decoder.
_SPECIAL = {
    'rot_13': ('rot-13', _rot13, _rot13), 'rot13': ('rot-13', _rot13, _rot13),
    'hex': ('hex', _hex_encode, _hex_decode), 'hex_codec': ('hex', _hex_encode, _hex_decode),
    'base64': ('base64', _base64_encode, _base64_decode), 'base_64': ('base64', _base64_encode, _base64_decode),
    'base64_codec': ('base64', _base64_encode, _base64_decode),
}

_search_functions = []
_cache = {}


def register(search_function):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError(f'lookup() argument must be str, not {type(encoding).__name__}')
    key = _normalize(encoding)
    found = _cache.get(key)
    if found is not None:
        return found
    for search in _search_functions:
        found = search(key)
        if found is not None:
            break
    else:
        found = _builtin(key, encoding)
    _cache[key] = found
    return found


def _builtin(key, encoding):
    special = _SPECIAL.get(key)
    if special is not None:
        name, enc, dec = special
        return CodecInfo(enc, dec, name=name, _is_text_encoding=False)
    # Any other name is whatever `str.encode` knows (it raises LookupError for the rest).
    ''.encode(encoding)

    def enc(text, errors='strict'):
        return text.encode(encoding, errors), len(text)

    def dec(data, errors='strict'):
        if isinstance(data, str) and key in ('unicode_escape', 'raw_unicode_escape'):
            # The escape decoders also read a str (as its UTF-8 bytes).
            data = data.encode('utf-8')
        return _bytes_only(data).decode(encoding, errors), len(data)

    return CodecInfo(enc, dec, name=_NAMES.get(key, key.replace('_', '-')))


def encode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    try:
        return info.encode(obj, errors)[0]
    except TypeError as e:
        raise TypeError(f"encoding with '{encoding}' codec failed (TypeError: {e})") from None


def decode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    try:
        return info.decode(obj, errors)[0]
    except TypeError as e:
        raise TypeError(f"decoding with '{encoding}' codec failed (TypeError: {e})") from None


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def strict_errors(exc):
    raise exc


def ignore_errors(exc):
    return '', exc.end


def replace_errors(exc):
    return '?' * (exc.end - exc.start), exc.end


def backslashreplace_errors(exc):
    text = exc.object[exc.start:exc.end]
    return ''.join('\\x%02x' % ord(c) if ord(c) < 256 else '\\u%04x' % ord(c) for c in text), exc.end
