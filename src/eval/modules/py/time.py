# The `time` module over the host clock. The playground has no local zone, so local time is UTC (as
# CPython's with TZ=UTC). `sleep` does not block the page: it advances every clock this module reports
# by the time slept, so a program measuring its own pauses sees them.
from _ormplay import now_us as _now_us

_slept = 0
_start = _now_us()
timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time(tuple):
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __new__(cls, seq, _dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError(f'time.struct_time() takes an at least 9-sequence ({len(seq)}-sequence given)')
        if len(seq) > 11:
            raise TypeError(f'time.struct_time() takes an at most 11-sequence ({len(seq)}-sequence given)')
        self = tuple.__new__(cls, seq[:9])
        self._extra = seq[9:] + (None, None)[len(seq) - 9:]
        return self

    def __repr__(self):
        inner = ', '.join(f'{n}={v!r}' for n, v in zip(_FIELDS, self))
        return f'time.struct_time({inner})'

    def __reduce__(self):
        return (struct_time, (tuple(self),))

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])


def _us():
    return _now_us() + _slept


def time():
    return _us() / 1e6


def time_ns():
    return _us() * 1000


def perf_counter():
    return (_us() - _start) / 1e6


def perf_counter_ns():
    return (_us() - _start) * 1000


monotonic = perf_counter
monotonic_ns = perf_counter_ns
process_time = perf_counter
process_time_ns = perf_counter_ns
thread_time = perf_counter
thread_time_ns = perf_counter_ns


def sleep(secs):
    global _slept
    if not isinstance(secs, (int, float)):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    if secs < 0:
        raise ValueError('sleep length must be non-negative')
    _slept += int(secs * 1e6)


def _datetime(secs):
    import datetime
    if secs is None:
        secs = time()
    elif not isinstance(secs, (int, float)):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    return datetime.datetime(1970, 1, 1) + datetime.timedelta(seconds=secs)


def gmtime(secs=None):
    d = _datetime(secs)
    return struct_time((d.year, d.month, d.day, d.hour, d.minute, d.second, d.weekday(),
                        d.toordinal() - d.replace(month=1, day=1).toordinal() + 1,
                        0, 'UTC', 0))


localtime = gmtime


def _from_tuple(t, name):
    import datetime
    if t is None:
        return _datetime(None)
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError(f'{name}(): illegal time tuple argument')
    return datetime.datetime(t[0], t[1], t[2], t[3], t[4], t[5])


def mktime(t):
    d = _from_tuple(t, 'mktime')
    import datetime
    return (d - datetime.datetime(1970, 1, 1)).total_seconds()


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(format).__name__}')
    return _from_tuple(t, 'strftime').strftime(format)


def _asc(d):
    day = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')[d.weekday()]
    month = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')[d.month - 1]
    return f'{day} {month} {d.day:2d} {d.hour:02d}:{d.minute:02d}:{d.second:02d} {d.year}'


def asctime(t=None):
    return _asc(_from_tuple(t, 'asctime'))


def ctime(secs=None):
    return _asc(_datetime(secs))


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    import datetime
    return datetime.datetime.strptime(string, format).timetuple()
