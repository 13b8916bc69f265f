//! Building expressions the way SQLAlchemy's operators and constructors do (`default_comparator.py`,
//! `BinaryExpression.__init__`, `BooleanClauseList._construct`, `_negate`, `self_group`): literals become
//! bound parameters named after the column they are compared with, operands are parenthesised against
//! the operator's precedence, `== None` becomes `IS NULL`, `~(a == b)` becomes `a != b`. This file holds
//! the leaves, grouping and negation; [`operators`] the operators, [`constructs`] the other constructors.

use super::naming;
use super::{Binary, BindParam, BindValue, ClauseList, ColumnInfo, ColumnRef, Expr, ExprRef, Label, Name, Unary};
use crate::sql::ops::Op;
use crate::sql::selectable::SelectStmt;
use crate::sql::types::{Affinity, SqlType, TypeKind};
use crate::sql::value::SqlValue;
use std::rc::Rc;

mod constructs;
mod operators;

pub use constructs::*;
pub use operators::*;

/// The right-hand side of an operator as Python gave it: an expression, or a plain value.
#[derive(Debug, Clone)]
pub enum Operand {
    Expr(ExprRef),
    Value(SqlValue),
}

/// The right-hand side of `in_()`.
#[derive(Debug, Clone)]
pub enum InOperand {
    /// A Python list or tuple of values and/or expressions.
    List(Vec<Operand>),
    /// A SELECT (`in_(select(...))`).
    Select(SelectStmt),
    /// A bound parameter or other expression (`in_(bindparam("ids", expanding=True))`).
    Expr(ExprRef),
}

pub fn rc(e: Expr) -> ExprRef {
    Rc::new(e)
}

/// `column("x", Integer)`: a column not bound to any table.
pub fn column(name: &str, ty: SqlType) -> ExprRef {
    rc(Expr::Column(ColumnRef { table: None, col: Rc::new(ColumnInfo::new(name, ty)), annotation: 0 }))
}

/// `literal_column("'text'")`: SQL written as given.
pub fn literal_column(text: &str, ty: SqlType) -> ExprRef {
    let mut info = ColumnInfo::new(text, ty);
    info.is_literal = true;
    rc(Expr::Column(ColumnRef { table: None, col: Rc::new(info), annotation: 0 }))
}

/// `bindparam(key, value, type_)`: a named parameter (anonymous when `key` is `None` or `unique`).
pub fn bindparam(key: Option<&str>, value: BindValue, ty: Option<SqlType>, unique: bool, expanding: bool) -> ExprRef {
    let ty = ty.unwrap_or_else(|| match &value {
        BindValue::Value(SqlValue::List(items)) if expanding => {
            items.first().map_or_else(SqlType::null, SqlValue::natural_type)
        }
        BindValue::Value(v) => v.natural_type(),
        BindValue::Required => SqlType::null(),
    });
    let make = |key: Name| {
        Expr::Bind(BindParam { key, value, ty, expanding, expand_op: None, literal_execute: false, is_crud: false })
    };
    match key {
        Some(k) if !unique => rc(make(Name::plain(k))),
        Some(k) => super::rc_anon(&sanitize_bind_key(k), make),
        None => super::rc_anon("param", make),
    }
}

/// `_bind_key_escape`: a unique parameter's key keeps only word characters.
fn sanitize_bind_key(k: &str) -> String {
    let s: String = k.chars().map(|c| if c.is_alphanumeric() || c == '_' { c } else { '_' }).collect();
    let t = s.trim_matches('_');
    if t.is_empty() { "param".into() } else { t.to_string() }
}

/// `literal(value, type_)`: a bound value not tied to a column (`:param_1`).
pub fn literal(value: SqlValue, ty: Option<SqlType>) -> ExprRef {
    bindparam(None, BindValue::Value(value), ty, true, false)
}

/// `expr._bind_param(op, value)`: the bound parameter a literal compared with `expr` becomes, named
/// after the column (`:name_1`) or the function (`:count_1`), typed after `expr` unless the value says
/// otherwise.
pub fn bind_for(expr: &ExprRef, op: &Op, value: SqlValue, ty: Option<SqlType>, expanding: bool) -> ExprRef {
    // `Tuple._bind_param`: `tuple_(a, b) == (1, 2)` compares to a tuple of anonymous binds, each
    // typed by its element (`(a, b) = (:param_1, :param_2)`), not to one bind holding a tuple.
    if let (Expr::Tuple { clauses, ty: tuple_ty }, SqlValue::Tuple(items) | SqlValue::List(items)) = (&**expr, &value)
        && !expanding
        && ty.is_none()
    {
        let binds = items
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let compared_to = clauses.get(i).map(|c| c.ty()).unwrap_or_else(SqlType::null);
                let ty = compared_to.coerce_compared_value(v.natural_type());
                super::rc_anon("param", |key| {
                    Expr::Bind(BindParam {
                        key,
                        value: BindValue::Value(v.clone()),
                        ty,
                        expanding: false,
                        expand_op: None,
                        literal_execute: false,
                        is_crud: false,
                    })
                })
            })
            .collect();
        return rc(Expr::Tuple { clauses: binds, ty: tuple_ty.clone() });
    }
    let seed = match &**expr {
        Expr::Column(c) => Some(c.col.key.clone()),
        Expr::Function(f) => Some(f.name.clone()),
        Expr::Grouping(inner) if matches!(&**inner, Expr::Column(_)) => naming::key(inner).map(|k| k.text()),
        _ => None,
    };
    let seed = match seed {
        Some(s) if !s.is_empty() => sanitize_bind_key(&s),
        _ => "param".to_string(),
    };
    let check = match &value {
        SqlValue::List(items) if expanding => items.first().cloned().unwrap_or(SqlValue::None),
        v => v.clone(),
    };
    let compared_to = expr.ty();
    let ty = ty.unwrap_or_else(|| {
        if expanding && matches!(check, SqlValue::Tuple(_)) && compared_to.kind == TypeKind::Tuple {
            return compared_to.clone();
        }
        let _ = op;
        compared_to.coerce_compared_value(check.natural_type())
    });
    super::rc_anon(&seed, |key| {
        Expr::Bind(BindParam {
            key,
            value: BindValue::Value(value),
            ty,
            expanding,
            expand_op: None,
            literal_execute: false,
            is_crud: false,
        })
    })
}

/// `self_group(against)`: the element, parenthesised if it binds more loosely than `against`.
pub fn self_group(e: &ExprRef, against: Option<&Op>) -> ExprRef {
    match &**e {
        Expr::Binary(b) => {
            if b.op.is_precedent(against) || (against == Some(&Op::Inv) && !b.op.is_boolean()) {
                return rc(Expr::Grouping(e.clone()));
            }
            e.clone()
        }
        Expr::ClauseList(l) => {
            if matches!(l.op, Op::And | Op::Or) && l.clauses.is_empty() {
                return e.clone();
            }
            if l.group && (l.op.is_precedent(against) || (against == Some(&Op::Inv) && !l.op.is_boolean())) {
                return rc(Expr::Grouping(e.clone()));
            }
            e.clone()
        }
        Expr::Unary(u) => {
            if u.operator.as_ref().is_some_and(|op| op.is_precedent(against)) {
                return rc(Expr::Grouping(e.clone()));
            }
            e.clone()
        }
        Expr::FunctionFilter { .. } => {
            if Op::Filter.is_precedent(against) {
                return rc(Expr::Grouping(e.clone()));
            }
            e.clone()
        }
        Expr::AsBoolean { .. } | Expr::Grouping(_) | Expr::Tuple { .. } | Expr::ScalarSelect { .. } => e.clone(),
        Expr::Text(_) => {
            if against == Some(&Op::In) {
                rc(Expr::Grouping(e.clone()))
            } else {
                e.clone()
            }
        }
        Expr::Label(l) => {
            let inner = self_group(&l.element, against);
            if Rc::ptr_eq(&inner, &l.element) {
                e.clone()
            } else {
                rc(Expr::Label(Label { name: l.name.clone(), element: inner, ty: l.ty.clone() }))
            }
        }
        Expr::TypeCoerce { expr, ty } => {
            let inner = self_group(expr, against);
            if Rc::ptr_eq(&inner, expr) { e.clone() } else { rc(Expr::TypeCoerce { expr: inner, ty: ty.clone() }) }
        }
        _ => column_element_self_group(e, against),
    }
}

/// `ColumnElement.self_group`: booleans inside AND/OR become `x = 1` where needed; ANY/ALL operands
/// are parenthesised.
fn column_element_self_group(e: &ExprRef, against: Option<&Op>) -> ExprRef {
    match against {
        Some(Op::And | Op::Or | Op::AsBool) if e.ty().affinity() == Affinity::Boolean => {
            rc(Expr::AsBoolean { element: e.clone(), op: Op::IsTrue, negate: Op::IsFalse })
        }
        Some(Op::Any | Op::All) => rc(Expr::Grouping(e.clone())),
        _ => e.clone(),
    }
}

/// `~expr` / `not_(expr)` (`_negate`): comparisons swap their operator, booleans become `NOT x`.
pub fn negate(e: &ExprRef) -> ExprRef {
    match &**e {
        Expr::Binary(b) => match &b.negate {
            Some(neg) => rc(Expr::Binary(Binary {
                left: b.left.clone(),
                right: negate_in_binary(&b.right, neg, &b.op),
                op: neg.clone(),
                negate: Some(b.op.clone()),
                ty: b.ty.clone(),
                escape: b.escape.clone(),
                symmetric: b.symmetric,
            })),
            None => column_element_negate(&rc(Expr::Grouping(e.clone()))),
        },
        Expr::ClauseList(_) => {
            let grouped = self_group(e, Some(&Op::Inv));
            rc(Expr::Unary(Unary { element: grouped, operator: Some(Op::Inv), modifier: None, ty: SqlType::null() }))
        }
        Expr::Unary(_) if e.ty().affinity() == Affinity::Boolean => {
            let grouped = self_group(e, Some(&Op::Inv));
            rc(Expr::Unary(Unary { element: grouped, operator: Some(Op::Inv), modifier: None, ty: SqlType::boolean() }))
        }
        Expr::AsBoolean { element, op, negate } => match &**element {
            Expr::True => rc(Expr::False),
            Expr::False => rc(Expr::True),
            _ => rc(Expr::AsBoolean { element: element.clone(), op: negate.clone(), negate: op.clone() }),
        },
        Expr::True => rc(Expr::False),
        Expr::False => rc(Expr::True),
        Expr::Label(l) => {
            let inner = negate(&l.element);
            rc(Expr::Label(Label { name: l.name.clone(), element: inner, ty: l.ty.clone() }))
        }
        _ => column_element_negate(e),
    }
}

fn column_element_negate(e: &ExprRef) -> ExprRef {
    if e.ty().affinity() == Affinity::Boolean {
        return rc(Expr::AsBoolean { element: e.clone(), op: Op::IsFalse, negate: Op::IsTrue });
    }
    let grouped = self_group(e, Some(&Op::Inv));
    rc(Expr::Unary(Unary { element: grouped, operator: Some(Op::Inv), modifier: None, ty: SqlType::null() }))
}

/// An IN's expanding parameter remembers whether it is now a NOT IN (for the empty-list forms).
fn negate_in_binary(right: &ExprRef, negated: &Op, original: &Op) -> ExprRef {
    if let Expr::Bind(b) = &**right
        && b.expanding
        && b.expand_op.as_ref() == Some(original)
    {
        let mut b = b.clone();
        b.expand_op = Some(negated.clone());
        return rc(Expr::Bind(b));
    }
    right.clone()
}

/// A binary expression, operands grouped against the operator (`BinaryExpression.__init__`).
pub fn binary(left: &ExprRef, right: &ExprRef, op: Op, ty: SqlType, negate: Option<Op>) -> ExprRef {
    rc(Expr::Binary(Binary {
        left: self_group(left, Some(&op)),
        right: self_group(right, Some(&op)),
        op,
        negate,
        ty,
        escape: None,
        symmetric: false,
    }))
}

/// `OperatorExpression._construct_for_op`: associative operators flatten into one list
/// (`a + b + c`, `a || b || c`); everything else is a binary expression.
fn construct_for_op(left: &ExprRef, right: &ExprRef, op: Op, ty: SqlType, negate: Option<Op>) -> ExprRef {
    if op.is_associative() {
        let flatten = |e: &ExprRef| -> Option<Vec<ExprRef>> {
            let same_aff = |t: SqlType| t.affinity() == ty.affinity();
            match &**e {
                Expr::Binary(b) if b.op == op && same_aff(b.ty.clone()) => Some(vec![b.left.clone(), b.right.clone()]),
                Expr::ClauseList(l) if l.op == op && l.group && same_aff(l.ty.clone()) => Some(l.clauses.clone()),
                _ => None,
            }
        };
        let (lf, rf) = (flatten(left), flatten(right));
        if lf.is_some() || rf.is_some() {
            let mut clauses = lf.unwrap_or_else(|| vec![left.clone()]);
            clauses.extend(rf.unwrap_or_else(|| vec![right.clone()]));
            return clause_list(op, ty, clauses, true);
        }
    }
    binary(left, right, op, ty, negate)
}

/// `ExpressionClauseList._construct_for_list`.
pub fn clause_list(op: Op, ty: SqlType, clauses: Vec<ExprRef>, group: bool) -> ExprRef {
    let clauses = if group { clauses.iter().map(|c| self_group(c, Some(&op))).collect() } else { clauses };
    rc(Expr::ClauseList(ClauseList { op, clauses, ty, group }))
}
