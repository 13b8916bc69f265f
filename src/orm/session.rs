//! Sessions: the identity map, the pending/deleted sets, and the Python `Session` and `sessionmaker`
//! objects. What a session holds (add, cascade, expunge, merge) is in `membership`; its transaction
//! (begin, commit, rollback, close) in `transaction`.

use super::engine::Engine;
use super::identity::{IdentityKey, IdentityMap};
use super::native::{arg, kwarg, native_class, receiver, state, wrap, wrap_rc};
use super::ordered::InstanceSet;
use super::state::{StateRef, Status, existing_state};
use super::{Orm, orm};
use crate::eval::value::{Instance, Property, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;
use crate::orm::engine::connection::ConnectionData;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
pub use transaction::{JoinMode, Joined};

mod audit;
mod bulk_legacy;
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

/// Session options from `Session(...)` or `sessionmaker(...)`.
#[derive(Clone)]
pub struct SessionConfig {
    pub engine: Option<Rc<Engine>>,
    pub expire_on_commit: bool,
    pub autoflush: bool,
    pub conn: Option<Rc<ConnectionData>>,
    pub join_mode: JoinMode,
    pub autobegin: bool,
    /// `autocommit=True` (SQLAlchemy 1.x): the session refuses to be made.
    pub autocommit: bool,
    /// `info={...}`: the starting contents of each session's `Session.info` dict.
    pub info: Option<Value>,
    /// `query_cls=`: see [`SessionData::query_cls`].
    pub query_cls: Option<Value>,
    /// A sessionmaker's `class_=` (a `Session` subclass it instantiates).
    pub class_: Option<Value>,
    /// A sessionmaker's keyword arguments as given (`Factory.kw`), passed on to `class_`.
    pub kw: Vec<(crate::ir::Name, Value)>,
}

fn config_from(interp: &mut Interp, args: &Args, base: Option<&SessionConfig>) -> PyResult<SessionConfig> {
    let mut config = base.cloned().unwrap_or(SessionConfig {
        engine: None,
        expire_on_commit: true,
        autoflush: true,
        conn: None,
        join_mode: JoinMode::ConditionalSavepoint,
        autobegin: true,
        autocommit: false,
        info: None,
        query_cls: None,
        class_: None,
        kw: Vec::new(),
    });
    subclass::record_kw(&mut config, args);
    if let Some(bind) = arg(args, 0, "bind") {
        config.engine = super::engine::connection::bind_engine(&bind);
        config.conn = super::engine::connection::connection_of(&bind);
    }
    if let Some(v) = kwarg(args, "join_transaction_mode") {
        let name = super::native::as_str(&v).unwrap_or_default();
        config.join_mode = JoinMode::named(&name).ok_or_else(|| {
            let message = format!("invalid selection for join_transaction_mode: \"{name}\"");
            match super::orm(interp) {
                Ok(orm) => orm.error(interp, SaExc::ArgumentError, message),
                Err(e) => e,
            }
        })?;
    }
    if let Some(v) = kwarg(args, "autobegin") {
        config.autobegin = interp.truthy(&v)?;
    }
    if let Some(v) = kwarg(args, "expire_on_commit") {
        config.expire_on_commit = interp.truthy(&v)?;
    }
    if let Some(v) = kwarg(args, "autoflush") {
        config.autoflush = interp.truthy(&v)?;
    }
    if let Some(v) = kwarg(args, "autocommit") {
        config.autocommit = interp.truthy(&v)?;
    }
    // A sessionmaker's `info` and the call's own are merged into a new dict (SQLAlchemy copies).
    if let Some(v) = kwarg(args, "info") {
        let merged = new_dict();
        if let Some(base) = &config.info {
            interp.call_method(&merged, "update", vec![base.clone()])?;
        }
        interp.call_method(&merged, "update", vec![v])?;
        config.info = Some(merged);
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
            audits: audit::AuditBudget::default(),
            flush_view: RefCell::new(None),
            query_cls: config.query_cls,
            bind: config.kw.iter().find(|(k, _)| k.as_ref() == "bind").map(|(_, v)| v.clone()),
        });
        self.sessions.borrow_mut().insert(data.id, Rc::downgrade(&data));
        Ok(data)
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
        subclass::maker_properties(&class);
        let config = subclass::maker_defaults(config);
        Ok(wrap(interp, &class, RefCell::new(config)))
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

fn new_dict() -> Value {
    Value::Dict(Rc::new(RefCell::new(crate::eval::dict::Dict::new())))
}

/// `session.info`: the session's own dict for whatever the application keeps there.
fn session_info(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let this = args.positional.first().cloned().unwrap_or(Value::None);
    let Some(s) = session_of(&this) else { return Err(interp.type_error("Session expected")) };
    Ok(s.info.clone())
}

pub(crate) fn session_class(interp: &mut Interp) -> Rc<crate::eval::value::Class> {
    let class = native_class(interp, "Session", "sqlalchemy.orm", &super::modules::SESSION_METHODS);
    if !class.dict.borrow().contains_key("dirty") {
        let mut dict = class.dict.borrow_mut();
        for (name, method) in bulk_legacy::BULK_METHODS {
            dict.insert(crate::ir::Name::from(name), Interp::builtin(name, method));
        }
        // `iter(session)` / `list(session)`: the pending objects, then the identity map's.
        let iterate = Interp::builtin("__iter__", |i, a| {
            let this = a.positional.first().cloned().unwrap_or(Value::None);
            let Some(s) = session_of(&this) else { return Err(i.type_error("Session expected")) };
            let mut items: Vec<Value> = s.new.borrow().iter().map(|(_, o)| Value::Instance(o.clone())).collect();
            items.extend(s.identity.borrow().values().map(|o| Value::Instance(o.clone())));
            i.iter(&Value::list(items))
        });
        dict.insert(crate::ir::Name::from("__iter__"), iterate);
        dict.insert(crate::ir::Name::from("__init__"), Interp::builtin("__init__", subclass::session_init));
        dict.insert(crate::ir::Name::from("get_bind"), Interp::builtin("get_bind", super::modules::session_bind));
        for (name, getter) in [
            ("dirty", super::modules::session_dirty as super::native::Method),
            ("new", super::modules::session_new),
            ("deleted", super::modules::session_deleted),
            ("bind", super::modules::session_bind),
            ("is_active", super::modules::session_is_active),
            ("no_autoflush", super::modules::session_no_autoflush),
            ("identity_map", session_identity_map),
            ("info", session_info),
        ] {
            let getter = Interp::builtin(name, getter);
            dict.insert(
                crate::ir::Name::from(name),
                Value::Property(Rc::new(Property { getter, setter: None, deleter: None, doc: None })),
            );
        }
        // `Session.autoflush` / `.expire_on_commit`: plain attributes in SQLAlchemy, read and set.
        for (name, getter, setter) in [
            ("autoflush", session_autoflush as super::native::Method, set_session_autoflush as super::native::Method),
            ("expire_on_commit", session_expire_on_commit, set_session_expire_on_commit),
        ] {
            let (getter, setter) = (Interp::builtin(name, getter), Some(Interp::builtin(name, setter)));
            dict.insert(
                crate::ir::Name::from(name),
                Value::Property(Rc::new(Property { getter, setter, deleter: None, doc: None })),
            );
        }
    }
    class
}

fn sessionmaker_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (config, _, rest) = receiver::<RefCell<SessionConfig>>(interp, args, "sessionmaker")?;
    let base = config.borrow().clone();
    if let Some(class) = base.class_.clone() {
        return subclass::instantiate(interp, &class, &base, rest);
    }
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

/// `session.identity_map`: the persistent objects by identity key (`(Class, (pk,), None)`), as a
/// snapshot dict (`keys()`, `values()`, `items()`, `len()`, `key in ...` as SQLAlchemy's map answers).
fn session_identity_map(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let this = args.positional.first().cloned().unwrap_or(Value::None);
    let Some(s) = session_of(&this) else { return Err(interp.type_error("Session expected")) };
    let objects: Vec<Rc<Instance>> = s.identity.borrow().values().cloned().collect();
    let mut dict = crate::eval::dict::Dict::new();
    for inst in objects {
        let key = super::inspection::instance::identity_key(interp, &inst);
        let k = interp.key_of(&key)?;
        dict.insert(k, key, Value::Instance(inst));
    }
    Ok(Value::Dict(Rc::new(RefCell::new(dict))))
}

/// A property's session and the value given to its setter.
fn session_and_value(interp: &mut Interp, args: Args) -> PyResult<(Rc<SessionData>, Value)> {
    let this = args.positional.first().cloned().unwrap_or(Value::None);
    let Some(s) = session_of(&this) else { return Err(interp.type_error("Session expected")) };
    Ok((s, args.positional.get(1).cloned().unwrap_or(Value::None)))
}

fn session_autoflush(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, _) = session_and_value(interp, args)?;
    Ok(Value::Bool(s.autoflush.get()))
}

fn set_session_autoflush(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, v) = session_and_value(interp, args)?;
    s.autoflush.set(interp.truthy(&v)?);
    Ok(Value::None)
}

fn session_expire_on_commit(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, _) = session_and_value(interp, args)?;
    Ok(Value::Bool(s.expire_on_commit.get()))
}

fn set_session_expire_on_commit(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, v) = session_and_value(interp, args)?;
    s.expire_on_commit.set(interp.truthy(&v)?);
    Ok(Value::None)
}
