# sqlalchemy.ext.mutable: scalar values (a JSON column's dict, list or set) that tell their parent
# objects when they change in place, so the next flush UPDATEs the column. As in SQLAlchemy, the ORM
# coerces each loaded or assigned value into the column's Mutable class and records the parent
# (`_ormplay_adopt`, called by the runtime: see orm/mutable.rs); `changed()` flags the attribute
# modified on every parent.
from sqlalchemy.orm.attributes import flag_modified


class MutableBase:
    @property
    def _parents(self):
        return {parent: key for parent, key in self._ormplay_parents().values()}

    def _ormplay_parents(self):
        # By id(): mapped objects that define __eq__ without __hash__ are unhashable.
        try:
            return self.__dict__["_ormplay_parent_map"]
        except KeyError:
            parents = self.__dict__["_ormplay_parent_map"] = {}
            return parents

    @classmethod
    def coerce(cls, key, value):
        if value is None:
            return None
        msg = "Attribute '%s' does not accept objects of type %s"
        raise ValueError(msg % (key, type(value)))


class Mutable(MutableBase):
    def changed(self):
        for parent, key in list(self._ormplay_parents().values()):
            flag_modified(parent, key)

    @classmethod
    def as_mutable(cls, sqltype):
        if isinstance(sqltype, type):
            sqltype = sqltype()
        sqltype._ormplay_mutable = cls
        return sqltype

    @classmethod
    def associate_with(cls, sqltype):
        raise NotImplementedError("not supported in ormplay: Mutable.associate_with()")


class MutableComposite(MutableBase):
    """A composite's class that tells its parents when it changes: ``changed()`` writes its values
    back to the parent's columns, so the next flush UPDATEs them."""

    _ormplay_mutable_composite = True

    def changed(self):
        for parent, key in list(self._ormplay_parents().values()):
            prop = None
            for klass in type(parent).__mro__:
                prop = klass.__dict__.get(key)
                if prop is not None:
                    break
            if prop is None:
                continue
            values = prop._composite_values_from_instance(self)
            for value, attr_name in zip(values, prop._attribute_keys):
                setattr(parent, attr_name, value)


def _ormplay_adopt(cls, parent, key, value, old=None):
    if value is not None and not isinstance(value, cls):
        value = cls.coerce(key, value)
    if value is not None:
        value._ormplay_parents()[id(parent)] = (parent, key)
    if isinstance(old, cls) and old is not value:
        old._ormplay_parents().pop(id(parent), None)
    return value


class MutableDict(Mutable, dict):
    def __setitem__(self, key, value):
        dict.__setitem__(self, key, value)
        self.changed()

    def setdefault(self, *arg):
        result = dict.setdefault(self, *arg)
        self.changed()
        return result

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        self.changed()

    def update(self, *a, **kw):
        dict.update(self, *a, **kw)
        self.changed()

    def __ior__(self, other):
        self.update(other)
        return self

    def pop(self, *arg):
        result = dict.pop(self, *arg)
        self.changed()
        return result

    def popitem(self):
        result = dict.popitem(self)
        self.changed()
        return result

    def clear(self):
        dict.clear(self)
        self.changed()

    @classmethod
    def coerce(cls, key, value):
        if not isinstance(value, cls):
            if isinstance(value, dict):
                return cls(value)
            return Mutable.coerce(key, value)
        return value


class MutableList(Mutable, list):
    def __setitem__(self, index, value):
        list.__setitem__(self, index, value)
        self.changed()

    def __delitem__(self, index):
        list.__delitem__(self, index)
        self.changed()

    def pop(self, *arg):
        result = list.pop(self, *arg)
        self.changed()
        return result

    def append(self, x):
        list.append(self, x)
        self.changed()

    def extend(self, x):
        list.extend(self, x)
        self.changed()

    def __iadd__(self, x):
        self.extend(x)
        return self

    def insert(self, i, x):
        list.insert(self, i, x)
        self.changed()

    def remove(self, i):
        list.remove(self, i)
        self.changed()

    def clear(self):
        list.clear(self)
        self.changed()

    def sort(self, **kw):
        list.sort(self, **kw)
        self.changed()

    def reverse(self):
        list.reverse(self)
        self.changed()

    @classmethod
    def coerce(cls, key, value):
        if not isinstance(value, cls):
            if isinstance(value, list):
                return cls(value)
            return Mutable.coerce(key, value)
        return value


class MutableSet(Mutable, set):
    def update(self, *arg):
        set.update(self, *arg)
        self.changed()

    def intersection_update(self, *arg):
        set.intersection_update(self, *arg)
        self.changed()

    def difference_update(self, *arg):
        set.difference_update(self, *arg)
        self.changed()

    def symmetric_difference_update(self, *arg):
        set.symmetric_difference_update(self, *arg)
        self.changed()

    def __ior__(self, other):
        self.update(other)
        return self

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def add(self, elem):
        set.add(self, elem)
        self.changed()

    def remove(self, elem):
        set.remove(self, elem)
        self.changed()

    def discard(self, elem):
        set.discard(self, elem)
        self.changed()

    def pop(self, *arg):
        result = set.pop(self, *arg)
        self.changed()
        return result

    def clear(self):
        set.clear(self)
        self.changed()

    @classmethod
    def coerce(cls, index, value):
        if not isinstance(value, cls):
            if isinstance(value, set):
                return cls(value)
            return Mutable.coerce(index, value)
        return value
