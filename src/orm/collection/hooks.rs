//! The ORM side of a collection change: the owner of a collection, the item checks, and the
//! attribute events (`append` / `remove` listeners and validators before, back-population and
//! cascades after) every mutating method of every collection shape goes through.

use super::{CollectionState, stateless_item};
use crate::eval::ExcType;
use crate::eval::value::{Instance, Value};
use crate::eval::{Interp, PyResult};
use crate::orm::orm;
use std::rc::Rc;

pub(super) fn owner_of(interp: &Interp, c: &CollectionState) -> PyResult<Rc<Instance>> {
    c.owner.upgrade().ok_or_else(|| interp.error(ExcType::RuntimeError, "the collection's owner no longer exists"))
}

pub(super) fn added(interp: &mut Interp, c: &CollectionState, item: &Value) -> PyResult<()> {
    let owner = owner_of(interp, c)?;
    let orm = orm(interp)?;
    orm.on_append(interp, &owner, &c.key, item, false)
}

pub(super) fn removed(interp: &mut Interp, c: &CollectionState, item: &Value) -> PyResult<()> {
    let owner = owner_of(interp, c)?;
    let orm = orm(interp)?;
    orm.on_remove(interp, &owner, &c.key, item, false)
}

/// What an append stores: SQLAlchemy runs the attribute's `@validates` method and its `append`
/// listeners before the item enters the list, and either may replace it.
pub(super) fn appending(interp: &mut Interp, c: &CollectionState, item: Value) -> PyResult<Value> {
    if let Some(e) = stateless_item(interp, &item) {
        return Err(e);
    }
    let owner = owner_of(interp, c)?;
    let orm = orm(interp)?;
    orm.fire_attribute(interp, "append", &owner, &c.key, item, None, None)
}

/// SQLAlchemy's `remove` listeners run as an item leaves the list.
pub(super) fn removing(interp: &mut Interp, c: &CollectionState, item: &Value) -> PyResult<()> {
    let owner = owner_of(interp, c)?;
    let orm = orm(interp)?;
    orm.fire_attribute(interp, "remove", &owner, &c.key, item.clone(), None, None).map(|_| ())
}

pub(super) fn check_item(interp: &mut Interp, c: &CollectionState, item: &Value) -> PyResult<()> {
    if let Some(e) = stateless_item(interp, item) {
        return Err(e);
    }
    let owner = owner_of(interp, c)?;
    let orm = orm(interp)?;
    let Some(info) = crate::orm::declarative::mapped(&owner.class) else { return Ok(()) };
    let Some(resolved) = orm.resolved(&info, &c.key) else { return Ok(()) };
    let ok = matches!(item, Value::Instance(i) if crate::orm::declarative::mapped(&i.class).is_some_and(|m| m.mapper == resolved.target));
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
