//! `sqlalchemy.event`: `event.listen()`, `@event.listens_for()`, `event.remove()` and
//! `event.contains()`, and the places the runtime fires what was registered.
//!
//! SQLAlchemy keys a listener by its target and event name. The targets ormplay knows, as
//! SQLAlchemy classifies them: a mapped class (mapper events, reaching subclasses with
//! `propagate=True` or when the class itself is unmapped, like a declarative base or a mixin), the
//! `Mapper` class (every mapper), a class attribute such as `User.name` or `User.addresses`
//! (attribute events), `Session`, a `sessionmaker` or one session (session events), and `Engine` or
//! one engine (connection-pool and engine events). An event name the target does not have raises
//! `InvalidRequestError: No such event ...` as SQLAlchemy does.
//!
//! Where each event fires, in SQLAlchemy's order: attribute `set` / `append` / `remove` when the
//! attribute changes (`retval=True` lets the listener replace the value), `before_flush` when a
//! flush starts with something to do, the mapper events per mapper around its statements
//! (`flush.rs`), `after_flush` / `after_flush_postexec` at the end of a flush, `before_commit` /
//! `after_commit` / `after_rollback` around the transaction, and the engine's `connect` the first
//! time the engine's connection is used. Arguments the playground has no object for (the flush
//! context, the attribute event token) are stand-in objects.

mod attribute;
mod cursor;
mod init_scalar;
mod lifecycle;
mod objects;
mod target;
#[cfg(test)]
mod tests;

use super::engine::Engine;
use super::native::{as_str, kwarg};
use super::session::SessionData;
use super::{Orm, SaExc, orm};
use crate::eval::value::{Instance, Module, Value};
use crate::eval::{Args, Interp, PyResult};
use std::cell::RefCell;
use std::rc::Rc;

pub use lifecycle::{Transitions, leaving_event};
use target::{Target, classify, reaches, same_target};

pub use objects::{dbapi_connection, flush_context, loader_status, mapper_object, session_transaction};

struct Listener {
    target: Target,
    event: String,
    /// What is called: the listener function, or with `once=True` a wrapper calling it once.
    func: Value,
    /// The function as registered, which `event.remove` / `event.contains` are given.
    original: Value,
    retval: bool,
    /// `active_history=True`: the attribute's `set` events load the old value first.
    active_history: bool,
}

/// Every listener the program registered, in registration order (the order they are called in).
#[derive(Default)]
pub struct Listeners {
    list: RefCell<Vec<Listener>>,
}

/// `sqlalchemy.event`.
pub fn module(_interp: &mut Interp) -> PyResult<Rc<Module>> {
    let m = Rc::new(Module::new("sqlalchemy.event"));
    m.set("listen", Interp::builtin("listen", listen));
    m.set("listens_for", Interp::builtin("listens_for", listens_for));
    m.set("remove", Interp::builtin("remove", remove));
    m.set("contains", Interp::builtin("contains", contains));
    Ok(m)
}

/// `event.listen(target, identifier, fn, retval=False, propagate=False, once=False)`.
fn listen(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [target, name, func] = three(interp, &args, "listen")?;
    register(interp, &target, &name, func, &args)?;
    Ok(Value::None)
}

/// `@event.listens_for(target, identifier, **kw)`: registers the decorated function, returns it.
fn listens_for(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let target = args.positional.first().cloned().unwrap_or(Value::None);
    let name = args.positional.get(1).cloned().unwrap_or(Value::None);
    // The target and name are checked now, as SQLAlchemy does before decorating.
    classify(interp, &target, &name_of(interp, &name)?, &args)?;
    Ok(Interp::builtin("listens_for", move |i, a| {
        let func = a.positional.first().cloned().unwrap_or(Value::None);
        register(i, &target, &name, func.clone(), &args)?;
        Ok(func)
    }))
}

fn remove(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [target, name, func] = three(interp, &args, "remove")?;
    let name = name_of(interp, &name)?;
    let wanted = classify(interp, &target, &name, &args)?;
    let orm = orm(interp)?;
    let mut list = orm.listeners.list.borrow_mut();
    let before = list.len();
    list.retain(|l| !(l.event == name && same_target(&l.target, &wanted) && same_func(&l.original, &func)));
    if list.len() == before {
        drop(list);
        return Err(orm.error(interp, SaExc::InvalidRequestError, format!("No listeners found for event {name}")));
    }
    Ok(Value::None)
}

fn contains(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [target, name, func] = three(interp, &args, "contains")?;
    let name = name_of(interp, &name)?;
    let wanted = classify(interp, &target, &name, &args)?;
    let orm = orm(interp)?;
    let found = orm
        .listeners
        .list
        .borrow()
        .iter()
        .any(|l| l.event == name && same_target(&l.target, &wanted) && same_func(&l.original, &func));
    Ok(Value::Bool(found))
}

fn three(interp: &Interp, args: &Args, what: &str) -> PyResult<[Value; 3]> {
    match args.positional.as_slice() {
        [a, b, c, ..] => Ok([a.clone(), b.clone(), c.clone()]),
        _ => Err(interp
            .type_error(format!("{what}() missing required positional arguments: 'target', 'identifier' and 'fn'"))),
    }
}

fn name_of(interp: &Interp, v: &Value) -> PyResult<String> {
    as_str(v).ok_or_else(|| interp.type_error("event name must be a string"))
}

fn register(interp: &mut Interp, target: &Value, name: &Value, func: Value, args: &Args) -> PyResult<()> {
    let name = name_of(interp, name)?;
    let target = classify(interp, target, &name, args)?;
    let retval = match kwarg(args, "retval") {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    let once = match kwarg(args, "once") {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    let active_history = match kwarg(args, "active_history") {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    let original = func.clone();
    let func = if once { only_once(func) } else { func };
    let orm = orm(interp)?;
    orm.listeners.list.borrow_mut().push(Listener { target, event: name, func, original, retval, active_history });
    Ok(())
}

/// `once=True`: SQLAlchemy's `util.only_once(fn, retry_on_exception=False)` — the listener stays
/// registered, but only its first call reaches `func` (even if that call raised); later calls
/// return None.
fn only_once(func: Value) -> Value {
    let done = std::cell::Cell::new(false);
    Interp::builtin("go", move |i, a| if done.replace(true) { Ok(Value::None) } else { i.call(&func, a) })
}

fn same_func(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Function(x), Value::Function(y)) => Rc::ptr_eq(x, y),
        (Value::Builtin(x), Value::Builtin(y)) => Rc::ptr_eq(x, y),
        (Value::Instance(x), Value::Instance(y)) => Rc::ptr_eq(x, y),
        (Value::BoundMethod(x), Value::BoundMethod(y)) => Rc::ptr_eq(x, y),
        _ => false,
    }
}

impl Orm {
    /// The listeners of `event` whose target `matches`, in registration order.
    fn listeners_for(&self, event: &str, matches: impl Fn(&Target) -> bool) -> Vec<(Value, bool)> {
        let list = self.listeners.list.borrow();
        list.iter().filter(|l| l.event == event && matches(&l.target)).map(|l| (l.func.clone(), l.retval)).collect()
    }

    /// Whether anything listens to `event` at all (the cheap check before building arguments).
    pub(super) fn listening(&self, event: &str) -> bool {
        self.listeners.list.borrow().iter().any(|l| l.event == event)
    }

    /// A mapper event (`before_insert`, `after_delete`, ...) for `inst`: `fn(mapper, connection, target)`.
    pub fn fire_mapper(
        &self,
        interp: &mut Interp,
        event: &str,
        session: &SessionData,
        inst: &Rc<Instance>,
    ) -> PyResult<()> {
        if !self.listening(event) {
            return Ok(());
        }
        let class = &inst.class;
        let funcs = self.listeners_for(event, |t| match t {
            Target::Class { class: c, propagate } => reaches(c, *propagate, class),
            Target::AnyMapper => true,
            _ => false,
        });
        if funcs.is_empty() {
            return Ok(());
        }
        let mapper = mapper_object(interp, class)?;
        let connection =
            super::engine::connection::borrowed_connection(interp, session.engine.clone(), session.txn.clone());
        for (func, _) in funcs {
            let args = vec![mapper.clone(), connection.clone(), Value::Instance(inst.clone())];
            interp.call(&func, Args::positional(args))?;
        }
        Ok(())
    }

    /// After a configuration: `mapper_configured(mapper, class_)` for each mapper not announced
    /// yet, in mapping order, then `after_configured()` — SQLAlchemy's `_configure_registries`. A
    /// listener may add relationships (the docs' generic-associations recipe), which the next use
    /// configures.
    pub fn announce_configured(&self, interp: &mut Interp, registry: &crate::orm::mapper::RegistryRef) -> PyResult<()> {
        let (start, classes) = {
            let reg = registry.borrow();
            (reg.announced, reg.mappers.iter().skip(reg.announced).map(|m| m.class.clone()).collect::<Vec<_>>())
        };
        if classes.is_empty() {
            return Ok(());
        }
        registry.borrow_mut().announced = start + classes.len();
        if self.listening("mapper_configured") {
            for (n, class) in classes.iter().enumerate() {
                let funcs = self.listeners_for("mapper_configured", |t| match t {
                    Target::Class { class: c, propagate } => reaches(c, *propagate, class),
                    Target::AnyMapper => true,
                    _ => false,
                });
                let mapper = crate::orm::inspection::mapper_value(interp, registry, start + n);
                for (func, _) in funcs {
                    interp.call(&func, Args::positional(vec![mapper.clone(), Value::Class(class.clone())]))?;
                }
            }
        }
        if self.listening("after_configured") {
            let funcs =
                self.listeners_for("after_configured", |t| matches!(t, Target::Class { .. } | Target::AnyMapper));
            for (func, _) in funcs {
                interp.call(&func, Args::positional(Vec::new()))?;
            }
        }
        Ok(())
    }

    /// The listeners of a session event that reach session `id`.
    pub fn session_listeners(&self, event: &str, id: u64) -> Vec<Value> {
        let funcs = self.listeners_for(event, |t| matches!(t, Target::Session(s) if s.is_none_or(|s| s == id)));
        funcs.into_iter().map(|(f, _)| f).collect()
    }

    /// A session event: `fn(session, *extra)`.
    pub fn fire_session(
        &self,
        interp: &mut Interp,
        event: &str,
        session: &SessionData,
        extra: Vec<Value>,
    ) -> PyResult<()> {
        self.fire_session_id(interp, event, session.id, extra)
    }

    /// [`Self::fire_session`] by the session's id.
    pub fn fire_session_id(&self, interp: &mut Interp, event: &str, id: u64, extra: Vec<Value>) -> PyResult<()> {
        if !self.listening(event) {
            return Ok(());
        }
        let funcs = self.listeners_for(event, |t| matches!(t, Target::Session(s) if s.is_none_or(|s| s == id)));
        if funcs.is_empty() {
            return Ok(());
        }
        let Some(session_value) = self.session_value(id) else { return Ok(()) };
        for (func, _) in funcs {
            let mut args = vec![session_value.clone()];
            args.extend(extra.iter().cloned());
            interp.call(&func, Args::positional(args))?;
        }
        Ok(())
    }

    /// The engine's first use opens its DBAPI connection: the pool's `connect` (then `first_connect`)
    /// listeners run with it, so `PRAGMA foreign_keys=ON` set there holds for the whole run.
    pub fn ensure_connected(&self, interp: &mut Interp, engine: &Engine) -> PyResult<()> {
        if engine.connected.replace(true) || !self.listening("connect") && !self.listening("first_connect") {
            return Ok(());
        }
        let Some(engine) = self.engines.borrow().iter().find(|e| std::ptr::eq(Rc::as_ptr(e), engine)).cloned() else {
            return Ok(());
        };
        let engine = &engine;
        for event in ["first_connect", "connect"] {
            let funcs = self.listeners_for(event, |t| match t {
                Target::Engine(e) => e.as_ref().is_none_or(|e| Rc::ptr_eq(e, engine)),
                _ => false,
            });
            for (func, _) in funcs {
                let conn = dbapi_connection(interp, engine.clone());
                let record = objects::connection_record(interp);
                interp.call(&func, Args::positional(vec![conn, record]))?;
            }
        }
        Ok(())
    }
}
