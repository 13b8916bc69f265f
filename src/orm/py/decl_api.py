"""sqlalchemy.orm.decl_api: ``declared_attr``, class-level attributes computed per mapped class.

Written in Python as SQLAlchemy writes it: a ``declared_attr`` is a descriptor whose function runs
with the class (``Mixin.__tablename__`` on ``Foo`` gives the name for ``Foo``). Declarative mapping
(``orm/declarative.rs``) recognises these objects on a class and on its mixins and calls them once
per mapped class, so a mixin's ``@declared_attr`` column or relationship is a new one for each class.
``declared_attr.directive`` marks ``__tablename__``/``__table_args__``/``__mapper_args__`` functions
and ``declared_attr.cascading`` is accepted (it behaves as ``declared_attr``).
"""


class declared_attr:
    __ormplay_declared_attr__ = True

    def __init__(self, fn, cascading=False, quiet=False):
        # `@declared_attr @classmethod def f(cls)`: the function inside the classmethod.
        fn = getattr(fn, "__func__", fn)
        self.fget = fn
        self._cascading = cascading
        self._quiet = quiet
        self.__doc__ = getattr(fn, "__doc__", None)
        self.__name__ = getattr(fn, "__name__", "declared_attr")

    def __get__(self, instance, owner):
        return self.fget(owner)

    def _collect_return_annotation(self):
        return getattr(self.fget, "__annotations__", {}).get("return")


class _declared_directive(declared_attr):
    pass


class _stateful_declared_attr:
    def __init__(self, **kw):
        self.kw = kw

    def _stateful(self, **kw):
        new_kw = dict(self.kw)
        new_kw.update(kw)
        return _stateful_declared_attr(**new_kw)

    def __call__(self, fn):
        return declared_attr(fn, **self.kw)


declared_attr.directive = _declared_directive
declared_attr.cascading = _stateful_declared_attr(cascading=True)


def _mapped_copy(cls, base):
    """``@registry.mapped``: the class, declared again on the registry's declarative base (the
    decorator's name then binds to the mapped class, as SQLAlchemy maps the class in place)."""
    bases = tuple(b for b in cls.__bases__ if b is not object) + (base,)
    ns = {k: v for k, v in cls.__dict__.items() if k not in ("__dict__", "__weakref__")}
    return type(cls.__name__, bases, ns)


def has_inherited_table(cls):
    """Whether a class of the MRO (not the class itself) has a mapped table: a mixin's
    `declared_attr` asks it to tell a joined subclass's primary key from the base's."""
    for class_ in cls.__mro__[1:]:
        if getattr(class_, "__table__", None) is not None:
            return True
    return False


def declarative_mixin(cls):
    """``@declarative_mixin``: only a marker for typing tools; the class is returned unchanged."""
    return cls


_dataclass_bases = []


def _mapped_dataclass(reg, cls=None, **kw):
    """``registry.mapped_as_dataclass``: the class declared again (as ``@registry.mapped`` does) on
    a hidden ``MappedAsDataclass`` base of the registry, with the dataclass options given; without a
    class, the decorator that does it."""
    if cls is None:
        return lambda c: _mapped_dataclass(reg, c, **kw)
    from sqlalchemy.orm import DeclarativeBase
    from sqlalchemy.orm.dataclass_mapping import MappedAsDataclass

    base = None
    for known, b in _dataclass_bases:
        if known is reg:
            base = b
    if base is None:
        base = type("DataclassBase", (MappedAsDataclass, DeclarativeBase), {"registry": reg, "__abstract__": True})
        _dataclass_bases.append((reg, base))
    bases = tuple(b for b in cls.__bases__ if b is not object) + (base,)
    ns = {k: v for k, v in cls.__dict__.items() if k not in ("__dict__", "__weakref__")}
    return type(cls.__name__, bases, ns, **kw)


def mapped_as_dataclass(registry, /, **kw):
    """``@mapped_as_dataclass(reg)``: the class mapped by ``reg`` as a dataclass."""
    return lambda cls: _mapped_dataclass(registry, cls, **kw)


def as_declarative(**kw):
    """Class decorator form of ``declarative_base()``: the decorated class becomes the base
    (``@as_declarative() class Base: ...``), keeping its name, methods and ``declared_attr``s."""

    def decorate(cls):
        from sqlalchemy.orm import declarative_base

        options = dict(kw)
        options["cls"] = cls
        options["name"] = cls.__name__
        return declarative_base(**options)

    return decorate
