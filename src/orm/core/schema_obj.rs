//! `MetaData`, `Table`, `Column`, `ForeignKey`, the constraint classes and `Index` as Python sees them:
//! constructors with SQLAlchemy's arguments, the exact reprs (`Column('id', Integer(), table=<t>,
//! primary_key=True, nullable=False)`), and the attributes scripts read (`.c`, `.primary_key`,
//! `.foreign_keys`, `metadata.tables`, `sorted_tables`).
//!
//! Submodules: [`column`] (`Column`/`mapped_column`), [`constraints`] (`ForeignKey`, constraints, `Index`),
//! [`ddl`] (`CreateTable` and friends).

use super::expr_obj::expr_value;
use super::{Method, kwarg};
use crate::eval::value::{Module, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;
use crate::orm::native::{as_str, state};
use crate::orm::schema::ColumnSpec;
use crate::sql::schema::{ColumnSchema, Constraint, MetaData, Table};
use crate::sql::selectable::{FromClause, FromKind, FromRef};
use crate::sql::types::{SqlType, py_str_repr};
use std::rc::Rc;

pub mod column;
mod constraints;
mod ddl;
pub mod defaults;
mod sequence;

pub use column::*;
pub use constraints::*;
pub use ddl::*;

/// `Table(name, metadata, *columns_and_constraints, schema=None, ...)`.
pub fn table_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let orm = crate::orm::orm(interp)?;
    let Some(Value::Str(name)) = args.positional.first().cloned() else {
        return Err(orm.error(interp, SaExc::ArgumentError, "Table() needs a name as its first argument"));
    };
    let md_value = args.positional.get(1).cloned().unwrap_or(Value::None);
    let Some(registry) = super::bridge::registry_of_metadata(&md_value) else {
        return Err(orm.error(interp, SaExc::ArgumentError, "Table() needs a MetaData as its second argument"));
    };
    let metadata = super::bridge::core_metadata(&registry);
    let schema = kwarg(&args, "schema").and_then(|v| as_str(&v));
    let key = match &schema {
        Some(s) => format!("{s}.{name}"),
        None => name.to_string(),
    };
    let extend = super::flag(interp, &args, "extend_existing")?;
    let autoload = kwarg(&args, "autoload_with").filter(|v| !matches!(v, Value::None));
    // `Table(name, metadata)` of a table already there is that table (also with `autoload_with`).
    if let Some(existing) = metadata.table(&key)
        && !extend
        && args.positional.len() == 2
    {
        return Ok(super::bridge::table_object(interp, existing));
    }
    if let Some(bind) = autoload {
        return crate::orm::inspection::table_autoload(interp, &args, &bind, &name);
    }
    if metadata.table(&key).is_some() && !extend {
        return Err(orm.error(
            interp,
            SaExc::InvalidRequestError,
            format!("Table '{key}' is already defined for this MetaData instance.  Specify 'extend_existing=True' to redefine options and columns on an existing Table object."),
        ));
    }
    let mut table = Table::new(&name, schema, false);
    table.comment = kwarg(&args, "comment").and_then(|v| as_str(&v));
    table.sqlite_autoincrement.set(super::flag(interp, &args, "sqlite_autoincrement")?);
    *table.metadata.borrow_mut() = Rc::downgrade(&metadata);
    let from = FromClause::new(FromKind::Table(table));
    let mut specs: Vec<Rc<ColumnSpec>> = Vec::new();
    let mut indexes: Vec<Rc<IndexObj>> = Vec::new();
    let pk_names = constraint_primary_key(&args.positional);
    for a in args.positional.iter().skip(2) {
        if let Some(spec) = state::<ColumnSpec>(a) {
            let Some(col_name) = spec.name.clone() else {
                return Err(orm.error(interp, SaExc::ArgumentError, "Column must be constructed with a non-blank name or assign a non-blank .name before adding to a Table."));
            };
            make_primary_key_if_named(&spec, &col_name, &pk_names);
            let info = Rc::new(column_info(&spec, &col_name));
            crate::sql::schema::attach_column(&from, info);
            *spec.bound.borrow_mut() = Some((name.to_string(), col_name));
            specs.push(spec);
        } else if let Some(c) = state::<ConstraintObj>(a) {
            if let Some(t) = from.table() {
                t.constraints.borrow_mut().push(c.0.clone());
            }
        } else if let Some(u) = state::<crate::orm::schema::UniqueSpec>(a) {
            if let Some(t) = from.table() {
                t.constraints
                    .borrow_mut()
                    .push(Constraint::Unique { name: u.name.clone(), columns: u.columns.clone() });
            }
        } else if let Some(ix) = state::<IndexObj>(a) {
            indexes.push(ix);
        } else if let Value::Class(c) = a {
            for spec in typed_columns(interp, c)? {
                let col_name = spec.name.clone().unwrap_or_default();
                let info = Rc::new(column_info(&spec, &col_name));
                crate::sql::schema::attach_column(&from, info);
                *spec.bound.borrow_mut() = Some((name.to_string(), col_name));
                specs.push(Rc::new(spec));
            }
        } else {
            let what = interp.repr(a)?;
            return Err(orm.error(
                interp,
                SaExc::ArgumentError,
                format!("'SchemaItem' object, such as a 'Column' or a 'Constraint' expected, got {what}"),
            ));
        }
    }
    if let Some(t) = from.table() {
        for ix in indexes {
            *ix.index.table.borrow_mut() = Rc::downgrade(&from);
            t.indexes.borrow_mut().push(ix.index.clone());
        }
    }
    metadata.tables.borrow_mut().insert(key, from.clone());
    super::bridge::register_legacy_table(interp, &registry, &from, &specs)?;
    Ok(super::bridge::table_object(interp, from))
}

/// The column names of a `PrimaryKeyConstraint(...)` among a `Table()`'s arguments.
fn constraint_primary_key(args: &[Value]) -> Vec<String> {
    args.iter()
        .filter_map(state::<ConstraintObj>)
        .find_map(|c| match &c.0 {
            Constraint::PrimaryKey { columns, .. } => Some(columns.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

/// A column a `PrimaryKeyConstraint` names is a primary key column, NOT NULL unless it says
/// `nullable=` itself (`PrimaryKeyConstraint._set_parent`).
fn make_primary_key_if_named(spec: &ColumnSpec, name: &str, pk_names: &[String]) {
    let mut core = spec.core.borrow_mut();
    let Some(args) = core.as_mut() else { return };
    let key = args.key.as_deref().unwrap_or(name);
    if !args.primary_key && pk_names.iter().any(|n| n == name || n == key) {
        Rc::make_mut(args).primary_key = true;
    }
}

/// The columns of a `TypedColumns` class (SQLAlchemy 2.1): one per `Named[...]` annotation, typed
/// and made nullable by the annotation unless its `Column(...)` says otherwise.
fn typed_columns(interp: &mut Interp, class: &Rc<crate::eval::value::Class>) -> PyResult<Vec<ColumnSpec>> {
    let mut out = Vec::new();
    for (key, annotation) in crate::orm::declarative::class_annotations(class) {
        let Some((ty, optional)) = crate::orm::declarative::annotated_column(&annotation, "Named") else { continue };
        let given = class.dict.borrow().get(key.as_str()).cloned();
        let mut spec = ColumnSpec::blank(false, None);
        let mut core = CoreColumnArgs {
            key: None,
            ty: SqlType::null(),
            type_given: false,
            primary_key: false,
            nullable: None,
            schema: ColumnSchema::default(),
        };
        if let Some(g) = given.as_ref().and_then(state::<ColumnSpec>) {
            if let Some(c) = g.core.borrow().clone() {
                core = (*c).clone();
            }
            spec.ty = g.ty.clone();
            spec.type_text = g.type_text.clone();
            spec.primary_key = g.primary_key;
            spec.nullable = g.nullable;
            spec.foreign_key = g.foreign_key.clone();
            spec.default = g.default.clone();
        }
        if !core.type_given
            && let Some(t) = &ty
        {
            core.ty = super::bridge::core_type(t);
            spec.ty = Some(t.clone());
            spec.type_text = Some(format!("{t:?}"));
        }
        if core.nullable.is_none() {
            let n = optional && !core.primary_key;
            core.nullable = Some(n);
            spec.nullable = Some(n);
        }
        spec.name = Some(key.clone());
        let _ = interp;
        *spec.core.borrow_mut() = Some(Rc::new(core));
        out.push(spec);
    }
    Ok(out)
}

/// `Table.__repr__`: `Table('name', MetaData(), Column(...), ..., schema=None)`.
pub fn table_repr(interp: &mut Interp, from: &FromRef) -> PyResult<String> {
    let Some(t) = from.table() else { return Ok(String::new()) };
    let mut parts = vec![py_str_repr(&t.name), "MetaData()".to_string()];
    for c in from.column_refs() {
        parts.push(column_repr(interp, &c)?);
    }
    parts.push(format!("schema={}", t.schema.as_deref().map_or_else(|| "None".into(), py_str_repr)));
    Ok(format!("Table({})", parts.join(", ")))
}

/// `MetaData(naming_convention=...)`.
fn metadata_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let orm = crate::orm::orm(interp)?;
    let registry: crate::orm::RegistryRef = Default::default();
    if let Some(Value::Dict(d)) = kwarg(&args, "naming_convention") {
        // Keys are the kinds (`"pk"`, `"uq"`, ...) or the constraint classes; values the templates.
        let mut convention = Vec::new();
        for (k, v) in d.borrow().items() {
            let key = match &k {
                Value::Class(c) => match c.name.as_ref() {
                    "Index" => "ix".to_string(),
                    "PrimaryKeyConstraint" => "pk".to_string(),
                    "UniqueConstraint" => "uq".to_string(),
                    "CheckConstraint" => "ck".to_string(),
                    "ForeignKeyConstraint" => "fk".to_string(),
                    other => other.to_string(),
                },
                other => interp.to_str(other)?,
            };
            if let Some(template) = as_str(&v) {
                convention.push((key, template));
            }
        }
        *registry.borrow().core.naming_convention.borrow_mut() = convention;
    }
    Ok(orm.metadata_object(interp, registry))
}

/// The `metadata.tables` mapping, `metadata.sorted_tables`.
pub fn metadata_tables(interp: &mut Interp, md: &Rc<MetaData>, sorted: bool) -> PyResult<Value> {
    let tables: Vec<(String, FromRef)> = md.tables.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    if sorted {
        let froms: Vec<FromRef> = tables.iter().map(|(_, f)| f.clone()).collect();
        let order = crate::sql::compiler::ddl::sorted_tables(&froms);
        let items: Vec<Value> = order.into_iter().map(|f| super::bridge::table_object(interp, f)).collect();
        return Ok(Value::list(items));
    }
    let mut d = crate::eval::dict::Dict::new();
    for (k, f) in tables {
        let v = super::bridge::table_object(interp, f);
        let key = Value::str(&k);
        let hk = crate::eval::dict::Key::Str(Rc::from(k.as_str()));
        d.insert(hk, key, v);
    }
    Ok(Value::Dict(Rc::new(std::cell::RefCell::new(d))))
}

pub fn install(interp: &mut Interp, m: &Module) {
    let set = |m: &Module, name: &str, f: Method| m.set(name, Interp::builtin(name, f));
    set(m, "Column", |i, a| column_call(i, a, false));
    set(m, "Table", table_call);
    set(m, "ForeignKey", foreign_key_call);
    set(m, "CheckConstraint", check_constraint);
    set(m, "PrimaryKeyConstraint", primary_key_constraint);
    set(m, "UniqueConstraint", unique_constraint);
    set(m, "ForeignKeyConstraint", foreign_key_constraint);
    set(m, "Index", index_call);
    set(m, "Computed", computed_call);
    set(m, "Identity", identity_call);
    set(m, "Sequence", sequence::sequence_call);
    set(m, "MetaData", metadata_call);
    // `server_onupdate=FetchedValue()`: a marker that the database changes the column (a trigger).
    if let Ok(fetched) = interp.create_library_class("sqlalchemy.sql.schema", "FetchedValue", Vec::new()) {
        m.set("FetchedValue", Value::Class(fetched));
    }
    if let Ok(named) = interp.create_library_class("sqlalchemy.sql._annotated_cols", "Named", Vec::new()) {
        m.set("Named", Value::Class(named));
    }
    if let Ok(tc) = interp.create_library_class("sqlalchemy.sql._annotated_cols", "TypedColumns", Vec::new()) {
        m.set("TypedColumns", Value::Class(tc));
    }
    install_ddl(m);
    let _ = interp;
}

/// The Core column of a table by key, as an expression object.
pub fn table_column_value(interp: &mut Interp, table: &FromRef, key: &str) -> Option<Value> {
    let e = table.column_expr(key)?;
    Some(expr_value(interp, e))
}
