//! The `REGEXP` operator: SQLite parses `x REGEXP y` as a call of a function `regexp(y, x)` it does
//! not define itself. SQLAlchemy's pysqlite dialect defines it on every connection (for
//! `column.regexp_match(pattern)`) as `re.search(pattern, value) is not None`, NULL for a NULL value;
//! a bad pattern fails the statement the way any Python function called by SQLite does
//! ("user-defined function raised exception").
//!
//! Python's pattern syntax is run by `fancy-regex` (the engine behind the evaluator's `re`), with
//! the same backtracking cap, and each connection keeps the few patterns it compiled.

use fancy_regex::{Regex, RegexBuilder};
use rusqlite::functions::{Context, FunctionFlags};
use rusqlite::types::ValueRef;
use rusqlite::{Connection, Error, Result};
use std::cell::RefCell;
use std::collections::HashMap;

/// Compiled patterns a connection keeps (a statement calls the function once per row).
const CACHED_PATTERNS: usize = 32;

/// pysqlite's message for an exception raised inside a user-defined function.
const RAISED: &str = "user-defined function raised exception";

/// Registers `regexp(pattern, value)` on `conn`.
pub fn install(conn: &Connection) -> Result<()> {
    let cache: RefCell<HashMap<String, Regex>> = RefCell::new(HashMap::new());
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    conn.create_scalar_function("regexp", 2, flags, move |ctx: &mut Context<'_>| -> Result<Option<bool>> {
        let value = match ctx.get_raw(1) {
            ValueRef::Null => return Ok(None),
            ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
            // `re.search` on a number or bytes raises TypeError: the call fails.
            _ => return Err(raised()),
        };
        let ValueRef::Text(pattern) = ctx.get_raw(0) else { return Err(raised()) };
        let pattern = String::from_utf8_lossy(pattern).into_owned();
        let mut cache = cache.borrow_mut();
        if !cache.contains_key(&pattern) {
            let regex = RegexBuilder::new(&pattern).backtrack_limit(1_000_000).build().map_err(|_| raised())?;
            if cache.len() >= CACHED_PATTERNS {
                cache.clear();
            }
            cache.insert(pattern.clone(), regex);
        }
        let regex = cache.get(&pattern).ok_or_else(raised)?;
        regex.is_match(&value).map(Some).map_err(|_| raised())
    })
}

fn raised() -> Error {
    Error::UserFunctionError(RAISED.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(conn: &Connection, sql: &str) -> Result<Option<bool>> {
        conn.query_row(sql, [], |r| r.get::<_, Option<bool>>(0))
    }

    #[test]
    fn regexp_searches_like_python_re() {
        let conn = Connection::open_in_memory().expect("open");
        install(&conn).expect("install");
        assert_eq!(query(&conn, "SELECT 'sandy' REGEXP '^s.*y$'").ok(), Some(Some(true)));
        assert_eq!(query(&conn, "SELECT 'spongebob' REGEXP 'y$'").ok(), Some(Some(false)));
        // A search, not a full match; NULL stays NULL.
        assert_eq!(query(&conn, "SELECT 'patrick star' REGEXP 'ck\\s'").ok(), Some(Some(true)));
        assert_eq!(query(&conn, "SELECT NULL REGEXP 'a'").ok(), Some(None));
        let bad = query(&conn, "SELECT 'a' REGEXP '('").map_err(|e| e.to_string());
        assert!(bad.is_err_and(|e| e.contains(RAISED)));
    }
}
