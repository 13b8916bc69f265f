"""sqlalchemy.orm.scoping: ``scoped_session``, a registry of one Session per scope.

Written in Python as SQLAlchemy writes it: calling the registry returns the current Session, creating
it from the factory the first time; ``remove()`` closes it and forgets it, so the next call creates a
new one; the Session's methods and attributes are proxied (``db_session.add(x)`` is
``db_session().add(x)``); ``query_property()`` is a descriptor giving ``Model.query`` as
``registry().query(Model)``. The playground runs one thread, so the scope is the whole run.
"""


class ScopedRegistry:
    """SQLAlchemy's ``ScopedRegistry`` with a single scope."""

    def __init__(self, createfunc, scopefunc=None):
        self.createfunc = createfunc
        self.scopefunc = scopefunc
        self.registry = {}

    def _key(self):
        return self.scopefunc() if self.scopefunc is not None else None

    def __call__(self):
        key = self._key()
        if key not in self.registry:
            self.registry[key] = self.createfunc()
        return self.registry[key]

    def has(self):
        return self._key() in self.registry

    def set(self, obj):
        self.registry[self._key()] = obj

    def clear(self):
        self.registry.pop(self._key(), None)


class scoped_session:
    """Provides scoped management of Session objects."""

    _support_async = False

    def __init__(self, session_factory, scopefunc=None):
        self.session_factory = session_factory
        self.registry = ScopedRegistry(session_factory, scopefunc)

    def __call__(self, **kw):
        if kw:
            if self.registry.has():
                from sqlalchemy.exc import InvalidRequestError

                raise InvalidRequestError("Scoped session is already present; no new arguments may be specified.")
            sess = self.session_factory(**kw)
            self.registry.set(sess)
            return sess
        return self.registry()

    def remove(self):
        if self.registry.has():
            self.registry().close()
        self.registry.clear()

    def configure(self, **kwargs):
        if self.registry.has():
            import warnings

            warnings.warn("At least one scoped session is already present.  configure() can not affect sessions that have already been created.")
        self.session_factory.configure(**kwargs)

    def query_property(self, query_cls=None):
        registry = self.registry

        class query:
            def __get__(s, instance, owner):
                if query_cls:
                    return query_cls(owner, session=registry())
                return registry().query(owner)

        return query()

    def __contains__(self, instance):
        return instance in self.registry()

    def __iter__(self):
        return iter(self.registry())

    def __getattr__(self, name):
        if name in _PROXIED:
            return getattr(self.registry(), name)
        raise AttributeError(f"'scoped_session' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if name in _PROXIED_ATTRIBUTES:
            setattr(self.registry(), name, value)
        else:
            object.__setattr__(self, name, value)


_PROXIED_ATTRIBUTES = (
    "bind",
    "binds",
    "dirty",
    "deleted",
    "new",
    "identity_map",
    "is_active",
    "autoflush",
    "no_autoflush",
    "info",
    "execution_options",
)

_PROXIED = _PROXIED_ATTRIBUTES + (
    "add",
    "add_all",
    "begin",
    "begin_nested",
    "close",
    "reset",
    "commit",
    "connection",
    "delete",
    "delete_all",
    "execute",
    "expire",
    "expire_all",
    "expunge",
    "expunge_all",
    "flush",
    "get",
    "get_one",
    "get_bind",
    "is_modified",
    "bulk_save_objects",
    "bulk_insert_mappings",
    "bulk_update_mappings",
    "merge",
    "merge_all",
    "query",
    "refresh",
    "rollback",
    "scalar",
    "scalars",
    "object_session",
    "identity_key",
)
