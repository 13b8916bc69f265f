"""BaseExceptionGroup and ExceptionGroup as CPython 3.11 defines them (Objects/exceptions.c), and
`_ExceptStar`, the matching an `except*` clause runs (ceval's CHECK_EG_MATCH and PREP_RERAISE_STAR):
the lowering turns `try: ... except* T as e: ...` into plain `try`/`except` statements driving it."""


class BaseExceptionGroup(BaseException):
    __module__ = "builtins"

    def __new__(cls, message, exceptions):
        if not isinstance(message, str):
            raise TypeError(f"BaseExceptionGroup.__new__() argument 1 must be str, not {type(message).__name__}")
        if isinstance(exceptions, (str, dict, set, frozenset)) or not hasattr(exceptions, "__getitem__"):
            raise TypeError("second argument (exceptions) must be a sequence")
        excs = tuple(exceptions)
        if not excs:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        nested_base = False
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError(f"Item {i} of second argument (exceptions) is not an exception")
            if not isinstance(e, Exception):
                nested_base = True
        if cls is BaseExceptionGroup:
            if not nested_base:
                cls = ExceptionGroup
        elif cls is ExceptionGroup:
            if nested_base:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
        elif nested_base and issubclass(cls, Exception):
            raise TypeError(f"Cannot nest BaseExceptions in '{cls.__name__}'")
        self = super().__new__(cls, message, exceptions)
        self.__message = message
        self.__exceptions = excs
        return self

    def __init__(self, *args, **kwargs):
        super().__init__(*args)

    @property
    def message(self):
        return self.__message

    @property
    def exceptions(self):
        return self.__exceptions

    def __str__(self):
        n = len(self.__exceptions)
        return f"{self.__message} ({n} sub-exception{'s' if n > 1 else ''})"

    def __class_getitem__(cls, item):
        return cls

    def derive(self, excs):
        return BaseExceptionGroup(self.message, excs)

    def split(self, condition):
        return self.__split(_matcher(condition))

    def subgroup(self, condition):
        return self.__split(_matcher(condition))[0]

    def __split(self, match):
        if match(self):
            return self, None
        matched, rest = [], []
        for e in self.__exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e.__split(match)
            elif match(e):
                m, r = e, None
            else:
                m, r = None, e
            if m is not None:
                matched.append(m)
            if r is not None:
                rest.append(r)
        return self.__subset(matched), self.__subset(rest)

    def __subset(self, excs):
        if not excs:
            return None
        group = self.derive(excs)
        if not isinstance(group, BaseExceptionGroup):
            raise TypeError("derive must return an instance of BaseExceptionGroup")
        for name in ("__cause__", "__context__"):
            value = getattr(self, name, None)
            if value is not None:
                setattr(group, name, value)
        notes = getattr(self, "__notes__", None)
        if notes is not None:
            group.__notes__ = notes
        return group


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = "builtins"


def _matcher(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(isinstance(c, type) and issubclass(c, BaseException) for c in condition):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError("expected a function, exception type or tuple of exception types")


def _leaves(exc, out):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaves(e, out)
    else:
        out.append(exc)


class _ExceptStar:
    """One `except*` statement's state: what is left to match, what the handlers raised."""

    def __init__(self, exc):
        self.orig = exc
        self.rest = exc
        self.matched = []
        self.raised = []

    def match(self, spec):
        classes = spec if isinstance(spec, tuple) else (spec,)
        for c in classes:
            if not (isinstance(c, type) and issubclass(c, BaseException)):
                raise TypeError("catching classes that do not inherit from BaseException is not allowed")
            if issubclass(c, BaseExceptionGroup):
                raise TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
        rest = self.rest
        if rest is None:
            return None
        if isinstance(rest, spec):
            match = rest if isinstance(rest, BaseExceptionGroup) else BaseExceptionGroup("", (rest,))
            self.rest = None
        elif isinstance(rest, BaseExceptionGroup):
            match, self.rest = rest.split(spec)
        else:
            match = None
        if match is not None:
            self.matched.append(match)
        return match

    def handler_raised(self, exc):
        self.raised.append(exc)

    def finish(self):
        exc = self.outcome()
        if exc is not None:
            raise exc

    def outcome(self):
        """The exception the statement ends with, or None."""
        if not isinstance(self.orig, BaseExceptionGroup):
            return self.raised[0] if self.raised else self.rest
        new = [e for e in self.raised if not any(e is m for m in self.matched)]
        keep = [e for e in self.raised if any(e is m for m in self.matched)]
        if self.rest is not None:
            keep.append(self.rest)
        ids = []
        for e in keep:
            _leaves(e, ids)
        reraised = None
        if ids:
            reraised = self.orig.split(lambda e: any(e is leaf for leaf in ids))[0]
        if not new:
            return reraised
        if reraised is not None:
            new.append(reraised)
        if len(new) == 1:
            return new[0]
        return BaseExceptionGroup("", new)
