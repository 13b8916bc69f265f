//! The `synchronize_session` strategy of an ORM UPDATE / DELETE with criteria, after SQLAlchemy's
//! `orm/bulk_persistence.py` and `orm/evaluator.py`: "evaluate" needs criteria its Python-side
//! evaluator can run (the entity's columns, bound values, comparisons, `IS`, `IN`, `AND`/`OR`/`NOT`,
//! `startswith`/`endswith`, numeric arithmetic and string concatenation); "auto" evaluates when it
//! can and fetches otherwise; an explicit "evaluate" over anything else is an `InvalidRequestError`.

use crate::eval::value::Value;
use crate::eval::{Interp, PyResult};
use crate::orm::SaExc;
use crate::sql::elements::{Expr, ExprRef};
use crate::sql::ops::Op;
use crate::sql::selectable::FromRef;
use crate::sql::types::Affinity;
use std::rc::Rc;

/// How the session's objects follow an UPDATE / DELETE.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Sync {
    None,
    Evaluate,
    Fetch,
}

/// The strategy for the `synchronize_session` option (`None` when not given: "auto").
pub fn sync_mode(
    interp: &mut Interp,
    option: Option<&Value>,
    criteria: &[ExprRef],
    tables: &[FromRef],
) -> PyResult<Sync> {
    let unevaluable = criteria.iter().find_map(|c| unevaluable(c, tables));
    let word = match option {
        None | Some(Value::None) => "auto",
        Some(Value::Str(s)) => match &**s {
            "auto" => "auto",
            "evaluate" => "evaluate",
            "fetch" => "fetch",
            _ => "",
        },
        // `sync not in ("auto", "evaluate", "fetch", False)`: 0 equals False, True does not.
        Some(Value::Bool(false)) | Some(Value::Int(0)) => "false",
        Some(_) => "",
    };
    let orm = crate::orm::orm(interp)?;
    Ok(match word {
        "auto" if unevaluable.is_none() => Sync::Evaluate,
        "auto" | "fetch" => Sync::Fetch,
        "evaluate" => match unevaluable {
            None => Sync::Evaluate,
            Some(why) => {
                return Err(orm.error(
                    interp,
                    SaExc::InvalidRequestError,
                    format!(
                        "Could not evaluate current criteria in Python: \"{why}\". Specify 'fetch' or False for the \
                         synchronize_session execution option."
                    ),
                ));
            }
        },
        "false" => Sync::None,
        _ => {
            return Err(orm.error(
                interp,
                SaExc::ArgumentError,
                "Valid strategies for session synchronization are 'auto', 'evaluate', 'fetch', False",
            ));
        }
    })
}

/// Why SQLAlchemy's evaluator cannot run a criterion, `None` when it can. `tables` are the entity's
/// own table and its mapped base classes' tables.
fn unevaluable(e: &ExprRef, tables: &[FromRef]) -> Option<String> {
    match &**e {
        Expr::Column(c) => {
            if c.table.as_ref().is_some_and(|t| tables.iter().any(|own| Rc::ptr_eq(t, own))) {
                None
            } else {
                Some(format!("Cannot evaluate column: {}", c.col.name.text()))
            }
        }
        Expr::Bind(_) | Expr::Null | Expr::True | Expr::False => None,
        Expr::Grouping(g) => unevaluable(g, tables),
        Expr::AsBoolean { element, .. } => unevaluable(element, tables),
        Expr::Binary(b) => {
            let numeric =
                |e: &ExprRef| matches!(e.ty().affinity(), Affinity::Integer | Affinity::Float | Affinity::Numeric);
            let ok = match &b.op {
                Op::Eq
                | Op::Ne
                | Op::Lt
                | Op::Le
                | Op::Gt
                | Op::Ge
                | Op::Is
                | Op::IsNot
                | Op::In
                | Op::NotIn
                | Op::StartsWith
                | Op::EndsWith
                | Op::And
                | Op::Or => true,
                Op::Add | Op::Mul | Op::Sub | Op::Mod | Op::TrueDiv => numeric(&b.left) && numeric(&b.right),
                Op::Concat => b.left.ty().is_concatenable() && b.right.ty().is_concatenable(),
                _ => false,
            };
            if !ok {
                return Some(format!("Cannot evaluate BinaryExpression with operator {}", op_name(&b.op)));
            }
            unevaluable(&b.left, tables).or_else(|| unevaluable(&b.right, tables))
        }
        Expr::Unary(u) if u.operator == Some(Op::Inv) && u.modifier.is_none() => unevaluable(&u.element, tables),
        Expr::ClauseList(l) if matches!(l.op, Op::And | Op::Or | Op::Comma) => {
            l.clauses.iter().find_map(|c| unevaluable(c, tables))
        }
        Expr::Tuple { clauses, .. } => clauses.iter().find_map(|c| unevaluable(c, tables)),
        Expr::Unary(_) => Some("Cannot evaluate UnaryExpression".to_string()),
        Expr::Function(_) => Some("Cannot evaluate Function".to_string()),
        Expr::Label(_) => Some("Cannot evaluate Label".to_string()),
        _ => Some("Cannot evaluate this expression".to_string()),
    }
}

/// The Python name of an operator function, as SQLAlchemy's message shows it.
fn op_name(op: &Op) -> String {
    let debug = format!("{op:?}");
    let mut out = String::new();
    for (i, ch) in debug.chars().enumerate() {
        if ch.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(ch.to_ascii_lowercase());
    }
    format!("{out}_op")
}
