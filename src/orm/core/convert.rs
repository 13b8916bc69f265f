//! Between Python values and the SQL layer: a Python value as a bound value ([`SqlValue`]) and back,
//! any argument as a column expression (`roles.ExpressionElementRole`: expression objects, Columns,
//! mapped attributes, literals), type arguments (`Integer`, `String(30)`), and SQL-layer errors as the
//! Python exceptions SQLAlchemy raises.

use super::expr_obj::ExprObj;
use crate::eval::ExcType;
use crate::eval::modules::datetime::{self, Dt};
use crate::eval::value::Value;
use crate::eval::{Exc, Interp, PyResult};
use crate::orm::SaExc;
use crate::sql::elements::ExprRef;
use crate::sql::elements::build::{self, Operand};
use crate::sql::error::{SqlError, SqlErrorKind};
use crate::sql::types::SqlType;
use crate::sql::value::SqlValue;
use std::rc::Rc;

/// A SQL-layer error as the Python exception SQLAlchemy raises.
pub fn sql_error(interp: &Interp, e: SqlError) -> Box<Exc> {
    match e.kind {
        SqlErrorKind::NotImplemented => interp.error(ExcType::NotImplementedError, e.message),
        SqlErrorKind::Type => interp.type_error(e.message),
        SqlErrorKind::Attribute => interp.error(ExcType::AttributeError, e.message),
        SqlErrorKind::Key => interp.error(ExcType::KeyError, e.message),
        kind => match crate::orm::orm(interp) {
            Ok(orm) => orm.error(interp, sa_kind(kind), e.message),
            Err(exc) => exc,
        },
    }
}

/// The SQLAlchemy exception class of a SQL-layer error kind that is not a Python built-in.
fn sa_kind(kind: SqlErrorKind) -> SaExc {
    match kind {
        SqlErrorKind::Argument => SaExc::ArgumentError,
        SqlErrorKind::Compile => SaExc::CompileError,
        SqlErrorKind::NoForeignKeys => SaExc::NoForeignKeysError,
        SqlErrorKind::AmbiguousForeignKeys => SaExc::AmbiguousForeignKeysError,
        SqlErrorKind::NoReferencedTable => SaExc::NoReferencedTableError,
        SqlErrorKind::NoReferencedColumn => SaExc::NoReferencedColumnError,
        SqlErrorKind::UnsupportedCompilation => SaExc::UnsupportedCompilationError,
        SqlErrorKind::MissingParameter => SaExc::StatementError,
        _ => SaExc::InvalidRequestError,
    }
}

/// Converts a `SqlResult` into a `PyResult`.
pub fn py<T>(interp: &Interp, r: crate::sql::error::SqlResult<T>) -> PyResult<T> {
    r.map_err(|e| sql_error(interp, e))
}

/// A Python value as a bound value.
pub fn to_sql_value(interp: &mut Interp, v: &Value) -> PyResult<SqlValue> {
    Ok(match v {
        Value::None => SqlValue::None,
        Value::Bool(b) => SqlValue::Bool(*b),
        Value::Int(n) => SqlValue::Int(*n),
        Value::BigInt(n) => SqlValue::BigInt(n.to_string()),
        Value::Float(f) => SqlValue::Float(*f),
        Value::Str(s) => SqlValue::Str(s.to_string()),
        Value::Bytes(_) | Value::ByteArray(_) => {
            SqlValue::Bytes(crate::eval::bytes::data(v).unwrap_or_default().to_vec())
        }
        Value::List(items) => {
            let items = items.borrow().clone();
            SqlValue::List(items.iter().map(|i| to_sql_value(interp, i)).collect::<PyResult<_>>()?)
        }
        Value::Tuple(items) => SqlValue::Tuple(items.iter().map(|i| to_sql_value(interp, i)).collect::<PyResult<_>>()?),
        other => {
            if let Some(v) = datetime::dt_of(other).and_then(dt_value) {
                return Ok(v);
            }
            if let Value::Instance(inst) = other
                && let Some(v) = library_value(interp, other, inst)?
            {
                return Ok(v);
            }
            let repr = interp.repr(other)?;
            let json = crate::orm::engine::json::dumps(other);
            SqlValue::Opaque { repr, handle: Rc::new(other.clone()), json }
        }
    })
}

/// The standard library's value objects the SQL layer knows: a `decimal.Decimal` (its `str()`), a
/// `uuid.UUID` (its 128 bits) and an `enum.Enum` member (its name, which an `Enum` column stores, and
/// its value, which any other type binds).
fn library_value(interp: &mut Interp, v: &Value, inst: &crate::eval::value::Instance) -> PyResult<Option<SqlValue>> {
    let class = &inst.class;
    if super::types_obj::is_json_null(v) {
        return Ok(Some(SqlValue::Json("null".into())));
    }
    Ok(match (class.module.as_ref(), class.name.as_ref()) {
        ("decimal", "Decimal") => Some(SqlValue::Decimal(interp.to_str(v)?)),
        ("uuid", "UUID") => {
            let bits = match inst.dict.borrow().get("int") {
                Some(Value::Int(n)) => u128::try_from(*n).ok(),
                Some(Value::BigInt(n)) => u128::try_from(n.as_ref()).ok(),
                _ => None,
            };
            bits.map(SqlValue::Uuid)
        }
        _ if crate::orm::schema::is_enum_class(class) => {
            let (name, value) = {
                let dict = inst.dict.borrow();
                (dict.get("_name_").cloned(), dict.get("_value_").cloned())
            };
            match (name, value) {
                (Some(Value::Str(name)), Some(value)) => Some(SqlValue::EnumMember {
                    name: name.to_string(),
                    value: Box::new(to_sql_value(interp, &value)?),
                }),
                _ => None,
            }
        }
        _ => None,
    })
}

/// A `datetime` object as a bound value.
fn dt_value(dt: Dt) -> Option<SqlValue> {
    let clock = |us: i64| {
        let us = us.rem_euclid(86_400_000_000);
        let secs = us / 1_000_000;
        ((secs / 3600) as u32, ((secs % 3600) / 60) as u32, (secs % 60) as u32, (us % 1_000_000) as u32)
    };
    Some(match dt {
        Dt::Date(day) => {
            let (y, m, d) = datetime::civil(day);
            SqlValue::Date { year: y as i32, month: m as u32, day: d as u32 }
        }
        Dt::DateTime { day, us, .. } => {
            let (y, m, d) = datetime::civil(day);
            let (hour, minute, second, micro) = clock(us);
            SqlValue::DateTime { year: y as i32, month: m as u32, day: d as u32, hour, minute, second, micro }
        }
        Dt::Time { us, .. } => {
            let (hour, minute, second, micro) = clock(us);
            SqlValue::Time { hour, minute, second, micro }
        }
        Dt::Delta(total) => {
            let days = total.div_euclid(86_400_000_000);
            let rest = total.rem_euclid(86_400_000_000);
            SqlValue::Interval { days, seconds: rest / 1_000_000, micros: rest % 1_000_000 }
        }
        Dt::Zone(_) => return None,
    })
}

/// A bound value back as a Python value (`compiled.params`).
pub fn from_sql_value(interp: &mut Interp, v: &SqlValue) -> Value {
    match v {
        SqlValue::None => Value::None,
        SqlValue::Bool(b) => Value::Bool(*b),
        SqlValue::Int(n) => Value::Int(*n),
        SqlValue::BigInt(s) => s.parse::<num_bigint::BigInt>().map_or_else(|_| Value::str(s), Value::from_bigint),
        SqlValue::Float(f) => Value::Float(*f),
        SqlValue::Str(s) | SqlValue::Json(s) | SqlValue::Decimal(s) => Value::str(s),
        SqlValue::List(items) => Value::list(items.iter().map(|i| from_sql_value(interp, i)).collect()),
        SqlValue::Tuple(items) => Value::tuple(items.iter().map(|i| from_sql_value(interp, i)).collect()),
        SqlValue::Opaque { handle, repr, .. } => match handle.downcast_ref::<Value>() {
            Some(v) => v.clone(),
            None => Value::str(repr),
        },
        SqlValue::EnumMember { value, .. } => from_sql_value(interp, value),
        SqlValue::Date { year, month, day } => {
            let c = datetime::classes(interp);
            match datetime::ordinal(i64::from(*year), i64::from(*month), i64::from(*day)) {
                Some(o) => datetime::make(interp, &c, Dt::Date(o)),
                None => Value::None,
            }
        }
        SqlValue::DateTime { year, month, day, hour, minute, second, micro } => {
            let c = datetime::classes(interp);
            match datetime::ordinal(i64::from(*year), i64::from(*month), i64::from(*day)) {
                Some(o) => {
                    let us = ((i64::from(*hour) * 60 + i64::from(*minute)) * 60 + i64::from(*second)) * 1_000_000
                        + i64::from(*micro);
                    datetime::make(interp, &c, Dt::DateTime { day: o, us, tz: None })
                }
                None => Value::None,
            }
        }
        SqlValue::Time { hour, minute, second, micro } => {
            let c = datetime::classes(interp);
            let us = ((i64::from(*hour) * 60 + i64::from(*minute)) * 60 + i64::from(*second)) * 1_000_000
                + i64::from(*micro);
            datetime::make(interp, &c, Dt::Time { us, tz: None })
        }
        SqlValue::Interval { days, seconds, micros } => {
            let c = datetime::classes(interp);
            datetime::make(interp, &c, Dt::Delta((days * 86_400 + seconds) * 1_000_000 + micros))
        }
        SqlValue::Bytes(b) => Value::bytes(b.clone()),
        SqlValue::Uuid(_) => Value::str(&v.repr()),
    }
}

/// The column expression a Python object stands for, if it is one (expression objects, Table
/// columns, mapped attributes and Column objects).
pub fn expr_of(interp: &mut Interp, v: &Value) -> PyResult<Option<ExprRef>> {
    if let Some(e) = crate::orm::native::state::<ExprObj>(v) {
        return Ok(Some(e.expr.clone()));
    }
    if let Some(e) = super::bridge::legacy_expr(interp, v)? {
        return Ok(Some(e));
    }
    if let Some(t) = crate::orm::engine::text::text_of(v) {
        return Ok(Some(text_expr(interp, &t)?));
    }
    if let Some(inner) = clause_element(interp, v)? {
        return expr_of(interp, &inner);
    }
    Ok(None)
}

/// `obj.__clause_element__()` for a Python object that defines it (a hybrid's class-level
/// attribute, a custom `Comparator`): SQLAlchemy's coercions accept any such object wherever a
/// column expression goes. Native objects answer for themselves and are not asked.
pub fn clause_element(interp: &mut Interp, v: &Value) -> PyResult<Option<Value>> {
    let Value::Instance(inst) = v else { return Ok(None) };
    if inst.native.borrow().is_some() || inst.class.lookup("__clause_element__").is_none() {
        return Ok(None);
    }
    let inner = interp.call_method(v, "__clause_element__", Vec::new())?;
    if let Value::Instance(i) = &inner
        && Rc::ptr_eq(i, inst)
    {
        return Ok(None);
    }
    Ok(Some(inner))
}

/// The engine's `text()` object as a tree node: its SQL, and the values `bindparams()` fixed as bound
/// parameters of those names (so `select(...).where(text("x > :x").bindparams(x=1))` renders `:x`).
fn text_expr(interp: &mut Interp, t: &crate::orm::engine::text::TextObj) -> PyResult<ExprRef> {
    use crate::sql::elements::{BindValue, Expr, TextClause};
    let mut binds = Vec::with_capacity(t.values.len());
    for (name, value) in &t.values {
        let value = to_sql_value(interp, value)?;
        binds.push((name.clone(), build::bindparam(Some(name), BindValue::Value(value), None, false, false)));
    }
    Ok(build::rc(Expr::Text(TextClause { text: t.clause.text.clone(), binds })))
}

/// `text(...).columns(...)` (or a bare `text()`) as a statement-tree SELECT, for `subquery()` and
/// `from_statement()`.
pub fn textual_select(
    interp: &mut Interp,
    t: &crate::orm::engine::text::TextObj,
) -> PyResult<crate::sql::selectable::SelectStmt> {
    use crate::sql::elements::{ColumnInfo, Expr};
    use crate::sql::selectable::{SelectStmt, TextualSelect};
    let e = text_expr(interp, t)?;
    let Expr::Text(text) = &*e else { return Err(interp.type_error("text() expected")) };
    let columns = t.clause.columns.iter().map(|(key, ty)| Rc::new(ColumnInfo::new(key, ty.clone()))).collect();
    Ok(SelectStmt::Text(Rc::new(TextualSelect { text: text.clone(), columns })))
}

/// A statement argument: a SELECT-like object or a `text()` construct.
pub fn statement_of(interp: &mut Interp, v: &Value) -> PyResult<Option<crate::sql::selectable::SelectStmt>> {
    if let Some(s) = super::select_obj::select_stmt_of(v) {
        return Ok(Some(s));
    }
    match crate::orm::engine::text::text_of(v) {
        Some(t) => textual_select(interp, &t).map(Some),
        None => Ok(None),
    }
}

/// Any argument as an operand: an expression, or a plain value to bind.
pub fn to_operand(interp: &mut Interp, v: &Value) -> PyResult<Operand> {
    if let Some(e) = expr_of(interp, v)? {
        return Ok(Operand::Expr(e));
    }
    if let Some(s) = super::select_obj::select_stmt_of(v) {
        return Ok(Operand::Expr(build::scalar_select(s)));
    }
    Ok(Operand::Value(to_sql_value(interp, v)?))
}

/// An argument that must be an expression; plain values become anonymous bound literals
/// (`coercions.expect(ExpressionElementRole, ...)`).
pub fn to_expr(interp: &mut Interp, v: &Value) -> PyResult<ExprRef> {
    match to_operand(interp, v)? {
        Operand::Expr(e) => Ok(e),
        Operand::Value(SqlValue::None) => Ok(Rc::new(crate::sql::elements::Expr::Null)),
        Operand::Value(val) => Ok(build::literal(val, None)),
    }
}

/// A WHERE/HAVING criterion (`coercions.expect(WhereHavingRole, ...)`): expressions pass, `None`/`True`/
/// `False` become `NULL`/`true()`/`false()`, and any other plain value is an `ArgumentError`, since
/// binding it would silently filter on a constant.
pub fn to_where(interp: &mut Interp, v: &Value) -> PyResult<ExprRef> {
    use crate::sql::elements::Expr;
    match v {
        Value::None => return Ok(Rc::new(Expr::Null)),
        Value::Bool(true) => return Ok(Rc::new(Expr::True)),
        Value::Bool(false) => return Ok(Rc::new(Expr::False)),
        _ => {}
    }
    if let Some(e) = expr_of(interp, v)? {
        return Ok(e);
    }
    if let Some(s) = super::select_obj::select_stmt_of(v) {
        return Ok(build::scalar_select(s));
    }
    let message = match v {
        Value::Str(s) => textual_sql_message(interp, s)?,
        other => format!("SQL expression for WHERE/HAVING role expected, got {}.", interp.repr(other)?),
    };
    Err(crate::orm::orm(interp)?.error(interp, SaExc::ArgumentError, message))
}

/// A type argument: a type class (`Integer`), an instance (`String(30)`), or `None`.
pub fn to_type(interp: &mut Interp, v: &Value) -> PyResult<Option<SqlType>> {
    Ok(match v {
        Value::None => None,
        other => super::types_obj::type_of(interp, other),
    })
}

/// `coercions._no_text_coercion`: a plain string where SQLAlchemy wants a SQL construct (a WHERE
/// criterion, the statement of `session.execute("SELECT 1")`).
pub fn textual_sql_message(interp: &mut Interp, s: &str) -> PyResult<String> {
    // `util.ellipses_string`: the first 25 characters and `...`.
    let shown: String =
        if s.chars().count() > 25 { format!("{}...", s.chars().take(25).collect::<String>()) } else { s.to_string() };
    let r = interp.repr(&Value::str(&shown))?;
    Ok(format!("Textual SQL expression {r} should be explicitly declared as text({r})"))
}
