//! The SQLite backend of the facade: everything that names rusqlite (the `sqlite` feature, on by
//! default; only the page's UI binary is built without it).
//!
//! Kept in one file so the types above it ([`Cell`], [`DbError`], [`Database`]'s backend-independent
//! methods) compile without the C library, and so a second backend has one place to mirror.

use super::{
    Budget, Cell, Database, DbError, DbErrorKind, DbLimits, Executed, Outcome, error, limits, outcome_of,
    split_statements,
};
use fallible_iterator::FallibleIterator;
use rusqlite::Connection;
use rusqlite::limits::Limit;
use rusqlite::types::{ToSql, ToSqlOutput, ValueRef};

impl Database {
    pub fn with_limits(limits: &DbLimits) -> Result<Database, DbError> {
        let mut conn = Connection::open_in_memory()?;
        let budget = Budget::default();
        budget.grant(u64::MAX);
        install(&mut conn, limits, &budget)?;
        // SQLite's default, which the bundled native build flips: foreign keys are not enforced unless a
        // program asks (`PRAGMA foreign_keys = ON`), exactly as under SQLAlchemy + pysqlite.
        conn.pragma_update(None, "foreign_keys", false)?;
        Ok(Database { conn, budget, changed: None, result_bytes: limits.result_bytes })
    }

    /// Runs exactly one statement with `?` / `?N` placeholders bound to `params` in order.
    pub fn run(&mut self, sql: &str, params: &[Cell]) -> Result<Executed, DbError> {
        // A flush sends the same few statements thousands of times: SQLite compiles each text once.
        // (Text with surrounding blanks is prepared as it is: the cache would trim it, moving the
        // offsets error messages report.)
        if sql.trim().len() == sql.len() {
            let mut stmt = self.conn.prepare_cached(sql)?;
            self.finish(&mut stmt, params)
        } else {
            let mut stmt = self.conn.prepare(sql)?;
            self.finish(&mut stmt, params)
        }
    }

    /// Binds and steps a prepared statement.
    fn finish(&self, stmt: &mut rusqlite::Statement<'_>, params: &[Cell]) -> Result<Executed, DbError> {
        let wanted = stmt.parameter_count();
        if wanted != params.len() {
            return Err(error::parameter_count(wanted, params.len()));
        }
        for (index, cell) in params.iter().enumerate() {
            stmt.raw_bind_parameter(index + 1, cell)?;
        }
        let changes_before = self.conn.total_changes();
        let (columns, rows) = step_all(stmt, self.result_bytes)?;
        let changed = self.conn.total_changes() != changes_before;
        Ok(Executed {
            columns,
            rows,
            changes: if changed { self.conn.changes() } else { 0 },
            last_insert_rowid: self.conn.last_insert_rowid(),
        })
    }

    /// Runs every statement in `sql` (no parameters), stopping at the first failure: each statement's
    /// text (as SQLite parsed it) with its outcome. What the SQL console and `ormplay sql` do.
    pub fn run_script(&mut self, sql: &str) -> Vec<(String, Result<Outcome, DbError>)> {
        let mut done = Vec::new();
        let pieces = split_statements(sql);
        let mut batch = rusqlite::Batch::new(&self.conn, sql);
        loop {
            let next = batch.next();
            let text = |stmt: Option<&rusqlite::Statement<'_>>, index: usize| {
                stmt.and_then(rusqlite::Statement::expanded_sql)
                    .map(|s| s.trim().trim_end_matches(';').trim_end().to_string())
                    .or_else(|| pieces.get(index).cloned())
                    .unwrap_or_default()
            };
            match next {
                Ok(None) => break,
                Ok(Some(mut stmt)) => {
                    let statement = text(Some(&stmt), done.len());
                    let result = step_all(&mut stmt, self.result_bytes).map(|(columns, rows)| {
                        if !columns.is_empty() {
                            Outcome::Rows { columns, rows }
                        } else {
                            outcome_of(&statement, self.conn.changes())
                        }
                    });
                    let failed = result.is_err();
                    done.push((statement, result));
                    if failed {
                        break;
                    }
                }
                Err(e) => {
                    let statement = text(None, done.len());
                    done.push((statement, Err(DbError::from(e))));
                    break;
                }
            }
        }
        done
    }

    /// Whether a transaction is open (SQLite is not in autocommit mode).
    pub fn in_transaction(&self) -> bool {
        !self.conn.is_autocommit()
    }

    /// The names of a statement's parameters in binding order (`:name`, `@name`, `$name`; None for
    /// `?` and `?N`), for a driver that binds a mapping by name (pysqlite's named style).
    pub fn parameter_names(&mut self, sql: &str) -> Result<Vec<Option<String>>, DbError> {
        let stmt = self.conn.prepare_cached(sql)?;
        Ok((1..=stmt.parameter_count()).map(|i| stmt.parameter_name(i).map(str::to_string)).collect())
    }
}

/// The SQLite library's version (`3.46.0`), what `sqlite3.sqlite_version` reports.
pub fn version() -> &'static str {
    rusqlite::version()
}

/// Steps a prepared statement to the end, collecting its rows, up to `max_bytes` of them (see
/// [`DbLimits::result_bytes`]).
#[allow(clippy::type_complexity)]
fn step_all(stmt: &mut rusqlite::Statement<'_>, max_bytes: usize) -> Result<(Vec<String>, Vec<Vec<Cell>>), DbError> {
    let columns: Vec<String> = stmt.column_names().map(str::to_string).collect();
    let row_bytes = std::mem::size_of::<Vec<Cell>>() + columns.len() * std::mem::size_of::<Cell>();
    let mut held = 0usize;
    let mut rows = Vec::new();
    let mut cursor = stmt.raw_query();
    while let Some(row) = cursor.next()? {
        let mut cells = Vec::with_capacity(columns.len());
        held = held.saturating_add(row_bytes);
        for i in 0..columns.len() {
            let cell = Cell::from_ref(row.get_ref(i)?);
            held = held.saturating_add(cell.payload_len());
            cells.push(cell);
        }
        if held > max_bytes {
            return Err(error::result_too_big(rows.len() + 1, max_bytes));
        }
        rows.push(cells);
    }
    Ok((columns, rows))
}

impl Cell {
    /// Bytes a cell holds outside itself (its text or blob), for the result-size cap.
    fn payload_len(&self) -> usize {
        match self {
            Cell::Text(t) => t.len(),
            Cell::Blob(b) => b.len(),
            _ => 0,
        }
    }

    /// A value as SQLite returned it (text that is not UTF-8 is decoded lossily, as pysqlite would fail to).
    fn from_ref(value: ValueRef<'_>) -> Cell {
        match value {
            ValueRef::Null => Cell::Null,
            ValueRef::Integer(n) => Cell::Integer(n),
            ValueRef::Real(f) => Cell::Real(f),
            ValueRef::Text(t) => Cell::Text(String::from_utf8_lossy(t).into_owned()),
            ValueRef::Blob(b) => Cell::Blob(b.to_vec()),
        }
    }
}

impl ToSql for Cell {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match self {
            Cell::Null => ValueRef::Null,
            Cell::Integer(n) => ValueRef::Integer(*n),
            Cell::Real(f) => ValueRef::Real(*f),
            Cell::Text(s) => ValueRef::Text(s.as_bytes()),
            Cell::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

impl From<rusqlite::Error> for DbError {
    fn from(error: rusqlite::Error) -> Self {
        match error {
            rusqlite::Error::SqliteFailure(e, message) => {
                error::from_code(e.extended_code, message.unwrap_or_else(|| e.to_string()))
            }
            // A statement that does not compile: SQLite's message (the offset is for editors, not text).
            rusqlite::Error::SqlInputError { error, msg, .. } => error::from_code(error.extended_code, msg),
            rusqlite::Error::InvalidParameterCount(given, wanted) => error::parameter_count(wanted, given),
            rusqlite::Error::MultipleStatement => {
                DbError::new(DbErrorKind::MultipleStatements, "You can only execute one statement at a time.")
            }
            other => DbError::new(DbErrorKind::Other, other.to_string()),
        }
    }
}

/// Applies `limits` and the budget's progress handler to a new connection.
fn install(conn: &mut Connection, limits: &DbLimits, budget: &Budget) -> rusqlite::Result<()> {
    conn.set_limit(Limit::SQLITE_LIMIT_LENGTH, limits.length)?;
    conn.set_limit(Limit::SQLITE_LIMIT_SQL_LENGTH, limits.sql_length)?;
    conn.set_limit(Limit::SQLITE_LIMIT_EXPR_DEPTH, limits.expr_depth)?;
    conn.set_limit(Limit::SQLITE_LIMIT_COMPOUND_SELECT, limits.compound_select)?;
    conn.set_limit(Limit::SQLITE_LIMIT_VARIABLE_NUMBER, limits.variable_number)?;
    conn.set_limit(Limit::SQLITE_LIMIT_TRIGGER_DEPTH, limits.trigger_depth)?;
    conn.set_limit(Limit::SQLITE_LIMIT_LIKE_PATTERN_LENGTH, limits.like_pattern)?;
    conn.set_limit(Limit::SQLITE_LIMIT_ATTACHED, limits.attached)?;
    // The heap limit is process-wide in SQLite; every connection sets the same value.
    conn.pragma_update(None, "hard_heap_limit", limits.heap)?;
    // Sorts and temporary tables in memory, under the heap limit: natively they would otherwise spill
    // to temporary files, so `ORDER BY` over gigabytes of rows would fill the disk for a minute (the
    // sort runs inside one VM instruction, between two progress-handler calls) instead of failing with
    // "out of memory" at once.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    let budget = budget.clone();
    conn.progress_handler(limits::OPS_PER_CALL, Some(move || budget.charge()))?;
    super::sums::install(conn)?;
    super::regexp::install(conn)?;
    Ok(())
}
