"""sqlalchemy.ext.orderinglist: a relationship list that numbers its items.

``relationship(collection_class=ordering_list("position"))`` keeps each item's ``position``
attribute equal to its place in the list, as SQLAlchemy's ``OrderingList`` does: ``insert``,
``remove``, ``pop`` and ``del`` renumber every item; ``append`` numbers only an item without a
position (unless ``reorder_on_append=True``); ``reorder()`` renumbers after ``reverse()``/``sort()``.
The factory carries the settings (``_sa_ordering_*``); the ORM runtime's relationship list applies
them (src/orm/collection/ordering.rs). ``OrderingList`` used on its own is a plain list subclass
with the same numbering.
"""


def count_from_0(index, collection):
    return index


def count_from_1(index, collection):
    return index + 1


def count_from_n_factory(start):
    def f(index, collection):
        return index + start

    f.__name__ = "count_from_%i" % start
    return f


def _unsugar_count_from(**kw):
    count_from = kw.pop("count_from", None)
    if kw.get("ordering_func", None) is None and count_from is not None:
        if count_from == 0:
            kw["ordering_func"] = count_from_0
        elif count_from == 1:
            kw["ordering_func"] = count_from_1
        else:
            kw["ordering_func"] = count_from_n_factory(count_from)
    return kw


class OrderingList(list):
    def __init__(self, ordering_attr=None, ordering_func=None, reorder_on_append=False):
        self.ordering_attr = ordering_attr
        if ordering_func is None:
            ordering_func = count_from_0
        self.ordering_func = ordering_func
        self.reorder_on_append = reorder_on_append

    def _order_entity(self, index, entity, reorder=True):
        have = getattr(entity, self.ordering_attr)
        if have is not None and not reorder:
            return
        should_be = self.ordering_func(index, self)
        if have != should_be:
            setattr(entity, self.ordering_attr, should_be)

    def reorder(self):
        for index, entity in enumerate(self):
            self._order_entity(index, entity, True)

    _reorder = reorder

    def append(self, entity):
        super().append(entity)
        self._order_entity(len(self) - 1, entity, self.reorder_on_append)

    def insert(self, index, entity):
        super().insert(index, entity)
        self._reorder()

    def remove(self, entity):
        super().remove(entity)
        self._reorder()

    def pop(self, index=-1):
        entity = super().pop(index)
        self._reorder()
        return entity


class _OrderingListFactory:
    def __init__(self, attr, kw):
        self._sa_ordering_attr = attr
        self._sa_ordering_func = kw.get("ordering_func") or count_from_0
        self._sa_reorder_on_append = bool(kw.get("reorder_on_append", False))
        self._kw = kw

    def __call__(self):
        return OrderingList(self._sa_ordering_attr, **self._kw)


def ordering_list(attr, count_from=None, ordering_func=None, reorder_on_append=False):
    kw = _unsugar_count_from(count_from=count_from, ordering_func=ordering_func,
                             reorder_on_append=reorder_on_append)
    return _OrderingListFactory(attr, kw)
