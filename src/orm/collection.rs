//! Relationship collections: list-like objects whose `append`, `remove`, `pop`, … are ORM events, so
//! that `parent.children.append(child)` back-populates `child.parent` and cascades `child` into the
//! session, as SQLAlchemy's instrumented lists do.

use super::native::{native_class, state, wrap};
use crate::eval::ExcType;
use crate::eval::value::{Instance, Value};
use crate::eval::{Interp, PyResult};
use std::cell::RefCell;
use std::rc::{Rc, Weak};

mod hooks;
mod items;
mod kinds;
mod list;
mod ordering;

pub use ordering::bulk_appended;

use crate::ir::Name;
use hooks::{added, appending, check_item, removed, removing};
pub use items::Items;
use kinds::Kind;
use list::{METHODS, clear};

pub struct CollectionState {
    pub owner: Weak<Instance>,
    pub key: String,
    pub items: RefCell<Items>,
    /// List, set or keyed dict (`relationship(collection_class=...)`).
    kind: kinds::Kind,
}

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
