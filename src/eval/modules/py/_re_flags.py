"""re.RegexFlag: the flags of the `re` module as CPython 3.11 defines them (re/_constants.py order,
which is the order a combination prints in: `re.ASCII|re.VERBOSE`), an IntFlag shown as `re.NAME`."""

import enum


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        if self._name_ is None:
            return "re.RegexFlag(%r)" % self._value_
        return "|".join("re." + name for name in self._name_.split("|"))

    __str__ = __repr__
