//! `sqlalchemy.inspect()`: the runtime inspection API, as SQLAlchemy's `inspection` registry
//! dispatches it — a mapped instance gives its `InstanceState` ([`instance`]), a mapped class its
//! `Mapper` ([`mapper`]), an engine or connection an `Inspector` over the live SQLite schema
//! ([`inspector`]). Anything else raises `NoInspectionAvailable`, as SQLAlchemy does.
//!
//! Also here: `ReadOnlyProperties` (the keyed, attribute-accessible collections `mapper.attrs`,
//! `mapper.column_attrs`, `state.attrs` return) and the `History` named tuple of attribute history.

mod autoload;
mod inspector;
pub(crate) mod instance;
mod mapper;
mod reflect;
mod table_sql;
#[cfg(test)]
mod tests;

use super::SaExc;
use super::declarative::mapped;
use super::native::{Method, native_class, receiver, wrap};
use crate::eval::value::Value;
use crate::eval::{Args, ExcType, Interp, PyResult};
use std::rc::Rc;

pub use autoload::{metadata_reflect, table_autoload};
pub use inspector::inspector_class;
pub use instance::{attribute_kind, history as attribute_history, state_value as state_of_instance};
pub use mapper::{AttrKind, mapper_class, mapper_value};

/// `inspect(subject, raiseerr=True)`.
pub fn inspect_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let subject = args.positional.first().cloned().unwrap_or(Value::None);
    let raiseerr = match super::native::arg(&args, 1, "raiseerr") {
        Some(v) => interp.truthy(&v)?,
        None => true,
    };
    match &subject {
        Value::Instance(inst) if mapped(&inst.class).is_some() => return instance::state_value(interp, inst),
        Value::Class(c) if mapped(c).is_some() => {
            let info = mapped(c).ok_or_else(|| interp.error(ExcType::RuntimeError, "unmapped class"))?;
            let orm = super::orm(interp)?;
            orm.configure(interp, &info.registry)?;
            return Ok(mapper_value(interp, &info.registry, info.mapper));
        }
        _ => {}
    }
    // Inspection objects inspect to themselves (`inspect(inspect(User)) is inspect(User)`).
    if mapper::is_mapper(&subject) || instance::is_state(&subject) || inspector::is_inspector(&subject) {
        return Ok(subject);
    }
    if super::engine::connection::bind_engine(&subject).is_some() {
        return Ok(inspector::inspector_value(interp, &subject));
    }
    if !raiseerr {
        return Ok(Value::None);
    }
    let shown = interp.repr(&interp.type_of(&subject))?;
    let orm = super::orm(interp)?;
    Err(orm.error(
        interp,
        SaExc::NoInspectionAvailable,
        format!("No inspection system is available for object of type {shown}"),
    ))
}

/// SQLAlchemy's `ReadOnlyProperties`: values in order, reachable by key as attributes or items.
pub struct Props {
    pub items: Vec<(String, Value)>,
}

impl Props {
    fn get(&self, key: &str) -> Option<Value> {
        self.items.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    }
}

const PROPS_METHODS: &[(&str, Method)] = &[
    ("__getattr__", |i, a| {
        let (p, _, rest) = receiver::<Props>(i, a, "ReadOnlyProperties")?;
        let key = rest.positional.first().and_then(super::native::as_str).unwrap_or_default();
        p.get(&key).ok_or_else(|| i.error(ExcType::AttributeError, key))
    }),
    ("__getitem__", |i, a| {
        let (p, _, rest) = receiver::<Props>(i, a, "ReadOnlyProperties")?;
        let key = rest.positional.first().cloned().unwrap_or(Value::None);
        let found = super::native::as_str(&key).and_then(|k| p.get(&k));
        match found {
            Some(v) => Ok(v),
            None => {
                let shown = i.repr(&key)?;
                Err(i.error(ExcType::KeyError, shown))
            }
        }
    }),
    ("get", |i, a| {
        let (p, _, rest) = receiver::<Props>(i, a, "ReadOnlyProperties")?;
        let key = rest.positional.first().and_then(super::native::as_str).unwrap_or_default();
        Ok(p.get(&key).unwrap_or_else(|| rest.positional.get(1).cloned().unwrap_or(Value::None)))
    }),
    ("__contains__", |i, a| {
        let (p, _, rest) = receiver::<Props>(i, a, "ReadOnlyProperties")?;
        let key = rest.positional.first().and_then(super::native::as_str).unwrap_or_default();
        Ok(Value::Bool(p.get(&key).is_some()))
    }),
    ("__iter__", |i, a| {
        let (p, _, _) = receiver::<Props>(i, a, "ReadOnlyProperties")?;
        Ok(i.make_iterator(p.items.iter().map(|(_, v)| v.clone()).collect()))
    }),
    ("__len__", |i, a| {
        let (p, _, _) = receiver::<Props>(i, a, "ReadOnlyProperties")?;
        Ok(Value::Int(p.items.len() as i64))
    }),
    ("keys", |i, a| {
        let (p, _, _) = receiver::<Props>(i, a, "ReadOnlyProperties")?;
        Ok(Value::list(p.items.iter().map(|(k, _)| Value::str(k)).collect()))
    }),
    ("values", |i, a| {
        let (p, _, _) = receiver::<Props>(i, a, "ReadOnlyProperties")?;
        Ok(Value::list(p.items.iter().map(|(_, v)| v.clone()).collect()))
    }),
    ("items", |i, a| {
        let (p, _, _) = receiver::<Props>(i, a, "ReadOnlyProperties")?;
        Ok(Value::list(p.items.iter().map(|(k, v)| Value::tuple(vec![Value::str(k), v.clone()])).collect()))
    }),
];

/// A `ReadOnlyProperties` collection of `items`.
pub fn props_value(interp: &mut Interp, items: Vec<(String, Value)>) -> Value {
    let class = native_class(interp, "ReadOnlyProperties", "sqlalchemy.util._collections", PROPS_METHODS);
    wrap(interp, &class, Props { items })
}

/// One side of a `History`: SQLAlchemy shows an empty side as `()` for scalar attributes and as `[]`
/// for collections, a non-empty one as a list.
fn history_side(items: Vec<Value>, collection: bool) -> Value {
    if items.is_empty() && !collection { Value::tuple(Vec::new()) } else { Value::list(items) }
}

/// `History(added=..., unchanged=..., deleted=...)`, SQLAlchemy's named tuple of attribute history
/// (created once per interpreter with `collections.namedtuple`, so it unpacks and prints like one).
pub fn history_value(
    interp: &mut Interp,
    added: Vec<Value>,
    unchanged: Vec<Value>,
    deleted: Vec<Value>,
    collection: bool,
) -> PyResult<Value> {
    let class = match interp.registered_class("sqla:History") {
        Some(c) => Value::Class(c),
        None => {
            let collections = interp.import_module("collections")?;
            let factory = interp.get_attr(&collections, "namedtuple")?;
            let class = interp.call(
                &factory,
                Args {
                    positional: vec![Value::str("History"), Value::str("added unchanged deleted")],
                    keywords: Vec::new(),
                },
            )?;
            if let Value::Class(c) = &class {
                add_history_methods(c);
                interp.register_class("sqla:History", c.clone());
            }
            class
        }
    };
    // A collection's empty sides are lists only when it has changes (`History(added=[<A>],
    // unchanged=[], deleted=[])`); unchanged or unloaded, they are `()` as for scalars.
    let collection = collection && (!added.is_empty() || !deleted.is_empty());
    let sides =
        vec![history_side(added, collection), history_side(unchanged, collection), history_side(deleted, collection)];
    interp.call(&class, Args { positional: sides, keywords: Vec::new() })
}

/// `History.has_changes()` / `empty()` / `non_deleted()` / `sum()`.
fn add_history_methods(class: &Rc<crate::eval::value::Class>) {
    fn sides(interp: &mut Interp, args: &Args) -> PyResult<[Vec<Value>; 3]> {
        let this = args.positional.first().cloned().unwrap_or(Value::None);
        let all = interp.collect(&this)?;
        let mut out: [Vec<Value>; 3] = Default::default();
        for (slot, side) in out.iter_mut().zip(all) {
            *slot = interp.collect(&side)?;
        }
        Ok(out)
    }
    let methods: [(&str, Method); 4] = [
        ("has_changes", |i, a| {
            let [added, _, deleted] = sides(i, &a)?;
            Ok(Value::Bool(!added.is_empty() || !deleted.is_empty()))
        }),
        ("empty", |i, a| {
            let [added, unchanged, deleted] = sides(i, &a)?;
            Ok(Value::Bool(added.is_empty() && unchanged.is_empty() && deleted.is_empty()))
        }),
        ("non_deleted", |i, a| {
            let [added, unchanged, _] = sides(i, &a)?;
            Ok(Value::list(added.into_iter().chain(unchanged).collect()))
        }),
        ("sum", |i, a| {
            let [added, unchanged, deleted] = sides(i, &a)?;
            Ok(Value::list(added.into_iter().chain(unchanged).chain(deleted).collect()))
        }),
    ];
    let mut dict = class.dict.borrow_mut();
    for (name, f) in methods {
        dict.insert(crate::ir::Name::from(name), Interp::builtin(name, f));
    }
}
