//! `inspect(obj)`: SQLAlchemy's `InstanceState` of a mapped instance — its lifecycle state
//! (`transient`/`pending`/`persistent`/`deleted`/`detached`), identity and identity key, which
//! attributes are unloaded or expired, whether it was modified, its mapper and session — and, through
//! `state.attrs`, an `AttributeState` per mapped attribute with its value and `History`.
//!
//! The lifecycle follows `orm/state.py`: an object whose DELETE is not yet flushed is still
//! persistent; after the flush it is deleted until the commit, then detached. An object whose session
//! was closed is detached.

use super::mapper::{AttrKind, attribute_keys, mapper_value};
use super::{history_value, props_value};
use crate::eval::value::{Instance, Value};
use crate::eval::{Args, ExcType, Interp, PyResult};
use crate::orm::declarative::mapped;
use crate::orm::native::{Method, native_class, receiver, state, wrap};
use crate::orm::state::{Status, existing_state};
use std::rc::Rc;

/// The state object: the instance it describes.
pub struct StateObj {
    inst: Rc<Instance>,
}

/// One attribute of an inspected instance.
pub struct AttrStateObj {
    inst: Rc<Instance>,
    key: String,
}

/// Whether a value is an `InstanceState` from `inspect()`.
pub fn is_state(v: &Value) -> bool {
    state::<StateObj>(v).is_some()
}

/// `inspect(obj)` for a mapped instance.
pub fn state_value(interp: &mut Interp, inst: &Rc<Instance>) -> PyResult<Value> {
    let class = native_class(interp, "InstanceState", "sqlalchemy.orm.state", &[]);
    for (name, getter) in STATE_PROPERTIES {
        crate::orm::native::native_property(&class, name, *getter);
    }
    let state = existing_state(inst)
        .or_else(|| mapped(&inst.class).map(|m| crate::orm::state::state_of(inst, &m.registry, m.mapper)));
    if let Some(held) = state.as_ref().and_then(|s| s.borrow().py_state.as_ref().and_then(std::rc::Weak::upgrade)) {
        return Ok(Value::Instance(held));
    }
    let value = wrap(interp, &class, StateObj { inst: inst.clone() });
    if let (Some(s), Value::Instance(v)) = (&state, &value) {
        s.borrow_mut().py_state = Some(Rc::downgrade(v));
    }
    Ok(value)
}

fn this(interp: &Interp, args: Args) -> PyResult<Rc<Instance>> {
    let (s, _, _) = receiver::<StateObj>(interp, args, "InstanceState")?;
    Ok(s.inst.clone())
}

/// SQLAlchemy's name for where an object stands (see the module overview).
pub fn lifecycle(interp: &Interp, inst: &Rc<Instance>) -> PyResult<&'static str> {
    let Some(state) = existing_state(inst) else { return Ok("transient") };
    let (status, id) = {
        let s = state.borrow();
        (s.status, s.session)
    };
    let orm = crate::orm::orm(interp)?;
    let session = id.and_then(|id| orm.session_by_id(id));
    Ok(match (status, session) {
        (Status::Transient, _) | (Status::Pending, None) => "transient",
        (Status::Pending, Some(_)) => "pending",
        (Status::Persistent, Some(_)) => "persistent",
        (Status::Deleted, Some(s)) if s.delete_pending(&state) || s.deleting.borrow().contains(&inst.id) => {
            "persistent"
        }
        (Status::Deleted, Some(_)) => "deleted",
        (Status::Persistent | Status::Deleted | Status::Detached, _) => "detached",
    })
}

/// The primary key as a tuple, once the object has an identity.
fn identity(interp: &Interp, inst: &Rc<Instance>) -> Option<Value> {
    let state = existing_state(inst)?;
    let s = state.borrow();
    let cells = s.identity.clone()?;
    let reg = s.registry.borrow();
    let table = reg.table_of(s.mapper)?;
    let values = table
        .primary_key()
        .iter()
        .zip(&cells)
        .map(|(c, cell)| crate::orm::state::from_cell(interp, cell, &c.ty))
        .collect();
    Some(Value::tuple(values))
}

pub(crate) fn identity_key(interp: &Interp, inst: &Rc<Instance>) -> Value {
    match identity(interp, inst) {
        Some(id) => Value::tuple(vec![Value::Class(inst.class.clone()), id, Value::None]),
        None => Value::None,
    }
}

/// Keys of mapped attributes that hold no loaded value (never set, never loaded, or expired).
fn unloaded(inst: &Rc<Instance>) -> Vec<String> {
    let Some(info) = mapped(&inst.class) else { return Vec::new() };
    let expired = existing_state(inst).map(|s| s.borrow().expired.clone()).unwrap_or_default();
    let dict = inst.dict.borrow();
    let keys = attribute_keys(&info.registry.borrow(), info.mapper);
    keys.into_iter().map(|(k, _)| k).filter(|k| expired.contains(k) || !dict.contains_key(k.as_str())).collect()
}

/// Whether every column attribute is expired (a commit or `expire(obj)` happened since the last load).
fn fully_expired(inst: &Rc<Instance>) -> bool {
    let (Some(info), Some(state)) = (mapped(&inst.class), existing_state(inst)) else { return false };
    let s = state.borrow();
    let reg = info.registry.borrow();
    let keys = attribute_keys(&reg, info.mapper);
    let mut columns = keys.iter().filter(|(_, kind)| *kind == AttrKind::Column).peekable();
    columns.peek().is_some() && columns.all(|(k, _)| s.expired.contains(k))
}

fn modified(interp: &mut Interp, inst: &Rc<Instance>) -> PyResult<bool> {
    let Some(state) = existing_state(inst) else { return Ok(!inst.dict.borrow().is_empty()) };
    let (status, relations) = {
        let s = state.borrow();
        if s.modified {
            return Ok(true);
        }
        (s.status, !s.history.is_empty())
    };
    if status == Status::Pending || status == Status::Transient {
        return Ok(!inst.dict.borrow().is_empty());
    }
    let orm = crate::orm::orm(interp)?;
    Ok(relations || orm.has_changed_columns(interp, inst)?)
}

fn session_value(interp: &Interp, inst: &Rc<Instance>) -> PyResult<Value> {
    if !matches!(lifecycle(interp, inst)?, "pending" | "persistent" | "deleted") {
        return Ok(Value::None);
    }
    let orm = crate::orm::orm(interp)?;
    Ok(orm.session_of_instance(inst).and_then(|s| orm.session_value(s.id)).unwrap_or(Value::None))
}

/// `object_session(obj)`: the session `obj` is pending, persistent or deleted in, else `None`.
pub fn object_session_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.positional.first() {
        Some(Value::Instance(inst)) => session_value(interp, inst),
        _ => Ok(Value::None),
    }
}

fn string_set(interp: &mut Interp, keys: Vec<String>) -> PyResult<Value> {
    interp.make_set(keys.iter().map(|k| Value::str(k)).collect())
}

fn status_property(interp: &mut Interp, args: Args, wanted: &str) -> PyResult<Value> {
    let inst = this(interp, args)?;
    Ok(Value::Bool(lifecycle(interp, &inst)? == wanted))
}

const STATE_PROPERTIES: &[(&str, Method)] = &[
    ("transient", |i, a| status_property(i, a, "transient")),
    ("pending", |i, a| status_property(i, a, "pending")),
    ("persistent", |i, a| status_property(i, a, "persistent")),
    ("deleted", |i, a| status_property(i, a, "deleted")),
    ("detached", |i, a| status_property(i, a, "detached")),
    // SQLAlchemy's `_deleted`: set once the flush that deleted the row is over.
    ("was_deleted", |i, a| {
        let inst = this(i, a)?;
        let deleted = lifecycle(i, &inst)? == "deleted";
        Ok(Value::Bool(deleted || existing_state(&inst).is_some_and(|s| s.borrow().was_deleted)))
    }),
    ("identity", |i, a| {
        let inst = this(i, a)?;
        Ok(identity(i, &inst).unwrap_or(Value::None))
    }),
    ("key", |i, a| {
        let inst = this(i, a)?;
        Ok(identity_key(i, &inst))
    }),
    ("identity_key", |i, a| {
        let inst = this(i, a)?;
        Ok(identity_key(i, &inst))
    }),
    ("has_identity", |i, a| {
        let inst = this(i, a)?;
        Ok(Value::Bool(existing_state(&inst).is_some_and(|s| s.borrow().identity.is_some())))
    }),
    ("unloaded", |i, a| {
        let inst = this(i, a)?;
        string_set(i, unloaded(&inst))
    }),
    ("unmodified", |i, a| {
        let inst = this(i, a)?;
        let Some(info) = mapped(&inst.class) else { return string_set(i, Vec::new()) };
        let keys = attribute_keys(&info.registry.borrow(), info.mapper);
        let changed = {
            let orm = crate::orm::orm(i)?;
            let columns: Vec<String> = orm.changed_columns(i, &inst)?.into_iter().map(|c| c.key).collect();
            let relations: Vec<String> =
                existing_state(&inst).map(|s| s.borrow().history.keys().cloned().collect()).unwrap_or_default();
            columns.into_iter().chain(relations).collect::<Vec<_>>()
        };
        string_set(i, keys.into_iter().map(|(k, _)| k).filter(|k| !changed.contains(k)).collect())
    }),
    ("expired", |i, a| {
        let inst = this(i, a)?;
        Ok(Value::Bool(fully_expired(&inst)))
    }),
    ("expired_attributes", |i, a| {
        let inst = this(i, a)?;
        let keys = if fully_expired(&inst) {
            unloaded(&inst)
        } else {
            existing_state(&inst).map(|s| s.borrow().expired.iter().cloned().collect()).unwrap_or_default()
        };
        string_set(i, keys)
    }),
    ("modified", |i, a| {
        let inst = this(i, a)?;
        Ok(Value::Bool(modified(i, &inst)?))
    }),
    ("mapper", |i, a| {
        let inst = this(i, a)?;
        let info = mapped(&inst.class).ok_or_else(|| i.error(ExcType::RuntimeError, "unmapped instance"))?;
        Ok(mapper_value(i, &info.registry, info.mapper))
    }),
    ("class_", |i, a| Ok(Value::Class(this(i, a)?.class.clone()))),
    ("object", |i, a| Ok(Value::Instance(this(i, a)?))),
    ("obj", |i, a| {
        let inst = this(i, a)?;
        Ok(Interp::builtin("obj", move |_, _| Ok(Value::Instance(inst.clone()))))
    }),
    ("session", |i, a| {
        let inst = this(i, a)?;
        session_value(i, &inst)
    }),
    ("is_instance", |_, _| Ok(Value::Bool(true))),
    ("dict", |i, a| {
        let inst = this(i, a)?;
        let (keys, values): (Vec<String>, Vec<Value>) =
            inst.dict.borrow().iter().map(|(k, v)| (k.to_string(), v.clone())).unzip();
        crate::orm::engine::row::dict_of(i, &keys, &values)
    }),
    ("attrs", |i, a| {
        let inst = this(i, a)?;
        let Some(info) = mapped(&inst.class) else { return Ok(props_value(i, Vec::new())) };
        let keys = attribute_keys(&info.registry.borrow(), info.mapper);
        let class = native_class(i, "AttributeState", "sqlalchemy.orm.state", ATTR_METHODS);
        for (name, getter) in ATTR_PROPERTIES {
            crate::orm::native::native_property(&class, name, *getter);
        }
        let items = keys
            .into_iter()
            .map(|(key, _)| {
                let v = wrap(i, &class, AttrStateObj { inst: inst.clone(), key: key.clone() });
                (key, v)
            })
            .collect();
        Ok(props_value(i, items))
    }),
];

fn attr_this(interp: &Interp, args: Args) -> PyResult<Rc<AttrStateObj>> {
    let (s, _, _) = receiver::<AttrStateObj>(interp, args, "AttributeState")?;
    Ok(s)
}

/// The kind of the mapped attribute `key` of `inst`'s class (`None`: not a mapped attribute).
pub fn attribute_kind(inst: &Rc<Instance>, key: &str) -> Option<AttrKind> {
    let info = mapped(&inst.class)?;
    attribute_keys(&info.registry.borrow(), info.mapper).into_iter().find(|(k, _)| k == key).map(|(_, k)| k)
}

/// `attrs.<key>.history`, as `get_history(PASSIVE_NO_INITIALIZE)` reports it: nothing is loaded.
pub fn history(interp: &mut Interp, inst: &Rc<Instance>, key: &str) -> PyResult<Value> {
    let Some(info) = mapped(&inst.class) else { return history_value(interp, vec![], vec![], vec![], false) };
    let kind = attribute_keys(&info.registry.borrow(), info.mapper).into_iter().find(|(k, _)| k == key).map(|(_, k)| k);
    let Some(current) = crate::orm::state::loaded_value(inst, key) else {
        return history_value(interp, vec![], vec![], vec![], false);
    };
    let state = existing_state(inst);
    match kind {
        Some(AttrKind::Relationship { uselist }) => {
            let (added, removed) = state
                .map(|s| {
                    let s = s.borrow();
                    s.history.get(key).map_or((Vec::new(), Vec::new()), |h| {
                        (h.added.iter().cloned().collect::<Vec<_>>(), h.removed.iter().cloned().collect::<Vec<_>>())
                    })
                })
                .unwrap_or_default();
            let items = if uselist {
                interp.collect(&current)?
            } else if matches!(current, Value::None) {
                Vec::new()
            } else {
                vec![current]
            };
            let is_added = |v: &Value| added.iter().any(|a| same_object(a, v));
            let mut added_now: Vec<Value> = items.iter().filter(|v| is_added(v)).cloned().collect();
            // A scalar set to None (or emptied by a backref) has `added=[None]`.
            if !uselist && items.is_empty() && added.iter().any(|a| matches!(a, Value::None)) {
                added_now.push(Value::None);
            }
            let unchanged: Vec<Value> = items.iter().filter(|v| !is_added(v)).cloned().collect();
            history_value(interp, added_now, unchanged, removed, uselist)
        }
        _ => {
            // Inside a flush, history is still what it was before it (reset after the flush).
            let committed = state.and_then(|s| {
                let s = s.borrow();
                s.pre_flush.as_ref().unwrap_or(&s.committed).get(key).cloned()
            });
            match committed {
                Some(before) if interp.eq(&current, &before)? => {
                    history_value(interp, vec![], vec![current], vec![], false)
                }
                Some(before) => history_value(interp, vec![current], vec![], vec![before], false),
                None => history_value(interp, vec![current], vec![], vec![], false),
            }
        }
    }
}

fn same_object(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Instance(x), Value::Instance(y)) => Rc::ptr_eq(x, y),
        _ => false,
    }
}

/// `AttributeState.load_history()`: the `history`, after loading an unloaded (expired, deferred,
/// lazy) value the way reading the attribute does.
const ATTR_METHODS: &[(&str, Method)] = &[("load_history", |i, a| {
    let s = attr_this(i, a)?;
    i.get_attr(&Value::Instance(s.inst.clone()), &s.key)?;
    history(i, &s.inst, &s.key)
})];

const ATTR_PROPERTIES: &[(&str, Method)] = &[
    ("key", |i, a| Ok(Value::str(&attr_this(i, a)?.key))),
    ("value", |i, a| {
        let s = attr_this(i, a)?;
        i.get_attr(&Value::Instance(s.inst.clone()), &s.key)
    }),
    ("loaded_value", |i, a| {
        let s = attr_this(i, a)?;
        match crate::orm::state::loaded_value(&s.inst, &s.key) {
            Some(v) => Ok(v),
            None => crate::orm::events::loader_status(i, "NO_VALUE"),
        }
    }),
    ("history", |i, a| {
        let s = attr_this(i, a)?;
        history(i, &s.inst, &s.key)
    }),
    ("state", |i, a| {
        let s = attr_this(i, a)?;
        state_value(i, &s.inst)
    }),
];
