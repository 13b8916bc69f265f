"""SQLAlchemy's ``sqlalchemy.ext.indexable``: ``index_property(attr_name, index)``, a hybrid
property reading and writing one index (a key of a JSON dict, a position of an array) of another
attribute. On an instance it reads ``obj.<attr_name>[index]`` (``AttributeError`` or ``default``
when absent), writes it back with ``flag_modified`` so the change is flushed, and deletes it; on
the class it is the SQL expression ``Model.<attr_name>[index]`` (one-based for integer indexes
unless ``onebased=False``)."""

from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy import inspect
from sqlalchemy.orm.attributes import flag_modified

__all__ = ["index_property"]


class index_property(hybrid_property):
    _NO_DEFAULT_ARGUMENT = object()

    def __init__(self, attr_name, index, default=_NO_DEFAULT_ARGUMENT, datatype=None, mutable=True, onebased=True):
        if mutable:
            super().__init__(self.fget, self.fset, self.fdel, self.expr)
        else:
            super().__init__(self.fget, None, None, self.expr)
        self.attr_name = attr_name
        self.index = index
        self.default = default
        is_numeric = isinstance(index, int)
        onebased = is_numeric and onebased
        if datatype is not None:
            self.datatype = datatype
        elif is_numeric:
            self.datatype = lambda: [None for x in range(index + 1)]
        else:
            self.datatype = dict
        self.onebased = onebased

    def _fget_default(self, err=None):
        if self.default == self._NO_DEFAULT_ARGUMENT:
            raise AttributeError(self.attr_name) from err
        return self.default

    def fget(self, instance, /):
        column_value = getattr(instance, self.attr_name)
        if column_value is None:
            return self._fget_default()
        try:
            value = column_value[self.index]
        except (KeyError, IndexError) as err:
            return self._fget_default(err)
        return value

    def fset(self, instance, value):
        attr_name = self.attr_name
        column_value = getattr(instance, attr_name, None)
        if column_value is None:
            column_value = self.datatype()
            setattr(instance, attr_name, column_value)
        column_value[self.index] = value
        setattr(instance, attr_name, column_value)
        if attr_name in inspect(instance).mapper.attrs:
            flag_modified(instance, attr_name)

    def fdel(self, instance):
        attr_name = self.attr_name
        column_value = getattr(instance, attr_name)
        if column_value is None:
            raise AttributeError(self.attr_name)
        try:
            del column_value[self.index]
        except KeyError as err:
            raise AttributeError(self.attr_name) from err
        else:
            setattr(instance, attr_name, column_value)
            flag_modified(instance, attr_name)

    def expr(self, model):
        column = getattr(model, self.attr_name)
        index = self.index
        if self.onebased:
            index += 1
        return column[index]
