//! Running a legacy `Query`: `all()`, `first()`, `one()`, `scalar()`, `count()`, `get()`, the bulk
//! `update()` / `delete()`, indexing and slicing (LIMIT/OFFSET) and iteration — each goes through
//! `session.execute()` of the query's statement, as `Query._iter()` does.

use super::{QueryObj, shape, this, top_level};
use crate::eval::ExcType;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;
use crate::orm::core::orm_select::OrmEntity;
use crate::orm::core::select_obj::{SelectObj, select_value_orm};
use crate::orm::engine::row::RowData;
use crate::orm::native::state;
use crate::sql::elements::build::{self, Operand};
use crate::sql::selectable::{FromClause, FromKind, Select, SelectStmt};
use crate::sql::types::SqlType;
use std::rc::Rc;

/// Runs `select` in the query's session: each row as the query returns it.
fn run(interp: &mut Interp, q: &QueryObj, select: &Value) -> PyResult<Vec<Value>> {
    let result = interp.call_method(&q.session, "execute", vec![select.clone()])?;
    let (filtered, single) = shape(q);
    // A legacy Query uniques its entity rows itself (joined eager collections included).
    if filtered && crate::orm::engine::result::requires_unique(&result) {
        interp.call_method(&result, "unique", Vec::new())?;
    }
    let rows = interp.call_method(&result, "all", Vec::new())?;
    let rows = interp.collect(&rows)?;
    let mut out: Vec<Value> = Vec::with_capacity(rows.len());
    for row in rows {
        let item = match (single, state::<RowData>(&row)) {
            (true, Some(r)) => r.values.first().cloned().unwrap_or(Value::None),
            _ => row,
        };
        if filtered && contains(interp, &out, &item)? {
            continue;
        }
        out.push(item);
    }
    Ok(out)
}

/// `Result.unique()`: instances by identity, other values by equality.
fn contains(interp: &mut Interp, seen: &[Value], item: &Value) -> PyResult<bool> {
    let parts = |v: &Value| match state::<RowData>(v) {
        Some(r) => r.values.clone(),
        None => vec![v.clone()],
    };
    let mine = parts(item);
    'rows: for other in seen {
        let theirs = parts(other);
        if theirs.len() != mine.len() {
            continue;
        }
        for (a, b) in mine.iter().zip(&theirs) {
            let same = match (a, b) {
                (Value::Instance(_), Value::Instance(_)) => a.is(b),
                _ => interp.eq(a, b)?,
            };
            if !same {
                continue 'rows;
            }
        }
        return Ok(true);
    }
    Ok(false)
}

pub(super) fn all(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (q, _) = this(interp, args)?;
    let select = top_level(interp, &q)?;
    Ok(Value::list(run(interp, &q, &select)?))
}

fn limited(interp: &mut Interp, q: &QueryObj, offset: Option<i64>, limit: i64) -> PyResult<Vec<Value>> {
    let mut select = top_level(interp, q)?;
    if let Some(o) = offset {
        select = interp.call_method(&select, "offset", vec![Value::Int(o)])?;
    }
    select = interp.call_method(&select, "limit", vec![Value::Int(limit)])?;
    run(interp, q, &select)
}

pub(super) fn first(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (q, _) = this(interp, args)?;
    Ok(limited(interp, &q, None, 1)?.into_iter().next().unwrap_or(Value::None))
}

pub(super) fn one(interp: &mut Interp, args: Args, or_none: bool) -> PyResult<Value> {
    let (q, _) = this(interp, args)?;
    let select = top_level(interp, &q)?;
    let rows = run(interp, &q, &select)?;
    let orm = crate::orm::orm(interp)?;
    match rows.len() {
        0 if or_none => Ok(Value::None),
        0 => Err(orm.error(interp, SaExc::NoResultFound, "No row was found when one was required")),
        1 => Ok(rows.into_iter().next().unwrap_or(Value::None)),
        _ => Err(orm.error(
            interp,
            SaExc::MultipleResultsFound,
            "Multiple rows were found when exactly one was required",
        )),
    }
}

/// `Query.scalar()`: the first column of the one row, `None` for no row.
pub(super) fn scalar(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = one(interp, args, true)?;
    Ok(match state::<RowData>(&v) {
        Some(row) => row.values.first().cloned().unwrap_or(Value::None),
        None => v,
    })
}

/// `Query.count()`: `SELECT count(*) AS count_1 FROM (<the query, table-qualified labels>) AS anon_1`.
pub(super) fn count(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (q, _) = this(interp, args)?;
    let inner = top_level(interp, &q)?;
    let Some(stmt) = crate::orm::core::select_obj::select_stmt_of(&inner) else {
        return Err(interp.type_error("count() needs a SELECT"));
    };
    let sub = FromClause::new_anon("anon", |name| FromKind::Subquery { element: stmt, name, lateral: false });
    let star = build::literal_column("*", SqlType::null());
    let count = build::function("count", Vec::new(), vec![Operand::Expr(star)], None);
    let mut s = Select::new(vec![count]);
    s.from_obj.push(sub);
    let info = crate::orm::core::orm_select::OrmInfo::columns(1);
    let select = select_value_orm(interp, SelectStmt::Select(Rc::new(s)), Vec::new(), Some(Rc::new(info)));
    let result = interp.call_method(&q.session, "execute", vec![select])?;
    interp.call_method(&result, "scalar", Vec::new())
}

/// The mapped class of the query's first entity.
fn entity_class(q: &QueryObj) -> Option<Value> {
    let info = state::<SelectObj>(&q.select)?.orm.clone()?;
    info.entities.iter().find_map(|e| match e {
        OrmEntity::Mapper { class, .. } => Some(Value::Class(class.clone())),
        OrmEntity::Column { .. } => None,
    })
}

/// `Query.get(ident)`: `Session.get()` of the query's entity.
pub(super) fn get(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (q, rest) = this(interp, args)?;
    let Some(class) = entity_class(&q) else {
        return Err(interp.type_error("get() needs a query of one mapped class"));
    };
    let ident = crate::orm::core::first(&rest);
    interp.call_method(&q.session, "get", vec![class, ident])
}

/// `Query.update(values, synchronize_session="auto")` / `Query.delete(synchronize_session="auto")`:
/// as SQLAlchemy's `Query.update()` builds it, `update(Entity)` with the query's WHERE criteria
/// and `values`, run by `session.execute()` with the `synchronize_session` option (so SQL-expression
/// values, "evaluate" / "fetch" and their errors are the 2.0 statement's); the row count.
pub(super) fn bulk(interp: &mut Interp, args: Args, update: bool) -> PyResult<Value> {
    let (q, rest) = this(interp, args)?;
    let criteria = match state::<SelectObj>(&q.select).map(|s| s.stmt.clone()) {
        Some(SelectStmt::Select(s)) => Some(s.where_.clone()),
        _ => None,
    };
    if let (Some(class), Some(criteria)) = (entity_class(&q), criteria)
        && let Some(stmt) =
            crate::orm::core::orm_dml::orm_statement(interp, &class, if update { "update" } else { "delete" })?
    {
        let mut stmt = stmt;
        if !criteria.is_empty() {
            let crit = criteria.into_iter().map(|e| crate::orm::core::expr_obj::expr_value(interp, e)).collect();
            stmt = interp.call_method(&stmt, "where", crit)?;
        }
        let (sync_at, sync_name) = (usize::from(update), "synchronize_session");
        if update {
            let Some(values) = crate::orm::native::arg(&rest, 0, "values") else {
                return Err(interp.type_error("Query.update() missing 1 required positional argument: 'values'"));
            };
            stmt = interp.call_method(&stmt, "values", vec![values])?;
        }
        let sync = crate::orm::native::arg(&rest, sync_at, sync_name).unwrap_or_else(|| Value::str("auto"));
        let method = interp.get_attr(&stmt, "execution_options")?;
        let keywords = vec![(crate::ir::Name::from(sync_name), sync)];
        stmt = interp.call(&method, Args { positional: Vec::new(), keywords })?;
        let result = interp.call_method(&q.session, "execute", vec![stmt])?;
        return interp.get_attr(&result, "rowcount");
    }
    let Some(legacy) = state::<SelectObj>(&q.select).and_then(|s| crate::orm::core::bridge::select_to_legacy(&s))
    else {
        return Err(interp.not_supported("Query.update()/delete() of this query"));
    };
    let Some(session) = crate::orm::session::session_of(&q.session) else {
        return Err(interp.type_error("Query without a session"));
    };
    let data = crate::orm::query::QueryData { session: Some(session), ..legacy };
    let legacy_query = crate::orm::query::query_value(interp, data);
    let method = interp.get_attr(&legacy_query, if update { "update" } else { "delete" })?;
    interp.call(&method, rest)
}

/// `query[i]` and `query[a:b]`: LIMIT/OFFSET for plain indexes and slices, Python indexing over all
/// rows otherwise (negative indexes, steps).
/// `.slice(start, stop)` of a `Query` or `Select`: OFFSET `start` (none when 0) and LIMIT
/// `stop - start`, as `sqlalchemy.sql.util._make_slice` computes them.
pub fn slice(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let this = args.positional.first().cloned().unwrap_or(Value::None);
    let (Some(Value::Int(start)), Some(Value::Int(stop))) = (args.positional.get(1), args.positional.get(2)) else {
        return Err(interp.type_error("slice() takes two integers: start and stop"));
    };
    let stmt = match *start {
        0 => this,
        n => interp.call_method(&this, "offset", vec![Value::Int(n)])?,
    };
    interp.call_method(&stmt, "limit", vec![Value::Int(stop - start)])
}

pub(super) fn getitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (q, rest) = this(interp, args)?;
    let index = crate::orm::core::first(&rest);
    if let Value::Int(n) = index
        && n >= 0
    {
        return match limited(interp, &q, Some(n), 1)?.into_iter().next() {
            Some(v) => Ok(v),
            None => Err(interp.error(ExcType::IndexError, "list index out of range")),
        };
    }
    if let Some((start, stop)) = slice_bounds(&index) {
        if stop.is_some_and(|stop| stop <= start) {
            return Ok(Value::list(Vec::new()));
        }
        let mut select = top_level(interp, &q)?;
        if start > 0 {
            select = interp.call_method(&select, "offset", vec![Value::Int(start)])?;
        }
        if let Some(stop) = stop {
            select = interp.call_method(&select, "limit", vec![Value::Int(stop - start)])?;
        }
        return Ok(Value::list(run(interp, &q, &select)?));
    }
    let select = top_level(interp, &q)?;
    let items = Value::list(run(interp, &q, &select)?);
    interp.get_item(&items, &index)
}

pub(super) fn iter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let list = all(interp, args)?;
    interp.iter(&list)
}

/// `query[a:b]` as LIMIT/OFFSET when both ends are non-negative and there is no step.
fn slice_bounds(item: &Value) -> Option<(i64, Option<i64>)> {
    let Value::Slice(parts) = item else { return None };
    let [start, stop, step] = &**parts;
    let start = match start {
        Value::None => 0,
        Value::Int(n) if *n >= 0 => *n,
        _ => return None,
    };
    let stop = match stop {
        Value::None => None,
        Value::Int(n) if *n >= 0 => Some(*n),
        _ => return None,
    };
    matches!(step, Value::None).then_some((start, stop))
}
