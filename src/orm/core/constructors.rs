//! The module-level construct functions of `sqlalchemy` (`and_`, `or_`, `not_`, `cast`, `case`,
//! `literal`, `column`, `table`, `text`, `bindparam`, `tuple_`, `exists`, `union`, `values`, `join`,
//! ...): each coerces its arguments the way SQLAlchemy's `coercions` do and builds one tree node.

use super::convert::{py, to_expr, to_operand, to_sql_value, to_type};
use super::expr_obj::expr_value;
use super::from_obj::{from_of, from_value};
use super::{Method, arg, kwarg};
use crate::eval::value::{Module, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::native::as_str;
use crate::sql::elements::build::{self, Operand};
use crate::sql::elements::{BindValue, Expr, ExprRef};
use crate::sql::ops::Op;
use crate::sql::schema::Table;
use crate::sql::selectable::{CompoundKeyword, FromClause, FromKind};
use crate::sql::types::SqlType;
use std::rc::Rc;

fn all_exprs(interp: &mut Interp, args: &Args) -> PyResult<Vec<ExprRef>> {
    let mut out = Vec::new();
    for v in &args.positional {
        out.push(to_expr(interp, v)?);
    }
    Ok(out)
}

fn boolean(interp: &mut Interp, args: Args, op: Op) -> PyResult<Value> {
    let clauses = all_exprs(interp, &args)?;
    Ok(expr_value(interp, build::boolean_list(op, clauses)))
}

fn column_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let name = arg(&args, 0, "text").and_then(|v| as_str(&v)).unwrap_or_default();
    let ty = match arg(&args, 1, "type_") {
        Some(t) => to_type(interp, &t)?.unwrap_or_else(SqlType::null),
        None => SqlType::null(),
    };
    let is_literal = super::flag(interp, &args, "is_literal")?;
    let e = if is_literal { build::literal_column(&name, ty) } else { build::column(&name, ty) };
    Ok(expr_value(interp, e))
}

fn literal_column_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let name = arg(&args, 0, "text").and_then(|v| as_str(&v)).unwrap_or_default();
    let ty = match arg(&args, 1, "type_") {
        Some(t) => to_type(interp, &t)?.unwrap_or_else(SqlType::null),
        None => SqlType::null(),
    };
    Ok(expr_value(interp, build::literal_column(&name, ty)))
}

fn literal_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0, "value").unwrap_or(Value::None);
    let value = to_sql_value(interp, &v)?;
    let ty = match arg(&args, 1, "type_") {
        Some(t) => to_type(interp, &t)?,
        None => None,
    };
    let literal_execute = super::flag(interp, &args, "literal_execute")?;
    let e = build::literal(value, ty);
    if literal_execute && let Expr::Bind(b) = &*e {
        let mut b = b.clone();
        b.literal_execute = true;
        return Ok(expr_value(interp, build::rc(Expr::Bind(b))));
    }
    Ok(expr_value(interp, e))
}

fn bindparam_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let key = arg(&args, 0, "key").and_then(|v| as_str(&v));
    let value = match arg(&args, 1, "value") {
        Some(v) => BindValue::Value(to_sql_value(interp, &v)?),
        None => BindValue::Required,
    };
    let ty = match arg(&args, 2, "type_") {
        Some(t) => to_type(interp, &t)?,
        None => None,
    };
    let unique = super::flag(interp, &args, "unique")?;
    let expanding = super::flag(interp, &args, "expanding")?;
    let literal_execute = super::flag(interp, &args, "literal_execute")?;
    let e = build::bindparam(key.as_deref(), value, ty, unique, expanding);
    if literal_execute && let Expr::Bind(b) = &*e {
        let mut b = b.clone();
        b.literal_execute = true;
        return Ok(expr_value(interp, build::rc(Expr::Bind(b))));
    }
    Ok(expr_value(interp, e))
}

/// `extract(field, expr)` (also `func.extract(...)`): `EXTRACT(field FROM expr)`.
pub(super) fn extract_call(i: &mut Interp, a: Args) -> PyResult<Value> {
    let field = arg(&a, 0, "field").and_then(|v| as_str(&v)).unwrap_or_default();
    let e = to_expr(i, &arg(&a, 1, "expr").unwrap_or(Value::None))?;
    Ok(expr_value(i, build::rc(Expr::Extract { field, expr: e })))
}

pub(super) fn cast_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let e = to_expr(interp, &arg(&args, 0, "expression").unwrap_or(Value::None))?;
    let ty = to_type(interp, &arg(&args, 1, "type_").unwrap_or(Value::None))?.unwrap_or_else(SqlType::null);
    // A literal takes the CAST's type as its own.
    let e = match &*e {
        Expr::Bind(b) if b.key.is_anon() => {
            let mut b = b.clone();
            b.ty = ty.clone();
            build::rc(Expr::Bind(b))
        }
        _ => e,
    };
    Ok(expr_value(interp, build::cast(&e, ty)))
}

fn type_coerce_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let e = to_expr(interp, &arg(&args, 0, "expression").unwrap_or(Value::None))?;
    let ty = to_type(interp, &arg(&args, 1, "type_").unwrap_or(Value::None))?.unwrap_or_else(SqlType::null);
    Ok(expr_value(interp, build::type_coerce(&e, ty)))
}

/// `case((cond, value), ..., value=None, else_=None)`, also the dict form with `value=`.
fn case_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let value = match kwarg(&args, "value") {
        Some(Value::None) | None => None,
        Some(v) => Some(to_expr(interp, &v)?),
    };
    let mut whens = Vec::new();
    let mut items: Vec<Value> = args.positional.clone();
    // The 1.x list form `case([(cond, result)], else_=...)`: SQLAlchemy 2's coercion refuses it.
    if let [Value::List(_)] = items.as_slice() {
        return Err(crate::orm::orm(interp)?.error(
            interp,
            crate::orm::SaExc::ArgumentError,
            "The \"whens\" argument to case(), when referring to a sequence of items, is now passed as a series of positional elements, rather than as a list. ",
        ));
    }
    if let Some(w) = kwarg(&args, "whens") {
        items.push(w);
    }
    for item in items {
        match &item {
            Value::Dict(d) => {
                for (k, v) in d.borrow().items() {
                    let cond = match &value {
                        Some(_) => build::literal(to_sql_value(interp, &k)?, value.as_ref().map(|v| v.ty())),
                        None => to_expr(interp, &k)?,
                    };
                    whens.push((cond, result_expr(interp, &v)?));
                }
            }
            Value::List(_) => {
                for pair in interp.collect(&item)? {
                    let parts = interp.collect(&pair)?;
                    if let [c, r] = parts.as_slice() {
                        let cond = to_expr(interp, c)?;
                        whens.push((cond, result_expr(interp, r)?));
                    }
                }
            }
            other => {
                let parts = interp.collect(other)?;
                if let [c, r] = parts.as_slice() {
                    let cond = match (&value, to_operand(interp, c)?) {
                        (Some(v), Operand::Value(val)) => build::bind_for(v, &Op::Eq, val, None, false),
                        (_, Operand::Expr(e)) => e,
                        (None, Operand::Value(val)) => build::literal(val, None),
                    };
                    whens.push((cond, result_expr(interp, r)?));
                }
            }
        }
    }
    let else_ = match kwarg(&args, "else_") {
        Some(Value::None) | None => None,
        Some(v) => Some(result_expr(interp, &v)?),
    };
    Ok(expr_value(interp, build::case(value, whens, else_)))
}

/// A CASE result: literals are bound parameters (`:param_1`).
fn result_expr(interp: &mut Interp, v: &Value) -> PyResult<ExprRef> {
    to_expr(interp, v)
}

fn tuple_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let clauses = all_exprs(interp, &args)?;
    let mut ty = SqlType::new(crate::sql::types::TypeKind::Tuple);
    ty.items = clauses.iter().map(|c| c.ty()).collect();
    Ok(expr_value(interp, build::rc(Expr::Tuple { clauses, ty })))
}

fn ordered(interp: &mut Interp, args: Args, op: Op) -> PyResult<Value> {
    let v = crate::orm::core::first(&args);
    let e = match &v {
        Value::Str(s) => build::rc(Expr::TextualLabelReference(s.to_string())),
        other => to_expr(interp, other)?,
    };
    Ok(expr_value(interp, build::unary_modifier(&e, op)))
}

fn table_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let name = arg(&args, 0, "name").and_then(|v| as_str(&v)).unwrap_or_default();
    let schema = kwarg(&args, "schema").and_then(|v| as_str(&v));
    let from = FromClause::new(FromKind::Table(Table::new(&name, schema, true)));
    for v in args.positional.iter().skip(1) {
        if let Some(e) = super::convert::expr_of(interp, v)?
            && let Expr::Column(c) = &*e
        {
            crate::sql::schema::attach_column(&from, Rc::new((*c.col).clone()));
        }
    }
    Ok(from_value(interp, from))
}

fn exists_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if let Some(s) = args.positional.first().and_then(super::select_obj::select_stmt_of) {
        return Ok(expr_value(interp, build::exists(s)));
    }
    let mut s = crate::sql::selectable::Select::new(Vec::new());
    for v in &args.positional {
        super::select_obj::columns_arg(interp, v, &mut s)?;
    }
    if s.columns.is_empty() {
        s.columns.push(build::literal_column("*", SqlType::null()));
    }
    Ok(expr_value(interp, build::exists(crate::sql::selectable::SelectStmt::Select(Rc::new(s)))))
}

fn set_op(interp: &mut Interp, args: Args, keyword: CompoundKeyword) -> PyResult<Value> {
    let mut selects = Vec::new();
    for v in &args.positional {
        selects.push(
            super::select_obj::select_stmt_of(v)
                .ok_or_else(|| interp.type_error("set operations take SELECT statements"))?,
        );
    }
    Ok(super::select_obj::compound_value(interp, keyword, selects))
}

fn join_call(interp: &mut Interp, args: Args, outer: bool) -> PyResult<Value> {
    let l = from_of(interp, &arg(&args, 0, "left").unwrap_or(Value::None))?
        .ok_or_else(|| interp.type_error("join() needs FROM elements"))?;
    let r = from_of(interp, &arg(&args, 1, "right").unwrap_or(Value::None))?
        .ok_or_else(|| interp.type_error("join() needs FROM elements"))?;
    let on = match arg(&args, 2, "onclause") {
        Some(Value::None) | None => None,
        Some(v) => Some(to_expr(interp, &v)?),
    };
    let isouter = outer || super::flag(interp, &args, "isouter")?;
    let full = super::flag(interp, &args, "full")?;
    let j = py(interp, crate::sql::selectable::joins::join(&l, &r, on, isouter, full))?;
    Ok(from_value(interp, j))
}

pub fn install(m: &Module) {
    let set = |m: &Module, name: &str, f: Method| m.set(name, Interp::builtin(name, f));
    set(m, "and_", |i, a| boolean(i, a, Op::And));
    set(m, "or_", |i, a| boolean(i, a, Op::Or));
    set(m, "not_", |i, a| {
        let e = to_expr(i, &crate::orm::core::first(&a))?;
        Ok(expr_value(i, build::negate(&e)))
    });
    set(m, "text", crate::orm::engine::text::text);
    set(m, "column", column_call);
    set(m, "literal_column", literal_column_call);
    set(m, "literal", literal_call);
    set(m, "bindparam", bindparam_call);
    set(m, "cast", cast_call);
    set(m, "type_coerce", type_coerce_call);
    set(m, "case", case_call);
    set(m, "tuple_", tuple_call);
    set(m, "null", |i, _| Ok(expr_value(i, build::rc(Expr::Null))));
    set(m, "true", |i, _| Ok(expr_value(i, build::rc(Expr::True))));
    set(m, "false", |i, _| Ok(expr_value(i, build::rc(Expr::False))));
    set(m, "desc", |i, a| ordered(i, a, Op::Desc));
    set(m, "asc", |i, a| ordered(i, a, Op::Asc));
    set(m, "nulls_first", |i, a| ordered(i, a, Op::NullsFirst));
    set(m, "nulls_last", |i, a| ordered(i, a, Op::NullsLast));
    set(m, "nullsfirst", |i, a| ordered(i, a, Op::NullsFirst));
    set(m, "nullslast", |i, a| ordered(i, a, Op::NullsLast));
    set(m, "distinct", |i, a| {
        let e = to_expr(i, &crate::orm::core::first(&a))?;
        let ty = e.ty();
        Ok(expr_value(i, build::unary_operator(&e, Op::Distinct, ty)))
    });
    set(m, "bitwise_not", |i, a| {
        let e = to_expr(i, &crate::orm::core::first(&a))?;
        let ty = e.ty();
        Ok(expr_value(i, build::unary_operator(&e, Op::BitwiseNot, ty)))
    });
    set(m, "label", |i, a| {
        let name = arg(&a, 0, "name").and_then(|v| as_str(&v));
        let e = to_expr(i, &arg(&a, 1, "element").unwrap_or(Value::None))?;
        Ok(expr_value(i, build::label(&e, name.as_deref(), None)))
    });
    set(m, "collate", |i, a| {
        let e = to_expr(i, &crate::orm::core::first(&a))?;
        let c = a.positional.get(1).and_then(as_str).unwrap_or_default();
        Ok(expr_value(i, build::collate(&e, &c)))
    });
    set(m, "between", |i, a| {
        let e = to_expr(i, &crate::orm::core::first(&a))?;
        let lo = to_operand(i, &a.positional.get(1).cloned().unwrap_or(Value::None))?;
        let hi = to_operand(i, &a.positional.get(2).cloned().unwrap_or(Value::None))?;
        Ok(expr_value(i, build::between(&e, lo, hi, false)))
    });
    set(m, "over", |i, a| {
        let e = to_expr(i, &crate::orm::core::first(&a))?;
        super::functions::over_of(i, e, &a)
    });
    set(m, "extract", extract_call);
    set(m, "exists", exists_call);
    set(m, "union", |i, a| set_op(i, a, CompoundKeyword::Union));
    set(m, "union_all", |i, a| set_op(i, a, CompoundKeyword::UnionAll));
    set(m, "intersect", |i, a| set_op(i, a, CompoundKeyword::Intersect));
    set(m, "intersect_all", |i, a| set_op(i, a, CompoundKeyword::IntersectAll));
    set(m, "except_", |i, a| set_op(i, a, CompoundKeyword::Except));
    set(m, "except_all", |i, a| set_op(i, a, CompoundKeyword::ExceptAll));
    set(m, "table", table_call);
    set(m, "values", super::values_obj::values_call);
    set(m, "Values", super::values_obj::values_call);
    set(m, "join", |i, a| join_call(i, a, false));
    set(m, "outerjoin", |i, a| join_call(i, a, true));
    set(m, "any_", |i, a| {
        let e = to_expr(i, &crate::orm::core::first(&a))?;
        Ok(expr_value(i, build::unary_operator(&build::self_group(&e, None), Op::Any, SqlType::boolean())))
    });
    set(m, "all_", |i, a| {
        let e = to_expr(i, &crate::orm::core::first(&a))?;
        Ok(expr_value(i, build::unary_operator(&build::self_group(&e, None), Op::All, SqlType::boolean())))
    });
    set(m, "lateral", |i, a| {
        let s = a
            .positional
            .first()
            .and_then(super::select_obj::select_stmt_of)
            .ok_or_else(|| i.type_error("lateral() takes a SELECT"))?;
        let name = arg(&a, 1, "name").and_then(|v| as_str(&v));
        Ok(from_value(
            i,
            FromClause::named_or_anon(name.as_deref(), "anon", |name| FromKind::Subquery {
                element: s,
                name,
                lateral: true,
            }),
        ))
    });
    set(m, "alias", |i, a| {
        let f =
            from_of(i, &crate::orm::core::first(&a))?.ok_or_else(|| i.type_error("alias() takes a FROM element"))?;
        let name = arg(&a, 1, "name").and_then(|v| as_str(&v));
        Ok(from_value(i, super::from_obj::alias_of(&f, name.as_deref())))
    });
}
