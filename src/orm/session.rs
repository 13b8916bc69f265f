//! Sessions: the identity map, the pending/deleted sets, transactions, and the Python `Session` and
//! `sessionmaker` objects.

use super::declarative::mapped;
use super::engine::{Engine, engine_of};
use super::identity::IdentityKey;
use super::native::{arg, kwarg, native_class, receiver, state, wrap, wrap_rc};
use super::state::{StateRef, Status, existing_state, state_of};
use super::{Orm, orm};
use crate::eval::value::{Instance, Property, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;
use indexmap::IndexMap;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub struct SessionData {
    pub id: u64,
    pub engine: Rc<Engine>,
    pub identity: RefCell<IndexMap<IdentityKey, Rc<Instance>>>,
    /// Pending objects, in the order they entered the session.
    pub new: RefCell<Vec<Rc<Instance>>>,
    /// Objects marked for deletion at the next flush.
    pub deleted: RefCell<Vec<Rc<Instance>>>,
    pub counter: Cell<u64>,
    pub expire_on_commit: bool,
    pub autoflush: Cell<bool>,
    pub pending_rollback: Cell<bool>,
    pub flushing: Cell<bool>,
    pub in_transaction: Cell<bool>,
    /// The session-level transaction (SQLAlchemy's `SessionTransaction`): begun by `add()`, queries,
    /// loads and flushes, ended by commit/rollback/close. `begin()` while it is open is an error.
    pub begun: Cell<bool>,
}

impl SessionData {
    pub fn contains(&self, instance: &Rc<Instance>) -> bool {
        let Some(state) = existing_state(instance) else { return false };
        let s = state.borrow();
        if s.session != Some(self.id) {
            return false;
        }
        match s.status {
            Status::Pending | Status::Persistent => true,
            // A flushed DELETE leaves the identity map: the object is no longer `in session`.
            Status::Deleted => {
                drop(s);
                self.delete_pending(&state)
            }
            _ => false,
        }
    }

    /// Whether a deleted object's DELETE is still to be flushed (its row is still in the identity map).
    pub fn delete_pending(&self, state: &StateRef) -> bool {
        Self::key_for(state).is_some_and(|k| self.identity.borrow().contains_key(&k))
    }

    pub fn key_for(state: &StateRef) -> Option<IdentityKey> {
        let s = state.borrow();
        let identity = s.identity.as_ref()?;
        Some(IdentityKey::new(&s.registry, s.mapper, identity))
    }

    /// All objects the session holds: persistent ones (identity map) then pending ones.
    pub fn all_objects(&self) -> Vec<Rc<Instance>> {
        let mut out: Vec<Rc<Instance>> = self.identity.borrow().values().cloned().collect();
        out.extend(self.new.borrow().iter().cloned());
        out
    }
}

/// Session options from `Session(...)` or `sessionmaker(...)`.
#[derive(Clone)]
pub struct SessionConfig {
    pub engine: Option<Rc<Engine>>,
    pub expire_on_commit: bool,
    pub autoflush: bool,
}

fn config_from(interp: &mut Interp, args: &Args, base: Option<&SessionConfig>) -> PyResult<SessionConfig> {
    let mut config = base.cloned().unwrap_or(SessionConfig { engine: None, expire_on_commit: true, autoflush: true });
    if let Some(bind) = arg(args, 0, "bind") {
        config.engine = engine_of(&bind);
    }
    if let Some(v) = kwarg(args, "expire_on_commit") {
        config.expire_on_commit = interp.truthy(&v)?;
    }
    if let Some(v) = kwarg(args, "autoflush") {
        config.autoflush = interp.truthy(&v)?;
    }
    Ok(config)
}

impl Orm {
    /// `Session(engine)` / `Session(bind=engine)`.
    pub fn new_session(&self, interp: &mut Interp, args: Args) -> PyResult<Value> {
        let config = config_from(interp, &args, None)?;
        self.make_session(interp, config)
    }

    pub fn make_session(&self, interp: &mut Interp, config: SessionConfig) -> PyResult<Value> {
        let Some(engine) = config.engine else {
            return Err(self.error(
                interp,
                SaExc::UnboundExecutionError,
                "Could not locate a bind configured on the Session: pass the engine, Session(engine)",
            ));
        };
        let data = Rc::new(SessionData {
            id: self.next_session_id(),
            engine,
            identity: RefCell::new(IndexMap::new()),
            new: RefCell::new(Vec::new()),
            deleted: RefCell::new(Vec::new()),
            counter: Cell::new(0),
            expire_on_commit: config.expire_on_commit,
            autoflush: Cell::new(config.autoflush),
            pending_rollback: Cell::new(false),
            flushing: Cell::new(false),
            in_transaction: Cell::new(false),
            begun: Cell::new(false),
        });
        self.sessions.borrow_mut().push(Rc::downgrade(&data));
        let class = session_class(interp);
        Ok(wrap_rc(interp, &class, data))
    }

    /// `sessionmaker(bind=engine, ...)`.
    pub fn sessionmaker(&self, interp: &mut Interp, args: Args) -> PyResult<Value> {
        let config = config_from(interp, &args, None)?;
        let class = native_class(
            interp,
            "sessionmaker",
            "sqlalchemy.orm",
            &[("__call__", sessionmaker_call), ("begin", sessionmaker_begin), ("configure", sessionmaker_configure)],
        );
        Ok(wrap(interp, &class, RefCell::new(config)))
    }

    /// Adds an object (and what its save-update cascade reaches) to the session. Like SQLAlchemy, an
    /// object already in the session still cascades to the new objects linked to it.
    pub fn session_add(&self, interp: &mut Interp, session: &Rc<SessionData>, instance: &Rc<Instance>) -> PyResult<()> {
        self.attach(interp, session, instance)?;
        self.cascade_save(interp, session, instance)
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
                session.new.borrow_mut().push(instance.clone());
            }
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
                } else {
                    let mut s = state.borrow_mut();
                    s.session = Some(session.id);
                    s.status = Status::Pending;
                    drop(s);
                    session.new.borrow_mut().push(instance.clone());
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
        let mut visited = vec![Rc::as_ptr(root)];
        self.cascade_walk(interp, session, root, &mut visited)
    }

    fn cascade_walk(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        inst: &Rc<Instance>,
        visited: &mut Vec<*const Instance>,
    ) -> PyResult<()> {
        for group in self.cascade_groups(inst, |c| c.save_update) {
            let mut queue = Vec::new();
            for child in group {
                let ptr = Rc::as_ptr(&child);
                if visited.contains(&ptr) || session.contains(&child) {
                    continue;
                }
                visited.push(ptr);
                queue.push(child);
            }
            for child in queue {
                self.attach(interp, session, &child)?;
                self.cascade_walk(interp, session, &child, visited)?;
            }
        }
        Ok(())
    }

    /// The session object of a session id, if it is still open.
    pub fn session_by_id(&self, id: u64) -> Option<Rc<SessionData>> {
        self.sessions.borrow().iter().filter_map(std::rc::Weak::upgrade).find(|s| s.id == id)
    }

    /// Removes an object from its session (it becomes detached, or transient if never flushed).
    pub fn expunge(&self, session: &SessionData, instance: &Rc<Instance>) {
        let Some(state) = existing_state(instance) else { return };
        session.new.borrow_mut().retain(|i| !Rc::ptr_eq(i, instance));
        session.deleted.borrow_mut().retain(|i| !Rc::ptr_eq(i, instance));
        if let Some(key) = SessionData::key_for(&state) {
            let mut map = session.identity.borrow_mut();
            if map.get(&key).is_some_and(|i| Rc::ptr_eq(i, instance)) {
                map.shift_remove(&key);
            }
        }
        let mut s = state.borrow_mut();
        s.session = None;
        s.status = if s.identity.is_some() { Status::Detached } else { Status::Transient };
    }

    pub fn commit(&self, interp: &mut Interp, session: &Rc<SessionData>) -> PyResult<()> {
        self.check_pending_rollback(interp, session)?;
        self.flush(interp, session)?;
        session.engine.next_group();
        session.engine.commit();
        session.in_transaction.set(false);
        session.begun.set(false);
        // Deleted objects leave the session for good; everything else expires (expire_on_commit).
        for instance in std::mem::take(&mut *session.deleted.borrow_mut()) {
            if let Some(state) = existing_state(&instance) {
                let mut s = state.borrow_mut();
                s.session = None;
                s.status = Status::Detached;
            }
        }
        for instance in session.identity.borrow().values() {
            if let Some(state) = existing_state(instance) {
                state.borrow_mut().inserted_in_transaction = false;
            }
        }
        if session.expire_on_commit {
            let objects: Vec<Rc<Instance>> = session.identity.borrow().values().cloned().collect();
            for instance in objects {
                self.expire_instance(&instance, None);
            }
        }
        Ok(())
    }

    pub fn rollback(&self, session: &Rc<SessionData>) {
        session.engine.next_group();
        session.engine.rollback();
        session.in_transaction.set(false);
        session.begun.set(false);
        session.pending_rollback.set(false);
        // Pending objects leave the session; objects inserted in this transaction become transient
        // again (keeping their primary key attribute); deleted ones come back; everything expires.
        for instance in std::mem::take(&mut *session.new.borrow_mut()) {
            if let Some(state) = existing_state(&instance) {
                let mut s = state.borrow_mut();
                s.session = None;
                s.status = Status::Transient;
                s.history.clear();
            }
        }
        let objects: Vec<(IdentityKey, Rc<Instance>)> =
            session.identity.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (key, instance) in objects {
            let Some(state) = existing_state(&instance) else { continue };
            if state.borrow().inserted_in_transaction {
                session.identity.borrow_mut().shift_remove(&key);
                let mut s = state.borrow_mut();
                s.session = None;
                s.status = Status::Transient;
                s.identity = None;
                s.inserted_in_transaction = false;
                s.history.clear();
                continue;
            }
            {
                let mut s = state.borrow_mut();
                if s.status == Status::Deleted {
                    s.status = Status::Persistent;
                }
                s.history.clear();
            }
            self.expire_instance(&instance, None);
        }
        // Objects whose DELETE was flushed left the identity map; the rollback brings their rows back,
        // so they are persistent (and expired) again.
        for instance in std::mem::take(&mut *session.deleted.borrow_mut()) {
            let Some(state) = existing_state(&instance) else { continue };
            if state.borrow().status != Status::Deleted {
                continue;
            }
            if let Some(key) = SessionData::key_for(&state) {
                session.identity.borrow_mut().insert(key, instance.clone());
            }
            {
                let mut s = state.borrow_mut();
                s.status = Status::Persistent;
                s.history.clear();
            }
            self.expire_instance(&instance, None);
        }
    }

    /// Ends the session: rolls back, and every object becomes detached (or transient).
    pub fn close(&self, session: &Rc<SessionData>) {
        if session.in_transaction.get() {
            session.engine.next_group();
            session.engine.rollback();
            session.in_transaction.set(false);
        }
        session.begun.set(false);
        session.pending_rollback.set(false);
        for instance in session.all_objects() {
            self.expunge(session, &instance);
        }
        session.deleted.borrow_mut().clear();
    }

    /// `session.begin()`: an explicit transaction, refused while one is already open (autobegun by an
    /// earlier add, query or attribute load), as SQLAlchemy refuses it.
    pub fn explicit_begin(&self, interp: &Interp, session: &SessionData) -> PyResult<()> {
        if session.begun.get() {
            return Err(self.error(
                interp,
                SaExc::InvalidRequestError,
                "A transaction is already begun on this Session.",
            ));
        }
        self.autobegin(session);
        Ok(())
    }

    pub fn check_pending_rollback(&self, interp: &Interp, session: &SessionData) -> PyResult<()> {
        if session.pending_rollback.get() {
            return Err(self.error(
                interp,
                SaExc::PendingRollbackError,
                "This Session's transaction has been rolled back due to a previous exception during flush. To begin a new transaction with this Session, first issue Session.rollback().",
            ));
        }
        Ok(())
    }

    /// Starts the session's transaction if none is open (SQLAlchemy's autobegin).
    pub fn autobegin(&self, session: &SessionData) {
        session.begun.set(true);
        if !session.in_transaction.get() {
            session.in_transaction.set(true);
            session.engine.begin();
        }
    }
}

fn session_class(interp: &mut Interp) -> Rc<crate::eval::value::Class> {
    let class = native_class(interp, "Session", "sqlalchemy.orm", &super::modules::SESSION_METHODS);
    if !class.dict.borrow().contains_key("dirty") {
        let mut dict = class.dict.borrow_mut();
        for (name, getter) in [
            ("dirty", super::modules::session_dirty as super::native::Method),
            ("new", super::modules::session_new),
            ("deleted", super::modules::session_deleted),
            ("bind", super::modules::session_bind),
            ("no_autoflush", super::modules::session_no_autoflush),
        ] {
            let getter = Interp::builtin(name, getter);
            dict.insert(crate::ir::Name::from(name), Value::Property(Rc::new(Property { getter, setter: None })));
        }
    }
    class
}

fn sessionmaker_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (config, _, rest) = receiver::<RefCell<SessionConfig>>(interp, args, "sessionmaker")?;
    let base = config.borrow().clone();
    let config = config_from(interp, &rest, Some(&base))?;
    let orm = orm(interp)?;
    orm.make_session(interp, config)
}

fn sessionmaker_configure(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (config, _, rest) = receiver::<RefCell<SessionConfig>>(interp, args, "sessionmaker")?;
    let base = config.borrow().clone();
    let updated = config_from(interp, &rest, Some(&base))?;
    *config.borrow_mut() = updated;
    Ok(Value::None)
}

/// `SessionLocal.begin()`: a context manager giving a new session whose transaction commits on exit.
fn sessionmaker_begin(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (config, _, _) = receiver::<RefCell<SessionConfig>>(interp, args, "sessionmaker")?;
    let orm = orm(interp)?;
    let session = orm.make_session(interp, config.borrow().clone())?;
    super::modules::begin_block(interp, session, true)
}

/// The session behind a `Session` object.
pub fn session_of(v: &Value) -> Option<Rc<SessionData>> {
    state::<SessionData>(v)
}
