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

mod items;
mod kinds;
mod ordering;

use crate::ir::Name;
pub use items::Items;
use kinds::Kind;

pub struct CollectionState {
    pub owner: Weak<Instance>,
    pub key: String,
    pub items: RefCell<Items>,
    /// List, set or keyed dict (`relationship(collection_class=...)`).
    kind: kinds::Kind,
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
        Ok(Value::list(c.items.borrow().to_vec()))
    }),
    ("__iter__", |i, a| {
        let (c, _, _) = receiver::<CollectionState>(i, a, "InstrumentedList")?;
        let items = c.items.borrow().to_vec();
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
        let index = rest.positional.first().cloned().unwrap_or(Value::None);
        // An integer index reads the item in place (indexing in a loop stays linear).
        if let Value::Int(n) = index {
            let items = c.items.borrow();
            let len = items.len() as i64;
            let at = if n < 0 { n + len } else { n };
            if let Some(v) = usize::try_from(at).ok().and_then(|at| items.list.get(at)) {
                return Ok(v.clone());
            }
        }
        let list = Value::list(c.items.borrow().to_vec());
        i.get_item(&list, &index)
    }),
    ("__setitem__", set_item),
    ("__delitem__", |i, a| {
        let (c, this, rest) = receiver::<CollectionState>(i, a, "InstrumentedList")?;
        let index = rest.positional.first().cloned().unwrap_or(Value::None);
        let item = i.get_item(&Value::list(c.items.borrow().to_vec()), &index)?;
        // `del coll[a:b]` removes each item of the slice (an empty slice removes nothing).
        if let (Value::Slice(_), Value::List(items)) = (&index, &item) {
            let items = items.borrow().clone();
            for item in items {
                remove(i, crate::eval::Args::positional(vec![this.clone(), item]))?;
            }
            return Ok(Value::None);
        }
        remove(i, crate::eval::Args::positional(vec![this, item]))
    }),
    ("__contains__", |i, a| {
        let (c, _, rest) = receiver::<CollectionState>(i, a, "InstrumentedList")?;
        let item = rest.positional.first().cloned().unwrap_or(Value::None);
        // `in` tests identity before `==`: an object that is there is found without a scan.
        if c.items.borrow().count(&item) > 0 {
            return Ok(Value::Bool(true));
        }
        let list = Value::list(c.items.borrow().to_vec());
        Ok(Value::Bool(i.contains(&list, &item)?))
    }),
    ("__repr__", |i, a| {
        let (c, _, _) = receiver::<CollectionState>(i, a, "InstrumentedList")?;
        let list = Value::list(c.items.borrow().to_vec());
        Ok(Value::str(&i.repr(&list)?))
    }),
    ("__eq__", |i, a| {
        let (c, _, rest) = receiver::<CollectionState>(i, a, "InstrumentedList")?;
        let list = Value::list(c.items.borrow().to_vec());
        let other = rest.positional.first().cloned().unwrap_or(Value::None);
        let other = collection_items(&other).map(Value::list).unwrap_or(other);
        Ok(Value::Bool(i.eq(&list, &other)?))
    }),
    ("__add__", |i, a| {
        let (c, _, rest) = receiver::<CollectionState>(i, a, "InstrumentedList")?;
        let mut items = c.items.borrow().to_vec();
        items.extend(i.collect(&rest.positional.first().cloned().unwrap_or(Value::None))?);
        Ok(Value::list(items))
    }),
    ("reverse", |i, a| {
        let (c, _, _) = receiver::<CollectionState>(i, a, "InstrumentedList")?;
        c.items.borrow_mut().reverse();
        Ok(Value::None)
    }),
    // `sort(key=..., reverse=...)`: the builtin sort of the items; the order changes, not the members.
    ("sort", |i, a| {
        let (c, _, rest) = receiver::<CollectionState>(i, a, "InstrumentedList")?;
        let list = Value::list(c.items.borrow().to_vec());
        let f = i.get_attr(&list, "sort")?;
        i.call(&f, rest)?;
        let sorted = i.collect(&list)?;
        *c.items.borrow_mut() = Items::new(sorted);
        Ok(Value::None)
    }),
    ("__reversed__", |i, a| {
        let (c, _, _) = receiver::<CollectionState>(i, a, "InstrumentedList")?;
        let mut items = c.items.borrow().to_vec();
        items.reverse();
        Ok(i.make_iterator(items))
    }),
];

/// A new relationship collection owned by `owner.key`.
pub fn new_collection(interp: &mut Interp, owner: &Rc<Instance>, key: &str, items: Vec<Value>) -> Value {
    let kind = kinds::kind_of(interp, owner, key);
    let (name, methods) = kinds::face(&kind);
    let class = native_class(interp, name, "sqlalchemy.orm.collections", methods);
    if let Kind::Ordered(_) = &kind {
        class.dict.borrow_mut().insert(Name::from("reorder"), Interp::builtin("reorder", ordering::reorder_method));
    }
    let items = RefCell::new(Items::new(items));
    let state = CollectionState { owner: Rc::downgrade(owner), key: key.to_string(), items, kind };
    kinds::key_all(interp, &state);
    wrap(interp, &class, state)
}

/// For a keyed-dictionary collection, the key a backref's append stores `item` under (`Some(None)`:
/// the item is skipped, see [`kinds::item_key`]); `None` for other shapes. `relationship` names the
/// attribute whose change appends (`B.a`), for the error an unpopulated key raises.
pub fn backref_key(
    interp: &mut Interp,
    collection: &Value,
    item: &Value,
    relationship: &str,
) -> PyResult<Option<Option<Value>>> {
    match state::<CollectionState>(collection) {
        Some(c) if matches!(c.kind, Kind::Dict(_)) => kinds::item_key(interp, &c, item, relationship).map(Some),
        _ => Ok(None),
    }
}

/// Records the dictionary key of an item of a keyed-dictionary collection.
pub fn set_item_key(collection: &Value, item: &Value, key: Value) {
    if let Some(c) = state::<CollectionState>(collection) {
        c.items.borrow_mut().set_key(item, key);
    }
}

/// SQLAlchemy's `duck_type_collection`: the builtin collection type a value is or acts as (a
/// relationship collection as its own shape, else by `append` / `add` / `set` methods).
fn duck_type(interp: &mut Interp, v: &Value) -> Option<&'static str> {
    if let Some(c) = state::<CollectionState>(v) {
        return Some(kinds::duck_name(&c.kind));
    }
    match v {
        Value::List(_) => return Some("list"),
        Value::Set(_) if v.type_name() == "set" => return Some("set"),
        Value::Dict(_) => return Some("dict"),
        Value::Instance(_) => {}
        _ => return None,
    }
    ["append", "add", "set"]
        .into_iter()
        .zip(["list", "set", "dict"])
        .find(|(method, _)| interp.get_attr(v, method).is_ok())
        .map(|(_, kind)| kind)
}

/// Assigning `value` to collection `owner.key` needs a value of the collection's own shape: SQLAlchemy's
/// `TypeError: Incompatible collection type: tuple is not list-like` otherwise.
pub fn check_assigned(interp: &mut Interp, owner: &Rc<Instance>, key: &str, value: &Value) -> PyResult<()> {
    let wanted = kinds::duck_name(&kinds::kind_of(interp, owner, key));
    if duck_type(interp, value) == Some(wanted) {
        return Ok(());
    }
    let given = match value {
        Value::None => "None".to_string(),
        Value::Instance(i) => i.class.name.to_string(),
        other => other.type_name(),
    };
    Err(interp.type_error(format!("Incompatible collection type: {given} is not {wanted}-like")))
}

/// A value without ORM state (a string, a number, an object of an unmapped class) given to a
/// relationship: SQLAlchemy's `instance_state(value)` fails on it with this AttributeError.
pub fn stateless_item(interp: &Interp, item: &Value) -> Option<Box<crate::eval::Exc>> {
    let name = match item {
        Value::None => return None,
        Value::Instance(i) if super::declarative::mapped(&i.class).is_some() => return None,
        Value::Instance(i) => i.class.name.to_string(),
        other => other.type_name(),
    };
    Some(interp.error(ExcType::AttributeError, format!("'{name}' object has no attribute '_sa_instance_state'")))
}

/// The items of a relationship collection, or `None` if `v` is not one.
pub fn collection_items(v: &Value) -> Option<Vec<Value>> {
    state::<CollectionState>(v).map(|c| c.items.borrow().to_vec())
}

/// How many times `item` is in a relationship collection (`None` if `v` is not one).
pub fn collection_count(v: &Value, item: &Value) -> Option<usize> {
    state::<CollectionState>(v).map(|c| c.items.borrow().count(item))
}

/// Appends without events (the reverse side of a change).
pub fn push_quiet(collection: &Value, item: Value) {
    if let Some(c) = state::<CollectionState>(collection)
        && c.items.borrow().count(&item) == 0
    {
        c.items.borrow_mut().push(item);
    }
}

/// Removes without events.
pub fn remove_quiet(collection: &Value, item: &Value) {
    if let Some(c) = state::<CollectionState>(collection) {
        let mut items = c.items.borrow_mut();
        if let Some(pos) = items.position(item) {
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

/// What an append stores: SQLAlchemy runs the attribute's `@validates` method and its `append`
/// listeners before the item enters the list, and either may replace it.
fn appending(interp: &mut Interp, c: &CollectionState, item: Value) -> PyResult<Value> {
    if let Some(e) = stateless_item(interp, &item) {
        return Err(e);
    }
    let owner = owner_of(interp, c)?;
    let orm = orm(interp)?;
    orm.fire_attribute(interp, "append", &owner, &c.key, item, None)
}

/// SQLAlchemy's `remove` listeners run as an item leaves the list.
fn removing(interp: &mut Interp, c: &CollectionState, item: &Value) -> PyResult<()> {
    let owner = owner_of(interp, c)?;
    let orm = orm(interp)?;
    orm.fire_attribute(interp, "remove", &owner, &c.key, item.clone(), None).map(|_| ())
}

fn append(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (c, this, rest) = receiver::<CollectionState>(interp, args, "InstrumentedList")?;
    let Some(item) = rest.positional.first().cloned() else {
        return Err(interp.type_error("append() takes exactly one argument (0 given)"));
    };
    let item = appending(interp, &c, item)?;
    check_item(interp, &c, &item)?;
    c.items.borrow_mut().push(item.clone());
    added(interp, &c, &item)?;
    ordering::appended(interp, &c, &this)?;
    Ok(Value::None)
}

fn check_item(interp: &mut Interp, c: &CollectionState, item: &Value) -> PyResult<()> {
    if let Some(e) = stateless_item(interp, item) {
        return Err(e);
    }
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
    let (c, this, rest) = receiver::<CollectionState>(interp, args, "InstrumentedList")?;
    let items = interp.collect(&rest.positional.first().cloned().unwrap_or(Value::None))?;
    for item in items {
        let item = appending(interp, &c, item)?;
        check_item(interp, &c, &item)?;
        c.items.borrow_mut().push(item.clone());
        added(interp, &c, &item)?;
        ordering::appended(interp, &c, &this)?;
    }
    Ok(Value::None)
}

fn insert(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (c, this, rest) = receiver::<CollectionState>(interp, args, "InstrumentedList")?;
    let (Some(Value::Int(index)), Some(item)) = (rest.positional.first().cloned(), rest.positional.get(1).cloned())
    else {
        return Err(interp.type_error("insert() takes an index and an item"));
    };
    let item = appending(interp, &c, item)?;
    check_item(interp, &c, &item)?;
    let len = c.items.borrow().len() as i64;
    let at = if index < 0 { (len + index).max(0) } else { index.min(len) } as usize;
    c.items.borrow_mut().insert(at, item.clone());
    added(interp, &c, &item)?;
    ordering::reorder(interp, &c, &this)?;
    Ok(Value::None)
}

fn remove(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (c, this, rest) = receiver::<CollectionState>(interp, args, "InstrumentedList")?;
    let item = rest.positional.first().cloned().unwrap_or(Value::None);
    let position = c.items.borrow().position(&item);
    let Some(position) = position else {
        return Err(interp.value_error("list.remove(x): x not in list"));
    };
    removing(interp, &c, &item)?;
    c.items.borrow_mut().remove(position);
    removed(interp, &c, &item)?;
    ordering::reorder(interp, &c, &this)?;
    Ok(Value::None)
}

fn pop(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (c, this, rest) = receiver::<CollectionState>(interp, args, "InstrumentedList")?;
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
    let item = c.items.borrow().to_vec().get(at as usize).cloned().unwrap_or(Value::None);
    removing(interp, &c, &item)?;
    let item = c.items.borrow_mut().remove(at as usize);
    removed(interp, &c, &item)?;
    ordering::reorder(interp, &c, &this)?;
    Ok(item)
}

fn clear(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (c, _, _) = receiver::<CollectionState>(interp, args, "InstrumentedList")?;
    let items = c.items.borrow_mut().take();
    for item in items {
        removed(interp, &c, &item)?;
    }
    Ok(Value::None)
}

fn set_item(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (c, this, rest) = receiver::<CollectionState>(interp, args, "InstrumentedList")?;
    if let (Some(Value::Slice(bounds)), Some(value)) = (rest.positional.first(), rest.positional.get(1)) {
        return set_slice(interp, &c, &this, &bounds.clone(), value.clone());
    }
    let (Some(Value::Int(index)), Some(item)) = (rest.positional.first().cloned(), rest.positional.get(1).cloned())
    else {
        return Err(interp.type_error("list indices must be integers or slices"));
    };
    check_item(interp, &c, &item)?;
    let len = c.items.borrow().len() as i64;
    let at = if index < 0 { index + len } else { index };
    if at < 0 || at >= len {
        return Err(interp.index_error("list assignment index out of range"));
    }
    // An ordering list numbers the new item before it enters the list.
    ordering::replacing(interp, &c, &this, at as usize, &item)?;
    let Some(old) = c.items.borrow_mut().replace(at as usize, item.clone()) else {
        return Err(interp.index_error("list assignment index out of range"));
    };
    removed(interp, &c, &old)?;
    added(interp, &c, &item)?;
    Ok(Value::None)
}

/// `coll[a:b] = items`, as SQLAlchemy's instrumented `__setitem__` does it: a step-1 slice deletes
/// the slice's items one by one at `start` and inserts the new ones there (each a `remove` /
/// `append` event, so backrefs and delete-orphan see them); an extended slice replaces item by item
/// and needs as many new items as it covers.
fn set_slice(
    interp: &mut Interp,
    c: &CollectionState,
    this: &Value,
    bounds: &[Value; 3],
    value: Value,
) -> PyResult<Value> {
    let len = || c.items.borrow().len() as i64;
    let bound = |interp: &Interp, v: &Value| match v {
        Value::None => Ok(None),
        Value::Int(n) => Ok(Some(*n)),
        Value::Bool(b) => Ok(Some(i64::from(*b))),
        _ => Err(interp.type_error("slice indices must be integers or None or have an __index__ method")),
    };
    let [start, stop, step] = [bound(interp, &bounds[0])?, bound(interp, &bounds[1])?, bound(interp, &bounds[2])?];
    let step = step.filter(|&s| s != 0).unwrap_or(1);
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start += len();
    }
    let mut stop = stop.unwrap_or_else(len);
    if stop < 0 {
        stop += len();
    }
    if step == 1 {
        if value.is(this) {
            return Ok(Value::None);
        }
        let items = interp.collect(&value)?;
        for _ in start..stop.max(start) {
            interp.tick()?;
            if len() > start {
                let del = interp.get_attr(this, "__delitem__")?;
                interp.call(&del, Args::positional(vec![Value::Int(start)]))?;
            }
        }
        for (n, item) in items.into_iter().enumerate() {
            insert(interp, Args::positional(vec![this.clone(), Value::Int(start + n as i64), item]))?;
        }
        return Ok(Value::None);
    }
    let range: Vec<i64> = if step > 0 {
        (start..stop).step_by(step as usize).collect()
    } else {
        let mut out = Vec::new();
        let mut at = start;
        while at > stop {
            out.push(at);
            at += step;
        }
        out
    };
    let items = interp.collect(&value)?;
    if items.len() != range.len() {
        return Err(interp.value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            items.len(),
            range.len()
        )));
    }
    for (at, item) in range.into_iter().zip(items) {
        set_item(interp, Args::positional(vec![this.clone(), Value::Int(at), item]))?;
    }
    Ok(Value::None)
}

fn delegate(interp: &mut Interp, args: Args, method: &str) -> PyResult<Value> {
    let (c, _, rest) = receiver::<CollectionState>(interp, args, "InstrumentedList")?;
    let list = Value::list(c.items.borrow().to_vec());
    let f = interp.get_attr(&list, method)?;
    interp.call(&f, rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The per-object counts follow every kind of change, so membership answers stay right.
    #[test]
    fn counts_follow_the_items() {
        let mut interp = crate::eval::Interp::new();
        let mut make = || Value::Instance(crate::orm::testing::plain_instance(&mut interp));
        let (a, b) = (make(), make());
        let mut items = Items::new(vec![a.clone(), b.clone(), a.clone()]);
        assert_eq!((items.count(&a), items.count(&b), items.len()), (2, 1, 3));
        assert_eq!(items.position(&b), Some(1));
        items.remove(0);
        assert_eq!(items.count(&a), 1);
        items.insert(0, b.clone());
        assert_eq!(items.count(&b), 2);
        let old = items.replace(2, b.clone());
        assert!(old.is_some_and(|o| o.is(&a)));
        assert_eq!((items.count(&a), items.count(&b), items.position(&a)), (0, 3, None));
        items.push(Value::None);
        assert_eq!(items.count(&Value::None), 1);
        assert_eq!(items.take().len(), 4);
        assert_eq!((items.count(&b), items.len()), (0, 0));
    }
}
