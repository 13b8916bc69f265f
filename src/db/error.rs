//! [`DbError`]: a failed statement, classified once from SQLite's extended result code, so callers
//! decide by kind (a UNIQUE violation, a NOT NULL one, a statement stopped by the step budget) and never
//! by searching message text. The message is SQLite's own (`UNIQUE constraint failed: t.c`), which is
//! what pysqlite — and so SQLAlchemy — shows.

/// What went wrong, from SQLite's (extended) result codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DbErrorKind {
    /// `SQLITE_CONSTRAINT_UNIQUE`.
    Unique,
    /// `SQLITE_CONSTRAINT_PRIMARYKEY` (a duplicate key of a table without a rowid key).
    PrimaryKey,
    /// `SQLITE_CONSTRAINT_NOTNULL`.
    NotNull,
    /// `SQLITE_CONSTRAINT_CHECK`.
    Check,
    /// `SQLITE_CONSTRAINT_FOREIGNKEY` (only with `PRAGMA foreign_keys = ON`).
    ForeignKey,
    /// Any other constraint (triggers' `RAISE(ABORT)`, `SQLITE_CONSTRAINT_DATATYPE`, ...).
    Constraint,
    /// `SQLITE_MISMATCH`: a value of the wrong type for a rowid or a STRICT column.
    Mismatch,
    /// `SQLITE_ERROR`: a syntax error, no such table or column, and the like.
    Sql,
    /// A string or blob over the configured length limit (`SQLITE_TOOBIG`), or a statement's rows over
    /// the result-size cap ([`super::DbLimits::result_bytes`]).
    TooBig,
    /// A statement over SQLite's SQL-length, expression-depth, compound-select or variable limits (SQLite
    /// reports these as plain `SQLITE_ERROR`; the kind tells them from other errors).
    Limit,
    /// `SQLITE_NOMEM` or `SQLITE_FULL`: the database's heap limit was reached.
    OutOfMemory,
    /// `SQLITE_INTERRUPT`: the progress handler stopped the statement (the step budget ran out).
    Interrupted,
    /// The wrong number of parameters for the statement's placeholders (a driver-level check).
    ParameterCount,
    /// A parameter of a type the driver cannot bind (a list, an object).
    UnsupportedType,
    /// `SQLITE_RANGE`, `SQLITE_MISUSE`: the interface was used wrongly.
    Misuse,
    /// More than one statement in a text run as one (pysqlite refuses it as a ProgrammingError).
    MultipleStatements,
    /// `SQLITE_CORRUPT`, `SQLITE_INTERNAL`, I/O and everything else.
    Other,
}

/// A failed statement.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DbError {
    pub kind: DbErrorKind,
    /// SQLite's message (`UNIQUE constraint failed: user.name`, `near "SELEC": syntax error`).
    pub message: String,
}

impl DbError {
    pub fn new(kind: DbErrorKind, message: impl Into<String>) -> Self {
        DbError { kind, message: message.into() }
    }

    /// A constraint violation of any kind (what pysqlite raises as `IntegrityError`).
    pub fn is_constraint(&self) -> bool {
        self.kind.is_constraint()
    }
}

impl DbErrorKind {
    /// The `sqlite3` (pysqlite) exception class a failure of this kind raises.
    pub fn pysqlite_class(self) -> &'static str {
        match self {
            kind if kind.is_constraint() => "IntegrityError",
            DbErrorKind::Sql | DbErrorKind::Limit | DbErrorKind::Interrupted => "OperationalError",
            DbErrorKind::TooBig => "DataError",
            DbErrorKind::ParameterCount | DbErrorKind::UnsupportedType | DbErrorKind::MultipleStatements => {
                "ProgrammingError"
            }
            DbErrorKind::Misuse => "InterfaceError",
            _ => "DatabaseError",
        }
    }

    /// A constraint violation of any kind (what pysqlite raises as `IntegrityError`).
    pub fn is_constraint(self) -> bool {
        matches!(
            self,
            DbErrorKind::Unique
                | DbErrorKind::PrimaryKey
                | DbErrorKind::NotNull
                | DbErrorKind::Check
                | DbErrorKind::ForeignKey
                | DbErrorKind::Constraint
                | DbErrorKind::Mismatch
        )
    }
}

impl std::fmt::Display for DbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DbError {}

#[cfg(feature = "sqlite")]
/// The kind of an extended result code (the primary code is its low byte).
pub fn kind_of_code(extended: i32) -> DbErrorKind {
    const CONSTRAINT: i32 = 19;
    match extended {
        2067 => DbErrorKind::Unique,
        1555 => DbErrorKind::PrimaryKey,
        1299 => DbErrorKind::NotNull,
        275 => DbErrorKind::Check,
        787 => DbErrorKind::ForeignKey,
        code if code & 0xff == CONSTRAINT => DbErrorKind::Constraint,
        code => match code & 0xff {
            1 => DbErrorKind::Sql,
            // SQLITE_FULL: an in-memory database (or its temporary sort storage) is full when the
            // heap limit is reached.
            7 | 13 => DbErrorKind::OutOfMemory,
            9 => DbErrorKind::Interrupted,
            18 => DbErrorKind::TooBig,
            20 => DbErrorKind::Mismatch,
            21 | 25 => DbErrorKind::Misuse,
            _ => DbErrorKind::Other,
        },
    }
}

#[cfg(feature = "sqlite")]
pub(super) fn from_code(extended: i32, message: String) -> DbError {
    let kind = kind_of_code(extended);
    // SQLite reports an over-long SQL text, a too-deep expression and too many terms in a
    // compound select as plain SQLITE_ERROR; they are limits, and callers treat them so.
    let kind = if kind == DbErrorKind::Sql && is_limit_message(&message) { DbErrorKind::Limit } else { kind };
    DbError { kind, message }
}

#[cfg(feature = "sqlite")]
/// pysqlite's message for a parameter count that does not match the placeholders.
pub fn parameter_count(wanted: usize, given: usize) -> DbError {
    DbError::new(
        DbErrorKind::ParameterCount,
        format!(
            "Incorrect number of bindings supplied. The current statement uses {wanted}, and there are {given} supplied."
        ),
    )
}

#[cfg(feature = "sqlite")]
/// A statement whose rows passed the result-size cap (after `rows` rows): a limit of ours, worded like
/// SQLite's own "string or blob too big", with what to do about it.
pub fn result_too_big(rows: usize, max_bytes: usize) -> DbError {
    DbError::new(
        DbErrorKind::TooBig,
        format!(
            "result too big: more than {} MB of rows after {rows} rows (add a LIMIT, a WHERE or fewer columns)",
            max_bytes >> 20
        ),
    )
}

#[cfg(feature = "sqlite")]
fn is_limit_message(message: &str) -> bool {
    message.starts_with("Expression tree is too large")
        || message.starts_with("too many terms in compound SELECT")
        || message == "statement too long"
        || message.starts_with("too many SQL variables")
        || message.starts_with("too many arguments on function")
        || message.starts_with("parser stack overflow")
        || message == "Recursion limit"
        || message.starts_with("LIKE or GLOB pattern too complex")
        || message.starts_with("too many attached databases")
}
