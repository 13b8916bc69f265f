# A file-system-less `os`: the parts programs touch in the playground — `environ`/`getenv` (empty: a
# program's `os.environ.get("DATABASE_URL", "sqlite://")` takes its default), `os.path`, the path
# and line separators, `getcwd()` ('/'), `fspath`, `PathLike`. Anything touching files raises
# FileNotFoundError, as it would for a path that does not exist.
import posixpath as path
from abc import ABC as _ABC, abstractmethod as _abstractmethod

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
devnull = '/dev/null'
defpath = '/bin:/usr/bin'
error = OSError
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class _Environ(dict):
    def __repr__(self):
        return f'environ({dict.__repr__(self)})'

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        if not isinstance(value, str):
            raise TypeError(f'str expected, not {type(value).__name__}')
        dict.__setitem__(self, key, value)

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]


environ = _Environ()


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def getcwd():
    return '/'


def getpid():
    return 1


def cpu_count():
    return 1


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError(f'expected {type(p).__name__}.__fspath__() to return str or bytes, not {type(r).__name__}')
    return r


class PathLike(_ABC):
    @_abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, C):
        if cls is PathLike:
            return hasattr(C, '__fspath__')
        return NotImplemented


def _missing(p):
    raise FileNotFoundError(2, 'No such file or directory', p)


def listdir(p='.'):
    _missing(p)


def stat(p):
    _missing(p)


def remove(p):
    _missing(p)


unlink = rmdir = remove


def makedirs(p, mode=511, exist_ok=False):
    pass


def mkdir(p, mode=511):
    pass


def urandom(n):
    import random
    return bytes(random.randrange(256) for _ in range(n))
