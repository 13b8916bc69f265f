//! `session.new`, `.dirty`, `.deleted` and `.is_active`: what the session holds, as SQLAlchemy's
//! `IdentitySet`s. While `after_flush` listeners run they show the flush's starting view (SQLAlchemy
//! moves the flushed objects to their new states only after the event).

use super::*;
use crate::eval::value::Instance;
use crate::orm::session::FlushView;

/// The objects `pick` chooses from the flush's starting view, while a flush's listeners run.
fn while_flushing(s: &SessionData, pick: fn(&FlushView) -> &Vec<Rc<Instance>>) -> Option<Vec<Value>> {
    let view = s.flush_view.borrow();
    Some(pick(view.as_ref()?).iter().cloned().map(Value::Instance).collect())
}

pub fn session_dirty(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, _, _) = session_receiver(interp, args)?;
    if let Some(items) = while_flushing(&s, |v| &v.dirty) {
        return identity_set(interp, items);
    }
    // SQLAlchemy's `dirty` is every persistent object with an attribute set since its last flush,
    // whether or not the value differs (`is_modified()` tells that apart).
    let modified = s.in_identity_order(&s.modified.borrow());
    let mut dirty = Vec::new();
    for inst in modified {
        let Some(state) = crate::orm::state::existing_state(&inst) else { continue };
        if state.borrow().status == crate::orm::state::Status::Persistent && !s.deleted.borrow().has(&inst) {
            dirty.push(Value::Instance(inst));
        }
    }
    identity_set(interp, dirty)
}

pub fn session_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, _, _) = session_receiver(interp, args)?;
    if let Some(items) = while_flushing(&s, |v| &v.new) {
        return identity_set(interp, items);
    }
    let items: Vec<Value> = s.new.borrow().values().cloned().map(Value::Instance).collect();
    identity_set(interp, items)
}

/// SQLAlchemy's `IdentitySet` of `items` (what `session.new`, `.dirty` and `.deleted` are).
pub fn identity_set(interp: &mut Interp, items: Vec<Value>) -> PyResult<Value> {
    let util = interp.import_module("sqlalchemy.util")?;
    let class = interp.get_attr(&util, "IdentitySet")?;
    interp.call(&class, Args::positional(vec![Value::list(items)]))
}

pub fn session_deleted(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, _, _) = session_receiver(interp, args)?;
    if let Some(items) = while_flushing(&s, |v| &v.deleted) {
        return identity_set(interp, items);
    }
    let items: Vec<Value> = s
        .deleted
        .borrow()
        .values()
        .filter(|i| crate::orm::state::existing_state(i).is_some_and(|st| s.delete_pending(&st)))
        .cloned()
        .map(Value::Instance)
        .collect();
    identity_set(interp, items)
}

/// `session.is_active`: False between a failed flush and the `rollback()` it calls for (SQLAlchemy:
/// no transaction, or the current one is active).
pub fn session_is_active(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, _, _) = session_receiver(interp, args)?;
    let nested_ok = s.nested.borrow().last().is_none_or(|n| n.is_active());
    Ok(Value::Bool(!s.pending_rollback.get() && nested_ok))
}
