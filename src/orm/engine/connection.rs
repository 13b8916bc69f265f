//! `Connection` and its transactions (`sqlalchemy.engine.base`), and the `Engine` methods that hand
//! them out (`connect()`, `begin()`).
//!
//! SQLAlchemy 2.x semantics: a connection *autobegins* on its first `execute()` (`BEGIN (implicit)`),
//! `commit()` / `rollback()` end that transaction ("commit as you go"), `begin()` starts one explicitly
//! and refuses to while one is open, `begin_nested()` sets a SAVEPOINT (`sa_savepoint_1`, numbered per
//! connection) inside the transaction (autobegun if needed), and leaving `with engine.connect()` rolls
//! back what was not committed, while `with engine.begin()` commits (or rolls back on an exception).
//!
//! Executing a statement: [`Orm::execute_statement`] compiles it ([`compile_statement`]: `text()` here;
//! the Core and ORM statement constructs add their branch there), runs it on the engine and wraps the
//! outcome in a `CursorResult`.

use super::super::native::{Method, arg, native_class, receiver, state, wrap, wrap_rc};
use super::super::{Orm, orm};
use super::processors::ResultProcessor;
use super::result::{ResultClass, ResultState, result_object};
use super::{Engine, Phase, Txn, engine_of};
use crate::eval::value::Value;
use crate::eval::{Args, ExcType, Interp, PyResult};
use crate::orm::SaExc;
use crate::sql::{CacheStat, Compiled, StatementKind};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A `Connection`.
pub struct ConnectionData {
    pub engine: Rc<Engine>,
    /// This connection's transaction (a session's connection: the session's).
    pub txn: Rc<Txn>,
    /// A session's connection (`Session.connection()`): its transaction is the session's, so closing
    /// the connection object does not end it.
    borrowed: bool,
    closed: Cell<bool>,
    /// Savepoints open on this connection, innermost last.
    savepoints: RefCell<Vec<String>>,
    savepoint_seq: Cell<u32>,
}

/// A `RootTransaction` (savepoint `None`) or a `NestedTransaction`.
pub struct TransactionData {
    conn: Rc<ConnectionData>,
    savepoint: Option<String>,
    active: Cell<bool>,
}

/// Parameter sets as `execute()` takes them: none, one dict, or a list of dicts (executemany).
pub type ParamSets = Vec<Vec<(String, Value)>>;

/// `{"x": 1}` / `[{"x": 1}, {"x": 2}]` as parameter sets.
pub fn param_sets(interp: &mut Interp, params: Option<&Value>) -> PyResult<ParamSets> {
    let one = |interp: &mut Interp, v: &Value| -> PyResult<Vec<(String, Value)>> {
        match v {
            Value::Dict(d) => {
                let mut set = Vec::new();
                for (k, value) in d.borrow().items() {
                    set.push((interp.to_str(&k)?, value));
                }
                Ok(set)
            }
            other => Err(interp
                .type_error(format!("List argument must consist only of dictionaries, not '{}'", other.type_name()))),
        }
    };
    match params {
        None | Some(Value::None) => Ok(Vec::new()),
        Some(d @ Value::Dict(_)) => Ok(vec![one(interp, d)?]),
        Some(Value::List(items)) => {
            let items = items.borrow().clone();
            items.iter().map(|v| one(interp, v)).collect()
        }
        Some(Value::Tuple(items)) => items.iter().map(|v| one(interp, v)).collect(),
        Some(other) => Err(interp.error(
            ExcType::TypeError,
            format!("mapping or list expected for parameters, got '{}'", other.type_name()),
        )),
    }
}

/// A statement object compiled for execution with `sets`. The statement constructs each add a branch
/// here; a value that is no statement raises as SQLAlchemy does.
pub fn compile_statement(interp: &mut Interp, stmt: &Value, sets: &ParamSets) -> PyResult<Compiled> {
    if let Some(text) = super::text::text_of(stmt) {
        return super::text::compile_text(interp, &text, sets);
    }
    if let Some(compiled) = crate::orm::core::execute::compile_for_execution(interp, stmt, sets)? {
        return Ok(compiled);
    }
    if let Value::Str(_) = stmt {
        let message = format!("Not an executable object: {}", interp.repr(stmt)?);
        return Err(orm(interp)?.error(interp, SaExc::ObjectNotExecutableError, message));
    }
    Err(interp.not_supported(&format!("executing a {} object on a Connection", stmt.type_name())))
}

impl Orm {
    /// Runs `compiled` on `engine` and wraps the outcome in a `CursorResult`; `param_names` are the
    /// names of the first parameter set (part of the compiled-cache key).
    pub fn cursor_result(
        &self,
        interp: &mut Interp,
        engine: &Engine,
        compiled: &Compiled,
        param_names: &[String],
        statement: Option<(&Value, &ParamSets)>,
    ) -> PyResult<Value> {
        let done = self.run_compiled_keyed(interp, engine, compiled, Phase::Execute, param_names)?;
        let last = done.last().cloned().unwrap_or_default();
        let mut state = if last.returns_rows() {
            let declared = |i: usize| compiled.columns.get(i);
            let keys: Vec<String> = last
                .columns
                .iter()
                .enumerate()
                .map(|(i, name)| declared(i).map_or_else(|| name.clone(), |c| c.key.clone()))
                .collect();
            let processors: Vec<ResultProcessor> =
                compiled.columns.iter().map(|c| ResultProcessor::of(&c.ty)).collect();
            super::processors::prepare(interp, &processors);
            // An executemany INSERT ... RETURNING ("insertmanyvalues") returns every execution's rows.
            let runs =
                if matches!(compiled.kind, StatementKind::Insert) { &done[..] } else { std::slice::from_ref(&last) };
            let mut rows = Vec::new();
            for row in runs.iter().flat_map(|d| d.rows.iter()) {
                let mut values = Vec::with_capacity(row.len());
                for (i, cell) in row.iter().enumerate() {
                    let v = processors.get(i).unwrap_or(&ResultProcessor::Plain).process(interp, cell);
                    values.push(match declared(i) {
                        Some(c) => crate::orm::type_decorator::process_result(interp, v, &c.ty)?,
                        None => v,
                    });
                }
                rows.push(values);
            }
            let mut state = ResultState::rows(keys, rows);
            let origins = (0..last.columns.len()).map(|i| declared(i).and_then(|c| c.origin.clone())).collect();
            state.origins = Rc::new(origins);
            state
        } else {
            let dml = matches!(compiled.kind, StatementKind::Insert | StatementKind::Update | StatementKind::Delete)
                || done.iter().any(|d| d.changes > 0);
            let rowcount = if dml { done.iter().map(|d| d.changes as i64).sum() } else { -1 };
            let mut state = ResultState::no_rows(rowcount, Some(last.last_insert_rowid));
            if let Some((stmt, sets)) = statement {
                state.inserted_primary_key = super::inserted::inserted_key(interp, stmt, sets, last.last_insert_rowid);
            }
            state
        };
        state.is_insert = statement.is_some_and(|(stmt, _)| super::inserted::is_insert_construct(stmt));
        Ok(result_object(interp, state, ResultClass::Cursor))
    }

    /// `execute(statement, parameters)` on `engine`, inside `txn` (autobegun).
    pub fn execute_statement(
        &self,
        interp: &mut Interp,
        engine: &Engine,
        txn: &Rc<Txn>,
        stmt: &Value,
        params: Option<&Value>,
    ) -> PyResult<Value> {
        let sets = param_sets(interp, params)?;
        let compiled = compile_statement(interp, stmt, &sets)?;
        engine.begin(txn);
        let names: Vec<String> =
            sets.first().map(|set| set.iter().map(|(k, _)| k.clone()).collect()).unwrap_or_default();
        self.cursor_result(interp, engine, &compiled, &names, Some((stmt, &sets)))
    }
}

/// A `Connection` object on `engine`, with its own transaction.
pub fn connection_value(interp: &mut Interp, engine: Rc<Engine>) -> Value {
    new_connection(interp, engine, Txn::new(), false)
}

/// The `Connection` a session hands out (`Session.connection()`), inside the session's transaction.
pub fn borrowed_connection(interp: &mut Interp, engine: Rc<Engine>, txn: Rc<Txn>) -> Value {
    new_connection(interp, engine, txn, true)
}

/// The `Connection` class (`from sqlalchemy import Connection` in type hints and isinstance checks).
pub fn connection_class(interp: &mut Interp) -> Rc<crate::eval::value::Class> {
    native_class(interp, "Connection", "sqlalchemy.engine.base", CONNECTION_METHODS)
}

fn new_connection(interp: &mut Interp, engine: Rc<Engine>, txn: Rc<Txn>, borrowed: bool) -> Value {
    let class = connection_class(interp);
    let info = engine.info();
    let data = ConnectionData {
        engine,
        txn,
        borrowed,
        closed: Cell::new(false),
        savepoints: RefCell::new(Vec::new()),
        savepoint_seq: Cell::new(0),
    };
    let conn = wrap_rc(interp, &class, Rc::new(data));
    if let Value::Instance(inst) = &conn {
        inst.dict.borrow_mut().insert("info".into(), info);
    }
    conn
}

fn conn(interp: &mut Interp, args: Args) -> PyResult<(Rc<ConnectionData>, Value, Args)> {
    let (c, me, rest) = receiver::<ConnectionData>(interp, args, "Connection")?;
    if c.closed.get() {
        let orm = orm(interp)?;
        return Err(orm.error(interp, SaExc::ResourceClosedError, "This Connection is closed"));
    }
    Ok((c, me, rest))
}

/// A transaction-control statement's failure as SQLAlchemy raises it.
fn control_error(interp: &mut Interp, sql: &str, error: crate::db::DbError) -> Box<crate::eval::Exc> {
    let e = super::StatementError { error, sql: sql.into(), params: super::Params::Single(Vec::new()) };
    match orm(interp) {
        Ok(orm) => orm.statement_error(interp, &e),
        Err(e) => e,
    }
}

impl ConnectionData {
    pub(crate) fn rollback(&self) {
        self.savepoints.borrow_mut().clear();
        self.engine.rollback(&self.txn);
    }

    fn commit(&self, interp: &mut Interp) -> PyResult<()> {
        self.savepoints.borrow_mut().clear();
        self.engine.commit(&self.txn).map_err(|error| control_error(interp, "COMMIT", error))
    }

    fn close(&self) {
        if !self.closed.get() {
            if !self.borrowed {
                self.rollback();
            }
            self.closed.set(true);
        }
    }

    /// `SAVEPOINT sa_savepoint_N` (autobeginning the transaction first).
    pub(crate) fn open_savepoint(&self) -> Result<String, crate::db::DbError> {
        self.engine.begin(&self.txn);
        self.savepoint_seq.set(self.savepoint_seq.get() + 1);
        let name = format!("sa_savepoint_{}", self.savepoint_seq.get());
        self.engine.control(&format!("SAVEPOINT {name}"))?;
        self.savepoints.borrow_mut().push(name.clone());
        Ok(name)
    }

    /// The innermost savepoint open on this connection (SQLAlchemy's nested transaction).
    pub(crate) fn innermost_savepoint(&self) -> Option<String> {
        self.savepoints.borrow().last().cloned()
    }

    /// Ends savepoint `name` (and any inside it): RELEASE, or ROLLBACK TO then forget it.
    pub(crate) fn close_savepoint(&self, name: &str, release: bool) -> Result<(), crate::db::DbError> {
        let open = self.savepoints.borrow().iter().position(|n| n == name);
        let Some(pos) = open else { return Ok(()) };
        self.savepoints.borrow_mut().truncate(pos);
        let sql = if release { format!("RELEASE SAVEPOINT {name}") } else { format!("ROLLBACK TO SAVEPOINT {name}") };
        self.engine.control(&sql)
    }

    fn savepoint(&self, interp: &mut Interp) -> PyResult<String> {
        self.open_savepoint().map_err(|e| control_error(interp, "SAVEPOINT", e))
    }

    fn end_savepoint(&self, interp: &mut Interp, name: &str, release: bool) -> PyResult<()> {
        self.close_savepoint(name, release).map_err(|e| control_error(interp, "RELEASE SAVEPOINT", e))
    }
}

fn transaction_value(interp: &mut Interp, conn: Rc<ConnectionData>, savepoint: Option<String>) -> Value {
    let name = if savepoint.is_some() { "NestedTransaction" } else { "RootTransaction" };
    let class = native_class(interp, name, "sqlalchemy.engine.base", TRANSACTION_METHODS);
    super::super::native::native_property(&class, "is_active", |i, a| {
        receiver::<TransactionData>(i, a, "Transaction").map(|(t, _, _)| Value::Bool(t.active.get()))
    });
    wrap(interp, &class, TransactionData { conn, savepoint, active: Cell::new(true) })
}

fn already_begun(interp: &mut Interp) -> Box<crate::eval::Exc> {
    match orm(interp) {
        Ok(orm) => orm.error(interp, SaExc::InvalidRequestError,
            "This connection has already initialized a SQLAlchemy Transaction() object via begin() or autobegin; can't call begin() here unless rollback() or commit() is called first.",
        ),
        Err(e) => e,
    }
}

const CONNECTION_METHODS: &[(&str, Method)] = &[
    ("execute", |i, a| {
        let (c, _, rest) = conn(i, a)?;
        let stmt = arg(&rest, 0, "statement").unwrap_or(Value::None);
        let params = arg(&rest, 1, "parameters");
        orm(i)?.execute_statement(i, &c.engine, &c.txn, &stmt, params.as_ref())
    }),
    ("exec_driver_sql", |i, a| {
        let (c, _, rest) = conn(i, a)?;
        let sql = arg(&rest, 0, "statement").and_then(|v| super::super::native::as_str(&v)).unwrap_or_default();
        let params = driver_params(i, &c.engine, &sql, arg(&rest, 1, "parameters"))?;
        let compiled =
            Compiled { text: sql, params, kind: StatementKind::Text, cache: CacheStat::RawSql, columns: Vec::new() };
        c.engine.begin(&c.txn);
        orm(i)?.cursor_result(i, &c.engine, &compiled, &[], None)
    }),
    ("scalar", |i, a| {
        let (c, _, rest) = conn(i, a)?;
        let stmt = arg(&rest, 0, "statement").unwrap_or(Value::None);
        let result = orm(i)?.execute_statement(i, &c.engine, &c.txn, &stmt, arg(&rest, 1, "parameters").as_ref())?;
        i.call_method(&result, "scalar", Vec::new())
    }),
    ("scalars", |i, a| {
        let (c, _, rest) = conn(i, a)?;
        let stmt = arg(&rest, 0, "statement").unwrap_or(Value::None);
        let result = orm(i)?.execute_statement(i, &c.engine, &c.txn, &stmt, arg(&rest, 1, "parameters").as_ref())?;
        i.call_method(&result, "scalars", Vec::new())
    }),
    ("commit", |i, a| {
        let (c, _, _) = conn(i, a)?;
        c.commit(i)?;
        Ok(Value::None)
    }),
    ("rollback", |i, a| {
        let (c, _, _) = conn(i, a)?;
        c.rollback();
        Ok(Value::None)
    }),
    ("begin", |i, a| {
        let (c, _, _) = conn(i, a)?;
        if c.txn.is_open() {
            return Err(already_begun(i));
        }
        c.engine.begin(&c.txn);
        Ok(transaction_value(i, c, None))
    }),
    ("begin_nested", |i, a| {
        let (c, _, _) = conn(i, a)?;
        let name = c.savepoint(i)?;
        Ok(transaction_value(i, c, Some(name)))
    }),
    ("in_transaction", |i, a| conn(i, a).map(|(c, _, _)| Value::Bool(c.txn.is_open()))),
    ("in_nested_transaction", |i, a| conn(i, a).map(|(c, _, _)| Value::Bool(!c.savepoints.borrow().is_empty()))),
    ("close", |i, a| {
        let (c, _, _) = receiver::<ConnectionData>(i, a, "Connection")?;
        c.close();
        Ok(Value::None)
    }),
    ("__enter__", |i, a| conn(i, a).map(|(_, me, _)| me)),
    ("__exit__", |i, a| {
        let (c, _, _) = receiver::<ConnectionData>(i, a, "Connection")?;
        c.close();
        Ok(Value::Bool(false))
    }),
];

/// `exec_driver_sql` parameters: a tuple / list of values, or a list of them (executemany).
fn trans(interp: &mut Interp, args: Args) -> PyResult<(Rc<TransactionData>, Value, Args)> {
    receiver::<TransactionData>(interp, args, "Transaction")
}

impl TransactionData {
    fn finish(&self, interp: &mut Interp, commit: bool) -> PyResult<()> {
        if !self.active.replace(false) {
            return Ok(());
        }
        match (&self.savepoint, commit) {
            (Some(name), release) => self.conn.end_savepoint(interp, name, release),
            (None, true) => self.conn.commit(interp),
            (None, false) => {
                self.conn.rollback();
                Ok(())
            }
        }
    }
}

const TRANSACTION_METHODS: &[(&str, Method)] = &[
    ("commit", |i, a| {
        let (t, _, _) = trans(i, a)?;
        t.finish(i, true).map(|_| Value::None)
    }),
    ("rollback", |i, a| {
        let (t, _, _) = trans(i, a)?;
        t.finish(i, false).map(|_| Value::None)
    }),
    ("close", |i, a| {
        let (t, _, _) = trans(i, a)?;
        t.finish(i, false).map(|_| Value::None)
    }),
    ("__enter__", |i, a| trans(i, a).map(|(_, me, _)| me)),
    ("__exit__", |i, a| {
        let (t, _, rest) = trans(i, a)?;
        let failed = !matches!(rest.positional.first(), None | Some(Value::None));
        t.finish(i, !failed)?;
        Ok(Value::Bool(false))
    }),
];

/// `engine.begin()`: a context manager giving a connection in a transaction, committed at the end of
/// the block (rolled back if it raised), then closed.
pub struct EngineBegin {
    conn: Value,
}

const ENGINE_BEGIN_METHODS: &[(&str, Method)] = &[
    ("__enter__", |i, a| {
        let (b, _, _) = receiver::<EngineBegin>(i, a, "Engine.begin")?;
        let Some(c) = state::<ConnectionData>(&b.conn) else { return Ok(b.conn.clone()) };
        if c.txn.is_open() {
            return Err(already_begun(i));
        }
        c.engine.begin(&c.txn);
        Ok(b.conn.clone())
    }),
    ("__exit__", |i, a| {
        let (b, _, rest) = receiver::<EngineBegin>(i, a, "Engine.begin")?;
        let failed = !matches!(rest.positional.first(), None | Some(Value::None));
        if let Some(c) = state::<ConnectionData>(&b.conn) {
            if failed {
                c.rollback();
            } else if let Err(e) = c.commit(i) {
                c.close();
                return Err(e);
            }
            c.close();
        }
        Ok(Value::Bool(false))
    }),
];

/// The `Engine` object's methods beyond its repr.
pub const ENGINE_METHODS: &[(&str, Method)] = &[
    ("connect", |i, a| {
        let (e, _, _) = receiver::<Rc<Engine>>(i, a, "Engine")?;
        Ok(connection_value(i, (*e).clone()))
    }),
    ("begin", |i, a| {
        let (e, _, _) = receiver::<Rc<Engine>>(i, a, "Engine")?;
        let conn = connection_value(i, (*e).clone());
        let class = native_class(i, "_trans_ctx", "sqlalchemy.engine.base", ENGINE_BEGIN_METHODS);
        Ok(wrap(i, &class, EngineBegin { conn }))
    }),
    ("dispose", |i, a| receiver::<Rc<Engine>>(i, a, "Engine").map(|(e, _, _)| e.dispose()).map(|_| Value::None)),
    // `Engine(%r) % url`: the URL renders as SQLAlchemy's (`sqlite:///%3Amemory%3A`).
    ("__repr__", |i, a| {
        let (_, this, _) = receiver::<Rc<Engine>>(i, a, "Engine")?;
        let url = i.get_attr(&this, "url")?;
        Ok(Value::str(&format!("Engine({})", i.repr(&url)?)))
    }),
];

/// The `Connection` behind a value, if it is one (a session bound to it joins its transaction).
pub fn connection_of(value: &Value) -> Option<Rc<ConnectionData>> {
    state::<ConnectionData>(value)
}

/// Where an operation given a bind runs: a `Connection`'s engine and transaction, or an `Engine` and
/// a transaction of its own (`owned`: the operation ends it, as SQLAlchemy's `engine.begin()` /
/// `engine.connect()` inside `create_all` and `inspect` do).
pub struct BindTxn {
    pub engine: Rc<Engine>,
    pub txn: Rc<Txn>,
    pub owned: bool,
}

/// The [`BindTxn`] of an `Engine` or `Connection` object.
pub fn bind_txn(value: &Value) -> Option<BindTxn> {
    match state::<ConnectionData>(value) {
        Some(c) => Some(BindTxn { engine: c.engine.clone(), txn: c.txn.clone(), owned: false }),
        None => engine_of(value).map(|engine| BindTxn { engine, txn: Txn::new(), owned: true }),
    }
}

/// The engine behind an `Engine` or `Connection` object (what `Session(bind)` accepts).
pub fn bind_engine(value: &Value) -> Option<Rc<Engine>> {
    engine_of(value).or_else(|| state::<ConnectionData>(value).map(|c| c.engine.clone()))
}

mod driver_params;
use driver_params::driver_params;
