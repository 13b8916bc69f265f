//! The list face of a relationship collection (SQLAlchemy's `InstrumentedList`): the `list`
//! methods, each mutation passing through [`super::hooks`] so validators, listeners, backrefs and
//! cascades see it, and reading methods delegating to a plain list of the items.

use super::hooks::{added, appending, check_item, removed, removing};
use super::{CollectionState, Items, collection_items, ordering};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::native::receiver;

type Method = crate::orm::native::Method;

pub(super) const METHODS: &[(&str, Method)] = &[
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

fn append(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (c, this, rest) = receiver::<CollectionState>(interp, args, "InstrumentedList")?;
    let Some(item) = rest.positional.first().cloned() else {
        return Err(interp.type_error("append() takes exactly one argument (0 given)"));
    };
    append_one(interp, &c, &this, item)?;
    Ok(Value::None)
}

fn extend(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (c, this, rest) = receiver::<CollectionState>(interp, args, "InstrumentedList")?;
    let items = interp.collect(&rest.positional.first().cloned().unwrap_or(Value::None))?;
    for item in items {
        append_one(interp, &c, &this, item)?;
    }
    Ok(Value::None)
}

/// One item appended at the end: the append event (which may replace it), the type check, then
/// the bookkeeping (history, backref, cascade) and an `ordering_list`'s renumbering.
fn append_one(interp: &mut Interp, c: &CollectionState, this: &Value, item: Value) -> PyResult<()> {
    let item = appending(interp, c, item)?;
    check_item(interp, c, &item)?;
    c.items.borrow_mut().push(item.clone());
    added(interp, c, &item)?;
    ordering::appended(interp, c, this)
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

pub(super) fn clear(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (c, _, _) = receiver::<CollectionState>(interp, args, "InstrumentedList")?;
    // Each item's `remove` event fires as SQLAlchemy's instrumented `clear` removes it.
    let items = c.items.borrow().to_vec();
    for item in &items {
        removing(interp, &c, item)?;
    }
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
    let len = c.items.borrow().len() as i64;
    // SQLAlchemy reads the replaced item first (`self[index]`): a bad index is its IndexError.
    let at = if index < 0 { index + len } else { index };
    if at < 0 || at >= len {
        return Err(interp.index_error("list index out of range"));
    }
    // SQLAlchemy's `__setitem__`: the replaced item's `remove` event, then the new item's
    // `append` event (validators and `retval=True` listeners may replace it), then the store.
    let existing = c.items.borrow().to_vec().get(at as usize).cloned();
    if let Some(existing) = &existing {
        removing(interp, &c, existing)?;
    }
    let item = appending(interp, &c, item)?;
    check_item(interp, &c, &item)?;
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
