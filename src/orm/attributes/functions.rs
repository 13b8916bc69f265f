//! The public functions of `sqlalchemy.orm.attributes` that read or write an instance's attribute
//! state directly: `get_history(obj, key)` (the `History` of one attribute, loading it first as
//! `PASSIVE_OFF` does), `set_committed_value(obj, key, value)` (a value as if loaded from the
//! database: no history, no flush) and `instance_state(obj)` (the `InstanceState`).

use crate::eval::value::{Instance, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::collection::new_collection;
use crate::orm::declarative::mapped;
use crate::orm::inspection::{AttrKind, attribute_history, attribute_kind, state_of_instance};
use crate::orm::native::arg;
use crate::orm::state::{Status, existing_state, state_of};
use std::rc::Rc;

/// The mapped instance and attribute key of `fn(instance, key, ...)`; an unmapped object raises the
/// `AttributeError` SQLAlchemy's `instance_state` raises, an unknown key the `KeyError` of
/// `state.manager[key]`.
fn instance_and_key(interp: &mut Interp, args: &Args, name: &str) -> PyResult<(Rc<Instance>, String, AttrKind)> {
    let (Some(obj), Some(key)) = (arg(args, 0, "obj").or_else(|| arg(args, 0, "instance")), arg(args, 1, "key")) else {
        return Err(interp.type_error(format!("{name}() missing required positional arguments: 'obj' and 'key'")));
    };
    let Value::Str(key) = key else { return Err(interp.type_error("attribute name must be a string")) };
    let inst = match &obj {
        Value::Instance(inst) if mapped(&inst.class).is_some() => inst.clone(),
        _ => return Err(interp.attribute_error(&obj, "_sa_instance_state")),
    };
    let Some(kind) = attribute_kind(&inst, &key) else { return Err(interp.key_error(Value::Str(key))) };
    Ok((inst, key.to_string(), kind))
}

/// `get_history(obj, key, passive=PASSIVE_OFF)`: with the default, an expired or not yet loaded
/// attribute of a persistent object is loaded first, so it shows as `unchanged`; with any explicit
/// `passive` flag nothing is loaded. A pending object's unset attribute is not initialized.
pub fn get_history(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (inst, key, _) = instance_and_key(interp, &args, "get_history")?;
    let load = arg(&args, 2, "passive").is_none()
        && existing_state(&inst).is_some_and(|s| {
            let s = s.borrow();
            s.identity.is_some() && matches!(s.status, Status::Persistent | Status::Detached)
        });
    if load {
        interp.get_attr(&Value::Instance(inst.clone()), &key)?;
    }
    attribute_history(interp, &inst, &key)
}

/// `set_committed_value(instance, key, value)`: the value becomes the attribute's loaded, committed
/// state — it is not a change, so it has no history and the next flush does not write it. A
/// collection's items become a fresh collection.
pub fn set_committed_value(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (inst, key, kind) = instance_and_key(interp, &args, "set_committed_value")?;
    let value = arg(&args, 2, "value").unwrap_or(Value::None);
    let Some(info) = mapped(&inst.class) else { return Ok(Value::None) };
    let state = state_of(&inst, &info.registry, info.mapper);
    let value = match kind {
        AttrKind::Relationship { uselist: true } => {
            let items = if matches!(value, Value::None) { Vec::new() } else { interp.collect(&value)? };
            new_collection(interp, &inst, &key, items)
        }
        _ => value,
    };
    {
        let mut s = state.borrow_mut();
        s.expired.shift_remove(&key);
        s.expired_relationships.shift_remove(&key);
        s.deferred.shift_remove(&key);
        match kind {
            AttrKind::Relationship { .. } => {
                s.history.shift_remove(&key);
            }
            _ => {
                s.committed.insert(key.clone(), value.clone());
            }
        }
    }
    inst.dict.borrow_mut().insert(crate::ir::Name::from(key.as_str()), value);
    // The object holds loaded state again, which the next commit must expire.
    crate::orm::orm(interp)?.note_loaded(&inst);
    Ok(Value::None)
}

/// `instance_state(obj)`: the object's `InstanceState`, as `inspect(obj)` returns it.
pub fn instance_state(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let obj = args.positional.first().cloned().unwrap_or(Value::None);
    match &obj {
        Value::Instance(inst) if mapped(&inst.class).is_some() => state_of_instance(interp, inst),
        _ => Err(interp.attribute_error(&obj, "_sa_instance_state")),
    }
}
