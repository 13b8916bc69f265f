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
        # A proxy of a proxy (`value_attr` is itself an association proxy) is object-targeted.
        if _relationship(target_class, self.value_attr) is not None or _target_assoc(target_class, self.value_attr):
            return ObjectAssociationProxyInstance(self, class_, target_class, self.value_attr)
        return ColumnAssociationProxyInstance(self, class_, target_class, self.value_attr)

    def __repr__(self):
        return "AssociationProxy(%r, %r)" % (self.target_collection, self.value_attr)


def _target_assoc(class_, key):
    """The association proxy ``class_.key`` is, if it is one (SQLAlchemy's
    ``_cls_unwrap_target_assoc_proxy``)."""
    attr = getattr(class_, key, None)
    return attr if isinstance(attr, AssociationProxyInstance) else None


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

    @property
    def _unwrap_target_assoc_proxy(self):
        return _target_assoc(self.target_class, self.value_attr)

    def _criterion_exists(self, criterion=None, is_has=False, **kwargs):
        target_assoc = self._unwrap_target_assoc_proxy
        if target_assoc is not None:
            inner = target_assoc._criterion_exists(criterion, **kwargs)
            return self._owner_exists(inner)
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
        target_assoc = self._unwrap_target_assoc_proxy
        if target_assoc is not None:
            # Through a proxy of a proxy: the inner proxy's own comparison, inside this one's EXISTS.
            inner = target_assoc.contains(other) if not target_assoc.scalar else target_assoc == other
            return self._owner_exists(inner)
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


from sqlalchemy.ext._associationproxy_collections import (  # noqa: E402
    _AssociationCollection,
    _AssociationDict,
    _AssociationList,
    _AssociationSet,
)
