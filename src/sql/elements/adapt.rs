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
    replace_column_nodes(e, &|node| match &**node {
        Expr::Column(c) => swap(c).map(|new| Rc::new(Expr::Column(new)) as ExprRef),
        _ => None,
    })
}

/// [`replace_columns`] given the column nodes themselves (an ORM adapter reads which entity a node
/// came from), and also through functions, labels, casts, CASE and window functions.
pub fn replace_column_nodes(e: &ExprRef, swap: &dyn Fn(&ExprRef) -> Option<ExprRef>) -> ExprRef {
    let all = |v: &[ExprRef]| v.iter().map(|c| replace_column_nodes(c, swap)).collect::<Vec<_>>();
    match &**e {
        Expr::Column(_) => swap(e).unwrap_or_else(|| e.clone()),
        Expr::Binary(b) => {
            let mut b = b.clone();
            b.left = replace_column_nodes(&b.left, swap);
            b.right = replace_column_nodes(&b.right, swap);
            Rc::new(Expr::Binary(b))
        }
        Expr::ClauseList(l) => {
            let mut l = l.clone();
            l.clauses = all(&l.clauses);
            Rc::new(Expr::ClauseList(l))
        }
        Expr::Grouping(inner) => Rc::new(Expr::Grouping(replace_column_nodes(inner, swap))),
        Expr::LabelReference(inner) => Rc::new(Expr::LabelReference(replace_column_nodes(inner, swap))),
        Expr::Unary(u) => {
            let mut u = u.clone();
            u.element = replace_column_nodes(&u.element, swap);
            Rc::new(Expr::Unary(u))
        }
        Expr::Function(f) => {
            let mut f = f.clone();
            f.args = all(&f.args);
            Rc::new(Expr::Function(f))
        }
        Expr::Label(l) => {
            let mut l = l.clone();
            l.element = replace_column_nodes(&l.element, swap);
            Rc::new(Expr::Label(l))
        }
        Expr::Cast { expr, ty } => Rc::new(Expr::Cast { expr: replace_column_nodes(expr, swap), ty: ty.clone() }),
        Expr::AsBoolean { element, op, negate } => Rc::new(Expr::AsBoolean {
            element: replace_column_nodes(element, swap),
            op: op.clone(),
            negate: negate.clone(),
        }),
        Expr::Case(c) => {
            let mut c = c.clone();
            c.value = c.value.as_ref().map(|v| replace_column_nodes(v, swap));
            c.whens =
                c.whens.iter().map(|(w, t)| (replace_column_nodes(w, swap), replace_column_nodes(t, swap))).collect();
            c.else_ = c.else_.as_ref().map(|v| replace_column_nodes(v, swap));
            Rc::new(Expr::Case(c))
        }
        _ => e.clone(),
    }
}
