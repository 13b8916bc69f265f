"""traceback: CPython's text for exceptions, from the frames the evaluator recorded when they were caught."""

import sys
import _ormplay


def _split(text):
    # One string per frame ("  File ...\n    code\n"), as CPython's StackSummary.format gives them.
    out = []
    for line in text.splitlines(keepends=True):
        if line.startswith("    ") and out and out[-1].startswith("  File "):
            out[-1] += line
        else:
            out.append(line)
    return out


def _value(exc, value):
    if value is not None and value is not _sentinel:
        return value
    return exc


_sentinel = object()


def format_exception_only(exc, /, value=_sentinel):
    exc = _value(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    if isinstance(exc, type):
        return [exc.__qualname__ + "\n"]
    return [line + "\n" for line in _ormplay.exception_line(exc).split("\n")]


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc = _value(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _split(_ormplay.format_exception(exc))


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    print("".join(format_exception(exc, value, tb, limit=limit, chain=chain)), end="", file=file or sys.stderr)


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    raise ValueError("no last exception")


def format_tb(tb, limit=None):
    return []


def print_tb(tb, limit=None, file=None):
    pass


def format_stack(f=None, limit=None):
    return []


def print_stack(f=None, limit=None, file=None):
    pass


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, **kwargs):
        self._exc = exc_value
        self.exc_type = exc_type
        self.__cause__ = getattr(exc_value, "__cause__", None)
        self.__context__ = getattr(exc_value, "__context__", None)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def format_exception_only(self):
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True):
        yield from format_exception(self._exc, chain=chain)

    def __str__(self):
        return str(self._exc)
