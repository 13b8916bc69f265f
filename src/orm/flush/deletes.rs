//! Deletion at flush: the delete cascade (collected before anything is marked), children that
//! lose their parent (foreign key set to NULL), and delete-orphan.

use super::*;

impl Orm {
    /// Objects marked deleted whose row still exists.
    pub(super) fn unflushed_deletes(&self, session: &SessionData) -> Vec<Rc<Instance>> {
        session
            .deleted
            .borrow()
            .iter()
            .filter(|i| {
                existing_state(i)
                    .and_then(|s| SessionData::key_for(&s))
                    .is_some_and(|k| session.identity.borrow().contains_key(&k))
            })
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
        let mut reached = vec![inst.clone()];
        self.delete_cascade(interp, session, inst, &mut reached)?;
        for target in reached {
            let Some(state) = existing_state(&target) else { continue };
            let status = state.borrow().status;
            match status {
                Status::Persistent => {
                    state.borrow_mut().status = Status::Deleted;
                    session.deleted.borrow_mut().push(target.clone());
                }
                Status::Pending => self.expunge(session, &target),
                _ => {}
            }
        }
        Ok(())
    }

    /// Collects (depth first) what the delete cascade of `inst` reaches into `reached`.
    pub(super) fn delete_cascade(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        inst: &Rc<Instance>,
        reached: &mut Vec<Rc<Instance>>,
    ) -> PyResult<()> {
        for (key, resolved) in relationships_of(inst) {
            if !resolved.cascade.delete || resolved.viewonly {
                continue;
            }
            // passive_deletes: an unloaded collection is left to the database's ON DELETE (which
            // SQLite, without PRAGMA foreign_keys, does not enforce).
            if resolved.passive_deletes && !inst.dict.borrow().contains_key(key.as_str()) {
                continue;
            }
            let value = interp.get_attr(&Value::Instance(inst.clone()), &key)?;
            let items = collection_items(&value).unwrap_or_else(|| vec![value]);
            for item in items {
                let Value::Instance(i) = item else { continue };
                if !session.contains(&i) || reached.iter().any(|r| Rc::ptr_eq(r, &i)) {
                    continue;
                }
                if existing_state(&i).is_some_and(|s| s.borrow().status == Status::Deleted) {
                    continue;
                }
                note_parent(interp, &i, inst, &key, How::Cascade);
                reached.push(i.clone());
                self.delete_cascade(interp, session, &i, reached)?;
            }
        }
        Ok(())
    }

    /// Before a flush: children of deleted parents without delete cascade lose their foreign key; orphans
    /// of delete-orphan relationships are deleted.
    pub(super) fn cascade_deletes(&self, interp: &mut Interp, session: &Rc<SessionData>) -> PyResult<()> {
        for inst in self.unflushed_deletes(session) {
            for (key, resolved) in relationships_of(&inst) {
                if resolved.viewonly || resolved.cascade.delete || resolved.direction != Direction::OneToMany {
                    continue;
                }
                let loaded = inst.dict.borrow().contains_key(key.as_str());
                if resolved.passive_deletes && !loaded {
                    continue;
                }
                let value = interp.get_attr(&Value::Instance(inst.clone()), &key)?;
                let items = collection_items(&value).unwrap_or_else(|| vec![value]);
                for item in items {
                    let Value::Instance(child) = item else { continue };
                    let child_deleted = existing_state(&child).is_some_and(|s| s.borrow().status == Status::Deleted);
                    if child_deleted {
                        continue;
                    }
                    note_parent(interp, &child, &inst, &key, How::ParentDeleted);
                    self.set_fk_null(&child, &resolved, &inst);
                }
            }
        }
        let objects = session.all_objects();
        for inst in objects {
            let Some(state) = existing_state(&inst) else { continue };
            let histories: Vec<(String, Vec<Value>)> =
                state.borrow().history.iter().map(|(k, h)| (k.clone(), h.removed.clone())).collect();
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
        Ok(())
    }

    pub(super) fn has_other_parent(&self, child: &Rc<Instance>, resolved: &Resolved, parent: &Rc<Instance>) -> bool {
        let Some(reverse) = &resolved.reverse else { return false };
        matches!(child.dict.borrow().get(reverse.as_str()), Some(Value::Instance(p)) if !Rc::ptr_eq(p, parent))
    }

    pub(super) fn set_fk_null(&self, child: &Rc<Instance>, resolved: &Resolved, _parent: &Rc<Instance>) {
        let Some(info) = mapped(&child.class) else { return };
        let reg = info.registry.borrow();
        for (_, child_col) in &resolved.pairs {
            if let Some(c) = reg.tables.get(&reg.mappers[info.mapper].table).and_then(|t| t.column(child_col))
                && !c.primary_key
            {
                child.dict.borrow_mut().insert(Name::from(c.key.as_str()), Value::None);
            }
        }
    }
}
