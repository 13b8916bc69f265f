//! 2.0-style DML statements: `update(Model).where(...).values(...)` and `delete(Model).where(...)`.
//! They are built immutably like `select()`, and `session.execute()` runs them through the same bulk
//! path as `query.update()`/`query.delete()` (so objects in the session stay in step, SQLAlchemy's
//! default synchronisation), returning a result whose `rowcount` is the number of matched rows.

use super::expr::to_expr;
use super::native::{Method, kwarg, native_class, receiver, wrap};
use super::orm;
use super::query::QueryData;
use super::session::SessionData;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use std::rc::Rc;

/// An UPDATE (with `values`) or DELETE statement over one mapped class.
#[derive(Clone)]
pub struct DmlData {
    pub query: QueryData,
    /// `(attribute, value)` pairs for an UPDATE; `None` makes it a DELETE.
    pub values: Option<Vec<(Value, Value)>>,
    pub synchronize: bool,
}

const METHODS: &[(&str, Method)] = &[
    ("where", filter),
    ("filter", filter),
    ("filter_by", filter_by),
    ("values", values),
    ("execution_options", execution_options),
    ("__repr__", |i, a| {
        let (d, _, _) = receiver::<DmlData>(i, a, "DML")?;
        Ok(Value::str(if d.values.is_some() {
            "<sqlalchemy.sql.dml.Update object>"
        } else {
            "<sqlalchemy.sql.dml.Delete object>"
        }))
    }),
];

/// `update(Model)` (`is_update`) or `delete(Model)`.
pub fn statement(interp: &mut Interp, args: Args, is_update: bool) -> PyResult<Value> {
    let orm = orm(interp)?;
    let entities = orm.entities(interp, &args.positional)?;
    if !matches!(entities.as_slice(), [super::query::Entity::Mapper { .. }]) {
        return Err(interp.not_supported("update()/delete() of anything but one mapped class"));
    }
    let query = QueryData { entities, ..QueryData::default() };
    Ok(dml_value(interp, DmlData { query, values: if is_update { Some(Vec::new()) } else { None }, synchronize: true }))
}

fn dml_value(interp: &mut Interp, data: DmlData) -> Value {
    let name = if data.values.is_some() { "Update" } else { "Delete" };
    let class = native_class(interp, name, "sqlalchemy.sql.dml", METHODS);
    wrap(&class, data)
}

fn with_dml(
    interp: &mut Interp,
    args: Args,
    f: impl FnOnce(&mut Interp, &mut DmlData, Args) -> PyResult<()>,
) -> PyResult<Value> {
    let (d, _, rest) = receiver::<DmlData>(interp, args, "DML")?;
    let mut d = (*d).clone();
    f(interp, &mut d, rest)?;
    Ok(dml_value(interp, d))
}

fn filter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_dml(interp, args, |i, d, rest| {
        for v in &rest.positional {
            let e = to_expr(i, v, None)?;
            d.query.criteria.push(e);
        }
        Ok(())
    })
}

fn filter_by(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_dml(interp, args, |i, d, rest| {
        let orm = orm(i)?;
        let more = orm.filter_by(i, &d.query, &rest.keywords)?;
        d.query.criteria.extend(more);
        Ok(())
    })
}

/// `.values({Model.attr: v})` or `.values(attr=v)`; several calls add up.
fn values(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_dml(interp, args, |i, d, rest| {
        let Some(values) = d.values.as_mut() else {
            return Err(i.type_error("a DELETE statement takes no values()"));
        };
        if let Some(Value::Dict(dict)) = rest.positional.first() {
            values.extend(dict.borrow().items());
        }
        for (k, v) in &rest.keywords {
            values.push((Value::str(k), v.clone()));
        }
        Ok(())
    })
}

fn execution_options(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_dml(interp, args, |i, d, rest| {
        d.synchronize = synchronize_flag(i, &rest)?;
        Ok(())
    })
}

/// Reads `synchronize_session=`: `False` leaves in-session objects stale; "auto", "evaluate" and
/// "fetch" all keep them in step (the rows are always known here).
pub fn synchronize_flag(interp: &mut Interp, args: &Args) -> PyResult<bool> {
    match kwarg(args, "synchronize_session") {
        None => Ok(true),
        Some(Value::Bool(b)) => Ok(b),
        Some(Value::Str(_)) => Ok(true),
        Some(v) => interp.truthy(&v),
    }
}

/// `session.execute(update(...))`: runs the statement, returning a result with `rowcount`.
pub fn execute(interp: &mut Interp, session: &Rc<SessionData>, data: &DmlData) -> PyResult<Value> {
    let orm = orm(interp)?;
    let mut q = data.query.clone();
    q.session = Some(session.clone());
    let count = orm.bulk(interp, &q, data.values.clone(), data.synchronize)?;
    let class = native_class(interp, "CursorResult", "sqlalchemy.engine", &[]);
    let result = wrap(&class, ());
    if let Value::Instance(inst) = &result {
        inst.dict.borrow_mut().insert(Name::from("rowcount"), Value::Int(count));
    }
    Ok(result)
}
