//! Identifier quoting (SQLAlchemy's `IdentifierPreparer`): a name is quoted when it is a reserved word
//! of the dialect, starts with a digit or `$`, has characters outside `[A-Za-z0-9_$]`, or is not all
//! lower case.

use super::Dialect;

const RESERVED: &[&str] = &[
    "all",
    "analyse",
    "analyze",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "asymmetric",
    "authorization",
    "between",
    "binary",
    "both",
    "case",
    "cast",
    "check",
    "collate",
    "column",
    "constraint",
    "create",
    "cross",
    "current_date",
    "current_role",
    "current_time",
    "current_timestamp",
    "current_user",
    "default",
    "deferrable",
    "desc",
    "distinct",
    "do",
    "else",
    "end",
    "except",
    "false",
    "for",
    "foreign",
    "freeze",
    "from",
    "full",
    "grant",
    "group",
    "having",
    "ilike",
    "in",
    "initially",
    "inner",
    "intersect",
    "into",
    "is",
    "isnull",
    "join",
    "leading",
    "left",
    "like",
    "limit",
    "localtime",
    "localtimestamp",
    "natural",
    "new",
    "not",
    "notnull",
    "null",
    "off",
    "offset",
    "old",
    "on",
    "only",
    "or",
    "order",
    "outer",
    "overlaps",
    "placing",
    "primary",
    "references",
    "right",
    "select",
    "session_user",
    "set",
    "similar",
    "some",
    "symmetric",
    "table",
    "then",
    "to",
    "trailing",
    "true",
    "union",
    "unique",
    "user",
    "using",
    "verbose",
    "when",
    "where",
];

/// SQLite's reserved words beyond the generic list.
const SQLITE_EXTRA: &[&str] = &[
    "add",
    "after",
    "alter",
    "attach",
    "autoincrement",
    "before",
    "begin",
    "by",
    "cascade",
    "commit",
    "conflict",
    "database",
    "deferred",
    "delete",
    "detach",
    "drop",
    "each",
    "escape",
    "exclusive",
    "exists",
    "explain",
    "fail",
    "glob",
    "if",
    "ignore",
    "immediate",
    "index",
    "indexed",
    "insert",
    "instead",
    "key",
    "match",
    "of",
    "plan",
    "pragma",
    "query",
    "raise",
    "reindex",
    "rename",
    "replace",
    "restrict",
    "rollback",
    "row",
    "temp",
    "temporary",
    "transaction",
    "trigger",
    "update",
    "vacuum",
    "values",
    "view",
    "virtual",
];

/// Generic reserved words SQLite does not reserve.
const SQLITE_NOT: &[&str] = &[
    "analyse",
    "any",
    "array",
    "asymmetric",
    "authorization",
    "binary",
    "both",
    "current_role",
    "current_user",
    "do",
    "freeze",
    "grant",
    "ilike",
    "leading",
    "localtime",
    "localtimestamp",
    "new",
    "off",
    "old",
    "only",
    "overlaps",
    "placing",
    "session_user",
    "similar",
    "some",
    "symmetric",
    "trailing",
    "user",
    "verbose",
];

fn is_reserved(dialect: Dialect, lc: &str) -> bool {
    match dialect {
        Dialect::Sqlite => (RESERVED.contains(&lc) && !SQLITE_NOT.contains(&lc)) || SQLITE_EXTRA.contains(&lc),
        _ => RESERVED.contains(&lc),
    }
}

fn legal(value: &str) -> bool {
    !value.is_empty() && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

/// `_requires_quotes`.
pub fn requires_quotes(dialect: Dialect, value: &str) -> bool {
    let Some(first) = value.chars().next() else { return true };
    let lc = value.to_lowercase();
    is_reserved(dialect, &lc) || first.is_ascii_digit() || first == '$' || !legal(value) || lc != value
}

/// `_requires_quotes_illegal_chars` (function names: case does not matter).
pub fn requires_quotes_illegal_chars(value: &str) -> bool {
    !legal(value)
}

/// The dialect's quote character.
fn quote_char(dialect: Dialect) -> char {
    match dialect {
        Dialect::Mysql => '`',
        _ => '"',
    }
}

/// An identifier quoted if it needs to be.
pub fn quote(dialect: Dialect, value: &str) -> String {
    if requires_quotes(dialect, value) { force_quote(dialect, value) } else { value.to_string() }
}

/// An identifier always quoted (`PRAGMA main.table_info("t")`).
pub fn force_quote(dialect: Dialect, value: &str) -> String {
    let q = quote_char(dialect);
    let escaped = value.replace(q, &format!("{q}{q}"));
    format!("{q}{escaped}{q}")
}
