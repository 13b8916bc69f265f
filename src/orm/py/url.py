"""sqlalchemy.engine.url: ``URL`` and ``make_url()``, the parsed form of a database URL.

Written in Python as SQLAlchemy writes it (``sqlalchemy/engine/url.py``): an immutable named tuple
(``drivername``, ``username``, ``password``, ``host``, ``port``, ``database``, ``query``) that
renders itself with the password hidden (``postgresql://scott:***@host/db``) and quotes the parts
the way SQLAlchemy does (``sqlite:///%3Amemory%3A``). Programs build, inspect and print URLs for
any backend; only ``create_engine()`` insists on SQLite.
"""

import re
from collections import namedtuple
from urllib.parse import parse_qsl, quote, quote_plus, unquote


class immutabledict(dict):
    """A dict that refuses changes (``sqlalchemy.util.immutabledict``), as ``URL.query`` is."""

    __module__ = "sqlalchemy.util._collections"

    def _immutable(self, *arg, **kw):
        raise TypeError("%s object is immutable" % self.__class__.__name__)

    __delitem__ = __setitem__ = __setattr__ = _immutable
    clear = pop = popitem = setdefault = update = _immutable

    def __repr__(self):
        return "immutabledict(%s)" % dict.__repr__(self)

    def union(self, other):
        d = dict(self)
        d.update(other)
        return immutabledict(d)


_URLBase = namedtuple("URL", ["drivername", "username", "password", "host", "port", "database", "query"])


class URL(_URLBase):
    """Represents the components of a URL used to connect to a database."""

    __slots__ = ()
    __module__ = "sqlalchemy.engine.url"

    @classmethod
    def create(cls, drivername, username=None, password=None, host=None, port=None, database=None, query=None):
        return cls(
            cls._assert_str(drivername, "drivername"),
            cls._assert_none_str(username, "username"),
            password,
            cls._assert_none_str(host, "host"),
            cls._assert_port(port),
            cls._assert_none_str(database, "database"),
            cls._str_dict(query),
        )

    @classmethod
    def _assert_port(cls, port):
        if port is None:
            return None
        try:
            return int(port)
        except TypeError:
            raise TypeError("Port argument must be an integer or None")

    @classmethod
    def _assert_str(cls, v, paramname):
        if not isinstance(v, str):
            raise TypeError("%s must be a string" % paramname)
        return v

    @classmethod
    def _assert_none_str(cls, v, paramname):
        if v is None:
            return v
        return cls._assert_str(v, paramname)

    @classmethod
    def _str_dict(cls, dict_):
        if dict_ is None:
            return immutabledict()

        def _assert_value(val):
            if isinstance(val, str):
                return val
            elif isinstance(val, (list, tuple)):
                return tuple(_assert_value(elem) for elem in val)
            raise TypeError("Query dictionary values must be strings or sequences of strings")

        def _assert_key(v):
            if not isinstance(v, str):
                raise TypeError("Query dictionary keys must be strings")
            return v

        items = dict_ if isinstance(dict_, (list, tuple)) else dict_.items()
        return immutabledict({_assert_key(key): _assert_value(value) for key, value in items})

    def set(self, drivername=None, username=None, password=None, host=None, port=None, database=None, query=None):
        kw = {}
        for name, value in (
            ("drivername", drivername),
            ("username", username),
            ("password", password),
            ("host", host),
            ("port", port),
            ("database", database),
            ("query", query),
        ):
            if value is not None:
                kw[name] = value
        return self._assert_replace(**kw)

    def _assert_replace(self, **kw):
        if "drivername" in kw:
            self._assert_str(kw["drivername"], "drivername")
        for name in "username", "host", "database":
            if name in kw:
                self._assert_none_str(kw[name], name)
        if "port" in kw:
            self._assert_port(kw["port"])
        if "query" in kw:
            kw["query"] = self._str_dict(kw["query"])
        return self._replace(**kw)

    def update_query_string(self, query_string, append=False):
        return self.update_query_pairs(parse_qsl(query_string), append=append)

    def update_query_pairs(self, key_value_pairs, append=False):
        existing_query = self.query
        new_keys = {}
        for key, value in key_value_pairs:
            if key in new_keys:
                new_keys[key] = list(new_keys[key]) if isinstance(new_keys[key], (list, tuple)) else [new_keys[key]]
                new_keys[key].append(value)
            else:
                new_keys[key] = list(value) if isinstance(value, (list, tuple)) else value
        if append:
            new_query = {}
            for k in new_keys:
                if k in existing_query:
                    old = existing_query[k]
                    old = list(old) if isinstance(old, (list, tuple)) else [old]
                    new = new_keys[k]
                    new = list(new) if isinstance(new, (list, tuple)) else [new]
                    new_query[k] = tuple(old + new)
                else:
                    new_query[k] = new_keys[k]
            merged = dict(existing_query)
            merged.update(new_query)
        else:
            merged = dict(existing_query)
            merged.update({k: tuple(v) if isinstance(v, list) else v for k, v in new_keys.items()})
        return self.set(query=merged)

    def update_query_dict(self, query_parameters, append=False):
        return self.update_query_pairs(query_parameters.items(), append=append)

    def difference_update_query(self, names):
        names = set(names)
        if not names.intersection(self.query):
            return self
        return URL(
            self.drivername,
            self.username,
            self.password,
            self.host,
            self.port,
            self.database,
            immutabledict({key: self.query[key] for key in set(self.query).difference(names)}),
        )

    @property
    def normalized_query(self):
        return immutabledict({k: (v,) if not isinstance(v, tuple) else v for k, v in self.query.items()})

    def render_as_string(self, hide_password=True):
        s = self.drivername + "://"
        if self.username is not None:
            s += quote(self.username, safe=" +")
            if self.password is not None:
                s += ":" + ("***" if hide_password else quote(str(self.password), safe=" +"))
            s += "@"
        if self.host is not None:
            if ":" in self.host:
                s += f"[{self.host}]"
            else:
                s += self.host
        if self.port is not None:
            s += ":" + str(self.port)
        if self.database is not None:
            s += "/" + quote(self.database, safe=" +/")
        if self.query:
            keys = sorted(self.query)
            s += "?" + "&".join(
                f"{quote_plus(k)}={quote_plus(element)}"
                for k in keys
                for element in (list(self.query[k]) if isinstance(self.query[k], tuple) else [self.query[k]])
            )
        return s

    def __repr__(self):
        return self.render_as_string()

    def __str__(self):
        return self.render_as_string()

    def __copy__(self):
        return self.__class__.create(
            self.drivername, self.username, self.password, self.host, self.port, self.database, self.query
        )

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        return (
            isinstance(other, URL)
            and self.drivername == other.drivername
            and self.username == other.username
            and self.password == other.password
            and self.host == other.host
            and self.database == other.database
            and self.query == other.query
            and self.port == other.port
        )

    def __ne__(self, other):
        return not self == other

    def get_backend_name(self):
        if "+" not in self.drivername:
            return self.drivername
        return self.drivername.split("+")[0]

    def get_driver_name(self):
        if "+" not in self.drivername:
            return _DEFAULT_DRIVERS.get(self.drivername, self.drivername)
        return self.drivername.split("+")[1]

    def translate_connect_args(self, names=None, **kw):
        translated = {}
        for sname in ["host", "database", "username", "password", "port"]:
            if names:
                name = names.pop(0)
            elif sname in kw:
                name = kw[sname]
            else:
                name = sname
            if name is not None and getattr(self, sname, False):
                translated[name] = str(getattr(self, sname)) if sname == "password" else getattr(self, sname)
        return translated


# The DBAPI driver each backend's dialect uses when the URL names none (`postgresql://` → psycopg2).
_DEFAULT_DRIVERS = {
    "sqlite": "pysqlite",
    "postgresql": "psycopg",
    "mysql": "mysqldb",
    "mariadb": "mysqldb",
    "oracle": "oracledb",
    "mssql": "pyodbc",
}


def make_url(name_or_url, *, keep_blank_values=False):
    if isinstance(name_or_url, str):
        return _parse_url(name_or_url, keep_blank_values=keep_blank_values)
    elif not isinstance(name_or_url, URL):
        from sqlalchemy.exc import ArgumentError

        raise ArgumentError(f"Expected string or URL object, got {name_or_url!r}")
    return name_or_url


_PATTERN = re.compile(
    r"""
        (?P<name>[\w\+]+)://
        (?:
            (?P<username>[^:/]*)
            (?::(?P<password>[^@]*))?
        @)?
        (?:
            (?:
                \[(?P<ipv6host>[^/\?]+)\] |
                (?P<ipv4host>[^/:\?]+)
            )?
            (?::(?P<port>[^/\?]*))?
        )?
        (?:/(?P<database>[^\?]*))?
        (?:\?(?P<query>.*))?
        """,
    re.X,
)


def _parse_url(name, keep_blank_values=False):
    m = _PATTERN.match(name)
    if m is None:
        from sqlalchemy.exc import ArgumentError

        raise ArgumentError("Could not parse SQLAlchemy URL from given URL string")
    components = m.groupdict()
    if components["query"] is not None:
        query = {}
        for key, value in parse_qsl(components["query"], keep_blank_values=keep_blank_values):
            if key in query:
                if not isinstance(query[key], list):
                    query[key] = [query[key]]
                query[key].append(value)
            else:
                query[key] = value
    else:
        query = None
    components["query"] = query
    for comp in "username", "password", "database":
        if components[comp] is not None:
            components[comp] = unquote(components[comp])
    ipv4host = components.pop("ipv4host")
    ipv6host = components.pop("ipv6host")
    components["host"] = ipv4host or ipv6host
    name = components.pop("name")
    if components["port"]:
        components["port"] = int(components["port"])
    else:
        components["port"] = None
    return URL.create(name, **components)
