//! The database facade: the only module that names GlueSQL.
//!
//! Everything above this line of the pipeline (the SQL console, the ORM runtime, the CLI, the live-tables
//! pane) talks to an in-memory database through [`Database`] and sees only our own plain types:
//! [`Cell`] values, [`Outcome`]s and [`TableSnapshot`]s. That keeps GlueSQL's API (which changes between
//! releases: 0.20 became synchronous) behind one small surface, and lets the rest be tested natively.
//!
//! GlueSQL's memory storage has no transactions, so [`Database`] provides them by snapshot: `BEGIN` keeps
//! a copy of the storage to go back to on `ROLLBACK`. Playground databases are small, so a copy is cheap.

mod cell;

pub use cell::{Cell, compare_cells};

use gluesql_core::prelude::{Glue, Payload};
use gluesql_memory_storage::MemoryStorage;

/// What one SQL statement did.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Outcome {
    /// A query's result grid.
    Rows { columns: Vec<String>, rows: Vec<Vec<Cell>> },
    /// A statement that changed rows: `verb` is "inserted", "updated" or "deleted".
    Affected {
        #[serde(deserialize_with = "crate::wire::affected_verb")]
        verb: crate::wire::StaticStr,
        count: usize,
    },
    /// Any other statement (DDL, transaction control); `what` says which, in words.
    Done { what: String },
}

/// A failed statement, with GlueSQL's message made readable.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DbError {
    pub message: String,
}

impl std::fmt::Display for DbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DbError {}

/// A table's columns (in CREATE TABLE order) and all its rows, for display and for result JSON.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TableSnapshot {
    pub name: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// An in-memory SQL database with snapshot transactions.
pub struct Database {
    glue: Glue<MemoryStorage>,
    /// The state to return to on rollback, while a transaction is open.
    saved: Option<MemoryStorage>,
}

impl Default for Database {
    fn default() -> Self {
        Self::new()
    }
}

impl Database {
    pub fn new() -> Self {
        Self { glue: Glue::new(MemoryStorage::default()), saved: None }
    }

    /// Runs every statement in `sql`, stopping at the first failure. Transaction control
    /// (`BEGIN`, `COMMIT`, `ROLLBACK`) is handled here, since the storage cannot.
    pub fn execute(&mut self, sql: &str) -> Result<Vec<Outcome>, DbError> {
        let mut outcomes = Vec::new();
        for statement in split_statements(sql) {
            outcomes.push(self.execute_one(&statement, &[])?);
        }
        Ok(outcomes)
    }

    /// Runs one statement with `$1`, `$2`, ... bound to `params`.
    pub fn execute_one(&mut self, sql: &str, params: &[Cell]) -> Result<Outcome, DbError> {
        match transaction_verb(sql) {
            Some(Transaction::Begin) => {
                self.begin();
                return Ok(Outcome::Done { what: "transaction started".into() });
            }
            Some(Transaction::Commit) => {
                self.commit();
                return Ok(Outcome::Done { what: "committed".into() });
            }
            Some(Transaction::Rollback) => {
                self.rollback();
                return Ok(Outcome::Done { what: "rolled back".into() });
            }
            None => {}
        }
        let params = params.iter().map(Cell::to_param);
        let payloads = self.glue.execute_with_params(sql, params).map_err(db_error)?;
        let outcome = payloads.into_iter().next_back().map(outcome_of);
        Ok(outcome.unwrap_or(Outcome::Done { what: "nothing to do".into() }))
    }

    /// Starts a transaction (a no-op if one is open, as SQLite's implicit transactions nest into one).
    pub fn begin(&mut self) {
        if self.saved.is_none() {
            self.saved = Some(self.glue.storage.clone());
        }
    }

    pub fn commit(&mut self) {
        self.saved = None;
    }

    pub fn rollback(&mut self) {
        if let Some(saved) = self.saved.take() {
            self.glue.storage = saved;
        }
    }

    pub fn in_transaction(&self) -> bool {
        self.saved.is_some()
    }

    /// The committed state of the database: what a new connection would see.
    pub fn committed(&self) -> Database {
        let storage = self.saved.clone().unwrap_or_else(|| self.glue.storage.clone());
        Database { glue: Glue::new(storage), saved: None }
    }

    /// Table names, sorted.
    pub fn table_names(&mut self) -> Vec<String> {
        let mut names: Vec<String> = self.glue.storage.items.keys().cloned().collect();
        names.sort();
        names
    }

    /// Column names of `table` in CREATE TABLE order, or `None` if there is no such table.
    pub fn columns(&self, table: &str) -> Option<Vec<String>> {
        let item = self.glue.storage.items.get(table)?;
        let defs = item.schema.column_defs.as_ref()?;
        Some(defs.iter().map(|c| c.name.clone()).collect())
    }

    /// Every table with its rows, sorted by table name.
    pub fn snapshot(&mut self) -> Vec<TableSnapshot> {
        let mut tables = Vec::new();
        for name in self.table_names() {
            let columns = self.columns(&name).unwrap_or_default();
            let select = format!("SELECT * FROM {}", quote_ident(&name));
            let rows = match self.execute_one(&select, &[]) {
                Ok(Outcome::Rows { rows, .. }) => rows,
                _ => Vec::new(),
            };
            tables.push(TableSnapshot { name, columns, rows });
        }
        tables
    }
}

/// Quotes an identifier for GlueSQL (double quotes, doubled inside).
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

enum Transaction {
    Begin,
    Commit,
    Rollback,
}

fn transaction_verb(sql: &str) -> Option<Transaction> {
    let words: Vec<String> = sql.trim().trim_end_matches(';').split_whitespace().map(str::to_ascii_uppercase).collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    match words.as_slice() {
        ["BEGIN"] | ["BEGIN", "TRANSACTION"] | ["START", "TRANSACTION"] => Some(Transaction::Begin),
        ["COMMIT"] | ["COMMIT", "TRANSACTION"] | ["END"] => Some(Transaction::Commit),
        ["ROLLBACK"] | ["ROLLBACK", "TRANSACTION"] => Some(Transaction::Rollback),
        _ => None,
    }
}

/// Splits a script into statements at semicolons outside quotes and comments, dropping empty ones.
pub fn split_statements(sql: &str) -> Vec<String> {
    let mut statements = Vec::new();
    let mut current = String::new();
    let mut chars = sql.chars().peekable();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                current.push(c);
                if c == q {
                    quote = None;
                }
            }
            None if c == '\'' || c == '"' => {
                quote = Some(c);
                current.push(c);
            }
            None if c == '-' && chars.peek() == Some(&'-') => {
                for next in chars.by_ref() {
                    if next == '\n' {
                        current.push('\n');
                        break;
                    }
                }
            }
            None if c == ';' => statements.push(std::mem::take(&mut current)),
            None => current.push(c),
        }
    }
    statements.push(current);
    statements.into_iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
}

fn outcome_of(payload: Payload) -> Outcome {
    match payload {
        Payload::Select { labels, rows } => Outcome::Rows {
            columns: labels,
            rows: rows.into_iter().map(|row| row.into_iter().map(Cell::from_value).collect()).collect(),
        },
        Payload::SelectMap(maps) => {
            let mut columns: Vec<String> = Vec::new();
            for map in &maps {
                for key in map.keys() {
                    if !columns.contains(key) {
                        columns.push(key.clone());
                    }
                }
            }
            let rows = maps
                .into_iter()
                .map(|map| {
                    columns.iter().map(|c| map.get(c).cloned().map(Cell::from_value).unwrap_or(Cell::Null)).collect()
                })
                .collect();
            Outcome::Rows { columns, rows }
        }
        Payload::Insert(count) => Outcome::Affected { verb: "inserted", count },
        Payload::Update(count) => Outcome::Affected { verb: "updated", count },
        Payload::Delete(count) => Outcome::Affected { verb: "deleted", count },
        Payload::ShowColumns(columns) => Outcome::Rows {
            columns: vec!["column".into(), "type".into()],
            rows: columns.into_iter().map(|(name, ty)| vec![Cell::Text(name), Cell::Text(ty.to_string())]).collect(),
        },
        Payload::ShowVariable(variable) => Outcome::Done { what: format!("{variable:?}") },
        Payload::Create => Outcome::Done { what: "table created".into() },
        Payload::DropTable(n) => Outcome::Done { what: format!("{n} table(s) dropped") },
        Payload::AlterTable => Outcome::Done { what: "table altered".into() },
        Payload::CreateIndex => Outcome::Done { what: "index created".into() },
        Payload::DropIndex => Outcome::Done { what: "index dropped".into() },
        other => Outcome::Done { what: format!("{other:?}").to_lowercase() },
    }
}

fn db_error(error: gluesql_core::error::Error) -> DbError {
    DbError { message: error.to_string() }
}

#[cfg(test)]
mod tests;
