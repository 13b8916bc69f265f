"""typing.NamedTuple's class syntax and functional form, built on collections.namedtuple (as CPython's
NamedTupleMeta), and typing's other pure-Python helpers (NewType, assert_never, reveal_type,
get_type_hints)."""

import collections


class NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if ns.get("_root", False):
            return super().__new__(mcls, typename, bases, ns)
        types = ns.get("__annotations__", {})
        fields = list(types)
        defaults = [ns[n] for n in fields if n in ns]
        for name in fields[len(fields) - len(defaults):]:
            if name not in ns:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field")
        nt = collections.namedtuple(typename, fields, defaults=defaults)
        nt.__annotations__ = dict(types)
        skip = ("__annotations__", "__module__", "__qualname__", "__doc__", "_root", "__class__")
        for key, value in ns.items():
            if key not in fields and key not in skip:
                setattr(nt, key, value)
        return nt


class NamedTuple(metaclass=NamedTupleMeta):
    _root = True

    # `NamedTuple("Point", [("x", float), ("y", float)])` (or `x=float, y=float`).
    def __new__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
        fields = [(name, tp) for name, tp in fields]
        nt = collections.namedtuple(typename, [name for name, _ in fields])
        nt.__annotations__ = dict(fields)
        return nt


def _hint(value, owner):
    if value is None:
        return type(None)
    if isinstance(value, str):
        from _ormplay import eval_annotation
        value = eval_annotation(value, owner)
    return _resolve_args(value, owner, 0)


def _resolve_args(value, owner, depth):
    # Forward references inside a subscripted type (`Optional["Row"]`) are evaluated too, as
    # CPython's get_type_hints does; a Literal's or Annotated's strings are values, not references.
    args = getattr(value, '__args__', None)
    origin = getattr(value, '__origin__', None)
    if not isinstance(args, tuple) or origin is None or depth > 50:
        return value
    if getattr(origin, '_name', None) in ('Literal', 'Annotated'):
        return value
    new = tuple(_hint(a, owner) if isinstance(a, str) else _resolve_args(a, owner, depth + 1) for a in args)
    if all(a is b for a, b in zip(new, args)):
        return value
    try:
        return origin[new if len(new) != 1 else new[0]]
    except Exception:
        return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function or class (its bases' first), string ones evaluated, None as NoneType."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            annotations = base.__dict__.get("__annotations__", {}) if hasattr(base, "__dict__") else {}
            for name, value in annotations.items():
                hints[name] = _hint(value, base)
        return hints
    annotations = getattr(obj, "__annotations__", None)
    if annotations is None:
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    return {name: _hint(value, obj) for name, value in annotations.items()}


class NewType:
    """typing.NewType: a callable that returns its argument, shown by its module and name."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = "__main__"

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __or__(self, other):
        import typing
        return typing.Union[self, other]

    def __ror__(self, other):
        import typing
        return typing.Union[other, self]


def assert_never(arg):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def assert_type(val, typ):
    return val


def reveal_type(obj):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def no_type_check(arg):
    return arg
