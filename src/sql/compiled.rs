//! [`Compiled`]: a statement ready to run — the contract between the SQL compiler and the engine.
//!
//! The engine needs exactly what SQLAlchemy's `Connection` gets from a compiled statement: the dialect's
//! text with `?` placeholders, the bound values in placeholder order (already through the types' bind
//! processors, because that is what SQLAlchemy logs and sends), what kind of statement it is (rows back or
//! a row count, an INSERT whose new primary key matters), how to read each result column back into a
//! Python value (a `Boolean` column's `1` is `True`), and how the log describes its compilation.

use crate::db::Cell;

/// What the statement is, as far as executing it and reading its result is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatementKind {
    Select,
    Insert,
    Update,
    Delete,
    /// CREATE / DROP and other schema statements.
    Ddl,
    /// `text()` and driver-level SQL: the database decides whether rows come back.
    Text,
}

/// How SQLAlchemy's engine log describes a statement's compilation, in the bracket before the
/// parameters: `[generated in 0.00012s]`, `[cached since 0.0013s ago]`, `[no key 0.00009s]`, `[raw sql]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CacheStat {
    /// First compilation of this statement's structure on this engine.
    Generated,
    /// The same structure was compiled before on this engine (the value is the run-relative time of that
    /// first compilation, in microseconds, so the log can say how long ago).
    Cached { first_compiled_us: u64 },
    /// Not cacheable (DDL, multi-VALUES insert).
    NoKey,
    /// Driver-level SQL (`exec_driver_sql`, the dialect's own `PRAGMA` checks).
    RawSql,
}

/// The type information needed to turn a database value of a result column back into a Python value.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultColumn {
    /// The key the row exposes it under (`row.name`, `row._mapping["name"]`).
    pub key: String,
    /// The column's SQLAlchemy type, whose result processor turns what SQLite gives back into the Python
    /// value (`Numeric(10, 2)`: `Decimal('19.99')`; `Enum(Status)`: the member); `NullType` when
    /// unknown (`text()` without `.columns()`), which passes values through.
    pub ty: crate::sql::types::SqlType,
    /// The table column this result column selects (plainly or under the SELECT's own dedupe label,
    /// `books.id AS id_1`), which `row._mapping[books.c.id]` finds it by; `None` for anything else
    /// (an explicit `.label()`, a function, text), which SQLAlchemy matches by name only.
    pub origin: Option<ColumnOrigin>,
}

/// A selected column compared by identity — the same column of the same selectable — the way
/// SQLAlchemy's result keymap holds column objects: two result columns both named `id` stay apart.
#[derive(Clone)]
pub struct ColumnOrigin(pub crate::sql::elements::ColumnRef);

impl ColumnOrigin {
    /// Whether `column` is this very column (not merely one of the same name).
    pub fn is(&self, column: &crate::sql::elements::ColumnRef) -> bool {
        let same_from = match (&self.0.table, &column.table) {
            (Some(a), Some(b)) => std::rc::Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        same_from && self.0.same(column)
    }
}

impl PartialEq for ColumnOrigin {
    fn eq(&self, other: &Self) -> bool {
        self.is(&other.0)
    }
}

impl std::fmt::Debug for ColumnOrigin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ColumnOrigin({})", self.0.col.key)
    }
}

/// A statement compiled for execution.
#[derive(Debug, Clone, PartialEq)]
pub struct Compiled {
    /// The statement text exactly as SQLAlchemy's SQLite dialect renders it (multi-line, `?` placeholders).
    pub text: String,
    /// One parameter set per execution; several for executemany. Values are in placeholder order.
    pub params: Vec<Vec<Cell>>,
    pub kind: StatementKind,
    pub cache: CacheStat,
    /// The result columns, in order (empty when no rows come back or they are not known in advance).
    pub columns: Vec<ResultColumn>,
}
