"""sqlalchemy.orm.util: identity_key() (SQLAlchemy's orm/util.py), and the ORM helpers programs
import from this module rather than from sqlalchemy.orm.

An identity key is ``(base class, primary key tuple, identity_token)``: the key of the session's
identity map (``inspect(obj).key``), the base class of an inheritance hierarchy for every subclass.
"""


def identity_key(class_=None, ident=None, *, instance=None, row=None, identity_token=None):
    """The identity key for a class and primary key, a row of its table, or an instance."""
    from sqlalchemy import inspect

    if class_ is not None:
        mapper = inspect(class_)
        base = mapper.base_mapper.class_
        if row is None:
            if ident is None:
                from sqlalchemy.exc import ArgumentError

                raise ArgumentError("ident or row is required")
            if not isinstance(ident, (tuple, list)):
                ident = (ident,)
            return (base, tuple(ident), identity_token)
        return (base, tuple(row._mapping[c] for c in mapper.primary_key), identity_token)
    if instance is not None:
        mapper = inspect(instance).mapper
        key = tuple(getattr(instance, c.key) for c in mapper.primary_key)
        return (mapper.base_mapper.class_, key, None)
    from sqlalchemy.exc import ArgumentError

    raise ArgumentError("class or instance is required")


def with_parent(instance, prop, from_entity=None):
    """Criteria comparing ``prop``'s target with ``instance``'s related rows (see sqlalchemy.orm)."""
    from sqlalchemy.orm import with_parent as with_parent_

    return with_parent_(instance, prop, from_entity) if from_entity is not None else with_parent_(instance, prop)


def has_identity(object_):
    """Whether the object has a database identity (persistent or detached)."""
    from sqlalchemy import inspect

    return inspect(object_).has_identity


def was_deleted(object_):
    """Whether the object was deleted in a flush."""
    from sqlalchemy import inspect

    return inspect(object_).was_deleted


def _unmapped(cls):
    return "Class '%s.%s' is not mapped" % (cls.__module__, cls.__name__)


def class_mapper(class_, configure=True):
    """The Mapper of a mapped class (``UnmappedClassError`` for any other class)."""
    from sqlalchemy import inspect
    from sqlalchemy.exc import ArgumentError, NoInspectionAvailable
    from sqlalchemy.orm.exc import UnmappedClassError

    if not isinstance(class_, type):
        raise ArgumentError("Class object expected, got '%r'." % (class_,))
    try:
        return inspect(class_).mapper
    except NoInspectionAvailable:
        raise UnmappedClassError(_unmapped(class_)) from None


def object_mapper(instance):
    """The Mapper of a mapped object (``UnmappedInstanceError`` for any other object)."""
    from sqlalchemy import inspect
    from sqlalchemy.exc import NoInspectionAvailable
    from sqlalchemy.orm.exc import UnmappedInstanceError

    try:
        return inspect(instance).mapper
    except (NoInspectionAvailable, AttributeError):
        raise UnmappedInstanceError(_unmapped(type(instance))) from None
