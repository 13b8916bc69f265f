//! A changed primary key. SQLAlchemy's UPDATE addresses the row by its old key and then files the
//! object under its new identity key (`_register_persistent`'s key switch), so `session.get()` finds
//! it by the new key and no longer by the old one. The rows referencing it follow: with
//! `passive_updates=False` the ORM itself loads a one-to-many collection and UPDATEs each child's
//! foreign key (`OneToManyDP` with `_pks_changed`); with the default `passive_updates=True` the
//! database is trusted to cascade (`ON UPDATE CASCADE`) and only the children already loaded take
//! the new value in memory, as committed state, with no statement.

use super::*;
use crate::orm::state::from_cell;

/// A persistent object's primary key as its table's key columns hold it now, with each column's
/// key, and the identity it was loaded (or inserted) with.
struct KeyChange {
    /// (attribute key, old value) of each key column whose value changed.
    old: Vec<(String, Value)>,
    new_identity: Vec<Cell>,
}

impl Orm {
    /// How `inst`'s primary key changed since its identity was taken, if it did. Only the base
    /// table's key is the identity (a joined subclass's key columns copy it).
    fn key_change(&self, interp: &mut Interp, inst: &Rc<Instance>) -> PyResult<Option<KeyChange>> {
        let (Some(info), Some(state)) = (mapped(&inst.class), existing_state(inst)) else { return Ok(None) };
        let Some(identity) = state.borrow().identity.clone() else { return Ok(None) };
        let columns: Vec<ColumnDef> = {
            let reg = info.registry.borrow();
            let base = crate::orm::inheritance::base_mapper(&reg, info.mapper);
            reg.table_of(base)
                .map(|t| t.columns.iter().filter(|c| c.primary_key).cloned().collect())
                .unwrap_or_default()
        };
        if columns.len() != identity.len() {
            return Ok(None);
        }
        let mut old = Vec::new();
        let mut new_identity = Vec::new();
        for (c, was) in columns.iter().zip(&identity) {
            let now = inst.dict.borrow().get(c.key.as_str()).cloned();
            let Some(now) = now else {
                new_identity.push(was.clone());
                continue;
            };
            let cell = to_cell(&now, &c.ty);
            if cell != *was {
                let before = from_cell(interp, was, &c.ty);
                if !same_value(interp, &now, &before)? {
                    old.push((c.key.clone(), before));
                }
            }
            new_identity.push(cell);
        }
        Ok((!old.is_empty()).then_some(KeyChange { old, new_identity }))
    }

    /// `passive_updates=False` one-to-many collections of objects whose primary key changes: the
    /// collection is loaded against the old key (SQLAlchemy loads it with the committed values),
    /// and each child gets a foreign key sync from its parent, so it is UPDATEd after the parent.
    pub(super) fn plan_key_switches(
        &self,
        interp: &mut Interp,
        changed: &[Rc<Instance>],
        additions: &mut Vec<FkSync>,
    ) -> PyResult<()> {
        for inst in changed {
            if existing_state(inst).is_none_or(|s| s.borrow().status != Status::Persistent) {
                continue;
            }
            let active: Vec<(String, Rc<Resolved>)> = relationships_of(inst)
                .into_iter()
                .filter(|(_, r)| {
                    r.direction == Direction::OneToMany && !r.viewonly && !r.passive_updates && r.secondary.is_none()
                })
                .collect();
            if active.is_empty() {
                continue;
            }
            let Some(change) = self.key_change(interp, inst)? else { continue };
            for (key, resolved) in active {
                // The old key in place while the collection loads.
                let now: Vec<(String, Option<Value>)> = change
                    .old
                    .iter()
                    .map(|(k, before)| {
                        (k.clone(), inst.dict.borrow_mut().insert(Name::from(k.as_str()), before.clone()))
                    })
                    .collect();
                let loaded = interp.get_attr(&Value::Instance(inst.clone()), &key);
                for (k, value) in now {
                    if let Some(value) = value {
                        inst.dict.borrow_mut().insert(Name::from(k.as_str()), value);
                    }
                }
                let value = loaded?;
                let pairs: Vec<(String, String)> = resolved.pairs.iter().map(|(o, t)| (t.clone(), o.clone())).collect();
                for item in collection_items(&value).unwrap_or_else(|| vec![value]) {
                    let Value::Instance(child) = item else { continue };
                    additions.push(FkSync { child, pairs: pairs.clone(), parent: Some(inst.clone()), post: false });
                }
            }
        }
        Ok(())
    }

    /// After `inst`'s UPDATE: files it under its new identity key if its primary key changed, and
    /// gives the new key to the loaded children of its `passive_updates=True` one-to-many
    /// collections (the database's `ON UPDATE CASCADE` changed their rows).
    pub(super) fn switch_key(&self, interp: &mut Interp, session: &SessionData, inst: &Rc<Instance>) -> PyResult<()> {
        let Some(change) = self.key_change(interp, inst)? else { return Ok(()) };
        let Some(state) = existing_state(inst) else { return Ok(()) };
        let old_key = SessionData::key_for(&state);
        state.borrow_mut().identity = Some(change.new_identity);
        let new_key = SessionData::key_for(&state);
        {
            let mut identity = session.identity.borrow_mut();
            if let Some(old_key) = old_key
                && identity.get(&old_key).is_some_and(|held| Rc::ptr_eq(held, inst))
            {
                identity.remove(&old_key);
            }
            if let Some(new_key) = new_key {
                identity.insert(new_key, inst.clone());
            }
        }
        for (key, resolved) in relationships_of(inst) {
            if resolved.direction != Direction::OneToMany || resolved.viewonly || !resolved.passive_updates {
                continue;
            }
            let loaded = inst.dict.borrow().get(key.as_str()).cloned();
            let Some(value) = loaded else { continue };
            for item in collection_items(&value).unwrap_or_else(|| vec![value]) {
                let Value::Instance(child) = item else { continue };
                for (owner_col, child_col) in &resolved.pairs {
                    let Some(child_info) = mapped(&child.class) else { continue };
                    let Some(c) = child_info.registry.borrow().column_by_name(child_info.mapper, child_col).cloned()
                    else {
                        continue;
                    };
                    let value = crate::orm::state::known_column_value(interp, inst, owner_col);
                    child.dict.borrow_mut().insert(Name::from(c.key.as_str()), value.clone());
                    if let Some(s) = existing_state(&child) {
                        let mut s = s.borrow_mut();
                        s.expired.shift_remove(&c.key);
                        s.committed.insert(c.key.clone(), value);
                    }
                }
            }
        }
        Ok(())
    }
}
