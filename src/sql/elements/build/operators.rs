//! Operators on expressions (`default_comparator.py`): comparisons with their bound-parameter coercion,
//! `LIKE` and friends, `IN` with lists, empty lists and selects, `BETWEEN`, and `AND`/`OR` lists with
//! `BooleanClauseList`'s folding of `True`/`False`/`NULL`.

use super::{InOperand, Operand, binary, bind_for, clause_list, construct_for_op, rc, scalar_select, self_group};
use crate::sql::elements::{ClauseList, Expr, ExprRef, Unary};
use crate::sql::error::{SqlError, SqlResult};
use crate::sql::ops::Op;
use crate::sql::types::SqlType;
use crate::sql::value::SqlValue;

/// Coerces an operand for `expr <op> operand` (`roles.BinaryElementRole`).
pub(super) fn coerce_operand(expr: &ExprRef, op: &Op, operand: Operand) -> ExprRef {
    match operand {
        Operand::Expr(e) => e,
        Operand::Value(v) => bind_for(expr, op, v, None, false),
    }
}

/// `_boolean_compare`: comparisons (`==`, `<`, `like`, `is_`, ...), with SQLAlchemy's handling of
/// `None`/`True`/`False`.
pub fn compare(expr: &ExprRef, op: Op, operand: Operand, reverse: bool) -> SqlResult<ExprRef> {
    let negate = op.negation();
    let constant = match &operand {
        Operand::Value(SqlValue::None) => Some(rc(Expr::Null)),
        Operand::Value(SqlValue::Bool(true)) => Some(rc(Expr::True)),
        Operand::Value(SqlValue::Bool(false)) => Some(rc(Expr::False)),
        Operand::Expr(e) if matches!(&**e, Expr::Null | Expr::True | Expr::False) => Some(e.clone()),
        _ => None,
    };
    if let Some(c) = constant {
        let is_bool = matches!(&*c, Expr::True | Expr::False);
        if matches!(op, Op::Eq | Op::Ne) && is_bool || matches!(op, Op::IsDistinctFrom | Op::IsNotDistinctFrom) {
            return Ok(binary(expr, &c, op, SqlType::boolean(), negate));
        }
        return match op {
            Op::Eq | Op::Is => Ok(binary(expr, &c, Op::Is, SqlType::boolean(), Some(Op::IsNot))),
            Op::Ne | Op::IsNot => Ok(binary(expr, &c, Op::IsNot, SqlType::boolean(), Some(Op::Is))),
            _ => Err(SqlError::argument(
                "Only '=', '!=', 'is_()', 'is_not()', 'is_distinct_from()', 'is_not_distinct_from()' operators can be used with None/True/False",
            )),
        };
    }
    let other = coerce_operand(expr, &op, operand);
    let (l, r) = if reverse { (other, expr.clone()) } else { (expr.clone(), other) };
    Ok(binary(&l, &r, op, SqlType::boolean(), negate))
}

/// `like()`/`ilike()`/`contains()`/... with an optional `escape` character.
pub fn like(expr: &ExprRef, op: Op, operand: Operand, escape: Option<String>) -> SqlResult<ExprRef> {
    let e = compare(expr, op, operand, false)?;
    if let (Some(esc), Expr::Binary(b)) = (escape, &*e) {
        let mut b = b.clone();
        b.escape = Some(esc);
        return Ok(rc(Expr::Binary(b)));
    }
    Ok(e)
}

/// `_binary_operate`: arithmetic, concatenation and bitwise operators, typed by the operand types
/// (`+` on strings is `||`).
pub fn operate(expr: &ExprRef, op: Op, operand: Operand, reverse: bool) -> ExprRef {
    let other = coerce_operand(expr, &op, operand);
    let (l, r) = if reverse { (other, expr.clone()) } else { (expr.clone(), other) };
    let (op, ty) = l.ty().adapt_operator(op, &r.ty());
    construct_for_op(&l, &r, op, ty, None)
}

/// `op(opstring)` applied to `expr` and an operand.
pub fn custom_op(expr: &ExprRef, op: Op, operand: Operand, reverse: bool, return_type: Option<SqlType>) -> ExprRef {
    let other = coerce_operand(expr, &op, operand);
    let (l, r) = if reverse { (other, expr.clone()) } else { (expr.clone(), other) };
    let ty = return_type.unwrap_or_else(|| if op.is_comparison() { SqlType::boolean() } else { l.ty() });
    binary(&l, &r, op, ty, None)
}

/// `expr.in_(...)` / `expr.not_in(...)`.
pub fn in_(expr: &ExprRef, op: Op, operand: InOperand) -> SqlResult<ExprRef> {
    let negate = op.negation();
    let right = match operand {
        InOperand::Select(s) => scalar_select(s),
        InOperand::Expr(e) => {
            if let Expr::Bind(b) = &*e
                && b.expanding
            {
                let mut b = b.clone();
                b.expand_op = Some(op.clone());
                rc(Expr::Bind(b))
            } else if matches!(&*e, Expr::Text(_)) {
                // `TextClause.self_group(against=in_op)`: `IN (SELECT ...)`.
                rc(Expr::Grouping(e))
            } else {
                e
            }
        }
        InOperand::List(items) => {
            let all_values = items.iter().all(|i| matches!(i, Operand::Value(_)));
            if all_values {
                let values = items.into_iter().filter_map(|i| match i {
                    Operand::Value(v) => Some(v),
                    Operand::Expr(_) => None,
                });
                let b = bind_for(expr, &op, SqlValue::List(values.collect()), None, true);
                if let Expr::Bind(bp) = &*b {
                    let mut bp = bp.clone();
                    bp.expand_op = Some(op.clone());
                    rc(Expr::Bind(bp))
                } else {
                    b
                }
            } else {
                let clauses: Vec<ExprRef> = items
                    .into_iter()
                    .map(|i| match i {
                        Operand::Value(v) => bind_for(expr, &op, v, None, false),
                        Operand::Expr(e) => e,
                    })
                    .collect();
                rc(Expr::Grouping(clause_list(Op::Comma, SqlType::null(), clauses, true)))
            }
        }
    };
    Ok(binary(expr, &right, op, SqlType::boolean(), negate))
}

/// `expr.between(low, high, symmetric=False)`.
pub fn between(expr: &ExprRef, low: Operand, high: Operand, symmetric: bool) -> ExprRef {
    let low = coerce_operand(expr, &Op::And, low);
    let high = coerce_operand(expr, &Op::And, high);
    let bounds =
        rc(Expr::ClauseList(ClauseList { op: Op::And, clauses: vec![low, high], ty: SqlType::null(), group: false }));
    let e = binary(expr, &bounds, Op::Between, SqlType::boolean(), Some(Op::NotBetween));
    if symmetric && let Expr::Binary(b) = &*e {
        let mut b = b.clone();
        b.symmetric = true;
        return rc(Expr::Binary(b));
    }
    e
}

/// A unary operator before the element (`-x`, `~x`, `DISTINCT x`, `EXISTS (...)`).
pub fn unary_operator(expr: &ExprRef, op: Op, ty: SqlType) -> ExprRef {
    let element = self_group(expr, Some(&op));
    rc(Expr::Unary(Unary { element, operator: Some(op), modifier: None, ty }))
}

/// A modifier after the element (`x DESC`, `x NULLS FIRST`).
pub fn unary_modifier(expr: &ExprRef, op: Op) -> ExprRef {
    let element = self_group(expr, Some(&op));
    rc(Expr::Unary(Unary { element, operator: None, modifier: Some(op), ty: SqlType::null() }))
}

/// `and_(...)` / `or_(...)` (`BooleanClauseList._construct`): `True`/`False` drop out or decide the
/// whole, one clause stands alone, nested lists of the same operator flatten.
pub fn boolean_list(op: Op, clauses: Vec<ExprRef>) -> ExprRef {
    let (continue_on_true, skip_on_true) = (op == Op::And, op == Op::Or);
    let is_continue =
        |e: &ExprRef| matches!(&**e, Expr::True) && continue_on_true || matches!(&**e, Expr::False) && skip_on_true;
    let is_skip =
        |e: &ExprRef| matches!(&**e, Expr::False) && continue_on_true || matches!(&**e, Expr::True) && skip_on_true;
    let (count, converted) = process_boolean_clauses(&op, clauses, is_continue, is_skip);
    if count > 1 {
        let mut flat = Vec::new();
        for c in converted {
            match &*c {
                Expr::ClauseList(l) if l.op == op => flat.extend(l.clauses.iter().cloned()),
                _ => flat.push(c),
            }
        }
        rc(Expr::ClauseList(ClauseList { op, clauses: flat, ty: SqlType::boolean(), group: true }))
    } else {
        converted.into_iter().next().unwrap_or_else(|| {
            rc(Expr::ClauseList(ClauseList { op, clauses: Vec::new(), ty: SqlType::boolean(), group: true }))
        })
    }
}

/// `_process_clauses_for_boolean`: returns how many clauses remain (0, 1 or 2 for "more") and them,
/// grouped for the operator (or as stand-alone booleans when alone).
pub fn process_boolean_clauses(
    op: &Op,
    clauses: Vec<ExprRef>,
    is_continue: impl Fn(&ExprRef) -> bool,
    is_skip: impl Fn(&ExprRef) -> bool,
) -> (usize, Vec<ExprRef>) {
    let mut has_continue = None;
    let mut convert = Vec::new();
    let mut against = Op::AsBool;
    let mut lcc = 0;
    for c in clauses {
        if is_continue(&c) {
            has_continue = Some(c);
        } else if is_skip(&c) {
            convert = vec![c];
            lcc = 1;
            break;
        } else {
            if lcc == 0 {
                lcc = 1;
            } else {
                against = op.clone();
                lcc = 2;
            }
            convert.push(c);
        }
    }
    if convert.is_empty()
        && let Some(c) = has_continue
    {
        convert = vec![c];
        lcc = 1;
    }
    (lcc, convert.iter().map(|c| self_group(c, Some(&against))).collect())
}

/// The WHERE / HAVING criteria joined by AND, as the compiler renders a statement's criteria list.
pub fn where_clause(clauses: &[ExprRef]) -> Option<ExprRef> {
    let (lcc, converted) = process_boolean_clauses(
        &Op::And,
        clauses.to_vec(),
        |e| matches!(&**e, Expr::True),
        |e| matches!(&**e, Expr::False),
    );
    match lcc {
        0 => None,
        1 => converted.into_iter().next(),
        _ => Some(rc(Expr::ClauseList(ClauseList {
            op: Op::And,
            clauses: converted,
            ty: SqlType::boolean(),
            group: true,
        }))),
    }
}
