//! The run timeline: what each statement of a run did, as plain serialisable data.
//!
//! A [`Trace`] is a list of [`Step`]s. A step is one executed top-level statement of the script (or of
//! the models, when it emitted SQL or printed), or one iteration of a top-level loop that emitted SQL
//! or printed. Each step carries its source span, the SQL entries and printed output in emission order
//! (the way a terminal shows `echo=True`), its flush / commit / rollback [`Marker`]s, the rows it
//! inserted, changed and deleted ([`TableDiff`]), each deletion or nulled foreign key labelled with its
//! ORM [`Cause`], and the sessions' object states after it ([`SessionsView`]).
//!
//! Recording is the [`recorder::Recorder`]'s job: it watches statements through the evaluator's
//! [`crate::eval::StatementTracer`] hook, reads the SQL log and the databases at step boundaries, and
//! reads the causes the ORM's flush notes in a [`CauseLog`]. It never runs user code, so a traced run
//! gives the same results as an untraced one. The number of steps kept is capped ([`MAX_STEPS`]).

pub mod cause;
pub mod diff;
pub mod objects;
pub mod recorder;
pub mod replay;
pub mod summary;

pub use cause::{Cause, CauseLog, CauseNote, ObjectRef, RelRef};
pub use diff::{CellChange, ChangedRow, DeletedRow, InsertedRow, TableDiff};
pub use objects::{AttrStatus, AttrView, ObjectState, ObjectView, SessionView, SessionsView};

use crate::orm::LogEntry;
use crate::source::{FileId, Span};
use serde::{Deserialize, Serialize};

/// How many steps a trace keeps; later steps are counted but not recorded (memory stays bounded for
/// long loops, and the page says the timeline was cut).
pub const MAX_STEPS: usize = 300;

/// The timeline of one run.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Trace {
    pub steps: Vec<Step>,
    /// Steps executed in all (more than `steps.len()` when capped).
    pub total_steps: usize,
    /// The run had more steps than [`MAX_STEPS`]: only the first ones are kept.
    pub capped: bool,
}

/// One statement (or loop iteration) of the run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub file: FileId,
    /// The top-level statement's span (for an iteration: the loop's).
    pub span: Span,
    /// 1-based line of the statement's start.
    pub line: u32,
    /// 1-based iteration number when the step is one iteration of a loop.
    #[serde(default)]
    pub iteration: Option<u32>,
    /// SQL and printed output, in the order they were emitted.
    pub entries: Vec<Entry>,
    pub markers: Vec<Marker>,
    /// Tables whose rows (or existence) changed during the step.
    pub diffs: Vec<TableDiff>,
    /// The sessions and the objects they know, after the step.
    pub objects: SessionsView,
    /// The step raised the run's uncaught exception (its class and message).
    #[serde(default)]
    pub error: Option<String>,
}

/// One line of a step's echo-style log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Entry {
    /// A SQL log entry (a statement, or BEGIN / COMMIT / ROLLBACK).
    Sql(LogEntry),
    /// Text the program printed.
    Output { text: String },
}

/// A unit-of-work or transaction event within a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Marker {
    Flush,
    Commit,
    Rollback,
}

impl Step {
    /// The SQL entries of the step, in order.
    pub fn sql(&self) -> impl Iterator<Item = &LogEntry> {
        self.entries.iter().filter_map(|e| match e {
            Entry::Sql(entry) => Some(entry),
            Entry::Output { .. } => None,
        })
    }

    /// The relationships whose rules deleted or nulled rows in this step, each once, in order.
    pub fn causing_relationships(&self) -> Vec<&RelRef> {
        let mut found: Vec<&RelRef> = Vec::new();
        let deleted = self.diffs.iter().flat_map(|d| d.deleted.iter().filter_map(|r| r.cause.as_ref()));
        let changed = self.diffs.iter().flat_map(|d| d.changed.iter().filter_map(|r| r.cause.as_ref()));
        for rel in deleted.chain(changed).filter_map(Cause::relationship) {
            if !found.contains(&rel) {
                found.push(rel);
            }
        }
        found
    }

    /// The models.py lines of the `relationship()` calls behind this step's changes (both sides of
    /// each edge of `diagram` they belong to), so the diagram can light those edges up.
    pub fn relationship_lines(&self, diagram: &crate::diagram::DiagramModel) -> Vec<u32> {
        let class_of = |table: &str| diagram.entities.iter().find(|e| e.table == table)?.class_name.as_deref();
        let mut lines = Vec::new();
        for rel in self.causing_relationships() {
            for edge in &diagram.edges {
                let from = class_of(&edge.from_table) == Some(rel.class.as_str())
                    && edge.from_attr.as_deref() == Some(rel.key.as_str());
                let to = class_of(&edge.to_table) == Some(rel.class.as_str())
                    && edge.to_attr.as_deref() == Some(rel.key.as_str());
                if from || to {
                    lines.extend(edge.from_line.into_iter().chain(edge.to_line));
                }
            }
        }
        lines.sort_unstable();
        lines.dedup();
        lines
    }

    /// What the step printed.
    pub fn output(&self) -> String {
        self.entries
            .iter()
            .filter_map(|e| match e {
                Entry::Output { text } => Some(text.as_str()),
                Entry::Sql(_) => None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests;
