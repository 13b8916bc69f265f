//! `GenericFunction` subclasses (`sqlalchemy.sql.functions`, written in Python in
//! `orm/py/functions.py`) and the registry `func` consults: defining `class as_utc(GenericFunction)`
//! registers it under its `identifier` (its `name`, else its class name, case-insensitively, in
//! its `package`), and `func.as_utc(x)` then builds that class's function — its SQL name and its
//! fixed return type — as SQLAlchemy's `_FunctionGenerator.__call__` does.
//!
//! The registry lives in the interpreter's `_FunctionGenerator` class (one per run), so a run's
//! definitions never leak into the next one; the native module `_ormplay_functions` gives the
//! Python side `register_function` and `plain_function` (a function element by SQL name, not
//! looked up again, so a class whose name is its identifier does not call itself).

use super::convert::{to_operand, to_type};
use super::expr_obj::expr_value;
use super::kwarg;
use crate::eval::value::{Class, Module, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use crate::orm::native::as_str;
use crate::sql::elements::build;
use std::rc::Rc;

/// The key of a registered function in the generator class's namespace.
fn registry_key(package: &str, identifier: &str) -> String {
    format!("_ormplay_registered:{package}:{}", identifier.to_lowercase())
}

/// The class registered for `func.<packages>.<name>`: SQLAlchemy's package is the name before the
/// function's (`func.time.utcnow` → `time`), `_default` when there is none; a longer path
/// (`func.a.b.f`) is never looked up.
pub fn registered(generator: &Rc<Class>, packages: &[String], name: &str) -> Option<Value> {
    let package = match packages {
        [] => "_default",
        [one] => one.as_str(),
        _ => return None,
    };
    generator.dict.borrow().get(registry_key(package, name).as_str()).cloned()
}

/// The native helpers of `sqlalchemy.sql.functions`.
pub fn module(interp: &mut Interp) -> PyResult<Rc<Module>> {
    let _ = interp;
    let m = Rc::new(Module::new("_ormplay_functions"));
    m.set("register_function", Interp::builtin("register_function", register_function));
    m.set("plain_function", Interp::builtin("plain_function", plain_function));
    Ok(m)
}

/// `register_function(identifier, cls, package="_default")`.
fn register_function(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let identifier = args.positional.first().and_then(as_str).unwrap_or_default();
    let class = args.positional.get(1).cloned().unwrap_or(Value::None);
    let package = args.positional.get(2).and_then(as_str).unwrap_or_else(|| "_default".into());
    let generator = super::functions::generator_class(interp);
    generator.dict.borrow_mut().insert(Name::from(registry_key(&package, &identifier).as_str()), class);
    Ok(Value::None)
}

/// `plain_function(name, args, type_)`: the function element `name(args...)` of type `type_`.
fn plain_function(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let name = args.positional.first().and_then(as_str).unwrap_or_default();
    let given = match args.positional.get(1) {
        Some(v) => interp.collect(v)?,
        None => Vec::new(),
    };
    let mut operands = Vec::new();
    for v in &given {
        operands.push(to_operand(interp, v)?);
    }
    let ty = match args.positional.get(2).cloned().or_else(|| kwarg(&args, "type_")) {
        Some(Value::None) | None => None,
        Some(t) => to_type(interp, &t)?,
    };
    let f = build::function(&name, Vec::new(), operands, ty);
    if given.iter().any(|v| super::propagate::is_orm_value(interp, v)) {
        super::propagate::mark(interp, &f);
    }
    Ok(expr_value(interp, f))
}
