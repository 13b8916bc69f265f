"""sqlalchemy.orm.descriptor_props: ``synonym()``, ``synonym_for()`` and ``composite()``.

Written in Python as SQLAlchemy writes it: a synonym is a descriptor that mirrors another mapped
attribute. Read from the class it is that attribute (``MyClass.status == "x"`` compares the
``job_status`` column, in ``select()``, ``where()`` and ``filter_by()``); read from or written on an
instance it reads or writes the other attribute, unless a ``descriptor`` (``@synonym_for`` over a
``@property``) supplies the instance-level behaviour, as SQLAlchemy's proxied descriptors do.

A composite maps several columns as one value of a class (``start: Mapped[Point] =
composite(mapped_column("x1"), mapped_column("y1"))``). Declarative (``orm/declarative/composite.rs``)
calls ``_ormplay_prepare`` to learn the class and the columns, adds the new ones to the table and
tells the property its key, its class and its columns' attribute keys. Read from an instance it is
built from the columns and kept in the instance's dict until those expire (the runtime pops it on
expiry and after the object's INSERT or UPDATE, SQLAlchemy's event handlers); assigned, it writes
the columns. Read from the class it is a ``Bundle`` of the columns comparing column by column.
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


class Synonym(SynonymProperty):
    """What ``synonym()`` returns (the declarative subclass, as SQLAlchemy 2 names it)."""


def synonym(name, *, map_column=None, descriptor=None, comparator_factory=None, init=None,
            repr=None, default=None, default_factory=None, compare=None, kw_only=None,
            hash=None, info=None, doc=None, dataclass_metadata=None):
    return Synonym(name, map_column=map_column, descriptor=descriptor,
                           comparator_factory=comparator_factory, info=info, doc=doc)


def synonym_for(name, map_column=False):
    def decorate(fn):
        return synonym(name, map_column=map_column, descriptor=fn)

    return decorate


class _NoArg:
    def __repr__(self):
        return "_NoArg.NO_ARG"


_NO_ARG = _NoArg()


def _is_dataclass(c):
    return isinstance(c, type) and hasattr(c, "__dataclass_fields__")


def _init_fields(c):
    import dataclasses

    return [f for f in dataclasses.fields(c) if f.init]


def _argument_error(msg):
    from sqlalchemy.exc import ArgumentError

    return ArgumentError(msg)


def _strip_optional(annotation):
    """``(X, True)`` for ``Optional[X]`` / ``X | None``, else ``(annotation, False)``."""
    args = getattr(annotation, "__args__", None)
    if not args or type(None) not in args:
        return annotation, False
    rest = [a for a in args if a is not type(None)]
    if len(rest) != 1:
        return annotation, False
    return rest[0], True


class CompositeProperty:
    _ormplay_composite = True

    def __init__(self, _class_or_attr=None, *attrs, return_none_on=_NO_ARG, attribute_options=None,
                 active_history=False, deferred=False, group=None, comparator_factory=None,
                 column_template=None, info=None, **kwargs):
        if _class_or_attr is not None and not callable(_class_or_attr):
            self.attrs = (_class_or_attr,) + attrs
            self.composite_class = None
        else:
            self.composite_class = _class_or_attr
            self.attrs = attrs
        if column_template is not None:
            try:
                column_template % "x"
            except (TypeError, ValueError):
                raise _argument_error(
                    f"column_template {column_template!r} is not a valid template; expected a "
                    "string containing exactly one '%s' placeholder"
                )
        self.column_template = column_template
        self.return_none_on = return_none_on
        self.active_history = active_history
        self.deferred = deferred
        self.group = group
        self.comparator_factory = comparator_factory if comparator_factory is not None else self.Comparator
        self.info = dict(info) if info else {}
        self.key = None
        self.parent = None
        self._attribute_keys = []

    def _ormplay_prepare(self, cls, key, annotation):
        """Called by declarative: the property's class resolved from ``Mapped[...]`` if not given,
        and its column arguments as ``(attr, parameter name, parameter annotation)``."""
        self.key = key
        if self.composite_class is None:
            if annotation is None:
                raise _argument_error(
                    f"Python typing annotation is required for attribute '{cls.__name__}.{key}' when "
                    "primary argument(s) for \"Composite\" construct are None or not present"
                )
            if isinstance(annotation, str):
                import sys

                module = sys.modules.get(cls.__module__)
                found = getattr(module, annotation.strip(), None) if module is not None else None
                if found is None:
                    raise _argument_error(
                        f"Can't use forward ref {annotation} for composite class argument; set up "
                        f"the type as Mapped[{annotation}]"
                    )
                annotation = found
            annotation, optional = _strip_optional(annotation)
            if optional and self.return_none_on is _NO_ARG:
                self.return_none_on = lambda *args: all(a is None for a in args)
            self.composite_class = annotation
        cc = self.composite_class
        if _is_dataclass(cc):
            params = _init_fields(cc)
            if len(self.attrs) > len(params):
                raise _argument_error(
                    f"number of composite attributes {len(self.attrs)} exceeds that of the number "
                    f"of attributes in class {cc.__name__} {len(params)}"
                )
            attrs = list(self.attrs)
            if len(attrs) < len(params):
                from sqlalchemy.orm import mapped_column

                for p in params[len(attrs):]:
                    if self.column_template is not None:
                        attrs.append(mapped_column(self.column_template % p.name))
                    else:
                        attrs.append(mapped_column())
            self.attrs = tuple(attrs)
            return [(a, p.name, p.type) for a, p in zip(attrs, params)]
        if self.column_template is not None:
            raise _argument_error("column_template is only supported when composite_class is a dataclass")
        return [(a, None, None) for a in self.attrs]

    def _construct_composite(self, *values):
        if callable(self.return_none_on) and self.return_none_on(*values):
            return None
        return self.composite_class(*values)

    def _composite_values_from_instance(self, value):
        cc = self.composite_class
        if _is_dataclass(cc) and not hasattr(cc, "__composite_values__"):
            return tuple(getattr(value, f.name) for f in _init_fields(cc))
        try:
            accessor = value.__composite_values__
        except AttributeError:
            from sqlalchemy.exc import InvalidRequestError

            name = getattr(cc, "__name__", repr(cc))
            raise InvalidRequestError(
                f"Composite class {name} is not a dataclass and does not define a "
                "__composite_values__() method; can't get state"
            )
        return tuple(accessor())

    def _adopt(self, instance, value):
        # A MutableComposite value tells this object when it changes (sqlalchemy.ext.mutable).
        if getattr(type(value), "_ormplay_mutable_composite", False):
            value._ormplay_parents()[id(instance)] = (instance, self.key)

    def __set_name__(self, owner, key):
        if self.key is None:
            self.key = key

    def __get__(self, instance, owner):
        if instance is None:
            # One class-level attribute per class, as SQLAlchemy's proxy is (``A.start is A.start``).
            cache = self.__dict__.setdefault("_class_comparators", {})
            comparator = cache.get(owner)
            if comparator is None:
                comparator = cache[owner] = self.comparator_factory(self, owner)
            return comparator
        d = instance.__dict__
        if self.key not in d:
            values = [getattr(instance, k) for k in self._attribute_keys]
            if self.key not in d:
                value = self._construct_composite(*values)
                d[self.key] = value
                self._adopt(instance, value)
        return d.get(self.key)

    def __set__(self, instance, value):
        instance.__dict__[self.key] = value
        if value is None:
            values = [None] * len(self._attribute_keys)
        else:
            values = self._composite_values_from_instance(value)
        for k, v in zip(self._attribute_keys, values):
            setattr(instance, k, v)
        if value is not None:
            self._adopt(instance, value)

    def __delete__(self, instance):
        instance.__dict__.pop(self.key, None)
        for k in self._attribute_keys:
            setattr(instance, k, None)

    def __str__(self):
        name = self.parent.__name__ if self.parent is not None else "?"
        return f"{name}.{self.key}"

    def __repr__(self):
        return "<sqlalchemy.orm.descriptor_props.Composite object at 0x7f0000001000>"

    def _comparator_base():
        from sqlalchemy.orm.bundle import Bundle

        class Comparator(Bundle):
            """``Vertex.start``: the columns as a ``Bundle`` (a selected composite comes back as
            one value of its class), comparing column by column (``and_()`` of the pairs)."""

            # Hashable by identity, as SQLAlchemy's attributes are (``values({Seg.start: ...})``).
            def __hash__(self):
                return id(self)

            def __init__(self, prop, owner):
                self.prop = prop
                self._owner = owner
                Bundle.__init__(self, prop.key, *[getattr(owner, k) for k in prop._attribute_keys])

            @property
            def clauses(self):
                return list(self.exprs)

            def __clause_element__(self):
                return self

            @property
            def expression(self):
                return self

            def create_row_processor(self, query, procs, labels):
                prop = self.prop

                def proc(row):
                    return prop._construct_composite(*[p(row) for p in procs])

                return proc

            def _bulk_update_tuples(self, value):
                """``update(Seg).values({Seg.start: Point(9, 9)})``: one (column, value) pair per column."""
                if value is None:
                    values = [None] * len(self.exprs)
                elif isinstance(self.prop.composite_class, type) and isinstance(value, self.prop.composite_class):
                    values = self.prop._composite_values_from_instance(value)
                else:
                    from sqlalchemy.exc import ArgumentError

                    raise ArgumentError(f"Can't UPDATE composite attribute {self.prop} to {value!r}")
                return list(zip(self.exprs, values))

            def _compare(self, op, other):
                from sqlalchemy import and_

                if other is None:
                    values = [None] * len(self.exprs)
                else:
                    values = self.prop._composite_values_from_instance(other)
                return and_(*[op(a, b) for a, b in zip(self.exprs, values)])

            def __eq__(self, other):
                return self._compare(lambda a, b: a == b, other)

            def __ne__(self, other):
                return self._compare(lambda a, b: a != b, other)

            def __lt__(self, other):
                return self._compare(lambda a, b: a < b, other)

            def __gt__(self, other):
                return self._compare(lambda a, b: a > b, other)

            def __le__(self, other):
                return self._compare(lambda a, b: a <= b, other)

            def __ge__(self, other):
                return self._compare(lambda a, b: a >= b, other)

            def __str__(self):
                return f"{self._owner.__name__}.{self.prop.key}"

            def __repr__(self):
                return "<sqlalchemy.orm.attributes.InstrumentedAttribute object at 0x7f0000001000>"

            # Last: the name shadows the builtin in the rest of the body.
            property = property(lambda self: self.prop)

        return Comparator

    Comparator = _comparator_base()


Composite = CompositeProperty


def composite(_class_or_attr=None, *attrs, group=None, deferred=False, raiseload=False,
              comparator_factory=None, active_history=False, init=_NO_ARG, repr=_NO_ARG,
              default=_NO_ARG, default_factory=_NO_ARG, compare=_NO_ARG, kw_only=_NO_ARG,
              hash=_NO_ARG, info=None, doc=None, dataclass_metadata=_NO_ARG, return_none_on=_NO_ARG,
              column_template=None, **kw):
    return Composite(_class_or_attr, *attrs, return_none_on=return_none_on, active_history=active_history,
                     deferred=deferred, group=group, comparator_factory=comparator_factory,
                     column_template=column_template, info=info, **kw)
