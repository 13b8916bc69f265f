//! Multi-column keys at flush: a composite primary key and `UniqueConstraint("a", "b")` sets, which
//! GlueSQL cannot declare, are checked before each INSERT/UPDATE so a duplicate raises IntegrityError
//! as SQLite's constraint would. Like SQLite's UNIQUE, a unique set with a NULL in it never clashes.

use super::Orm;
use super::engine::Engine;
use super::expr::quote;
use super::mapper::TableDef;
use crate::db::{Cell, Outcome};
use crate::eval::{Interp, PyResult};
use crate::orm::SaExc;

/// The column sets of `table` that must be unique together: the primary key when it has several
/// columns, then each multi-column unique constraint. `bool` is true for the primary key.
pub fn key_sets(table: &TableDef) -> Vec<(Vec<String>, bool)> {
    let mut sets = Vec::new();
    let pk: Vec<String> = table.primary_key().iter().map(|c| c.name.clone()).collect();
    if pk.len() > 1 {
        sets.push((pk, true));
    }
    for set in &table.unique_sets {
        if set.len() > 1 {
            sets.push((set.clone(), false));
        }
    }
    sets
}

impl Orm {
    /// Fails with IntegrityError if another row of `table` already has `row`'s values in one of its
    /// multi-column keys. `row` gives (column name, value) for the row being written; `own_key` is the
    /// (column name, value) primary key of the row being updated, which does not count as another row.
    pub fn check_key_sets(
        &self,
        interp: &Interp,
        engine: &Engine,
        table: &TableDef,
        row: &[(String, Cell)],
        own_key: Option<&[(String, Cell)]>,
    ) -> PyResult<()> {
        for (set, is_pk) in key_sets(table) {
            let mut params = Vec::new();
            let mut conditions = Vec::new();
            for name in &set {
                let value = row.iter().find(|(n, _)| n == name).map_or(Cell::Null, |(_, v)| v.clone());
                if value == Cell::Null {
                    conditions.clear();
                    break;
                }
                params.push(value);
                conditions.push(format!("{} = ${}", quote(name), params.len()));
            }
            if conditions.is_empty() {
                continue;
            }
            if let Some(own) = own_key {
                let mut same = Vec::new();
                for (name, value) in own {
                    params.push(value.clone());
                    same.push(format!("{} = ${}", quote(name), params.len()));
                }
                conditions.push(format!("NOT ({})", same.join(" AND ")));
            }
            let sql = format!("SELECT COUNT(*) FROM {} WHERE {}", quote(&table.name), conditions.join(" AND "));
            let taken = match engine.execute_quiet(&sql, &params) {
                Ok(Outcome::Rows { rows, .. }) => {
                    rows.first().and_then(|r| r.first()).is_some_and(|c| *c != Cell::Int(0))
                }
                _ => false,
            };
            if taken {
                let cols: Vec<String> = set.iter().map(|c| format!("{}.{c}", table.name)).collect();
                let what = if is_pk { "UNIQUE constraint failed (primary key)" } else { "UNIQUE constraint failed" };
                return Err(self.error(
                    interp,
                    SaExc::IntegrityError,
                    format!("(sqlite3.IntegrityError) {what}: {}", cols.join(", ")),
                ));
            }
        }
        Ok(())
    }
}
