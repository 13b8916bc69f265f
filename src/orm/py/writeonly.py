"""sqlalchemy.orm.writeonly / dynamic: collections that are never loaded whole.

Written in Python as SQLAlchemy writes them (``orm/writeonly.py``, ``orm/dynamic.py``). Reading a
``lazy="write_only"`` relationship gives a ``WriteOnlyCollection``; a ``lazy="dynamic"`` one gives an
``AppenderQuery``. Both are bound to the parent instance: ``add``/``append``/``remove`` go into the
relationship's history (flushed as for any collection), and reads are statements built from the
relationship's join with the parent's key as a bound value, ``? = child.parent_id``, as
``with_parent()`` builds it. The native side (``_ormplay_writer``, see ``orm/writer.rs``) gives the
relationship's shape, the pending items and the parent's session.
"""

import _ormplay_writer as _w


def _instance_str(instance):
    return "<%s at 0x%x>" % (type(instance).__name__, id(instance))


def _shape(instance, key):
    from sqlalchemy import literal

    target, secondary, binds, joins, order, direction = _w.shape(instance, key)
    criteria = []
    for value, on_secondary, name in binds:
        column = getattr(secondary.c, name) if on_secondary else getattr(target, name)
        criteria.append(literal(value) == column)
    for target_key, name in joins:
        criteria.append(getattr(target, target_key) == getattr(secondary.c, name))
    order_by = []
    for target_key, descending in order:
        attr = getattr(target, target_key)
        order_by.append(attr.desc() if descending else attr)
    return target, secondary, criteria, order_by, direction, binds


class _AbstractCollectionWriter:
    def __init__(self, instance, key):
        self.instance = instance
        self.key = key

    def _add_all_impl(self, iterator):
        for item in iterator:
            _w.append(self.instance, self.key, item)

    def _remove_impl(self, item):
        _w.remove(self.instance, self.key, item)


class WriteOnlyCollection(_AbstractCollectionWriter):
    """Write-only collection which can synchronize changes into the attribute event system."""

    __module__ = "sqlalchemy.orm.writeonly"

    def __iter__(self):
        raise TypeError(
            "WriteOnly collections don't support iteration in-place; to query for collection items, "
            "use the select() method to produce a SQL statement and execute it with session.scalars()."
        )

    def select(self):
        from sqlalchemy import select

        target, secondary, criteria, order_by, direction, binds = _shape(self.instance, self.key)
        stmt = select(target).where(*criteria)
        if order_by:
            stmt = stmt.order_by(*order_by)
        return stmt

    def insert(self):
        from sqlalchemy import insert
        from sqlalchemy.exc import InvalidRequestError

        target, secondary, criteria, order_by, direction, binds = _shape(self.instance, self.key)
        if direction != "ONETOMANY":
            raise InvalidRequestError(
                "Write only bulk INSERT only supported for one-to-many collections; for many-to-many, "
                "use a separate bulk INSERT along with add_all()."
            )
        values = {}
        for value, on_secondary, name in binds:
            values[name] = value
        return insert(target).values(**values)

    def update(self):
        from sqlalchemy import update

        target, secondary, criteria, order_by, direction, binds = _shape(self.instance, self.key)
        return update(target).where(*criteria)

    def delete(self):
        from sqlalchemy import delete

        target, secondary, criteria, order_by, direction, binds = _shape(self.instance, self.key)
        return delete(target).where(*criteria)

    def add_all(self, iterator):
        self._add_all_impl(iterator)

    def add(self, item):
        self._add_all_impl([item])

    def remove(self, item):
        self._remove_impl(item)


class AppenderQuery(_AbstractCollectionWriter):
    """A dynamic query that supports basic collection storage operations."""

    __module__ = "sqlalchemy.orm.dynamic"

    @property
    def session(self):
        sess, has_identity = _w.session(self.instance, True)
        return sess if has_identity else None

    def _generate(self, sess=None):
        if sess is None:
            sess, has_identity = _w.session(self.instance, True)
            if sess is None:
                from sqlalchemy.orm.exc import DetachedInstanceError

                raise DetachedInstanceError(
                    "Parent instance %s is not bound to a Session, and no contextual session is established; "
                    "lazy load operation of attribute '%s' cannot proceed" % (_instance_str(self.instance), self.key)
                )
        target, secondary, criteria, order_by, direction, binds = _shape(self.instance, self.key)
        query = sess.query(target)
        if secondary is not None:
            query = query.select_from(target, secondary)
        query = query.filter(*criteria)
        if order_by:
            query = query.order_by(*order_by)
        return query

    def _pending(self):
        return list(_w.pending(self.instance, self.key))

    def __str__(self):
        # ``Query.__str__``: the statement compiled for the session's bind (``?`` parameters), or
        # with the default dialect (``:param_1``) when the parent has no session identity.
        sess = self.session
        if sess is not None:
            return str(self._generate(sess))
        from sqlalchemy import LABEL_STYLE_TABLENAME_PLUS_COL, select

        target, secondary, criteria, order_by, direction, binds = _shape(self.instance, self.key)
        stmt = select(target)
        if secondary is not None:
            stmt = stmt.select_from(target, secondary)
        stmt = stmt.where(*criteria)
        if order_by:
            stmt = stmt.order_by(*order_by)
        return str(stmt.set_label_style(LABEL_STYLE_TABLENAME_PLUS_COL))

    def __iter__(self):
        sess = self.session
        if sess is None:
            return iter(self._pending())
        return iter(self._generate(sess).all())

    def __getitem__(self, index):
        sess = self.session
        if sess is None:
            return self._pending()[index]
        return self._generate(sess)[index]

    def count(self):
        sess = self.session
        if sess is None:
            return len(self._pending())
        return self._generate(sess).count()

    def all(self):
        return list(self)

    def one(self):
        sess = self.session
        if sess is None:
            from sqlalchemy.exc import MultipleResultsFound, NoResultFound

            pending = self._pending()
            if not pending:
                raise NoResultFound("No row was found when one was required")
            if len(pending) > 1:
                raise MultipleResultsFound("Multiple rows were found when exactly one was required")
            return pending[0]
        return self._generate(sess).one()

    def one_or_none(self):
        sess = self.session
        if sess is None:
            from sqlalchemy.exc import MultipleResultsFound

            pending = self._pending()
            if len(pending) > 1:
                raise MultipleResultsFound("Multiple rows were found when one or none was required")
            return pending[0] if pending else None
        return self._generate(sess).one_or_none()

    def __getattr__(self, name):
        # Query's other methods (filter, order_by, limit, first, ...) start from a new Query with the
        # relationship's criterion, as AppenderQuery's generative methods do.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._generate(), name)

    def add_all(self, iterator):
        self._add_all_impl(iterator)

    def add(self, item):
        self._add_all_impl([item])

    def extend(self, iterator):
        self._add_all_impl(iterator)

    def append(self, item):
        self._add_all_impl([item])

    def remove(self, item):
        self._remove_impl(item)


def _collection(kind, instance, key):
    if kind == "write_only":
        return WriteOnlyCollection(instance, key)
    return AppenderQuery(instance, key)


def _same(a, b):
    return a is b


def _replace(kind, instance, key, values):
    """``parent.rel = [...]``: SQLAlchemy's ``_WriteOnlyAttributeImpl.set``."""
    new_values = list(values)
    sess, has_identity = _w.session(instance, False)
    pending = list(_w.pending(instance, key))
    if has_identity:
        if kind == "write_only":
            from sqlalchemy.exc import InvalidRequestError

            raise InvalidRequestError(
                'Collection "%s.%s" does not support implicit iteration; collection replacement '
                "operations can't be used" % (type(instance).__name__, key)
            )
        old = list(AppenderQuery(instance, key))
        for item in pending:
            if not any(_same(item, o) for o in old):
                old.append(item)
    else:
        old = pending
    for item in new_values:
        if not any(_same(item, o) for o in old):
            _w.append(instance, key, item)
    for item in old:
        if not any(_same(item, n) for n in new_values):
            _w.remove(instance, key, item)
