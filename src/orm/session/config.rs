//! Session options: what `Session(...)` and `sessionmaker(...)` accept ([`SessionConfig`]), and the
//! `sessionmaker` factory object (calling it, `.begin()`, `.configure()`).

use super::{JoinMode, new_dict, subclass};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::engine::Engine;
use crate::orm::engine::connection::ConnectionData;
use crate::orm::native::{arg, kwarg, native_class, receiver, wrap};
use crate::orm::{Orm, SaExc, orm};
use std::cell::RefCell;
use std::rc::Rc;

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

pub(super) fn config_from(interp: &mut Interp, args: &Args, base: Option<&SessionConfig>) -> PyResult<SessionConfig> {
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
        config.engine = crate::orm::engine::connection::bind_engine(&bind);
        config.conn = crate::orm::engine::connection::connection_of(&bind);
    }
    if let Some(v) = kwarg(args, "join_transaction_mode") {
        let name = crate::orm::native::as_str(&v).unwrap_or_default();
        config.join_mode = JoinMode::named(&name).ok_or_else(|| {
            let message = format!("invalid selection for join_transaction_mode: \"{name}\"");
            match crate::orm::orm(interp) {
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
    crate::orm::modules::begin_block(interp, session, true)
}
