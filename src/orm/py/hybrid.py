"""sqlalchemy.ext.hybrid: attributes with behaviour at the instance and the class level.

Written in Python as SQLAlchemy writes it: a hybrid is a descriptor. Read from an instance it runs
the Python function on the object; read from the class it runs the same function (or the one given
with ``.expression``) on the class, so ``self.end - self.start`` becomes a SQL expression over the
mapped columns. ``setter``/``deleter``/``expression``/``comparator``/``update_expression`` return a
copy carrying the new function, and ``.inplace`` changes the hybrid itself, as in SQLAlchemy 2.x.

At the class level a hybrid property is a proxied attribute (``_HybridProxy``) over a
``Comparator``: ``str(User.fullname)`` is ``User.fullname``, operators go through the comparator's
``operate()`` (so a custom ``Comparator`` decides the SQL), and ``_proxy_key`` names the column
when the hybrid is selected (``SELECT a.x + a.y AS total``).
"""

from sqlalchemy.sql.operators import ColumnOperators as _Operators

HYBRID_METHOD = "HYBRID_METHOD"
HYBRID_PROPERTY = "HYBRID_PROPERTY"
NOT_EXTENSION = "NOT_EXTENSION"


def _unwrap_classmethod(meth):
    if isinstance(meth, classmethod):
        return meth.__func__
    return meth


class Comparator(_Operators):
    """A helper class that allows easy construction of custom comparators for hybrids."""

    def __init__(self, expression):
        self.expression = expression

    def __class_getitem__(cls, item):
        return cls

    def __clause_element__(self):
        expr = self.expression
        element = getattr(type(expr), "__clause_element__", None)
        if element is not None and not isinstance(expr, Comparator):
            return expr.__clause_element__()
        if isinstance(expr, Comparator):
            return expr.__clause_element__()
        return expr

    def operate(self, op, *other, **kwargs):
        return op(self.__clause_element__(), *other, **kwargs)

    def reverse_operate(self, op, other, **kwargs):
        return op(other, self.__clause_element__(), **kwargs)

    def adapt_to_entity(self, adapt_to_entity):
        return self


class ExprComparator(Comparator):
    def __init__(self, cls, expression, hybrid):
        self.cls = cls
        self.expression = expression
        self.hybrid = hybrid

    def __getattr__(self, key):
        return getattr(self.expression, key)

    @property
    def info(self):
        return self.hybrid.info

    def operate(self, op, *other, **kwargs):
        return op(self.expression, *other, **kwargs)

    def reverse_operate(self, op, other, **kwargs):
        return op(other, self.expression, **kwargs)

    def _bulk_update_tuples(self, value):
        # What ``update(A).values({A.hybrid: v})`` sets: the attribute the hybrid returns, the pairs
        # of its ``update_expression``, or the expression itself (which then names no column).
        bulk = getattr(self.expression, "_bulk_update_tuples", None)
        if bulk is not None and not isinstance(self.expression, Comparator):
            return bulk(value)
        if self.hybrid.update_expr is not None:
            return self.hybrid.update_expr(self.cls, value)
        return [(self.expression, value)]


class _HybridProxy(_Operators):
    """``_create_proxied_attribute``'s ``Proxy``: the class-level face of a hybrid property."""

    is_attribute = True

    def __init__(self, class_, key, descriptor, comparator, doc=None):
        self.class_ = class_
        self.key = key
        self.descriptor = descriptor
        self.comparator = comparator
        self.__doc__ = doc
        # The name a SELECT gives the hybrid's column (the ``proxy_key`` annotation).
        self._proxy_key = key

    def __str__(self):
        return f"{self.class_.__name__}.{self.key}"

    def __get__(self, instance, owner):
        # As the descriptor again for another owner (an ``aliased()`` class reads hybrids this way).
        retval = self.descriptor.__get__(instance, owner)
        if retval is self.descriptor and instance is None:
            return self
        return retval

    def _bulk_update_tuples(self, value):
        bulk = getattr(self.comparator, "_bulk_update_tuples", None)
        if bulk is not None:
            return bulk(value)
        return [(self.__clause_element__(), value)]

    def __clause_element__(self):
        ce = self.comparator.__clause_element__()
        if isinstance(ce, (Comparator, _HybridProxy)):
            ce = ce.__clause_element__()
        return ce

    @property
    def expression(self):
        return self.__clause_element__()

    def label(self, name):
        return self.__clause_element__().label(name)

    def operate(self, op, *other, **kwargs):
        return op(self.comparator, *other, **kwargs)

    def reverse_operate(self, op, other, **kwargs):
        return op(other, self.comparator, **kwargs)

    def __getattr__(self, attribute):
        descriptor = self.__dict__.get("descriptor")
        comparator = self.__dict__.get("comparator")
        try:
            return getattr(descriptor, attribute)
        except AttributeError:
            pass
        try:
            return getattr(comparator, attribute)
        except AttributeError:
            raise AttributeError(
                "Neither %r object nor %r object associated with %s has an attribute %r"
                % (type(descriptor).__name__, type(comparator).__name__, self, attribute)
            ) from None


_PROXY_CLASSES = {}


def _proxy_class(descriptor_class):
    # ``_create_proxied_attribute(descriptor)``: one Proxy class per descriptor class, named after
    # it (``hybrid_propertyProxy``), shown by the qualified name of SQLAlchemy's local class.
    cls = _PROXY_CLASSES.get(descriptor_class)
    if cls is None:
        cls = type(
            descriptor_class.__name__ + "Proxy",
            (_HybridProxy,),
            {"__qualname__": "_create_proxied_attribute.<locals>.Proxy", "__module__": "sqlalchemy.orm.attributes"},
        )
        _PROXY_CLASSES[descriptor_class] = cls
    return cls


def _bind(func, target):
    # ``func.__get__(target, owner)``: a classmethod binds the class either way.
    if isinstance(func, classmethod):
        func = func.__func__
        if not isinstance(target, type):
            target = type(target)

    def bound(*args, **kwargs):
        return func(target, *args, **kwargs)

    bound.__name__ = getattr(func, "__name__", "bound")
    bound.__doc__ = getattr(func, "__doc__", None)
    return bound


class hybrid_method:
    is_attribute = True
    extension_type = HYBRID_METHOD

    def __init__(self, func, expr=None):
        self.func = func
        self.expression(expr if expr is not None else func)
        self.__name__ = getattr(func, "__name__", "hybrid_method")
        self.__doc__ = getattr(func, "__doc__", None)

    @property
    def inplace(self):
        return self

    def __get__(self, instance, owner):
        if instance is None:
            return _bind(self.expr, owner)
        return _bind(self.func, instance)

    def expression(self, expr):
        self.expr = expr
        return self


class _InPlace:
    def __init__(self, attr):
        self.attr = attr

    def _set(self, **kw):
        for k, v in kw.items():
            setattr(self.attr, k, _unwrap_classmethod(v))
        return self.attr

    def getter(self, fget):
        return self._set(fget=fget)

    def setter(self, fset):
        return self._set(fset=fset)

    def deleter(self, fdel):
        return self._set(fdel=fdel)

    def expression(self, expr):
        return self._set(expr=expr)

    def comparator(self, comparator):
        return self._set(custom_comparator=comparator)

    def update_expression(self, meth):
        return self._set(update_expr=meth)

    def bulk_dml(self, meth):
        return self._set(bulk_dml_setter=meth)


class hybrid_property:
    is_attribute = True
    extension_type = HYBRID_PROPERTY

    def __init__(
        self, fget, fset=None, fdel=None, expr=None, custom_comparator=None, update_expr=None, bulk_dml_setter=None
    ):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.expr = _unwrap_classmethod(expr)
        self.custom_comparator = _unwrap_classmethod(custom_comparator)
        self.update_expr = _unwrap_classmethod(update_expr)
        self.bulk_dml_setter = _unwrap_classmethod(bulk_dml_setter)
        self.__name__ = getattr(fget, "__name__", "hybrid_property")
        self.__doc__ = getattr(fget, "__doc__", None)
        self.__module__ = getattr(fget, "__module__", None)
        self.__qualname__ = getattr(fget, "__qualname__", self.__name__)

    @property
    def info(self):
        info = self.__dict__.get("_info")
        if info is None:
            info = self._info = {}
        return info

    def __get__(self, instance, owner):
        if owner is None:
            return self
        if instance is None:
            return self._expr_comparator(owner)
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _name_in(self, owner):
        # As in SQLAlchemy: the descriptor protocol does not say under which name the hybrid was
        # found, so look for it through the MRO.
        for lookup in owner.__mro__:
            if lookup.__dict__.get(self.__name__) is self:
                return self.__name__
        return "_sa_unknown_attr_key"

    def _expr_comparator(self, owner):
        if self.custom_comparator is not None:
            comparator = self.custom_comparator(owner)
            doc = getattr(self.custom_comparator, "__doc__", None) or self.__doc__
        else:
            expr = self.expr if self.expr is not None else self.fget
            comparator = ExprComparator(owner, expr(owner), self)
            doc = getattr(expr, "__doc__", None) or self.__doc__
        return _proxy_class(type(self))(owner, self._name_in(owner), self, comparator, doc)

    def _copy(self, **kw):
        args = dict(
            fget=self.fget,
            fset=self.fset,
            fdel=self.fdel,
            expr=self.expr,
            custom_comparator=self.custom_comparator,
            update_expr=self.update_expr,
            bulk_dml_setter=self.bulk_dml_setter,
        )
        args.update(kw)
        return type(self)(**args)

    @property
    def overrides(self):
        return self

    @property
    def inplace(self):
        return _InPlace(self)

    def getter(self, fget):
        return self._copy(fget=fget)

    def setter(self, fset):
        return self._copy(fset=fset)

    def deleter(self, fdel):
        return self._copy(fdel=fdel)

    def expression(self, expr):
        return self._copy(expr=expr)

    def comparator(self, comparator):
        return self._copy(custom_comparator=comparator)

    def update_expression(self, meth):
        return self._copy(update_expr=meth)

    def bulk_dml(self, meth):
        return self._copy(bulk_dml_setter=meth)
