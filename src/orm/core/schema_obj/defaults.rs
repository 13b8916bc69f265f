//! A column's default objects as SQLAlchemy exposes them (`table.c.x.default`, `.onupdate`,
//! `.server_default`): `ScalarElementColumnDefault(3)`, `CallableColumnDefault(<function f>)`,
//! `ColumnElementColumnDefault(<now()>)` and `DefaultClause('draft', for_update=False)`, with the
//! attributes people read (`arg`, `is_callable`, `is_scalar`, `is_clause_element`,
//! `is_server_default`, `for_update`, `column`).

use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::core::{Method, core_class, split_self};
use crate::orm::native::{state, wrap};
use crate::sql::elements::{Expr, ExprRef};
use crate::sql::schema::{ColumnDefault, ServerDefault};
use crate::sql::types::py_str_repr;
use std::rc::Rc;

/// One default of a column.
pub struct DefaultObj {
    kind: Kind,
    /// An `onupdate=` / `server_onupdate=` default.
    for_update: bool,
    column: ExprRef,
}

enum Kind {
    Column(ColumnDefault),
    Server(ServerDefault),
}

/// Which default of the column an attribute reads.
#[derive(Clone, Copy)]
pub enum Which {
    Default,
    OnUpdate,
    ServerDefault,
    ServerOnUpdate,
}

/// `column.default` & co: the default object, `None` when the column has none.
pub fn default_of(interp: &mut Interp, column: &ExprRef, which: Which) -> Value {
    let Expr::Column(c) = &**column else { return Value::None };
    let Some(schema) = &c.col.schema else { return Value::None };
    let (kind, for_update) = match which {
        Which::Default => (schema.default.clone().map(Kind::Column), false),
        Which::OnUpdate => (schema.onupdate.clone().map(Kind::Column), true),
        Which::ServerDefault => (schema.server_default.clone().map(Kind::Server), false),
        Which::ServerOnUpdate => (schema.server_onupdate.clone().map(Kind::Server), true),
    };
    let Some(kind) = kind else { return Value::None };
    let name = match &kind {
        Kind::Column(ColumnDefault::Scalar(_)) => "ScalarElementColumnDefault",
        Kind::Column(ColumnDefault::Callable { .. }) => "CallableColumnDefault",
        Kind::Column(ColumnDefault::Sql(_)) => "ColumnElementColumnDefault",
        Kind::Server(_) => "DefaultClause",
    };
    let class = core_class(interp, "sqlalchemy.sql.schema", name, METHODS, PROPERTIES);
    wrap(interp, &class, DefaultObj { kind, for_update, column: column.clone() })
}

fn this(interp: &Interp, args: Args) -> PyResult<Rc<DefaultObj>> {
    let (this, _) = split_self(args);
    state::<DefaultObj>(&this).ok_or_else(|| interp.type_error("a column default expected"))
}

/// The `arg`: the value, the function, the SQL expression, or the server default's string / clause.
fn arg(interp: &mut Interp, d: &DefaultObj) -> Value {
    match &d.kind {
        Kind::Column(ColumnDefault::Scalar(v)) => crate::orm::core::convert::from_sql_value(interp, v),
        Kind::Column(ColumnDefault::Callable { handle, .. }) => {
            handle.downcast_ref::<Value>().cloned().unwrap_or(Value::None)
        }
        Kind::Column(ColumnDefault::Sql(e)) | Kind::Server(ServerDefault::Sql(e)) => {
            crate::orm::core::expr_obj::expr_value(interp, e.clone())
        }
        Kind::Server(ServerDefault::Literal(s)) => Value::str(s),
    }
}

const METHODS: &[(&str, Method)] = &[("__repr__", |i, a| {
    let d = this(i, a)?;
    let value = arg(i, &d);
    let shown = match &value {
        Value::Str(s) => py_str_repr(s),
        other => i.repr(other)?,
    };
    Ok(Value::str(&match &d.kind {
        Kind::Column(ColumnDefault::Scalar(_)) => format!("ScalarElementColumnDefault({shown})"),
        Kind::Column(ColumnDefault::Callable { .. }) => format!("CallableColumnDefault({shown})"),
        Kind::Column(ColumnDefault::Sql(_)) => format!("ColumnElementColumnDefault({shown})"),
        Kind::Server(_) => {
            format!("DefaultClause({shown}, for_update={})", if d.for_update { "True" } else { "False" })
        }
    }))
})];

const PROPERTIES: &[(&str, Method)] = &[
    ("arg", |i, a| {
        let d = this(i, a)?;
        Ok(arg(i, &d))
    }),
    ("is_callable", |i, a| Ok(Value::Bool(matches!(this(i, a)?.kind, Kind::Column(ColumnDefault::Callable { .. }))))),
    ("is_scalar", |i, a| Ok(Value::Bool(matches!(this(i, a)?.kind, Kind::Column(ColumnDefault::Scalar(_)))))),
    ("is_clause_element", |i, a| Ok(Value::Bool(matches!(this(i, a)?.kind, Kind::Column(ColumnDefault::Sql(_)))))),
    ("is_server_default", |i, a| Ok(Value::Bool(matches!(this(i, a)?.kind, Kind::Server(_))))),
    ("is_sequence", |i, a| this(i, a).map(|_| Value::Bool(false))),
    ("has_arg", |i, a| this(i, a).map(|_| Value::Bool(true))),
    ("reflected", |i, a| this(i, a).map(|_| Value::Bool(false))),
    ("for_update", |i, a| Ok(Value::Bool(this(i, a)?.for_update))),
    ("column", |i, a| {
        let d = this(i, a)?;
        Ok(crate::orm::core::expr_obj::expr_value(i, d.column.clone()))
    }),
];
