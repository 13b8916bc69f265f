//! Attribute instrumentation: what `obj.name`, `obj.children` and `obj.parent = p` do on a mapped
//! instance — expired columns reload from the database, relationships load lazily through the foreign
//! key, and assignments keep both sides of a relationship in step (back-population) and cascade new
//! objects into the session. What a cascade reaches from an object is in `cascade`.

use super::Orm;
use super::collection::{collection_count, collection_items, new_collection};
use super::declarative::mapped;
use super::identity::IdentityKey;
use super::mapper::{Cascade, Direction, MappedClass, Resolved};
use super::state::{Status, existing_state, state_of};
use crate::eval::ExcType;
use crate::eval::value::{Class, Instance, Value};
use crate::eval::{Interp, PyResult};
use crate::ir::Name;
use crate::orm::SaExc;
use std::rc::Rc;

mod backref;
mod cascade;
pub mod functions;
mod history;
mod read;

impl Orm {
    /// The resolved relationship `key` of a mapped class.
    pub fn resolved(&self, info: &MappedClass, key: &str) -> Option<Rc<Resolved>> {
        let reg = info.registry.borrow();
        reg.relationship_of(info.mapper, key)?.resolved.clone()
    }

    pub fn instance_set(
        &self,
        interp: &mut Interp,
        inst: &Rc<Instance>,
        info: &MappedClass,
        name: &Name,
        value: Value,
    ) -> Result<PyResult<()>, Value> {
        let (is_column, is_rel, mutable) = {
            let reg = info.registry.borrow();
            let column = reg.column_by_key(info.mapper, name);
            let mutable = column.and_then(|c| super::mutable::mutable_class(&c.ty));
            (column.is_some(), reg.relationship_of(info.mapper, name).is_some(), mutable)
        };
        // `@validates` methods see (and may replace) assigned column values, among the `set` listeners
        // (relationships: in `set_relationship`, per item for collections).
        let value = if is_column {
            let old = self.column_old_value(interp, inst, info, name);
            let checked = old.and_then(|old| self.fire_attribute(interp, "set", inst, name, value, Some(old), None));
            let checked = checked.and_then(|v| self.adopt_assigned(interp, inst, mutable, name, v));
            match checked {
                Ok(v) => v,
                Err(e) => return Ok(Err(e)),
            }
        } else {
            value
        };
        if is_column {
            let state = state_of(inst, &info.registry, info.mapper);
            // The version counter has active history (SQLAlchemy's `ColumnLoader`): an expired one
            // loads before it is replaced, so the flush knows the value the row has.
            let version = info.registry.borrow().version_of(info.mapper).is_some_and(|v| v.key == **name);
            let expired = state.borrow().expired.contains(&**name) && state.borrow().identity.is_some();
            if version
                && expired
                && let Err(e) = self.load_expired(interp, inst, &state)
            {
                return Ok(Err(e));
            }
            {
                // A value set over an expired one replaces a value never loaded: SQLAlchemy's
                // history has no committed side for it, so the flush writes it whatever it is.
                let mut s = state.borrow_mut();
                if s.expired.shift_remove(&**name) && s.identity.is_some() {
                    s.committed.shift_remove(&**name);
                }
            }
            inst.dict.borrow_mut().insert(name.clone(), value);
            self.note_changed(inst);
            return Ok(Ok(()));
        }
        if !is_rel {
            return Err(value);
        }
        Ok(self.set_relationship(interp, inst, info, name, value))
    }

    fn set_relationship(
        &self,
        interp: &mut Interp,
        inst: &Rc<Instance>,
        info: &MappedClass,
        name: &Name,
        value: Value,
    ) -> PyResult<()> {
        self.configure(interp, &info.registry)?;
        let Some(resolved) = self.resolved(info, name) else { return Ok(()) };
        state_of(inst, &info.registry, info.mapper);
        if let Some(kind) = super::writer::writer_kind(info, name) {
            return self.writer_replace(interp, inst, name, kind, value);
        }
        let value = if resolved.uselist {
            value
        } else {
            let old = match self.listening("set") {
                true => self.scalar_old_value(interp, inst, info, name, &resolved)?,
                false => Value::None,
            };
            self.fire_attribute(interp, "set", inst, name, value, Some(old), None)?
        };
        if resolved.uselist {
            super::collection::check_assigned(interp, inst, name, &value)?;
            let new_items = match collection_items(&value) {
                Some(items) => items,
                // A keyed-dict collection is assigned a dict: its values are the items.
                None if matches!(value, Value::Dict(_)) => {
                    let values = interp.call_method(&value, "values", Vec::new())?;
                    interp.collect(&values)?
                }
                None => interp.collect(&value)?,
            };
            for item in &new_items {
                self.check_target(interp, &resolved, item, name)?;
            }
            let old = self.current_collection(interp, inst, name)?;
            // SQLAlchemy marks the object modified once the old collection is loaded (its lazy
            // load may autoflush, and must not find this object already changed).
            self.note_changed(inst);
            // A bulk replace (SQLAlchemy's `bulk_replace`): each item new to the collection passes
            // the validator and `append` listeners, then its backref; then each item left out is
            // removed, with its `remove` event.
            let mut replaced = Vec::with_capacity(new_items.len());
            for item in new_items {
                if old.iter().any(|o| o.is(&item)) {
                    replaced.push(item);
                } else {
                    let item = self.fire_attribute(interp, "append", inst, name, item, None, None)?;
                    self.on_append(interp, inst, name, &item, false)?;
                    replaced.push(item);
                }
            }
            let new_items = replaced;
            let collection = new_collection(interp, inst, name, new_items.clone());
            inst.dict.borrow_mut().insert(name.clone(), collection.clone());
            super::collection::bulk_appended(interp, &collection)?;
            for item in &old {
                if !new_items.iter().any(|n| n.is(item)) {
                    self.fire_attribute(interp, "remove", inst, name, item.clone(), None, None)?;
                    self.remove_replaced(interp, inst, name, item)?;
                }
            }
            return Ok(());
        }
        if !matches!(value, Value::None) {
            self.check_target(interp, &resolved, &value, name)?;
        }
        let loaded = inst.dict.borrow().contains_key(&**name);
        // With active history the old value of a persistent object is loaded (SQL if need be:
        // SQLAlchemy's `PASSIVE_ONLY_PERSISTENT`), so a replaced delete-orphan target is deleted.
        let persistent = existing_state(inst).is_some_and(|s| s.borrow().status == Status::Persistent);
        let load_old = !loaded && persistent && self.active_history(inst, info, name, &resolved);
        let old = if load_old {
            interp.get_attr(&Value::Instance(inst.clone()), name)?
        } else {
            self.current_scalar(interp, inst, info, name, &resolved)?
        };
        self.note_changed(inst);
        // A value loaded for active history is known: setting it again (None over a None that was
        // loaded) changes nothing.
        let known = loaded || load_old;
        if old.is(&value) && (known || matches!(value, Value::Instance(_))) {
            // The object it already refers to (loaded, or found in the identity map without SQL):
            // SQLAlchemy stores it, but its history is "unchanged" and the backref handler returns
            // at once (`oldchild is child`), so the other side's collection is not touched. (An
            // unloaded value that is not found is unknown, not None: setting None is a change.)
            if !loaded {
                inst.dict.borrow_mut().insert(name.clone(), value);
            }
            return Ok(());
        }
        let previous = inst.dict.borrow_mut().insert(name.clone(), value.clone());
        self.record(inst, name, &old, false);
        self.record(inst, name, &value, true);
        if let Some(reverse) = &resolved.reverse {
            if let Value::Instance(old_target) = &old {
                self.backref_remove(interp, old_target, reverse, inst, None)?;
            }
            if let Value::Instance(new_target) = &value
                && let Err(e) = self.backref_add(interp, new_target, reverse, inst)
            {
                // SQLAlchemy stores the value after its backref ran: a backref that raised (a keyed
                // dictionary's unpopulated key) leaves the attribute as it was.
                match previous {
                    Some(v) => inst.dict.borrow_mut().insert(name.clone(), v),
                    None => inst.dict.borrow_mut().shift_remove(&**name),
                };
                return Err(e);
            }
        }
        if let Value::Instance(target) = &value {
            self.cascade_from(interp, inst, target, &resolved.cascade)?;
        }
        Ok(())
    }

    pub(crate) fn check_item_target(
        &self,
        interp: &Interp,
        resolved: &Resolved,
        item: &Value,
        key: &str,
    ) -> PyResult<()> {
        self.check_target(interp, resolved, item, key)
    }

    fn check_target(&self, interp: &Interp, resolved: &Resolved, item: &Value, key: &str) -> PyResult<()> {
        if let Some(e) = super::collection::stateless_item(interp, item) {
            return Err(e);
        }
        let ok = match item {
            // The target class or any mapped subclass of it.
            Value::Instance(i) => mapped(&i.class).is_some_and(|m| {
                m.registry
                    .try_borrow()
                    .is_ok_and(|reg| super::inheritance::lineage(&reg, m.mapper).contains(&resolved.target))
            }),
            _ => false,
        };
        if ok {
            return Ok(());
        }
        let shown = match item {
            Value::Instance(i) => format!("{}", i.class.name),
            other => other.type_name(),
        };
        Err(interp.error(
            ExcType::TypeError,
            format!("Incompatible collection type: {shown} is not the mapped class of relationship '{key}'"),
        ))
    }

    /// The items of a collection relationship, loading it if needed.
    pub fn current_collection(&self, interp: &mut Interp, inst: &Rc<Instance>, key: &str) -> PyResult<Vec<Value>> {
        let value = interp.get_attr(&Value::Instance(inst.clone()), key)?;
        Ok(collection_items(&value).unwrap_or_default())
    }

    /// The current value of a scalar relationship without emitting SQL for many-to-one (identity map only).
    fn current_scalar(
        &self,
        interp: &mut Interp,
        inst: &Rc<Instance>,
        info: &MappedClass,
        key: &str,
        resolved: &Resolved,
    ) -> PyResult<Value> {
        if let Some(v) = inst.dict.borrow().get(key) {
            return Ok(v.clone());
        }
        let persistent = existing_state(inst).is_some_and(|s| s.borrow().status == Status::Persistent);
        if !persistent {
            return Ok(Value::None);
        }
        if resolved.direction == Direction::ManyToOne {
            return Ok(self.identity_lookup_m2o(inst, info, resolved).unwrap_or(Value::None));
        }
        interp.get_attr(&Value::Instance(inst.clone()), key)
    }

    /// Records a relationship change in the instance's history.
    pub fn record(&self, inst: &Rc<Instance>, key: &str, item: &Value, added: bool) {
        // Whatever happens below, the object's relationship state changed: the flush must look at it.
        self.note_changed(inst);
        if matches!(item, Value::None) && !added {
            return;
        }
        // Collections change like identity sets (SQLAlchemy's `History.from_collection` compares
        // memberships): appending an object the list already held (it is now there twice) adds
        // nothing to flush, and removing one of its two places leaves it a member.
        let current = inst.dict.borrow().get(key).cloned();
        let count = current.as_ref().and_then(|c| collection_count(c, item));
        if (added && count.is_some_and(|n| n > 1)) || (!added && count.is_some_and(|n| n > 0)) {
            return;
        }
        // An unloaded collection (a backref's pending change) is a collection all the same.
        let collection = count.is_some()
            || mapped(&inst.class).and_then(|info| self.resolved(&info, key)).is_some_and(|r| r.uselist);
        let Some(state) = existing_state(inst) else { return };
        let mut s = state.borrow_mut();
        let h = s.history.entry(key.to_string()).or_default();
        let (this, other) = if added { (&mut h.added, &mut h.removed) } else { (&mut h.removed, &mut h.added) };
        if other.remove(item) {
            // A member removed and put back is no change to a collection (no DELETE and INSERT of
            // the same association row); a reference set back to its first object becomes the
            // latest value again (the flush syncs the last one added).
            if added && !collection {
                this.remove(item);
                this.push(item.clone());
            }
            return;
        }
        this.push(item.clone());
    }

    /// An item was appended to `owner.key` (by the user, or by a backref when `from_backref`).
    pub fn on_append(
        &self,
        interp: &mut Interp,
        owner: &Rc<Instance>,
        key: &str,
        item: &Value,
        from_backref: bool,
    ) -> PyResult<()> {
        let Some(info) = mapped(&owner.class) else { return Ok(()) };
        let Some(resolved) = self.resolved(&info, key) else { return Ok(()) };
        self.record(owner, key, item, true);
        if from_backref {
            return Ok(());
        }
        if let (Some(reverse), Value::Instance(target)) = (&resolved.reverse, item) {
            self.backref_add(interp, target, reverse, owner)?;
        }
        if let Value::Instance(target) = item {
            self.cascade_from(interp, owner, target, &resolved.cascade)?;
        }
        Ok(())
    }

    pub fn on_remove(
        &self,
        interp: &mut Interp,
        owner: &Rc<Instance>,
        key: &str,
        item: &Value,
        from_backref: bool,
    ) -> PyResult<()> {
        let Some(info) = mapped(&owner.class) else { return Ok(()) };
        let Some(resolved) = self.resolved(&info, key) else { return Ok(()) };
        self.record(owner, key, item, false);
        if !from_backref && let (Some(reverse), Value::Instance(target)) = (&resolved.reverse, item) {
            self.backref_remove(interp, target, reverse, owner, None)?;
        }
        if resolved.cascade.delete_orphan
            && let Value::Instance(target) = item
        {
            self.expunge_pending_orphan(owner, target, &resolved);
        }
        Ok(())
    }

    /// SQLAlchemy's cascade listener on `remove`: a PENDING item that leaves a delete-orphan
    /// collection and has no other parent is expunged at once (`b in session` is False), so the
    /// flush never INSERTs it. (A persistent orphan is deleted by the flush instead.)
    fn expunge_pending_orphan(&self, owner: &Rc<Instance>, item: &Rc<Instance>, resolved: &Resolved) {
        let Some(session) =
            existing_state(owner).and_then(|s| s.borrow().session).and_then(|id| self.session_by_id(id))
        else {
            return;
        };
        let pending = existing_state(item).is_some_and(|s| {
            let s = s.borrow();
            s.status == Status::Pending && s.session == Some(session.id)
        });
        if pending && !self.has_other_parent(item, resolved, owner) {
            self.expunge(&session, item);
        }
    }

    /// Save-update cascade along a relationship change made by the user on `owner`.
    fn cascade_from(
        &self,
        interp: &mut Interp,
        owner: &Rc<Instance>,
        target: &Rc<Instance>,
        cascade: &Cascade,
    ) -> PyResult<()> {
        if !cascade.save_update {
            return Ok(());
        }
        let Some(state) = existing_state(owner) else { return Ok(()) };
        let session = {
            let s = state.borrow();
            if !matches!(s.status, Status::Pending | Status::Persistent) {
                return Ok(());
            }
            s.session
        };
        let Some(session) = session.and_then(|id| self.session_by_id(id)) else { return Ok(()) };
        if !session.contains(target) {
            self.session_add(interp, &session, target)?;
        }
        Ok(())
    }

    /// `User.name`: a column expression (or a relationship comparator) for queries.
    pub fn class_attribute(
        &self,
        interp: &mut Interp,
        class: &Rc<Class>,
        info: &MappedClass,
        name: &str,
    ) -> Option<PyResult<Value>> {
        match name {
            "__table__" => return Some(Ok(self.table_object(interp, info))),
            "__mapper__" => return Some(Ok(super::inspection::mapper_value(interp, &info.registry, info.mapper))),
            _ => {}
        }
        let reg = info.registry.borrow();
        if let Some((table, column)) = super::inheritance::column_of_key(&reg, info.mapper, name) {
            let expr = super::expr::SqlExpr::column(&table.name, &column.name, column.ty.clone());
            drop(reg);
            return Some(Ok(super::expr::expr_value(interp, expr, Some((class.clone(), name.to_string())))));
        }
        let is_rel = reg.relationship_of(info.mapper, name).is_some();
        drop(reg);
        if let Some(prop) = super::column_property::prop_of(&info.registry, info.mapper, name) {
            return Some(Ok(super::column_property::class_attribute(interp, class, &prop)));
        }
        if is_rel {
            if let Err(e) = self.configure(interp, &info.registry) {
                return Some(Err(e));
            }
            return Some(Ok(super::expr::relationship_value(interp, class, name)));
        }
        None
    }

    /// A many-to-one's target found in the identity map by the loaded foreign key, without SQL.
    pub(super) fn identity_lookup_m2o(
        &self,
        inst: &Rc<Instance>,
        info: &MappedClass,
        resolved: &Resolved,
    ) -> Option<Value> {
        let state = existing_state(inst)?;
        let session = self.session_by_id(state.borrow().session?)?;
        let reg = info.registry.borrow();
        let target_table = reg.table_of(resolved.target)?;
        let mut cells = Vec::new();
        for pk in target_table.primary_key() {
            let (local, _) = resolved.pairs.iter().find(|(_, remote)| remote == &pk.name)?;
            let local_key =
                super::inheritance::tables_of(&reg, info.mapper).into_iter().find_map(|t| t.column(local))?.key.clone();
            let v = inst.dict.borrow().get(local_key.as_str()).cloned().unwrap_or(Value::None);
            if matches!(v, Value::None) {
                return None;
            }
            cells.push(super::state::to_cell(&v, &pk.ty));
        }
        let key = IdentityKey::new(&info.registry, resolved.target, &cells);
        let found = session.identity.borrow().get(&key).cloned()?;
        // An expired object might be gone from the database: only SQL could tell
        // (`get_from_identity` without `SQL_OK` gives `PASSIVE_NO_RESULT`).
        if self.fully_expired(&found) {
            return None;
        }
        Some(Value::Instance(found))
    }
}
