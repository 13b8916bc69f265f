//! `Session.begin_nested()`: a SAVEPOINT inside the session's transaction (SQLAlchemy's nested
//! `SessionTransaction`). Beginning one flushes what is pending; the `SAVEPOINT sa_savepoint_N` is
//! emitted lazily, when the nested transaction first uses the connection (as SQLAlchemy acquires
//! its connection). Committing flushes and releases it; rolling it back (`ROLLBACK TO SAVEPOINT`)
//! restores the session as SQLAlchemy's `_restore_snapshot(dirty_only=True)` does: objects added or
//! inserted inside become transient, deletions made inside are reverted, and objects changed inside
//! are expired. A flush that fails inside rolls back only the savepoint, so the outer transaction
//! goes on.

use super::SessionData;
use crate::eval::value::{Instance, Value};
use crate::eval::{Interp, PyResult};
use crate::orm::Orm;
use crate::orm::native::{native_class, receiver, wrap};
use crate::orm::ordered::{InstanceSet, instance_key};
use crate::orm::state::{Status, existing_state};
use std::collections::HashSet;
use std::rc::Rc;

/// One open nested transaction.
#[derive(Default)]
pub struct Nested {
    /// The savepoint's name once it was emitted.
    savepoint: Option<String>,
    /// Objects whose INSERT or DELETE was flushed before the savepoint began.
    inserted_before: HashSet<usize>,
    deleted_before: HashSet<usize>,
    /// Objects flushed with changes inside the savepoint (SQLAlchemy's `_dirty`).
    dirty: InstanceSet,
    /// Rolled back already by a failed flush: ending it only closes it.
    rolled_back: bool,
}

impl Nested {
    /// Not yet rolled back.
    pub fn is_active(&self) -> bool {
        !self.rolled_back
    }
}

impl SessionData {
    /// Emits the SAVEPOINT of every nested transaction that has not used the connection yet.
    pub fn open_pending_savepoints(&self) {
        let count = self.nested.borrow().len();
        for at in 0..count {
            if self.nested.borrow().get(at).is_none_or(|n| n.savepoint.is_some() || n.rolled_back) {
                continue;
            }
            let name = match &self.conn {
                Some(conn) => conn.open_savepoint().ok(),
                None => {
                    self.savepoint_seq.set(self.savepoint_seq.get() + 1);
                    let name = format!("sa_savepoint_{}", self.savepoint_seq.get());
                    self.engine.control(&format!("SAVEPOINT {name}")).ok().map(|_| name)
                }
            };
            if let Some(n) = self.nested.borrow_mut().get_mut(at) {
                n.savepoint = name;
            }
        }
    }

    /// Notes objects a flush wrote changes for inside the innermost savepoint.
    pub fn note_nested_dirty(&self, changed: &[Rc<Instance>]) {
        if let Some(n) = self.nested.borrow_mut().last_mut() {
            for inst in changed {
                n.dirty.add(inst);
            }
        }
    }

    /// Ends savepoint `name` on the connection: RELEASE or ROLLBACK TO.
    fn end_savepoint(&self, name: &str, release: bool) -> Result<(), crate::db::DbError> {
        match &self.conn {
            Some(conn) => conn.close_savepoint(name, release),
            None if release => self.engine.control(&format!("RELEASE SAVEPOINT {name}")),
            None => self.engine.control(&format!("ROLLBACK TO SAVEPOINT {name}")),
        }
    }

    /// Releases every open savepoint, innermost first (a root `commit()` commits through them).
    pub fn release_all_savepoints(&self) {
        let taken: Vec<Nested> = self.nested.borrow_mut().drain(..).rev().collect();
        for n in taken {
            if let (Some(name), false) = (&n.savepoint, n.rolled_back) {
                let _ = self.end_savepoint(name, true);
            }
        }
    }
}

/// The `SessionTransaction` of the nested transaction at `depth` (1 = outermost) of `session`.
pub fn nested_handle(interp: &mut Interp, session: Value, depth: usize) -> Value {
    let class = native_class(interp, "SessionTransaction", "sqlalchemy.orm.session", NESTED_METHODS);
    crate::orm::native::native_property(&class, "is_active", |i, a| {
        let (s, depth, _) = handle(i, a)?;
        Ok(Value::Bool(s.nested.borrow().get(depth - 1).is_some_and(Nested::is_active)))
    });
    crate::orm::native::native_property(&class, "nested", |_, _| Ok(Value::Bool(true)));
    // The enclosing transaction: the next nested one out, else the session's root transaction.
    crate::orm::native::native_property(&class, "parent", |i, a| {
        let (h, _, _) = receiver::<NestedHandle>(i, a, "SessionTransaction")?;
        if h.depth > 1 {
            return Ok(nested_handle(i, h.session.clone(), h.depth - 1));
        }
        crate::orm::modules::begin_block(i, h.session.clone(), false)
    });
    wrap(interp, &class, NestedHandle { session, depth })
}

impl Orm {
    /// `session.begin_nested()`.
    pub fn begin_nested(&self, interp: &mut Interp, session: &Rc<SessionData>, this: Value) -> PyResult<Value> {
        self.check_pending_rollback(interp, session)?;
        self.autobegin(interp, session)?;
        self.flush(interp, session)?;
        let ids = |set: &InstanceSet| set.values().map(instance_key).collect::<HashSet<usize>>();
        let nested = Nested {
            inserted_before: ids(&session.inserted.borrow()),
            deleted_before: ids(&session.deleted.borrow()),
            ..Nested::default()
        };
        session.nested.borrow_mut().push(nested);
        let depth = session.nested.borrow().len();
        Ok(nested_handle(interp, this, depth))
    }

    /// Commits the nested transaction at `depth` (and any inside it): flush, then RELEASE.
    fn commit_nested(&self, interp: &mut Interp, session: &Rc<SessionData>, depth: usize) -> PyResult<()> {
        if session.nested.borrow().len() < depth {
            return Ok(());
        }
        if session.nested.borrow().get(depth - 1).is_some_and(|n| n.rolled_back) {
            session.nested.borrow_mut().truncate(depth - 1);
            return Ok(());
        }
        self.flush(interp, session)?;
        while session.nested.borrow().len() >= depth {
            let Some(n) = session.nested.borrow_mut().pop() else { break };
            if let (Some(name), false) = (&n.savepoint, n.rolled_back)
                && let Err(e) = session.end_savepoint(name, true)
            {
                let (class, _) = crate::orm::engine::dbapi_class(e.kind);
                return Err(self.error(interp, class, format!("(sqlite3.{class}) {e}")));
            }
            if let Some(parent) = session.nested.borrow_mut().last_mut() {
                for inst in n.dirty.values() {
                    parent.dirty.add(inst);
                }
            }
        }
        Ok(())
    }

    /// Rolls back the nested transaction at `depth`; `close` also ends it (else it stays, inactive,
    /// until closed, as after a failed flush).
    pub fn rollback_nested(&self, session: &SessionData, depth: usize, close: bool) {
        if session.nested.borrow().len() < depth {
            return;
        }
        let already = session.nested.borrow().get(depth - 1).is_some_and(|n| n.rolled_back);
        if !already {
            let mut dirty: Vec<Rc<Instance>> = Vec::new();
            while session.nested.borrow().len() > depth {
                if let Some(n) = session.nested.borrow_mut().pop() {
                    dirty.extend(n.dirty.values().cloned());
                }
            }
            let (name, inserted_before, deleted_before) = {
                let mut all = session.nested.borrow_mut();
                let Some(n) = all.last_mut() else { return };
                n.rolled_back = true;
                dirty.extend(n.dirty.values().cloned());
                (n.savepoint.take(), std::mem::take(&mut n.inserted_before), std::mem::take(&mut n.deleted_before))
            };
            if let Some(name) = name {
                session.engine.next_group();
                let _ = session.end_savepoint(&name, false);
            }
            self.restore_snapshot(session, &inserted_before, &deleted_before, dirty);
        }
        if close {
            session.nested.borrow_mut().truncate(depth - 1);
        }
    }

    fn restore_snapshot(
        &self,
        session: &SessionData,
        inserted_before: &HashSet<usize>,
        deleted_before: &HashSet<usize>,
        dirty: Vec<Rc<Instance>>,
    ) {
        // Objects added inside leave the session.
        for (_, instance) in session.new.borrow_mut().take() {
            if let Some(state) = existing_state(&instance) {
                state.borrow_mut().rolled_back_to_transient(false);
            }
        }
        // Objects inserted inside become transient again.
        let inserted: Vec<Rc<Instance>> = session.inserted.borrow().values().cloned().collect();
        for instance in inserted.iter().filter(|i| !inserted_before.contains(&instance_key(i))) {
            let Some(state) = existing_state(instance) else { continue };
            if let Some(key) = SessionData::key_for(&state) {
                session.identity.borrow_mut().remove(&key);
            }
            session.inserted.borrow_mut().discard(instance);
            session.loaded.borrow_mut().discard(instance);
            session.modified.borrow_mut().discard(instance);
            state.borrow_mut().rolled_back_to_transient(true);
        }
        // Deletions made inside are reverted.
        let deleted: Vec<Rc<Instance>> = session.deleted.borrow().values().cloned().collect();
        let mut expire: Vec<Rc<Instance>> = dirty;
        expire.extend(session.modified.borrow().values().cloned());
        for instance in deleted.iter().filter(|i| !deleted_before.contains(&instance_key(i))) {
            session.deleted.borrow_mut().discard(instance);
            let Some(state) = existing_state(instance) else { continue };
            if state.borrow().status != Status::Deleted {
                continue;
            }
            if let Some(key) = SessionData::key_for(&state) {
                session.identity.borrow_mut().insert(key, instance.clone());
            }
            state.borrow_mut().status = Status::Persistent;
            expire.push(instance.clone());
        }
        for instance in expire {
            if session.identity_position(&instance).is_none() {
                continue;
            }
            if let Some(state) = existing_state(&instance) {
                state.borrow_mut().history.clear();
            }
            session.modified.borrow_mut().discard(&instance);
            self.expire_instance(&instance, None);
        }
    }
}

/// The Python `SessionTransaction` of a `begin_nested()`.
struct NestedHandle {
    session: Value,
    depth: usize,
}

fn handle(interp: &mut Interp, args: crate::eval::Args) -> PyResult<(Rc<SessionData>, usize, crate::eval::Args)> {
    let (h, _, rest) = receiver::<NestedHandle>(interp, args, "SessionTransaction")?;
    match super::session_of(&h.session) {
        Some(s) => Ok((s, h.depth, rest)),
        None => Err(interp.type_error("SessionTransaction without a session")),
    }
}

const NESTED_METHODS: &[(&str, crate::orm::native::Method)] = &[
    ("__enter__", |i, a| {
        let this = a.positional.first().cloned().unwrap_or(Value::None);
        handle(i, a)?;
        Ok(this)
    }),
    ("__exit__", |i, a| {
        let (s, depth, rest) = handle(i, a)?;
        let orm = crate::orm::orm(i)?;
        let failed = !matches!(rest.positional.first(), None | Some(Value::None));
        if failed {
            orm.rollback_nested(&s, depth, true);
            return Ok(Value::Bool(false));
        }
        let result = orm.commit_nested(i, &s, depth);
        if result.is_err() {
            orm.rollback_nested(&s, depth, true);
        }
        result.map(|_| Value::Bool(false))
    }),
    ("commit", |i, a| {
        let (s, depth, _) = handle(i, a)?;
        let orm = crate::orm::orm(i)?;
        orm.commit_nested(i, &s, depth).map(|_| Value::None)
    }),
    ("rollback", |i, a| {
        let (s, depth, _) = handle(i, a)?;
        crate::orm::orm(i)?.rollback_nested(&s, depth, true);
        Ok(Value::None)
    }),
    ("close", |i, a| {
        let (s, depth, _) = handle(i, a)?;
        crate::orm::orm(i)?.rollback_nested(&s, depth, true);
        Ok(Value::None)
    }),
];
