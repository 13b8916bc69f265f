//! [`TableSnapshot`]s: every table of a database with its columns (and their declared types) and its
//! rows in rowid order — the live-tables pane, the run's result JSON and the run timeline read these.

use super::{Cell, Database, quote_ident};

/// A table's columns (in CREATE TABLE order) and all its rows.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TableSnapshot {
    pub name: String,
    pub columns: Vec<String>,
    /// Each column's declared type as written in CREATE TABLE (`VARCHAR(30)`, `BOOLEAN`, or empty), so
    /// values can be read back the way the declared type means them (`BOOLEAN` 1 is true).
    #[serde(default)]
    pub types: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// Names of the user's tables (SQLite's own `sqlite_*` tables left out), sorted.
pub(super) fn table_names(db: &mut Database) -> Vec<String> {
    let sql = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' \
               ORDER BY name";
    with_budget(db, |db| db.run(sql, &[]))
        .map(|e| {
            e.rows
                .into_iter()
                .filter_map(|row| match row.into_iter().next() {
                    Some(Cell::Text(name)) => Some(name),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default()
}

pub(super) fn all(db: &mut Database) -> Vec<TableSnapshot> {
    table_names(db).into_iter().map(|name| one(db, name)).collect()
}

/// A table's rows keyed by rowid, so that two snapshots can be compared row by row (the run timeline's
/// table diffs). A `WITHOUT ROWID` table keys its rows by position.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyedTable {
    pub name: String,
    pub columns: Vec<String>,
    pub rows: Vec<(i64, Vec<Cell>)>,
}

pub(super) fn keyed(db: &mut Database) -> Vec<KeyedTable> {
    table_names(db).into_iter().map(|name| keyed_one(db, name)).collect()
}

pub(super) fn keyed_one(db: &mut Database, name: String) -> KeyedTable {
    let quoted = quote_ident(&name);
    let by_rowid = with_budget(db, |db| db.run(&format!("SELECT rowid, * FROM {quoted} ORDER BY rowid"), &[]));
    let (columns, rows) = match by_rowid {
        Ok(e) => {
            let columns = e.columns.into_iter().skip(1).collect();
            let rows = e
                .rows
                .into_iter()
                .map(|mut row| {
                    let key = match row.first() {
                        Some(Cell::Integer(n)) => *n,
                        _ => 0,
                    };
                    row.remove(0);
                    (key, row)
                })
                .collect();
            (columns, rows)
        }
        Err(_) => match with_budget(db, |db| db.run(&format!("SELECT * FROM {quoted}"), &[])) {
            Ok(e) => (e.columns, e.rows.into_iter().enumerate().map(|(i, row)| (i as i64, row)).collect()),
            Err(_) => (Vec::new(), Vec::new()),
        },
    };
    KeyedTable { name, columns, rows }
}

fn one(db: &mut Database, name: String) -> TableSnapshot {
    // `table_xinfo` lists generated columns too (`GENERATED ALWAYS AS`), which `SELECT *` returns;
    // only a virtual table's hidden columns (hidden = 1) are left out, as `SELECT *` leaves them.
    let info = format!("PRAGMA main.table_xinfo({})", quote_ident(&name));
    let (columns, types) = match with_budget(db, |db| db.run(&info, &[])) {
        Ok(e) => e
            .rows
            .into_iter()
            .filter(|row| !matches!(row.get(6), Some(Cell::Integer(1))))
            .map(|row| {
                let text = |i: usize| match row.get(i) {
                    Some(Cell::Text(t)) => t.clone(),
                    _ => String::new(),
                };
                (text(1), text(2))
            })
            .unzip(),
        Err(_) => (Vec::new(), Vec::new()),
    };
    let quoted = quote_ident(&name);
    let rows = with_budget(db, |db| db.run(&format!("SELECT * FROM {quoted} ORDER BY rowid"), &[]))
        // A WITHOUT ROWID table has no rowid to order by: its primary key order is the natural one.
        .or_else(|_| with_budget(db, |db| db.run(&format!("SELECT * FROM {quoted}"), &[])))
        .map(|e| e.rows)
        .unwrap_or_default();
    TableSnapshot { name, columns, types, rows }
}

/// Reading tables for display is the page's own work, not the user's: it runs on an unlimited allowance
/// (whoever runs the user's next statement grants that one its own).
fn with_budget<T>(db: &mut Database, f: impl FnOnce(&mut Database) -> T) -> T {
    db.budget().grant(u64::MAX);
    f(db)
}
