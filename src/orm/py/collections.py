"""sqlalchemy.orm.collections: the factories ``relationship(collection_class=...)`` takes for
dictionary collections. Each returns an object carrying the key function (``_sa_keyfunc``); the ORM
runtime builds the keyed collection from it (src/orm/collection/kinds.rs), keyed as SQLAlchemy's
``KeyFuncDict`` keys: by an attribute, a column's attribute, or any function of the item.
"""


class KeyFuncDict(dict):
    """The dictionary class keyed collections are; ``keyfunc_mapping(f)`` makes one keyed by ``f``."""


MappedCollection = KeyFuncDict


class _KeyFuncFactory:
    def __init__(self, keyfunc):
        self._sa_keyfunc = keyfunc

    def __call__(self):
        return KeyFuncDict()


def keyfunc_mapping(keyfunc, *, ignore_unpopulated_attribute=False):
    return _KeyFuncFactory(keyfunc)


def attribute_keyed_dict(attr_name, *, ignore_unpopulated_attribute=False):
    return _KeyFuncFactory(lambda obj: getattr(obj, attr_name))


def column_keyed_dict(mapping_spec, *, ignore_unpopulated_attribute=False):
    key = mapping_spec.key
    return _KeyFuncFactory(lambda obj: getattr(obj, key))


attribute_mapped_collection = attribute_keyed_dict
column_mapped_collection = column_keyed_dict
mapped_collection = keyfunc_mapping
