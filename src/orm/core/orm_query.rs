//! The legacy `Query` (`session.query(...)`) as SQLAlchemy 2.x builds it: a wrapper around an
//! ORM-enabled `select()` bound to a session. Every builder method is the `Select` method of the same
//! name (`filter` is `where`), so a query accepts whatever a `select()` accepts — column expressions,
//! labels, CASE, window functions, subqueries and aliased entities — and the methods that run it go
//! through `session.execute()`, as `Query._iter()` does.
//!
//! Executed directly, a query labels its columns `LABEL_STYLE_TABLENAME_PLUS_COL`
//! (`user_account.id AS user_account_id`); used as a statement (`subquery()`, `in_(query)`,
//! `scalar_subquery()`, `exists()`) it keeps the select's own labels (`LABEL_STYLE_LEGACY_ORM`).
//! Rows of a query with a mapped entity are uniqued, and a single entity comes back as itself rather
//! than as a one-element row.

use super::orm_select::OrmEntity;
use super::select_obj::{SelectObj, select_value_orm};
use super::{Method, core_class, split_self};
use crate::eval::ExcType;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;
use crate::orm::engine::row::RowData;
use crate::orm::native::{state, wrap};
use crate::sql::compiler::{CompileOptions, Compiler, Dialect};
use crate::sql::elements::adapt::replace_columns;
use crate::sql::elements::build::{self, Operand};
use crate::sql::elements::{ColumnRef, Expr};
use crate::sql::selectable::{FromClause, FromKind, FromRef, Select, SelectStmt};
use crate::sql::types::SqlType;
use std::rc::Rc;

/// A `Query`: the session object it runs in and the `Select` it stands for.
pub struct QueryObj {
    pub session: Value,
    pub select: Value,
    /// After `union()` & co the query selects from a subquery of the compound: criteria and ordering
    /// given later name the entities' columns and are read from that subquery (`_from_selectable`).
    pub adapt: Option<Rc<Adapt>>,
}

/// Original column → the subquery column standing for it.
pub struct Adapt {
    pub columns: Vec<(ColumnRef, ColumnRef)>,
}

impl Adapt {
    fn swap(&self, c: &ColumnRef) -> Option<ColumnRef> {
        let same_table = |a: &Option<FromRef>, b: &Option<FromRef>| match (a, b) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            _ => false,
        };
        self.columns
            .iter()
            .find(|(orig, _)| Rc::ptr_eq(&orig.col, &c.col) && same_table(&orig.table, &c.table))
            .map(|(_, new)| new.clone())
    }

    /// The statement with its criteria, grouping and ordering read from the subquery.
    fn apply(&self, s: &Select) -> Select {
        let mut s = s.clone();
        let swap = |c: &ColumnRef| self.swap(c);
        for list in [&mut s.where_, &mut s.order_by, &mut s.group_by, &mut s.having] {
            for e in list.iter_mut() {
                *e = replace_columns(e, &swap);
            }
        }
        s
    }
}

/// `session.query(*entities)`.
pub fn query_call(interp: &mut Interp, session: Value, args: Args) -> PyResult<Value> {
    let select = super::orm_select::select_call(interp, args)?;
    Ok(query_value(interp, session, select))
}

pub fn query_value(interp: &mut Interp, session: Value, select: Value) -> Value {
    adapted_value(interp, session, select, None)
}

fn adapted_value(interp: &mut Interp, session: Value, select: Value, adapt: Option<Rc<Adapt>>) -> Value {
    let select = match (&adapt, state::<SelectObj>(&select)) {
        (Some(a), Some(obj)) => match &obj.stmt {
            SelectStmt::Select(s) => {
                let stmt = SelectStmt::Select(Rc::new(a.apply(s)));
                select_value_orm(interp, stmt, obj.params.clone(), obj.orm.clone())
            }
            _ => select,
        },
        _ => select,
    };
    let methods: Vec<(&str, Method)> = DELEGATED.iter().chain(RUN).copied().collect();
    let class = core_class(interp, "sqlalchemy.orm.query", "Query", &methods, PROPERTIES);
    wrap(interp, &class, QueryObj { session, select, adapt })
}

/// The `Query` class (`from sqlalchemy.orm import Query`, for annotations and `isinstance`).
pub fn query_class(interp: &mut Interp) -> Rc<crate::eval::value::Class> {
    let methods: Vec<(&str, Method)> = DELEGATED.iter().chain(RUN).copied().collect();
    core_class(interp, "sqlalchemy.orm.query", "Query", &methods, PROPERTIES)
}

/// The SELECT a `Query` stands for (`query.statement`), for Core functions given a query.
pub fn query_select(v: &Value) -> Option<Value> {
    state::<QueryObj>(v).map(|q| q.select.clone())
}

fn this(interp: &Interp, args: Args) -> PyResult<(Rc<QueryObj>, Args)> {
    let (v, rest) = split_self(args);
    match state::<QueryObj>(&v) {
        Some(q) => Ok((q, rest)),
        None => Err(interp.type_error("descriptor requires a 'Query' object")),
    }
}

/// Queries among the arguments stand for their statements (`q1.union(q2)`, `join(q.subquery())`).
fn statements(args: Args) -> Args {
    let swap = |v: Value| query_select(&v).unwrap_or(v);
    Args {
        positional: args.positional.into_iter().map(swap).collect(),
        keywords: args.keywords.into_iter().map(|(k, v)| (k, swap(v))).collect(),
    }
}

/// Calls the select's method `name`; a SELECT back becomes a new query in the same session.
fn delegate(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let (q, rest) = this(interp, args)?;
    let method = interp.get_attr(&q.select, name)?;
    let out = interp.call(&method, statements(rest))?;
    if state::<SelectObj>(&out).is_some_and(|s| s.orm.is_some()) {
        return Ok(adapted_value(interp, q.session.clone(), out, q.adapt.clone()));
    }
    Ok(out)
}

/// The select with the legacy top-level label style (`user_account.id AS user_account_id`).
fn top_level(interp: &mut Interp, q: &QueryObj) -> PyResult<Value> {
    match state::<SelectObj>(&q.select) {
        Some(s) if matches!(s.stmt, SelectStmt::Select(_)) => {
            interp.call_method(&q.select, "set_label_style", vec![Value::Int(1)])
        }
        _ => Ok(q.select.clone()),
    }
}

/// What a query's rows are: whether it has a mapped entity (rows are uniqued) and whether it has a
/// single entity (rows are that entity).
fn shape(q: &QueryObj) -> (bool, bool) {
    let Some(info) = state::<SelectObj>(&q.select).and_then(|s| s.orm.clone()) else { return (false, false) };
    let mapper = |e: &OrmEntity| matches!(e, OrmEntity::Mapper { .. });
    (info.entities.iter().any(mapper), info.entities.len() == 1 && info.entities.iter().all(mapper))
}

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

fn all(interp: &mut Interp, args: Args) -> PyResult<Value> {
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

fn first(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (q, _) = this(interp, args)?;
    Ok(limited(interp, &q, None, 1)?.into_iter().next().unwrap_or(Value::None))
}

fn one(interp: &mut Interp, args: Args, or_none: bool) -> PyResult<Value> {
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
fn scalar(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = one(interp, args, true)?;
    Ok(match state::<RowData>(&v) {
        Some(row) => row.values.first().cloned().unwrap_or(Value::None),
        None => v,
    })
}

/// `Query.count()`: `SELECT count(*) AS count_1 FROM (<the query, table-qualified labels>) AS anon_1`.
fn count(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (q, _) = this(interp, args)?;
    let inner = top_level(interp, &q)?;
    let Some(stmt) = super::select_obj::select_stmt_of(&inner) else {
        return Err(interp.type_error("count() needs a SELECT"));
    };
    let sub = FromClause::new_anon("anon", |name| FromKind::Subquery { element: stmt, name, lateral: false });
    let star = build::literal_column("*", SqlType::null());
    let count = build::function("count", Vec::new(), vec![Operand::Expr(star)], None);
    let mut s = Select::new(vec![count]);
    s.from_obj.push(sub);
    let info = super::orm_select::OrmInfo {
        entities: vec![OrmEntity::Column { index: 0 }],
        criteria: Vec::new(),
        eager: Vec::new(),
        bundles: Rc::default(),
        populate_existing: false,
        fallback_froms: Rc::default(),
    };
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
fn get(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (q, rest) = this(interp, args)?;
    let Some(class) = entity_class(&q) else {
        return Err(interp.type_error("get() needs a query of one mapped class"));
    };
    let ident = super::first(&rest);
    interp.call_method(&q.session, "get", vec![class, ident])
}

/// `Query.update(values, synchronize_session="auto")` / `Query.delete(synchronize_session="auto")`:
/// as SQLAlchemy's `Query.update()` builds it, `update(Entity)` with the query's WHERE criteria
/// and `values`, run by `session.execute()` with the `synchronize_session` option (so SQL-expression
/// values, "evaluate" / "fetch" and their errors are the 2.0 statement's); the row count.
fn bulk(interp: &mut Interp, args: Args, update: bool) -> PyResult<Value> {
    let (q, rest) = this(interp, args)?;
    let criteria = match state::<SelectObj>(&q.select).map(|s| s.stmt.clone()) {
        Some(SelectStmt::Select(s)) => Some(s.where_.clone()),
        _ => None,
    };
    if let (Some(class), Some(criteria)) = (entity_class(&q), criteria)
        && let Some(stmt) = super::orm_dml::orm_statement(interp, &class, if update { "update" } else { "delete" })?
    {
        let mut stmt = stmt;
        if !criteria.is_empty() {
            let crit = criteria.into_iter().map(|e| super::expr_obj::expr_value(interp, e)).collect();
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
    let Some(legacy) = state::<SelectObj>(&q.select).and_then(|s| super::bridge::select_to_legacy(&s)) else {
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

fn getitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (q, rest) = this(interp, args)?;
    let index = super::first(&rest);
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

fn iter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let list = all(interp, args)?;
    interp.iter(&list)
}

/// `with_entities(*entities)`: the same FROM, criteria and ordering, other columns.
fn with_entities(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (q, rest) = this(interp, args)?;
    let fresh = super::orm_select::select_call(interp, rest)?;
    let (Some(old), Some(new)) = (state::<SelectObj>(&q.select), state::<SelectObj>(&fresh)) else {
        return Ok(query_value(interp, q.session.clone(), fresh));
    };
    let (SelectStmt::Select(old_s), SelectStmt::Select(new_s)) = (&old.stmt, &new.stmt) else {
        return Ok(query_value(interp, q.session.clone(), fresh));
    };
    let mut s = (**old_s).clone();
    s.columns = new_s.columns.clone();
    let select = select_value_orm(interp, SelectStmt::Select(Rc::new(s)), old.params.clone(), new.orm.clone());
    Ok(query_value(interp, q.session.clone(), select))
}

/// Options that only change how rows load: the same query.
fn same(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (q, _) = this(interp, args)?;
    Ok(query_value(interp, q.session.clone(), q.select.clone()))
}

/// `str(query)`: the statement as the session's SQLite dialect writes it (`?` placeholders).
fn select_text(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (q, _) = this(interp, args)?;
    let select = top_level(interp, &q)?;
    // With its eager joins, as the query runs (`joinedload()` adds `LEFT OUTER JOIN ... AS book_1`).
    let stmt = match state::<SelectObj>(&select) {
        Some(s) => crate::orm::eager::joined::compiled_form(&s.stmt, s.orm.as_deref()),
        None => match super::select_obj::select_stmt_of(&select) {
            Some(stmt) => stmt,
            None => return Ok(Value::str("")),
        },
    };
    let compiled =
        super::convert::py(interp, Compiler::compile_select(Dialect::Sqlite, CompileOptions::default(), &stmt))?;
    Ok(Value::str(&compiled.string()))
}

/// The FROM element of a mapped entity: its alias, else its class's table.
fn entity_from(e: &OrmEntity) -> Option<FromRef> {
    let OrmEntity::Mapper { registry, mapper, alias, .. } = e else { return None };
    if let Some(a) = alias {
        return Some(a.clone());
    }
    let table = registry.borrow().mappers.get(*mapper)?.table.clone();
    super::bridge::core_table(registry, &table)
}

/// `Query.exists()`: `EXISTS (SELECT 1 FROM <the first entity> ...)` with the query's criteria.
fn exists(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (q, _) = this(interp, args)?;
    let Some(obj) = state::<SelectObj>(&q.select) else { return Err(interp.type_error("exists() needs a SELECT")) };
    let SelectStmt::Select(s) = &obj.stmt else { return Err(interp.type_error("exists() needs a SELECT")) };
    let mut inner = (**s).clone();
    inner.columns = vec![build::literal_column("1", SqlType::null())];
    let zero = obj.orm.as_ref().and_then(|o| o.entities.first().and_then(entity_from));
    if let Some(z) = zero
        && !inner.from_obj.iter().any(|f| Rc::ptr_eq(f, &z))
    {
        inner.from_obj.push(z);
    }
    Ok(super::expr_obj::expr_value(interp, build::exists(SelectStmt::Select(Rc::new(inner)))))
}

/// `q1.union(q2)`: a query of the same entities selecting from
/// `(<q1> UNION <q2>) AS anon_1`, each side with its table-qualified labels.
fn set_operation(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let (q, rest) = this(interp, args)?;
    let first = top_level(interp, &q)?;
    let mut others = Vec::new();
    for v in &rest.positional {
        match state::<QueryObj>(v) {
            Some(other) => others.push(top_level(interp, &other)?),
            None => others.push(v.clone()),
        }
    }
    let compound = interp.call_method(&first, name, others)?;
    let (Some(obj), Some(stmt)) = (state::<SelectObj>(&q.select), super::select_obj::select_stmt_of(&compound)) else {
        return Err(interp.type_error("set operations take queries"));
    };
    let SelectStmt::Select(s) = &obj.stmt else { return Err(interp.type_error("set operations take queries")) };
    let sub = FromClause::new_anon("anon", |name| FromKind::Subquery { element: stmt, name, lateral: false });
    let exported = sub.column_refs();
    let mut columns = Vec::with_capacity(s.columns.len());
    let mut pairs = Vec::new();
    for (i, c) in s.columns.iter().enumerate() {
        let Some(new) = exported.get(i) else { return Err(interp.type_error("set operation of different columns")) };
        if let Expr::Column(orig) = &**c {
            pairs.push((orig.clone(), new.clone()));
        }
        columns.push(Rc::new(Expr::Column(new.clone())) as crate::sql::elements::ExprRef);
    }
    let mut outer = Select::new(columns);
    outer.from_obj.push(sub);
    let select = select_value_orm(interp, SelectStmt::Select(Rc::new(outer)), obj.params.clone(), obj.orm.clone());
    Ok(adapted_value(interp, q.session.clone(), select, Some(Rc::new(Adapt { columns: pairs }))))
}

/// `Query.with_parent(instance, prop)`: the query filtered by the relationship's lazy clause.
fn with_parent(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (q, rest) = this(interp, args)?;
    let given = rest.positional.len() > 1 || crate::orm::native::kwarg(&rest, "property").is_some();
    let rest = if given {
        rest
    } else {
        let instance = crate::orm::native::arg(&rest, 0, "instance").unwrap_or(Value::None);
        let prop = super::lazy_clause::implied_relationship(interp, &q.select, &instance)?;
        Args::positional(vec![instance, prop])
    };
    let criterion = super::lazy_clause::with_parent_call(interp, rest)?;
    let select = interp.call_method(&q.select, "where", vec![criterion])?;
    Ok(query_value(interp, q.session.clone(), select))
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

macro_rules! delegating {
    ($($name:literal => $target:literal),* $(,)?) => {
        &[$(($name, |i, a| {
            no_keywords(i, &a, $name)?;
            delegate(i, a, $target)
        })),*]
    };
}

/// `Query.filter(*criterion)` and its kin take no keywords: `filter(name="ed")` (the 1.x
/// `filter_by` mix-up) is CPython's TypeError, not an ignored argument.
fn no_keywords(interp: &Interp, args: &Args, name: &str) -> PyResult<()> {
    const POSITIONAL_ONLY: &[&str] =
        &["filter", "where", "order_by", "group_by", "having", "add_columns", "add_column"];
    match args.keywords.first() {
        Some((k, _)) if POSITIONAL_ONLY.contains(&name) => {
            Err(interp.type_error(format!("Query.{name}() got an unexpected keyword argument '{k}'")))
        }
        _ => Ok(()),
    }
}

const DELEGATED: &[(&str, Method)] = delegating![
    "filter" => "where", "where" => "where", "filter_by" => "filter_by", "order_by" => "order_by",
    "group_by" => "group_by", "having" => "having", "join" => "join", "outerjoin" => "outerjoin",
    "select_from" => "select_from", "join_from" => "join_from", "limit" => "limit", "offset" => "offset",
    "distinct" => "distinct", "options" => "options", "correlate" => "correlate", "params" => "params",
    "execution_options" => "execution_options", "add_columns" => "add_columns", "add_column" => "add_columns",
    "add_entity" => "add_columns", "with_for_update" => "with_for_update", "subquery" => "subquery",
    "scalar_subquery" => "scalar_subquery", "as_scalar" => "scalar_subquery",
    "cte" => "cte", "label" => "label", "prefix_with" => "prefix_with",
    "suffix_with" => "suffix_with", "from_statement" => "from_statement",
];

const RUN: &[(&str, Method)] = &[
    ("all", all),
    ("first", first),
    ("one", |i, a| one(i, a, false)),
    ("one_or_none", |i, a| one(i, a, true)),
    ("scalar", scalar),
    ("count", count),
    ("get", get),
    ("exists", exists),
    ("with_parent", with_parent),
    ("union", |i, a| set_operation(i, a, "union")),
    ("union_all", |i, a| set_operation(i, a, "union_all")),
    ("intersect", |i, a| set_operation(i, a, "intersect")),
    ("intersect_all", |i, a| set_operation(i, a, "intersect_all")),
    ("except_", |i, a| set_operation(i, a, "except_")),
    ("except_all", |i, a| set_operation(i, a, "except_all")),
    ("update", |i, a| bulk(i, a, true)),
    ("delete", |i, a| bulk(i, a, false)),
    ("__iter__", iter),
    ("__getitem__", getitem),
    ("__str__", select_text),
    ("with_entities", with_entities),
    ("slice", slice),
    ("populate_existing", |i, a| {
        let mut a = a;
        a.keywords.push((crate::ir::Name::from("populate_existing"), Value::Bool(true)));
        delegate(i, a, "execution_options")
    }),
    ("enable_eagerloads", same),
    ("autoflush", same),
    ("yield_per", same),
];

const PROPERTIES: &[(&str, Method)] = &[
    ("statement", |i, a| {
        let (q, _) = this(i, a)?;
        Ok(q.select.clone())
    }),
    ("selectable", |i, a| {
        let (q, _) = this(i, a)?;
        Ok(q.select.clone())
    }),
    ("session", |i, a| {
        let (q, _) = this(i, a)?;
        Ok(q.session.clone())
    }),
];
