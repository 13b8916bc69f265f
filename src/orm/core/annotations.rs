//! `foreign()` and `remote()`: the ORM's annotations on the columns of a relationship's
//! `primaryjoin` (`primaryjoin=User.id == foreign(Address.user_id)`). They never change the SQL; they
//! tell the relationship which columns hold the reference and which side is remote, in lieu of
//! `foreign_keys=` and `remote_side=` (SQLAlchemy's `relationships._annotate_*`).

use super::arg;
use super::convert::to_expr;
use super::expr_obj::expr_value;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::sql::elements::{Expr, ExprRef, FOREIGN, REMOTE};
use std::rc::Rc;

/// `foreign(expr)`: every column of `expr` annotated as holding the reference.
pub fn foreign_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    annotate_call(interp, args, FOREIGN)
}

/// `remote(expr)`: every column of `expr` annotated as the remote side.
pub fn remote_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    annotate_call(interp, args, REMOTE)
}

thread_local! {
    /// The columns annotated since [`take_log`] last ran: ORM attribute comparisons
    /// (`User.id == foreign(Address.user_id)`) build expressions that do not keep Core column
    /// annotations, so a relationship reads the annotations made while its `primaryjoin` string or
    /// lambda was evaluated from here.
    static LOG: std::cell::RefCell<Vec<(String, String, u8)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The annotations logged since the last call (and a fresh log).
pub fn take_log() -> Vec<(String, String, u8)> {
    LOG.with(|l| std::mem::take(&mut *l.borrow_mut()))
}

fn annotate_call(interp: &mut Interp, args: Args, bit: u8) -> PyResult<Value> {
    let e = to_expr(interp, &arg(&args, 0, "expr").unwrap_or(Value::None))?;
    if let Some(c) = operand_column(&e)
        && let Some(t) = c.table.as_ref().and_then(|t| t.name())
    {
        LOG.with(|l| l.borrow_mut().push((t.text(), c.col.name.text(), bit)));
    }
    Ok(expr_value(interp, annotate(&e, bit)))
}

/// A copy of `e` whose columns carry `bit`; wrappers that keep a column's identity (casts,
/// groupings, labels) are looked through.
fn annotate(e: &ExprRef, bit: u8) -> ExprRef {
    match &**e {
        Expr::Column(c) => {
            let mut c = c.clone();
            c.annotation |= bit;
            Rc::new(Expr::Column(c))
        }
        Expr::Cast { expr, ty } => Rc::new(Expr::Cast { expr: annotate(expr, bit), ty: ty.clone() }),
        Expr::TypeCoerce { expr, ty } => Rc::new(Expr::TypeCoerce { expr: annotate(expr, bit), ty: ty.clone() }),
        Expr::Grouping(inner) => Rc::new(Expr::Grouping(annotate(inner, bit))),
        _ => e.clone(),
    }
}

/// The column a join-condition operand stands for, through casts and groupings.
pub fn operand_column(e: &ExprRef) -> Option<&crate::sql::elements::ColumnRef> {
    match &**e {
        Expr::Column(c) => Some(c),
        Expr::Cast { expr, .. } | Expr::TypeCoerce { expr, .. } | Expr::Grouping(expr) => operand_column(expr),
        _ => None,
    }
}

/// The column-to-column equalities of a join condition (its `and_` terms), each side as
/// (table, column, annotation bits); a column without a table belongs to `owner_table`.
pub fn equalities(e: &ExprRef, owner_table: &str) -> Vec<[(String, String, u8); 2]> {
    fn side(c: &crate::sql::elements::ColumnRef, owner: &str) -> (String, String, u8) {
        let t = c.table.as_ref().and_then(|t| t.name()).map_or_else(|| owner.to_string(), |n| n.text());
        (t, c.col.name.text(), c.annotation)
    }
    fn walk(e: &ExprRef, owner: &str, out: &mut Vec<[(String, String, u8); 2]>) {
        match &**e {
            Expr::ClauseList(l) if l.op == crate::sql::ops::Op::And => {
                l.clauses.iter().for_each(|c| walk(c, owner, out))
            }
            Expr::Grouping(inner) => walk(inner, owner, out),
            Expr::Binary(b) if b.op == crate::sql::ops::Op::Eq => {
                if let (Some(l), Some(r)) = (operand_column(&b.left), operand_column(&b.right)) {
                    out.push([side(l, owner), side(r, owner)]);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(e, owner_table, &mut out);
    out
}
