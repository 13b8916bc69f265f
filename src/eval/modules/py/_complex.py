# The `complex` type, written the way CPython's Objects/complexobject.c computes it (its `_Py_c_*`
# helpers for products, quotients and powers, its repr rules, its string parser and its hash), so
# results agree to the last bit. It is a builtin loaded on first use: `complex(...)` and imaginary
# literals (`2j` lowers to `complex(0.0, 2.0)`), and a float raised to a fractional power of a
# negative number (`(-8) ** (1/3)`) lands here as CPython's float pow does.
import math as _math
import re as _re

_NUM = r'(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:e[+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)'
_REAL = _re.compile(r'[+-]?' + _NUM, _re.I)
_IMAG = _re.compile(r'(?:([+-]?' + _NUM + r')([+-])(' + _NUM + r')?|([+-]?)(' + _NUM + r')?)j', _re.I)


def _f(s):
    return float(s.replace('_', ''))


def _parse(s):
    t = s.strip()
    if t[:1] == '(' and t[-1:] == ')':
        t = t[1:-1].strip()
    if _REAL.fullmatch(t):
        return _f(t), 0.0
    m = _IMAG.fullmatch(t)
    if m is None:
        raise ValueError('complex() arg is a malformed string')
    if m.group(2):
        im = _f(m.group(3)) if m.group(3) else 1.0
        return _f(m.group(1)), (-im if m.group(2) == '-' else im)
    im = _f(m.group(5)) if m.group(5) else 1.0
    return 0.0, (-im if m.group(4) == '-' else im)


def _parts(x):
    # (real, imag) of a number `complex` arithmetic accepts, else None (NotImplemented).
    if isinstance(x, complex):
        return x._r, x._i
    if isinstance(x, (int, float)):
        return float(x), 0.0
    return None


def _fmt(x):
    r = repr(x)
    return r[:-2] if r.endswith('.0') else r


def _prod(a, b, c, d):
    return a * c - b * d, a * d + b * c


def _quot(a, b, c, d):
    abs_c = -c if c < 0 else c
    abs_d = -d if d < 0 else d
    if abs_c >= abs_d:
        if abs_c == 0.0:
            raise ZeroDivisionError('complex division by zero')
        ratio = d / c
        denom = c + d * ratio
        return (a + b * ratio) / denom, (b - a * ratio) / denom
    if abs_d >= abs_c:
        ratio = c / d
        denom = c * ratio + d
        return (a * ratio + b) / denom, (b * ratio - a) / denom
    return _math.nan, _math.nan


def _powu(a, b, n):
    r = (1.0, 0.0)
    p = (a, b)
    mask = 1
    while mask > 0 and n >= mask:
        if n & mask:
            r = _prod(r[0], r[1], p[0], p[1])
        mask <<= 1
        p = _prod(p[0], p[1], p[0], p[1])
    return r


def _pow(a, b, c, d):
    if d == 0.0 and c == int(c) and abs(c) <= 100:
        n = int(c)
        if n > 0:
            return _powu(a, b, n)
        r = _powu(a, b, -n)
        return _quot(1.0, 0.0, r[0], r[1])
    if c == 0.0 and d == 0.0:
        return 1.0, 0.0
    if a == 0.0 and b == 0.0:
        if d != 0.0 or c < 0.0:
            raise ZeroDivisionError('0.0 to a negative or complex power')
        return 0.0, 0.0
    vabs = _math.hypot(a, b)
    length = vabs ** c
    at = _math.atan2(b, a)
    phase = at * c
    if d != 0.0:
        length /= _math.exp(at * d)
        phase += d * _math.log(vabs)
    return length * _math.cos(phase), length * _math.sin(phase)


def _fpow(x, y):
    # float.__pow__ of a negative base and a non-integral exponent.
    r, i = _pow(x, 0.0, y, 0.0)
    return complex(r, i)


def _real_of(x, which):
    if isinstance(x, complex):
        return x
    if isinstance(x, (int, float)):
        return float(x)
    for name in ('__complex__', '__float__', '__index__'):
        f = getattr(type(x), name, None)
        if f is not None:
            v = f(x)
            return v if name == '__complex__' else float(v)
    if which == 'first':
        raise TypeError(f"complex() first argument must be a string or a number, not '{type(x).__name__}'")
    raise TypeError(f"complex() second argument must be a number, not '{type(x).__name__}'")


class complex:
    __slots__ = ('_r', '_i')

    def __new__(cls, real=0, imag=None):
        if isinstance(real, str):
            if imag is not None:
                raise TypeError("complex() can't take second arg if first is a string")
            r, i = _parse(real)
        elif isinstance(imag, str):
            raise TypeError('complex() second arg can\'t be a string')
        else:
            if cls is complex and type(real) is complex and imag is None:
                return real
            re_ = _real_of(real, 'first')
            if isinstance(re_, complex):
                r, i = re_._r, re_._i
            else:
                r, i = re_, 0.0
            if imag is not None:
                im = _real_of(imag, 'second')
                if isinstance(im, complex):
                    r, im = r - im._i, im._r
                i = i + im if isinstance(re_, complex) else im
        self = object.__new__(cls)
        object.__setattr__(self, '_r', r)
        object.__setattr__(self, '_i', i)
        return self

    def __setattr__(self, name, value):
        if name in ('real', 'imag'):
            raise AttributeError('readonly attribute')
        raise AttributeError(f"'complex' object has no attribute '{name}'")

    @property
    def real(self):
        return self._r

    @property
    def imag(self):
        return self._i

    def conjugate(self):
        return complex(self._r, -self._i)

    def __repr__(self):
        if self._r == 0.0 and _math.copysign(1.0, self._r) == 1.0:
            return _fmt(self._i) + 'j'
        im = _fmt(self._i)
        if im[0] != '-':
            im = '+' + im
        return '(' + _fmt(self._r) + im + 'j)'

    __str__ = __repr__

    def __format__(self, spec):
        m = _re.fullmatch(r'(?:(.)?([<>=^]))?([-+ ]?)(#?)(0?)(\d*)([_,]?)(\.\d+)?([eEfFgGn%]?)', spec)
        if m is None:
            raise ValueError(f"Invalid format specifier '{spec}' for object of type 'complex'")
        fill, align, sign, alt, zero, width, group, prec, kind = m.groups()
        if not kind and not prec:
            body = str(self)
        else:
            num = alt + group + (prec or '') + kind
            body = format(self._r, sign + num) + format(self._i, '+' + num) + 'j'
        return format(body, (fill or '') + (align or '>') + width)

    def __hash__(self):
        h = hash(self._r) + 1000003 * hash(self._i)
        h = (h + 2 ** 63) % 2 ** 64 - 2 ** 63
        return -2 if h == -1 else h

    def __eq__(self, other):
        o = _parts(other)
        if o is None:
            return NotImplemented
        return self._r == o[0] and self._i == o[1]

    def __ne__(self, other):
        o = _parts(other)
        if o is None:
            return NotImplemented
        return not (self._r == o[0] and self._i == o[1])

    def __bool__(self):
        return self._r != 0.0 or self._i != 0.0

    def __neg__(self):
        return complex(-self._r, -self._i)

    def __pos__(self):
        return complex(self._r, self._i)

    def __abs__(self):
        r = _math.hypot(self._r, self._i)
        if _math.isinf(r) and _math.isfinite(self._r) and _math.isfinite(self._i):
            raise OverflowError('absolute value too large')
        return r

    def __add__(self, other):
        o = _parts(other)
        if o is None:
            return NotImplemented
        return complex(self._r + o[0], self._i + o[1])

    __radd__ = __add__

    def __sub__(self, other):
        o = _parts(other)
        if o is None:
            return NotImplemented
        return complex(self._r - o[0], self._i - o[1])

    def __rsub__(self, other):
        o = _parts(other)
        if o is None:
            return NotImplemented
        return complex(o[0] - self._r, o[1] - self._i)

    def __mul__(self, other):
        o = _parts(other)
        if o is None:
            return NotImplemented
        return complex(*_prod(self._r, self._i, o[0], o[1]))

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = _parts(other)
        if o is None:
            return NotImplemented
        return complex(*_quot(self._r, self._i, o[0], o[1]))

    def __rtruediv__(self, other):
        o = _parts(other)
        if o is None:
            return NotImplemented
        return complex(*_quot(o[0], o[1], self._r, self._i))

    def __pow__(self, other, mod=None):
        if mod is not None:
            raise ValueError('complex modulo')
        o = _parts(other)
        if o is None:
            return NotImplemented
        r, i = _pow(self._r, self._i, o[0], o[1])
        if _math.isinf(r) or _math.isinf(i):
            raise OverflowError('complex exponentiation')
        return complex(r, i)

    def __rpow__(self, other, mod=None):
        o = _parts(other)
        if o is None:
            return NotImplemented
        return complex(*o) ** self

    def __getnewargs__(self):
        return (self._r, self._i)

    def __complex__(self):
        return complex(self._r, self._i)


complex.__module__ = 'builtins'
