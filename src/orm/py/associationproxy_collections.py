"""The collections an association proxy reads through (``sqlalchemy.ext.associationproxy``):
list, set and dict views of a relationship collection that present each member's proxied
attribute and create members (through the proxy's creator) for the values added."""


class _AssociationCollection:
    def __init__(self, proxy, obj):
        self._proxy = proxy
        self._obj = obj

    @property
    def col(self):
        return getattr(self._obj, self._proxy.target_collection)

    def _get(self, member):
        return self._proxy._getter(member)

    def _set(self, member, value):
        self._proxy._setter(member, value)

    def _create(self, *args):
        return self._proxy._create(*args)

    def __len__(self):
        return len(self.col)

    def __bool__(self):
        return bool(self.col)

    def __hash__(self):
        raise TypeError("%s objects are unhashable" % type(self).__name__)


class _AssociationList(_AssociationCollection):
    def __iter__(self):
        for member in list(self.col):
            yield self._get(member)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._get(member) for member in list(self.col)[index]]
        return self._get(self.col[index])

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            raise NotImplementedError("slice assignment on an association proxy list")
        self._set(self.col[index], value)

    def __delitem__(self, index):
        del self.col[index]

    def __contains__(self, value):
        for member in self.col:
            if self._get(member) == value:
                return True
        return False

    def append(self, value):
        self.col.append(self._create(value))

    def extend(self, values):
        for value in values:
            self.append(value)

    def insert(self, index, value):
        self.col[index:index] = [self._create(value)]

    def remove(self, value):
        for i, member in enumerate(list(self.col)):
            if self._get(member) == value:
                del self.col[i]
                return
        raise ValueError("value not in list")

    def pop(self, index=-1):
        member = self.col.pop(index)
        return self._get(member)

    def clear(self):
        del self.col[0:len(self.col)]

    def index(self, value, *args):
        return list(self).index(value, *args)

    def count(self, value):
        return sum(1 for v in self if v == value)

    def copy(self):
        return list(self)

    def reverse(self):
        raise NotImplementedError

    def sort(self):
        raise NotImplementedError

    def _bulk_replace(self, values):
        self.clear()
        self.extend(values)

    def __iadd__(self, values):
        self.extend(values)
        return self

    def __add__(self, other):
        return list(self) + list(other)

    def __radd__(self, other):
        return list(other) + list(self)

    def __mul__(self, n):
        return list(self) * n

    def __eq__(self, other):
        return list(self) == other

    def __ne__(self, other):
        return list(self) != other

    def __lt__(self, other):
        return list(self) < other

    def __le__(self, other):
        return list(self) <= other

    def __gt__(self, other):
        return list(self) > other

    def __ge__(self, other):
        return list(self) >= other

    def __repr__(self):
        return repr(list(self))

    __hash__ = _AssociationCollection.__hash__


class _AssociationSet(_AssociationCollection):
    def __iter__(self):
        for member in list(self.col):
            yield self._get(member)

    def __contains__(self, value):
        for member in self.col:
            if self._get(member) == value:
                return True
        return False

    def add(self, value):
        if value not in self:
            self.col.add(self._create(value))

    def discard(self, value):
        for member in list(self.col):
            if self._get(member) == value:
                self.col.remove(member)
                break

    def remove(self, value):
        for member in list(self.col):
            if self._get(member) == value:
                self.col.remove(member)
                return
        raise KeyError(value)

    def pop(self):
        if not self.col:
            raise KeyError("pop from an empty set")
        member = self.col.pop()
        return self._get(member)

    def update(self, *others):
        for other in others:
            for value in other:
                self.add(value)

    def clear(self):
        self.col.clear()

    def _bulk_replace(self, values):
        values = set(values)
        for member in list(self.col):
            if self._get(member) not in values:
                self.col.remove(member)
        for value in values:
            self.add(value)

    def __eq__(self, other):
        return set(self) == other

    def __ne__(self, other):
        return set(self) != other

    def __repr__(self):
        return repr(set(self))

    __hash__ = _AssociationCollection.__hash__


class _AssociationDict(_AssociationCollection):
    def __getitem__(self, key):
        return self._get(self.col[key])

    def __setitem__(self, key, value):
        if key in self.col:
            self._set(self.col[key], value)
        else:
            self.col[key] = self._create(key, value)

    def __delitem__(self, key):
        del self.col[key]

    def __contains__(self, key):
        return key in self.col

    def __iter__(self):
        return iter(list(self.col.keys()))

    def keys(self):
        return self.col.keys()

    def values(self):
        return [self._get(member) for member in self.col.values()]

    def items(self):
        return [(key, self._get(member)) for key, member in self.col.items()]

    def get(self, key, default=None):
        if key in self.col:
            return self[key]
        return default

    def setdefault(self, key, default=None):
        if key not in self.col:
            self[key] = default
        return self[key]

    def pop(self, key, *default):
        if key in self.col:
            return self._get(self.col.pop(key))
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, *args, **kwargs):
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def clear(self):
        self.col.clear()

    def _bulk_replace(self, values):
        self.clear()
        self.update(values)

    def __eq__(self, other):
        return dict(self.items()) == other

    def __ne__(self, other):
        return dict(self.items()) != other

    def __repr__(self):
        return repr(dict(self.items()))

    __hash__ = _AssociationCollection.__hash__
