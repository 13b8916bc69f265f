//! The facade without a database: what the page's UI binary is built with (no `sqlite` feature).
//!
//! The UI thread only renders the plain data the worker sends ([`super::Cell`], [`super::TableSnapshot`],
//! [`super::Outcome`]); it never opens a database. SQLite's wasm build exports hooks that keep all of
//! its C code alive in any binary linking it, so the UI binary leaves it out. The connection type is
//! uninhabited: [`Database::with_limits`] reports that this build has no database, and no other method
//! can ever be reached.

use super::{Database, DbError, DbErrorKind, DbLimits, Executed, Outcome};

/// No connection can exist in this build.
pub(super) enum Connection {}

impl Database {
    /// Always fails: this build runs no SQL (the runtime with its database lives in the worker).
    pub fn with_limits(_limits: &DbLimits) -> Result<Database, DbError> {
        Err(DbError::new(
            DbErrorKind::Misuse,
            "this build of ormplay has no database (built without the `sqlite` feature)",
        ))
    }

    pub fn run(&mut self, _sql: &str, _params: &[super::Cell]) -> Result<Executed, DbError> {
        match self.conn {}
    }

    pub fn run_script(&mut self, _sql: &str) -> Vec<(String, Result<Outcome, DbError>)> {
        match self.conn {}
    }

    pub fn in_transaction(&self) -> bool {
        match self.conn {}
    }

    pub fn parameter_names(&mut self, _sql: &str) -> Result<Vec<Option<String>>, DbError> {
        match self.conn {}
    }

    pub fn watch_tables(&mut self) -> Result<(), DbError> {
        match self.conn {}
    }

    pub fn take_changed_tables(&self) -> Option<std::collections::BTreeSet<String>> {
        match self.conn {}
    }
}

/// No SQLite library in this build.
pub fn version() -> &'static str {
    "0.0.0"
}
