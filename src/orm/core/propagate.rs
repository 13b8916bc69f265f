//! SQLAlchemy's `_propagate_attrs`: an expression built from a mapped attribute (`func.count(User.id)`,
//! `User.id.between(1, 3)`, and whatever is built on those, such as `.label("n")`) stays an ORM
//! expression, so a `select()` of it is an ORM statement (its `column_descriptions` name the entity).
//!
//! Core expressions here are plain trees of shared nodes with no annotation slot, so the run keeps
//! the nodes built from mapped attributes; an expression is ORM when any node of its tree is one of
//! them. The nodes are held (not just their addresses), so an address is never reused by another.

use crate::eval::Interp;
use crate::sql::elements::ExprRef;
use std::rc::Rc;

/// Records `e` as built from a mapped attribute.
pub fn mark(interp: &Interp, e: &ExprRef) {
    let Ok(orm) = crate::orm::orm(interp) else { return };
    let mut marked = orm.orm_exprs.borrow_mut();
    if marked.0.insert(Rc::as_ptr(e) as usize) {
        marked.1.push(e.clone());
    }
}

/// Whether `e` (or any expression inside it) was built from a mapped attribute.
pub fn is_marked(interp: &Interp, e: &ExprRef) -> bool {
    let Ok(orm) = crate::orm::orm(interp) else { return false };
    let marked = orm.orm_exprs.borrow();
    !marked.0.is_empty() && any_node(e, &mut |n| marked.0.contains(&(Rc::as_ptr(n) as usize)))
}

/// Whether a Python value is an ORM expression: a mapped attribute (the ORM's own form or Core's) or
/// a Core expression built from one.
pub fn is_orm_value(interp: &Interp, v: &crate::eval::value::Value) -> bool {
    if crate::orm::core::bridge::is_legacy(v) {
        return true;
    }
    crate::orm::native::state::<crate::orm::core::expr_obj::ExprObj>(v)
        .is_some_and(|e| e.orm.is_some() || is_marked(interp, &e.expr))
}

/// Whether `f` holds for `e` or a node below it (a scalar subquery is its own statement: not entered).
fn any_node(e: &ExprRef, f: &mut dyn FnMut(&ExprRef) -> bool) -> bool {
    if f(e) {
        return true;
    }
    let mut found = false;
    e.for_each_child(&mut |c| found = found || any_node(c, f));
    found
}
