"""sqlalchemy.orm.Bundle and DictBundle (orm/util.py): column expressions grouped under one name in
result rows.

``select(Bundle("user", User.name, User.fullname))`` selects the bundle's columns; each result row
then has one value for the bundle, made by ``create_row_processor(query, procs, labels)`` from a
row of the bundle's own columns (``procs[i](row)`` is the i-th one, ``labels`` their keys). The
runtime gives the processor that row as a ``Row`` keyed by the labels, so the default processor
returns it as the keyed tuple SQLAlchemy builds; a subclass may return anything else.
"""


class _Columns:
    """``bundle.c`` / ``bundle.columns``: the bundle's expressions by key."""

    def __init__(self, items):
        self._items = dict(items)
        for key, expr in self._items.items():
            setattr(self, key, expr)

    def __getitem__(self, key):
        return self._items[key]

    def __iter__(self):
        return iter(self._items.values())

    def __len__(self):
        return len(self._items)

    def __contains__(self, key):
        return key in self._items

    def keys(self):
        return list(self._items)


def _key(expr):
    key = getattr(expr, "key", None)
    return key if isinstance(key, str) else str(expr)


class Bundle:
    single_entity = False
    is_clause_element = False
    is_mapper = False
    is_aliased_class = False
    is_bundle = True

    def __init__(self, name, *exprs, **kw):
        self.name = self._label = name
        self.exprs = list(exprs)
        self.c = self.columns = _Columns([(_key(e), e) for e in self.exprs])
        self.single_entity = kw.pop("single_entity", self.single_entity)

    def label(self, name):
        cloned = self.__class__.__new__(self.__class__)
        cloned.__dict__.update(self.__dict__)
        cloned.name = cloned._label = name
        return cloned

    def create_row_processor(self, query, procs, labels):
        def proc(row):
            return row

        return proc


class DictBundle(Bundle):
    def __init__(self, name, *exprs, **kw):
        super().__init__(name, *exprs, **kw)
        if len(set(self.c.keys())) != len(self.exprs):
            from sqlalchemy.exc import ArgumentError

            raise ArgumentError("DictBundle does not support duplicate column names")

    def create_row_processor(self, query, procs, labels):
        def proc(row):
            return dict(zip(labels, (p(row) for p in procs)))

        return proc


def _processor(bundle, query, labels):
    """The bundle's row processor for a statement selecting `labels` (called by the runtime)."""
    procs = [(lambda row, i=i: row[i]) for i in range(len(labels))]
    return bundle.create_row_processor(query, procs, labels)
