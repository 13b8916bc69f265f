//! What `after_flush` listeners see. SQLAlchemy runs them before it moves the flushed objects to
//! their new states (`finalize_flush_changes`): `session.new` still holds the objects just inserted,
//! `session.dirty` the ones just updated and `session.deleted` the ones just deleted. ormplay moves
//! objects as it writes their rows, so the flush takes this view of the session before its first
//! statement and `session.new` / `.dirty` / `.deleted` answer from it while the listeners run.

use crate::eval::value::Instance;
use crate::eval::{Interp, PyResult};
use crate::orm::Orm;
use crate::orm::session::{FlushView, SessionData};
use crate::orm::state::{Status, existing_state};
use std::rc::Rc;

impl Orm {
    /// What `after_flush` listeners see as the session's new, dirty and deleted objects: `dirty`
    /// as `session.dirty` has it, every persistent object with an attribute set; `deleted` only the
    /// objects deleted before the flush began (`requested`), not the orphans it found.
    #[inline(never)] // its own function: no giant run-once caller for V8 to optimise (issue 15, index.html)
    pub(super) fn flush_view(
        &self,
        session: &SessionData,
        changed: &[Rc<Instance>],
        pending: &[Rc<Instance>],
        to_delete: &[Rc<Instance>],
        requested: &[Rc<Instance>],
    ) -> FlushView {
        let persistent = |inst: &&Rc<Instance>| {
            existing_state(inst).is_some_and(|s| s.borrow().status == Status::Persistent)
                && session.identity_position(inst).is_some()
        };
        let dirty = changed.iter().filter(persistent).cloned().collect();
        let deleted = to_delete.iter().filter(|i| requested.iter().any(|r| Rc::ptr_eq(r, i))).cloned().collect();
        FlushView { new: pending.to_vec(), dirty, deleted }
    }

    /// The `after_flush` listeners, with `session.new` / `.dirty` / `.deleted` answering from `view`.
    pub(super) fn fire_after_flush(
        &self,
        interp: &mut Interp,
        session: &SessionData,
        view: Option<FlushView>,
    ) -> PyResult<()> {
        let context = crate::orm::events::flush_context(interp);
        *session.flush_view.borrow_mut() = view;
        let fired = self.fire_session(interp, "after_flush", session, vec![context]);
        session.flush_view.borrow_mut().take();
        fired
    }
}
