"""sqlalchemy.pool: the connection pool classes ``create_engine(poolclass=...)`` takes.

ormplay's engine keeps one SQLite connection per database, so a pool here describes the engine
rather than managing connections: the class SQLAlchemy would choose (``SingletonThreadPool`` for an
in-memory database, ``QueuePool`` for a file, or the ``poolclass=`` given) with its settings
(``pool_size=``, ``max_overflow=``, ``pool_timeout=``) and ``status()`` where SQLAlchemy's text does
not depend on checked-out connections.
"""


class Pool:
    """Abstract base class for connection pools (``sqlalchemy.pool.base.Pool``)."""

    __module__ = "sqlalchemy.pool.base"

    def __init__(self, creator=None, recycle=-1, echo=None, logging_name=None, reset_on_return=True,
                 events=None, dialect=None, pre_ping=False, _dispatch=None, **kw):
        self._creator = creator
        self._recycle = recycle
        self._pre_ping = pre_ping
        self.echo = echo
        self.logging_name = logging_name

    def status(self):
        return type(self).__name__

    def dispose(self):
        pass

    def recreate(self):
        return self.__class__(creator=self._creator, recycle=self._recycle, pre_ping=self._pre_ping)


class QueuePool(Pool):
    """A pool that imposes a limit on the number of open connections (the file-database default)."""

    __module__ = "sqlalchemy.pool.impl"

    def __init__(self, creator=None, pool_size=5, max_overflow=10, timeout=30.0, use_lifo=False, **kw):
        Pool.__init__(self, creator, **kw)
        self._pool_size = pool_size
        self._max_overflow = -1 if pool_size == 0 else max_overflow
        self._timeout = timeout
        self._use_lifo = use_lifo

    def size(self):
        return self._pool_size

    def timeout(self):
        return self._timeout

    def status(self):
        raise NotImplementedError("ormplay's pools do not count checked-out connections")


class AsyncAdaptedQueuePool(QueuePool):
    __module__ = "sqlalchemy.pool.impl"


class NullPool(Pool):
    """A pool that opens and closes a connection for each checkout."""

    __module__ = "sqlalchemy.pool.impl"

    def status(self):
        return "NullPool"


class SingletonThreadPool(Pool):
    """One connection per thread (the in-memory SQLite default)."""

    __module__ = "sqlalchemy.pool.impl"

    def __init__(self, creator=None, pool_size=5, **kw):
        Pool.__init__(self, creator, **kw)
        self.size = pool_size


class StaticPool(Pool):
    """A pool of exactly one connection, used for all requests (the in-memory testing recipe)."""

    __module__ = "sqlalchemy.pool.impl"

    def status(self):
        return "StaticPool"


class AssertionPool(Pool):
    """A pool that allows at most one checked out connection at any given time."""

    __module__ = "sqlalchemy.pool.impl"

    def status(self):
        return "AssertionPool"


def _engine_pool(poolclass, memory, **kw):
    """The pool ``create_engine()`` makes: ``poolclass`` or the dialect's default, with its options."""
    if poolclass is None:
        poolclass = SingletonThreadPool if memory else QueuePool
    args = {}
    for key, name in (("pool_size", "pool_size"), ("max_overflow", "max_overflow"), ("pool_timeout", "timeout"),
                      ("pool_use_lifo", "use_lifo"), ("pool_recycle", "recycle"), ("pool_pre_ping", "pre_ping")):
        if key in kw:
            args[name] = kw[key]
    if poolclass in (StaticPool, NullPool, AssertionPool):
        for key in ("pool_size", "max_overflow", "timeout", "use_lifo"):
            args.pop(key, None)
    return poolclass(None, **args)
