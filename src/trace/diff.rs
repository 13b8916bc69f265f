//! Table diffs: what one step did to the rows, found by comparing the tables (keyed by rowid) before
//! and after it. Comparing snapshots rather than listening to row events makes rollbacks, savepoints,
//! DDL and raw SQL come out right with no special case; the recorder only takes a snapshot after steps
//! that sent something other than a query, so the cost follows the writes.

use super::cause::{Cause, CauseLog};
use crate::db::{Cell, KeyedTable};
use serde::{Deserialize, Serialize};

/// What one step did to one table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableDiff {
    pub table: String,
    /// The table's columns after the step (before it, for a dropped table).
    pub columns: Vec<String>,
    /// The table was created during the step.
    #[serde(default)]
    pub created: bool,
    /// The table was dropped during the step.
    #[serde(default)]
    pub dropped: bool,
    pub inserted: Vec<InsertedRow>,
    pub changed: Vec<ChangedRow>,
    pub deleted: Vec<DeletedRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InsertedRow {
    pub rowid: i64,
    pub cells: Vec<Cell>,
}

/// A row whose cells changed; `cells` is the row after the step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChangedRow {
    pub rowid: i64,
    pub cells: Vec<Cell>,
    pub changes: Vec<CellChange>,
    /// Why a foreign key in it was set to NULL, when the ORM did it.
    #[serde(default)]
    pub cause: Option<Cause>,
    #[serde(default)]
    pub label: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CellChange {
    /// Index into the table's columns.
    pub column: usize,
    pub old: Cell,
    pub new: Cell,
}

/// A row that went away; `cells` is the row as it was.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeletedRow {
    pub rowid: i64,
    pub cells: Vec<Cell>,
    #[serde(default)]
    pub cause: Option<Cause>,
    #[serde(default)]
    pub label: Option<String>,
}

impl TableDiff {
    fn new(table: &str, columns: &[String]) -> TableDiff {
        TableDiff {
            table: table.to_string(),
            columns: columns.to_vec(),
            created: false,
            dropped: false,
            inserted: Vec::new(),
            changed: Vec::new(),
            deleted: Vec::new(),
        }
    }

    fn is_empty(&self) -> bool {
        !self.created && !self.dropped && self.inserted.is_empty() && self.changed.is_empty() && self.deleted.is_empty()
    }
}

/// The changes from `before` to `after` (both sorted by table name, rows by rowid), deleted and nulled
/// rows labelled from `causes`.
pub fn diff(before: &[KeyedTable], after: &[KeyedTable], causes: &CauseLog) -> Vec<TableDiff> {
    let mut out = Vec::new();
    for table in after {
        let diff = match before.iter().find(|t| t.name == table.name) {
            Some(old) => diff_table(old, table, causes),
            None => {
                let mut d = TableDiff::new(&table.name, &table.columns);
                d.created = true;
                d.inserted = table
                    .rows
                    .iter()
                    .map(|(rowid, cells)| InsertedRow { rowid: *rowid, cells: cells.clone() })
                    .collect();
                d
            }
        };
        if !diff.is_empty() {
            out.push(diff);
        }
    }
    for old in before.iter().filter(|t| !after.iter().any(|a| a.name == t.name)) {
        let mut d = TableDiff::new(&old.name, &old.columns);
        d.dropped = true;
        d.deleted =
            old.rows.iter().map(|(rowid, cells)| deleted_row(&old.name, &old.columns, *rowid, cells, causes)).collect();
        out.push(d);
    }
    out
}

/// Rows of one table matched by rowid (both lists are in rowid order).
fn diff_table(old: &KeyedTable, new: &KeyedTable, causes: &CauseLog) -> TableDiff {
    let mut d = TableDiff::new(&new.name, &new.columns);
    let same_shape = old.columns == new.columns;
    let (mut i, mut j) = (0, 0);
    while i < old.rows.len() || j < new.rows.len() {
        match (old.rows.get(i), new.rows.get(j)) {
            (Some((a, before)), Some((b, after))) if a == b => {
                if before != after {
                    d.changed.push(changed_row(&new.name, &new.columns, *b, before, after, same_shape, causes));
                }
                i += 1;
                j += 1;
            }
            (Some((a, before)), Some((b, _))) if a < b => {
                d.deleted.push(deleted_row(&old.name, &old.columns, *a, before, causes));
                i += 1;
            }
            (Some((a, before)), None) => {
                d.deleted.push(deleted_row(&old.name, &old.columns, *a, before, causes));
                i += 1;
            }
            (_, Some((b, after))) => {
                d.inserted.push(InsertedRow { rowid: *b, cells: after.clone() });
                j += 1;
            }
            (None, None) => break,
        }
    }
    d
}

fn deleted_row(table: &str, columns: &[String], rowid: i64, cells: &[Cell], causes: &CauseLog) -> DeletedRow {
    let cause = causes.take(table, columns, cells, true);
    let label = cause.as_ref().map(Cause::label);
    DeletedRow { rowid, cells: cells.to_vec(), cause, label }
}

fn changed_row(
    table: &str,
    columns: &[String],
    rowid: i64,
    before: &[Cell],
    after: &[Cell],
    same_shape: bool,
    causes: &CauseLog,
) -> ChangedRow {
    let changes: Vec<CellChange> = if same_shape {
        before
            .iter()
            .zip(after)
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .map(|(column, (a, b))| CellChange { column, old: a.clone(), new: b.clone() })
            .collect()
    } else {
        Vec::new()
    };
    // Only a foreign key set to NULL has an ORM cause to show; the key columns still hold their values.
    let nulled = changes.iter().any(|c| c.new == Cell::Null);
    let cause = if nulled { causes.take(table, columns, before, false) } else { None };
    let label = cause.as_ref().map(Cause::label);
    ChangedRow { rowid, cells: after.to_vec(), changes, cause, label }
}
