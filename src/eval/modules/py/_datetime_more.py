# The less used parts of `datetime`, in Python over the native classes: `strptime` (CPython's
# Lib/_strptime.py regular expressions for the C locale), timestamps (local time is UTC in the
# playground), `astimezone` and `tzinfo.fromutc`, `isocalendar`, `ctime`, `timetuple` and the `min`/`max` constants.
# `install` is called once by the native `datetime` module with its classes.
import re as _re

_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
           'October', 'November', 'December']
_PATTERNS = {
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'G': r'(?P<G>\d\d\d\d)',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|Z)',
    'A': '(?P<A>' + '|'.join(sorted((d.lower() for d in _DAYS), key=len, reverse=True)) + ')',
    'a': '(?P<a>' + '|'.join(d[:3].lower() for d in _DAYS) + ')',
    'B': '(?P<B>' + '|'.join(sorted((m.lower() for m in _MONTHS), key=len, reverse=True)) + ')',
    'b': '(?P<b>' + '|'.join(m[:3].lower() for m in _MONTHS) + ')',
    'p': '(?P<p>am|pm)',
    'Z': '(?P<Z>utc|gmt)',
    '%': '%',
}
_cache = {}


def _pattern(format):
    compiled = _cache.get(format)
    if compiled is not None:
        return compiled
    out = []
    seen = set()
    i = 0
    expand = {'T': '%H:%M:%S', 'D': '%m/%d/%y', 'R': '%H:%M', 'F': '%Y-%m-%d', 'c': '%a %b %d %H:%M:%S %Y',
              'x': '%m/%d/%y', 'X': '%H:%M:%S'}
    while i < len(format):
        ch = format[i]
        if ch == '%':
            if i + 1 >= len(format):
                raise ValueError("stray % in format '%s'" % format)
            d = format[i + 1]
            i += 2
            if d in expand:
                out.append(_pattern(expand[d]).pattern)
                continue
            p = _PATTERNS.get(d)
            if p is None:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
            if d in seen and d != '%':
                raise _re.error(f'redefinition of group name {d!r} as group')
            seen.add(d)
            out.append(p)
        elif ch.isspace():
            while i < len(format) and format[i].isspace():
                i += 1
            out.append(r'\s+')
        else:
            out.append(_re.escape(ch))
            i += 1
    compiled = _re.compile(''.join(out), _re.IGNORECASE)
    _cache[format] = compiled
    return compiled


def _parse(data_string, format):
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError(f'strptime() argument {index} must be str, not {type(arg).__name__}')
    found = _pattern(format).match(data_string)
    if not found:
        raise ValueError('time data %r does not match format %r' % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError('unconverted data remains: %s' % data_string[found.end():])
    g = found.groupdict()
    year = 1900
    month = day = 1
    hour = minute = second = fraction = 0
    tz = None
    julian = None
    if g.get('y'):
        year = int(g['y'])
        year += 2000 if year <= 68 else 1900
    if g.get('Y'):
        year = int(g['Y'])
    if g.get('m'):
        month = int(g['m'])
    if g.get('B'):
        month = [m.lower() for m in _MONTHS].index(g['B'].lower()) + 1
    if g.get('b'):
        month = [m[:3].lower() for m in _MONTHS].index(g['b'].lower()) + 1
    if g.get('d'):
        day = int(g['d'])
    if g.get('H'):
        hour = int(g['H'])
    if g.get('I'):
        hour = int(g['I'])
        ampm = (g.get('p') or '').lower()
        if ampm in ('', 'am'):
            if hour == 12:
                hour = 0
        elif hour != 12:
            hour += 12
    if g.get('M'):
        minute = int(g['M'])
    if g.get('S'):
        second = int(g['S'])
    if g.get('f'):
        s = g['f']
        fraction = int(s + '0' * (6 - len(s)))
    if g.get('j'):
        julian = int(g['j'])
    if g.get('z'):
        z = g['z']
        if z == 'Z' or z == 'z':
            tz = 0
        else:
            if z[3] == ':':
                z = z[:3] + z[4:]
                if len(z) > 5:
                    if z[5] != ':':
                        raise ValueError(f'Inconsistent use of : in {g["z"]}')
                    z = z[:5] + z[6:]
            hours = int(z[1:3])
            minutes = int(z[3:5])
            seconds = int(z[5:7] or 0)
            tz = (hours * 60 + minutes) * 60 + seconds
            if z[0] == '-':
                tz = -tz
    return year, month, day, hour, minute, second, fraction, tz, julian


def install(date, datetime, time, timedelta, timezone):
    utc = timezone.utc
    epoch = datetime(1970, 1, 1, tzinfo=utc)
    # CPython's date, time, timedelta, tzinfo and timezone objects have no `__dict__` (their
    # subclasses do).
    for cls in (date, datetime, time, timedelta, timezone, *timezone.__bases__):
        cls.__slots__ = ()

    def strptime(cls, date_string, format):
        year, month, day, hour, minute, second, fraction, tz, julian = _parse(date_string, format)
        if julian is not None:
            d = date.fromordinal(date(year, 1, 1).toordinal() + julian - 1)
            year, month, day = d.year, d.month, d.day
        tzinfo = None if tz is None else (utc if tz == 0 else timezone(timedelta(seconds=tz)))
        return cls(year, month, day, hour, minute, second, fraction, tzinfo=tzinfo)

    def timestamp(self):
        if self.tzinfo is None:
            self = self.replace(tzinfo=utc)
        return (self - epoch).total_seconds()

    def fromtimestamp(cls, t, tz=None):
        if not isinstance(t, (int, float)):
            raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")
        moment = epoch + timedelta(seconds=t)
        if tz is None:
            return moment.replace(tzinfo=None)
        return moment.astimezone(tz)

    def utcfromtimestamp(cls, t):
        return fromtimestamp(cls, t)

    def astimezone(self, tz=None):
        if tz is None:
            tz = utc
        elif not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be None or of a tzinfo subclass, not type '
                            f'{type(tz).__name__!r}')
        offset = self.utcoffset()
        if offset is None:
            # A naive datetime is local time, and local time is UTC in the playground.
            offset = timedelta(0)
        if self.tzinfo is tz:
            return self
        moment = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(moment)

    # `tzinfo`'s own methods: the abstract three, and `fromutc` from `utcoffset()` and `dst()`
    # (CPython's Lib/datetime.py); `timezone` overrides them with its fixed offset.
    tzinfo = timezone.__bases__[0]

    def _abstract(name):
        def method(self, dt):
            raise NotImplementedError(f'a tzinfo subclass must implement {name}()')
        method.__name__ = name
        return method

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot convert')
        return dt + dtdst

    def zone_fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance or None')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self.utcoffset(None)

    for name in ('utcoffset', 'dst', 'tzname'):
        setattr(tzinfo, name, _abstract(name))
    tzinfo.fromutc = fromutc
    timezone.fromutc = zone_fromutc
    timezone.dst = lambda self, dt: None

    def isocalendar(self):
        year = self.year
        today = self.toordinal()
        week1monday = _week1monday(date, year)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _week1monday(date, year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52 and today >= _week1monday(date, year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def ctime(self):
        h = getattr(self, 'hour', 0)
        mi = getattr(self, 'minute', 0)
        s = getattr(self, 'second', 0)
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAYS[self.weekday()][:3], _MONTHS[self.month - 1][:3],
                                                  self.day, h, mi, s, self.year)

    def timetuple(self):
        import time as _time
        yday = self.toordinal() - date(self.year, 1, 1).toordinal() + 1
        return _time.struct_time((self.year, self.month, self.day, getattr(self, 'hour', 0),
                                  getattr(self, 'minute', 0), getattr(self, 'second', 0),
                                  self.weekday(), yday, _isdst(self)))

    def date_fromtimestamp(cls, t):
        d = fromtimestamp(datetime, t)
        return cls(d.year, d.month, d.day)

    def fromisocalendar(cls, year, week, day):
        start = _week1monday(date, year)
        return cls.fromordinal(start + (week - 1) * 7 + day - 1)

    datetime.strptime = classmethod(strptime)
    datetime.timestamp = timestamp
    datetime.fromtimestamp = classmethod(fromtimestamp)
    datetime.utcfromtimestamp = classmethod(utcfromtimestamp)
    datetime.astimezone = astimezone
    date.fromtimestamp = classmethod(date_fromtimestamp)
    date.fromisocalendar = classmethod(fromisocalendar)
    for cls in (date, datetime):
        cls.isocalendar = isocalendar
        cls.ctime = ctime
        cls.timetuple = timetuple
    date.min = date(1, 1, 1)
    date.max = date(9999, 12, 31)
    date.resolution = timedelta(days=1)
    datetime.min = datetime(1, 1, 1)
    datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
    datetime.resolution = timedelta(microseconds=1)
    time.min = time(0, 0)
    time.max = time(23, 59, 59, 999999)
    time.resolution = timedelta(microseconds=1)
    try:
        timedelta.min = timedelta(-999999999)
        timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
    except OverflowError:
        pass
    timedelta.resolution = timedelta(microseconds=1)
    us = timedelta.resolution

    def mod(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=(self // us) % (other // us))
        return NotImplemented

    def divmod_(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self // us, other // us)
            return q, timedelta(microseconds=r)
        return NotImplemented

    timedelta.__mod__ = mod
    timedelta.__divmod__ = divmod_

    # The values are immutable: a copy may be the value itself (their state is native, which
    # `copy`'s generic reconstruction would not carry over).
    def copy_(self):
        return self

    def deepcopy_(self, memo):
        return self

    for cls in (date, datetime, time, timedelta, timezone):
        cls.__copy__ = copy_
        cls.__deepcopy__ = deepcopy_


def _isdst(value):
    # `tm_isdst`: -1 when the value has no tzinfo or its `dst()` is None, else whether it is in DST.
    dst = value.dst() if hasattr(value, 'dst') else None
    return -1 if dst is None else int(bool(dst))


def _week1monday(date, year):
    firstday = date(year, 1, 1).toordinal()
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > 3:
        week1monday += 7
    return week1monday


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return f'datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})'


IsoCalendarDate.__module__ = 'datetime'
