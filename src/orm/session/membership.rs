//! What a session holds: `add()` (with the save-update cascade), attaching objects as pending or
//! persistent, `expunge()`, and `merge()` (the session's copy of an object from elsewhere).

use super::SessionData;
use crate::eval::value::{Instance, Value};
use crate::eval::{Interp, PyResult};
use crate::orm::Orm;
use crate::orm::SaExc;
use crate::orm::declarative::mapped;
use crate::orm::ordered::{ByAddress, instance_key};
use crate::orm::state::{Status, existing_state, state_of};
use std::collections::HashSet;
use std::rc::Rc;

impl Orm {
    /// Adds an object (and what its save-update cascade reaches) to the session. Like SQLAlchemy, an
    /// object already in the session still cascades to the new objects linked to it.
    /// Adding an object marked for deletion whose DELETE is not flushed yet takes the mark back
    /// (`Session._update_impl` pops it from `_deleted`): the soft-delete recipe calls `add()` on
    /// `session.deleted` in `before_flush`. What its delete cascade marked stays marked.
    pub fn session_add(&self, interp: &mut Interp, session: &Rc<SessionData>, instance: &Rc<Instance>) -> PyResult<()> {
        if let Some(state) = existing_state(instance) {
            let marked = {
                let s = state.borrow();
                s.status == Status::Deleted && s.session == Some(session.id)
            };
            if marked && session.delete_pending(&state) {
                state.borrow_mut().status = Status::Persistent;
                session.deleted.borrow_mut().discard(instance);
            } else if marked {
                return Err(self.deleted_error(interp, instance));
            }
        }
        self.attach(interp, session, instance)?;
        self.cascade_save(interp, session, instance)
    }

    /// `add()` of an object whose DELETE was flushed (or committed): `Session._update_impl`'s error.
    fn deleted_error(&self, interp: &Interp, instance: &Rc<Instance>) -> Box<crate::eval::Exc> {
        self.error(
            interp,
            SaExc::InvalidRequestError,
            format!(
                "Instance '<{} at 0x7f...>' has been deleted.  Use the make_transient() function to send this object back to the transient state.",
                instance.class.name
            ),
        )
    }

    /// Puts one object into the session (pending if new, persistent if it has an identity).
    fn attach(&self, interp: &mut Interp, session: &Rc<SessionData>, instance: &Rc<Instance>) -> PyResult<()> {
        let Some(info) = mapped(&instance.class) else {
            return Err(self.error(
                interp,
                SaExc::UnmappedInstanceError,
                format!("Class '__main__.{}' is not mapped", instance.class.name),
            ));
        };
        self.configure(interp, &info.registry)?;
        let state = state_of(instance, &info.registry, info.mapper);
        {
            let s = state.borrow();
            if let Some(other) = s.session
                && other != session.id
                && matches!(s.status, Status::Pending | Status::Persistent)
            {
                return Err(self.error(
                    interp,
                    SaExc::InvalidRequestError,
                    format!(
                        "Object '<{} at 0x...>' is already attached to session '{other}' (this is '{}')",
                        instance.class.name, session.id
                    ),
                ));
            }
        }
        // Attaching an object autobegins the session transaction (not the database one).
        session.begun.set(true);
        let status = state.borrow().status;
        match status {
            Status::Pending | Status::Persistent if state.borrow().session == Some(session.id) => return Ok(()),
            Status::Deleted if state.borrow().session == Some(session.id) => return Ok(()),
            Status::Transient => {
                session.counter.set(session.counter.get() + 1);
                let mut s = state.borrow_mut();
                s.session = Some(session.id);
                s.status = Status::Pending;
                s.insert_order = session.counter.get();
                drop(s);
                session.new.borrow_mut().add(instance);
                self.note_transition(session.id, "transient_to_pending", instance);
            }
            // `Session._update_impl`: a committed deletion is not undone by add().
            Status::Detached if state.borrow().was_deleted => return Err(self.deleted_error(interp, instance)),
            Status::Detached | Status::Persistent | Status::Pending | Status::Deleted => {
                let key = SessionData::key_for(&state);
                if let Some(key) = key {
                    if let Some(existing) = session.identity.borrow().get(&key)
                        && !Rc::ptr_eq(existing, instance)
                    {
                        return Err(self.error(
                                interp,
                                SaExc::InvalidRequestError,
                                "Can't attach instance; another instance with the same identity key is already present in this session",
                            ));
                    }
                    let mut s = state.borrow_mut();
                    s.session = Some(session.id);
                    s.status = Status::Persistent;
                    drop(s);
                    session.identity.borrow_mut().insert(key, instance.clone());
                    if status == Status::Detached {
                        self.note_transition(session.id, "detached_to_persistent", instance);
                    }
                } else {
                    let mut s = state.borrow_mut();
                    s.session = Some(session.id);
                    s.status = Status::Pending;
                    drop(s);
                    session.new.borrow_mut().add(instance);
                }
                // What it loaded is the session's to expire; what it changed while detached (its
                // state is modified) is the session's to flush: only that makes it dirty.
                if state.borrow().modified {
                    session.note_changed(instance);
                } else {
                    session.note_loaded(instance);
                }
            }
        }
        Ok(())
    }

    /// Follows save-update cascades from `root`, attaching what it reaches in SQLAlchemy's order
    /// (which fixes primary keys): depth first, but all members of one relationship are claimed
    /// (visited) before the first of them is descended into; objects already in the session stop
    /// the walk.
    fn cascade_save(&self, interp: &mut Interp, session: &Rc<SessionData>, root: &Rc<Instance>) -> PyResult<()> {
        // The walk, without recursion (a chain of 100,000 objects must not exhaust the stack): each
        // frame is an object whose relationship groups are being gone through.
        struct Frame {
            groups: std::vec::IntoIter<Vec<Rc<Instance>>>,
            queue: std::vec::IntoIter<Rc<Instance>>,
        }
        let mut visited: HashSet<usize, ByAddress> = HashSet::default();
        visited.insert(instance_key(root));
        let frame = |inst: &Rc<Instance>| Frame {
            groups: self.save_cascade_groups(inst).into_iter(),
            queue: Vec::new().into_iter(),
        };
        let mut stack = vec![frame(root)];
        while let Some(top) = stack.last_mut() {
            if let Some(child) = top.queue.next() {
                self.attach(interp, session, &child)?;
                stack.push(frame(&child));
                continue;
            }
            let Some(group) = top.groups.next() else {
                stack.pop();
                continue;
            };
            // All members of one relationship are claimed before the first is descended into.
            let mut queue = Vec::new();
            for child in group {
                if visited.contains(&instance_key(&child)) || session.contains(&child) {
                    continue;
                }
                visited.insert(instance_key(&child));
                queue.push(child);
            }
            top.queue = queue.into_iter();
        }
        Ok(())
    }

    /// Removes an object from its session (it becomes detached, or transient if never flushed).
    pub fn expunge(&self, session: &SessionData, instance: &Rc<Instance>) {
        let Some(state) = existing_state(instance) else { return };
        let status = state.borrow().status;
        if state.borrow().session == Some(session.id)
            && let Some(event) = crate::orm::events::leaving_event(status, !session.delete_pending(&state))
        {
            self.note_transition(session.id, event, instance);
        }
        session.forget(instance);
        if let Some(key) = SessionData::key_for(&state) {
            let mut map = session.identity.borrow_mut();
            if map.get(&key).is_some_and(|i| Rc::ptr_eq(i, instance)) {
                map.remove(&key);
            }
        }
        let mut s = state.borrow_mut();
        s.session = None;
        s.status = if s.identity.is_some() { Status::Detached } else { Status::Transient };
    }

    /// `session.expunge(obj)`: `obj` and, along relationships that cascade `expunge` (part of
    /// `"all"`), the loaded objects reachable from it that belong to the session
    /// (`mapper.cascade_iterator("expunge", state)`).
    pub fn expunge_cascade(&self, session: &SessionData, instance: &Rc<Instance>) {
        let mut seen: Vec<Rc<Instance>> = vec![instance.clone()];
        let mut stack = vec![instance.clone()];
        while let Some(inst) = stack.pop() {
            for target in self.cascade_targets(&inst, |c| c.expunge) {
                if !seen.iter().any(|s| Rc::ptr_eq(s, &target)) {
                    seen.push(target.clone());
                    stack.push(target);
                }
            }
        }
        for (n, inst) in seen.iter().enumerate() {
            if n == 0 || session.contains(inst) {
                self.expunge(session, inst);
            }
        }
    }

    /// `session.merge(obj)`: the session's copy of `obj` — the object of its identity key in the
    /// session, else loaded by that key, else a new pending one — with `obj`'s loaded column values
    /// copied onto it and, along relationships that cascade `merge` (the default), its loaded related
    /// objects merged too (SQLAlchemy's `Session._merge`; see [`MergeMemo`]).
    pub fn merge(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        inst: &Rc<Instance>,
        load: bool,
    ) -> PyResult<Value> {
        let mut merged = MergeMemo { no_load: !load, ..MergeMemo::default() };
        // SQLAlchemy merges with autoflush off: loading the objects merged onto must not flush the
        // pending copies made so far.
        let autoflush = session.autoflush.replace(false);
        let out = self.merge_into(interp, session, inst, &mut merged);
        session.autoflush.set(autoflush);
        out
    }

    fn merge_into(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        inst: &Rc<Instance>,
        merged: &mut MergeMemo,
    ) -> PyResult<Value> {
        let Some(info) = mapped(&inst.class) else {
            return Err(self.error(
                interp,
                SaExc::UnmappedInstanceError,
                format!("Class '__main__.{}' is not mapped", inst.class.name),
            ));
        };
        if let Some((_, copy)) = merged.copies.iter().find(|(id, _)| *id == inst.id) {
            return Ok(Value::Instance(copy.clone()));
        }
        self.configure(interp, &info.registry)?;
        if session.contains(inst) {
            return Ok(Value::Instance(inst.clone()));
        }
        // Every column attribute of the class, a joined subclass's base-table ones included.
        let columns = crate::orm::inheritance::mapped_columns(&info.registry.borrow(), info.mapper);
        // A detached object keeps its identity key even when its attributes are expired.
        let identity = existing_state(inst).and_then(|s| s.borrow().identity.clone());
        if merged.no_load {
            return self.merge_without_load(interp, session, inst, &info, &columns, identity, merged);
        }
        let pk: Vec<Value> = match identity {
            Some(cells) => {
                let pk_cols = columns.iter().filter(|c| c.primary_key);
                cells.iter().zip(pk_cols).map(|(cell, c)| crate::orm::state::from_cell(interp, cell, &c.ty)).collect()
            }
            None => columns
                .iter()
                .filter(|c| c.primary_key)
                .map(|c| inst.dict.borrow().get(c.key.as_str()).cloned().unwrap_or(Value::None))
                .collect(),
        };
        let target = if pk.is_empty() || pk.iter().any(|v| matches!(v, Value::None)) {
            Value::None
        } else {
            let key = if pk.len() == 1 { pk[0].clone() } else { Value::tuple(pk) };
            self.get_by_key(interp, session, &info.registry, info.mapper, &key)?
        };
        let target = match target {
            Value::Instance(t) => t,
            _ => {
                let copy = Rc::new(Instance {
                    class: inst.class.clone(),
                    dict: std::cell::RefCell::new(crate::eval::value::Namespace::default()),
                    native: std::cell::RefCell::new(None),
                    id: interp.next_id(),
                });
                interp.track_instance(&copy);
                state_of(&copy, &info.registry, info.mapper);
                self.session_add(interp, session, &copy)?;
                copy
            }
        };
        merged.copies.push((inst.id, target.clone()));
        self.merge_state(interp, session, inst, &target, &info, &columns, merged)?;
        Ok(Value::Instance(target))
    }

    /// `merge(obj, load=False)` (SQLAlchemy's caching recipe): no SQL at all. The object must be
    /// persistent somewhere (a transient or modified one is refused); the copy is the identity
    /// map's object, else a new one made persistent with the same key, and whatever is copied
    /// onto it is its committed state (no history: it is not dirty).
    #[allow(clippy::too_many_arguments)]
    fn merge_without_load(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        inst: &Rc<Instance>,
        info: &crate::orm::mapper::MappedClass,
        columns: &[crate::orm::mapper::ColumnDef],
        identity: Option<Vec<crate::db::Cell>>,
        merged: &mut MergeMemo,
    ) -> PyResult<Value> {
        let Some(cells) = identity else {
            let message = "merge() with load=False option does not support objects transient (i.e. unpersisted) objects.  flush() all changes on mapped instances before merging with load=False.";
            return Err(self.error(interp, SaExc::InvalidRequestError, message));
        };
        let key = crate::orm::identity::IdentityKey::new(&info.registry, info.mapper, &cells);
        let found = session.identity.borrow().get(&key).cloned();
        let target = match found {
            Some(t) => t,
            None => {
                if existing_state(inst).is_some_and(|s| s.borrow().modified) {
                    let message = "merge() with load=False option does not support objects marked as 'dirty'.  flush() all changes on mapped instances before merging with load=False.";
                    return Err(self.error(interp, SaExc::InvalidRequestError, message));
                }
                let copy = Rc::new(Instance {
                    class: inst.class.clone(),
                    dict: std::cell::RefCell::new(crate::eval::value::Namespace::default()),
                    native: std::cell::RefCell::new(None),
                    id: interp.next_id(),
                });
                interp.track_instance(&copy);
                let state = state_of(&copy, &info.registry, info.mapper);
                {
                    let mut s = state.borrow_mut();
                    s.identity = Some(cells);
                    s.status = Status::Detached;
                }
                self.session_add(interp, session, &copy)?;
                copy
            }
        };
        merged.copies.push((inst.id, target.clone()));
        self.merge_state(interp, session, inst, &target, info, columns, merged)?;
        // SQLAlchemy's `_commit_all`: what was copied is the committed state.
        if let Some(state) = existing_state(&target) {
            let mut s = state.borrow_mut();
            for c in columns {
                if let Some(v) = target.dict.borrow().get(c.key.as_str()) {
                    s.committed.insert(c.key.clone(), v.clone());
                    s.expired.shift_remove(&c.key);
                }
            }
            s.history.clear();
            s.modified = false;
        }
        session.modified.borrow_mut().discard(&target);
        Ok(Value::Instance(target))
    }

    /// Copies `inst`'s loaded columns and its `merge`-cascaded relationships onto `target`.
    #[allow(clippy::too_many_arguments)]
    fn merge_state(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        inst: &Rc<Instance>,
        target: &Rc<Instance>,
        info: &crate::orm::mapper::MappedClass,
        columns: &[crate::orm::mapper::ColumnDef],
        merged: &mut MergeMemo,
    ) -> PyResult<()> {
        for c in columns {
            let value = inst.dict.borrow().get(c.key.as_str()).cloned();
            if let Some(v) = value {
                let expired = existing_state(inst).is_some_and(|s| s.borrow().expired.contains(&c.key));
                if !expired {
                    interp.set_attr(&Value::Instance(target.clone()), &c.key, v)?;
                }
            }
        }
        self.merge_relationships(interp, session, inst, target, info, merged)
    }

    /// The `merge` cascade: each relationship loaded on `source` is set on `target` to the merged
    /// copies of its objects (a collection is replaced as a whole, as SQLAlchemy's
    /// `RelationshipProperty.merge` does).
    fn merge_relationships(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        source: &Rc<Instance>,
        target: &Rc<Instance>,
        info: &crate::orm::mapper::MappedClass,
        merged: &mut MergeMemo,
    ) -> PyResult<()> {
        let rels: Vec<(String, bool, usize, Option<String>)> = {
            let reg = info.registry.borrow();
            reg.relationships_of(info.mapper)
                .into_iter()
                .filter_map(|r| r.resolved.as_ref().map(|res| (r, res)))
                .filter(|(_, res)| res.cascade.merge && !res.viewonly)
                .map(|(r, res)| (r.key.clone(), res.uselist, res.target, res.reverse.clone()))
                .collect()
        };
        for (key, uselist, target_mapper, reverse) in rels {
            // Reached along this relationship's reverse: the side merging it sets the link.
            if reverse.is_some_and(|rev| merged.reached.iter().any(|r| *r == (source.id, target_mapper, rev.clone()))) {
                continue;
            }
            let Some(value) = source.dict.borrow().get(key.as_str()).cloned() else { continue };
            let items = if uselist {
                let Some(items) = crate::orm::collection::collection_items(&value) else { continue };
                items
            } else {
                vec![value.clone()]
            };
            let mut copies = Vec::with_capacity(items.len());
            for item in items {
                match &item {
                    Value::Instance(i) => {
                        merged.reached.push((i.id, info.mapper, key.clone()));
                        copies.push(self.merge_into(interp, session, i, merged)?);
                    }
                    other => copies.push(other.clone()),
                }
            }
            let merged_value = if uselist { Value::list(copies) } else { copies.pop().unwrap_or(Value::None) };
            interp.set_attr(&Value::Instance(target.clone()), &key, merged_value)?;
        }
        Ok(())
    }
}

/// What one `merge()` call has done so far: the copy of each object merged (so cycles stop), and
/// each object reached as the value of a relationship — (object, owner mapper, key) — so merging it
/// skips that relationship's reverse, as SQLAlchemy's `RelationshipProperty.merge` does (else a
/// stub parent merged from its child would replace the parent's whole collection).
#[derive(Default)]
struct MergeMemo {
    /// `merge(load=False)`: nothing is loaded, what is copied is committed state.
    no_load: bool,
    copies: Vec<(usize, Rc<Instance>)>,
    reached: Vec<(usize, usize, String)>,
}
