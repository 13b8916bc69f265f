//! Building expressions the way SQLAlchemy's operators and constructors do (`default_comparator.py`,
//! `BinaryExpression.__init__`, `BooleanClauseList._construct`, `_negate`, `self_group`): literals become
//! bound parameters named after the column they are compared with, operands are parenthesised against
//! the operator's precedence, `== None` becomes `IS NULL`, `~(a == b)` becomes `a != b`.

use super::naming;
use super::{
    Binary, BindParam, BindValue, Case, ClauseList, ColumnInfo, ColumnRef, Expr, ExprRef, Function, Label, Name, Unary,
};
use crate::sql::error::{SqlError, SqlResult};
use crate::sql::ops::Op;
use crate::sql::selectable::SelectStmt;
use crate::sql::types::{Affinity, SqlType, TypeKind};
use crate::sql::value::SqlValue;
use std::rc::Rc;

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
    rc(Expr::Column(ColumnRef { table: None, col: Rc::new(ColumnInfo::new(name, ty)) }))
}

/// `literal_column("'text'")`: SQL written as given.
pub fn literal_column(text: &str, ty: SqlType) -> ExprRef {
    let mut info = ColumnInfo::new(text, ty);
    info.is_literal = true;
    rc(Expr::Column(ColumnRef { table: None, col: Rc::new(info) }))
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

/// Coerces an operand for `expr <op> operand` (`roles.BinaryElementRole`).
fn coerce_operand(expr: &ExprRef, op: &Op, operand: Operand) -> ExprRef {
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

/// `expr.label(name)` (`None` gives an anonymous label named after the element).
pub fn label(expr: &ExprRef, name: Option<&str>, ty: Option<SqlType>) -> ExprRef {
    let mut element = expr.clone();
    while let Expr::Label(l) = &*element.clone() {
        element = l.element.clone();
    }
    let ty = ty.unwrap_or_else(|| element.ty());
    let grouped = self_group(&element, Some(&Op::As));
    match name {
        Some(n) => rc(Expr::Label(Label { name: Name::plain(n), element: grouped, ty })),
        None => {
            let seed = naming::name(&element).map_or_else(|| "anon".to_string(), |n| n.text());
            super::rc_anon(&seed, |name| Expr::Label(Label { name, element: grouped, ty }))
        }
    }
}

/// `cast(expr, type)`.
pub fn cast(expr: &ExprRef, ty: SqlType) -> ExprRef {
    rc(Expr::Cast { expr: expr.clone(), ty })
}

/// `type_coerce(expr, type)`: a bound literal takes the type itself.
pub fn type_coerce(expr: &ExprRef, ty: SqlType) -> ExprRef {
    if let Expr::Bind(b) = &**expr {
        let mut b = b.clone();
        b.ty = ty.clone();
        return rc(Expr::TypeCoerce { expr: rc(Expr::Bind(b)), ty });
    }
    rc(Expr::TypeCoerce { expr: expr.clone(), ty })
}

/// `expr.collate("name")`.
pub fn collate(expr: &ExprRef, collation: &str) -> ExprRef {
    let coll = rc(Expr::Collation(collation.to_string()));
    binary(expr, &coll, Op::Collate, expr.ty(), None)
}

/// `case((cond, value), ..., value=, else_=)`: typed after the first non-null result.
pub fn case(value: Option<ExprRef>, whens: Vec<(ExprRef, ExprRef)>, else_: Option<ExprRef>) -> ExprRef {
    let ty = whens
        .iter()
        .map(|(_, r)| r.ty())
        .chain(else_.iter().map(|e| e.ty()))
        .find(|t| !t.is_null())
        .unwrap_or_else(SqlType::null);
    let whens = whens.into_iter().map(|(c, r)| (self_group(&c, None), r)).collect();
    rc(Expr::Case(Case { value, whens, else_, ty }))
}

/// A SELECT with `LABEL_STYLE_NONE`, as `scalar_subquery()` and `exists()` make it.
pub fn label_style_none(select: SelectStmt) -> SelectStmt {
    use crate::sql::selectable::LabelStyle;
    match select {
        SelectStmt::Select(s) if s.label_style != LabelStyle::None => {
            let mut s = (*s).clone();
            s.label_style = LabelStyle::None;
            SelectStmt::Select(Rc::new(s))
        }
        SelectStmt::Compound(c) if c.label_style != LabelStyle::None => {
            let mut c = (*c).clone();
            c.label_style = LabelStyle::None;
            SelectStmt::Compound(Rc::new(c))
        }
        other => other,
    }
}

/// `(SELECT ...)` as a column expression, typed after its single column.
pub fn scalar_select(select: SelectStmt) -> ExprRef {
    let select = label_style_none(select);
    let ty = select.selected_columns().first().map_or_else(SqlType::null, |c| c.ty());
    rc(Expr::ScalarSelect { select, ty })
}

/// `exists(select)`: `EXISTS (SELECT ...)`.
pub fn exists(select: SelectStmt) -> ExprRef {
    let select = label_style_none(select);
    let inner = rc(Expr::ScalarSelect { select, ty: SqlType::boolean() });
    rc(Expr::Unary(Unary { element: inner, operator: Some(Op::Exists), modifier: None, ty: SqlType::boolean() }))
}

/// A SQL function call (`func.name(*args)`), typed the way SQLAlchemy's known functions are.
pub fn function(name: &str, packagenames: Vec<String>, args: Vec<Operand>, ty: Option<SqlType>) -> ExprRef {
    let known = known_function(name);
    let render_name = if packagenames.is_empty() { known.map_or(name, |k| k.0) } else { name };
    let args: Vec<ExprRef> = args
        .into_iter()
        .map(|a| match a {
            Operand::Expr(e) => e,
            Operand::Value(v) => {
                let ty = v.natural_type();
                super::rc_anon(&sanitize_bind_key(render_name), |key| {
                    Expr::Bind(BindParam {
                        key,
                        value: BindValue::Value(v),
                        ty,
                        expanding: false,
                        expand_op: None,
                        literal_execute: false,
                        is_crud: false,
                    })
                })
            }
        })
        .map(|a| self_group(&a, Some(&Op::Comma)))
        .collect();
    let star = render_name == "count" && args.is_empty() && packagenames.is_empty();
    let ty = ty.unwrap_or_else(|| match known.map(|k| k.1) {
        Some(FnType::FromArgs) => args.first().map_or_else(SqlType::null, |a| a.ty()),
        Some(FnType::Fixed(kind)) => SqlType::new(kind),
        Some(FnType::Array) => {
            let mut t = SqlType::new(TypeKind::Array);
            t.item = Some(Box::new(args.first().map_or_else(SqlType::null, |a| a.ty())));
            t
        }
        None => SqlType::null(),
    });
    rc(Expr::Function(Function { name: render_name.to_string(), packagenames, args, ty, star }))
}

#[derive(Clone, Copy)]
enum FnType {
    FromArgs,
    Fixed(TypeKind),
    Array,
}

/// SQLAlchemy's registered generic functions (looked up case-insensitively): their canonical name
/// and return type.
fn known_function(name: &str) -> Option<(&'static str, FnType)> {
    use FnType::*;
    use TypeKind as K;
    Some(match name.to_lowercase().as_str() {
        "coalesce" => ("coalesce", FromArgs),
        "max" => ("max", FromArgs),
        "min" => ("min", FromArgs),
        "sum" => ("sum", FromArgs),
        "pow" => ("pow", FromArgs),
        "now" => ("now", Fixed(K::DateTime)),
        "concat" => ("concat", Fixed(K::String)),
        "char_length" => ("char_length", Fixed(K::Integer)),
        "random" => ("random", Fixed(K::Float)),
        "count" => ("count", Fixed(K::Integer)),
        "current_date" => ("current_date", Fixed(K::Date)),
        "current_time" => ("current_time", Fixed(K::Time)),
        "current_timestamp" => ("current_timestamp", Fixed(K::DateTime)),
        "current_user" => ("current_user", Fixed(K::String)),
        "localtime" => ("localtime", Fixed(K::DateTime)),
        "localtimestamp" => ("localtimestamp", Fixed(K::DateTime)),
        "session_user" => ("session_user", Fixed(K::String)),
        "sysdate" => ("sysdate", Fixed(K::DateTime)),
        "user" => ("user", Fixed(K::String)),
        "array_agg" => ("array_agg", Array),
        "rank" => ("rank", Fixed(K::Integer)),
        "dense_rank" => ("dense_rank", Fixed(K::Integer)),
        "percent_rank" => ("percent_rank", Fixed(K::Numeric)),
        "cume_dist" => ("cume_dist", Fixed(K::Numeric)),
        "aggregate_strings" => ("aggregate_strings", Fixed(K::String)),
        "mode" => ("mode", FromArgs),
        "percentile_cont" => ("percentile_cont", FromArgs),
        "percentile_disc" => ("percentile_disc", FromArgs),
        "cube" => ("cube", FromArgs),
        "rollup" => ("rollup", FromArgs),
        "grouping_sets" => ("grouping_sets", FromArgs),
        _ => return None,
    })
}

/// Whether a function renders without parentheses when it has no arguments (ANSI functions).
pub fn ansi_function_keyword(name: &str) -> Option<&'static str> {
    Some(match name {
        "current_date" => "CURRENT_DATE",
        "current_time" => "CURRENT_TIME",
        "current_timestamp" => "CURRENT_TIMESTAMP",
        "current_user" => "CURRENT_USER",
        "localtime" => "LOCALTIME",
        "localtimestamp" => "LOCALTIMESTAMP",
        "session_user" => "SESSION_USER",
        "user" => "USER",
        "sysdate" => "sysdate",
        _ => return None,
    })
}
