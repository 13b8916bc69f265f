//! Noting why the unit of work deletes a row or nulls a foreign key, for the run timeline
//! ([`crate::trace::Cause`]). Each function is one line at the place the flush decides; the note is
//! built only when the run is traced.

use super::*;
use crate::orm::mapper::Secondary;
use crate::orm::trace_view::{note, object_ref, rel_ref, row_note};
use crate::trace::{Cause, CauseNote};

/// `inst`'s row is deleted (or its foreign key nulled) because of `cause`.
pub(crate) fn note_row(interp: &Interp, inst: &Rc<Instance>, cause: impl FnOnce() -> Cause) {
    note(interp, || row_note(inst, cause()));
}

/// `child` goes because relationship `key` of `parent` cascades the delete, or it became an orphan
/// there, or `parent` was deleted without a delete cascade.
pub(super) fn note_parent(interp: &Interp, child: &Rc<Instance>, parent: &Rc<Instance>, key: &str, how: How) {
    note_row(interp, child, || {
        let relationship = rel_ref(parent, key);
        match how {
            How::Cascade => Cause::CascadeDelete { parent: object_ref(parent), relationship },
            How::Orphan => Cause::DeleteOrphan { relationship },
            How::ParentDeleted => Cause::ParentDeleted { parent: object_ref(parent), relationship },
            How::Removed => Cause::RemovedFromCollection { relationship },
        }
    });
}

/// The ways a parent decides about a child's row.
#[derive(Clone, Copy)]
pub(super) enum How {
    Cascade,
    Orphan,
    ParentDeleted,
    Removed,
}

/// The secondary row pairing `owner` and `other` (or, without `other`, every row of `owner`) is
/// deleted through relationship `key` of `owner`.
pub(super) fn note_secondary(
    interp: &Interp,
    sec: &Secondary,
    owner: &Rc<Instance>,
    other: Option<&Rc<Instance>>,
    key: &str,
) {
    note(interp, || {
        let mut cells: Vec<(String, Cell)> =
            sec.local.iter().map(|(a, c)| (a.clone(), column_value(interp, owner, c))).collect();
        let cause = match other {
            Some(other) => {
                cells.extend(sec.remote.iter().map(|(a, c)| (a.clone(), column_value(interp, other, c))));
                Cause::SecondaryRemoved { relationship: rel_ref(owner, key) }
            }
            None => Cause::SecondaryOfDeleted { object: object_ref(owner), relationship: rel_ref(owner, key) },
        };
        Some(CauseNote { table: sec.table.clone(), key: cells, cause })
    });
}
