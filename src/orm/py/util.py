"""sqlalchemy.util: the collection SQLAlchemy shows for Session.new, .dirty and .deleted.

IdentitySet is SQLAlchemy's own (util/_collections_cy.py, pure-Python form): a set that considers
only object identity, ordered by insertion, printed as ``IdentitySet([...])``.
"""


class IdentitySet:
    """A set that considers only object id() for uniqueness."""

    __slots__ = ("_members",)

    def __init__(self, iterable=None):
        self._members = {}
        if iterable:
            self.update(iterable)

    def add(self, value, /):
        self._members[id(value)] = value

    def __contains__(self, value):
        return id(value) in self._members

    def remove(self, value, /):
        del self._members[id(value)]

    def discard(self, value, /):
        try:
            self.remove(value)
        except KeyError:
            pass

    def pop(self):
        try:
            pair = self._members.popitem()
            return pair[1]
        except KeyError:
            raise KeyError("pop from an empty set")

    def clear(self):
        self._members.clear()

    def __eq__(self, other):
        if isinstance(other, IdentitySet):
            return self._members == other._members
        return False

    def __ne__(self, other):
        if isinstance(other, IdentitySet):
            return self._members != other._members
        return True

    def issubset(self, iterable, /):
        other = iterable if isinstance(iterable, IdentitySet) else self.__class__(iterable)
        return self._members.keys() <= other._members.keys()

    def __le__(self, other):
        if not isinstance(other, IdentitySet):
            return NotImplemented
        return self.issubset(other)

    def __lt__(self, other):
        if not isinstance(other, IdentitySet):
            return NotImplemented
        return len(self) < len(other) and self.issubset(other)

    def issuperset(self, iterable, /):
        other = iterable if isinstance(iterable, IdentitySet) else self.__class__(iterable)
        return self._members.keys() >= other._members.keys()

    def __ge__(self, other):
        if not isinstance(other, IdentitySet):
            return NotImplemented
        return self.issuperset(other)

    def __gt__(self, other):
        if not isinstance(other, IdentitySet):
            return NotImplemented
        return len(self) > len(other) and self.issuperset(other)

    def union(self, iterable, /):
        result = self.__class__()
        result._members.update(self._members)
        result.update(iterable)
        return result

    def __or__(self, other):
        if not isinstance(other, IdentitySet):
            return NotImplemented
        return self.union(other)

    def update(self, iterable, /):
        if isinstance(iterable, IdentitySet):
            self._members.update(iterable._members)
        else:
            for obj in iterable:
                self._members[id(obj)] = obj

    def __ior__(self, other):
        if not isinstance(other, IdentitySet):
            return NotImplemented
        self.update(other)
        return self

    def difference(self, iterable, /):
        result = self.__class__()
        if isinstance(iterable, IdentitySet):
            other = iterable._members.keys()
        else:
            other = {id(obj) for obj in iterable}
        result._members = {k: v for k, v in self._members.items() if k not in other}
        return result

    def __sub__(self, other):
        if not isinstance(other, IdentitySet):
            return NotImplemented
        return self.difference(other)

    def difference_update(self, iterable, /):
        self._members = self.difference(iterable)._members

    def __isub__(self, other):
        if not isinstance(other, IdentitySet):
            return NotImplemented
        self.difference_update(other)
        return self

    def intersection(self, iterable, /):
        result = self.__class__()
        if isinstance(iterable, IdentitySet):
            other = iterable._members
        else:
            other = {id(obj) for obj in iterable}
        result._members = {k: v for k, v in self._members.items() if k in other}
        return result

    def __and__(self, other):
        if not isinstance(other, IdentitySet):
            return NotImplemented
        return self.intersection(other)

    def intersection_update(self, iterable, /):
        self._members = self.intersection(iterable)._members

    def __iand__(self, other):
        if not isinstance(other, IdentitySet):
            return NotImplemented
        self.intersection_update(other)
        return self

    def symmetric_difference(self, iterable, /):
        result = self.__class__()
        if isinstance(iterable, IdentitySet):
            other = iterable._members
        else:
            other = {id(obj): obj for obj in iterable}
        result._members = {k: v for k, v in self._members.items() if k not in other}
        result._members.update([(k, v) for k, v in other.items() if k not in self._members])
        return result

    def __xor__(self, other):
        if not isinstance(other, IdentitySet):
            return NotImplemented
        return self.symmetric_difference(other)

    def symmetric_difference_update(self, iterable, /):
        self._members = self.symmetric_difference(iterable)._members

    def __ixor__(self, other):
        if not isinstance(other, IdentitySet):
            return NotImplemented
        self.symmetric_difference(other)
        return self

    def copy(self):
        cp = self.__class__()
        cp._members = self._members.copy()
        return cp

    def __copy__(self):
        return self.copy()

    def __len__(self):
        return len(self._members)

    def __iter__(self):
        return iter(self._members.values())

    def __hash__(self):
        raise TypeError("set objects are unhashable")

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, list(self._members.values()))
