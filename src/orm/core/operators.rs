//! The operators of column expressions (`ColumnOperators`): Python's comparison, arithmetic and bitwise
//! operators, and the named ones (`like`, `in_`, `between`, `is_`, `desc`, `label`, `op`, ...), each
//! building a new expression with SQLAlchemy's rules (see [`crate::sql::elements::build`]).

use super::convert::{py, to_expr, to_operand, to_sql_value, to_type};
use super::expr_obj::{expr_value, this_expr};
use super::{Method, arg, kwarg};
use crate::eval::ExcType;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::sql::elements::build::{self, InOperand, Operand};
use crate::sql::elements::{BindValue, Expr, ExprRef};
use crate::sql::ops::{CustomOp, Op};
use crate::sql::types::{SqlType, TypeKind};
use crate::sql::value::SqlValue;
use std::rc::Rc;

fn first(args: &Args) -> Value {
    crate::orm::core::first(args)
}

fn compare(interp: &mut Interp, args: Args, op: Op) -> PyResult<Value> {
    let (this, _, rest) = this_expr(interp, args)?;
    if let Some(r) = super::bridge::relationship_compare(interp, &this, &op, &first(&rest))? {
        return Ok(r);
    }
    let operand = crate::orm::type_decorator::operand_for(interp, &first(&rest), &this.expr.ty())?;
    let e = py(interp, build::compare(&this.expr, op, operand, false))?;
    Ok(expr_value(interp, e))
}

fn operate(interp: &mut Interp, args: Args, op: Op, reverse: bool) -> PyResult<Value> {
    let (this, _, rest) = this_expr(interp, args)?;
    // A literal against a decorated column takes the decorator (`TypeDecorator.coerce_compared_value`):
    // `price + 1` binds `process_bind_param(1)`.
    let operand = crate::orm::type_decorator::operand_for(interp, &first(&rest), &this.expr.ty())?;
    let e = build::operate(&this.expr, op, operand, reverse);
    Ok(expr_value(interp, e))
}

fn like(interp: &mut Interp, args: Args, op: Op) -> PyResult<Value> {
    let (this, _, rest) = this_expr(interp, args)?;
    let mut other = first(&rest);
    let mut escape =
        kwarg(&rest, "escape").or_else(|| rest.positional.get(1).cloned()).and_then(|v| crate::orm::native::as_str(&v));
    // `startswith(..., autoescape=True)` (`_escaped_like_impl`): "/" escapes the value's own
    // wildcards (and itself), and is the ESCAPE character.
    let autoescape = match kwarg(&rest, "autoescape") {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    if autoescape
        && matches!(op, Op::StartsWith | Op::EndsWith | Op::Contains | Op::IStartsWith | Op::IEndsWith | Op::IContains)
    {
        let esc = escape.get_or_insert_with(|| "/".to_string()).clone();
        let Some(text) = crate::orm::native::as_str(&other) else {
            return Err(interp.type_error("String value expected when autoescape=True"));
        };
        let mut text = text;
        if esc != "%" && esc != "_" {
            text = text.replace(&esc, &format!("{esc}{esc}"));
        }
        text = text.replace('%', &format!("{esc}%")).replace('_', &format!("{esc}_"));
        other = Value::str(&text);
    }
    let operand = crate::orm::type_decorator::operand_for(interp, &other, &this.expr.ty())?;
    let e = py(interp, build::like(&this.expr, op, operand, escape))?;
    Ok(expr_value(interp, e))
}

fn in_(interp: &mut Interp, args: Args, op: Op) -> PyResult<Value> {
    let (this, _, rest) = this_expr(interp, args)?;
    let v = first(&rest);
    let operand = if let Some(s) = super::select_obj::select_stmt_of(&v) {
        InOperand::Select(s)
    } else if let Some(from) = super::from_obj::from_state(&v) {
        // `InElementImpl._implicit_coercions`: a subquery (or any FROM clause) is coerced into a
        // SELECT of all its columns (SQLAlchemy warns, then runs `subq.select()`).
        InOperand::Select(crate::sql::selectable::SelectStmt::Select(Rc::new(super::from_obj::select_all(&from))))
    } else if let Some(e) = super::convert::expr_of(interp, &v)? {
        InOperand::Expr(e)
    } else {
        let items = interp.collect(&v)?;
        let mut ops = Vec::new();
        let target = this.expr.ty();
        for item in &items {
            ops.push(crate::orm::type_decorator::operand_for(interp, item, &target)?);
        }
        InOperand::List(ops)
    };
    let e = py(interp, build::in_(&this.expr, op, operand))?;
    Ok(expr_value(interp, e))
}

fn modifier(interp: &mut Interp, args: Args, op: Op) -> PyResult<Value> {
    let (this, _, _) = this_expr(interp, args)?;
    Ok(expr_value(interp, build::unary_modifier(&this.expr, op)))
}

fn unary(interp: &mut Interp, args: Args, op: Op, keep_type: bool) -> PyResult<Value> {
    let (this, _, _) = this_expr(interp, args)?;
    let ty = if keep_type { this.expr.ty() } else { SqlType::null() };
    Ok(expr_value(interp, build::unary_operator(&this.expr, op, ty)))
}

/// `expr.op("~>", precedence=, is_comparison=, return_type=)`: a function applying the operator.
fn custom_op(interp: &mut Interp, args: Args, boolean: bool) -> PyResult<Value> {
    let (this, _, rest) = this_expr(interp, args)?;
    let opstring = arg(&rest, 0, "opstring").and_then(|v| crate::orm::native::as_str(&v)).unwrap_or_default();
    let precedence = match arg(&rest, 1, "precedence") {
        Some(Value::Int(n)) => n as i32,
        _ => 0,
    };
    let is_comparison = boolean || super::flag(interp, &rest, "is_comparison")?;
    let return_type = match kwarg(&rest, "return_type") {
        Some(v) => to_type(interp, &v)?,
        None => None,
    };
    let op = Op::Custom(Box::new(CustomOp {
        opstring,
        precedence,
        is_comparison,
        natural_self_precedent: false,
        eager_grouping: false,
    }));
    let expr = this.expr.clone();
    Ok(Interp::builtin("op", move |i, a| {
        let operand = to_operand(i, &first(&a))?;
        let e = build::custom_op(&expr, op.clone(), operand, false, return_type.clone());
        Ok(expr_value(i, e))
    }))
}

/// `expr[index]` on JSON and ARRAY expressions.
fn getitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _, rest) = this_expr(interp, args)?;
    let ty = this.expr.ty();
    let index = first(&rest);
    match ty.kind {
        TypeKind::Json => {
            let v = to_sql_value(interp, &index)?;
            let (op, idx_ty) = match &v {
                SqlValue::Tuple(_) | SqlValue::List(_) => (Op::JsonPathGetItem, SqlType::new(TypeKind::JsonPath)),
                _ => (Op::JsonGetItem, SqlType::new(TypeKind::JsonIndex)),
            };
            let bind = build::bind_for(&this.expr, &op, v, Some(idx_ty), false);
            Ok(expr_value(interp, build::binary(&this.expr, &bind, op, ty.clone(), None)))
        }
        TypeKind::Array => {
            let operand = to_operand(interp, &index)?;
            let right = match operand {
                Operand::Expr(e) => e,
                Operand::Value(v) => build::bind_for(&this.expr, &Op::GetItem, v, Some(SqlType::integer()), false),
            };
            let item = ty.item.as_deref().cloned().unwrap_or_else(SqlType::null);
            Ok(expr_value(interp, build::binary(&this.expr, &right, Op::GetItem, item, None)))
        }
        _ => Err(interp.error(ExcType::NotImplementedError, "Operator 'getitem' is not supported on this expression")),
    }
}

/// `bool(expr)`: only `==`/`!=` between two objects have a truth value (identity), as in SQLAlchemy.
fn expr_bool(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _, _) = this_expr(interp, args)?;
    if let Expr::Binary(b) = &*this.expr {
        let same = b.left.ungroup().identity() == b.right.ungroup().identity();
        match b.op {
            Op::Eq => return Ok(Value::Bool(same)),
            Op::Ne => return Ok(Value::Bool(!same)),
            _ => {}
        }
    }
    Err(interp.type_error("Boolean value of this clause is not defined"))
}

fn label(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _, rest) = this_expr(interp, args)?;
    let name = arg(&rest, 0, "name").and_then(|v| crate::orm::native::as_str(&v));
    Ok(expr_value(interp, build::label(&this.expr, name.as_deref(), None)))
}

fn between(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _, rest) = this_expr(interp, args)?;
    let target = this.expr.ty();
    let low = crate::orm::type_decorator::operand_for(interp, &arg(&rest, 0, "cleft").unwrap_or(Value::None), &target)?;
    let high =
        crate::orm::type_decorator::operand_for(interp, &arg(&rest, 1, "cright").unwrap_or(Value::None), &target)?;
    let symmetric = super::flag(interp, &rest, "symmetric")?;
    Ok(expr_value(interp, build::between(&this.expr, low, high, symmetric)))
}

fn is_(interp: &mut Interp, args: Args, op: Op) -> PyResult<Value> {
    let (this, _, rest) = this_expr(interp, args)?;
    let operand = to_operand(interp, &first(&rest))?;
    let e = py(interp, build::compare(&this.expr, op, operand, false))?;
    Ok(expr_value(interp, e))
}

fn any_all(interp: &mut Interp, args: Args, op: Op) -> PyResult<Value> {
    let (this, _, _) = this_expr(interp, args)?;
    let grouped = build::self_group(&this.expr, None);
    Ok(expr_value(interp, build::unary_operator(&grouped, op, SqlType::boolean())))
}

fn regexp_match(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _, rest) = this_expr(interp, args)?;
    let operand = to_operand(interp, &first(&rest))?;
    let right = match operand {
        Operand::Expr(e) => e,
        Operand::Value(v) => build::bind_for(&this.expr, &Op::Comma, v, None, false),
    };
    // `_regexp_match_impl` gives the BinaryExpression no type (NullType): its result is SQLite's 0/1.
    Ok(expr_value(
        interp,
        build::binary(&this.expr, &right, Op::RegexpMatch, SqlType::null(), Some(Op::NotRegexpMatch)),
    ))
}

fn regexp_replace(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _, rest) = this_expr(interp, args)?;
    let mut items = Vec::new();
    for v in [arg(&rest, 0, "pattern"), arg(&rest, 1, "replacement")].into_iter().flatten() {
        items.push(match to_operand(interp, &v)? {
            Operand::Expr(e) => e,
            Operand::Value(val) => build::bind_for(&this.expr, &Op::Comma, val, None, false),
        });
    }
    let list = build::clause_list(Op::Comma, SqlType::null(), items, false);
    Ok(expr_value(interp, build::binary(&this.expr, &list, Op::RegexpReplace, this.expr.ty(), None)))
}

/// `expr.cast(type)`.
fn cast_method(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _, rest) = this_expr(interp, args)?;
    let ty = to_type(interp, &first(&rest))?.unwrap_or_else(SqlType::null);
    Ok(expr_value(interp, build::cast(&this.expr, ty)))
}

fn collate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _, rest) = this_expr(interp, args)?;
    let name = crate::orm::native::as_str(&first(&rest)).unwrap_or_default();
    Ok(expr_value(interp, build::collate(&this.expr, &name)))
}

fn and_or(interp: &mut Interp, args: Args, op: Op, reverse: bool) -> PyResult<Value> {
    let (this, _, rest) = this_expr(interp, args)?;
    let other = to_expr(interp, &first(&rest))?;
    let clauses = if reverse { vec![other, this.expr.clone()] } else { vec![this.expr.clone(), other] };
    Ok(expr_value(interp, build::boolean_list(op, clauses)))
}

fn invert(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _, _) = this_expr(interp, args)?;
    Ok(expr_value(interp, build::negate(&this.expr)))
}

fn neg(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _, _) = this_expr(interp, args)?;
    let ty = this.expr.ty();
    Ok(expr_value(interp, build::unary_operator(&this.expr, Op::Neg, ty)))
}

fn hash(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _, _) = this_expr(interp, args)?;
    Ok(Value::Int((this.expr.identity() & 0x3fff_ffff_ffff_ffff) as i64))
}

fn pow(interp: &mut Interp, args: Args, reverse: bool) -> PyResult<Value> {
    let (this, _, rest) = this_expr(interp, args)?;
    let other = to_operand(interp, &first(&rest))?;
    let me = Operand::Expr(this.expr.clone());
    let args = if reverse { vec![other, me] } else { vec![me, other] };
    Ok(expr_value(interp, build::function("pow", Vec::new(), args, None)))
}

fn concat_method(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _, rest) = this_expr(interp, args)?;
    let operand = to_operand(interp, &first(&rest))?;
    let other = match operand {
        Operand::Expr(e) => e,
        Operand::Value(v) => build::bind_for(&this.expr, &Op::Concat, v, None, false),
    };
    let ty = this.expr.ty();
    Ok(expr_value(interp, build::binary(&this.expr, &other, Op::Concat, ty, None)))
}

fn no_attr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, value, rest) = this_expr(interp, args)?;
    let name = crate::orm::native::as_str(&first(&rest)).unwrap_or_default();
    if let Some(method) = super::json_ops::json_method(&this, &name) {
        return Ok(method);
    }
    let class = value.as_instance().map(|i| i.class.name.to_string()).unwrap_or_default();
    Err(interp.error(
        ExcType::AttributeError,
        format!("Neither '{class}' object nor 'Comparator' object has an attribute '{name}'"),
    ))
}

/// Turns `BindValue` into a requirement marker (helper for callers that build binds).
pub fn required() -> BindValue {
    BindValue::Required
}

/// Every operator method, shared by all expression classes.
pub const METHODS: &[(&str, Method)] = &[
    ("__eq__", |i, a| compare(i, a, Op::Eq)),
    ("__ne__", |i, a| compare(i, a, Op::Ne)),
    ("__lt__", |i, a| compare(i, a, Op::Lt)),
    ("__le__", |i, a| compare(i, a, Op::Le)),
    ("__gt__", |i, a| compare(i, a, Op::Gt)),
    ("__ge__", |i, a| compare(i, a, Op::Ge)),
    ("__add__", |i, a| operate(i, a, Op::Add, false)),
    ("__radd__", |i, a| operate(i, a, Op::Add, true)),
    ("__sub__", |i, a| operate(i, a, Op::Sub, false)),
    ("__rsub__", |i, a| operate(i, a, Op::Sub, true)),
    ("__mul__", |i, a| operate(i, a, Op::Mul, false)),
    ("__rmul__", |i, a| operate(i, a, Op::Mul, true)),
    ("__truediv__", |i, a| operate(i, a, Op::TrueDiv, false)),
    ("__rtruediv__", |i, a| operate(i, a, Op::TrueDiv, true)),
    ("__floordiv__", |i, a| operate(i, a, Op::FloorDiv, false)),
    ("__rfloordiv__", |i, a| operate(i, a, Op::FloorDiv, true)),
    ("__mod__", |i, a| operate(i, a, Op::Mod, false)),
    ("__rmod__", |i, a| operate(i, a, Op::Mod, true)),
    ("__pow__", |i, a| pow(i, a, false)),
    ("__rpow__", |i, a| pow(i, a, true)),
    ("__neg__", neg),
    ("__invert__", invert),
    ("__and__", |i, a| and_or(i, a, Op::And, false)),
    ("__rand__", |i, a| and_or(i, a, Op::And, true)),
    ("__or__", |i, a| and_or(i, a, Op::Or, false)),
    ("__ror__", |i, a| and_or(i, a, Op::Or, true)),
    ("__getitem__", getitem),
    ("__bool__", expr_bool),
    ("__hash__", hash),
    ("__getattr__", no_attr),
    ("__contains__", |i, _| {
        Err(i.error(ExcType::NotImplementedError, "Operator 'contains' is not supported on this expression"))
    }),
    ("like", |i, a| like(i, a, Op::Like)),
    ("ilike", |i, a| like(i, a, Op::ILike)),
    ("not_like", |i, a| like(i, a, Op::NotLike)),
    ("notlike", |i, a| like(i, a, Op::NotLike)),
    ("not_ilike", |i, a| like(i, a, Op::NotILike)),
    ("notilike", |i, a| like(i, a, Op::NotILike)),
    ("startswith", |i, a| like(i, a, Op::StartsWith)),
    ("endswith", |i, a| like(i, a, Op::EndsWith)),
    ("contains", |i, a| like(i, a, Op::Contains)),
    ("istartswith", |i, a| like(i, a, Op::IStartsWith)),
    ("iendswith", |i, a| like(i, a, Op::IEndsWith)),
    ("icontains", |i, a| like(i, a, Op::IContains)),
    ("match", |i, a| compare(i, a, Op::Match)),
    ("regexp_match", regexp_match),
    ("regexp_replace", regexp_replace),
    ("in_", |i, a| in_(i, a, Op::In)),
    ("not_in", |i, a| in_(i, a, Op::NotIn)),
    ("notin_", |i, a| in_(i, a, Op::NotIn)),
    ("is_", |i, a| is_(i, a, Op::Is)),
    ("is_not", |i, a| is_(i, a, Op::IsNot)),
    ("isnot", |i, a| is_(i, a, Op::IsNot)),
    ("is_distinct_from", |i, a| compare(i, a, Op::IsDistinctFrom)),
    ("is_not_distinct_from", |i, a| compare(i, a, Op::IsNotDistinctFrom)),
    ("isnot_distinct_from", |i, a| compare(i, a, Op::IsNotDistinctFrom)),
    ("between", between),
    ("desc", |i, a| modifier(i, a, Op::Desc)),
    ("asc", |i, a| modifier(i, a, Op::Asc)),
    ("nulls_first", |i, a| modifier(i, a, Op::NullsFirst)),
    ("nullsfirst", |i, a| modifier(i, a, Op::NullsFirst)),
    ("nulls_last", |i, a| modifier(i, a, Op::NullsLast)),
    ("nullslast", |i, a| modifier(i, a, Op::NullsLast)),
    ("distinct", |i, a| unary(i, a, Op::Distinct, true)),
    ("label", label),
    ("cast", cast_method),
    ("collate", collate),
    ("concat", concat_method),
    ("op", |i, a| custom_op(i, a, false)),
    ("bool_op", |i, a| custom_op(i, a, true)),
    ("bitwise_and", |i, a| operate(i, a, Op::BitwiseAnd, false)),
    ("bitwise_or", |i, a| operate(i, a, Op::BitwiseOr, false)),
    ("bitwise_xor", |i, a| operate(i, a, Op::BitwiseXor, false)),
    ("bitwise_lshift", |i, a| operate(i, a, Op::BitwiseLshift, false)),
    ("bitwise_rshift", |i, a| operate(i, a, Op::BitwiseRshift, false)),
    ("bitwise_not", |i, a| unary(i, a, Op::BitwiseNot, true)),
    ("any_", |i, a| any_all(i, a, Op::Any)),
    ("all_", |i, a| any_all(i, a, Op::All)),
];

/// Keeps these helpers linked for expression builders elsewhere.
#[allow(dead_code)]
fn _helpers(e: &ExprRef) -> Rc<Expr> {
    e.clone()
}
