//! Why a row went away or lost its foreign key, in the ORM's terms.
//!
//! The unit of work knows why it emits each DELETE and each UPDATE that nulls a foreign key: the
//! object was passed to `session.delete()`, the delete cascade reached it, it became an orphan, its
//! parent was deleted without a delete cascade, a many-to-one was set to None, an item left a
//! collection, or a many-to-many pair was removed. When a run is traced, the ORM notes each decision in
//! the run's [`CauseLog`] as a [`CauseNote`] naming the row (table and key columns); the recorder labels
//! the matching deleted or changed row of the table diff with it.

use crate::db::Cell;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;

/// A mapped object as the timeline names it: `Parent #1`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObjectRef {
    pub class: String,
    /// The primary key as text (`1`, `1, 'a'`).
    pub key: String,
}

/// A relationship attribute: `Parent.children`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelRef {
    pub class: String,
    pub key: String,
}

impl std::fmt::Display for ObjectRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} #{}", self.class, self.key)
    }
}

impl std::fmt::Display for RelRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.class, self.key)
    }
}

/// Why the unit of work deleted a row or set its foreign key to NULL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cause {
    /// `session.delete(obj)`.
    Deleted { object: ObjectRef },
    /// Removed from a collection (or replaced in a scalar) with `delete-orphan`.
    DeleteOrphan { relationship: RelRef },
    /// Reached by the delete cascade of a deleted parent.
    CascadeDelete { parent: ObjectRef, relationship: RelRef },
    /// A many-to-one set to None (or to nothing): its foreign key is nulled.
    ReferenceCleared { relationship: RelRef },
    /// Removed from a one-to-many collection (or replaced in a one-to-one) without `delete-orphan`.
    RemovedFromCollection { relationship: RelRef },
    /// The parent was deleted and the relationship has no delete cascade: the foreign key is nulled.
    ParentDeleted { parent: ObjectRef, relationship: RelRef },
    /// A many-to-many pair removed: its secondary row is deleted.
    SecondaryRemoved { relationship: RelRef },
    /// A deleted object's many-to-many rows go with it.
    SecondaryOfDeleted { object: ObjectRef, relationship: RelRef },
}

impl Cause {
    /// The label the timeline shows next to the row.
    pub fn label(&self) -> String {
        match self {
            Cause::Deleted { object } => format!("session.delete({object})"),
            Cause::DeleteOrphan { relationship } => format!("delete-orphan: removed from {relationship}"),
            Cause::CascadeDelete { parent, relationship } => {
                format!("cascade delete from {parent} (via {relationship})")
            }
            Cause::ReferenceCleared { relationship } => format!("{relationship} set to None: foreign key nulled"),
            Cause::RemovedFromCollection { relationship } => {
                format!("removed from {relationship}: foreign key nulled")
            }
            Cause::ParentDeleted { parent, relationship } => {
                format!("{parent} deleted, no delete cascade on {relationship}: foreign key nulled")
            }
            Cause::SecondaryRemoved { relationship } => format!("secondary row removed from {relationship}"),
            Cause::SecondaryOfDeleted { object, relationship } => {
                format!("{object} deleted: its {relationship} row removed")
            }
        }
    }

    /// The relationship whose rule caused the change (`None` for a plain `session.delete()`).
    pub fn relationship(&self) -> Option<&RelRef> {
        match self {
            Cause::Deleted { .. } => None,
            Cause::DeleteOrphan { relationship }
            | Cause::CascadeDelete { relationship, .. }
            | Cause::ReferenceCleared { relationship }
            | Cause::RemovedFromCollection { relationship }
            | Cause::ParentDeleted { relationship, .. }
            | Cause::SecondaryRemoved { relationship }
            | Cause::SecondaryOfDeleted { relationship, .. } => Some(relationship),
        }
    }

    /// Whether the cause removes the row (rather than nulling a foreign key in it).
    pub fn deletes(&self) -> bool {
        matches!(
            self,
            Cause::Deleted { .. }
                | Cause::DeleteOrphan { .. }
                | Cause::CascadeDelete { .. }
                | Cause::SecondaryRemoved { .. }
                | Cause::SecondaryOfDeleted { .. }
        )
    }
}

/// A cause with the row it applies to: the rows of `table` whose `key` columns hold these values.
#[derive(Debug, Clone, PartialEq)]
pub struct CauseNote {
    pub table: String,
    /// (column name, value) pairs that pick out the row(s).
    pub key: Vec<(String, Cell)>,
    pub cause: Cause,
}

impl CauseNote {
    /// Whether the row `cells` (with `columns`) of `table` is the one this note names.
    pub fn matches(&self, table: &str, columns: &[String], cells: &[Cell]) -> bool {
        self.table == table
            && self.key.iter().all(|(column, value)| {
                columns.iter().position(|c| c == column).and_then(|i| cells.get(i)).is_some_and(|c| c == value)
            })
    }
}

/// How many notes wait for their row at most (older ones are dropped first).
const MAX_NOTES: usize = 10_000;

/// The causes the ORM noted and the recorder has not yet matched to a row. Attached to the interpreter
/// as an extension only when the run is traced, so an untraced run notes nothing.
#[derive(Default)]
pub struct CauseLog {
    notes: RefCell<Vec<CauseNote>>,
}

impl CauseLog {
    pub fn note(&self, note: CauseNote) {
        let mut notes = self.notes.borrow_mut();
        if notes.len() >= MAX_NOTES {
            notes.remove(0);
        }
        notes.push(note);
    }

    /// The latest note for this row whose cause deletes (`deleted`) or nulls (`!deleted`). A note names
    /// one row and labels the change it caused once (it is removed), except a deleted object's secondary
    /// rows, which are several.
    pub fn take(&self, table: &str, columns: &[String], cells: &[Cell], deleted: bool) -> Option<Cause> {
        let mut notes = self.notes.borrow_mut();
        let index = notes.iter().rposition(|n| n.cause.deletes() == deleted && n.matches(table, columns, cells))?;
        if matches!(notes[index].cause, Cause::SecondaryOfDeleted { .. }) {
            return notes.get(index).map(|n| n.cause.clone());
        }
        Some(notes.remove(index).cause)
    }
}
