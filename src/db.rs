//! The database facade: the only module that names the database library (SQLite, through rusqlite).
//!
//! Everything above this line of the pipeline (the engine layer and the ORM, the SQL console, the CLI,
//! the live-tables pane) talks to an in-memory SQLite database through [`Database`] and sees only our
//! own plain types: [`Cell`] values (SQLite's storage classes), [`Executed`] results, typed
//! [`DbError`]s and [`TableSnapshot`]s. SQLite is what SQLAlchemy runs on in the docs and the recorded
//! corpora, so LIKE's case rules, NULL ordering, type affinity, RETURNING, CHECK constraints and the
//! error messages are the real ones.
//!
//! A database here is one connection, the way SQLAlchemy's in-memory SQLite engine keeps one connection
//! per thread. Transactions are SQLite's own (`BEGIN`, `SAVEPOINT`); *when* to begin is the driver's
//! business (pysqlite's rules live in the engine layer). [`limits`] keeps any input from freezing or
//! crashing the page: length and depth limits, a heap cap, and a step budget charged while SQLite works.

mod cell;
mod error;
pub mod limits;
#[cfg(feature = "sqlite")]
mod regexp;
mod snapshot;
#[cfg(feature = "sqlite")]
mod sums;
#[cfg(feature = "sqlite")]
mod watch;

pub use cell::{Cell, compare_cells};
pub use error::{DbError, DbErrorKind};
pub use limits::{Budget, DbLimits};
pub use snapshot::{KeyedTable, TableSnapshot};

// The page's UI binary is built without the `sqlite` feature: it only renders what the worker sends,
// and SQLite's C code (kept alive by its exported hooks) would otherwise double the UI's download.
#[cfg(not(feature = "sqlite"))]
mod absent;
#[cfg(feature = "sqlite")]
mod sqlite;
#[cfg(not(feature = "sqlite"))]
use absent::Connection;
#[cfg(not(feature = "sqlite"))]
pub use absent::version;
#[cfg(feature = "sqlite")]
use rusqlite::Connection;
#[cfg(feature = "sqlite")]
pub use sqlite::version;

/// What one statement gave back: its rows (if it has result columns) and what it changed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Executed {
    /// Result column names, in order; empty for a statement that returns no rows.
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    /// Rows inserted, updated or deleted by an INSERT / UPDATE / DELETE (0 for anything else).
    pub changes: u64,
    /// The rowid of the last row inserted on this connection (SQLite's `last_insert_rowid()`).
    pub last_insert_rowid: i64,
}

impl Executed {
    /// Whether the statement has result columns (a query, a PRAGMA that answers, `... RETURNING`).
    pub fn returns_rows(&self) -> bool {
        !self.columns.is_empty()
    }
}

/// What one console statement did, in a shell's terms.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// A query's result grid.
    Rows { columns: Vec<String>, rows: Vec<Vec<Cell>> },
    /// A statement that changed rows: `verb` is "inserted", "updated" or "deleted".
    Affected {
        #[serde(deserialize_with = "crate::wire::affected_verb")]
        verb: crate::wire::StaticStr,
        count: u64,
    },
    /// Any other statement (DDL, transaction control); `what` says which, in words.
    Done { what: String },
}

/// Table names SQLite's preupdate hook noted since they were last taken (`watch.rs`).
type ChangedTables = std::sync::Arc<std::sync::Mutex<std::collections::BTreeSet<String>>>;

/// An in-memory SQLite database (one connection).
pub struct Database {
    conn: Connection,
    budget: Budget,
    /// Tables changed since last asked, when watched (see [`Database::watch_tables`]).
    #[cfg_attr(not(feature = "sqlite"), allow(dead_code))]
    changed: Option<ChangedTables>,
    /// [`DbLimits::result_bytes`].
    #[cfg_attr(not(feature = "sqlite"), allow(dead_code))]
    result_bytes: usize,
}

impl Database {
    /// A new empty database with the default limits.
    pub fn new() -> Result<Database, DbError> {
        Database::with_limits(&DbLimits::default())
    }

    /// The work budget the progress handler charges (see [`limits`]).
    pub fn budget(&self) -> &Budget {
        &self.budget
    }

    /// Runs transaction control or other statements that return nothing and take no parameters.
    pub fn control(&mut self, sql: &str) -> Result<(), DbError> {
        self.run(sql, &[]).map(|_| ())
    }

    /// Rolls back whatever transaction is open (the end of a run: what a new connection would see).
    pub fn rollback_all(&mut self) {
        if self.in_transaction() {
            // A failing ROLLBACK leaves nothing better to do; SQLite has already ended the transaction.
            let _ = self.control("ROLLBACK");
        }
    }

    /// Table names (without SQLite's internal tables), sorted.
    pub fn table_names(&mut self) -> Vec<String> {
        snapshot::table_names(self)
    }

    /// Every table with its columns and its rows in rowid order, sorted by table name.
    pub fn snapshot(&mut self) -> Vec<TableSnapshot> {
        snapshot::all(self)
    }

    /// Every table with its rows keyed by rowid, sorted by table name (what the run timeline diffs).
    pub fn snapshot_keyed(&mut self) -> Vec<KeyedTable> {
        snapshot::keyed(self)
    }

    /// One table keyed by rowid (no columns and no rows if there is no such table).
    pub fn snapshot_table(&mut self, name: &str) -> KeyedTable {
        snapshot::keyed_one(self, name.to_string())
    }
}

#[cfg(feature = "sqlite")]
/// A shell's summary of a statement that returned no rows, from its leading keywords.
pub(super) fn outcome_of(statement: &str, changes: u64) -> Outcome {
    let words: Vec<String> =
        statement.split_whitespace().take(3).map(|w| w.trim_end_matches(';').to_ascii_uppercase()).collect();
    let word = |i: usize| words.get(i).map_or("", String::as_str);
    let verb = match word(0) {
        "INSERT" | "REPLACE" => Some("inserted"),
        "UPDATE" => Some("updated"),
        "DELETE" => Some("deleted"),
        _ => None,
    };
    if let Some(verb) = verb {
        return Outcome::Affected { verb, count: changes };
    }
    let object = match word(1) {
        "UNIQUE" | "TEMP" | "TEMPORARY" | "VIRTUAL" => word(2),
        other => other,
    };
    let what = match (word(0), object) {
        ("CREATE", o) => format!("{} created", o.to_ascii_lowercase()),
        ("DROP", o) => format!("{} dropped", o.to_ascii_lowercase()),
        ("ALTER", _) => "table altered".into(),
        ("BEGIN", _) => "transaction started".into(),
        ("COMMIT" | "END", _) => "committed".into(),
        ("ROLLBACK", _) => "rolled back".into(),
        ("SAVEPOINT", _) => "savepoint set".into(),
        ("RELEASE", _) => "savepoint released".into(),
        _ => "done".into(),
    };
    Outcome::Done { what }
}

/// Quotes an identifier for SQLite (double quotes, doubled inside).
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Splits a script into statements at semicolons outside quotes and comments, dropping empty ones.
/// Only for labelling: SQLite itself finds the statement boundaries when running a script.
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
            None if c == '\'' || c == '"' || c == '`' => {
                quote = Some(c);
                current.push(c);
            }
            None if c == '[' => {
                quote = Some(']');
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
            None if c == '/' && chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for next in chars.by_ref() {
                    if last == '*' && next == '/' {
                        break;
                    }
                    last = next;
                }
                current.push(' ');
            }
            None if c == ';' => statements.push(std::mem::take(&mut current)),
            None => current.push(c),
        }
    }
    statements.push(current);
    statements.into_iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
}

#[cfg(test)]
mod tests;
