//! SQLAlchemy's Python-side evaluator (`orm/evaluator.py`) as ORM-enabled UPDATE / DELETE use it:
//! which criteria "evaluate" synchronisation can test on the session's objects (and the error when
//! it can't), and the SET values it computes for each matched object instead of expiring them.

use crate::eval::value::{Instance, Value};
use crate::eval::{Interp, PyResult};
use crate::ir::BinOp;
use crate::orm::mapper::ColumnDef;
use crate::sql::elements::{BindValue, Expr, ExprRef};
use crate::sql::ops::Op;
use crate::sql::selectable::FromRef;
use std::rc::Rc;

/// Whether SQLAlchemy's Python-side evaluator handles a criterion (`orm/evaluator.py`): columns of
/// the entity's tables (its own and its mapped base classes'), bound values, comparisons, boolean
/// and arithmetic operators — no subqueries, functions or unrelated tables.
pub(super) fn evaluable(e: &ExprRef, tables: &[FromRef]) -> bool {
    match &**e {
        Expr::Column(c) => c.table.as_ref().is_some_and(|t| tables.iter().any(|own| Rc::ptr_eq(t, own))),
        Expr::Bind(_) | Expr::Null | Expr::True | Expr::False => true,
        Expr::Binary(b) => evaluable(&b.left, tables) && evaluable(&b.right, tables) && evaluable_op(b),
        Expr::Unary(u) => u.operator == Some(Op::Inv) && evaluable(&u.element, tables),
        Expr::ClauseList(l) => l.clauses.iter().all(|c| evaluable(c, tables)),
        Expr::Grouping(g) => evaluable(g, tables),
        _ => false,
    }
}

/// The binary operators SQLAlchemy's evaluator has a `visit_<op>_binary_op` for; its math
/// operators take numbers only.
fn evaluable_op(b: &crate::sql::elements::Binary) -> bool {
    use crate::sql::types::Affinity;
    let numeric = |e: &ExprRef| matches!(e.ty().affinity(), Affinity::Integer | Affinity::Float | Affinity::Numeric);
    match b.op {
        Op::Add | Op::Mul | Op::Sub | Op::Mod | Op::TrueDiv => numeric(&b.left) && numeric(&b.right),
        Op::Lt | Op::Le | Op::Ne | Op::Gt | Op::Ge | Op::Eq | Op::In | Op::NotIn | Op::Is | Op::IsNot => true,
        Op::Concat | Op::StartsWith | Op::EndsWith | Op::And | Op::Or => true,
        _ => false,
    }
}

/// Why SQLAlchemy's evaluator rejects a criterion (its `UnevaluatableError` text), `None` if it
/// evaluates it.
pub(super) fn unevaluable(e: &ExprRef, tables: &[FromRef]) -> Option<String> {
    if evaluable(e, tables) {
        return None;
    }
    match &**e {
        Expr::Binary(b) => unevaluable(&b.left, tables).or_else(|| unevaluable(&b.right, tables)).or_else(|| {
            let op = op_function(&b.op);
            Some(format!("Cannot evaluate BinaryExpression with operator <function {op} at 0x7f0000000000>"))
        }),
        Expr::Unary(u) => {
            unevaluable(&u.element, tables).or_else(|| Some("Cannot evaluate UnaryExpression".to_string()))
        }
        Expr::ClauseList(l) => l.clauses.iter().find_map(|c| unevaluable(c, tables)),
        Expr::Grouping(g) => unevaluable(g, tables),
        Expr::Column(_) => Some("Cannot evaluate column: the entity's own columns only".to_string()),
        Expr::Function(_) => Some("Cannot evaluate Function".to_string()),
        _ => Some(format!("Cannot evaluate {}", expr_kind(e))),
    }
}

/// The name of SQLAlchemy's operator function for `op` (`like_op`, `regexp_match_op`, ...).
fn op_function(op: &Op) -> String {
    let mut out = String::new();
    for (i, ch) in format!("{op:?}").chars().enumerate() {
        if ch.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(ch.to_ascii_lowercase());
    }
    let out = out.replace("i_like", "ilike");
    format!("{out}_op")
}

/// The SQLAlchemy class name of an expression kind, for evaluator messages.
fn expr_kind(e: &ExprRef) -> &'static str {
    match &**e {
        Expr::Function(_) => "Function",
        Expr::ScalarSelect { .. } => "Select",
        _ => "expression",
    }
}

/// A SET value computed for one object as SQLAlchemy's evaluator computes it: `Some(value)`, or
/// `None` when it can't be (an SQL function, a column not loaded on the object) and the attribute
/// is expired instead.
pub(super) fn set_value(
    interp: &mut Interp,
    e: &ExprRef,
    inst: &Rc<Instance>,
    columns: &[ColumnDef],
    tables: &[FromRef],
) -> PyResult<Option<Value>> {
    if !evaluable(e, tables) {
        return Ok(None);
    }
    Ok(match &**e {
        Expr::Column(c) => {
            let name = c.col.name.text();
            let Some(def) = columns.iter().find(|d| d.name == *name) else { return Ok(None) };
            inst.dict.borrow().get(def.key.as_str()).cloned()
        }
        Expr::Bind(b) => match &b.value {
            BindValue::Value(v) => Some(super::from_sql_value(interp, v)),
            BindValue::Required => None,
        },
        Expr::Null => Some(Value::None),
        Expr::True => Some(Value::Bool(true)),
        Expr::False => Some(Value::Bool(false)),
        Expr::Grouping(g) => set_value(interp, g, inst, columns, tables)?,
        Expr::Binary(b) => {
            let op = match b.op {
                Op::Add | Op::Concat => BinOp::Add,
                Op::Sub => BinOp::Sub,
                Op::Mul => BinOp::Mul,
                Op::Mod => BinOp::Mod,
                Op::TrueDiv => BinOp::Div,
                _ => return Ok(None),
            };
            let (Some(left), Some(right)) = (
                set_value(interp, &b.left, inst, columns, tables)?,
                set_value(interp, &b.right, inst, columns, tables)?,
            ) else {
                return Ok(None);
            };
            if matches!(left, Value::None) || matches!(right, Value::None) {
                return Ok(Some(Value::None));
            }
            Some(interp.binary_op(op, left, right)?)
        }
        _ => None,
    })
}
