"""sqlalchemy.ext.hybrid: attributes with behaviour at the instance and the class level.

Written in Python as SQLAlchemy writes it: a hybrid is a descriptor. Read from an instance it runs
the Python function on the object; read from the class it runs the same function (or the one given
with ``.expression``) on the class, so ``self.end - self.start`` becomes a SQL expression over the
mapped columns. ``setter``/``deleter``/``expression``/``comparator``/``update_expression`` return a
copy carrying the new function, and ``.inplace`` changes the hybrid itself, as in SQLAlchemy 2.x.
"""

HYBRID_METHOD = "HYBRID_METHOD"
HYBRID_PROPERTY = "HYBRID_PROPERTY"
NOT_EXTENSION = "NOT_EXTENSION"


def _bind(func, target):
    def bound(*args, **kwargs):
        return func(target, *args, **kwargs)

    bound.__name__ = getattr(func, "__name__", "bound")
    return bound


class hybrid_method:
    is_attribute = True
    extension_type = HYBRID_METHOD

    def __init__(self, func, expr=None):
        self.func = func
        self.expr = expr if expr is not None else func
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

    def getter(self, fget):
        self.attr.fget = fget
        return self.attr

    def setter(self, fset):
        self.attr.fset = fset
        return self.attr

    def deleter(self, fdel):
        self.attr.fdel = fdel
        return self.attr

    def expression(self, expr):
        self.attr.expr = expr
        return self.attr

    def comparator(self, comparator):
        self.attr.custom_comparator = comparator
        return self.attr

    def update_expression(self, meth):
        self.attr.update_expr = meth
        return self.attr


class hybrid_property:
    is_attribute = True
    extension_type = HYBRID_PROPERTY

    def __init__(self, fget, fset=None, fdel=None, expr=None, custom_comparator=None, update_expr=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.expr = expr
        self.custom_comparator = custom_comparator
        self.update_expr = update_expr
        self.__name__ = getattr(fget, "__name__", "hybrid_property")
        self.__doc__ = getattr(fget, "__doc__", None)

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

    def _expr_comparator(self, owner):
        if self.custom_comparator is not None:
            return self.custom_comparator(owner)
        if self.expr is not None:
            return self.expr(owner)
        return self.fget(owner)

    def _copy(self, **kw):
        args = dict(
            fget=self.fget,
            fset=self.fset,
            fdel=self.fdel,
            expr=self.expr,
            custom_comparator=self.custom_comparator,
            update_expr=self.update_expr,
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


class Comparator:
    def __init__(self, expression):
        self.expression = expression

    def __clause_element__(self):
        return self.expression

    def operate(self, op, *other, **kwargs):
        return op(self.expression, *other, **kwargs)

    def reverse_operate(self, op, other, **kwargs):
        return op(other, self.expression, **kwargs)
