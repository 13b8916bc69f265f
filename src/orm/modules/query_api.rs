//! The Python-facing methods of legacy `Query` and 2.0 `Select` objects: builders return a new
//! query; `all`/`first`/`one`/`count`/`get`/`update`/`delete` run it.

use super::*;
use crate::eval::ExcType;
use crate::orm::SaExc;

fn with_query(
    interp: &mut Interp,
    args: Args,
    f: impl FnOnce(&mut Interp, &mut QueryData, Args) -> PyResult<()>,
) -> PyResult<Value> {
    let (q, rest) = query_receiver(interp, args)?;
    let mut q = (*q).clone();
    f(interp, &mut q, rest)?;
    Ok(query_value(interp, q))
}

fn filter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_query(interp, args, |i, q, rest| {
        for v in &rest.positional {
            let e = to_expr(i, v, None)?;
            q.criteria.push(e);
        }
        Ok(())
    })
}

fn filter_by(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_query(interp, args, |i, q, rest| {
        let orm = orm(i)?;
        let criteria = orm.filter_by(i, q, &rest.keywords)?;
        q.criteria.extend(criteria);
        Ok(())
    })
}

fn order_by(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_query(interp, args, |i, q, rest| {
        for v in &rest.positional {
            if matches!(v, Value::None) {
                q.order.clear();
                continue;
            }
            let e = crate::orm::expr::to_order_expr(i, v)?;
            q.order.push(e);
        }
        Ok(())
    })
}

fn having(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_query(interp, args, |i, q, rest| {
        for v in &rest.positional {
            let e = to_expr(i, v, None)?;
            q.having.push(e);
        }
        Ok(())
    })
}

/// `select(A, B).join_from(A, B)`: FROM the first, joined to the second.
fn join_from(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_query(interp, args, |i, q, rest| {
        let orm = orm(i)?;
        let left = rest.positional.first().cloned().unwrap_or(Value::None);
        let t = orm.from_table_name(i, &left)?;
        q.select_from.push(t);
        let target = rest.positional.get(1).cloned().unwrap_or(Value::None);
        for j in orm.join_to(i, q, &target, rest.positional.get(2))? {
            q.joins.push(j);
        }
        Ok(())
    })
}

fn select_from(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_query(interp, args, |i, q, rest| {
        let orm = orm(i)?;
        for v in &rest.positional {
            let t = orm.from_table_name(i, v)?;
            q.select_from.push(t);
        }
        Ok(())
    })
}

fn group_by(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_query(interp, args, |i, q, rest| {
        for v in &rest.positional {
            let e = crate::orm::expr::to_order_expr(i, v)?;
            q.group_by.push(e);
        }
        Ok(())
    })
}

fn count_arg(interp: &Interp, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        Some(Value::Int(n)) => Ok(Some(*n)),
        Some(Value::None) | None => Ok(None),
        Some(other) => {
            Err(interp.type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name())))
        }
    }
}

fn join(interp: &mut Interp, args: Args, outer: bool) -> PyResult<Value> {
    with_query(interp, args, |i, q, rest| {
        let orm = orm(i)?;
        let target = rest.positional.first().cloned().unwrap_or(Value::None);
        for mut j in orm.join_to(i, q, &target, rest.positional.get(1))? {
            j.outer = outer;
            q.joins.push(j);
        }
        Ok(())
    })
}

/// Runs a legacy query. A query of one mapped class returns each object once (SQLAlchemy's legacy
/// `Query` uniques entity rows, e.g. a parent joined to several children).
fn run(interp: &mut Interp, args: Args) -> PyResult<(Rc<QueryData>, Vec<Vec<Value>>)> {
    let (q, rows) = run_raw(interp, args)?;
    if !matches!(q.entities.as_slice(), [crate::orm::query::Entity::Mapper { .. }]) {
        return Ok((q, rows));
    }
    let mut unique: Vec<Vec<Value>> = Vec::with_capacity(rows.len());
    for row in rows {
        let seen = unique.iter().any(|u| matches!((u.first(), row.first()), (Some(a), Some(b)) if a.is(b)));
        if !seen {
            unique.push(row);
        }
    }
    Ok((q, unique))
}

/// Runs a query, every row kept (what `count()` counts).
fn run_raw(interp: &mut Interp, args: Args) -> PyResult<(Rc<QueryData>, Vec<Vec<Value>>)> {
    let (q, _) = query_receiver(interp, args)?;
    let orm = orm(interp)?;
    let rows = orm.run_query(interp, &q)?;
    Ok((q, rows))
}

/// A legacy query's item: the object for `query(Model)`, a row (tuple-like) otherwise, even for one
/// column (`query(User.name).all()` is a list of 1-tuples).
fn shape(interp: &mut Interp, q: &QueryData, row: Vec<Value>) -> Value {
    if matches!(q.entities.as_slice(), [crate::orm::query::Entity::Mapper { .. }]) {
        return row.into_iter().next().unwrap_or(Value::None);
    }
    let names = q
        .entities
        .iter()
        .map(|e| match e {
            crate::orm::query::Entity::Mapper { class, .. } => class.name.to_string(),
            crate::orm::query::Entity::Expr(e) => e.result_name(),
        })
        .collect();
    crate::orm::engine::row::row_value(interp, std::rc::Rc::new(names), row)
}

fn all(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (q, rows) = run(interp, args)?;
    let items = rows.into_iter().map(|r| shape(interp, &q, r)).collect();
    Ok(Value::list(items))
}

fn first(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (q, _) = query_receiver(interp, args)?;
    let mut limited = (*q).clone();
    limited.limit = Some(1);
    let orm = orm(interp)?;
    let rows = orm.run_query(interp, &limited)?;
    Ok(rows.into_iter().next().map_or(Value::None, |r| shape(interp, &q, r)))
}

fn one(interp: &mut Interp, args: Args, or_none: bool) -> PyResult<Value> {
    let (q, rows) = run(interp, args)?;
    let orm = orm(interp)?;
    match rows.len() {
        0 if or_none => Ok(Value::None),
        0 => Err(orm.error(interp, SaExc::NoResultFound, "No row was found when one was required")),
        1 => Ok(rows.into_iter().next().map_or(Value::None, |r| shape(interp, &q, r))),
        _ => Err(orm.error(
            interp,
            SaExc::MultipleResultsFound,
            "Multiple rows were found when exactly one was required",
        )),
    }
}

fn count(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, rows) = run_raw(interp, args)?;
    Ok(Value::Int(rows.len() as i64))
}

fn query_get(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (q, rest) = query_receiver(interp, args)?;
    let orm = orm(interp)?;
    let (Some(session), Some(crate::orm::query::Entity::Mapper { registry, mapper, .. })) =
        (q.session.clone(), q.entities.first())
    else {
        return Err(interp.type_error("get() needs a query of one mapped class"));
    };
    orm.get_by_key(interp, &session, registry, *mapper, rest.positional.first().unwrap_or(&Value::None))
}

fn bulk(interp: &mut Interp, args: Args, update: bool) -> PyResult<Value> {
    let (q, rest) = query_receiver(interp, args)?;
    let orm = orm(interp)?;
    let values = if update {
        match rest.positional.first() {
            Some(Value::Dict(d)) => Some(d.borrow().items()),
            _ => return Err(interp.type_error("update() takes a dict of {attribute: value}")),
        }
    } else {
        None
    };
    let synchronize = crate::orm::bulk::synchronize_flag(interp, &rest)?;
    orm.bulk(interp, &q, values, synchronize).map(Value::Int)
}

/// `query[i]` and `query[a:b]`: LIMIT/OFFSET for plain indexes and slices, Python indexing over all
/// rows otherwise (negative indexes, steps), as SQLAlchemy does.
fn query_getitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (q, rest) = query_receiver(interp, args)?;
    let index = rest.positional.first().cloned().unwrap_or(Value::None);
    let orm = orm(interp)?;
    let mut limited = (*q).clone();
    match &index {
        Value::Int(n) if *n >= 0 => {
            limited.offset = Some(limited.offset.unwrap_or(0) + n);
            limited.limit = Some(1);
            let rows = orm.run_query(interp, &limited)?;
            match rows.into_iter().next() {
                Some(r) => Ok(shape(interp, &q, r)),
                None => Err(interp.error(ExcType::IndexError, "list index out of range")),
            }
        }
        _ => {
            let rows = orm.run_query(interp, &q)?;
            let items: Vec<Value> = rows.into_iter().map(|r| shape(interp, &q, r)).collect();
            interp.get_item(&Value::list(items), &index)
        }
    }
}

/// `query.with_entities(User.name, ...)`: the same query selecting other entities.
fn with_entities(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_query(interp, args, |i, q, rest| {
        let orm = orm(i)?;
        q.entities = orm.entities(i, &rest.positional)?;
        Ok(())
    })
}

fn query_iter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let list = all(interp, args)?;
    interp.iter(&list)
}

fn options(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_query(interp, args, |_, _, _| Ok(()))
}

fn limit(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_query(interp, args, |i, q, r| {
        q.limit = count_arg(i, r.positional.first())?;
        Ok(())
    })
}

fn offset(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_query(interp, args, |i, q, r| {
        q.offset = count_arg(i, r.positional.first())?;
        Ok(())
    })
}

fn distinct(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_query(interp, args, |_, q, _| {
        q.distinct = true;
        Ok(())
    })
}

/// Methods that build a new statement; both the legacy `Query` and the 2.0 `Select` have them.
pub const SELECT_METHODS: &[(&str, Method)] = &[
    ("where", filter),
    ("filter", filter),
    ("filter_by", filter_by),
    ("order_by", order_by),
    ("group_by", group_by),
    ("select_from", select_from),
    ("join_from", join_from),
    ("having", having),
    ("limit", limit),
    ("offset", offset),
    ("distinct", distinct),
    ("join", |i, a| join(i, a, false)),
    ("outerjoin", |i, a| join(i, a, true)),
    ("options", options),
];

/// Methods only a legacy `Query` (bound to its session) has: the ones that run it.
pub const QUERY_RUN_METHODS: &[(&str, Method)] = &[
    ("all", all),
    ("first", first),
    ("one", |i, a| one(i, a, false)),
    ("one_or_none", |i, a| one(i, a, true)),
    // Query.scalar(): like one_or_none() (several rows raise MultipleResultsFound), first column.
    ("scalar", |i, a| {
        let v = one(i, a, true)?;
        Ok(match crate::orm::native::state::<crate::orm::engine::row::RowData>(&v) {
            Some(row) => row.values.first().cloned().unwrap_or(Value::None),
            None => v,
        })
    }),
    ("count", count),
    ("get", query_get),
    ("update", |i, a| bulk(i, a, true)),
    ("delete", |i, a| bulk(i, a, false)),
    ("__iter__", query_iter),
    ("__getitem__", query_getitem),
    ("with_entities", with_entities),
];
