//! `ClauseAdapter`: an expression with one FROM element's columns replaced by another's — a
//! relationship's join condition written against the class's table, aimed at an alias or a subquery
//! of it (`join(aliased(Address, subq), User.addresses)`, `User.addresses.of_type(a)`).

use super::{ColumnRef, Expr, ExprRef};
use crate::sql::selectable::FromRef;
use std::rc::Rc;

/// `e` with the columns of `from` read from `to` (matched by name); other parts shared.
pub fn replace_from(e: &ExprRef, from: &FromRef, to: &FromRef) -> ExprRef {
    replace_columns(e, &|c| {
        if c.table.as_ref().is_some_and(|t| Rc::ptr_eq(t, from)) {
            to.column_ref_by_name(&c.col.name.text())
        } else {
            None
        }
    })
}

/// `e` with each column `swap` gives a replacement for replaced (through comparisons, boolean
/// lists, groupings, unary operators and LIKE-style modifiers such as `DESC`).
pub fn replace_columns(e: &ExprRef, swap: &dyn Fn(&ColumnRef) -> Option<ColumnRef>) -> ExprRef {
    match &**e {
        Expr::Column(c) => match swap(c) {
            Some(new) => Rc::new(Expr::Column(new)),
            None => e.clone(),
        },
        Expr::Binary(b) => {
            let mut b = b.clone();
            b.left = replace_columns(&b.left, swap);
            b.right = replace_columns(&b.right, swap);
            Rc::new(Expr::Binary(b))
        }
        Expr::ClauseList(l) => {
            let mut l = l.clone();
            l.clauses = l.clauses.iter().map(|c| replace_columns(c, swap)).collect();
            Rc::new(Expr::ClauseList(l))
        }
        Expr::Grouping(inner) => Rc::new(Expr::Grouping(replace_columns(inner, swap))),
        Expr::LabelReference(inner) => Rc::new(Expr::LabelReference(replace_columns(inner, swap))),
        Expr::Unary(u) => {
            let mut u = u.clone();
            u.element = replace_columns(&u.element, swap);
            Rc::new(Expr::Unary(u))
        }
        _ => e.clone(),
    }
}
