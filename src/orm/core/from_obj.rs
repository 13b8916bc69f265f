//! FROM elements as Python objects (`Table`, `Alias`, `Subquery`, `CTE`, `Join`, `Lateral`, `Values`,
//! table-valued functions): their `.c`, `join()`/`outerjoin()`/`alias()`, the Table's `select()` /
//! `insert()` / `update()` / `delete()`, reprs, and `str()` through the default compiler.

use super::collection::columns_value;
use super::convert::{py, to_expr};
use super::{Method, arg, core_class, fake_address, kwarg, named_repr, split_self};
use crate::eval::ExcType;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::native::{as_str, state, wrap};
use crate::sql::compiler::{CompileOptions, Compiler, Dialect};
use crate::sql::elements::{Expr, ExprRef};
use crate::sql::selectable::joins::join;
use crate::sql::selectable::{FromClause, FromKind, FromRef, SelectStmt};
use std::rc::Rc;

/// A FROM element object.
pub struct FromObj {
    pub from: FromRef,
}

fn class_name(f: &FromClause) -> (&'static str, &'static str) {
    match &f.kind {
        FromKind::Table(t) if t.lightweight => ("sqlalchemy.sql.selectable", "TableClause"),
        FromKind::Table(_) => ("sqlalchemy.sql.schema", "Table"),
        FromKind::Alias { .. } => ("sqlalchemy.sql.selectable", "Alias"),
        FromKind::Subquery { lateral: true, .. } => ("sqlalchemy.sql.selectable", "Lateral"),
        FromKind::Subquery { .. } => ("sqlalchemy.sql.selectable", "Subquery"),
        FromKind::Cte(_) => ("sqlalchemy.sql.selectable", "CTE"),
        FromKind::Join(_) => ("sqlalchemy.sql.selectable", "Join"),
        FromKind::Values(_) => ("sqlalchemy.sql.selectable", "Values"),
        FromKind::TableValued { .. } => ("sqlalchemy.sql.selectable", "TableValuedAlias"),
        FromKind::Text(_) => ("sqlalchemy.sql.elements", "TextClause"),
    }
}

/// Wraps a FROM element as a Python object of its class.
pub fn from_value(interp: &mut Interp, from: FromRef) -> Value {
    // A table is one Python object however it is reached (see `Orm::table_values`).
    let orm = from.table().and_then(|_| crate::orm::orm(interp).ok());
    let address = Rc::as_ptr(&from) as *const () as usize;
    if let Some(v) = orm.as_ref().and_then(|o| o.table_values.borrow().get(&address).cloned()) {
        return v;
    }
    let (module, name) = class_name(&from);
    let class = core_class(interp, module, name, METHODS, PROPERTIES);
    if matches!(from.kind, FromKind::Values(_)) && !class.dict.borrow().contains_key("data") {
        let data = Interp::builtin("data", super::values_obj::data);
        class.dict.borrow_mut().insert(crate::ir::Name::from("data"), data);
    }
    let value = wrap(interp, &class, FromObj { from });
    if let Some(orm) = orm {
        orm.table_values.borrow_mut().insert(address, value.clone());
    }
    value
}

/// The FROM element a Python object is (tables, aliases, subqueries, joins; mapped classes through the
/// bridge).
pub fn from_of(interp: &mut Interp, v: &Value) -> PyResult<Option<FromRef>> {
    if let Some(f) = state::<FromObj>(v) {
        return Ok(Some(f.from.clone()));
    }
    super::bridge::from_of_mapped(interp, v)
}

/// The FROM element a Core FROM-clause object (table, alias, subquery, join) holds; unlike
/// [`from_of`], not a mapped class.
pub fn from_state(v: &Value) -> Option<FromRef> {
    state::<FromObj>(v).map(|f| f.from.clone())
}

/// `from.select()`: a SELECT of all of its columns (a join is named as the FROM too).
pub fn select_all(from: &FromRef) -> crate::sql::selectable::Select {
    let mut s = crate::sql::selectable::Select::new(columns_of(from).into_iter().map(|(_, e)| e).collect());
    if matches!(from.kind, FromKind::Join(_)) {
        s.from_obj.push(from.clone());
    }
    s
}

/// The FROM element a method was called on, the receiver, and the other arguments.
pub(super) fn this_from(interp: &Interp, args: Args) -> PyResult<(FromRef, Value, Args)> {
    this(interp, args)
}

fn this(interp: &Interp, args: Args) -> PyResult<(FromRef, Value, Args)> {
    let (v, rest) = split_self(args);
    match state::<FromObj>(&v) {
        Some(f) => Ok((f.from.clone(), v, rest)),
        None => Err(interp.type_error("descriptor requires a 'FromClause' object")),
    }
}

/// `.c` of a FROM element.
pub fn columns_of(from: &FromRef) -> Vec<(String, ExprRef)> {
    from.column_refs()
        .into_iter()
        .map(|c| {
            let key = match &from.kind {
                FromKind::Join(_) => match c.table.as_ref().and_then(|t| t.name()) {
                    Some(t) => format!("{}_{}", t.text(), c.col.key),
                    None => c.col.key.clone(),
                },
                _ => c.col.key.clone(),
            };
            (key, Rc::new(Expr::Column(c)) as ExprRef)
        })
        .collect()
}

fn join_method(interp: &mut Interp, args: Args, outer: bool) -> PyResult<Value> {
    let (left, _, rest) = this(interp, args)?;
    let right_v = arg(&rest, 0, "right").unwrap_or(Value::None);
    let Some(right) = from_of(interp, &right_v)? else {
        return Err(interp.type_error("join() needs a table, alias or subquery"));
    };
    let onclause = match arg(&rest, 1, "onclause") {
        Some(Value::None) | None => None,
        Some(v) => Some(to_expr(interp, &v)?),
    };
    let isouter = outer || super::flag(interp, &rest, "isouter")?;
    let full = super::flag(interp, &rest, "full")?;
    let j = py(interp, join(&left, &right, onclause, isouter, full))?;
    Ok(from_value(interp, j))
}

/// `.alias(name)` of a table (or of a join/subquery, which makes it a subquery).
pub fn alias_of(from: &FromRef, name: Option<&str>) -> FromRef {
    let seed = match from.name() {
        Some(n) if !n.is_anon() => n.text(),
        _ => "anon".to_string(),
    };
    let element = from.clone();
    FromClause::named_or_anon(name, &seed, |name| FromKind::Alias { element, name })
}

fn from_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (from, v, _) = this(interp, args)?;
    let id = v.as_instance().map_or(0, |i| i.id);
    let (module, class) = class_name(&from);
    let text = match &from.kind {
        FromKind::Table(t) if !t.lightweight => super::schema_obj::table_repr(interp, &from)?,
        FromKind::Table(t) => named_repr(module, class, id, &t.name),
        FromKind::Alias { element, name } if name.is_anon() => {
            let of = element.name().map(|n| n.text()).unwrap_or_default();
            named_repr(module, class, id, &format!("Anonymous alias of {of}"))
        }
        FromKind::Join(_) => named_repr(module, class, id, &from.description()),
        _ => match from.name() {
            Some(n) if n.is_anon() => named_repr(module, class, id, "anon_1"),
            Some(n) => named_repr(module, class, id, &n.text()),
            None => format!("<{module}.{class} object at {}>", fake_address(id)),
        },
    };
    Ok(Value::str(&text))
}

/// `str(from)`.
fn from_str(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (from, _, _) = this(interp, args)?;
    // `Table.__str__` is its key (`schema.name`), unquoted: `print(User.__table__)` shows `user`.
    if let Some(t) = from.table() {
        return Ok(Value::str(&match &t.schema {
            Some(s) => format!("{s}.{}", t.name),
            None => t.name.clone(),
        }));
    }
    let c = py(interp, Compiler::compile_from(Dialect::Default, CompileOptions::default(), &from))?;
    Ok(Value::str(&c.string()))
}

const METHODS: &[(&str, Method)] = &[
    ("__repr__", from_repr),
    ("__str__", from_str),
    ("join", |i, a| join_method(i, a, false)),
    ("outerjoin", |i, a| join_method(i, a, true)),
    ("alias", |i, a| {
        let (from, _, rest) = this(i, a)?;
        let name = arg(&rest, 0, "name").and_then(|v| as_str(&v));
        let f = match &from.kind {
            FromKind::Cte(c) => FromClause::named_or_anon(name.as_deref(), "anon", |name| {
                FromKind::Cte(crate::sql::selectable::Cte {
                    element: c.element.clone(),
                    name,
                    recursive: c.recursive,
                    nesting: false,
                    restates: None,
                    alias_of: Some(from.clone()),
                })
            }),
            _ => alias_of(&from, name.as_deref()),
        };
        Ok(from_value(i, f))
    }),
    ("select", |i, a| {
        let (from, _, rest) = this(i, a)?;
        let mut s = select_all(&from);
        if let Some(w) = arg(&rest, 0, "whereclause") {
            s.where_.push(to_expr(i, &w)?);
        }
        Ok(super::select_obj::select_value(i, SelectStmt::Select(Rc::new(s))))
    }),
    ("insert", |i, a| {
        let (from, _, _) = this(i, a)?;
        Ok(super::dml_obj::insert_value(i, &from))
    }),
    ("update", |i, a| {
        let (from, _, _) = this(i, a)?;
        Ok(super::dml_obj::update_value(i, &from))
    }),
    ("delete", |i, a| {
        let (from, _, _) = this(i, a)?;
        Ok(super::dml_obj::delete_value(i, &from))
    }),
    ("compile", |i, a| {
        let (from, _, rest) = this(i, a)?;
        super::compiled_obj::compile_from_value(i, &from, &rest)
    }),
    ("create", |i, a| {
        let (from, _, rest) = this(i, a)?;
        crate::orm::modules::table_ddl::create_or_drop(i, &from, &rest, true)
    }),
    ("drop", |i, a| {
        let (from, _, rest) = this(i, a)?;
        crate::orm::modules::table_ddl::create_or_drop(i, &from, &rest, false)
    }),
    ("union", |i, a| cte_union(i, a, crate::sql::selectable::CompoundKeyword::Union)),
    ("union_all", |i, a| cte_union(i, a, crate::sql::selectable::CompoundKeyword::UnionAll)),
    ("append_column", |i, a| {
        let (from, _, rest) = this(i, a)?;
        let col = crate::orm::core::first(&rest);
        if let Some(spec) = state::<crate::orm::schema::ColumnSpec>(&col)
            && let Some(n) = spec.name.clone()
        {
            let info = Rc::new(super::schema_obj::column_info(&spec, &n));
            crate::sql::schema::attach_column(&from, info);
        }
        Ok(Value::None)
    }),
    ("append_constraint", |i, a| {
        let (from, _, rest) = this(i, a)?;
        if let Some(c) = rest.positional.first().and_then(state::<super::schema_obj::ConstraintObj>)
            && let Some(t) = from.table()
        {
            t.constraints.borrow_mut().push(c.0.clone());
        }
        Ok(Value::None)
    }),
    ("exists", |i, a| {
        let (from, _, _) = this(i, a)?;
        let s = crate::sql::selectable::Select::new(columns_of(&from).into_iter().map(|(_, e)| e).collect());
        let e = crate::sql::elements::build::exists(SelectStmt::Select(Rc::new(s)));
        Ok(super::expr_obj::expr_value(i, e))
    }),
    ("lateral", |i, a| {
        let (from, _, rest) = this(i, a)?;
        let _ = rest;
        Ok(from_value(i, from))
    }),
    ("__clause_element__", |_, a| {
        let (v, _) = split_self(a);
        Ok(v)
    }),
];

/// `cte.union_all(select)` of a recursive CTE: the same name over the compound.
fn cte_union(interp: &mut Interp, args: Args, keyword: crate::sql::selectable::CompoundKeyword) -> PyResult<Value> {
    let (from, _, rest) = this(interp, args)?;
    let FromKind::Cte(c) = &from.kind else {
        return Err(interp.error(ExcType::AttributeError, "union() is available on CTEs and SELECTs"));
    };
    let mut selects = vec![c.element.clone()];
    for v in &rest.positional {
        match super::select_obj::select_stmt_of(v) {
            Some(s) => selects.push(s),
            None => return Err(interp.type_error("union() takes SELECT statements")),
        }
    }
    let compound = SelectStmt::Compound(Rc::new(crate::sql::selectable::Compound {
        keyword,
        selects,
        order_by: Vec::new(),
        group_by: Vec::new(),
        limit: None,
        offset: None,
        label_style: Default::default(),
    }));
    let cte = FromClause::new(FromKind::Cte(crate::sql::selectable::Cte {
        element: compound,
        name: c.name.clone(),
        recursive: c.recursive,
        nesting: c.nesting,
        restates: Some(from.clone()),
        alias_of: None,
    }));
    Ok(from_value(interp, cte))
}

const PROPERTIES: &[(&str, Method)] = &[
    ("c", |i, a| {
        let (from, _, _) = this(i, a)?;
        let cols = columns_of(&from);
        Ok(columns_value(i, cols))
    }),
    ("columns", |i, a| {
        let (from, _, _) = this(i, a)?;
        let cols = columns_of(&from);
        Ok(columns_value(i, cols))
    }),
    ("name", |i, a| {
        let (from, _, _) = this(i, a)?;
        Ok(match from.name() {
            Some(n) if !n.is_anon() => Value::str(&n.text()),
            Some(n) => Value::str(&format!("%({} {})s", 0, n.text())),
            None => Value::None,
        })
    }),
    ("schema", |i, a| {
        let (from, _, _) = this(i, a)?;
        Ok(from.table().and_then(|t| t.schema.clone()).map_or(Value::None, |s| Value::str(&s)))
    }),
    ("key", |i, a| {
        let (from, _, _) = this(i, a)?;
        Ok(from.table().map_or(Value::None, |t| Value::str(&t.key())))
    }),
    ("fullname", |i, a| {
        let (from, _, _) = this(i, a)?;
        Ok(from.table().map_or(Value::None, |t| Value::str(&t.key())))
    }),
    ("description", |i, a| {
        let (from, _, _) = this(i, a)?;
        Ok(Value::str(&from.description()))
    }),
    ("primary_key", |i, a| {
        let (from, _, _) = this(i, a)?;
        let cols: Vec<crate::sql::elements::ColumnRef> = match from.table() {
            Some(t) => {
                // In the key's order (a `PrimaryKeyConstraint("b", "a")`'s), not the table's.
                let refs = from.column_refs();
                t.primary_key().iter().filter_map(|p| refs.iter().find(|c| Rc::ptr_eq(p, &c.col)).cloned()).collect()
            }
            None => from.column_refs().into_iter().filter(|c| c.col.primary_key).collect(),
        };
        let mut parts = Vec::new();
        for c in &cols {
            parts.push(super::schema_obj::column_repr(i, c)?);
        }
        let items: Vec<(String, ExprRef)> =
            cols.iter().map(|c| (c.col.key.clone(), Rc::new(Expr::Column(c.clone())) as ExprRef)).collect();
        // Keyed apart from the user-built `PrimaryKeyConstraint(...)` class (another native state).
        let class = super::core_class_keyed(
            i,
            "core:sqlalchemy.sql.schema.PrimaryKeyConstraint#table",
            "sqlalchemy.sql.schema",
            "PrimaryKeyConstraint",
            PK_METHODS,
            PK_PROPERTIES,
        );
        // Its name: given, or the metadata's naming convention's (`pk_%(table_name)s`).
        let resolved = from
            .table()
            .map(|t| crate::sql::schema::naming::resolved_constraints(t, crate::sql::schema::naming::TypeChecks::ALL));
        let name = match resolved {
            Some(r) => super::convert::py(i, r)?.into_iter().find_map(|c| match c {
                crate::sql::schema::Constraint::PrimaryKey { name, .. } => name,
                _ => None,
            }),
            None => None,
        };
        let repr = format!("PrimaryKeyConstraint({})", parts.join(", "));
        let v = wrap(i, &class, PrimaryKeyObj { repr, items, name });
        Ok(v)
    }),
    ("foreign_keys", |i, a| {
        let (from, _, _) = this(i, a)?;
        let fks: Vec<Value> = from
            .table()
            .map(|t| t.foreign_keys())
            .unwrap_or_default()
            .into_iter()
            .map(|(col, fk)| {
                let parent = crate::sql::elements::ColumnRef { table: Some(from.clone()), col, annotation: 0 };
                super::schema_obj::fk_value_of(i, fk, Some(parent))
            })
            .collect();
        i.make_set(fks)
    }),
    ("indexes", |i, a| {
        let (from, _, _) = this(i, a)?;
        let indexes = super::convert::py(i, crate::sql::compiler::ddl::table_indexes(&from))?;
        let items: Vec<Value> = indexes.into_iter().map(|ix| super::schema_obj::index_value(i, ix)).collect();
        i.make_set(items)
    }),
    ("constraints", |i, a| {
        let (from, _, _) = this(i, a)?;
        let Some(t) = from.table() else { return i.make_set(Vec::new()) };
        let constraints = super::convert::py(
            i,
            crate::sql::schema::naming::resolved_constraints(t, crate::sql::schema::naming::TypeChecks::ALL),
        )?;
        let items: Vec<Value> = constraints.into_iter().map(|c| super::schema_obj::constraint_value(i, c)).collect();
        i.make_set(items)
    }),
    ("left", |i, a| {
        let (from, _, _) = this(i, a)?;
        match &from.kind {
            FromKind::Join(j) => Ok(from_value(i, j.left.clone())),
            _ => Err(i.error(ExcType::AttributeError, "left")),
        }
    }),
    ("right", |i, a| {
        let (from, _, _) = this(i, a)?;
        match &from.kind {
            FromKind::Join(j) => Ok(from_value(i, j.right.clone())),
            _ => Err(i.error(ExcType::AttributeError, "right")),
        }
    }),
    ("onclause", |i, a| {
        let (from, _, _) = this(i, a)?;
        match &from.kind {
            FromKind::Join(j) => Ok(super::expr_obj::expr_value(i, j.onclause.clone())),
            _ => Err(i.error(ExcType::AttributeError, "onclause")),
        }
    }),
    ("element", |i, a| {
        let (from, _, _) = this(i, a)?;
        match &from.kind {
            FromKind::Subquery { element, .. } => Ok(super::select_obj::select_value(i, element.clone())),
            FromKind::Cte(c) => Ok(super::select_obj::select_value(i, c.element.clone())),
            FromKind::Alias { element, .. } => Ok(from_value(i, element.clone())),
            _ => Err(i.error(ExcType::AttributeError, "element")),
        }
    }),
    ("metadata", |i, a| {
        let (from, _, _) = this(i, a)?;
        match super::bridge::metadata_value_of(i, &from) {
            Some(v) => Ok(v),
            None => Ok(Value::None),
        }
    }),
];

/// `table.primary_key`: a constraint that iterates its columns.
pub struct PrimaryKeyObj {
    repr: String,
    items: Vec<(String, ExprRef)>,
    name: Option<String>,
}

const PK_METHODS: &[(&str, Method)] = &[
    ("__repr__", |i, a| {
        let (v, _) = split_self(a);
        let pk = state::<PrimaryKeyObj>(&v).ok_or_else(|| i.type_error("PrimaryKeyConstraint expected"))?;
        Ok(Value::str(&pk.repr))
    }),
    ("__iter__", |i, a| {
        let (v, _) = split_self(a);
        let pk = state::<PrimaryKeyObj>(&v).ok_or_else(|| i.type_error("PrimaryKeyConstraint expected"))?;
        let items: Vec<Value> = pk.items.iter().map(|(_, e)| super::expr_obj::expr_value(i, e.clone())).collect();
        Ok(i.make_iterator(items))
    }),
    ("__len__", |i, a| {
        let (v, _) = split_self(a);
        let pk = state::<PrimaryKeyObj>(&v).ok_or_else(|| i.type_error("PrimaryKeyConstraint expected"))?;
        Ok(Value::Int(pk.items.len() as i64))
    }),
];

const PK_PROPERTIES: &[(&str, Method)] = &[
    ("columns", |i, a| {
        let (v, _) = split_self(a);
        let pk = state::<PrimaryKeyObj>(&v).ok_or_else(|| i.type_error("PrimaryKeyConstraint expected"))?;
        Ok(super::collection::columns_value(i, pk.items.clone()))
    }),
    ("name", |i, a| {
        let (v, _) = split_self(a);
        let pk = state::<PrimaryKeyObj>(&v).ok_or_else(|| i.type_error("PrimaryKeyConstraint expected"))?;
        Ok(pk.name.as_deref().map_or(Value::None, Value::str))
    }),
];

/// `kwarg` re-exported for callers building FROM elements with options.
pub fn option(args: &Args, name: &str) -> Option<Value> {
    kwarg(args, name)
}
