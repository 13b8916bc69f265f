//! Engines: one in-memory database each, with the SQL log (`echo=True`'s view) of every statement sent.

use super::Orm;
use super::native::{as_str, kwarg, native_class, receiver, wrap};
use crate::db::{Cell, Database, DbError, Outcome};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;
use serde::Serialize;
use std::cell::{Cell as StdCell, RefCell};
use std::rc::Rc;

/// What sent a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    /// The implicit BEGIN a transaction starts with.
    Begin,
    /// `create_all` / `drop_all`.
    Ddl,
    /// The unit of work.
    Flush,
    /// Queries, lazy loads, refreshes and executed statements.
    Query,
    Commit,
    Rollback,
}

impl Phase {
    pub const fn as_str(self) -> &'static str {
        match self {
            Phase::Begin => "begin",
            Phase::Ddl => "ddl",
            Phase::Flush => "flush",
            Phase::Query => "query",
            Phase::Commit => "commit",
            Phase::Rollback => "rollback",
        }
    }
}

impl std::fmt::Display for Phase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One statement sent to the database.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct LogEntry {
    pub sql: String,
    pub params: Vec<Cell>,
    pub phase: Phase,
    /// Statements of one flush (or one commit) share a group number.
    pub group: u32,
}

pub struct Engine {
    pub url: String,
    pub db: RefCell<Database>,
    pub log: RefCell<Vec<LogEntry>>,
    group: StdCell<u32>,
}

impl Engine {
    pub fn new(url: &str) -> Self {
        Engine {
            url: url.to_string(),
            db: RefCell::new(Database::new()),
            log: RefCell::new(Vec::new()),
            group: StdCell::new(0),
        }
    }

    /// Starts a new group of log entries (a flush, a commit).
    pub fn next_group(&self) -> u32 {
        self.group.set(self.group.get() + 1);
        self.group.get()
    }

    /// Runs one statement, logging it.
    pub fn execute(&self, sql: &str, params: &[Cell], phase: Phase) -> Result<Outcome, DbError> {
        self.log.borrow_mut().push(LogEntry {
            sql: sql.to_string(),
            params: params.to_vec(),
            phase,
            group: self.group.get(),
        });
        self.db.borrow_mut().execute_one(sql, params)
    }

    /// Runs a statement the ORM needs internally (not part of what SQLAlchemy would send).
    pub fn execute_quiet(&self, sql: &str, params: &[Cell]) -> Result<Outcome, DbError> {
        self.db.borrow_mut().execute_one(sql, params)
    }

    pub fn begin(&self) {
        let mut db = self.db.borrow_mut();
        if !db.in_transaction() {
            db.begin();
            drop(db);
            // A transaction opens a new log group (the previous one ended with its COMMIT/ROLLBACK).
            self.next_group();
            self.log.borrow_mut().push(LogEntry {
                sql: "BEGIN (implicit)".into(),
                params: Vec::new(),
                phase: Phase::Begin,
                group: self.group.get(),
            });
        }
    }

    pub fn commit(&self) {
        let mut db = self.db.borrow_mut();
        if db.in_transaction() {
            db.commit();
            drop(db);
            self.log.borrow_mut().push(LogEntry {
                sql: "COMMIT".into(),
                params: Vec::new(),
                phase: Phase::Commit,
                group: self.group.get(),
            });
        }
    }

    pub fn rollback(&self) {
        let mut db = self.db.borrow_mut();
        if db.in_transaction() {
            db.rollback();
            drop(db);
            self.log.borrow_mut().push(LogEntry {
                sql: "ROLLBACK".into(),
                params: Vec::new(),
                phase: Phase::Rollback,
                group: self.group.get(),
            });
        }
    }

    pub fn rollback_if_open(&self) {
        self.rollback();
    }
}

impl Orm {
    /// `create_engine(url, echo=False, ...)`: only in-memory SQLite URLs exist in the playground.
    pub fn create_engine(&self, interp: &mut Interp, args: Args) -> PyResult<Value> {
        let url = args.positional.first().and_then(as_str).or_else(|| kwarg(&args, "url").and_then(|v| as_str(&v)));
        let Some(url) = url else {
            return Err(self.error(
                interp,
                SaExc::ArgumentError,
                "create_engine() needs a database URL such as \"sqlite://\"",
            ));
        };
        let in_memory = matches!(
            url.as_str(),
            "sqlite://" | "sqlite:///:memory:" | "sqlite+pysqlite:///:memory:" | "sqlite+pysqlite://"
        );
        if !in_memory {
            if url.starts_with("sqlite") {
                // A file database behaves like an in-memory one here: there are no files in a browser tab.
            } else {
                return Err(self.error(
                    interp,
                    SaExc::ArgumentError,
                    format!("ormplay runs SQLite in memory only; use \"sqlite://\" instead of \"{url}\""),
                ));
            }
        }
        let engine = Rc::new(Engine::new(&url));
        self.engines.borrow_mut().push(engine.clone());
        let class = native_class(
            interp,
            "Engine",
            "sqlalchemy.engine",
            &[("__repr__", engine_repr), ("dispose", |_, _| Ok(Value::None))],
        );
        Ok(wrap(interp, &class, engine))
    }
}

fn engine_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (engine, _, _) = receiver::<Rc<Engine>>(interp, args, "Engine")?;
    Ok(Value::str(&format!("Engine({})", engine.url)))
}

/// The engine behind an `Engine` object.
pub fn engine_of(v: &Value) -> Option<Rc<Engine>> {
    super::native::state::<Rc<Engine>>(v).map(|e| (*e).clone())
}
