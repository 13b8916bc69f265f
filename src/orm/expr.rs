//! SQL expressions built from Python operators on mapped attributes: `User.name == "x"`,
//! `Bed.daily_rate > 100`, `Bed.code.like("ICU%")`, `or_(...)`, `func.count(...)`, `Score.points.desc()`,
//! relationship comparisons (`Bed.hospital == city`, `Parent.children.any(...)`), compiled to SQLite SQL
//! with `?n` parameters.

use super::declarative::mapped;
use super::native::{native_class, receiver, state, wrap};
use super::schema::SqlType;
use super::state::to_cell;
use crate::db::Cell;
use crate::eval::value::{Class, Value};
use crate::eval::{Args, Interp, PyResult};
use std::rc::Rc;

mod coerce;
mod core_route;
mod relations;
mod sql_expr;

pub use coerce::{to_expr, to_order_expr};
use core_route::{as_core, bool_as_core, expr_value_of_receiver, with_core};
pub use relations::{RelAttr, RelInfo, Within, rel_info, relationship_value};
pub use sql_expr::{SqlExpr, quote};

/// A SQL expression as a Python object; `attribute` is set for `User.name` (mapped class and key).
pub struct ExprObj {
    pub expr: SqlExpr,
    pub attribute: Option<(Rc<Class>, String)>,
}

type Method = super::native::Method;

const METHODS: &[(&str, Method)] = &[
    ("__eq__", |i, a| bool_as_core(i, a, "__eq__", |i, a| compare(i, a, "="))),
    ("__ne__", |i, a| bool_as_core(i, a, "__ne__", |i, a| compare(i, a, "!="))),
    ("__lt__", |i, a| with_core(i, a, "__lt__", |i, a| compare(i, a, "<"))),
    ("__le__", |i, a| with_core(i, a, "__le__", |i, a| compare(i, a, "<="))),
    ("__gt__", |i, a| with_core(i, a, "__gt__", |i, a| compare(i, a, ">"))),
    ("__ge__", |i, a| with_core(i, a, "__ge__", |i, a| compare(i, a, ">="))),
    ("__add__", |i, a| with_core(i, a, "__add__", |i, a| compare(i, a, "+"))),
    ("__sub__", |i, a| with_core(i, a, "__sub__", |i, a| compare(i, a, "-"))),
    ("__mul__", |i, a| with_core(i, a, "__mul__", |i, a| compare(i, a, "*"))),
    ("__truediv__", |i, a| with_core(i, a, "__truediv__", |i, a| compare(i, a, "/"))),
    // `//` is Core's floor division once on the statement tree (`/` between integers in SQLite).
    ("__floordiv__", |i, a| with_core(i, a, "__floordiv__", |i, a| compare(i, a, "//"))),
    ("__mod__", |i, a| with_core(i, a, "__mod__", |i, a| compare(i, a, "%"))),
    ("__radd__", |i, a| with_core(i, a, "__radd__", |i, a| reflected(i, a, "+"))),
    ("__rsub__", |i, a| with_core(i, a, "__rsub__", |i, a| reflected(i, a, "-"))),
    ("__rmul__", |i, a| with_core(i, a, "__rmul__", |i, a| reflected(i, a, "*"))),
    ("__rtruediv__", |i, a| with_core(i, a, "__rtruediv__", |i, a| reflected(i, a, "/"))),
    ("__neg__", |i, a| {
        as_core(i, a, "__neg__", |i, a| {
            let (this, _, _) = receiver::<ExprObj>(i, a, "ColumnElement")?;
            let e = SqlExpr::Binary {
                op: "-",
                left: Box::new(SqlExpr::Literal(Cell::Integer(0))),
                right: Box::new(this.expr.clone()),
            };
            Ok(expr_value(i, e, None))
        })
    }),
    ("__and__", |i, a| {
        with_core(i, a, "__and__", |i, a| {
            let (this, _, rest) = receiver::<ExprObj>(i, a, "ColumnElement")?;
            let other = to_expr(i, rest.positional.first().unwrap_or(&Value::None), None)?;
            Ok(expr_value(i, SqlExpr::And(vec![this.expr.clone(), other]), None))
        })
    }),
    ("__or__", |i, a| {
        with_core(i, a, "__or__", |i, a| {
            let (this, _, rest) = receiver::<ExprObj>(i, a, "ColumnElement")?;
            let other = to_expr(i, rest.positional.first().unwrap_or(&Value::None), None)?;
            Ok(expr_value(i, SqlExpr::Or(vec![this.expr.clone(), other]), None))
        })
    }),
    ("__invert__", |i, a| {
        let (this, _, _) = receiver::<ExprObj>(i, a, "ColumnElement")?;
        Ok(expr_value(i, negate(this.expr.clone()), None))
    }),
    ("__hash__", |i, a| {
        let (_, this, _) = receiver::<ExprObj>(i, a, "ColumnElement")?;
        Ok(Value::Int(this.as_instance().map_or(0, |x| x.id as i64)))
    }),
    ("__bool__", |i, _| Err(i.type_error("Boolean value of this clause is not defined"))),
    // Indexing (JSON, ARRAY) and the rarer arithmetic are Core's.
    ("__getitem__", |i, a| as_core(i, a, "__getitem__", expr_value_of_receiver)),
    ("__pow__", |i, a| as_core(i, a, "__pow__", expr_value_of_receiver)),
    ("__rpow__", |i, a| as_core(i, a, "__rpow__", expr_value_of_receiver)),
    ("__rfloordiv__", |i, a| as_core(i, a, "__rfloordiv__", expr_value_of_receiver)),
    ("__rmod__", |i, a| as_core(i, a, "__rmod__", expr_value_of_receiver)),
    ("__repr__", repr),
    ("__str__", str_),
    // Everything else a column expression has (`over()`, `nulls_last()`, `cast()`, `op()`, ...) is
    // Core's, on the same expression.
    ("__getattr__", |i, a| {
        let this = a.positional.first().cloned().unwrap_or(Value::None);
        let name = a.positional.get(1).and_then(super::native::as_str).unwrap_or_default();
        // A mapped attribute's `key` is its attribute name (`name` for `name = Column("full_name")`).
        if name == "key"
            && let Some((_, key)) = state::<ExprObj>(&this).and_then(|e| e.attribute.clone())
        {
            return Ok(Value::str(&key));
        }
        match super::core::bridge::legacy_expr(i, &this)? {
            Some(core) if !name.starts_with("__") => {
                let core = super::core::expr_obj::expr_value(i, core);
                i.get_attr(&core, &name)
            }
            _ => Err(i.error(
                crate::eval::ExcType::AttributeError,
                format!("'ColumnElement' object has no attribute '{name}'"),
            )),
        }
    }),
    ("like", |i, a| with_core(i, a, "like", |i, a| like(i, a, false, false))),
    ("ilike", |i, a| with_core(i, a, "ilike", |i, a| like(i, a, true, false))),
    ("not_like", |i, a| with_core(i, a, "not_like", |i, a| like(i, a, false, true))),
    ("notlike", |i, a| with_core(i, a, "notlike", |i, a| like(i, a, false, true))),
    ("startswith", |i, a| as_core(i, a, "startswith", |i, a| affix(i, a, "{}%"))),
    ("endswith", |i, a| as_core(i, a, "endswith", |i, a| affix(i, a, "%{}"))),
    ("contains", |i, a| as_core(i, a, "contains", |i, a| affix(i, a, "%{}%"))),
    ("in_", |i, a| with_core(i, a, "in_", |i, a| in_(i, a, false))),
    ("not_in", |i, a| with_core(i, a, "not_in", |i, a| in_(i, a, true))),
    ("notin_", |i, a| with_core(i, a, "notin_", |i, a| in_(i, a, true))),
    ("is_", |i, a| with_core(i, a, "is_", |i, a| is_(i, a, false))),
    ("is_not", |i, a| with_core(i, a, "is_not", |i, a| is_(i, a, true))),
    ("isnot", |i, a| with_core(i, a, "isnot", |i, a| is_(i, a, true))),
    ("desc", |i, a| ordered(i, a, true)),
    ("asc", |i, a| ordered(i, a, false)),
    ("distinct", |i, a| {
        let (this, _, _) = receiver::<ExprObj>(i, a, "ColumnElement")?;
        Ok(expr_value(i, SqlExpr::Func { name: "distinct".into(), args: vec![this.expr.clone()] }, None))
    }),
    ("label", |i, a| {
        // `label(None)` is an anonymous label: Core's.
        if matches!(a.positional.get(1), None | Some(Value::None)) {
            return as_core(i, a, "label", expr_value_of_receiver);
        }
        // A named label is Core's too wherever the expression has a Core form: the label object is
        // then one node, so `select(x, lbl).order_by(lbl.desc())` can name it (`ORDER BY dbl DESC`)
        // — the compiler knows a label by identity.
        as_core(i, a, "label", |i, a| {
            let (this, _, rest) = receiver::<ExprObj>(i, a, "ColumnElement")?;
            let name = rest.positional.first().and_then(super::native::as_str).unwrap_or_else(|| "anon".into());
            Ok(expr_value(i, SqlExpr::Label { expr: Box::new(this.expr.clone()), name }, None))
        })
    }),
    ("between", |i, a| {
        as_core(i, a, "between", |i, a| {
            let (this, _, rest) = receiver::<ExprObj>(i, a, "ColumnElement")?;
            let ty = this.expr.ty();
            let low = to_expr(i, rest.positional.first().unwrap_or(&Value::None), ty.as_ref())?;
            let high = to_expr(i, rest.positional.get(1).unwrap_or(&Value::None), ty.as_ref())?;
            let e = this.expr.clone();
            let both = SqlExpr::And(vec![
                SqlExpr::Binary { op: ">=", left: Box::new(e.clone()), right: Box::new(low) },
                SqlExpr::Binary { op: "<=", left: Box::new(e), right: Box::new(high) },
            ]);
            Ok(expr_value(i, both, None))
        })
    }),
];

/// A Core expression in this module's numbered-parameter text: SQLite's rendering, its `?`
/// placeholders renumbered after the parameters already pushed.
fn compile_core(e: &crate::sql::elements::ExprRef, params: &mut Vec<Cell>) -> String {
    use crate::sql::compiler::{CompileOptions, Compiler, Dialect, ParamSet};
    let compiled = Compiler::compile_expr(Dialect::Sqlite, CompileOptions::default(), e)
        .and_then(|c| c.execution(&ParamSet::new()));
    let Ok((text, cells)) = compiled else { return "NULL".into() };
    let mut out = String::with_capacity(text.len());
    let mut cells = cells.into_iter();
    for ch in text.chars() {
        match (ch == '?').then(|| cells.next()).flatten() {
            Some(cell) => {
                params.push(cell);
                out.push_str(&format!("?{}", params.len()));
            }
            None => out.push(ch),
        }
    }
    out
}

/// Wraps an expression as a Python object.
pub fn expr_value(interp: &mut Interp, expr: SqlExpr, attribute: Option<(Rc<Class>, String)>) -> Value {
    // `type(User.age + 1).__name__` is SQLAlchemy's class for the construct where it is plain.
    let mut class = match expr {
        SqlExpr::Binary { .. } | SqlExpr::IsNull { .. } | SqlExpr::In { .. } | SqlExpr::Like { .. } => {
            native_class(interp, "BinaryExpression", "sqlalchemy.sql.elements", METHODS)
        }
        SqlExpr::And(_) | SqlExpr::Or(_) => {
            native_class(interp, "BooleanClauseList", "sqlalchemy.sql.elements", METHODS)
        }
        SqlExpr::Label { .. } => native_class(interp, "Label", "sqlalchemy.sql.elements", METHODS),
        _ => native_class(interp, "ColumnElement", "sqlalchemy.sql", METHODS),
    };
    if attribute.is_some() {
        class = super::native::instrumented_class(interp, "column", class);
        // `User.name.property`: the attribute's `ColumnProperty`, as `inspect(User).attrs` has it
        // (`.columns[0].name` is the table column's name where `Column("full_name", ...)` renames it).
        super::native::native_property(&class, "property", |i, a| {
            let (this, _, _) = receiver::<ExprObj>(i, a, "InstrumentedAttribute")?;
            let Some((owner, key)) = this.attribute.clone() else {
                return Err(i.error(crate::eval::ExcType::AttributeError, "this expression is not a mapped attribute"));
            };
            let mapper = crate::orm::inspection::inspect_call(i, Args::positional(vec![Value::Class(owner)]))?;
            let attrs = i.get_attr(&mapper, "attrs")?;
            i.get_item(&attrs, &Value::str(&key))
        });
    }
    wrap(interp, &class, ExprObj { expr, attribute })
}

fn negate(e: SqlExpr) -> SqlExpr {
    match e {
        SqlExpr::IsNull { expr, negate } => SqlExpr::IsNull { expr, negate: !negate },
        SqlExpr::In { expr, items, negate } => SqlExpr::In { expr, items, negate: !negate },
        SqlExpr::Like { expr, pattern, insensitive, negate } => {
            SqlExpr::Like { expr, pattern, insensitive, negate: !negate }
        }
        SqlExpr::Binary { op: "=", left, right } => SqlExpr::Binary { op: "!=", left, right },
        SqlExpr::Binary { op: "!=", left, right } => SqlExpr::Binary { op: "=", left, right },
        SqlExpr::Not(inner) => *inner,
        other => SqlExpr::Not(Box::new(other)),
    }
}

fn compare(interp: &mut Interp, args: Args, op: &'static str) -> PyResult<Value> {
    let (this, _, rest) = receiver::<ExprObj>(interp, args, "ColumnElement")?;
    let other = rest.positional.first().cloned().unwrap_or(Value::None);
    let ty = this.expr.ty();
    let right = to_expr(interp, &other, ty.as_ref())?;
    let left = this.expr.clone();
    let op = concat_if_string(op, ty.as_ref());
    let expr = match (op, &right) {
        ("=", SqlExpr::Literal(Cell::Null)) => SqlExpr::IsNull { expr: Box::new(left), negate: false },
        ("!=", SqlExpr::Literal(Cell::Null)) => SqlExpr::IsNull { expr: Box::new(left), negate: true },
        _ => SqlExpr::Binary { op, left: Box::new(left), right: Box::new(right) },
    };
    Ok(expr_value(interp, expr, None))
}

/// `5 - Model.col`: the Python value on the left.
fn reflected(interp: &mut Interp, args: Args, op: &'static str) -> PyResult<Value> {
    let (this, _, rest) = receiver::<ExprObj>(interp, args, "ColumnElement")?;
    let ty = this.expr.ty();
    let left = to_expr(interp, rest.positional.first().unwrap_or(&Value::None), ty.as_ref())?;
    let op = concat_if_string(op, ty.as_ref());
    Ok(expr_value(interp, SqlExpr::Binary { op, left: Box::new(left), right: Box::new(this.expr.clone()) }, None))
}

/// SQLAlchemy's String types turn `+` into SQL's concatenation (`"Mr. " + User.name` is `||`).
fn concat_if_string(op: &'static str, ty: Option<&SqlType>) -> &'static str {
    match (op, ty.map(SqlType::stored)) {
        ("+", Some(SqlType::String(_) | SqlType::Text | SqlType::Unicode(_))) => "||",
        _ => op,
    }
}

fn like(interp: &mut Interp, args: Args, insensitive: bool, negate: bool) -> PyResult<Value> {
    let (this, _, rest) = receiver::<ExprObj>(interp, args, "ColumnElement")?;
    let pattern = to_expr(interp, rest.positional.first().unwrap_or(&Value::None), Some(&SqlType::Text))?;
    let expr = SqlExpr::Like { expr: Box::new(this.expr.clone()), pattern: Box::new(pattern), insensitive, negate };
    Ok(expr_value(interp, expr, None))
}

fn affix(interp: &mut Interp, args: Args, shape: &str) -> PyResult<Value> {
    let (this, _, rest) = receiver::<ExprObj>(interp, args, "ColumnElement")?;
    let text = match rest.positional.first() {
        Some(v) => interp.to_str(v)?,
        None => String::new(),
    };
    let pattern = SqlExpr::Literal(Cell::Text(shape.replace("{}", &text)));
    let expr = SqlExpr::Like {
        expr: Box::new(this.expr.clone()),
        pattern: Box::new(pattern),
        insensitive: false,
        negate: false,
    };
    Ok(expr_value(interp, expr, None))
}

fn in_(interp: &mut Interp, args: Args, negate: bool) -> PyResult<Value> {
    let (this, _, rest) = receiver::<ExprObj>(interp, args, "ColumnElement")?;
    let ty = this.expr.ty();
    let values = interp.collect(rest.positional.first().unwrap_or(&Value::None))?;
    let mut items = Vec::new();
    for v in &values {
        items.push(to_expr(interp, v, ty.as_ref())?);
    }
    Ok(expr_value(interp, SqlExpr::In { expr: Box::new(this.expr.clone()), items, negate }, None))
}

fn is_(interp: &mut Interp, args: Args, negate: bool) -> PyResult<Value> {
    let (this, _, rest) = receiver::<ExprObj>(interp, args, "ColumnElement")?;
    let other = rest.positional.first().cloned().unwrap_or(Value::None);
    let expr = match other {
        Value::None => SqlExpr::IsNull { expr: Box::new(this.expr.clone()), negate },
        // `is_(True)` compares with the SQL constant (`IS true`), not a bound parameter.
        Value::Bool(b) => SqlExpr::Binary {
            op: if negate { "IS NOT" } else { "IS" },
            left: Box::new(this.expr.clone()),
            right: Box::new(SqlExpr::Bool(b)),
        },
        v => {
            let right = to_expr(interp, &v, this.expr.ty().as_ref())?;
            // `IS` / `IS NOT` compare NULL as a value: `b.isnot(True)` keeps the rows where b is NULL.
            SqlExpr::Binary {
                op: if negate { "IS NOT" } else { "IS" },
                left: Box::new(this.expr.clone()),
                right: Box::new(right),
            }
        }
    };
    Ok(expr_value(interp, expr, None))
}

fn ordered(interp: &mut Interp, args: Args, desc: bool) -> PyResult<Value> {
    let (this, _, _) = receiver::<ExprObj>(interp, args, "ColumnElement")?;
    Ok(expr_value(interp, SqlExpr::Ordered { expr: Box::new(this.expr.clone()), desc }, None))
}

/// `str(expr)`: a mapped attribute is `User.name`; any other expression is the statement tree's text
/// in SQLAlchemy's default dialect (`users.name = :name_1`).
fn str_(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, value, _) = receiver::<ExprObj>(interp, args, "ColumnElement")?;
    if let SqlExpr::Column { table, column, .. } = &this.expr {
        if let Some((class, key)) = &this.attribute {
            return Ok(Value::str(&format!("{}.{key}", class.name)));
        }
        return Ok(Value::str(&format!("{table}.{column}")));
    }
    match super::core::bridge::legacy_expr(interp, &value)? {
        Some(core) => Ok(Value::str(&super::core::expr_obj::expr_str(interp, &core)?)),
        None => Ok(Value::str(&this.expr.compile(&mut Vec::new()))),
    }
}

/// `repr(expr)`: `<sqlalchemy.orm.attributes.InstrumentedAttribute object at 0x...>` for a mapped
/// attribute, else the Core element's repr (`<sqlalchemy.sql.elements.BinaryExpression ...>`).
fn repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, value, _) = receiver::<ExprObj>(interp, args, "ColumnElement")?;
    if this.attribute.is_some() {
        let id = value.as_instance().map_or(0, |i| i.id);
        let address = super::core::fake_address(id);
        return Ok(Value::str(&format!("<sqlalchemy.orm.attributes.InstrumentedAttribute object at {address}>")));
    }
    match super::core::bridge::legacy_expr(interp, &value)? {
        Some(core) => {
            let element = super::core::expr_obj::expr_value(interp, core);
            interp.repr(&element).map(|r| Value::str(&r))
        }
        None => str_(interp, Args::positional(vec![value])),
    }
}
