//! ORM-enabled INSERT, UPDATE and DELETE (`insert(User)`, `update(User).where(...)`,
//! `delete(User)`): Core DML statements over the mapped table that also know their entity, run by
//! `session.execute()` the way SQLAlchemy's `orm/bulk_persistence.py` runs them.
//!
//! - With a list of parameter dictionaries, an INSERT is an ORM bulk insert and an UPDATE is a bulk
//!   UPDATE by primary key (see [`bulk`]).
//! - An UPDATE / DELETE with criteria keeps the session's objects in step per `synchronize_session`:
//!   `"auto"` evaluates the criteria when it only compares the entity's own columns with values
//!   ("evaluate"), otherwise it fetches the matched primary keys with `RETURNING` ("fetch"); `False`
//!   leaves the objects as they are.
//! - `.returning(User)` gives ORM objects, through the identity map.

pub(crate) mod bulk;
mod evaluate;
mod joined;

use super::convert::{from_sql_value, py};
use super::dml_obj::{DmlObj, dml_object};
use super::orm_select::OrmEntity;
use crate::db::Cell;
use crate::eval::value::{Class, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::mapper::{ColumnDef, RegistryRef};
use crate::orm::native::kwarg;
use crate::orm::session::SessionData;
use crate::sql::compiler::{CompileOptions, Compiler, Dialect, ParamSet};
use crate::sql::dml::{Delete, DmlStatement, DmlValue, Insert, Update};
use crate::sql::elements::build;
use crate::sql::elements::{Expr, ExprRef};
use crate::sql::ops::Op;
use crate::sql::selectable::{FromRef, Select};
use evaluate::{evaluable, unevaluable};
use std::rc::Rc;

/// What an ORM-enabled DML statement knows beyond its Core form.
#[derive(Clone)]
pub struct OrmDml {
    pub registry: RegistryRef,
    pub mapper: usize,
    pub class: Rc<Class>,
    /// The RETURNING columns as the ORM reads them (entities and single columns).
    pub returning: Vec<OrmEntity>,
    /// The `synchronize_session` execution option, when given on the statement.
    pub synchronize: Option<Value>,
    /// `render_nulls=True`: a bulk INSERT sends None values rather than leaving their columns out.
    pub render_nulls: bool,
    /// `returning(..., sort_by_parameter_order=True)`.
    pub sort_by_parameter_order: bool,
}

/// `insert(User)` / `update(User)` / `delete(User)`: `None` when `v` is not a mapped class.
pub fn orm_statement(interp: &mut Interp, v: &Value, kind: &str) -> PyResult<Option<Value>> {
    let Some((registry, mapper, class)) = super::orm_select::mapped_class(v) else { return Ok(None) };
    let orm = crate::orm::orm(interp)?;
    orm.configure(interp, &registry)?;
    let table_name = registry.borrow().mappers[mapper].table.clone();
    let Some(table) = super::bridge::core_table(&registry, &table_name) else { return Ok(None) };
    let stmt = match kind {
        "insert" => DmlStatement::Insert(Rc::new(Insert { table: Some(table), ..Insert::default() })),
        "update" => DmlStatement::Update(Rc::new(Update { table: Some(table), ..Update::default() })),
        _ => DmlStatement::Delete(Rc::new(Delete { table: Some(table), ..Delete::default() })),
    };
    let info = OrmDml {
        registry,
        mapper,
        class,
        returning: Vec::new(),
        synchronize: None,
        render_nulls: false,
        sort_by_parameter_order: false,
    };
    Ok(Some(dml_object(interp, DmlObj { stmt, sqlite: false, orm: Some(Rc::new(info)) })))
}

/// The RETURNING columns for `.returning(*cols)`: a mapped class stands for its table's columns.
/// `base` is the number of RETURNING columns already there.
pub fn returning_columns(
    interp: &mut Interp,
    args: &[Value],
    base: usize,
    cols: &mut Vec<ExprRef>,
    entities: &mut Vec<OrmEntity>,
) -> PyResult<()> {
    for v in args {
        if let Some((registry, mapper, class)) = super::orm_select::mapped_class(v) {
            crate::orm::orm(interp)?.configure(interp, &registry)?;
            // RETURNING names the table's columns only; mapped SQL expressions load on access.
            let mut unloaded = super::loader_options::default_unloaded(&registry, mapper);
            for key in crate::orm::column_property::keys_of(&registry, mapper) {
                if !unloaded.iter().any(|(k, _)| *k == key) {
                    unloaded.push((key, false));
                }
            }
            let more = super::loader_options::loaded_columns(&registry, mapper, None, &unloaded, &[]);
            let start = base + cols.len();
            let unloaded = Rc::new(unloaded);
            entities.push(OrmEntity::Mapper {
                registry,
                mapper,
                class,
                start,
                len: more.len(),
                alias: None,
                unloaded,
                key: None,
                poly: None,
                exprs: Rc::default(),
            });
            cols.extend(more);
        } else {
            let mut sel = Select::new(Vec::new());
            super::select_obj::columns_arg(interp, v, &mut sel)?;
            for c in sel.columns {
                entities.push(OrmEntity::Column { index: base + cols.len() });
                cols.push(c);
            }
        }
    }
    Ok(())
}

/// `stmt.execution_options(...)` on an ORM statement: the options the ORM reads.
pub fn with_options(interp: &mut Interp, info: &OrmDml, args: &Args) -> PyResult<OrmDml> {
    let mut new = info.clone();
    if let Some(v) = kwarg(args, "synchronize_session") {
        new.synchronize = Some(v);
    }
    if let Some(v) = kwarg(args, "render_nulls") {
        new.render_nulls = interp.truthy(&v)?;
    }
    Ok(new)
}

/// `filter_by(name=value)`: equality criteria on the statement table's columns.
pub fn filter_by(interp: &mut Interp, table: &FromRef, args: &Args) -> PyResult<Vec<ExprRef>> {
    let mut out = Vec::new();
    for (k, v) in &args.keywords {
        let Some(col) = table.column_expr(k) else {
            let orm = crate::orm::orm(interp)?;
            let name = table.name().map(|n| n.text()).unwrap_or_default();
            return Err(orm.error(
                interp,
                crate::orm::SaExc::InvalidRequestError,
                format!("Entity namespace for \"{name}\" has no property \"{k}\""),
            ));
        };
        let operand = crate::orm::type_decorator::operand_for(interp, v, &col.ty())?;
        out.push(py(interp, build::compare(&col, Op::Eq, operand, false))?);
    }
    Ok(out)
}

/// How the session's objects follow an UPDATE / DELETE.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sync {
    None,
    Evaluate,
    Fetch,
}

fn sync_mode(interp: &mut Interp, option: Option<&Value>, criteria: &[ExprRef], tables: &[FromRef]) -> PyResult<Sync> {
    let auto = || if criteria.iter().all(|c| evaluable(c, tables)) { Sync::Evaluate } else { Sync::Fetch };
    Ok(match option {
        None | Some(Value::None) => auto(),
        Some(Value::Str(s)) if &**s == "fetch" => Sync::Fetch,
        Some(Value::Str(s)) if &**s == "evaluate" => {
            // An explicit "evaluate" of criteria Python can't evaluate: SQLAlchemy's evaluator fails.
            if let Some(what) = criteria.iter().find_map(|c| unevaluable(c, tables)) {
                return Err(crate::orm::orm(interp)?.error(
                    interp,
                    crate::orm::SaExc::InvalidRequestError,
                    format!("Could not evaluate current criteria in Python: \"{what}\". Specify 'fetch' or False for the synchronize_session execution option."),
                ));
            }
            Sync::Evaluate
        }
        Some(Value::Str(s)) if &**s == "auto" => auto(),
        Some(Value::Bool(false)) => Sync::None,
        // `_do_pre_synchronize_*`: anything else is not a strategy (`True`, `"yes"`, `"Fetch"`).
        Some(_) => {
            return Err(crate::orm::orm(interp)?.error(
                interp,
                crate::orm::SaExc::ArgumentError,
                "Valid strategies for session synchronization are 'auto', 'evaluate', 'fetch', False",
            ));
        }
    })
}

/// `session.execute(stmt, params, execution_options=...)` for an ORM-enabled DML statement.
pub fn execute(
    interp: &mut Interp,
    session: &Rc<SessionData>,
    obj: &DmlObj,
    info: &OrmDml,
    params: Option<&Value>,
    options: Option<&Value>,
    scalars: bool,
) -> PyResult<Value> {
    let orm = crate::orm::orm(interp)?;
    orm.check_pending_rollback(interp, session)?;
    if session.autoflush.get() {
        orm.autoflush(interp, session)?;
    }
    orm.autobegin(interp, session)?;
    let mut info = info.clone();
    let mut populate = false;
    if let Some(Value::Dict(d)) = options {
        for (k, v) in d.borrow().items() {
            match crate::orm::native::as_str(&k).as_deref() {
                Some("synchronize_session") => info.synchronize = Some(v),
                Some("render_nulls") => info.render_nulls = interp.truthy(&v)?,
                Some("populate_existing") => populate = interp.truthy(&v)?,
                _ => {}
            }
        }
    }
    // `populate_existing`: the RETURNING rows overwrite the objects already in the identity map
    // (the ORM DML guide's upsert recipe), as an ORM SELECT's do.
    let outer = populate.then(|| session.populating.replace(Some(Default::default())));
    let done = run(interp, session, obj, &info, params, scalars);
    if let Some(outer) = outer {
        session.populating.replace(outer);
    }
    done
}

/// [`execute`] once the options are read.
fn run(
    interp: &mut Interp,
    session: &Rc<SessionData>,
    obj: &DmlObj,
    info: &OrmDml,
    params: Option<&Value>,
    scalars: bool,
) -> PyResult<Value> {
    let orm = crate::orm::orm(interp)?;
    let info = info.clone();
    let sets = crate::orm::engine::connection::param_sets(interp, params)?;
    let many = matches!(params, Some(Value::List(_)));
    match &obj.stmt {
        DmlStatement::Insert(_) if many => bulk::bulk_insert(interp, session, obj, &info, &sets, scalars),
        DmlStatement::Update(u) if many && u.where_.is_empty() => bulk::bulk_update(interp, session, obj, &info, &sets),
        DmlStatement::Insert(_) => {
            let compiled = super::execute::compile_dml(interp, &obj.stmt, None, &sets)?;
            let done = orm.run_compiled(interp, &session.engine, &compiled, crate::orm::Phase::Query)?;
            if info.returning.is_empty() {
                // A single-row INSERT's cursor result: its `inserted_primary_key`, as a Connection's.
                use crate::orm::engine::result::{ResultClass, ResultState, result_object};
                let last = done.last().map_or(0, |d| d.last_insert_rowid);
                let mut state = ResultState::no_rows(done.iter().map(|d| d.changes as i64).sum(), Some(last));
                state.inserted_primary_key = crate::orm::engine::inserted::inserted_key_of(interp, obj, &sets, last);
                state.is_insert = true;
                return Ok(result_object(interp, state, ResultClass::Cursor));
            }
            bulk::result(interp, session, &info, &compiled, done, scalars)
        }
        DmlStatement::Update(_) | DmlStatement::Delete(_) => criteria_dml(interp, session, obj, &info, &sets, scalars),
    }
}

/// An UPDATE or DELETE with criteria, the session synchronised per `synchronize_session`.
fn criteria_dml(
    interp: &mut Interp,
    session: &Rc<SessionData>,
    obj: &DmlObj,
    info: &OrmDml,
    sets: &[Vec<(String, Value)>],
    scalars: bool,
) -> PyResult<Value> {
    let orm = crate::orm::orm(interp)?;
    let (Some(table), criteria) = (obj.stmt.table(), criteria_of(&obj.stmt)) else {
        return Err(interp.not_supported("this UPDATE / DELETE"));
    };
    let mut tables = vec![table.clone()];
    for base in &info.class.mro_tail {
        if let Some((registry, mapper, _)) = super::orm_select::mapped_class(&Value::Class(base.clone())) {
            let name = registry.borrow().mappers[mapper].table.clone();
            tables.extend(super::bridge::core_table(&registry, &name));
        }
    }
    let mode = sync_mode(interp, info.synchronize.as_ref(), &criteria, &tables)?;
    let pk: Vec<ExprRef> = table
        .column_refs()
        .into_iter()
        .filter(|c| c.col.primary_key)
        .map(|c| Rc::new(Expr::Column(c)) as ExprRef)
        .collect();
    let mut stmt = adjusted(interp, obj)?;
    let mut keys: Vec<Vec<Cell>> = Vec::new();
    let fetch_returning = mode == Sync::Fetch && obj.stmt.returning().is_empty();
    if mode == Sync::Evaluate || (mode == Sync::Fetch && !fetch_returning) {
        // The objects matched are of the statement's class (`state.mapper.isa(mapper)`).
        keys = matched_keys(interp, session, &pk, &criteria_of(&stmt))?;
    } else if fetch_returning {
        stmt = with_returning(&stmt, pk.clone());
    }
    let compiled = super::execute::compile_dml(interp, &stmt, None, sets)?;
    let done = orm.run_compiled(interp, &session.engine, &compiled, crate::orm::Phase::Query)?;
    if fetch_returning {
        keys = done.iter().flat_map(|d| d.rows.iter().cloned()).collect();
    }
    if mode != Sync::None {
        match &obj.stmt {
            // Each matched object gets the SET values evaluated against its own state.
            DmlStatement::Update(u) => {
                let columns =
                    info.registry.borrow().table_of(info.mapper).map(|t| t.columns.clone()).unwrap_or_default();
                let planned = assignments(interp, info, u);
                for key in keys {
                    let id = crate::orm::identity::IdentityKey::new(&info.registry, info.mapper, &key);
                    let found = session.identity.borrow().get(&id).cloned();
                    let Some(inst) = found else { continue };
                    let mut values = Vec::with_capacity(planned.len());
                    for (c, v) in &planned {
                        let value = match v {
                            DmlValue::Value(v) => Some(from_sql_value(interp, v)),
                            DmlValue::Expr(e) => evaluate::set_value(interp, e, &inst, &columns, &tables)?,
                        };
                        values.push((c.clone(), value));
                    }
                    let skip = mode == Sync::Evaluate;
                    orm.synchronize(interp, session, &info.registry, info.mapper, vec![key], Some(&values), skip);
                }
            }
            _ => orm.synchronize(interp, session, &info.registry, info.mapper, keys, None, mode == Sync::Evaluate),
        }
    }
    if fetch_returning {
        // The keys RETURNING fetched are the ORM's; the caller sees a plain row count.
        let count = done.iter().map(|d| d.rows.len() as i64).sum();
        return Ok(bulk::count_result(interp, count));
    }
    bulk::result(interp, session, info, &compiled, done, scalars)
}

/// The statement as SQLAlchemy compiles an ORM-enabled UPDATE / DELETE (`_adjust_for_extra_criteria`
/// in `orm/bulk_persistence.py`): against a single-table subclass its discriminator criterion
/// (`employee.type IN (...)`) follows the statement's own WHERE criteria, so `update(Engineer)` /
/// `delete(Engineer)` touch engineers' rows only — in `str(stmt)` as well as when run.
pub fn adjusted(interp: &mut Interp, obj: &DmlObj) -> PyResult<DmlStatement> {
    let Some(info) = &obj.orm else { return Ok(obj.stmt.clone()) };
    if matches!(obj.stmt, DmlStatement::Insert(_)) {
        return Ok(obj.stmt.clone());
    }
    let Some(c) = super::orm_select::subclass_criterion(interp, &info.registry, info.mapper)? else {
        return Ok(obj.stmt.clone());
    };
    Ok(match &obj.stmt {
        DmlStatement::Update(u) => {
            let mut new = (**u).clone();
            new.where_.push(c);
            DmlStatement::Update(Rc::new(new))
        }
        DmlStatement::Delete(d) => {
            let mut new = (**d).clone();
            new.where_.push(c);
            DmlStatement::Delete(Rc::new(new))
        }
        other => other.clone(),
    })
}

/// The discriminator a bulk INSERT of the class fills when the parameters leave it out
/// (`_collect_insert_commands(bulk=True)`: `params.setdefault(polymorphic key, identity)`).
pub(super) fn identity_default(info: &OrmDml) -> Option<(String, Value)> {
    let reg = info.registry.borrow();
    let on = crate::orm::inheritance::discriminator(&reg, info.mapper)?;
    Some((on, reg.mappers.get(info.mapper)?.polymorphic_identity.clone()?))
}

fn criteria_of(stmt: &DmlStatement) -> Vec<ExprRef> {
    match stmt {
        DmlStatement::Update(u) => u.where_.clone(),
        DmlStatement::Delete(d) => d.where_.clone(),
        DmlStatement::Insert(_) => Vec::new(),
    }
}

fn with_returning(stmt: &DmlStatement, cols: Vec<ExprRef>) -> DmlStatement {
    match stmt {
        DmlStatement::Update(u) => DmlStatement::Update(Rc::new(Update { returning: cols, ..(**u).clone() })),
        DmlStatement::Delete(d) => DmlStatement::Delete(Rc::new(Delete { returning: cols, ..(**d).clone() })),
        other => other.clone(),
    }
}

/// The primary keys of the rows the criteria match now (what "evaluate" finds among the session's
/// objects), read without logging: SQLAlchemy evaluates in Python and emits nothing.
fn matched_keys(
    interp: &mut Interp,
    session: &SessionData,
    pk: &[ExprRef],
    criteria: &[ExprRef],
) -> PyResult<Vec<Vec<Cell>>> {
    let mut s = Select::new(pk.to_vec());
    s.where_ = criteria.to_vec();
    let stmt = crate::sql::selectable::SelectStmt::Select(Rc::new(s));
    let compiled = py(interp, Compiler::compile_select(Dialect::Sqlite, CompileOptions::default(), &stmt))?;
    let Ok((text, cells)) = compiled.execution(&ParamSet::new()) else { return Ok(Vec::new()) };
    Ok(session.engine.run_quiet(&text, &cells).map(|e| e.rows).unwrap_or_default())
}

/// An UPDATE's SET values with the mapped columns they set.
fn assignments(_interp: &mut Interp, info: &OrmDml, u: &Update) -> Vec<(ColumnDef, DmlValue)> {
    let columns = info.registry.borrow().table_of(info.mapper).map(|t| t.columns.clone()).unwrap_or_default();
    let mut out = Vec::new();
    for (k, v) in &u.values {
        let key = k.key();
        let Some(c) = columns.iter().find(|c| c.key == key || c.name == key) else { continue };
        out.push((c.clone(), v.clone()));
    }
    out
}
