# unicodedata: CPython's module over ormplay's tables. Normalization, combining classes and the names
# the worker knows are native (`_unicodedata`); category, width, bidi class, mirroring and numeric
# values come from `_unicodedata_db` (generated from CPython 3.11), loaded on first use. Names outside
# the native table come from `_unicodedata_names` (more blocks, fetched only when needed), and CJK
# ideographs and Hangul syllables are named algorithmically, as Unicode defines them.
import _unicodedata
from bisect import bisect_right

unidata_version = '14.0.0'
_tables = {}


def _char(func, c, argument=''):
    if not isinstance(c, str) or len(c) != 1:
        what = type(c).__name__
        raise TypeError(f'{func}() argument{argument} must be a unicode character, not {what}')
    return ord(c)


def _runs(name):
    table = _tables.get(name)
    if table is None:
        import _unicodedata_db as db
        values = getattr(db, name + '_VALUES')
        codes = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
        starts, found, at = [], [], 0
        for run in getattr(db, name).split(','):
            starts.append(at)
            found.append(values[codes.index(run[0])])
            at += int(run[1:], 36)
        table = _tables[name] = (starts, found)
    return table


def _lookup_run(name, cp):
    starts, found = _runs(name)
    i = bisect_right(starts, cp) - 1
    return found[i], starts[i]


def category(c, /):
    return _lookup_run('CATEGORY', _char('category', c))[0]


def east_asian_width(c, /):
    return _lookup_run('WIDTH', _char('east_asian_width', c))[0]


def bidirectional(c, /):
    return _lookup_run('BIDI', _char('bidirectional', c))[0]


def mirrored(c, /):
    return _lookup_run('MIRRORED', _char('mirrored', c))[0]


def combining(c, /):
    _char('combining', c)
    return _unicodedata.combining(c)


def _numeric_table():
    table = _tables.get('NUMERIC')
    if table is None:
        import _unicodedata_db as db
        table = _tables['NUMERIC'] = {}
        for entry in db.NUMERIC.split():
            cp, kind, value = entry.split(':')
            n, _, d = value.partition('/')
            table[int(cp, 16)] = (kind == 'd', float(n) / float(d) if d else float(n))
    return table


_missing = object()


def decimal(c, default=_missing, /):
    cp = _char('decimal', c, ' 1')
    cat, start = _lookup_run('CATEGORY', cp)
    if cat == 'Nd':
        return (cp - start) % 10
    if default is _missing:
        raise ValueError('not a decimal')
    return default


def digit(c, default=_missing, /):
    cp = _char('digit', c, ' 1')
    cat, start = _lookup_run('CATEGORY', cp)
    if cat == 'Nd':
        return (cp - start) % 10
    found = _numeric_table().get(cp)
    if found is not None and found[0]:
        return int(found[1])
    if default is _missing:
        raise ValueError('not a digit')
    return default


def numeric(c, default=_missing, /):
    cp = _char('numeric', c, ' 1')
    cat, start = _lookup_run('CATEGORY', cp)
    if cat == 'Nd':
        return float((cp - start) % 10)
    found = _numeric_table().get(cp)
    if found is not None:
        return found[1]
    if default is _missing:
        raise ValueError('not a numeric character')
    return default


def normalize(form, unistr, /):
    if not isinstance(form, str):
        raise TypeError(f'normalize() argument 1 must be str, not {type(form).__name__}')
    if not isinstance(unistr, str):
        raise TypeError(f'normalize() argument 2 must be str, not {type(unistr).__name__}')
    return _unicodedata.normalize(form, unistr)


def is_normalized(form, unistr, /):
    return normalize(form, unistr) == unistr


_JAMO_L = ('G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H')
_JAMO_V = ('A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI',
           'YU', 'EU', 'YI', 'I')
_JAMO_T = ('', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B',
           'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H')
_CJK = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x2A6DF), (0x2A700, 0x2B738), (0x2B740, 0x2B81D),
        (0x2B820, 0x2CEA1), (0x2CEB0, 0x2EBE0), (0x30000, 0x3134A))


def _names():
    table = _tables.get('NAMES')
    if table is None:
        import _unicodedata_names as db
        table = _tables['NAMES'] = (db.RANGES, db.NAMES.split('\n'))
    return table


def _name(c):
    found = _unicodedata.name(c)
    if found is not None:
        return found
    cp = ord(c)
    if 0xAC00 <= cp <= 0xD7A3:
        s = cp - 0xAC00
        return 'HANGUL SYLLABLE ' + _JAMO_L[s // 588] + _JAMO_V[s % 588 // 28] + _JAMO_T[s % 28]
    for lo, hi in _CJK:
        if lo <= cp <= hi:
            return f'CJK UNIFIED IDEOGRAPH-{cp:X}'
    start = 0
    for lo, hi in _names()[0]:
        if lo <= cp <= hi:
            return _names()[1][start + cp - lo] or None
        start += hi - lo + 1
    return None


def name(chr, default=_missing, /):
    _char('name', chr, ' 1')
    found = _name(chr)
    if found is not None:
        return found
    if default is _missing:
        raise ValueError('no such name')
    return default


def lookup(name, /):
    if not isinstance(name, str):
        raise TypeError(f"a bytes-like object is required, not '{type(name).__name__}'")
    key = name.upper()
    found = _unicodedata.lookup(key)
    if found is None:
        if key.startswith('CJK UNIFIED IDEOGRAPH-'):
            try:
                c = chr(int(key[22:], 16))
            except (ValueError, OverflowError):
                c = None
            if c is not None and _name(c) == key:
                return c
        elif key.startswith('HANGUL SYLLABLE '):
            for cp in range(0xAC00, 0xD7A4):
                if _name(chr(cp)) == key:
                    return chr(cp)
        else:
            index = _tables.get('INDEX')
            if index is None:
                ranges, names = _names()
                codes = [cp for lo, hi in ranges for cp in range(lo, hi + 1)]
                index = _tables['INDEX'] = {n: cp for n, cp in zip(names, codes) if n}
            if key in index:
                return chr(index[key])
        raise KeyError(f"undefined character name '{name}'")
    return found
