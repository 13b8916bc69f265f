//! The Python `Session` class: its methods table, and the properties that read or set the
//! session's own state (`identity_map`, `info`, `autoflush`, `expire_on_commit`, ...).

use super::{SessionData, bulk_legacy, session_of, subclass};
use crate::eval::value::{Instance, Property, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::native::native_class;
use std::cell::RefCell;
use std::rc::Rc;

pub(super) fn new_dict() -> Value {
    Value::Dict(Rc::new(RefCell::new(crate::eval::dict::Dict::new())))
}

/// `session.info`: the session's own dict for whatever the application keeps there.
fn session_info(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let this = args.positional.first().cloned().unwrap_or(Value::None);
    let Some(s) = session_of(&this) else { return Err(interp.type_error("Session expected")) };
    Ok(s.info.clone())
}

pub(crate) fn session_class(interp: &mut Interp) -> Rc<crate::eval::value::Class> {
    let class = native_class(interp, "Session", "sqlalchemy.orm", &crate::orm::modules::SESSION_METHODS);
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
        dict.insert(crate::ir::Name::from("get_bind"), Interp::builtin("get_bind", crate::orm::modules::session_bind));
        // `Session.object_session(obj)` (a classmethod there): the module function's answer,
        // from the class or from any session.
        let object_session = Interp::builtin("object_session", crate::orm::inspection::instance::object_session_call);
        dict.insert(crate::ir::Name::from("object_session"), Value::StaticMethod(Rc::new(object_session)));
        for (name, getter) in [
            ("dirty", crate::orm::modules::session_dirty as crate::orm::native::Method),
            ("new", crate::orm::modules::session_new),
            ("deleted", crate::orm::modules::session_deleted),
            ("bind", crate::orm::modules::session_bind),
            ("is_active", crate::orm::modules::session_is_active),
            ("no_autoflush", crate::orm::modules::session_no_autoflush),
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
            (
                "autoflush",
                session_autoflush as crate::orm::native::Method,
                set_session_autoflush as crate::orm::native::Method,
            ),
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

/// `session.identity_map`: the persistent objects by identity key (`(Class, (pk,), None)`), as a
/// snapshot dict (`keys()`, `values()`, `items()`, `len()`, `key in ...` as SQLAlchemy's map answers).
fn session_identity_map(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let this = args.positional.first().cloned().unwrap_or(Value::None);
    let Some(s) = session_of(&this) else { return Err(interp.type_error("Session expected")) };
    let objects: Vec<Rc<Instance>> = s.identity.borrow().values().cloned().collect();
    let mut dict = crate::eval::dict::Dict::new();
    for inst in objects {
        let key = crate::orm::inspection::instance::identity_key(interp, &inst);
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
