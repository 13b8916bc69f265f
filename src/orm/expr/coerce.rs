//! Python values as ORM expressions: a mapped attribute, a Core element, a class-body `Column`, or a
//! literal bound with the type of the column it is compared with (`User.age > 3`, `TypeDecorator`
//! columns binding through `process_bind_param`).

use super::{ExprObj, SqlExpr};
use crate::db::Cell;
use crate::eval::value::Value;
use crate::eval::{Interp, PyResult};
use crate::orm::SaExc;
use crate::orm::native::state;
use crate::orm::schema::SqlType;
use crate::orm::state::to_cell;

/// An ORDER BY / GROUP BY item: a string names a label (`order_by("total")`), anything else is an
/// expression.
pub fn to_order_expr(interp: &mut Interp, v: &Value) -> PyResult<SqlExpr> {
    match v {
        Value::Str(name) => Ok(SqlExpr::LabelRef(name.to_string())),
        other => to_expr(interp, other, None),
    }
}

/// A Python value as an expression (literals converted to `ty` when known).
pub fn to_expr(interp: &mut Interp, v: &Value, ty: Option<&SqlType>) -> PyResult<SqlExpr> {
    if let Some(e) = state::<ExprObj>(v) {
        return Ok(e.expr.clone());
    }
    if let Some(e) = state::<crate::orm::core::expr_obj::ExprObj>(v) {
        return Ok(crate::orm::core::bridge::to_legacy(&e.expr).unwrap_or_else(|| SqlExpr::Core(e.expr.clone())));
    }
    if let Some(inner) = crate::orm::core::convert::clause_element(interp, v)? {
        return to_expr(interp, &inner, ty);
    }
    if let Some(spec) = state::<crate::orm::schema::ColumnSpec>(v) {
        // A Column object from a class body (`primaryjoin=id == assoc.c.left_id`): its table is known
        // once the class is mapped; before that only relationship configuration looks at it.
        let (table, column) =
            spec.bound.borrow().clone().unwrap_or_else(|| (String::new(), spec.name.clone().unwrap_or_default()));
        return Ok(SqlExpr::column(&table, &column, spec.ty.clone().unwrap_or(SqlType::Integer)));
    }
    // A value compared with a `TypeDecorator` column binds through its `process_bind_param`.
    if let Some(SqlType::Decorated(d)) = ty
        && !matches!(v, Value::None)
    {
        let processed = crate::orm::type_decorator::process_bind(interp, v, &d.core)?;
        return to_expr(interp, &processed, Some(&d.inner));
    }
    match v {
        Value::None => Ok(SqlExpr::Literal(Cell::Null)),
        Value::Bytes(_) | Value::ByteArray(_) => Ok(SqlExpr::Literal(to_cell(v, ty.unwrap_or(&SqlType::LargeBinary)))),
        Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::BigInt(_) => {
            let ty = ty.cloned().unwrap_or(match v {
                Value::Bool(_) => SqlType::Boolean,
                Value::Int(_) | Value::BigInt(_) => SqlType::Integer,
                Value::Float(_) => SqlType::Float,
                _ => SqlType::Text,
            });
            Ok(SqlExpr::Literal(to_cell(v, &ty)))
        }
        Value::Instance(inst)
            if let Some(cell) =
                crate::orm::state::library_value_cell(inst, ty.unwrap_or(&SqlType::Enum(Default::default()))) =>
        {
            Ok(SqlExpr::Literal(cell))
        }
        // A `timedelta` binds as an `Interval` (its natural type).
        other
            if matches!(
                crate::eval::modules::datetime::dt_of(other),
                Some(crate::eval::modules::datetime::Dt::Delta(_))
            ) =>
        {
            Ok(SqlExpr::Literal(to_cell(other, ty.unwrap_or(&SqlType::Interval))))
        }
        other if crate::eval::modules::datetime::to_sql_text(other).is_some() => {
            Ok(SqlExpr::Literal(to_cell(other, ty.unwrap_or(&SqlType::DateTime))))
        }
        // An `IntEnum` / `(str, Enum)` member outside an `Enum` column binds as its int or str.
        Value::Instance(inst)
            if let Some(base @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Str(_))) =
                crate::eval::subclass::instance_payload(inst) =>
        {
            let ty = ty.cloned().unwrap_or(match base {
                Value::Int(_) | Value::BigInt(_) => SqlType::Integer,
                Value::Float(_) => SqlType::Float,
                _ => SqlType::Text,
            });
            Ok(SqlExpr::Literal(to_cell(&base, &ty)))
        }
        other => {
            let shown = interp.repr(other).unwrap_or_default();
            Err(crate::orm::orm(interp)?.error(
                interp,
                SaExc::ArgumentError,
                format!("SQL expression element expected, got {shown}"),
            ))
        }
    }
}
