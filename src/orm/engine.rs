//! Engines — `sqlalchemy.engine` as Python sees it — over the database facade: one in-memory SQLite
//! connection per engine (SQLAlchemy's in-memory SQLite pool keeps one), the SQL log, and the driver's
//! rules (pysqlite's).
//!
//! Submodules: the structured SQL log and its echo rendering (`log`), the Python-facing objects
//! (`create`: `create_engine` and `Engine`; `connection`: `Connection` and transactions; `result` and
//! `row`: `CursorResult`, `Row` and friends), value conversion between Python and SQLite (`convert`) and the types' result processors
//! (`processors`),
//! `text()` (`text`), and a clock (`clock`); errors as SQLAlchemy raises them are here.
//!
//! **How statements run.** Everything goes through [`Orm::run_statement`] (one parameter set),
//! [`Orm::run_compiled`] (a [`Compiled`] statement, executemany included) or
//! [`Orm::run_insertmanyvalues`] (one logged batch per row): it logs the statement (and
//! echoes it when the engine has `echo` on), begins the database transaction the way pysqlite does
//! (lazily, before the first INSERT / UPDATE / DELETE / REPLACE — DDL and SELECT run outside one),
//! grants SQLite the interpreter's remaining step budget, charges what SQLite spent, and turns a
//! [`DbError`] into SQLAlchemy's exception (`IntegrityError: (sqlite3.IntegrityError) UNIQUE constraint
//! failed: t.c` with `[SQL: ...]`, `[parameters: ...]` and the background link). SQLAlchemy's own
//! transaction (the `BEGIN (implicit)` / `COMMIT` / `ROLLBACK` log lines) is [`Engine::begin`],
//! [`Engine::commit`] and [`Engine::rollback`].

mod clock;
pub mod connection;
pub mod convert;
mod create;
pub mod database_url;
pub mod json;
pub use create::{dialect_object, engine_class};
pub mod inserted;
pub mod log;
pub mod processors;
pub mod result;
pub mod row;
pub mod text;

use super::Orm;

use crate::db::{Cell, Database, DbError, DbErrorKind, Executed};
use crate::eval::value::Value;
use crate::eval::{Interp, PyResult};
use crate::orm::SaExc;
use crate::sql::{CacheStat, Compiled};
pub use log::{LogEntry, LogKind, Params, Phase, Stats, Trigger};
use std::cell::{Cell as StdCell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

/// Where echo goes and the run-wide order of log entries, shared by every engine of a run.
#[derive(Default)]
pub struct LogSink {
    /// The next entry's sequence number.
    seq: StdCell<u64>,
    /// When set (`ormplay doctest`), echo text is written to the program's stdout as it is logged.
    pub to_stdout: StdCell<bool>,
    /// When set (`ormplay doctest`), `create_all`/`drop_all` order tables as SQLAlchemy's doctest
    /// runner patches them (sorted by key before the dependency sort) instead of by definition.
    pub tables_by_key: StdCell<bool>,
    /// Echo text waiting to join stdout: the interpreter's queue for output written by native code.
    pub stdout: RefCell<Option<Rc<RefCell<String>>>>,
    /// What is making the ORM send SQL now (see [`LogSink::trigger`]), copied into each entry.
    pub trigger: RefCell<Option<Trigger>>,
}

/// Restores the previous trigger when the ORM's work that set one ends (see [`LogSink::trigger`]).
pub struct TriggerGuard {
    sink: Rc<LogSink>,
    previous: Option<Trigger>,
}

impl Drop for TriggerGuard {
    fn drop(&mut self) {
        *self.sink.trigger.borrow_mut() = self.previous.take();
    }
}

impl LogSink {
    /// Makes `what`, at the statement `interp` is running, the trigger of the SQL logged until the guard
    /// is dropped (the innermost trigger wins: an autoflush inside a lazy load is an autoflush).
    pub fn trigger(self: &Rc<Self>, interp: &Interp, what: String) -> TriggerGuard {
        let (file, line) = interp
            .current_line()
            .map(|(f, line)| (interp.files.get(f).map(|f| f.name.clone()).unwrap_or_default(), line))
            .unwrap_or_default();
        let previous = self.trigger.replace(Some(Trigger { what, file, line }));
        TriggerGuard { sink: self.clone(), previous }
    }
}

pub struct Engine {
    pub url: String,
    /// `echo=True` (or `"debug"`): the log records of this engine are what `echo` prints.
    pub echo: StdCell<bool>,
    /// Shared by the engines that name the same SQLite file (see [`database_url`]).
    pub db: Rc<RefCell<Database>>,
    pub log: RefCell<Vec<LogEntry>>,
    sink: Rc<LogSink>,
    group: StdCell<u32>,
    /// The transactions begun on this engine and not ended (see [`Txn`]), for the end of a run.
    open: RefCell<Vec<std::rc::Weak<Txn>>>,
    /// When each cache key was first compiled on this engine (its compiled cache), in µs. SQLAlchemy's
    /// key is the statement's structure, the parameter names of the first set and whether it runs as
    /// executemany; the statement text stands for the structure here.
    compiled: RefCell<HashMap<String, u64>>,
    /// The engine's DBAPI connection was opened (its pool `connect` listeners ran).
    pub connected: StdCell<bool>,
    /// `Connection.info`: the dict of the one DBAPI connection every `Connection` of the engine
    /// checks out, so what a listener stores there outlives the `Connection` object.
    info: RefCell<Option<Value>>,
}

/// One holder of a SQLAlchemy transaction on an engine: a `Connection`, or a session's own connection.
///
/// SQLAlchemy's in-memory SQLite pool hands every checkout the same DBAPI connection, so all holders
/// share one database transaction, but each `Connection` logs its own `BEGIN (implicit)` and
/// `COMMIT` / `ROLLBACK`: a session and `engine.connect()` open side by side both log BEGIN.
#[derive(Default, Debug)]
pub struct Txn {
    open: StdCell<bool>,
}

impl Txn {
    pub fn new() -> Rc<Txn> {
        Rc::new(Txn::default())
    }

    /// Whether this holder's transaction is open (`BEGIN (implicit)` logged, no COMMIT / ROLLBACK yet).
    pub fn is_open(&self) -> bool {
        self.open.get()
    }
}

/// A failed statement with what SQLAlchemy's error message shows of it.
#[derive(Debug, Clone)]
pub struct StatementError {
    pub error: DbError,
    pub sql: String,
    pub params: Params,
}

impl Engine {
    pub fn new(url: &str, sink: Rc<LogSink>) -> Result<Self, DbError> {
        Ok(Engine {
            url: url.to_string(),
            echo: StdCell::new(false),
            db: Rc::new(RefCell::new(Database::new()?)),
            log: RefCell::new(Vec::new()),
            sink,
            group: StdCell::new(0),
            open: RefCell::new(Vec::new()),
            compiled: RefCell::new(HashMap::new()),
            connected: StdCell::new(false),
            info: RefCell::new(None),
        })
    }

    /// The `info` dict of the engine's DBAPI connection (see [`Engine::info`]'s field).
    pub fn info(&self) -> Value {
        self.info.borrow_mut().get_or_insert_with(|| Value::Dict(Default::default())).clone()
    }

    /// Starts a new group of log entries (a flush, a commit).
    pub fn next_group(&self) -> u32 {
        self.group.set(self.group.get() + 1);
        self.group.get()
    }

    fn record(&self, kind: LogKind, sql: &str, phase: Phase) {
        let seq = self.sink.seq.get();
        self.sink.seq.set(seq + 1);
        let trigger = self.sink.trigger.borrow().clone();
        let entry = LogEntry {
            seq,
            kind,
            sql: sql.to_string(),
            phase,
            group: self.group.get(),
            echo: self.echo.get(),
            trigger,
        };
        if entry.echo
            && self.sink.to_stdout.get()
            && let Some(out) = self.sink.stdout.borrow().as_ref()
        {
            out.borrow_mut().push_str(&entry.echo_text());
        }
        self.log.borrow_mut().push(entry);
    }

    /// SQLAlchemy's autobegin of `txn`: logs `BEGIN (implicit)`. The database transaction itself
    /// starts with the first statement that changes data (pysqlite's rule).
    pub fn begin(&self, txn: &Rc<Txn>) {
        if !txn.open.replace(true) {
            // A transaction opens a new log group (the previous one ended with its COMMIT/ROLLBACK).
            self.next_group();
            self.record(LogKind::Begin, "BEGIN (implicit)", Phase::Transaction);
            let mut open = self.open.borrow_mut();
            open.retain(|t| t.upgrade().is_some_and(|t| t.open.get()));
            open.push(Rc::downgrade(txn));
        }
    }

    /// Logs `COMMIT` for `txn` and commits the database transaction if one started: the connection
    /// is shared, so what other holders wrote is committed too (as pysqlite's `commit()` does).
    pub fn commit(&self, txn: &Txn) -> Result<(), DbError> {
        if !txn.open.replace(false) {
            return Ok(());
        }
        self.record(LogKind::Commit, "COMMIT", Phase::Transaction);
        let mut db = self.db.borrow_mut();
        if db.in_transaction() { db.control("COMMIT") } else { Ok(()) }
    }

    /// Logs `ROLLBACK` for `txn` if it was open, and then rolls the (shared) database transaction
    /// back. A connection that never began one (`with engine.connect(): pass`) rolls nothing back:
    /// the pool hands the in-memory database's one connection to every holder and resets it only
    /// when the last returns it, so a Session's flushed rows survive.
    pub fn rollback(&self, txn: &Txn) {
        if txn.open.replace(false) {
            self.record(LogKind::Rollback, "ROLLBACK", Phase::Transaction);
            self.db.borrow_mut().rollback_all();
        }
    }

    /// Runs transaction-control SQL (SAVEPOINT, RELEASE / ROLLBACK TO SAVEPOINT) as SQLAlchemy's
    /// dialect sends it: logged as an uncached statement, run at once and not charged (SQLite spends
    /// nothing on it), so a session can open a savepoint wherever it autobegins.
    pub fn control(&self, sql: &str) -> Result<(), DbError> {
        let stats = self.stats_for("", CacheStat::NoKey, clock::now_us());
        self.record(LogKind::Statement { params: Params::Single(Vec::new()), stats }, sql, Phase::Transaction);
        let mut db = self.db.borrow_mut();
        db.budget().grant(u64::MAX);
        db.run(sql, &[]).map(|_| ())
    }

    /// `engine.dispose()`: an in-memory database lives in the pool's one connection, so (with no
    /// transaction open) the engine's next connection opens a new, empty one; a file database stays.
    pub fn dispose(&self) {
        let open = self.open.borrow().iter().any(|t| t.upgrade().is_some_and(|t| t.is_open()));
        if !open
            && database_url::is_memory(&self.url)
            && let Ok(fresh) = Database::new()
        {
            *self.db.borrow_mut() = fresh;
        }
    }

    /// The end of a run: every transaction still open rolls back, as the program's connections are
    /// returned to the pool.
    pub fn rollback_open(&self) {
        let open: Vec<Rc<Txn>> = self.open.borrow_mut().drain(..).filter_map(|t| t.upgrade()).collect();
        for txn in open {
            self.rollback(&txn);
        }
        self.db.borrow_mut().rollback_all();
    }

    /// Runs a statement the ORM needs for its own bookkeeping (not part of what SQLAlchemy would send):
    /// not logged, not charged.
    pub fn run_quiet(&self, sql: &str, params: &[Cell]) -> Result<Executed, DbError> {
        let mut db = self.db.borrow_mut();
        db.budget().grant(u64::MAX);
        db.run(sql, params)
    }

    /// How the log describes this execution's compilation: a cache key this engine compiled before is a
    /// cache hit.
    fn stats_for(&self, key: &str, cache: CacheStat, started: u64) -> Stats {
        let now = clock::now_us();
        let seconds = |since: u64| now.saturating_sub(since) as f64 / 1e6;
        match cache {
            CacheStat::RawSql => Stats::RawSql,
            CacheStat::NoKey => Stats::NoKey { seconds: seconds(started) },
            CacheStat::Generated | CacheStat::Cached { .. } => {
                let mut compiled = self.compiled.borrow_mut();
                match compiled.get(key) {
                    Some(first) => Stats::Cached { seconds: seconds(*first) },
                    None => {
                        compiled.insert(key.to_string(), started);
                        Stats::Generated { seconds: seconds(started) }
                    }
                }
            }
        }
    }

    /// Logs one execution and runs it: the driver-level step under [`Orm::run_statement`].
    fn execute(
        &self,
        interp: &mut Interp,
        sql: &str,
        params: &[Vec<Cell>],
        many: bool,
        phase: Phase,
        stats: Stats,
    ) -> Result<Vec<Executed>, StatementError> {
        let logged = if many { Params::Many(params.to_vec()) } else { Params::Single(params.concat()) };
        self.record(LogKind::Statement { params: logged.clone(), stats }, sql, phase);
        let fail = |error: DbError| StatementError { error, sql: sql.to_string(), params: logged.clone() };
        let mut db = self.db.borrow_mut();
        if crate::eval::modules::sqlite::is_dml(sql) && !db.in_transaction() {
            db.control("BEGIN").map_err(fail)?;
        }
        let mut results = Vec::with_capacity(params.len());
        for set in params {
            db.budget().grant(interp.steps_remaining());
            let result = db.run(sql, set);
            // SQLite's work counts against the run's step budget whether the statement succeeded or not.
            let _ = interp.charge_units(db.budget().spent());
            results.push(result.map_err(fail)?);
        }
        Ok(results)
    }
}

impl Orm {
    /// Runs one statement with one parameter set on `engine` (see the module overview).
    pub fn run_statement(
        &self,
        interp: &mut Interp,
        engine: &Engine,
        sql: &str,
        params: &[Cell],
        phase: Phase,
    ) -> PyResult<Executed> {
        self.ensure_connected(interp, engine)?;
        let started = clock::now_us();
        let stats = engine.stats_for(&format!("{sql}\u{1f}false\u{1f}"), CacheStat::Generated, started);
        let mut results = self.send(interp, engine, sql, vec![params.to_vec()], false, phase, stats)?;
        Ok(results.pop().unwrap_or_default())
    }

    /// Runs a compiled statement: one execution per parameter set (executemany when several).
    pub fn run_compiled(
        &self,
        interp: &mut Interp,
        engine: &Engine,
        compiled: &Compiled,
        phase: Phase,
    ) -> PyResult<Vec<Executed>> {
        self.run_compiled_keyed(interp, engine, compiled, phase, &[])
    }

    /// [`Orm::run_compiled`] for a statement executed with named parameters: their names (of the first
    /// set) are part of the compiled-cache key, as in SQLAlchemy.
    pub fn run_compiled_keyed(
        &self,
        interp: &mut Interp,
        engine: &Engine,
        compiled: &Compiled,
        phase: Phase,
        param_names: &[String],
    ) -> PyResult<Vec<Executed>> {
        self.ensure_connected(interp, engine)?;
        let started = clock::now_us();
        let sets: Vec<Vec<Cell>> = if compiled.params.is_empty() { vec![Vec::new()] } else { compiled.params.clone() };
        let many = sets.len() > 1;
        let mut names = param_names.to_vec();
        names.sort();
        let key = format!("{}\u{1f}{many}\u{1f}{}", compiled.text, names.join(","));
        let stats = engine.stats_for(&key, compiled.cache, started);
        self.send(interp, engine, &compiled.text, sets, many, phase, stats)
    }

    /// Runs an INSERT once per parameter set the way SQLAlchemy's "insertmanyvalues" logs it: the
    /// statement and a parameter line per batch, `[generated in ... (insertmanyvalues) 1/3 (ordered;
    /// batch not supported)]` then `[insertmanyvalues 2/3 (ordered; batch not supported)]`. `ordered`
    /// says whether RETURNING rows come back in parameter order; `downgraded` that each batch is one row
    /// (SQLite with RETURNING of server-generated keys).
    pub fn run_insertmanyvalues(
        &self,
        interp: &mut Interp,
        engine: &Engine,
        compiled: &Compiled,
        phase: Phase,
        ordered: bool,
        downgraded: bool,
    ) -> PyResult<Vec<Executed>> {
        self.ensure_connected(interp, engine)?;
        let started = clock::now_us();
        let key = format!("{}\u{1f}true\u{1f}", compiled.text);
        let base = Box::new(engine.stats_for(&key, compiled.cache, started));
        let total = compiled.params.len().max(1) as u32;
        let sets = if compiled.params.is_empty() { vec![Vec::new()] } else { compiled.params.clone() };
        let mut results = Vec::with_capacity(sets.len());
        for (n, set) in sets.into_iter().enumerate() {
            let batch = n as u32 + 1;
            let stats = Stats::ManyValues { base: base.clone(), batch, total, ordered, downgraded };
            // Each batch is its own cursor execution, which the cursor events see as an executemany.
            let mut sql = compiled.text.clone();
            let mut sets = vec![set];
            let call = self.before_cursor_execute(interp, engine, &mut sql, &mut sets, (false, true))?;
            let done = engine.execute(interp, &sql, &sets, false, phase, stats);
            results.extend(self.checked(interp, done)?);
            self.after_cursor_execute(interp, call)?;
        }
        Ok(results)
    }

    /// Hands one statement to the driver: the `before_cursor_execute` listeners (which may replace the
    /// statement and its parameters), the logged execution, then `after_cursor_execute`.
    #[allow(clippy::too_many_arguments)]
    fn send(
        &self,
        interp: &mut Interp,
        engine: &Engine,
        sql: &str,
        mut sets: Vec<Vec<Cell>>,
        many: bool,
        phase: Phase,
        stats: Stats,
    ) -> PyResult<Vec<Executed>> {
        let mut sql = sql.to_string();
        let call = self.before_cursor_execute(interp, engine, &mut sql, &mut sets, (many, many))?;
        let done = engine.execute(interp, &sql, &sets, many, phase, stats);
        let results = self.checked(interp, done)?;
        self.after_cursor_execute(interp, call)?;
        Ok(results)
    }

    /// A statement's failure as the exception SQLAlchemy raises; a statement the step budget stopped
    /// raises the evaluator's own "ran too long" error.
    fn checked<T>(&self, interp: &mut Interp, result: Result<T, StatementError>) -> PyResult<T> {
        result.map_err(|e| match e.error.kind {
            DbErrorKind::Interrupted => interp.budget_exhausted(),
            _ => self.statement_error(interp, &e),
        })
    }

    /// SQLAlchemy's wrapper of a pysqlite exception, with the message `str()` gives.
    pub fn statement_error(&self, interp: &Interp, e: &StatementError) -> Box<crate::eval::Exc> {
        let (class, code) = dbapi_class(e.error.kind);
        let mut message = format!("(sqlite3.{class}) {}\n[SQL: {}]", e.error.message, e.sql);
        let has_params = match &e.params {
            Params::Single(cells) => !cells.is_empty(),
            Params::Many(sets) => !sets.is_empty(),
        };
        if has_params {
            message.push_str(&format!("\n[parameters: {}]", log::repr_params(&e.params, true)));
        }
        message.push_str(&format!("\n(Background on this error at: https://sqlalche.me/e/21/{code})"));
        let exc = self.error(interp, class, message);
        // `.orig` (the pysqlite exception), `.statement` and `.params`, as `DBAPIError` has them.
        if let Some(orig_class) = self.exceptions.dbapi(class) {
            let orig = interp.make_exception(orig_class, vec![Value::str(&e.error.message)]);
            let plain = |cells: &Vec<Cell>| {
                Value::tuple(cells.iter().map(|c| processors::ResultProcessor::Plain.process(interp, c)).collect())
            };
            let params = match &e.params {
                Params::Single(cells) => plain(cells),
                Params::Many(sets) => Value::list(sets.iter().map(plain).collect()),
            };
            let mut dict = exc.value.dict.borrow_mut();
            dict.insert("orig".into(), Value::Instance(orig));
            dict.insert("statement".into(), Value::str(&e.sql));
            dict.insert("params".into(), params);
        }
        exc
    }
}

/// The pysqlite exception class for a database error (CPython's `Modules/_sqlite/util.c`), which
/// SQLAlchemy wraps in its class of the same name, with that class's documentation code.
pub fn dbapi_class(kind: DbErrorKind) -> (SaExc, &'static str) {
    match kind.pysqlite_class() {
        "IntegrityError" => (SaExc::IntegrityError, "gkpj"),
        "OperationalError" => (SaExc::OperationalError, "e3q8"),
        "DataError" => (SaExc::DataError, "9h9h"),
        "ProgrammingError" => (SaExc::ProgrammingError, "f405"),
        "InterfaceError" => (SaExc::InterfaceError, "rvf5"),
        _ => (SaExc::DatabaseError, "4xp6"),
    }
}

/// The engine behind an `Engine` object.
pub fn engine_of(v: &Value) -> Option<Rc<Engine>> {
    super::native::state::<Rc<Engine>>(v).map(|e| (*e).clone())
}

#[cfg(test)]
mod tests;
