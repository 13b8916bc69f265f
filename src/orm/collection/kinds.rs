//! `relationship(collection_class=...)`: sets (`collection_class=set`, SQLAlchemy's
//! `InstrumentedSet`) and dictionaries keyed by a function of each item (`attribute_keyed_dict`,
//! `column_keyed_dict`, `keyfunc_mapping` and their legacy `*_mapped_collection` names).
//!
//! They keep the list's storage and events ([`super::Items`], `appending`/`added`/…), so flushes,
//! cascades and back-population see the same items whatever the shape; only the Python face differs.
//! A dictionary's keys are the key function applied to its items, as SQLAlchemy's `KeyFuncDict`
//! computes them when items are loaded or `set()`; reading methods build a plain `set`/`dict` and
//! delegate to it, so their behaviour is exactly the builtin's.

use super::{CollectionState, added, appending, check_item, removed, removing};
use crate::eval::dict::{Dict, Set};
use crate::eval::value::{Instance, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::native::{Method, receiver};
use std::cell::RefCell;
use std::rc::Rc;

/// The Python shape of a relationship collection.
#[derive(Clone, Default)]
pub enum Kind {
    #[default]
    List,
    Set,
    /// Keyed by the key function of this factory (the `collection_class=` value: its `_sa_keyfunc`,
    /// and `_sa_key` / `_sa_plain_key` applying SQLAlchemy's rules for unpopulated attributes).
    Dict(Value),
    /// `ordering_list(attr)`: a list that numbers its items (see [`super::ordering`]).
    Ordered(Rc<super::ordering::Numbering>),
}

/// The shape `owner.key`'s `collection_class` asks for.
pub fn kind_of(interp: &mut Interp, owner: &Rc<Instance>, key: &str) -> Kind {
    let Some(info) = crate::orm::declarative::mapped(&owner.class) else { return Kind::List };
    let class = {
        let reg = info.registry.borrow();
        reg.relationship_of(info.mapper, key).and_then(|r| r.spec.borrow().collection_class.clone())
    };
    match class {
        Some(Value::Class(c)) if c.builtin_base() == Some(crate::eval::value::BuiltinType::Set) => Kind::Set,
        Some(factory @ Value::Instance(_)) if let Some(n) = super::ordering::numbering_of(interp, &factory) => {
            Kind::Ordered(Rc::new(n))
        }
        Some(factory @ Value::Instance(_)) => match interp.get_attr(&factory, "_sa_keyfunc") {
            Ok(_) => Kind::Dict(factory),
            Err(_) => Kind::List,
        },
        _ => Kind::List,
    }
}

/// The builtin type a collection of this shape acts as (SQLAlchemy's `_duck_typed_as`).
pub fn duck_name(kind: &Kind) -> &'static str {
    match kind {
        Kind::List | Kind::Ordered(_) => "list",
        Kind::Set => "set",
        Kind::Dict(_) => "dict",
    }
}

/// The class name and methods of a collection of this shape.
pub fn face(kind: &Kind) -> (&'static str, &'static [(&'static str, Method)]) {
    match kind {
        Kind::List => ("InstrumentedList", super::METHODS),
        Kind::Ordered(_) => ("OrderingList", super::METHODS),
        Kind::Set => ("InstrumentedSet", SET_METHODS),
        Kind::Dict(_) => ("_MKeyfuncMapped", DICT_METHODS),
    }
}

fn this(interp: &Interp, args: Args) -> PyResult<(Rc<CollectionState>, Value, Args)> {
    receiver::<CollectionState>(interp, args, "collection")
}

fn first(args: &Args) -> Value {
    args.positional.first().cloned().unwrap_or(Value::None)
}

/// Adds `item` with the append events, unless it is there already (sets and dict values are unique).
/// A dictionary stores it under `key`.
fn add_item(interp: &mut Interp, c: &CollectionState, item: Value, key: Option<Value>) -> PyResult<()> {
    if c.items.borrow().count(&item) > 0 {
        return Ok(());
    }
    let item = appending(interp, c, item)?;
    check_item(interp, c, &item)?;
    c.items.borrow_mut().push(item.clone());
    if let Some(key) = key {
        c.items.borrow_mut().set_key(&item, key);
    }
    added(interp, c, &item)
}

/// The key a keyed dictionary stores `item` under when it is added by value (SQLAlchemy's
/// `KeyFuncDict.set`): `Ok(None)` to skip it (`ignore_unpopulated_attribute=True` and the key
/// attribute unpopulated), else the key; an unpopulated key attribute raises InvalidRequestError
/// naming `relationship`, the attribute whose event added the item ("unknown relationship" when
/// none did). Other shapes have no key (`Ok(None)`): callers ask only for dictionaries.
pub(super) fn item_key(
    interp: &mut Interp,
    c: &CollectionState,
    item: &Value,
    relationship: &str,
) -> PyResult<Option<Value>> {
    let Kind::Dict(factory) = &c.kind else { return Ok(None) };
    let f = interp.get_attr(factory, "_sa_key")?;
    let got = interp.call(&f, Args::positional(vec![item.clone(), Value::str(relationship)]))?;
    let parts = interp.collect(&got)?;
    match parts.as_slice() {
        [ok, key] if interp.truthy(ok)? => Ok(Some(key.clone())),
        _ => Ok(None),
    }
}

/// The key of an item with none recorded (loaded or assigned items, keyed as they arrive).
fn plain_key(interp: &mut Interp, factory: &Value, item: &Value) -> PyResult<Value> {
    let f = interp.get_attr(factory, "_sa_plain_key")?;
    interp.call(&f, Args::positional(vec![item.clone()]))
}

/// Records the keys of a new dictionary collection's items (loaded, or assigned as a whole). A key
/// function that fails leaves the item to be keyed when read.
pub(super) fn key_all(interp: &mut Interp, c: &CollectionState) {
    let Kind::Dict(factory) = &c.kind else { return };
    let items = c.items.borrow().to_vec();
    for item in items {
        if let Ok(key) = plain_key(interp, factory, &item) {
            c.items.borrow_mut().set_key(&item, key);
        }
    }
}

/// Removes `item` with the remove events; `false` if it was not there.
fn drop_item(interp: &mut Interp, c: &CollectionState, item: &Value) -> PyResult<bool> {
    let Some(at) = c.items.borrow().position(item) else { return Ok(false) };
    removing(interp, c, item)?;
    c.items.borrow_mut().remove(at);
    removed(interp, c, item)?;
    Ok(true)
}

/// The items as a plain Python `set`.
fn as_set(interp: &mut Interp, c: &CollectionState) -> PyResult<Value> {
    let mut set = Set::new();
    let items = c.items.borrow().to_vec();
    for v in items {
        let k = interp.key_of(&v)?;
        set.insert(k, v);
    }
    Ok(Value::Set(Rc::new(RefCell::new(set))))
}

/// The items as a plain Python `dict` of key function → item.
fn as_dict(interp: &mut Interp, c: &CollectionState) -> PyResult<Value> {
    let Kind::Dict(factory) = &c.kind else { return Ok(Value::Dict(Rc::default())) };
    let mut dict = Dict::new();
    let items = c.items.borrow().to_vec();
    for v in items {
        let stored = c.items.borrow().key_of(&v);
        let key = match stored {
            Some(key) => key,
            None => plain_key(interp, factory, &v)?,
        };
        let k = interp.key_of(&key)?;
        dict.insert(k, key, v);
    }
    Ok(Value::Dict(Rc::new(RefCell::new(dict))))
}

/// A reading method answered by the plain `set`/`dict` of the items.
fn plain(interp: &mut Interp, args: Args, method: &str) -> PyResult<Value> {
    let (c, _, rest) = this(interp, args)?;
    let value = match c.kind {
        Kind::Dict(_) => as_dict(interp, &c)?,
        _ => as_set(interp, &c)?,
    };
    let other = first(&rest);
    // Builtin containers answer their protocol through the interpreter's operations, not attributes.
    let named = match method {
        "__iter__" => {
            let items = interp.collect(&value)?;
            return Ok(interp.make_iterator(items));
        }
        "__len__" => return Ok(Value::Int(interp.collect(&value)?.len() as i64)),
        "__bool__" => return Ok(Value::Bool(interp.truthy(&value)?)),
        "__contains__" => return Ok(Value::Bool(interp.contains(&value, &other)?)),
        "__getitem__" => return interp.get_item(&value, &other),
        "__repr__" => return Ok(Value::str(&interp.repr(&value)?)),
        "__eq__" | "__ne__" => {
            let other = match crate::orm::native::state::<CollectionState>(&other) {
                Some(o) if matches!(o.kind, Kind::Dict(_)) == matches!(c.kind, Kind::Dict(_)) => match o.kind {
                    Kind::Dict(_) => as_dict(interp, &o)?,
                    _ => as_set(interp, &o)?,
                },
                _ => super::collection_items(&other).map_or(Ok(other), |items| plain_of(interp, &c, items))?,
            };
            return Ok(Value::Bool(interp.eq(&value, &other)? == (method == "__eq__")));
        }
        "__or__" => "union",
        "__and__" => "intersection",
        "__sub__" => "difference",
        "__xor__" => "symmetric_difference",
        "__le__" => "issubset",
        "__ge__" => "issuperset",
        other => other,
    };
    let f = interp.get_attr(&value, named)?;
    interp.call(&f, rest)
}

/// Another collection's items in the same shape as `c` (to compare two collections).
fn plain_of(interp: &mut Interp, c: &CollectionState, items: Vec<Value>) -> PyResult<Value> {
    let twin = CollectionState {
        owner: c.owner.clone(),
        key: c.key.clone(),
        items: RefCell::new(super::Items::new(items)),
        kind: c.kind.clone(),
    };
    match c.kind {
        Kind::Dict(_) => as_dict(interp, &twin),
        _ => as_set(interp, &twin),
    }
}

macro_rules! reading {
    ($($name:literal),*) => { [$(($name, (|i, a| plain(i, a, $name)) as Method)),*] };
}

const SET_READING: [(&str, Method); 20] = reading!(
    "__iter__",
    "__len__",
    "__bool__",
    "__contains__",
    "__repr__",
    "__eq__",
    "__ne__",
    "__or__",
    "__and__",
    "__sub__",
    "__xor__",
    "__le__",
    "__ge__",
    "union",
    "intersection",
    "difference",
    "issubset",
    "issuperset",
    "isdisjoint",
    "copy"
);

const SET_METHODS: &[(&str, Method)] = &concat::<20, 7, 27>(
    &SET_READING,
    &[
        ("add", |i, a| {
            let (c, _, rest) = this(i, a)?;
            add_item(i, &c, first(&rest), None).map(|_| Value::None)
        }),
        ("discard", |i, a| {
            let (c, _, rest) = this(i, a)?;
            drop_item(i, &c, &first(&rest)).map(|_| Value::None)
        }),
        ("remove", |i, a| {
            let (c, _, rest) = this(i, a)?;
            let item = first(&rest);
            if drop_item(i, &c, &item)? { Ok(Value::None) } else { Err(i.key_error(item)) }
        }),
        ("pop", |i, a| {
            let (c, _, _) = this(i, a)?;
            let Some(item) = c.items.borrow().to_vec().into_iter().next() else {
                return Err(i.key_error(Value::str("pop from an empty set")));
            };
            drop_item(i, &c, &item)?;
            Ok(item)
        }),
        ("clear", super::clear),
        ("update", update_set),
        ("__ior__", |i, a| {
            let me = a.positional.first().cloned().unwrap_or(Value::None);
            update_set(i, a)?;
            Ok(me)
        }),
    ],
);

fn update_set(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (c, _, rest) = this(interp, args)?;
    for other in &rest.positional {
        for item in interp.collect(other)? {
            add_item(interp, &c, item, None)?;
        }
    }
    Ok(Value::None)
}

const DICT_READING: [(&str, Method); 12] = reading!(
    "__iter__",
    "__len__",
    "__bool__",
    "__contains__",
    "__repr__",
    "__eq__",
    "__ne__",
    "__getitem__",
    "keys",
    "values",
    "items",
    "get"
);

const DICT_METHODS: &[(&str, Method)] = &concat::<12, 8, 20>(
    &DICT_READING,
    &[
        ("__setitem__", |i, a| {
            let (c, _, rest) = this(i, a)?;
            let item = rest.positional.get(1).cloned().unwrap_or(Value::None);
            set_keyed(i, &c, first(&rest), item).map(|_| Value::None)
        }),
        ("__delitem__", |i, a| {
            let (c, _, rest) = this(i, a)?;
            let item = keyed(i, &c, &first(&rest))?;
            drop_item(i, &c, &item).map(|_| Value::None)
        }),
        ("pop", |i, a| {
            let (c, _, rest) = this(i, a)?;
            let key = first(&rest);
            let dict = as_dict(i, &c)?;
            if !i.contains(&dict, &key)?
                && let Some(default) = rest.positional.get(1)
            {
                return Ok(default.clone());
            }
            let item = keyed(i, &c, &key)?;
            drop_item(i, &c, &item)?;
            Ok(item)
        }),
        ("setdefault", |i, a| {
            let (c, _, rest) = this(i, a)?;
            let key = first(&rest);
            let dict = as_dict(i, &c)?;
            if i.contains(&dict, &key)? {
                return i.get_item(&dict, &key);
            }
            let item = rest.positional.get(1).cloned().unwrap_or(Value::None);
            set_keyed(i, &c, key, item.clone())?;
            Ok(item)
        }),
        ("update", |i, a| {
            let (c, _, rest) = this(i, a)?;
            let given = first(&rest);
            let pairs = match &given {
                Value::Dict(_) => i.call_method(&given, "items", Vec::new())?,
                other => other.clone(),
            };
            for pair in i.collect(&pairs)? {
                let kv = i.collect(&pair)?;
                if let [k, v] = kv.as_slice() {
                    set_keyed(i, &c, k.clone(), v.clone())?;
                }
            }
            Ok(Value::None)
        }),
        ("clear", super::clear),
        // `KeyFuncDict.set(value)` / `.remove(value)`: by item, keyed by the key function.
        ("set", |i, a| {
            let (c, _, rest) = this(i, a)?;
            let item = first(&rest);
            match item_key(i, &c, &item, "unknown relationship")? {
                Some(key) => set_keyed(i, &c, key, item).map(|_| Value::None),
                None => Ok(Value::None),
            }
        }),
        ("remove", |i, a| {
            let (c, _, rest) = this(i, a)?;
            drop_item(i, &c, &first(&rest)).map(|_| Value::None)
        }),
    ],
);

/// The item stored under `key`, or `KeyError(key)`.
fn keyed(interp: &mut Interp, c: &CollectionState, key: &Value) -> PyResult<Value> {
    let dict = as_dict(interp, c)?;
    interp.get_item(&dict, key)
}

/// `d[key] = item`: an item already under `key` leaves first (its remove events fire), as in
/// `KeyFuncDict.__setitem__`.
fn set_keyed(interp: &mut Interp, c: &CollectionState, key: Value, item: Value) -> PyResult<()> {
    let dict = as_dict(interp, c)?;
    if interp.contains(&dict, &key)? {
        let old = interp.get_item(&dict, &key)?;
        if old.is(&item) {
            return Ok(());
        }
        drop_item(interp, c, &old)?;
    }
    add_item(interp, c, item, Some(key))
}

/// Two method tables as one (a `const` so the tables stay static).
const fn concat<const A: usize, const B: usize, const N: usize>(
    a: &[(&'static str, Method); A],
    b: &[(&'static str, Method); B],
) -> [(&'static str, Method); N] {
    let mut out = [("", a[0].1); N];
    let mut i = 0;
    while i < A {
        out[i] = a[i];
        i += 1;
    }
    while i < N {
        out[i] = b[i - A];
        i += 1;
    }
    out
}
