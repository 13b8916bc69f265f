//! `relationship(collection_class=ordering_list("position"))`: a relationship list that keeps a
//! number attribute of each item equal to its place, as SQLAlchemy's `OrderingList` does (the
//! factory and the numbering functions are Python, `orm/py/orderinglist.py`).
//!
//! SQLAlchemy's rules, which the list methods follow: `append` (and `extend`, which appends) numbers
//! the new item only when it has no number yet, unless `reorder_on_append=True`; `insert`, `remove`,
//! `pop` and `del` renumber every item; `coll[i] = item` numbers the new item; `reorder()`
//! renumbers after an in-place `reverse()` or `sort()`, which do not. An item's number is
//! `ordering_func(index, collection)` (`count_from_0` by default), set only when it differs.

use super::CollectionState;
use super::kinds::Kind;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::ir::CmpOp;
use crate::orm::native::receiver;

/// An ordering list's settings, read from its `ordering_list(...)` factory.
pub struct Numbering {
    pub attr: String,
    pub func: Value,
    pub reorder_on_append: bool,
}

/// The settings of an `ordering_list(...)` factory, or `None` for any other `collection_class`.
pub fn numbering_of(interp: &mut Interp, factory: &Value) -> Option<Numbering> {
    let attr = interp.get_attr(factory, "_sa_ordering_attr").ok()?;
    let Value::Str(attr) = attr else { return None };
    let func = interp.get_attr(factory, "_sa_ordering_func").ok()?;
    let reorder = interp.get_attr(factory, "_sa_reorder_on_append").ok()?;
    let reorder_on_append = interp.truthy(&reorder).ok()?;
    Some(Numbering { attr: attr.to_string(), func, reorder_on_append })
}

fn numbering(c: &CollectionState) -> Option<&Numbering> {
    match &c.kind {
        Kind::Ordered(n) => Some(n),
        _ => None,
    }
}

/// `_order_entity`: gives `entity` the number of place `index`, unless it has one and `reorder` is
/// off.
fn order_entity(
    interp: &mut Interp,
    n: &Numbering,
    this: &Value,
    index: usize,
    entity: &Value,
    reorder: bool,
) -> PyResult<()> {
    let have = interp.get_attr(entity, &n.attr)?;
    if !matches!(have, Value::None) && !reorder {
        return Ok(());
    }
    let should_be = interp.call(&n.func, Args::positional(vec![Value::Int(index as i64), this.clone()]))?;
    let differs = interp.compare(CmpOp::NotEq, &have, &should_be)?;
    if interp.truthy(&differs)? {
        interp.set_attr(entity, &n.attr, should_be)?;
    }
    Ok(())
}

/// After an append of the item now last.
pub(super) fn appended(interp: &mut Interp, c: &CollectionState, this: &Value) -> PyResult<()> {
    let Some(n) = numbering(c) else { return Ok(()) };
    let (index, item) = {
        let items = c.items.borrow();
        let Some(last) = items.list.last() else { return Ok(()) };
        (items.len() - 1, last.clone())
    };
    order_entity(interp, n, this, index, &item, n.reorder_on_append)
}

/// Before `coll[index] = item` puts `item` in the list.
pub(super) fn replacing(
    interp: &mut Interp,
    c: &CollectionState,
    this: &Value,
    index: usize,
    item: &Value,
) -> PyResult<()> {
    match numbering(c) {
        Some(n) => order_entity(interp, n, this, index, item, true),
        None => Ok(()),
    }
}

/// After a bulk replace (`parent.children = [...]`, `Parent(children=[...])`): SQLAlchemy's
/// `bulk_replace` fills the new collection through its appender, `OrderingList.append`, so each
/// item is numbered as an append numbers it (only when it has no number, unless
/// `reorder_on_append=True`).
pub fn bulk_appended(interp: &mut Interp, collection: &Value) -> PyResult<()> {
    let Some(c) = crate::orm::native::state::<CollectionState>(collection) else { return Ok(()) };
    let Some(n) = numbering(&c) else { return Ok(()) };
    let items = c.items.borrow().to_vec();
    for (index, item) in items.iter().enumerate() {
        order_entity(interp, n, collection, index, item, n.reorder_on_append)?;
    }
    Ok(())
}

/// Renumbers every item (after insert, remove, pop, del; and `reorder()`).
pub(super) fn reorder(interp: &mut Interp, c: &CollectionState, this: &Value) -> PyResult<()> {
    let Some(n) = numbering(c) else { return Ok(()) };
    let items = c.items.borrow().to_vec();
    for (index, item) in items.iter().enumerate() {
        order_entity(interp, n, this, index, item, true)?;
    }
    Ok(())
}

/// `OrderingList.reorder()`.
pub(super) fn reorder_method(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (c, this, _) = receiver::<CollectionState>(interp, args, "OrderingList")?;
    reorder(interp, &c, &this)?;
    Ok(Value::None)
}
