//! Back-population: a change on one side of a relationship with a `back_populates` / `backref`
//! partner made on the other side too, as SQLAlchemy's backref listeners make it — each reverse
//! change is an attribute event of its own (`append`, `remove`, `set` listeners and `@validates`
//! methods see it), recorded for the flush but never cascaded.

use crate::eval::value::{Instance, Value};
use crate::eval::{Interp, PyResult};
use crate::ir::Name;
use crate::orm::Orm;
use crate::orm::collection::{collection_count, new_collection};
use crate::orm::declarative::mapped;
use crate::orm::state::{Status, existing_state, state_of};
use std::rc::Rc;

impl Orm {
    /// An item a bulk replace of `owner.key` left out. Its backref's `set` to None comes from the
    /// bulk replace, not from a removal, so SQLAlchemy's backref handler removes the item from
    /// `owner.key` once more: the `remove` listeners see it a second time (the item is gone already).
    pub(super) fn remove_replaced(
        &self,
        interp: &mut Interp,
        owner: &Rc<Instance>,
        key: &str,
        item: &Value,
    ) -> PyResult<()> {
        let Some(info) = mapped(&owner.class) else { return Ok(()) };
        let Some(resolved) = self.resolved(&info, key) else { return Ok(()) };
        self.record(owner, key, item, false);
        if let (Some(reverse), Value::Instance(target)) = (&resolved.reverse, item) {
            self.backref_remove(interp, target, reverse, owner, Some(key))?;
        }
        Ok(())
    }

    /// Adds `other` to `target.reverse` without cascading (the reverse side of a change).
    pub(super) fn backref_add(
        &self,
        interp: &mut Interp,
        target: &Rc<Instance>,
        reverse: &str,
        other: &Rc<Instance>,
    ) -> PyResult<()> {
        let Some(info) = mapped(&target.class) else { return Ok(()) };
        let Some(resolved) = self.resolved(&info, reverse) else { return Ok(()) };
        let other_value = Value::Instance(other.clone());
        // The attribute of `other` whose change this passes on: the events' initiator.
        let origin = resolved.reverse.as_deref().unwrap_or(reverse);
        state_of(target, &info.registry, info.mapper);
        // A write-only or dynamic collection is never loaded: the change is only recorded.
        if crate::orm::writer::writer_kind(&info, reverse).is_some() {
            self.record(target, reverse, &other_value, true);
            return Ok(());
        }
        if resolved.uselist {
            let loaded = target.dict.borrow().get(reverse).cloned();
            let collection = match loaded {
                Some(c) => c,
                None => {
                    let persistent = existing_state(target).is_some_and(|s| s.borrow().status == Status::Persistent);
                    if persistent {
                        // Not loaded (SQLAlchemy's `PASSIVE_NO_RESULT` append): the `append` event
                        // still fires, and the change reaches the database through the history.
                        self.fire_attribute(
                            interp,
                            "append",
                            target,
                            reverse,
                            other_value.clone(),
                            None,
                            Some(origin),
                        )?;
                        self.record(target, reverse, &other_value, true);
                        return Ok(());
                    }
                    let c = new_collection(interp, target, reverse, Vec::new());
                    target.dict.borrow_mut().insert(Name::from(reverse), c.clone());
                    c
                }
            };
            // Already there (a repeated append on the other side): nothing changes on this side.
            if collection_count(&collection, &other_value).is_some_and(|n| n > 0) {
                return Ok(());
            }
            // A keyed dictionary keys the item now (`KeyFuncDict.set`): an unpopulated key attribute
            // raises, naming the attribute whose change this is (`B.a`).
            let label = format!("{}.{}", other.class.name, resolved.reverse.as_deref().unwrap_or(reverse));
            let key = crate::orm::collection::backref_key(interp, &collection, &other_value, &label)?;
            if matches!(key, Some(None)) {
                return Ok(());
            }
            // The backref's append is an event of its own: `append` listeners and `@validates`
            // methods (unless declared with `include_backrefs=False`) see it.
            self.fire_attribute(interp, "append", target, reverse, other_value.clone(), None, Some(origin))?;
            crate::orm::collection::push_quiet(&collection, other_value.clone());
            if let Some(Some(key)) = key {
                crate::orm::collection::set_item_key(&collection, &other_value, key);
            }
            self.record(target, reverse, &other_value, true);
        } else {
            // With active history (a one-to-one from the one-to-many side, `single_parent`, ...) the
            // old value of a persistent object is loaded first, even for a backref's set:
            // SQLAlchemy's `set` ignores the backref's `PASSIVE_NO_FETCH` then, so a replaced
            // delete-orphan child is known and deleted.
            let persistent = existing_state(target).is_some_and(|s| s.borrow().status == Status::Persistent);
            if persistent
                && !target.dict.borrow().contains_key(reverse)
                && self.active_history(target, &info, reverse, &resolved)
            {
                interp.get_attr(&Value::Instance(target.clone()), reverse)?;
            }
            // The listeners' old value comes first: with active history it loads the value.
            let event_old = match self.listening("set") {
                true => Some(self.scalar_old_value(interp, target, &info, reverse, &resolved)?),
                false => None,
            };
            let old = self.backref_old(target, &info, reverse, &resolved);
            if old.is(&other_value) {
                return Ok(());
            }
            let event_old = event_old.unwrap_or_else(|| old.clone());
            self.fire_attribute(interp, "set", target, reverse, other_value.clone(), Some(event_old), Some(origin))?;
            target.dict.borrow_mut().insert(Name::from(reverse), other_value.clone());
            self.record(target, reverse, &old, false);
            self.record(target, reverse, &other_value, true);
            // One-to-one: the object previously there loses its link back to `target`.
            if let (Value::Instance(old_inst), Some(back)) = (&old, resolved.reverse.as_deref()) {
                self.backref_remove(interp, old_inst, back, target, None)?;
            }
        }
        Ok(())
    }

    /// The value a backref replaces on scalar `target.reverse`, found as SQLAlchemy's
    /// `PASSIVE_NO_FETCH` get finds it: the loaded value, else (many-to-one) the identity map's
    /// object for the foreign key, never SQL.
    fn backref_old(
        &self,
        target: &Rc<Instance>,
        info: &crate::orm::mapper::MappedClass,
        reverse: &str,
        resolved: &crate::orm::mapper::Resolved,
    ) -> Value {
        if let Some(v) = target.dict.borrow().get(reverse) {
            return v.clone();
        }
        if resolved.direction != crate::orm::mapper::Direction::ManyToOne {
            return Value::None;
        }
        self.identity_lookup_m2o(target, info, resolved).unwrap_or(Value::None)
    }

    /// Takes `other` out of `target.reverse` (the reverse side of a removal): the change is an
    /// event of its own, as SQLAlchemy's backref `pop` makes it — a collection's `remove` listeners
    /// run (whether or not the collection is loaded), a scalar's `set` listeners see None replace
    /// `other`. `bulk_key`: the removal came from a bulk replace of `other.bulk_key` (see
    /// [`Self::remove_replaced`]).
    pub(super) fn backref_remove(
        &self,
        interp: &mut Interp,
        target: &Rc<Instance>,
        reverse: &str,
        other: &Rc<Instance>,
        bulk_key: Option<&str>,
    ) -> PyResult<()> {
        let Some(info) = mapped(&target.class) else { return Ok(()) };
        let Some(resolved) = self.resolved(&info, reverse) else { return Ok(()) };
        let other_value = Value::Instance(other.clone());
        let origin = resolved.reverse.as_deref().unwrap_or(reverse);
        let loaded = target.dict.borrow().get(reverse).cloned();
        if resolved.uselist {
            self.fire_attribute(interp, "remove", target, reverse, other_value.clone(), None, Some(origin))?;
            if let Some(collection) = loaded {
                crate::orm::collection::remove_quiet(&collection, &other_value);
            }
            self.record(target, reverse, &other_value, false);
        } else {
            // SQLAlchemy's `pop(..., passive=PASSIVE_NO_FETCH)`: a loaded value that is another
            // object stays; otherwise (this object, or not loaded: the identity map's object, or
            // nothing known) the attribute becomes None.
            let old = self.backref_old(target, &info, reverse, &resolved);
            if loaded.is_some() && !old.is(&other_value) {
                return Ok(());
            }
            let event_old = match self.listening("set") {
                true => self.scalar_old_value(interp, target, &info, reverse, &resolved)?,
                false => old.clone(),
            };
            self.fire_attribute(interp, "set", target, reverse, Value::None, Some(event_old), Some(origin))?;
            target.dict.borrow_mut().insert(Name::from(reverse), Value::None);
            // The object is modified either way; an unknown old value is the object it left.
            let removed = if matches!(old, Value::None) { &other_value } else { &old };
            self.record(target, reverse, removed, false);
            // SQLAlchemy's backref `pop` sets None: the history's `added` is `[None]`.
            self.record(target, reverse, &Value::None, true);
            if let Some(key) = bulk_key {
                self.fire_attribute(
                    interp,
                    "remove",
                    other,
                    key,
                    Value::Instance(target.clone()),
                    None,
                    Some(reverse),
                )?;
            }
        }
        Ok(())
    }
}
