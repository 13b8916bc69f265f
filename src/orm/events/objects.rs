//! The objects event listeners receive that the rest of the runtime has no use for: the `Mapper`
//! (prints as `Mapper[User(users)]`, `mapper.class_`), the DBAPI connection the pool's `connect`
//! event hands over (`execute()` and `cursor()` run SQL on the engine's connection without logging,
//! as raw DBAPI calls are not in SQLAlchemy's log), the connection record, the attribute event token
//! and `NO_VALUE`, the old value of an attribute that was not loaded.

use crate::eval::value::{Class, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::declarative::mapped;
use crate::orm::engine::Engine;
use crate::orm::native::{Method, as_str, native_class, receiver, wrap};
use crate::orm::orm;
use std::rc::Rc;

/// The mapper of a mapped class as a Python object (the same `Mapper` that `inspect(class)` gives).
pub fn mapper_object(interp: &mut Interp, class: &Rc<Class>) -> PyResult<Value> {
    match mapped(class) {
        Some(info) => Ok(crate::orm::inspection::mapper_value(interp, &info.registry, info.mapper)),
        None => Err(interp.type_error(format!("class '{}' is not mapped", class.name))),
    }
}

/// The DBAPI (`sqlite3`) connection of an engine.
pub fn dbapi_connection(interp: &mut Interp, engine: Rc<Engine>) -> Value {
    const METHODS: &[(&str, Method)] =
        &[("execute", raw_execute), ("cursor", cursor), ("close", nothing), ("commit", nothing)];
    let c = native_class(interp, "Connection", "sqlite3", METHODS);
    wrap(interp, &c, engine)
}

fn cursor(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (engine, _, _) = receiver::<Rc<Engine>>(interp, args, "sqlite3.Connection")?;
    Ok(dbapi_cursor(interp, (*engine).clone()))
}

/// A DBAPI (`sqlite3`) cursor on the engine's connection.
pub(super) fn dbapi_cursor(interp: &mut Interp, engine: Rc<Engine>) -> Value {
    const METHODS: &[(&str, Method)] = &[("execute", raw_execute), ("close", nothing)];
    let c = native_class(interp, "Cursor", "sqlite3", METHODS);
    wrap(interp, &c, engine)
}

/// `dbapi_connection.execute(sql)` / `cursor.execute(sql)`: runs unlogged on the engine's connection.
fn raw_execute(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (engine, this, rest) = receiver::<Rc<Engine>>(interp, args, "sqlite3.Cursor")?;
    let Some(sql) = rest.positional.first().and_then(as_str) else {
        return Err(interp.type_error("execute() argument 1 must be str"));
    };
    if let Err(e) = engine.run_quiet(&sql, &[]) {
        let (class, _) = crate::orm::engine::dbapi_class(e.kind);
        let orm = orm(interp)?;
        return Err(orm.error(interp, class, e.to_string()));
    }
    Ok(this)
}

fn nothing(_: &mut Interp, _: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// The pool's `_ConnectionRecord` given to `connect` listeners.
pub(super) fn connection_record(interp: &mut Interp) -> Value {
    let c = native_class(interp, "_ConnectionRecord", "sqlalchemy.pool.base", &[]);
    let value = wrap(interp, &c, ());
    if let Value::Instance(inst) = &value {
        inst.dict.borrow_mut().insert("info".into(), Value::Dict(Default::default()));
    }
    value
}

/// The `initiator` of an attribute event.
/// The `initiator` of an attribute event; `.key` names the attribute (as `AttributeEventToken.key`).
pub(super) fn event_token(interp: &mut Interp, key: &str) -> Value {
    let c = native_class(interp, "AttributeEventToken", "sqlalchemy.orm.attributes", &[]);
    let token = wrap(interp, &c, ());
    if let Value::Instance(inst) = &token {
        inst.dict.borrow_mut().insert(crate::ir::Name::from("key"), Value::str(key));
    }
    token
}

/// A member of `sqlalchemy.orm.base.LoaderCallableStatus` (`NO_VALUE`: the old value of an
/// attribute never set or not loaded; `PASSIVE_NO_RESULT`: a value that could not be found without
/// SQL), the very object user code imports, so `oldvalue is NO_VALUE` holds.
pub fn loader_status(interp: &mut Interp, name: &str) -> PyResult<Value> {
    let base = interp.source_submodule("sqlalchemy.orm.base")?;
    base.get(name).ok_or_else(|| interp.error(crate::eval::ExcType::AttributeError, format!("no status {name}")))
}

/// The `UOWTransaction` given to flush listeners.
pub fn flush_context(interp: &mut Interp) -> Value {
    let c = native_class(interp, "UOWTransaction", "sqlalchemy.orm.unitofwork", &[]);
    wrap(interp, &c, ())
}

/// The `SessionTransaction` given to `after_begin` listeners.
pub fn session_transaction(interp: &mut Interp) -> Value {
    let c = native_class(interp, "SessionTransaction", "sqlalchemy.orm.session", &[]);
    wrap(interp, &c, ())
}
