//! INSERTs of objects with values the database computes — SQL-expression defaults
//! (`default=func.now()`, rendered inline) and server defaults — which SQLAlchemy reads back with
//! RETURNING, grouping the objects the way it groups the others (`persistence._emit_insert_statements`):
//! - one object: a plain `INSERT ... RETURNING` (the generated key first, then the defaults);
//! - several whose key SQLite generates: "insertmanyvalues" one row per batch, because SQLite cannot
//!   say which generated key belongs to which row of a multi-row INSERT (`1/N (ordered; batch not
//!   supported)`);
//! - several with every key given: one multi-row `VALUES (...), (...)` batch (`1/1 (ordered)`) that
//!   returns the defaults followed by the primary key columns, which is how SQLAlchemy matches the
//!   returned rows to the objects.

use super::sql_defaults::FlushValue;
use super::statements::{PreparedInsert, TableShape};
use super::*;
use crate::sql::{CacheStat, Compiled, StatementKind};

/// SQLAlchemy's `insertmanyvalues_page_size`: rows per multi-row batch.
const PAGE_SIZE: usize = 1000;

impl Orm {
    /// INSERTs `insts` (one group: same columns sent, same SQL defaults) and stores the values
    /// RETURNING gives back on each object.
    pub(super) fn insert_with_sql_defaults(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        table: &TableShape,
        insts: &[Rc<Instance>],
        prepared: &[PreparedInsert],
    ) -> PyResult<()> {
        let Some(first) = prepared.first() else { return Ok(()) };
        let batched = first.rowid_column.is_none() && (2..=PAGE_SIZE).contains(&prepared.len());
        let key_names: Vec<String> = if batched {
            table.columns.iter().filter(|c| c.primary_key).map(|c| c.name.clone()).collect()
        } else {
            Vec::new()
        };
        let mut text = None;
        let mut params = Vec::with_capacity(prepared.len());
        for p in prepared {
            let Some((sql, cells)) = defaults_insert(table, p, &key_names) else {
                return Err(interp.not_supported("this INSERT with SQL expression defaults"));
            };
            if text.as_ref().is_some_and(|t| *t != sql) {
                return Err(interp.not_supported("this INSERT with SQL expression defaults"));
            }
            text = Some(sql);
            params.push(cells);
        }
        let compiled = Compiled {
            text: text.unwrap_or_default(),
            params,
            kind: StatementKind::Insert,
            cache: CacheStat::Generated,
            columns: Vec::new(),
        };
        let phase = crate::orm::Phase::Flush;
        let done = if let ([inst], [p], [cells]) = (insts, prepared, compiled.params.as_slice()) {
            let done = self.execute_flush(interp, session, &compiled.text, cells)?;
            let row = done.rows.into_iter().next().unwrap_or_default();
            let mut p = p.clone();
            let rowid = read_back(interp, table, inst, &mut p, row, done.last_insert_rowid);
            return self.complete_insert(interp, session, table, inst, &p, rowid);
        } else if batched {
            let batch = crate::orm::core::orm_dml::bulk::multi_values(&compiled);
            self.run_insertmanyvalues(interp, &session.engine, &batch, phase, true, false)?
        } else {
            self.run_insertmanyvalues(interp, &session.engine, &compiled, phase, true, true)?
        };
        // One result per object, or one result whose rows are the objects' in order (a batch).
        let rows: Vec<(Vec<Cell>, i64)> = if batched {
            done.into_iter().flat_map(|d| d.rows.into_iter().map(move |r| (r, d.last_insert_rowid))).collect()
        } else {
            done.into_iter().map(|d| (d.rows.into_iter().next().unwrap_or_default(), d.last_insert_rowid)).collect()
        };
        for ((inst, p), (row, last_rowid)) in insts.iter().zip(prepared).zip(rows) {
            let mut p = p.clone();
            let rowid = read_back(interp, table, inst, &mut p, row, last_rowid);
            self.complete_insert(interp, session, table, inst, &p, rowid)?;
        }
        Ok(())
    }
}

/// `INSERT ... VALUES (?, upper(?)) RETURNING <read back>, <key_names>` for one object: the columns
/// [`PreparedInsert::returning`] reads back, then `key_names` (the primary key of a multi-row batch).
fn defaults_insert(table: &TableShape, prepared: &PreparedInsert, key_names: &[String]) -> Option<(String, Vec<Cell>)> {
    let mut values = Vec::new();
    for c in &table.columns {
        if let Some(i) = prepared.names.iter().position(|n| *n == c.name) {
            values.push((c.name.clone(), FlushValue::Cell(prepared.cells.get(i).cloned().unwrap_or(Cell::Null))));
        } else if let Some((_, _, e)) = prepared.sql_defaults.iter().find(|(_, n, _)| *n == c.name) {
            values.push((c.name.clone(), FlushValue::Sql(e.clone())));
        }
    }
    let mut returning: Vec<String> = prepared.returning(table).into_iter().map(|(_, n)| n).collect();
    returning.extend(key_names.iter().cloned());
    super::sql_defaults::insert_text(&table.registry, &table.name, &values, &returning)
}

/// Stores a RETURNING row's values on the object; the generated key (from the row when SQLite
/// made it, else the cursor's last rowid).
fn read_back(
    interp: &mut Interp,
    table: &TableShape,
    inst: &Rc<Instance>,
    prepared: &mut PreparedInsert,
    row: Vec<Cell>,
    last_rowid: i64,
) -> i64 {
    let returning = prepared.returning(table);
    prepared.take_returned(interp, table, inst, &returning, row).unwrap_or(last_rowid)
}
