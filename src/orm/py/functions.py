"""sqlalchemy.sql.functions: ``GenericFunction`` and ``func``, for user-defined SQL functions.

As in SQLAlchemy, subclassing ``GenericFunction`` registers the class with ``func`` under its
``identifier`` (its ``name``, else its class name; case-insensitive; in its ``package``), so
``func.<identifier>(...)`` builds it: the SQL name is ``name`` and the fixed return type is ``type``
(``class as_utc(GenericFunction): type = DateTime(); inherit_cache = True``). Calling the class
itself builds the same function. A class with ``_register = False`` is not registered (its
subclasses are). ``ReturnTypeFromArgs`` takes its type from its first argument.

The function elements are ormplay's own (the ones ``func.name(...)`` builds), so they print,
compile, label and compare as every other SQL function does.
"""

from _ormplay_functions import plain_function, register_function
from sqlalchemy import func


def _type_instance(t):
    return t() if isinstance(t, type) else t


class FunctionElement:
    """Base of SQL function constructs (``sqlalchemy.sql.functions.FunctionElement``)."""

    __module__ = "sqlalchemy.sql.functions"


class GenericFunction(FunctionElement):
    """A function registered with ``func`` by defining a subclass."""

    __module__ = "sqlalchemy.sql.functions"
    name = "GenericFunction"
    type = None
    inherit_cache = True
    _register = True

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        clsdict = cls.__dict__
        cls.name = name = clsdict.get("name", cls.__name__)
        cls.identifier = identifier = clsdict.get("identifier", name)
        package = clsdict.get("package", "_default")
        if "__return_type__" in clsdict:
            cls.type = clsdict["__return_type__"]
        if clsdict.get("_register", True):
            register_function(identifier, cls, package)
        else:
            cls._register = True

    def __new__(cls, *args, **kwargs):
        type_ = kwargs.pop("type_", None) or cls._return_type(args)
        return plain_function(str(cls.name), list(args), _type_instance(type_))

    @classmethod
    def _return_type(cls, args):
        return cls.type


class ReturnTypeFromArgs(GenericFunction):
    """A function whose return type is its first argument's (``coalesce``, ``max``, ``min``)."""

    __module__ = "sqlalchemy.sql.functions"
    _register = False

    @classmethod
    def _return_type(cls, args):
        for a in args:
            t = getattr(a, "type", None)
            if t is not None:
                return t
        return None


class AnsiFunction(GenericFunction):
    __module__ = "sqlalchemy.sql.functions"
    _register = False
