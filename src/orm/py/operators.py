"""sqlalchemy.sql.operators: the operators as functions, and ``ColumnOperators``.

Each named operator applies the method of its name (``like_op(a, b)`` is ``a.like(b)``), and the
arithmetic and comparison ones are Python's own (``eq`` is ``operator.eq``), so a comparator's
``operate(op, other)`` can rewrite its operands and still apply the same operation, as custom
``Comparator`` classes for hybrids do.
"""

from operator import eq, ne, lt, le, gt, ge, add, sub, mul, truediv, floordiv, mod, neg, inv, getitem
from operator import and_, or_
import operator as _operator


def like_op(a, b, escape=None):
    return a.like(b, escape=escape)


def not_like_op(a, b, escape=None):
    return a.not_like(b, escape=escape)


def ilike_op(a, b, escape=None):
    return a.ilike(b, escape=escape)


def not_ilike_op(a, b, escape=None):
    return a.not_ilike(b, escape=escape)


def in_op(a, b):
    return a.in_(b)


def not_in_op(a, b):
    return a.not_in(b)


def is_(a, b):
    return a.is_(b)


def is_not(a, b):
    return a.is_not(b)


def between_op(a, b, c, symmetric=False):
    return a.between(b, c, symmetric=symmetric)


def startswith_op(a, b, escape=None, autoescape=False):
    return a.startswith(b, escape=escape, autoescape=autoescape)


def endswith_op(a, b, escape=None, autoescape=False):
    return a.endswith(b, escape=escape, autoescape=autoescape)


def contains_op(a, b, escape=None, autoescape=False):
    return a.contains(b, escape=escape, autoescape=autoescape)


def istartswith_op(a, b, escape=None, autoescape=False):
    return a.istartswith(b, escape=escape, autoescape=autoescape)


def iendswith_op(a, b, escape=None, autoescape=False):
    return a.iendswith(b, escape=escape, autoescape=autoescape)


def icontains_op(a, b, escape=None, autoescape=False):
    return a.icontains(b, escape=escape, autoescape=autoescape)


def concat_op(a, b):
    return a.concat(b)


def collate(a, b):
    return a.collate(b)


def desc_op(a):
    return a.desc()


def asc_op(a):
    return a.asc()


def nulls_first_op(a):
    return a.nulls_first()


def nulls_last_op(a):
    return a.nulls_last()


def distinct_op(a):
    return a.distinct()


def any_op(a):
    return a.any_()


def all_op(a):
    return a.all_()


def regexp_match_op(a, b, flags=None):
    return a.regexp_match(b, flags=flags)


def match_op(a, b, **kw):
    return a.match(b, **kw)


class ColumnOperators:
    """Every operator is ``self.operate(op, ...)`` (or ``reverse_operate``), so a subclass decides
    the SQL of all of them by defining ``operate()``."""

    __hash__ = object.__hash__

    def __eq__(self, other):
        return self.operate(_operator.eq, other)

    def __ne__(self, other):
        return self.operate(_operator.ne, other)

    def __lt__(self, other):
        return self.operate(_operator.lt, other)

    def __le__(self, other):
        return self.operate(_operator.le, other)

    def __gt__(self, other):
        return self.operate(_operator.gt, other)

    def __ge__(self, other):
        return self.operate(_operator.ge, other)

    def __add__(self, other):
        return self.operate(_operator.add, other)

    def __radd__(self, other):
        return self.reverse_operate(_operator.add, other)

    def __sub__(self, other):
        return self.operate(_operator.sub, other)

    def __rsub__(self, other):
        return self.reverse_operate(_operator.sub, other)

    def __mul__(self, other):
        return self.operate(_operator.mul, other)

    def __rmul__(self, other):
        return self.reverse_operate(_operator.mul, other)

    def __truediv__(self, other):
        return self.operate(_operator.truediv, other)

    def __rtruediv__(self, other):
        return self.reverse_operate(_operator.truediv, other)

    def __floordiv__(self, other):
        return self.operate(_operator.floordiv, other)

    def __rfloordiv__(self, other):
        return self.reverse_operate(_operator.floordiv, other)

    def __mod__(self, other):
        return self.operate(_operator.mod, other)

    def __rmod__(self, other):
        return self.reverse_operate(_operator.mod, other)

    def __and__(self, other):
        return self.operate(_operator.and_, other)

    def __rand__(self, other):
        return self.reverse_operate(_operator.and_, other)

    def __or__(self, other):
        return self.operate(_operator.or_, other)

    def __ror__(self, other):
        return self.reverse_operate(_operator.or_, other)

    def __neg__(self):
        return self.operate(_operator.neg)

    def __invert__(self):
        return self.operate(_operator.inv)

    def __getitem__(self, index):
        return self.operate(_operator.getitem, index)

    def like(self, other, escape=None):
        return self.operate(like_op, other, escape=escape)

    def not_like(self, other, escape=None):
        return self.operate(not_like_op, other, escape=escape)

    notlike = not_like

    def ilike(self, other, escape=None):
        return self.operate(ilike_op, other, escape=escape)

    def not_ilike(self, other, escape=None):
        return self.operate(not_ilike_op, other, escape=escape)

    notilike = not_ilike

    def in_(self, other):
        return self.operate(in_op, other)

    def not_in(self, other):
        return self.operate(not_in_op, other)

    notin_ = not_in

    def is_(self, other):
        return self.operate(is_, other)

    def is_not(self, other):
        return self.operate(is_not, other)

    isnot = is_not

    def between(self, cleft, cright, symmetric=False):
        return self.operate(between_op, cleft, cright, symmetric=symmetric)

    def startswith(self, other, escape=None, autoescape=False):
        return self.operate(startswith_op, other, escape=escape, autoescape=autoescape)

    def endswith(self, other, escape=None, autoescape=False):
        return self.operate(endswith_op, other, escape=escape, autoescape=autoescape)

    def contains(self, other, escape=None, autoescape=False):
        return self.operate(contains_op, other, escape=escape, autoescape=autoescape)

    def istartswith(self, other, escape=None, autoescape=False):
        return self.operate(istartswith_op, other, escape=escape, autoescape=autoescape)

    def iendswith(self, other, escape=None, autoescape=False):
        return self.operate(iendswith_op, other, escape=escape, autoescape=autoescape)

    def icontains(self, other, escape=None, autoescape=False):
        return self.operate(icontains_op, other, escape=escape, autoescape=autoescape)

    def concat(self, other):
        return self.operate(concat_op, other)

    def collate(self, collation):
        return self.operate(collate, collation)

    def desc(self):
        return self.operate(desc_op)

    def asc(self):
        return self.operate(asc_op)

    def nulls_first(self):
        return self.operate(nulls_first_op)

    def nulls_last(self):
        return self.operate(nulls_last_op)

    nullsfirst = nulls_first
    nullslast = nulls_last

    def distinct(self):
        return self.operate(distinct_op)

    def any_(self):
        return self.operate(any_op)

    def all_(self):
        return self.operate(all_op)

    def regexp_match(self, pattern, flags=None):
        return self.operate(regexp_match_op, pattern, flags=flags)

    def match(self, other, **kwargs):
        return self.operate(match_op, other, **kwargs)
