//! The compact "what changed" line per commit that the end-state view shows above the tables:
//! `commit at line 19: −1 child (delete-orphan)`. Each summary adds up the steps since the previous
//! commit (so an explicit `flush()` before the commit counts), and leads into the timeline at the
//! commit's step.

use super::{Cause, Marker, Trace};
use crate::source::FileId;

/// What the rows went through between two commits.
#[derive(Debug, Clone, PartialEq)]
pub struct CommitSummary {
    /// The index of the committing step.
    pub step: usize,
    pub file: FileId,
    pub line: u32,
    pub parts: Vec<Part>,
}

/// One table's count of one kind of change, with the ORM's reason when there is one.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub table: String,
    pub kind: Change,
    pub count: usize,
    pub reason: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Inserted,
    Changed,
    Deleted,
}

impl Cause {
    /// The cause in a word or two, for summaries.
    pub fn short(&self) -> &'static str {
        match self {
            Cause::Deleted { .. } => "session.delete",
            Cause::DeleteOrphan { .. } => "delete-orphan",
            Cause::CascadeDelete { .. } => "cascade",
            Cause::ReferenceCleared { .. } | Cause::RemovedFromCollection { .. } | Cause::ParentDeleted { .. } => {
                "foreign key nulled"
            }
            Cause::SecondaryRemoved { .. } | Cause::SecondaryOfDeleted { .. } => "secondary row",
        }
    }
}

impl CommitSummary {
    /// `commit at line 19: −1 child (delete-orphan)`.
    pub fn text(&self) -> String {
        let where_ = match self.file {
            FileId::Script => format!("line {}", self.line),
            FileId::Models => format!("models line {}", self.line),
        };
        let parts: Vec<String> = self.parts.iter().map(Part::text).collect();
        if parts.is_empty() {
            return format!("commit at {where_}: no rows changed");
        }
        format!("commit at {where_}: {}", parts.join(", "))
    }
}

impl Part {
    pub fn text(&self) -> String {
        let sign = match self.kind {
            Change::Inserted => "+",
            Change::Changed => "~",
            Change::Deleted => "−",
        };
        match self.reason {
            Some(reason) => format!("{sign}{} {} ({reason})", self.count, self.table),
            None => format!("{sign}{} {}", self.count, self.table),
        }
    }
}

/// One summary per committing step that changed rows.
pub fn commits(trace: &Trace) -> Vec<CommitSummary> {
    let mut out = Vec::new();
    let mut parts: Vec<Part> = Vec::new();
    for (index, step) in trace.steps.iter().enumerate() {
        for d in &step.diffs {
            let rows = [
                (Change::Inserted, d.inserted.iter().map(|_| None).collect::<Vec<_>>()),
                (Change::Changed, d.changed.iter().map(|r| r.cause.as_ref().map(Cause::short)).collect()),
                (Change::Deleted, d.deleted.iter().map(|r| r.cause.as_ref().map(Cause::short)).collect()),
            ];
            for (kind, reasons) in rows {
                for reason in reasons {
                    match parts.iter_mut().find(|p| p.table == d.table && p.kind == kind && p.reason == reason) {
                        Some(p) => p.count += 1,
                        None => parts.push(Part { table: d.table.clone(), kind, count: 1, reason }),
                    }
                }
            }
        }
        if step.markers.contains(&Marker::Rollback) {
            parts.clear();
        }
        // A commit that changed no rows (create_all's DDL transaction, a commit with nothing pending)
        // says nothing about rows: it is left out of the summary (the timeline still marks it).
        if step.markers.contains(&Marker::Commit) && !parts.is_empty() {
            let parts = std::mem::take(&mut parts);
            out.push(CommitSummary { step: index, file: step.file, line: step.line, parts });
        }
    }
    out
}
