//! The SQL layer: one typed statement tree (select, insert, update, delete, DDL, text), compiled the way
//! SQLAlchemy's compiler does — to the SQLite dialect's text for execution and `echo`, and to the default
//! dialect's text for `print(stmt)`.
//!
//! This module is pure data and functions (no evaluator, no database): the Python-facing objects live with
//! the `sqlalchemy` package's runtime, and the database facade ([`crate::db`]) runs what comes out of here.
//! [`compiled`] is the contract between the compiler and the engine that executes and logs statements;
//! [`text`] is `text()`, a self-contained node the tree can embed.

pub mod compiled;
pub mod text;

pub use compiled::{CacheStat, Compiled, ResultColumn, StatementKind};
pub use text::{BindStyle, TextClause};
