//! The tables as they stood after a given step, rebuilt from the steps' diffs, with that step's own
//! changes marked: inserted rows, changed cells, and deleted rows kept as ghosts with their cause. What
//! the page's timeline draws; plain data, so it is tested natively.

use super::{TableDiff, Trace};
use crate::db::Cell;

/// One table at a step.
#[derive(Debug, Clone, PartialEq)]
pub struct StepTable {
    pub name: String,
    pub columns: Vec<String>,
    pub rows: Vec<StepRow>,
    /// Dropped during the step (its rows are all ghosts).
    pub dropped: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StepRow {
    pub rowid: i64,
    pub cells: Vec<Cell>,
    pub mark: RowMark,
    /// Indices of the cells the step changed, with their previous values.
    pub changed: Vec<(usize, Cell)>,
    /// The ORM's reason for a deletion or a nulled foreign key.
    pub label: Option<String>,
}

/// What the step did to a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowMark {
    Unchanged,
    Inserted,
    Changed,
    /// Gone after the step: shown struck through, this step only.
    Deleted,
}

/// The tables after step `step` (0-based), with that step's changes marked.
pub fn tables_at(trace: &Trace, step: usize) -> Vec<StepTable> {
    let mut tables: Vec<StepTable> = Vec::new();
    for s in trace.steps.iter().take(step.saturating_add(1)) {
        // The previous step's ghosts, dropped tables and marks go.
        tables.retain(|t| !t.dropped);
        for t in &mut tables {
            t.rows.retain(|r| r.mark != RowMark::Deleted);
            for r in &mut t.rows {
                r.mark = RowMark::Unchanged;
                r.changed.clear();
                r.label = None;
            }
        }
        for d in &s.diffs {
            apply(&mut tables, d);
        }
    }
    tables
}

fn apply(tables: &mut Vec<StepTable>, d: &TableDiff) {
    if d.created || !tables.iter().any(|t| t.name == d.table) {
        tables.retain(|t| t.name != d.table);
        let table = StepTable { name: d.table.clone(), columns: d.columns.clone(), rows: Vec::new(), dropped: false };
        tables.push(table);
    }
    let Some(table) = tables.iter_mut().find(|t| t.name == d.table) else { return };
    table.columns = d.columns.clone();
    table.dropped = d.dropped;
    for row in &d.changed {
        if let Some(r) = table.rows.iter_mut().find(|r| r.rowid == row.rowid) {
            r.cells = row.cells.clone();
            r.mark = RowMark::Changed;
            r.changed = row.changes.iter().map(|c| (c.column, c.old.clone())).collect();
            r.label = row.label.clone();
        }
    }
    for row in &d.deleted {
        if let Some(r) = table.rows.iter_mut().find(|r| r.rowid == row.rowid) {
            r.mark = RowMark::Deleted;
            r.label = row.label.clone();
        }
    }
    for row in &d.inserted {
        let position = table.rows.iter().position(|r| r.rowid > row.rowid).unwrap_or(table.rows.len());
        let inserted = StepRow {
            rowid: row.rowid,
            cells: row.cells.clone(),
            mark: RowMark::Inserted,
            changed: Vec::new(),
            label: None,
        };
        table.rows.insert(position, inserted);
    }
}
