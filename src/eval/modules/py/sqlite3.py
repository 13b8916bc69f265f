# ormplay's sqlite3: the DB-API 2 driver of Python 3.11 (legacy transaction control) over the
# playground's SQLite. Connections, cursors and rows are here; `_sqlite3` runs each statement
# through the database facade. Every database is in memory (a browser tab has no files): connecting
# twice to the same file name in one run gives the same database, as a file would.
import datetime as _datetime
import _sqlite3
from _sqlite3 import (Warning, Error, InterfaceError, DatabaseError, DataError, OperationalError,
                      IntegrityError, InternalError, ProgrammingError, NotSupportedError)

apilevel = '2.0'
threadsafety = 1
paramstyle = 'qmark'
version = '2.6.0'
version_info = (2, 6, 0)
sqlite_version = _sqlite3.sqlite_version
sqlite_version_info = tuple(int(part) for part in sqlite_version.split('.'))
PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2
SQLITE_OK = 0
SQLITE_DENY = 1
SQLITE_IGNORE = 2

Date = _datetime.date
Time = _datetime.time
Timestamp = _datetime.datetime
# CPython's Binary is memoryview, which the playground does not have: bytes bind the same (a BLOB).
Binary = bytes

adapters = {}
converters = {}


class PrepareProtocol:
    pass


def register_adapter(type, adapter, /):
    adapters[(type, PrepareProtocol)] = adapter


def register_converter(typename, converter, /):
    converters[typename.upper()] = converter


def complete_statement(statement):
    text = statement.strip()
    return text.endswith(';')


_files = {}


def connect(database, timeout=5.0, detect_types=0, isolation_level='', check_same_thread=True,
            factory=None, cached_statements=128, uri=False):
    return (factory or Connection)(database, timeout, detect_types, isolation_level, check_same_thread,
                                   None, cached_statements, uri)


class Row:
    """A result row: a tuple that is also indexed by column name (case-insensitively)."""

    def __init__(self, cursor, data, /):
        if not isinstance(cursor, Cursor):
            raise TypeError(f"Row() argument 1 must be sqlite3.Cursor, not {type(cursor).__name__}")
        if not isinstance(data, tuple):
            raise TypeError(f"Row() argument 2 must be tuple, not {type(data).__name__}")
        self._description = cursor.description
        self._data = data

    def keys(self):
        return [d[0] for d in self._description or ()]

    def __getitem__(self, key):
        if isinstance(key, str):
            wanted = key.upper()
            for index, d in enumerate(self._description or ()):
                if d[0].upper() == wanted:
                    return self._data[index]
            raise IndexError('No item with that key')
        return self._data[key]

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._description == other._description and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not self == other

    def __hash__(self):
        return hash(self._description) ^ hash(self._data)


class Cursor:
    arraysize = 1

    def __init__(self, connection, /):
        if not isinstance(connection, Connection):
            raise TypeError(f"Cursor() argument 1 must be sqlite3.Connection, not {type(connection).__name__}")
        self.connection = connection
        self.description = None
        self.rowcount = -1
        self.lastrowid = None
        self.row_factory = connection.row_factory
        self._rows = iter(())
        self._closed = False

    def _check(self):
        self.connection._check()
        if self._closed:
            raise ProgrammingError('Cannot operate on a closed cursor.')

    def _run(self, sql, parameters):
        connection = self.connection
        return _sqlite3.execute(connection._db, sql, parameters, connection.isolation_level)

    def execute(self, sql, parameters=(), /):
        self._check()
        if not isinstance(sql, str):
            raise TypeError(f'execute() argument 1 must be str, not {type(sql).__name__}')
        columns, rows, rowcount, lastrowid = self._run(sql, parameters)
        self._done(columns, rows, rowcount)
        self.lastrowid = lastrowid
        return self

    def executemany(self, sql, seq_of_parameters, /):
        self._check()
        if not isinstance(sql, str):
            raise TypeError(f'executemany() argument 1 must be str, not {type(sql).__name__}')
        if not _sqlite3.is_dml(sql):
            raise ProgrammingError('executemany() can only execute DML statements.')
        total = 0
        columns, rows = None, []
        for parameters in seq_of_parameters:
            columns, rows, rowcount, _ = self._run(sql, parameters)
            total += rowcount
        self._done(columns, rows, total)
        return self

    def executescript(self, sql_script, /):
        self._check()
        if not isinstance(sql_script, str):
            raise ValueError('script argument must be unicode.')
        # pysqlite commits a pending transaction before it runs a script.
        self.connection.commit()
        _sqlite3.script(self.connection._db, sql_script)
        self._done(None, [], -1)
        return self

    def _done(self, columns, rows, rowcount):
        if columns is None:
            self.description = None
        else:
            self.description = tuple((name, None, None, None, None, None, None) for name in columns)
        self.rowcount = rowcount
        self._rows = iter(rows)
        self.connection._changes += max(rowcount, 0)

    def _make(self, row):
        factory = self.row_factory
        return row if factory is None else factory(self, row)

    def fetchone(self):
        self._check()
        row = next(self._rows, None)
        return None if row is None else self._make(row)

    def fetchmany(self, size=None):
        self._check()
        if size is None:
            size = self.arraysize
        out = []
        for row in self._rows:
            out.append(self._make(row))
            if len(out) >= size:
                break
        return out

    def fetchall(self):
        self._check()
        return [self._make(row) for row in self._rows]

    def __iter__(self):
        return self

    def __next__(self):
        self._check()
        return self._make(next(self._rows))

    def close(self):
        self._closed = True

    def setinputsizes(self, sizes, /):
        pass

    def setoutputsize(self, size, column=None, /):
        pass


class Connection:
    Warning = Warning
    Error = Error
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    DataError = DataError
    OperationalError = OperationalError
    IntegrityError = IntegrityError
    InternalError = InternalError
    ProgrammingError = ProgrammingError
    NotSupportedError = NotSupportedError

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level='', check_same_thread=True,
                 factory=None, cached_statements=128, uri=False):
        name = str(database)
        if name == ':memory:' or name == '' or (uri and 'mode=memory' in name):
            self._db = _sqlite3.open()
        else:
            if name not in _files:
                _files[name] = _sqlite3.open()
            self._db = _files[name]
        if isolation_level is not None and not isinstance(isolation_level, str):
            raise TypeError('isolation_level must be str or None')
        self.isolation_level = isolation_level
        self.row_factory = None
        self.text_factory = str
        self._changes = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ProgrammingError('Cannot operate on a closed database.')

    @property
    def in_transaction(self):
        self._check()
        return _sqlite3.in_transaction(self._db)

    @property
    def total_changes(self):
        self._check()
        return self._changes

    def cursor(self, factory=None):
        self._check()
        cursor = (factory or Cursor)(self)
        return cursor

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script, /):
        return self.cursor().executescript(sql_script)

    def commit(self):
        self._check()
        if _sqlite3.in_transaction(self._db):
            _sqlite3.execute(self._db, 'COMMIT', (), None)

    def rollback(self):
        self._check()
        if _sqlite3.in_transaction(self._db):
            _sqlite3.execute(self._db, 'ROLLBACK', (), None)

    def close(self):
        if not self._closed and _sqlite3.in_transaction(self._db):
            _sqlite3.execute(self._db, 'ROLLBACK', (), None)
        self._closed = True

    def create_function(self, name, narg, func, *, deterministic=False):
        raise NotSupportedError('ormplay does not run Python functions inside SQLite')

    def create_aggregate(self, name, n_arg, aggregate_class):
        raise NotSupportedError('ormplay does not run Python functions inside SQLite')

    def create_collation(self, name, callable):
        raise NotSupportedError('ormplay does not run Python functions inside SQLite')

    def set_trace_callback(self, trace_callback):
        pass

    def iterdump(self):
        raise NotSupportedError('iterdump() is not available in ormplay')

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            self.commit()
        else:
            self.rollback()
        return False


for _cls in (Row, Cursor, Connection, PrepareProtocol):
    _cls.__module__ = 'sqlite3'
del _cls
