//! Column defaults that are SQL expressions (`default=func.now()`, `onupdate=func.coalesce(...)`):
//! SQLAlchemy renders them inline in the flush's INSERT / UPDATE instead of binding a value. The
//! database computes the value, so the ORM reads it back: an INSERT fetches it with `RETURNING`
//! (with the generated key: `INSERT ... VALUES (?, upper(?)) RETURNING id, up`), an UPDATE leaves
//! the attribute expired for the next access to load (`SELECT t.total FROM t WHERE t.id = ?`).

use super::*;
use crate::orm::core::bridge::{cell_value, core_table};
use crate::sql::compiler::{CompileOptions, Compiler, Dialect, ParamSet};
use crate::sql::dml::{DmlKey, DmlStatement, DmlValue, Insert, Update};
use crate::sql::elements::{BindValue, Expr, ExprRef, build};
use crate::sql::ops::Op;
use crate::sql::types::SqlType;

/// The SQL expression of a `default=` / `onupdate=` value, when it is one.
pub(super) fn sql_default(v: &Value) -> Option<ExprRef> {
    crate::orm::native::state::<crate::orm::core::expr_obj::ExprObj>(v).map(|e| e.expr.clone())
}

/// An attribute's value that is SQL (`obj.count = Counter.count + 1`, `func.upper("x")`, a scalar
/// subquery): SQLAlchemy renders it inline in the flush's statement and the database computes the
/// value, which the object loads again (SQLAlchemy's `value_params`).
pub(super) fn sql_value(interp: &mut Interp, v: &Value) -> PyResult<Option<ExprRef>> {
    if let Some(e) = sql_default(v) {
        return Ok(Some(e));
    }
    if matches!(v, Value::Instance(i) if mapped(&i.class).is_none()) {
        return crate::orm::core::convert::expr_of(interp, v);
    }
    Ok(None)
}

/// A value of a flush statement: a bound cell or inline SQL.
pub(super) enum FlushValue {
    Cell(Cell),
    Sql(ExprRef),
}

fn dml_value(v: &FlushValue) -> DmlValue {
    match v {
        FlushValue::Cell(c) => DmlValue::Value(cell_value(c)),
        FlushValue::Sql(e) => DmlValue::Expr(e.clone()),
    }
}

fn run_text(stmt: &DmlStatement) -> Option<(String, Vec<Cell>)> {
    let compiled = Compiler::compile_dml(Dialect::Sqlite, CompileOptions::default(), stmt, None).ok()?;
    compiled.execution(&ParamSet::new()).ok()
}

/// `INSERT INTO t (...) VALUES (...) RETURNING <returning>` with its parameters.
pub(super) fn insert_text(
    registry: &RegistryRef,
    table: &str,
    values: &[(String, FlushValue)],
    returning: &[String],
) -> Option<(String, Vec<Cell>)> {
    let from = core_table(registry, table)?;
    let mut ret = Vec::new();
    for n in returning {
        ret.push(Rc::new(Expr::Column(from.column_ref_by_name(n)?)) as ExprRef);
    }
    let values = values.iter().map(|(n, v)| (DmlKey::Name(n.clone()), dml_value(v))).collect();
    let stmt = DmlStatement::Insert(Rc::new(Insert {
        table: Some(from),
        values: Some(values),
        returning: ret,
        ..Insert::default()
    }));
    run_text(&stmt)
}

/// `UPDATE t SET ... WHERE t.pk = ?` with its parameters.
pub(super) fn update_text(
    registry: &RegistryRef,
    table: &str,
    values: &[(String, FlushValue)],
    key: &[(String, Cell)],
) -> Option<(String, Vec<Cell>)> {
    let from = core_table(registry, table)?;
    let mut where_ = Vec::new();
    for (name, cell) in key {
        let col: ExprRef = Rc::new(Expr::Column(from.column_ref_by_name(name)?));
        let bind = build::bindparam(Some(name), BindValue::Value(cell_value(cell)), Some(col.ty()), true, false);
        where_.push(build::binary(&col, &bind, Op::Eq, SqlType::boolean(), Some(Op::Ne)));
    }
    let values = values.iter().map(|(n, v)| (DmlKey::Name(n.clone()), dml_value(v))).collect();
    let stmt = DmlStatement::Update(Rc::new(Update { table: Some(from), values, where_, ..Update::default() }));
    run_text(&stmt)
}
