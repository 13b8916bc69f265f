//! Relationship collections: list-like objects whose `append`, `remove`, `pop`, … are ORM events, so
//! that `parent.children.append(child)` back-populates `child.parent` and cascades `child` into the
//! session, as SQLAlchemy's instrumented lists do.

use super::native::{native_class, receiver, state, wrap};
use super::orm;
use crate::eval::ExcType;
use crate::eval::value::{Instance, Value};
use crate::eval::{Args, Interp, PyResult};
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub struct CollectionState {
    pub owner: Weak<Instance>,
    pub key: String,
    pub items: RefCell<Vec<Value>>,
}

type Method = super::native::Method;

const METHODS: &[(&str, Method)] = &[
    ("append", append),
    ("remove", remove),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("clear", clear),
    ("index", |i, a| delegate(i, a, "index")),
    ("count", |i, a| delegate(i, a, "count")),
    ("copy", |i, a| {
        let (c, _, _) = receiver::<CollectionState>(i, a, "InstrumentedList")?;
        Ok(Value::list(c.items.borrow().clone()))
    }),
    ("__iter__", |i, a| {
        let (c, _, _) = receiver::<CollectionState>(i, a, "InstrumentedList")?;
        let items = c.items.borrow().clone();
        Ok(i.make_iterator(items))
    }),
    ("__len__", |i, a| {
        let (c, _, _) = receiver::<CollectionState>(i, a, "InstrumentedList")?;
        Ok(Value::Int(c.items.borrow().len() as i64))
    }),
    ("__bool__", |i, a| {
        let (c, _, _) = receiver::<CollectionState>(i, a, "InstrumentedList")?;
        Ok(Value::Bool(!c.items.borrow().is_empty()))
    }),
    ("__getitem__", |i, a| {
        let (c, _, rest) = receiver::<CollectionState>(i, a, "InstrumentedList")?;
        let list = Value::list(c.items.borrow().clone());
        let index = rest.positional.first().cloned().unwrap_or(Value::None);
        i.get_item(&list, &index)
    }),
    ("__setitem__", set_item),
    ("__delitem__", |i, a| {
        let (c, this, rest) = receiver::<CollectionState>(i, a, "InstrumentedList")?;
        let index = rest.positional.first().cloned().unwrap_or(Value::None);
        let item = i.get_item(&Value::list(c.items.borrow().clone()), &index)?;
        remove(i, crate::eval::Args::positional(vec![this, item]))
    }),
    ("__contains__", |i, a| {
        let (c, _, rest) = receiver::<CollectionState>(i, a, "InstrumentedList")?;
        let list = Value::list(c.items.borrow().clone());
        let item = rest.positional.first().cloned().unwrap_or(Value::None);
        Ok(Value::Bool(i.contains(&list, &item)?))
    }),
    ("__repr__", |i, a| {
        let (c, _, _) = receiver::<CollectionState>(i, a, "InstrumentedList")?;
        let list = Value::list(c.items.borrow().clone());
        Ok(Value::str(&i.repr(&list)?))
    }),
    ("__eq__", |i, a| {
        let (c, _, rest) = receiver::<CollectionState>(i, a, "InstrumentedList")?;
        let list = Value::list(c.items.borrow().clone());
        let other = rest.positional.first().cloned().unwrap_or(Value::None);
        let other = collection_items(&other).map(Value::list).unwrap_or(other);
        Ok(Value::Bool(i.eq(&list, &other)?))
    }),
    ("__add__", |i, a| {
        let (c, _, rest) = receiver::<CollectionState>(i, a, "InstrumentedList")?;
        let mut items = c.items.borrow().clone();
        items.extend(i.collect(&rest.positional.first().cloned().unwrap_or(Value::None))?);
        Ok(Value::list(items))
    }),
    ("__reversed__", |i, a| {
        let (c, _, _) = receiver::<CollectionState>(i, a, "InstrumentedList")?;
        let mut items = c.items.borrow().clone();
        items.reverse();
        Ok(i.make_iterator(items))
    }),
];

/// A new relationship collection owned by `owner.key`.
pub fn new_collection(interp: &mut Interp, owner: &Rc<Instance>, key: &str, items: Vec<Value>) -> Value {
    let class = native_class(interp, "InstrumentedList", "sqlalchemy.orm.collections", METHODS);
    wrap(
        interp,
        &class,
        CollectionState { owner: Rc::downgrade(owner), key: key.to_string(), items: RefCell::new(items) },
    )
}

/// The items of a relationship collection, or `None` if `v` is not one.
pub fn collection_items(v: &Value) -> Option<Vec<Value>> {
    state::<CollectionState>(v).map(|c| c.items.borrow().clone())
}

/// Appends without events (the reverse side of a change).
pub fn push_quiet(collection: &Value, item: Value) {
    if let Some(c) = state::<CollectionState>(collection)
        && !c.items.borrow().iter().any(|v| v.is(&item))
    {
        c.items.borrow_mut().push(item);
    }
}

/// Removes without events.
pub fn remove_quiet(collection: &Value, item: &Value) {
    if let Some(c) = state::<CollectionState>(collection) {
        let mut items = c.items.borrow_mut();
        if let Some(pos) = items.iter().position(|v| v.is(item)) {
            items.remove(pos);
        }
    }
}

fn owner_of(interp: &Interp, c: &CollectionState) -> PyResult<Rc<Instance>> {
    c.owner.upgrade().ok_or_else(|| interp.error(ExcType::RuntimeError, "the collection's owner no longer exists"))
}

fn added(interp: &mut Interp, c: &CollectionState, item: &Value) -> PyResult<()> {
    let owner = owner_of(interp, c)?;
    let orm = orm(interp)?;
    orm.on_append(interp, &owner, &c.key, item, false)
}

fn removed(interp: &mut Interp, c: &CollectionState, item: &Value) -> PyResult<()> {
    let owner = owner_of(interp, c)?;
    let orm = orm(interp)?;
    orm.on_remove(interp, &owner, &c.key, item, false)
}

fn append(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (c, _, rest) = receiver::<CollectionState>(interp, args, "InstrumentedList")?;
    let Some(item) = rest.positional.first().cloned() else {
        return Err(interp.type_error("append() takes exactly one argument (0 given)"));
    };
    check_item(interp, &c, &item)?;
    c.items.borrow_mut().push(item.clone());
    added(interp, &c, &item)?;
    Ok(Value::None)
}

fn check_item(interp: &mut Interp, c: &CollectionState, item: &Value) -> PyResult<()> {
    let owner = owner_of(interp, c)?;
    let orm = orm(interp)?;
    let Some(info) = super::declarative::mapped(&owner.class) else { return Ok(()) };
    let Some(resolved) = orm.resolved(&info, &c.key) else { return Ok(()) };
    let ok = matches!(item, Value::Instance(i) if super::declarative::mapped(&i.class).is_some_and(|m| m.mapper == resolved.target));
    if ok {
        Ok(())
    } else {
        let what = match item {
            Value::Instance(i) => i.class.name.to_string(),
            other => other.type_name(),
        };
        Err(interp.type_error(format!("'{what}' object can't be added to the collection '{}'", c.key)))
    }
}

fn extend(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (c, _, rest) = receiver::<CollectionState>(interp, args, "InstrumentedList")?;
    let items = interp.collect(&rest.positional.first().cloned().unwrap_or(Value::None))?;
    for item in items {
        check_item(interp, &c, &item)?;
        c.items.borrow_mut().push(item.clone());
        added(interp, &c, &item)?;
    }
    Ok(Value::None)
}

fn insert(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (c, _, rest) = receiver::<CollectionState>(interp, args, "InstrumentedList")?;
    let (Some(Value::Int(index)), Some(item)) = (rest.positional.first().cloned(), rest.positional.get(1).cloned())
    else {
        return Err(interp.type_error("insert() takes an index and an item"));
    };
    check_item(interp, &c, &item)?;
    let len = c.items.borrow().len() as i64;
    let at = if index < 0 { (len + index).max(0) } else { index.min(len) } as usize;
    c.items.borrow_mut().insert(at, item.clone());
    added(interp, &c, &item)?;
    Ok(Value::None)
}

fn remove(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (c, _, rest) = receiver::<CollectionState>(interp, args, "InstrumentedList")?;
    let item = rest.positional.first().cloned().unwrap_or(Value::None);
    let position = c.items.borrow().iter().position(|v| v.is(&item));
    let Some(position) = position else {
        return Err(interp.value_error("list.remove(x): x not in list"));
    };
    c.items.borrow_mut().remove(position);
    removed(interp, &c, &item)?;
    Ok(Value::None)
}

fn pop(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (c, _, rest) = receiver::<CollectionState>(interp, args, "InstrumentedList")?;
    let len = c.items.borrow().len() as i64;
    if len == 0 {
        return Err(interp.index_error("pop from empty list"));
    }
    let index = match rest.positional.first() {
        Some(Value::Int(n)) => *n,
        _ => -1,
    };
    let at = if index < 0 { index + len } else { index };
    if at < 0 || at >= len {
        return Err(interp.index_error("pop index out of range"));
    }
    let item = c.items.borrow_mut().remove(at as usize);
    removed(interp, &c, &item)?;
    Ok(item)
}

fn clear(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (c, _, _) = receiver::<CollectionState>(interp, args, "InstrumentedList")?;
    let items = std::mem::take(&mut *c.items.borrow_mut());
    for item in items {
        removed(interp, &c, &item)?;
    }
    Ok(Value::None)
}

fn set_item(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (c, _, rest) = receiver::<CollectionState>(interp, args, "InstrumentedList")?;
    let (Some(Value::Int(index)), Some(item)) = (rest.positional.first().cloned(), rest.positional.get(1).cloned())
    else {
        return Err(interp.not_supported("slice assignment to a relationship collection"));
    };
    check_item(interp, &c, &item)?;
    let len = c.items.borrow().len() as i64;
    let at = if index < 0 { index + len } else { index };
    if at < 0 || at >= len {
        return Err(interp.index_error("list assignment index out of range"));
    }
    let old = std::mem::replace(&mut c.items.borrow_mut()[at as usize], item.clone());
    removed(interp, &c, &old)?;
    added(interp, &c, &item)?;
    Ok(Value::None)
}

fn delegate(interp: &mut Interp, args: Args, method: &str) -> PyResult<Value> {
    let (c, _, rest) = receiver::<CollectionState>(interp, args, "InstrumentedList")?;
    let list = Value::list(c.items.borrow().clone());
    let f = interp.get_attr(&list, method)?;
    interp.call(&f, rest)
}
