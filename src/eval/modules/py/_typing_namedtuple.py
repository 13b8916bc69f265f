"""typing.NamedTuple's class syntax, built on collections.namedtuple (as CPython's NamedTupleMeta)."""

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
