//! `@validates("name", ...)`: a model method that checks (and may change) values assigned to the
//! named attributes; SQLAlchemy calls it as `method(self, key, value)` on every assignment and stores
//! what it returns.

use super::native::{as_str, native_class, receiver, state, wrap};
use crate::eval::value::{Class, Instance, Value};
use crate::eval::{Args, Interp, PyResult};
use std::rc::Rc;

/// The attribute names a decorator was given, then (once applied) the method.
struct Validator {
    names: Vec<String>,
    method: Option<Value>,
}

/// `validates("a", "b")`: a decorator that turns the method into a validator of `a` and `b`.
pub fn validates(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let names = args.positional.iter().filter_map(as_str).collect();
    let class = native_class(interp, "validates", "sqlalchemy.orm", &[("__call__", apply)]);
    Ok(wrap(interp, &class, Validator { names, method: None }))
}

fn apply(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (v, _, rest) = receiver::<Validator>(interp, args, "validates")?;
    let method = rest.positional.first().cloned().unwrap_or(Value::None);
    let class = native_class(interp, "Validator", "sqlalchemy.orm", &[]);
    Ok(wrap(interp, &class, Validator { names: v.names.clone(), method: Some(method) }))
}

/// The validator method of `class` (or a base) for attribute `key`, if any.
fn find(class: &Rc<Class>, key: &str) -> Option<Value> {
    let classes = std::iter::once(class).chain(class.mro_tail.iter());
    for c in classes {
        for value in c.dict.borrow().values() {
            if let Some(v) = state::<Validator>(value).filter(|v| v.names.iter().any(|n| n == key)) {
                return v.method.clone();
            }
        }
    }
    None
}

/// The value to store for `inst.key = value`: what the attribute's validator returns, or `value`.
pub fn validated(interp: &mut Interp, inst: &Rc<Instance>, key: &str, value: Value) -> PyResult<Value> {
    match find(&inst.class, key) {
        Some(method) => interp.call(
            &method,
            Args { positional: vec![Value::Instance(inst.clone()), Value::str(key), value], keywords: Vec::new() },
        ),
        None => Ok(value),
    }
}
