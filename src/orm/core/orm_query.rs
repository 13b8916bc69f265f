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

mod run;

use super::orm_select::OrmEntity;
use super::select_obj::{SelectObj, select_value_orm};
use super::{Method, core_class, split_self};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::native::{state, wrap};
use crate::sql::compiler::{CompileOptions, Compiler, Dialect};
use crate::sql::elements::adapt::replace_columns;
use crate::sql::elements::build;
use crate::sql::elements::{ColumnRef, Expr};
use crate::sql::selectable::{FromClause, FromKind, FromRef, Select, SelectStmt};
use crate::sql::types::SqlType;
pub use run::slice;
use run::{all, bulk, count, first, get, getitem, iter, one, scalar};
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
    let mut class = core_class(interp, "sqlalchemy.orm.query", "Query", &methods, PROPERTIES);
    // `sessionmaker(query_cls=BaseQuery)`: the session's queries are of that `Query` subclass.
    if let Some(Value::Class(custom)) = crate::orm::session::session_of(&session).and_then(|s| s.query_cls.clone())
        && custom.is_subclass_of(&class)
    {
        class = custom;
    }
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

/// `Query.values(*columns)`: an iterator over the rows of the query with only these columns
/// (an empty one without columns), as `Query._values_no_warn` gives.
fn values(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if args.positional.len() < 2 {
        return Ok(interp.make_iterator(Vec::new()));
    }
    let narrowed = with_entities(interp, args)?;
    iter(interp, Args::positional(vec![narrowed]))
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
    ("values", values),
    ("value", |i, a| {
        // `Query.value(col)`: the first row's value, or None.
        let rows = values(i, a)?;
        match i.next(&rows)? {
            Some(row) => i.get_item(&row, &Value::Int(0)),
            None => Ok(Value::None),
        }
    }),
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
    // What the query returns (`[{'name': 'User', 'type': User, 'entity': User, ...}]`), as its SELECT says.
    ("column_descriptions", |i, a| {
        let (q, _) = this(i, a)?;
        i.get_attr(&q.select, "column_descriptions")
    }),
];
