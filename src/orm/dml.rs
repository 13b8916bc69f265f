//! 2.0-style DML statements: `update(Model).where(...).values(...)`, `delete(Model).where(...)` and
//! `insert(Model).values(...)` (or `session.execute(insert(Model), [{...}, ...])`).
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
use crate::orm::SaExc;
use std::rc::Rc;

/// An UPDATE (with `values`) or DELETE statement over one mapped class.
#[derive(Clone)]
pub struct DmlData {
    pub query: QueryData,
    /// `(attribute, value)` pairs for an UPDATE; `None` makes it a DELETE.
    pub values: Option<Vec<(Value, Value)>>,
    pub synchronize: bool,
    /// An INSERT: `values` (or the rows given to `execute`) become new rows.
    pub insert: bool,
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
    build(interp, args, is_update, false)
}

/// `insert(Model)`.
pub fn insert_statement(interp: &mut Interp, args: Args) -> PyResult<Value> {
    build(interp, args, true, true)
}

fn build(interp: &mut Interp, args: Args, is_update: bool, insert: bool) -> PyResult<Value> {
    let orm = orm(interp)?;
    let entities = orm.entities(interp, &args.positional)?;
    if !matches!(entities.as_slice(), [super::query::Entity::Mapper { .. }]) {
        return Err(interp.not_supported("update()/delete() of anything but one mapped class"));
    }
    let query = QueryData { entities, ..QueryData::default() };
    Ok(dml_value(
        interp,
        DmlData { query, values: if is_update { Some(Vec::new()) } else { None }, synchronize: true, insert },
    ))
}

fn dml_value(interp: &mut Interp, data: DmlData) -> Value {
    let name = match (data.insert, data.values.is_some()) {
        (true, _) => "Insert",
        (false, true) => "Update",
        (false, false) => "Delete",
    };
    let class = native_class(interp, name, "sqlalchemy.sql.dml", METHODS);
    wrap(interp, &class, data)
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

/// `session.execute(update(...))`: runs the statement, returning a result with `rowcount`. An INSERT
/// takes its rows from `params` (a dict or a list of dicts) when given, else from `values()`.
pub fn execute(
    interp: &mut Interp,
    session: &Rc<SessionData>,
    data: &DmlData,
    params: Option<&Value>,
) -> PyResult<Value> {
    let orm = orm(interp)?;
    let mut q = data.query.clone();
    q.session = Some(session.clone());
    let count = if data.insert {
        let rows: Vec<Vec<(Value, Value)>> = match params {
            Some(Value::Dict(d)) => vec![d.borrow().items()],
            Some(Value::List(l)) => {
                let items = l.borrow().clone();
                let mut rows = Vec::new();
                for item in items {
                    match item {
                        Value::Dict(d) => rows.push(d.borrow().items()),
                        _ => return Err(interp.type_error("insert() rows must be dicts")),
                    }
                }
                rows
            }
            _ => vec![data.values.clone().unwrap_or_default()],
        };
        orm.insert_rows(interp, &q, rows)?
    } else {
        orm.bulk(interp, &q, data.values.clone(), data.synchronize)?
    };
    let class = native_class(interp, "CursorResult", "sqlalchemy.engine", &[]);
    let result = wrap(interp, &class, ());
    // An executemany INSERT (a list of rows) gives a result without `rowcount`, as SQLAlchemy's ORM
    // bulk insert does.
    let many = data.insert && matches!(params, Some(Value::List(_)));
    if let (Value::Instance(inst), false) = (&result, many) {
        inst.dict.borrow_mut().insert(Name::from("rowcount"), Value::Int(count));
    }
    Ok(result)
}

impl super::Orm {
    /// Core-style INSERT of `rows` (attribute or column name -> value) into the query's table: column
    /// defaults and integer primary keys are filled in as for objects, but no object is created.
    fn insert_rows(&self, interp: &mut Interp, q: &QueryData, rows: Vec<Vec<(Value, Value)>>) -> PyResult<i64> {
        let (Some(session), Some(super::query::Entity::Mapper { registry, mapper, .. })) =
            (q.session.clone(), q.entities.first())
        else {
            return Err(interp.not_supported("insert() of anything but one mapped class"));
        };
        self.check_pending_rollback(interp, &session)?;
        if session.autoflush.get() {
            self.autoflush(interp, &session)?;
        }
        self.autobegin(&session);
        let Some(table) = registry.borrow().table_of(*mapper).cloned() else { return Ok(0) };
        let mut count = 0;
        for row in rows {
            let mut given: Vec<(String, Value)> = Vec::new();
            for (k, v) in row {
                let key = match &k {
                    Value::Str(s) => s.to_string(),
                    other => super::native::state::<super::expr::ExprObj>(other)
                        .and_then(|e| e.attribute.as_ref().map(|(_, key)| key.clone()))
                        .unwrap_or_default(),
                };
                let Some(c) = table.columns.iter().find(|c| c.key == key || c.name == key) else {
                    return Err(self.error(interp, SaExc::CompileError, format!("Unconsumed column names: {key}")));
                };
                given.push((c.name.clone(), v));
            }
            let mut names = Vec::new();
            let mut cells = Vec::new();
            for c in &table.columns {
                let mut value = given.iter().find(|(n, _)| *n == c.name).map_or(Value::None, |(_, v)| v.clone());
                if let (Value::None, Some(default)) = (&value, &c.default) {
                    value = self.default_value(interp, default)?;
                }
                // SQLite assigns an integer primary key left out; constraints are SQLite's to check.
                if matches!(value, Value::None) && (c.server_default.is_some() || (c.primary_key && c.autoincrement)) {
                    continue;
                }
                names.push(super::expr::quote(&c.name));
                cells.push(super::state::to_cell(&value, &c.ty));
            }
            let sql = super::flush::insert_sql(&super::expr::quote(&table.name), &names);
            self.run_statement(interp, &session.engine, &sql, &cells, super::Phase::Query)?;
            count += 1;
        }
        Ok(count)
    }
}
