# ormplay's zoneinfo: `ZoneInfo` for the zones whose rules fit in a line — UTC and its aliases and
# the fixed-offset `Etc/GMT±N` zones. The IANA time zone database itself (a few hundred kilobytes
# of rules) is not shipped with the page, so any other key raises ZoneInfoNotFoundError, as CPython
# does for a key it cannot find, with a message that says why.
from datetime import tzinfo as _tzinfo, timedelta as _timedelta, datetime as _datetime

__all__ = ['ZoneInfo', 'reset_tzpath', 'available_timezones', 'TZPATH', 'ZoneInfoNotFoundError',
           'InvalidTZPathWarning']

TZPATH = ()


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


_UTC_KEYS = ('UTC', 'Etc/UTC', 'Etc/UCT', 'UCT', 'Etc/Universal', 'Universal', 'Etc/Zulu', 'Zulu')
_GMT_KEYS = ('GMT', 'Etc/GMT', 'GMT0', 'GMT+0', 'GMT-0', 'Etc/GMT0', 'Etc/GMT+0', 'Etc/GMT-0',
             'Greenwich', 'Etc/Greenwich')


def _fixed(key):
    """(offset in hours, abbreviation) of a key this module knows, else None."""
    if key in _UTC_KEYS:
        return 0, 'UTC'
    if key in _GMT_KEYS:
        return 0, 'GMT'
    if key.startswith('Etc/GMT') and key[7:8] in ('+', '-') and key[8:].isdigit() \
            and key[8:9] != '0' and len(key) <= 10:
        hours = int(key[8:])
        # POSIX signs: Etc/GMT+5 is five hours *behind* UTC.
        if key[7] == '+' and hours <= 12:
            return -hours, '-%02d' % hours
        if key[7] == '-' and hours <= 14:
            return hours, '+%02d' % hours
    return None


def _validate(key):
    if not isinstance(key, str):
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(key).__name__}')
    if key.startswith('/'):
        raise ValueError(f'ZoneInfo keys may not be absolute paths, got: {key}')
    parts = key.split('/')
    if any(p == '..' for p in parts):
        raise ValueError(f'ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}')
    if not key or any(p in ('', '.') for p in parts):
        raise ValueError(f'ZoneInfo keys must be normalized relative paths, got: {key}')


class ZoneInfo(_tzinfo):
    _cache = {}

    def __new__(cls, key):
        found = cls._cache.get(key)
        if found is None:
            found = cls.no_cache(key)
            cls._cache[key] = found
        return found

    @classmethod
    def no_cache(cls, key):
        _validate(key)
        fixed = _fixed(key)
        if fixed is None:
            raise ZoneInfoNotFoundError(
                f'No time zone found with key {key} (ormplay ships no time zone database, to keep '
                f'the page small: only UTC and the fixed-offset Etc/GMT+N / Etc/GMT-N zones exist here)')
        self = object.__new__(cls)
        self._key = key
        self._offset = _timedelta(hours=fixed[0])
        self._abbr = fixed[1]
        return self

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @classmethod
    def from_file(cls, fobj, /, key=None):
        raise ValueError('ormplay reads no time zone files')

    @property
    def key(self):
        return self._key

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return _timedelta(0)

    def tzname(self, dt):
        return self._abbr

    def fromutc(self, dt):
        if not isinstance(dt, _datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        return dt + self._offset

    def __str__(self):
        return self._key

    def __repr__(self):
        return f'{type(self).__module__}.{type(self).__qualname__}(key={self._key!r})'

    def __reduce__(self):
        return (type(self)._unpickle, (self._key,))

    @classmethod
    def _unpickle(cls, key):
        return cls(key)


def available_timezones():
    keys = set(_UTC_KEYS) | set(_GMT_KEYS)
    keys.update(f'Etc/GMT+{n}' for n in range(1, 13))
    keys.update(f'Etc/GMT-{n}' for n in range(1, 15))
    return keys


def reset_tzpath(to=None):
    pass
