"""sqlalchemy.orm.collections: the factories ``relationship(collection_class=...)`` takes for
dictionary collections. Each returns an object carrying the key function (``_sa_keyfunc``); the ORM
runtime builds the keyed collection from it (src/orm/collection/kinds.rs), keyed as SQLAlchemy's
``KeyFuncDict`` keys: by an attribute, a column's attribute, or any function of the item.
"""


class KeyFuncDict(dict):
    """The dictionary class keyed collections are; ``keyfunc_mapping(f)`` makes one keyed by ``f``."""


MappedCollection = KeyFuncDict


class _Marker:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<%s>" % self.name


# What a key function gives for an item whose key attribute is not set (``NO_VALUE``: raises) or
# is None (``Missing``: a warning, then the key None), as SQLAlchemy's ``_AttrGetter`` tells them.
_NO_VALUE = _Marker("NO_VALUE")
_MISSING = _Marker("Missing")


def _instance_str(instance):
    return "<%s at 0x%x>" % (type(instance).__name__, id(instance))


def _attr_getter(attr_name):
    def get(obj):
        value = getattr(obj, attr_name)
        if value is None:
            try:
                from sqlalchemy import inspect

                mapped = attr_name in inspect(type(obj)).attrs
            except Exception:
                mapped = False
            if mapped and attr_name not in obj.__dict__:
                return _NO_VALUE
            return _MISSING
        return value

    return get


class _KeyFuncFactory:
    def __init__(self, keyfunc, ignore_unpopulated_attribute=False):
        self._sa_keyfunc = keyfunc
        self.ignore_unpopulated_attribute = ignore_unpopulated_attribute

    def __call__(self):
        return KeyFuncDict()

    def _sa_plain_key(self, value):
        key = self._sa_keyfunc(value)
        return None if key is _NO_VALUE or key is _MISSING else key

    def _sa_key(self, value, relationship):
        """``KeyFuncDict.set``: (store it, key) for an item added by value."""
        key = self._sa_keyfunc(value)
        if key is _NO_VALUE or key is _MISSING:
            if self.ignore_unpopulated_attribute:
                return (False, None)
            if key is _NO_VALUE:
                from sqlalchemy.exc import InvalidRequestError

                shown = _instance_str(value)
                raise InvalidRequestError(
                    "In event triggered from population of attribute '%s' (potentially from a backref), "
                    "can't populate value in KeyFuncDict; dictionary key derived from %s is not populated. "
                    "Ensure appropriate state is set up on the %s object before assigning to the %s attribute. "
                    'To skip this assignment entirely, Set the "ignore_unpopulated_attribute=True" parameter '
                    "on the mapped collection factory." % (relationship, shown, shown, relationship)
                )
            key = None
        return (True, key)


def keyfunc_mapping(keyfunc, *, ignore_unpopulated_attribute=False):
    return _KeyFuncFactory(keyfunc, ignore_unpopulated_attribute)


def attribute_keyed_dict(attr_name, *, ignore_unpopulated_attribute=False):
    return _KeyFuncFactory(_attr_getter(attr_name), ignore_unpopulated_attribute)


def column_keyed_dict(mapping_spec, *, ignore_unpopulated_attribute=False):
    return _KeyFuncFactory(_attr_getter(mapping_spec.key), ignore_unpopulated_attribute)


attribute_mapped_collection = attribute_keyed_dict
column_mapped_collection = column_keyed_dict
mapped_collection = keyfunc_mapping
