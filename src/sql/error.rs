//! [`SqlError`]: what building or compiling a statement can fail with, as the SQLAlchemy exception it
//! becomes in Python (the kind) and its message, word for word where SQLAlchemy's is known.

/// The exception class a SQL-layer failure is raised as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SqlErrorKind {
    /// `sqlalchemy.exc.ArgumentError`
    Argument,
    /// `sqlalchemy.exc.CompileError`
    Compile,
    /// `sqlalchemy.exc.InvalidRequestError`
    InvalidRequest,
    /// `sqlalchemy.exc.NoForeignKeysError`
    NoForeignKeys,
    /// `sqlalchemy.exc.AmbiguousForeignKeysError`
    AmbiguousForeignKeys,
    /// `sqlalchemy.exc.NoReferencedTableError`
    NoReferencedTable,
    /// `sqlalchemy.exc.NoReferencedColumnError`
    NoReferencedColumn,
    /// `sqlalchemy.exc.UnsupportedCompilationError`
    UnsupportedCompilation,
    /// Python's `NotImplementedError`
    NotImplemented,
    /// Python's `TypeError`
    Type,
    /// Python's `AttributeError`
    Attribute,
    /// Python's `KeyError`
    Key,
    /// `sqlalchemy.exc.StatementError` around a missing parameter value.
    MissingParameter,
}

impl SqlErrorKind {
    /// The Python class name.
    pub fn class_name(self) -> &'static str {
        match self {
            SqlErrorKind::Argument => "ArgumentError",
            SqlErrorKind::Compile => "CompileError",
            SqlErrorKind::InvalidRequest => "InvalidRequestError",
            SqlErrorKind::NoForeignKeys => "NoForeignKeysError",
            SqlErrorKind::AmbiguousForeignKeys => "AmbiguousForeignKeysError",
            SqlErrorKind::NoReferencedTable => "NoReferencedTableError",
            SqlErrorKind::NoReferencedColumn => "NoReferencedColumnError",
            SqlErrorKind::UnsupportedCompilation => "UnsupportedCompilationError",
            SqlErrorKind::NotImplemented => "NotImplementedError",
            SqlErrorKind::Type => "TypeError",
            SqlErrorKind::Attribute => "AttributeError",
            SqlErrorKind::Key => "KeyError",
            SqlErrorKind::MissingParameter => "InvalidRequestError",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SqlError {
    pub kind: SqlErrorKind,
    pub message: String,
}

impl SqlError {
    pub fn new(kind: SqlErrorKind, message: impl Into<String>) -> SqlError {
        SqlError { kind, message: message.into() }
    }

    pub fn argument(message: impl Into<String>) -> SqlError {
        SqlError::new(SqlErrorKind::Argument, message)
    }

    pub fn compile(message: impl Into<String>) -> SqlError {
        SqlError::new(SqlErrorKind::Compile, message)
    }

    pub fn invalid(message: impl Into<String>) -> SqlError {
        SqlError::new(SqlErrorKind::InvalidRequest, message)
    }
}

impl std::fmt::Display for SqlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SqlError {}

pub type SqlResult<T> = Result<T, SqlError>;
