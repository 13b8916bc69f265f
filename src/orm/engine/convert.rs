//! Values from Python to SQLite at the driver boundary: what pysqlite binds for a Python value (after
//! the column type's bind processor, when the type is known). The way back is [`super::processors`].

use crate::db::{Cell, DbError, DbErrorKind};
use crate::eval::value::Value;
use crate::orm::schema::SqlType;

/// A Python value as pysqlite binds it, for parameter number `position` (1-based, for the message).
/// `ty` is the SQLAlchemy type of the bind when known (a `Compiled` statement's processors ran already).
pub fn bind_value(value: &Value, ty: Option<&SqlType>, position: usize) -> Result<Cell, DbError> {
    // pysqlite binds an instance of a subclass of int, float or str (an `IntEnum` member, a
    // `(str, Enum)` member) as its builtin value.
    if let Value::Instance(inst) = value
        && !matches!(ty, Some(SqlType::Enum(_)))
        && let Some(base @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Str(_))) =
            crate::eval::subclass::instance_payload(inst)
    {
        return bind_value(&base, ty, position);
    }
    // A JSON-typed bind: the type's bind processor (`json.dumps`) makes the value text first.
    if let Some(ty @ SqlType::Json(_)) = ty {
        return Ok(crate::orm::state::to_cell(value, ty));
    }
    let supported = matches!(value, Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_))
        || crate::eval::modules::datetime::to_sql_text(value).is_some();
    if let Value::BigInt(_) = value {
        return Err(DbError::new(DbErrorKind::Other, "Python int too large to convert to SQLite INTEGER"));
    }
    if !supported {
        return Err(DbError::new(
            DbErrorKind::UnsupportedType,
            format!("Error binding parameter {position}: type '{}' is not supported", value.type_name()),
        ));
    }
    Ok(match ty {
        Some(ty) => crate::orm::state::to_cell(value, ty),
        // pysqlite's default adapters: a datetime as `YYYY-MM-DD HH:MM:SS[.ffffff]`, a date as ISO.
        None => match value {
            Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_) => {
                crate::orm::state::to_cell(value, &SqlType::Text)
            }
            other => Cell::Text(crate::eval::modules::datetime::to_pysqlite_text(other).unwrap_or_default()),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pysqlite_binds_plain_values_and_refuses_others() {
        assert_eq!(bind_value(&Value::Bool(true), None, 1), Ok(Cell::Integer(1)));
        assert_eq!(bind_value(&Value::str("x"), None, 1), Ok(Cell::Text("x".into())));
        let err = bind_value(&Value::list(vec![]), None, 2).expect_err("a list is not a parameter");
        assert_eq!(err.message, "Error binding parameter 2: type 'list' is not supported");
    }
}
