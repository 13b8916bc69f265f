"""sqlalchemy.orm.descriptor_props: ``synonym()`` and ``synonym_for()``.

Written in Python as SQLAlchemy writes it: a synonym is a descriptor that mirrors another mapped
attribute. Read from the class it is that attribute (``MyClass.status == "x"`` compares the
``job_status`` column, in ``select()``, ``where()`` and ``filter_by()``); read from or written on an
instance it reads or writes the other attribute, unless a ``descriptor`` (``@synonym_for`` over a
``@property``) supplies the instance-level behaviour, as SQLAlchemy's proxied descriptors do.
"""


def _desc_get(d, instance, owner):
    if isinstance(d, property):
        if d.fget is None:
            raise AttributeError("property of '%s' object has no getter" % type(instance).__name__)
        return d.fget(instance)
    return d.__get__(instance, owner)


def _desc_set(d, instance, value):
    if isinstance(d, property):
        if d.fset is None:
            raise AttributeError("property of '%s' object has no setter" % type(instance).__name__)
        d.fset(instance, value)
    else:
        d.__set__(instance, value)


def _desc_delete(d, instance):
    if isinstance(d, property):
        if d.fdel is None:
            raise AttributeError("property of '%s' object has no deleter" % type(instance).__name__)
        d.fdel(instance)
    else:
        d.__delete__(instance)


class SynonymProperty:
    def __init__(self, name, map_column=None, descriptor=None, comparator_factory=None,
                 attribute_options=None, info=None, doc=None):
        self.name = name
        self.map_column = map_column
        self.descriptor = descriptor
        self.comparator_factory = comparator_factory
        self.key = None
        if doc:
            self.doc = doc
        elif descriptor is not None and getattr(descriptor, "__doc__", None):
            self.doc = descriptor.__doc__
        else:
            self.doc = None
        self.info = dict(info) if info else {}

    def __set_name__(self, owner, key):
        self.key = key

    def __get__(self, instance, owner):
        if instance is None:
            return getattr(owner, self.name)
        if self.descriptor is not None:
            return _desc_get(self.descriptor, instance, owner)
        return getattr(instance, self.name)

    def __set__(self, instance, value):
        if self.descriptor is not None:
            _desc_set(self.descriptor, instance, value)
        else:
            setattr(instance, self.name, value)

    def __delete__(self, instance):
        if self.descriptor is not None:
            _desc_delete(self.descriptor, instance)
        else:
            delattr(instance, self.name)

    def __repr__(self):
        return "<sqlalchemy.orm.descriptor_props.SynonymProperty object at 0x7f0000001000>"


Synonym = SynonymProperty


def synonym(name, *, map_column=None, descriptor=None, comparator_factory=None, init=None,
            repr=None, default=None, default_factory=None, compare=None, kw_only=None,
            hash=None, info=None, doc=None, dataclass_metadata=None):
    return SynonymProperty(name, map_column=map_column, descriptor=descriptor,
                           comparator_factory=comparator_factory, info=info, doc=doc)


def synonym_for(name, map_column=False):
    def decorate(fn):
        return synonym(name, map_column=map_column, descriptor=fn)

    return decorate
