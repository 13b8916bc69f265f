//! The `JSON` type's comparator methods: `col["key"].as_string()`, `.as_integer()`, `.as_float()`,
//! `.as_boolean()`, `.as_numeric(precision, scale)` and `.as_json()` (`JSON.Comparator._binary_w_type`
//! in `sqlalchemy/sql/sqltypes.py`). Each gives the same index expression with another type; SQLite's
//! compiler then CASTs the extracted value to it. On anything but a JSON index expression they raise
//! SQLAlchemy's `InvalidRequestError`.

use super::expr_obj::{ExprObj, expr_value};
use super::{arg, kwarg};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::sql::elements::{Binary, Expr};
use crate::sql::ops::Op;
use crate::sql::types::{Affinity, SqlType, TypeKind};
use std::rc::Rc;

/// The JSON comparator method `name` of `this`, bound, when `this` is a JSON expression.
pub fn json_method(this: &Rc<ExprObj>, name: &str) -> Option<Value> {
    if this.expr.ty().affinity() != Affinity::Json {
        return None;
    }
    let name: &'static str = match name {
        "as_string" => "as_string",
        "as_integer" => "as_integer",
        "as_float" => "as_float",
        "as_boolean" => "as_boolean",
        "as_numeric" => "as_numeric",
        "as_json" => "as_json",
        _ => return None,
    };
    let this = this.clone();
    Some(Interp::builtin(name, move |i, a| as_type(i, &this, name, a)))
}

fn as_type(interp: &mut Interp, this: &ExprObj, name: &str, args: Args) -> PyResult<Value> {
    let Expr::Binary(b) = &*this.expr else { return Err(not_an_index(interp, name)) };
    if !matches!(b.op, Op::JsonGetItem | Op::JsonPathGetItem) {
        return Err(not_an_index(interp, name));
    }
    let ty = match name {
        "as_string" => SqlType::new(TypeKind::Unicode),
        "as_integer" => SqlType::integer(),
        "as_float" => SqlType::new(TypeKind::Float),
        "as_boolean" => SqlType::boolean(),
        "as_numeric" => {
            let int = |v: Option<Value>| match v {
                Some(Value::Int(n)) => Some(n),
                _ => None,
            };
            let mut t = SqlType::numeric();
            t.precision = int(arg(&args, 0, "precision"));
            t.scale = int(arg(&args, 1, "scale"));
            if let Some(v) = kwarg(&args, "asdecimal").or_else(|| args.positional.get(2).cloned()) {
                t.asdecimal = Some(interp.truthy(&v)?);
            }
            t
        }
        _ => return Ok(expr_value(interp, this.expr.clone())),
    };
    let typed = Binary { ty, ..b.clone() };
    Ok(expr_value(interp, Rc::new(Expr::Binary(typed))))
}

fn not_an_index(interp: &Interp, name: &str) -> Box<crate::eval::Exc> {
    let msg =
        format!("The JSON cast operator JSON.{name}() only works with a JSON index expression e.g. col['q'].{name}()");
    match crate::orm::orm(interp) {
        Ok(orm) => orm.error(interp, crate::orm::SaExc::InvalidRequestError, msg),
        Err(e) => e,
    }
}
