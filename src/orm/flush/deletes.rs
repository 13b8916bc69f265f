//! Deletion at flush: the delete cascade (collected before anything is marked), children that
//! lose their parent (foreign key set to NULL), and delete-orphan.

use super::*;
use crate::orm::ordered::instance_key;
use std::collections::HashSet;

impl Orm {
    /// Objects marked deleted whose row still exists.
    pub(super) fn unflushed_deletes(&self, session: &SessionData) -> Vec<Rc<Instance>> {
        session
            .deleted
            .borrow()
            .values()
            .filter(|i| existing_state(i).is_some_and(|s| session.delete_pending(&s)))
            .cloned()
            .collect()
    }

    /// Marks `inst` deleted (and what its delete cascade reaches). As in SQLAlchemy, the cascade is
    /// collected first (its lazy loads may autoflush) and only then is anything marked, so that
    /// autoflush cannot delete the parent's row before its children's.
    pub fn mark_deleted(&self, interp: &mut Interp, session: &Rc<SessionData>, inst: &Rc<Instance>) -> PyResult<()> {
        let Some(state) = existing_state(inst) else { return Ok(()) };
        let status = state.borrow().status;
        match status {
            Status::Persistent => {}
            Status::Pending => {
                self.expunge(session, inst);
                return Ok(());
            }
            _ => return Ok(()),
        }
        let reached = self.delete_cascade(interp, session, inst)?;
        for target in reached {
            let Some(state) = existing_state(&target) else { continue };
            let status = state.borrow().status;
            match status {
                Status::Persistent => {
                    state.borrow_mut().status = Status::Deleted;
                    session.deleted.borrow_mut().add(&target);
                }
                Status::Pending => self.expunge(session, &target),
                _ => {}
            }
        }
        Ok(())
    }

    /// What the delete cascade of `inst` reaches, `inst` first, depth first: each relationship's
    /// items are loaded when the walk comes to it and each item is descended into as it is reached.
    /// The walk keeps its own stack (a chain of 100,000 objects must not exhaust the native one).
    pub(super) fn delete_cascade(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        inst: &Rc<Instance>,
    ) -> PyResult<Vec<Rc<Instance>>> {
        struct Frame {
            inst: Rc<Instance>,
            relationships: std::vec::IntoIter<(String, Rc<Resolved>)>,
            items: std::vec::IntoIter<Value>,
            /// The relationship `items` came from (for the run timeline's cause).
            via: String,
        }
        let frame = |inst: &Rc<Instance>| Frame {
            inst: inst.clone(),
            relationships: relationships_of(inst).into_iter(),
            items: Vec::new().into_iter(),
            via: String::new(),
        };
        let mut reached = vec![inst.clone()];
        let mut seen: HashSet<usize, crate::orm::ordered::ByAddress> = HashSet::default();
        seen.insert(instance_key(inst));
        let mut stack = vec![frame(inst)];
        while let Some(top) = stack.last_mut() {
            if let Some(item) = top.items.next() {
                let Value::Instance(i) = item else { continue };
                if !session.contains(&i) || seen.contains(&instance_key(&i)) {
                    continue;
                }
                if existing_state(&i).is_some_and(|s| s.borrow().status == Status::Deleted) {
                    continue;
                }
                note_parent(interp, &i, &top.inst, &top.via, How::Cascade);
                seen.insert(instance_key(&i));
                reached.push(i.clone());
                stack.push(frame(&i));
                continue;
            }
            let Some((key, resolved)) = top.relationships.next() else {
                stack.pop();
                continue;
            };
            if !resolved.cascade.delete || resolved.viewonly {
                continue;
            }
            // passive_deletes: an unloaded collection is left to the database's ON DELETE (which
            // SQLite, without PRAGMA foreign_keys, does not enforce).
            if resolved.passive_deletes && !top.inst.dict.borrow().contains_key(key.as_str()) {
                continue;
            }
            let owner = top.inst.clone();
            let items = self.related_items(interp, &owner, &key)?;
            if let Some(top) = stack.last_mut() {
                top.items = items.into_iter();
                top.via = key;
            }
        }
        Ok(reached)
    }

    /// Before a flush: orphans of delete-orphan relationships are deleted, then children of deleted
    /// parents without delete cascade lose their foreign key.
    pub(super) fn cascade_deletes(&self, interp: &mut Interp, session: &Rc<SessionData>) -> PyResult<()> {
        // Orphans first: an object deleted as an orphan is a deleted parent below, whose children
        // lose their foreign key as `session.delete()`'s would. Only objects with relationship
        // history can have lost a child.
        for inst in session.changed_objects() {
            let Some(state) = existing_state(&inst) else { continue };
            let histories: Vec<(String, Vec<Value>)> =
                state.borrow().history.iter().map(|(k, h)| (k.clone(), h.removed.to_vec())).collect();
            for (key, removed) in histories {
                let Some(info) = mapped(&inst.class) else { continue };
                let Some(resolved) = self.resolved(&info, &key) else { continue };
                if !resolved.cascade.delete_orphan || resolved.direction == Direction::ManyToMany {
                    continue;
                }
                for item in removed {
                    let Value::Instance(child) = item else { continue };
                    if !self.has_other_parent(&child, &resolved, &inst) {
                        note_parent(interp, &child, &inst, &key, How::Orphan);
                        self.mark_deleted(interp, session, &child)?;
                    }
                }
            }
        }
        for inst in self.unflushed_deletes(session) {
            for (key, resolved) in relationships_of(&inst) {
                if resolved.viewonly || resolved.cascade.delete || resolved.direction != Direction::OneToMany {
                    continue;
                }
                let loaded = inst.dict.borrow().contains_key(key.as_str());
                if resolved.passive_deletes && !loaded {
                    continue;
                }
                let items = self.related_items(interp, &inst, &key)?;
                for item in items {
                    let Value::Instance(child) = item else { continue };
                    let child_deleted = existing_state(&child).is_some_and(|s| s.borrow().status == Status::Deleted);
                    if child_deleted {
                        continue;
                    }
                    if let Some(info) = mapped(&inst.class) {
                        let pairs: Vec<(String, String)> =
                            resolved.pairs.iter().map(|(o, t)| (t.clone(), o.clone())).collect();
                        self.check_blank_out(interp, &child, &pairs, info.mapper)?;
                    }
                    note_parent(interp, &child, &inst, &key, How::ParentDeleted);
                    self.set_fk_null(&child, &resolved, &inst);
                }
            }
        }
        Ok(())
    }

    /// The objects `inst.key` refers to, loaded if need be. A `lazy="dynamic"` collection is loaded
    /// by running its query (SQLAlchemy's `DynamicCollectionHistory` does, for delete cascades and
    /// for nulling the children's foreign keys); a write-only one gives what was added since the
    /// last flush (it is never loaded).
    fn related_items(&self, interp: &mut Interp, inst: &Rc<Instance>, key: &str) -> PyResult<Vec<Value>> {
        let kind = mapped(&inst.class).and_then(|info| crate::orm::writer::writer_kind(&info, key));
        match kind {
            Some(crate::orm::writer::WriterKind::Dynamic) => {
                let value = interp.get_attr(&Value::Instance(inst.clone()), key)?;
                interp.collect(&value)
            }
            Some(crate::orm::writer::WriterKind::WriteOnly) => Ok(self.writer_pending(inst, key)),
            None => {
                let value = interp.get_attr(&Value::Instance(inst.clone()), key)?;
                Ok(collection_items(&value).unwrap_or_else(|| vec![value]))
            }
        }
    }

    pub(crate) fn has_other_parent(&self, child: &Rc<Instance>, resolved: &Resolved, parent: &Rc<Instance>) -> bool {
        let Some(reverse) = &resolved.reverse else { return false };
        matches!(child.dict.borrow().get(reverse.as_str()), Some(Value::Instance(p)) if !Rc::ptr_eq(p, parent))
    }

    pub(super) fn set_fk_null(&self, child: &Rc<Instance>, resolved: &Resolved, _parent: &Rc<Instance>) {
        let Some(info) = mapped(&child.class) else { return };
        let reg = info.registry.borrow();
        for (_, child_col) in &resolved.pairs {
            if let Some(c) = reg.column_by_name(info.mapper, child_col)
                && !c.primary_key
            {
                child.dict.borrow_mut().insert(Name::from(c.key.as_str()), Value::None);
            }
        }
        drop(reg);
        self.note_changed(child);
    }
}
