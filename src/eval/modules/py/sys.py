"""ormplay's sys: the harmless parts (there is no process, file system or real stdout here)."""

from _ormplay import handled as exception, emit


class version_info(tuple):
    def __new__(cls):
        return tuple.__new__(cls, (3, 11, 7, "final", 0))

    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])

    def __repr__(self):
        return ("sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)")


class _Stream:
    encoding = "utf-8"
    errors = "strict"

    def __init__(self, name, printing):
        self.name = name
        self._printing = printing

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if self._printing:
            emit(text)
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False


version_info = version_info()
version = "3.11.7 (ormplay)"
hexversion = 0x030B07F0
maxsize = 9223372036854775807
byteorder = "little"
platform = "linux"
argv = [""]
path = []
modules = {}
executable = ""
# print() writes to the output itself while sys.stdout is still __stdout__, else to sys.stdout.
stdout = __stdout__ = _Stream("<stdout>", True)
stderr = __stderr__ = _Stream("<stderr>", False)
stdin = None


class _StructSeq(tuple):
    """A struct sequence (`sys.float_info`, `sys.int_info`): a tuple whose items are also named."""

    _name = ""
    _fields = ()

    def __getattr__(self, name):
        fields = type(self)._fields
        if name in fields:
            return self[fields.index(name)]
        raise AttributeError(f"'{type(self)._name}' object has no attribute '{name}'")

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in zip(type(self)._fields, self))
        return f"{type(self)._name}({inner})"


class _FloatInfo(_StructSeq):
    _name = "sys.float_info"
    _fields = ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
               "epsilon", "radix", "rounds")


class _IntInfo(_StructSeq):
    _name = "sys.int_info"
    _fields = ("bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold")


float_info = _FloatInfo((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
                         2.220446049250313e-16, 2, 1))
int_info = _IntInfo((30, 4, 4300, 640))
_interned = {}
_recursion_limit = 1000


def getrecursionlimit():
    return _recursion_limit


def setrecursionlimit(limit):
    global _recursion_limit
    if not isinstance(limit, int):
        raise TypeError(f"'{type(limit).__name__}' object cannot be interpreted as an integer")
    if limit < 1:
        raise ValueError("recursion limit must be greater or equal than 1")
    import _ormplay
    _ormplay.set_recursion_limit(limit)
    _recursion_limit = limit


def getsizeof(obj, default=None):
    raise NotImplementedError("not supported in ormplay: sys.getsizeof()")


class _Traceback:
    tb_next = None


def exc_info():
    e = exception()
    return (None, None, None) if e is None else (type(e), e, _Traceback())


def exit(status=None):
    raise SystemExit if status is None else SystemExit(*status) if type(status) is tuple else SystemExit(status)


def getdefaultencoding():
    return "utf-8"


def intern(string):
    if type(string) is not str:
        raise TypeError(f"intern() argument must be str, not {type(string).__name__}")
    return _interned.setdefault(string, string)
