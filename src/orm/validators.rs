//! `@validates("name", ...)`: a model method that checks (and may change) values assigned to the
//! named attributes; SQLAlchemy calls it as `method(self, key, value)` on every assignment and stores
//! what it returns. With `include_removes=True` it is called as `method(self, key, value, is_remove)`,
//! for collection removals too (whose return value is not used). With `include_backrefs=False` it is
//! not called for changes a backref makes (the other side of the relationship changed).

use super::native::{as_str, native_class, receiver, state, wrap};
use crate::eval::value::{Class, Instance, Value};
use crate::eval::{Args, Interp, PyResult};
use std::rc::Rc;

/// The attribute names a decorator was given, then (once applied) the method.
struct Validator {
    names: Vec<String>,
    method: Option<Value>,
    include_removes: bool,
    include_backrefs: bool,
}

/// What a found validator is: the method and its two options.
struct Found {
    method: Value,
    include_removes: bool,
    include_backrefs: bool,
}

/// `validates("a", "b")`: a decorator that turns the method into a validator of `a` and `b`.
pub fn validates(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let names = args.positional.iter().filter_map(as_str).collect();
    let include_removes = match super::native::kwarg(&args, "include_removes") {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    let include_backrefs = match super::native::kwarg(&args, "include_backrefs") {
        Some(v) => interp.truthy(&v)?,
        None => true,
    };
    let class = native_class(interp, "validates", "sqlalchemy.orm", &[("__call__", apply)]);
    Ok(wrap(interp, &class, Validator { names, method: None, include_removes, include_backrefs }))
}

fn apply(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (v, _, rest) = receiver::<Validator>(interp, args, "validates")?;
    let method = rest.positional.first().cloned().unwrap_or(Value::None);
    // As in SQLAlchemy the decorator marks the function and returns it, so it stays an ordinary
    // method: a subclass's validator can call `super().validate_x(key, value)`.
    if let Value::Function(f) = &method {
        let names = v.names.iter().map(|n| Value::str(n)).collect();
        let mut dict = f.dict.borrow_mut();
        dict.insert(crate::ir::Name::from(MARK), Value::tuple(names));
        dict.insert(crate::ir::Name::from(REMOVES), Value::Bool(v.include_removes));
        dict.insert(crate::ir::Name::from(BACKREFS), Value::Bool(v.include_backrefs));
        drop(dict);
        return Ok(method);
    }
    let class = native_class(interp, "Validator", "sqlalchemy.orm", &[]);
    Ok(wrap(
        interp,
        &class,
        Validator {
            names: v.names.clone(),
            method: Some(method),
            include_removes: v.include_removes,
            include_backrefs: v.include_backrefs,
        },
    ))
}

/// The attribute a validator function carries: the names it validates.
const MARK: &str = "__sa_validators__";
/// Whether the validator takes removals.
const REMOVES: &str = "__sa_include_removes__";
/// Whether the validator takes changes made by a backref.
const BACKREFS: &str = "__sa_include_backrefs__";

/// The validator of `key` a class attribute is, if any.
fn validator_of(value: &Value, key: &str) -> Option<Found> {
    if let Value::Function(f) = value {
        let dict = f.dict.borrow();
        let Some(Value::Tuple(names)) = dict.get(MARK) else { return None };
        if !names.iter().any(|n| as_str(n).is_some_and(|n| n == key)) {
            return None;
        }
        let include_removes = matches!(dict.get(REMOVES), Some(Value::Bool(true)));
        let include_backrefs = !matches!(dict.get(BACKREFS), Some(Value::Bool(false)));
        return Some(Found { method: value.clone(), include_removes, include_backrefs });
    }
    let v = state::<Validator>(value).filter(|v| v.names.iter().any(|n| n == key))?;
    let found = |method| Found { method, include_removes: v.include_removes, include_backrefs: v.include_backrefs };
    v.method.clone().map(found)
}

/// The validator method of `class` (or a base) for attribute `key`, if any, and whether it takes
/// removals (`include_removes`). SQLAlchemy looks from the class's mapper up to the base mapper
/// (`iterate_to_root`) and takes the first mapper whose validators name `key`; each mapper's
/// validators are its class's attributes read along the MRO, each name once (`iterate_attributes`).
/// So a subclass method of the same name with `@validates` replaces its base's validator, and one
/// without it hides the validator from the subclass's mapper only: the base mapper still has it.
/// (Every assignment asks, so nothing is collected on the way.)
fn find(class: &Rc<Class>, key: &str) -> Option<Found> {
    let mapped = std::iter::once(class).chain(class.mro_tail.iter());
    let mut mapped = mapped.filter(|c| Rc::ptr_eq(c, class) || super::declarative::mapped(c).is_some());
    mapped.find_map(|c| find_in(c, key))
}

/// The validator of `key` among `class`'s attributes as its MRO resolves them.
fn find_in(class: &Rc<Class>, key: &str) -> Option<Found> {
    let classes = || std::iter::once(class).chain(class.mro_tail.iter());
    for (at, c) in classes().enumerate() {
        for (name, value) in c.dict.borrow().iter() {
            if let Some(found) = validator_of(value, key)
                && !classes().take(at).any(|nearer| nearer.dict.borrow().contains_key(name))
            {
                return Some(found);
            }
        }
    }
    None
}

/// The value to store for `inst.key = value`: what the attribute's validator returns, or `value`.
/// A removal (`is_remove`) reaches only validators declared with `include_removes=True`; a change
/// a backref makes (`from_backref`) only those not declared with `include_backrefs=False`.
pub fn validated(
    interp: &mut Interp,
    inst: &Rc<Instance>,
    key: &str,
    value: Value,
    is_remove: bool,
    from_backref: bool,
) -> PyResult<Value> {
    match find(&inst.class, key) {
        Some(Found { method, include_removes, include_backrefs })
            if (include_removes || !is_remove) && (include_backrefs || !from_backref) =>
        {
            let mut positional = vec![Value::Instance(inst.clone()), Value::str(key), value.clone()];
            if include_removes {
                positional.push(Value::Bool(is_remove));
            }
            let returned = interp.call(&method, Args { positional, keywords: Vec::new() })?;
            Ok(if is_remove { value } else { returned })
        }
        _ => Ok(value),
    }
}

impl super::Orm {
    /// `@reconstructor`: marks a method to call on each instance the ORM loads from a row (where
    /// `__init__` is not called), as SQLAlchemy's `orm.reconstructor` does.
    pub fn reconstructor(&self, interp: &mut Interp, args: Args) -> PyResult<Value> {
        let Some(func) = args.positional.first().cloned() else {
            return Err(interp.type_error("reconstructor() missing 1 required positional argument: 'fn'"));
        };
        interp.set_attr(&func, "__sa_reconstructor__", Value::Bool(true))?;
        self.reconstructors.set(true);
        Ok(func)
    }

    /// Calls the class's `@reconstructor` method (the first marked one along its MRO) on a newly
    /// loaded instance.
    pub fn reconstruct(&self, interp: &mut Interp, inst: &Rc<crate::eval::value::Instance>) -> PyResult<()> {
        let class = inst.class.clone();
        let marked = std::iter::once(&class).chain(class.mro_tail.iter()).find_map(|c| {
            c.dict.borrow().iter().find_map(|(name, v)| match v {
                Value::Function(f) if f.dict.borrow().get("__sa_reconstructor__").is_some() => Some(name.clone()),
                _ => None,
            })
        });
        if let Some(name) = marked {
            interp.call_method(&Value::Instance(inst.clone()), &name, Vec::new())?;
        }
        Ok(())
    }
}
