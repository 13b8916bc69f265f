"""sqlalchemy.ext.associationproxy: an attribute that reads through a relationship to an attribute of
its target(s).

Written in Python as SQLAlchemy writes it (``ext/associationproxy.py``). ``association_proxy("rel",
"attr")`` is a descriptor: read from an instance through a collection relationship it gives a live
list/set/dict view whose items are ``member.attr`` (appending runs ``creator(value)``, or the target
class called with the value, and appends the new object to the relationship); through a scalar
relationship it gives ``target.attr``. Read from the class it gives an ``AssociationProxyInstance``,
whose ``any()``/``has()``/``contains()``/``==`` compose the relationship's own ``any()``/``has()`` as
SQLAlchemy does (EXISTS subqueries).
"""

from sqlalchemy import inspect, or_

ASSOCIATION_PROXY = "ASSOCIATION_PROXY"


class AssociationProxyExtensionType:
    ASSOCIATION_PROXY = ASSOCIATION_PROXY


def association_proxy(target_collection, attr, *, creator=None, getset_factory=None,
                      proxy_factory=None, proxy_bulk_set=None, info=None,
                      cascade_scalar_deletes=False, create_on_none_assignment=False, init=None,
                      repr=None, default=None, default_factory=None, compare=None, kw_only=None,
                      hash=None, dataclass_metadata=None):
    return AssociationProxy(
        target_collection, attr, creator=creator, getset_factory=getset_factory,
        proxy_factory=proxy_factory, proxy_bulk_set=proxy_bulk_set, info=info,
        cascade_scalar_deletes=cascade_scalar_deletes,
        create_on_none_assignment=create_on_none_assignment)


class AssociationProxy:
    is_attribute = True
    extension_type = ASSOCIATION_PROXY

    def __init__(self, target_collection, attr, *, creator=None, getset_factory=None,
                 proxy_factory=None, proxy_bulk_set=None, info=None,
                 cascade_scalar_deletes=False, create_on_none_assignment=False):
        self.target_collection = target_collection
        self.value_attr = attr
        self.creator = creator
        self.getset_factory = getset_factory
        self.proxy_factory = proxy_factory
        self.proxy_bulk_set = proxy_bulk_set
        self.cascade_scalar_deletes = cascade_scalar_deletes
        self.create_on_none_assignment = create_on_none_assignment
        self.key = "_%s_%s_%s" % (type(self).__name__, target_collection, id(self))
        self.info = info if info is not None else {}

    def __set_name__(self, owner, name):
        self.owner = owner
        self.name = name

    def __get__(self, instance, owner):
        if instance is None:
            return self.for_class(owner)
        return self.for_class(type(instance))._get(instance)

    def __set__(self, instance, values):
        self.for_class(type(instance))._set(instance, values)

    def __delete__(self, instance):
        delattr(instance, self.target_collection)

    def for_class(self, class_, obj=None):
        rel = _relationship(class_, self.target_collection)
        if rel is None:
            return AmbiguousAssociationProxyInstance(self, class_, None, self.value_attr)
        target_class = rel.mapper.class_
        if _relationship(target_class, self.value_attr) is not None:
            return ObjectAssociationProxyInstance(self, class_, target_class, self.value_attr)
        return ColumnAssociationProxyInstance(self, class_, target_class, self.value_attr)

    def __repr__(self):
        return "AssociationProxy(%r, %r)" % (self.target_collection, self.value_attr)


def _relationship(class_, key):
    try:
        rels = inspect(class_).relationships
    except Exception:
        return None
    return rels[key] if key in rels else None


class AssociationProxyInstance:
    _target_is_object = False

    def __init__(self, parent, owning_class, target_class, value_attr):
        self.parent = parent
        self.key = parent.key
        self.owning_class = owning_class
        self.target_collection = parent.target_collection
        self.target_class = target_class
        self.value_attr = value_attr
        self.collection_class = None

    @property
    def info(self):
        return self.parent.info

    @property
    def scalar(self):
        rel = _relationship(self.owning_class, self.target_collection)
        return rel is not None and not rel.uselist

    @property
    def _value_is_scalar(self):
        rel = _relationship(self.target_class, self.value_attr)
        return rel is None or not rel.uselist

    @property
    def _comparator(self):
        return getattr(self.owning_class, self.target_collection)

    @property
    def remote_attr(self):
        return getattr(self.target_class, self.value_attr)

    @property
    def local_attr(self):
        return getattr(self.owning_class, self.target_collection)

    @property
    def attr(self):
        return (self.local_attr, self.remote_attr)

    # -- instance level ---------------------------------------------------------------------------

    def _getter(self, member):
        if self.parent.getset_factory is not None:
            return self.parent.getset_factory(None, self)[0](member)
        return getattr(member, self.value_attr) if member is not None else None

    def _setter(self, member, value):
        if self.parent.getset_factory is not None:
            return self.parent.getset_factory(None, self)[1](member, value)
        setattr(member, self.value_attr, value)

    def _create(self, *args):
        creator = self.parent.creator
        if creator is None:
            creator = self.target_class
        return creator(*args)

    def _get(self, obj):
        target = getattr(obj, self.target_collection)
        if self.scalar:
            return self._getter(target) if target is not None else None
        if self.parent.proxy_factory is not None:
            return self.parent.proxy_factory(lambda: getattr(obj, self.target_collection),
                                             self._create, self.value_attr, self)
        if hasattr(target, "keys"):
            return _AssociationDict(self, obj)
        if hasattr(target, "add") and not hasattr(target, "append"):
            return _AssociationSet(self, obj)
        return _AssociationList(self, obj)

    def _set(self, obj, values):
        if self.scalar:
            target = getattr(obj, self.target_collection)
            if target is None:
                if values is None and not self.parent.create_on_none_assignment:
                    return
                setattr(obj, self.target_collection, self._create(values))
            else:
                self._setter(target, values)
                if values is None and self.parent.cascade_scalar_deletes:
                    setattr(obj, self.target_collection, None)
            return
        proxy = self._get(obj)
        if proxy is values:
            return
        if self.parent.proxy_bulk_set is not None:
            proxy.clear()
            self.parent.proxy_bulk_set(proxy, values)
        else:
            proxy._bulk_replace(values)

    # -- class level ------------------------------------------------------------------------------

    def _owner_exists(self, criterion=None):
        if self.scalar:
            return self._comparator.has(criterion)
        return self._comparator.any(criterion)

    def _criterion_exists(self, criterion=None, is_has=False, **kwargs):
        if self._target_is_object:
            attr = self.remote_attr
            for key, value in kwargs.items():
                extra = getattr(self.target_class, key) == value
                criterion = extra if criterion is None else criterion & extra
            if self._value_is_scalar:
                value_expr = attr.has(criterion)
            else:
                value_expr = attr.any(criterion)
        else:
            if kwargs:
                raise _exc().ArgumentError(
                    "Can't apply keyword arguments to column-targeted association proxy; use ==")
            if is_has and criterion is not None:
                raise _exc().ArgumentError(
                    "Non-empty has() not allowed for column-targeted association proxy; use ==")
            value_expr = criterion
        return self._owner_exists(value_expr)

    def any(self, criterion=None, **kwargs):
        if self.scalar and (not self._target_is_object or self._value_is_scalar):
            raise _exc().InvalidRequestError("'any()' not implemented for scalar attributes. Use has().")
        return self._criterion_exists(criterion, is_has=False, **kwargs)

    def has(self, criterion=None, **kwargs):
        if not self.scalar or (self._target_is_object and not self._value_is_scalar):
            raise _exc().InvalidRequestError("'has()' not implemented for collections. Use any().")
        return self._criterion_exists(criterion, is_has=True, **kwargs)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.parent)


def _exc():
    import sqlalchemy.exc

    return sqlalchemy.exc


class AmbiguousAssociationProxyInstance(AssociationProxyInstance):
    pass


class ObjectAssociationProxyInstance(AssociationProxyInstance):
    _target_is_object = True

    def contains(self, other, **kw):
        if self.scalar and not self._value_is_scalar:
            return self._comparator.has(self.remote_attr.contains(other))
        if self.scalar and self._value_is_scalar:
            raise _exc().InvalidRequestError(
                "contains() doesn't apply to a scalar object endpoint; use ==")
        return self._owner_exists(self.remote_attr == other)

    def __eq__(self, obj):
        if obj is None:
            return or_(self._comparator.has(self.remote_attr == obj), self._comparator == None)  # noqa: E711
        return self._comparator.has(self.remote_attr == obj)

    def __ne__(self, obj):
        return self._comparator.has(self.remote_attr != obj)

    __hash__ = object.__hash__


class ColumnAssociationProxyInstance(AssociationProxyInstance):
    def _operate(self, expr):
        return self._criterion_exists(expr)

    def __eq__(self, other):
        expr = self._criterion_exists(self.remote_attr == other)
        if other is None:
            return or_(expr, self._comparator == None)  # noqa: E711
        return expr

    def __ne__(self, other):
        return self._criterion_exists(self.remote_attr != other)

    def __lt__(self, other):
        return self._criterion_exists(self.remote_attr < other)

    def __le__(self, other):
        return self._criterion_exists(self.remote_attr <= other)

    def __gt__(self, other):
        return self._criterion_exists(self.remote_attr > other)

    def __ge__(self, other):
        return self._criterion_exists(self.remote_attr >= other)

    __hash__ = object.__hash__

    def __getattr__(self, name):
        # Column operators (`like`, `in_`, `startswith`, ...) applied to the remote column inside the
        # relationship's EXISTS.
        if name.startswith("_"):
            raise AttributeError(name)
        method = getattr(self.remote_attr, name)

        def operate(*args, **kwargs):
            return self._criterion_exists(method(*args, **kwargs))

        return operate


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
