//! `ClauseAdapter`: an expression with one FROM element's columns replaced by another's — a
//! relationship's join condition written against the class's table, aimed at an alias or a subquery
//! of it (`join(aliased(Address, subq), User.addresses)`, `User.addresses.of_type(a)`).

use super::{ColumnRef, Expr, ExprRef};
use crate::sql::selectable::FromRef;
use std::rc::Rc;

/// `e` with the columns of `from` read from `to` (matched by name); other parts shared.
pub fn replace_from(e: &ExprRef, from: &FromRef, to: &FromRef) -> ExprRef {
    match &**e {
        Expr::Column(c) if c.table.as_ref().is_some_and(|t| Rc::ptr_eq(t, from)) => {
            match to.column_ref_by_name(&c.col.name.text()) {
                Some(ColumnRef { table, col }) => Rc::new(Expr::Column(ColumnRef { table, col })),
                None => e.clone(),
            }
        }
        Expr::Binary(b) => {
            let mut b = b.clone();
            b.left = replace_from(&b.left, from, to);
            b.right = replace_from(&b.right, from, to);
            Rc::new(Expr::Binary(b))
        }
        Expr::ClauseList(l) => {
            let mut l = l.clone();
            l.clauses = l.clauses.iter().map(|c| replace_from(c, from, to)).collect();
            Rc::new(Expr::ClauseList(l))
        }
        Expr::Grouping(inner) => Rc::new(Expr::Grouping(replace_from(inner, from, to))),
        Expr::Unary(u) => {
            let mut u = u.clone();
            u.element = replace_from(&u.element, from, to);
            Rc::new(Expr::Unary(u))
        }
        _ => e.clone(),
    }
}
