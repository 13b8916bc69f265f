//! Sessions: the identity map, the pending/deleted sets, and the Python `Session` and `sessionmaker`
//! objects. What a session holds (add, cascade, expunge, merge) is in `membership`; its transaction
//! (begin, commit, rollback, close) in `transaction`.

use super::Orm;
use super::engine::Engine;
use super::identity::{IdentityKey, IdentityMap};
use super::native::{state, wrap_rc};
use super::ordered::InstanceSet;
use super::state::{StateRef, Status, existing_state};
use crate::eval::value::{Instance, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;
use crate::orm::engine::connection::ConnectionData;
use class::new_dict;
pub(crate) use class::session_class;
pub use config::SessionConfig;
use config::config_from;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
pub use transaction::{JoinMode, Joined};

mod audit;
mod bulk_legacy;
mod class;
mod config;
mod expiry;
mod membership;
pub(crate) mod nested;
mod subclass;
#[cfg(test)]
mod tests;
mod transaction;
mod transient;

pub struct SessionData {
    pub id: u64,
    /// `Session.info`.
    pub info: Value,
    pub engine: Rc<Engine>,
    pub identity: RefCell<IdentityMap>,
    /// Pending objects, in the order they entered the session.
    pub new: RefCell<InstanceSet>,
    /// Objects marked for deletion at the next flush.
    pub deleted: RefCell<InstanceSet>,
    /// Objects that may hold loaded attributes or relationship history: every other object of the
    /// identity map is fully expired already, so expire-on-commit visits only these (a commit costs
    /// what the transaction touched, not the size of the identity map).
    pub loaded: RefCell<InstanceSet>,
    /// Objects that may have unflushed column changes or relationship history (SQLAlchemy's
    /// `_modified`): a flush looks at these and the pending and deleted ones, never the whole map.
    pub modified: RefCell<InstanceSet>,
    /// Objects whose INSERT was flushed in the current transaction.
    pub inserted: RefCell<InstanceSet>,
    pub counter: Cell<u64>,
    pub expire_on_commit: Cell<bool>,
    pub autoflush: Cell<bool>,
    pub pending_rollback: Cell<bool>,
    pub flushing: Cell<bool>,
    pub in_transaction: Cell<bool>,
    /// While `after_commit` listeners run: the transaction is committed but not yet replaced
    /// (SQLAlchemy's `COMMITTED` state), so SQL through the session is refused.
    pub committed_phase: Cell<bool>,
    /// The session-level transaction (SQLAlchemy's `SessionTransaction`): begun by `add()`, queries,
    /// loads and flushes, ended by commit/rollback/close. `begin()` while it is open is an error.
    pub begun: Cell<bool>,
    /// The `Connection` given as the bind (`Session(conn)`): its transaction, if open, is joined.
    pub conn: Option<Rc<ConnectionData>>,
    /// The connection-level transaction the session's work runs in: the bound connection's, else
    /// the session's own connection's.
    pub txn: Rc<crate::orm::engine::Txn>,
    pub join_mode: JoinMode,
    /// `Session(autobegin=False)` sets this off: work outside `begin()` is refused.
    pub autobegin: bool,
    /// What the open transaction holds on the connection (see [`Joined`]).
    pub joined: RefCell<Joined>,
    /// While a `populate_existing` statement loads its rows: the ids of the objects it has already
    /// overwritten (each is refreshed once per statement, on its first row).
    pub populating: RefCell<Option<std::collections::HashSet<usize>>>,
    /// While a flush runs: the ids of the objects it DELETEs. Until the flush is over they are still
    /// persistent to SQLAlchemy (`inspect(target).deleted` is False inside `after_delete`).
    pub deleting: RefCell<std::collections::HashSet<usize>>,
    /// Open `begin_nested()` transactions, outermost first.
    pub nested: RefCell<Vec<nested::Nested>>,
    /// Numbers the session's own savepoints (`sa_savepoint_N`), per connection-level transaction.
    pub savepoint_seq: Cell<u32>,
    /// The Python `SessionTransaction` of the root transaction, once `begin()` or
    /// `get_transaction()` handed it out: the same object until the transaction ends.
    pub root_txn: RefCell<Option<Value>>,
    /// What debug builds' audits of `modified` and `loaded` have earned (see [`audit`]).
    pub audits: audit::AuditBudget,
    /// While `after_flush` listeners run: what `session.new`, `.dirty` and `.deleted` held when the
    /// flush began (SQLAlchemy moves the flushed objects to their new state only after the event).
    pub flush_view: RefCell<Option<FlushView>>,
    /// `query_cls=` (a `Query` subclass): the class of the session's `query()` objects.
    pub query_cls: Option<Value>,
    /// The bind as given (`Session(engine)`): what `session.bind` and `get_bind()` return.
    pub bind: Option<Value>,
}

/// The session's pending, modified and deleted objects as a flush found them.
#[derive(Default)]
pub struct FlushView {
    pub new: Vec<Rc<Instance>>,
    pub dirty: Vec<Rc<Instance>>,
    pub deleted: Vec<Rc<Instance>>,
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

    /// Whether the identity map holds this very object (SQLAlchemy's `identity_map.contains_state`):
    /// what `expire()` and `refresh()` require of their object.
    pub fn holds(&self, instance: &Rc<Instance>) -> bool {
        let Some(state) = existing_state(instance) else { return false };
        Self::key_for(&state).is_some_and(|k| self.identity.borrow().get(&k).is_some_and(|i| Rc::ptr_eq(i, instance)))
    }

    /// Whether a deleted object's DELETE is still to be flushed: the identity map still holds this
    /// very object under its key. A flushed DELETE takes it out, and a NEW object may then take the
    /// same key (SQLite reuses the highest rowid) — that one is a different identity, never the
    /// deleted one's row to delete again.
    pub fn delete_pending(&self, state: &StateRef) -> bool {
        Self::key_for(state).is_some_and(|k| {
            self.identity.borrow().get(&k).and_then(existing_state).is_some_and(|held| Rc::ptr_eq(&held, state))
        })
    }

    pub fn key_for(state: &StateRef) -> Option<IdentityKey> {
        let s = state.borrow();
        let identity = s.identity.as_ref()?;
        Some(IdentityKey::new(&s.registry, s.mapper, identity))
    }

    /// All objects the session holds: persistent ones (identity map) then pending ones.
    pub fn all_objects(&self) -> Vec<Rc<Instance>> {
        let mut out: Vec<Rc<Instance>> = self.identity.borrow().values().cloned().collect();
        out.extend(self.new.borrow().values().cloned());
        out
    }

    /// Where an object stands in the identity map's order, if it is the object the map holds.
    pub fn identity_position(&self, inst: &Rc<Instance>) -> Option<usize> {
        self.identity.borrow().position_of(inst)
    }

    /// The objects of `set` that are in the identity map, in the map's order.
    pub fn in_identity_order(&self, set: &InstanceSet) -> Vec<Rc<Instance>> {
        let mut found: Vec<(usize, Rc<Instance>)> =
            set.values().filter_map(|i| Some((self.identity_position(i)?, i.clone()))).collect();
        found.sort_by_key(|(at, _)| *at);
        found.into_iter().map(|(_, i)| i).collect()
    }

    /// The objects a flush must look at for changes, in the order of [`Self::all_objects`]: modified
    /// objects of the identity map, then the pending ones.
    pub fn changed_objects(&self) -> Vec<Rc<Instance>> {
        let mut out = self.in_identity_order(&self.modified.borrow());
        out.extend(self.new.borrow().values().cloned());
        out
    }

    /// Notes that an object of this session may hold loaded state (see [`Self::loaded`]).
    pub fn note_loaded(&self, inst: &Rc<Instance>) {
        self.loaded.borrow_mut().add(inst);
    }

    /// Notes that an object of this session may have unflushed changes (see [`Self::modified`]).
    pub fn note_changed(&self, inst: &Rc<Instance>) {
        self.loaded.borrow_mut().add(inst);
        self.modified.borrow_mut().add(inst);
    }

    /// Forgets an object that left the session.
    pub fn forget(&self, inst: &Rc<Instance>) {
        self.new.borrow_mut().discard(inst);
        self.deleted.borrow_mut().discard(inst);
        self.loaded.borrow_mut().discard(inst);
        self.modified.borrow_mut().discard(inst);
        self.inserted.borrow_mut().discard(inst);
    }
}

impl Orm {
    /// `Session(engine)` / `Session(bind=engine)`.
    pub fn new_session(&self, interp: &mut Interp, args: Args) -> PyResult<Value> {
        let config = config_from(interp, &args, None)?;
        self.make_session(interp, config)
    }

    pub fn make_session(&self, interp: &mut Interp, config: SessionConfig) -> PyResult<Value> {
        let data = self.session_data(interp, config)?;
        let class = session_class(interp);
        let id = data.id;
        let value = wrap_rc(interp, &class, data);
        if let Value::Instance(inst) = &value {
            self.session_objects.borrow_mut().insert(id, Rc::downgrade(inst));
        }
        Ok(value)
    }

    /// A new session's state (registered by id; the caller gives it its Python object).
    pub(crate) fn session_data(&self, interp: &mut Interp, config: SessionConfig) -> PyResult<Rc<SessionData>> {
        if config.autocommit {
            return Err(self.error(interp, SaExc::ArgumentError, "autocommit=True is no longer supported"));
        }
        let Some(engine) = config.engine else {
            return Err(self.error(
                interp,
                SaExc::UnboundExecutionError,
                "Could not locate a bind configured on the Session: pass the engine, Session(engine)",
            ));
        };
        let info = new_dict();
        if let Some(base) = &config.info {
            interp.call_method(&info, "update", vec![base.clone()])?;
        }
        let data = Rc::new(SessionData {
            info,
            id: self.next_session_id(),
            engine,
            identity: RefCell::new(IdentityMap::new()),
            new: RefCell::new(InstanceSet::new()),
            deleted: RefCell::new(InstanceSet::new()),
            loaded: RefCell::new(InstanceSet::new()),
            modified: RefCell::new(InstanceSet::new()),
            inserted: RefCell::new(InstanceSet::new()),
            counter: Cell::new(0),
            expire_on_commit: Cell::new(config.expire_on_commit),
            autoflush: Cell::new(config.autoflush),
            pending_rollback: Cell::new(false),
            flushing: Cell::new(false),
            in_transaction: Cell::new(false),
            begun: Cell::new(false),
            txn: config.conn.as_ref().map_or_else(crate::orm::engine::Txn::new, |c| c.txn.clone()),
            conn: config.conn,
            join_mode: config.join_mode,
            autobegin: config.autobegin,
            joined: RefCell::new(Joined::default()),
            populating: RefCell::new(None),
            deleting: RefCell::default(),
            nested: RefCell::new(Vec::new()),
            savepoint_seq: Cell::new(0),
            root_txn: RefCell::new(None),
            committed_phase: Cell::new(false),
            audits: audit::AuditBudget::default(),
            flush_view: RefCell::new(None),
            query_cls: config.query_cls,
            bind: config.kw.iter().find(|(k, _)| k.as_ref() == "bind").map(|(_, v)| v.clone()),
        });
        self.sessions.borrow_mut().insert(data.id, Rc::downgrade(&data));
        Ok(data)
    }

    /// The session object of a session id, if it is still open.
    pub fn session_by_id(&self, id: u64) -> Option<Rc<SessionData>> {
        self.sessions.borrow().get(&id)?.upgrade()
    }

    /// The open session an object belongs to.
    pub fn session_of_instance(&self, inst: &Rc<Instance>) -> Option<Rc<SessionData>> {
        let id = existing_state(inst)?.borrow().session?;
        self.session_by_id(id)
    }

    /// Notes an attribute or relationship change on an object (see [`SessionData::modified`]).
    pub fn note_changed(&self, inst: &Rc<Instance>) {
        let Some(state) = existing_state(inst) else { return };
        let (id, status) = {
            let mut s = state.borrow_mut();
            s.modified = true;
            (s.session, s.status)
        };
        // A pending object is flushed (and then loaded) whatever it holds.
        if status == Status::Pending {
            return;
        }
        if let Some(session) = id.and_then(|id| self.session_by_id(id)) {
            session.note_changed(inst);
            // SQLAlchemy's `_modified_event` autobegins the session transaction (not a connection).
            if session.autobegin {
                session.begun.set(true);
            }
        }
    }

    /// Notes that an object now holds loaded attributes (see [`SessionData::loaded`]).
    pub fn note_loaded(&self, inst: &Rc<Instance>) {
        if let Some(session) = self.session_of_instance(inst) {
            session.note_loaded(inst);
        }
    }
}

/// The session behind a `Session` object.
pub fn session_of(v: &Value) -> Option<Rc<SessionData>> {
    state::<SessionData>(v)
}
