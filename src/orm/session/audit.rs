//! Debug builds' audits of the session's tracking sets: after a flush, no object outside
//! [`SessionData::modified`] (and the flushed ones) has history or changed columns; before a commit
//! expires [`SessionData::loaded`], every object outside it is fully expired already. Release builds
//! trust both sets and never look at the rest of the identity map.
//!
//! An audit visits the whole identity map, so running one at every flush and commit would make a
//! loop of `add(); commit()` in one session quadratic in debug builds (1000 commits: 7 s instead of
//! 0.3 s), which is what the yardsticks and tests run. Each audit is therefore paid for by the work
//! done since the last one ([`AuditBudget`]): while the identity map is small every flush and commit
//! is audited, and on a large map audits come once per `size / AUDIT_FLOOR` flushes, so a session's
//! audits cost at most a constant per flush plus the objects it flushed (amortized linear).

use super::SessionData;
use crate::eval::Interp;
use crate::eval::value::Instance;
use crate::orm::Orm;
use crate::orm::ordered::InstanceSet;
use crate::orm::state::existing_state;
use std::cell::Cell;
use std::rc::Rc;

/// Audit credit every flush or commit earns besides its own work: identity maps up to this size
/// are audited every time.
const AUDIT_FLOOR: usize = 64;

thread_local! {
    /// Objects visited by audits on this thread (what the test of the amortization counts).
    static AUDITED: Cell<u64> = const { Cell::new(0) };
}

/// How many objects audits have visited on this thread.
#[cfg(test)]
pub fn audited() -> u64 {
    AUDITED.with(Cell::get)
}

/// The credit each of a session's audits has earned since it last ran.
#[derive(Default, Debug)]
pub struct AuditBudget {
    modified: Cell<usize>,
    loaded: Cell<usize>,
}

/// Adds the credit of one flush or commit that handled `work` objects; whether an audit of `size`
/// objects is paid for (the credit then starts again from nothing).
fn earn(credit: &Cell<usize>, work: usize, size: usize) -> bool {
    let earned = credit.get().saturating_add(AUDIT_FLOOR).saturating_add(work);
    let due = earned >= size;
    credit.set(if due { 0 } else { earned });
    if due {
        AUDITED.with(|a| a.set(a.get().saturating_add(size as u64)));
    }
    due
}

impl Orm {
    /// Checks what [`SessionData::modified`] promises after a flush of `changed`: no object of the
    /// identity map has history, and none outside the flushed ones has changed columns.
    pub(crate) fn audit_modified(&self, interp: &mut Interp, session: &SessionData, changed: &[Rc<Instance>]) {
        if !cfg!(debug_assertions) || !earn(&session.audits.modified, changed.len(), session.identity.borrow().len()) {
            return;
        }
        let mut flushed = InstanceSet::new();
        for inst in changed {
            flushed.add(inst);
        }
        let noted = session.modified.borrow().clone();
        let objects: Vec<Rc<Instance>> = session.identity.borrow().values().cloned().collect();
        for inst in objects {
            if flushed.has(&inst) || noted.has(&inst) {
                continue;
            }
            let clean = existing_state(&inst).is_none_or(|s| s.borrow().history.is_empty())
                && !self.has_changed_scalar_columns(interp, &inst);
            debug_assert!(clean, "{} changed outside the session's modified set", inst.class.name);
        }
    }

    /// Checks what [`SessionData::loaded`] promises before a commit expires it: every object of the
    /// identity map outside it is fully expired already (expiring it again would change nothing).
    pub(crate) fn audit_loaded(&self, session: &SessionData) {
        let work = session.loaded.borrow().len();
        if !cfg!(debug_assertions) || !earn(&session.audits.loaded, work, session.identity.borrow().len()) {
            return;
        }
        let loaded = session.loaded.borrow();
        for instance in session.identity.borrow().values().filter(|i| !loaded.has(i)) {
            debug_assert!(self.fully_expired(instance), "{} left out of the session's loaded set", instance.class.name);
        }
    }
}
