//! What a statement says it returns: `Select.column_descriptions`, and for INSERT / UPDATE / DELETE
//! `entity_description` and `returning_column_descriptions` (SQLAlchemy's `_column_descriptions` in
//! `orm/context.py`, `get_entity_description` in `orm/bulk_persistence.py`, and Core's
//! `get_column_descriptions`).
//!
//! An ORM statement describes each entity: a mapped class or `aliased()` one as itself (`name` is
//! the class name or the alias's name, `type` the class), a column as its expression with the entity
//! it comes from; column names are the row keys a result would use (`id`, then `id_1` for a repeat).
//! A Core statement describes each selected column by `name`, `type` and `expr` only. The statement
//! keeps Core expressions, so a mapped table's column stands for its mapped attribute
//! (`User.id`), which is what an ORM statement's column usually is.

use super::from_obj::from_value;
use super::orm_select::{AliasedObj, OrmEntity, aliased_value};
use crate::eval::dict::{Dict, Key};
use crate::eval::value::{Class, Value};
use crate::eval::{Interp, PyResult};
use crate::orm::mapper::RegistryRef;
use crate::sql::elements::{Expr, ExprRef};
use crate::sql::selectable::{FromRef, LabelStyle};
use std::cell::RefCell;
use std::rc::Rc;

/// A dict of string keys, in the order given.
fn dict(items: Vec<(&str, Value)>) -> Value {
    let mut d = Dict::new();
    for (k, v) in items {
        d.insert(Key::Str(Rc::from(k)), Value::str(k), v);
    }
    Value::Dict(Rc::new(RefCell::new(d)))
}

/// An ORM entry; a DML statement's RETURNING entries put `expr` before `aliased`, as
/// `bulk_persistence` builds them.
fn orm_entry(dml: bool, name: Option<String>, ty: Value, aliased: bool, expr: Value, entity: Value) -> Value {
    let (name, aliased) = (opt_str(name), Value::Bool(aliased));
    if dml {
        dict(vec![("name", name), ("type", ty), ("expr", expr), ("aliased", aliased), ("entity", entity)])
    } else {
        dict(vec![("name", name), ("type", ty), ("aliased", aliased), ("expr", expr), ("entity", entity)])
    }
}

fn opt_str(s: Option<String>) -> Value {
    s.map_or(Value::None, |s| Value::str(&s))
}

/// The mapped class whose table a column belongs to, with its registry and the column's attribute key.
fn mapped_owner(interp: &Interp, table: &FromRef, column: &str) -> Option<(RegistryRef, Rc<Class>, String)> {
    let name = table.name()?.text();
    let orm = crate::orm::orm(interp).ok()?;
    let registries = orm.registries.borrow().clone();
    registries.iter().rev().find_map(|r| {
        let core = super::bridge::core_table(r, &name)?;
        if !Rc::ptr_eq(&core, table) {
            return None;
        }
        let reg = r.borrow();
        let class = reg.mappers.iter().find(|m| m.table == name)?.class.clone();
        let key = reg.tables.get(&name)?.column(column).map_or_else(|| column.to_string(), |c| c.key.clone());
        Some((r.clone(), class, key))
    })
}

/// The first mapped class any column of `e` belongs to (the ORM's `plugin_subject`).
fn entity_of(interp: &Interp, e: &ExprRef) -> Option<Rc<Class>> {
    let mut froms = Vec::new();
    e.from_objects(&mut froms);
    froms.iter().find_map(|f| {
        let column = f.column_refs().into_iter().next()?;
        mapped_owner(interp, f, &column.col.name.text()).map(|(_, c, _)| c)
    })
}

/// One ORM column entity's description.
fn column_entry(interp: &mut Interp, e: &ExprRef, name: Option<String>, dml: bool) -> PyResult<Value> {
    let ty = super::types_obj::type_value(interp, &e.ty());
    let owner = match &**e {
        Expr::Column(c) => c.table.as_ref().and_then(|t| mapped_owner(interp, t, &c.col.name.text())),
        _ => None,
    };
    let (expr, entity) = match owner {
        Some((_, class, key)) => (interp.get_attr(&Value::Class(class.clone()), &key)?, Value::Class(class)),
        None => {
            let entity = entity_of(interp, e).map_or(Value::None, Value::Class);
            (super::expr_obj::expr_value(interp, e.clone()), entity)
        }
    };
    Ok(orm_entry(dml, name, ty, false, expr, entity))
}

/// One mapped entity's description (an `aliased()` one as an `AliasedClass`).
fn mapper_entry(interp: &mut Interp, e: &OrmEntity, dml: bool) -> Value {
    let OrmEntity::Mapper { registry, mapper, class, alias, key, poly, .. } = e else { return Value::None };
    let (expr, name) = match alias {
        None => (Value::Class(class.clone()), Some(key.clone().unwrap_or_else(|| class.name.to_string()))),
        Some(from) => {
            let table = registry.borrow().mappers.get(*mapper).map(|m| m.table.clone()).unwrap_or_default();
            let tables = vec![(table, from.clone())];
            let obj = AliasedObj {
                poly: poly.clone(),
                ..AliasedObj::new(registry.clone(), *mapper, class.clone(), from.clone(), tables, key.clone())
            };
            (aliased_value(interp, obj), key.clone())
        }
    };
    orm_entry(dml, name, Value::Class(class.clone()), alias.is_some(), expr.clone(), expr)
}

/// The descriptions of ORM `entities` over `columns` (a SELECT's, or a DML statement's RETURNING).
pub fn orm_descriptions(
    interp: &mut Interp,
    entities: &[OrmEntity],
    columns: &[ExprRef],
    dml: bool,
) -> PyResult<Value> {
    // Only column entities take part in naming (`select(User, User.id)` names the column `id`).
    let named: Vec<ExprRef> = entities
        .iter()
        .filter_map(|e| match e {
            OrmEntity::Column { index } => columns.get(*index).cloned(),
            OrmEntity::Mapper { .. } => None,
        })
        .collect();
    let mut names =
        crate::sql::selectable::columns::columns_plus_names(&named, LabelStyle::Disambiguate, false).into_iter();
    let mut out = Vec::new();
    for e in entities {
        match e {
            OrmEntity::Column { index } => {
                let Some(column) = columns.get(*index) else { continue };
                let name = names.next().and_then(|n| n.proxy_key);
                out.push(column_entry(interp, column, name, dml)?);
            }
            mapper => out.push(mapper_entry(interp, mapper, dml)),
        }
    }
    Ok(Value::list(out))
}

/// A Core statement's descriptions: `name`, `type` and `expr` of each column.
pub fn core_descriptions(interp: &mut Interp, columns: &[ExprRef], style: LabelStyle) -> Value {
    let named = crate::sql::selectable::columns::columns_plus_names(columns, style, false);
    let out = named
        .into_iter()
        .filter(|c| !matches!(&*c.column, Expr::Text(_)))
        .map(|c| {
            let ty = super::types_obj::type_value(interp, &c.column.ty());
            let expr = super::expr_obj::expr_value(interp, c.column.clone());
            dict(vec![("name", opt_str(c.proxy_key)), ("type", ty), ("expr", expr)])
        })
        .collect();
    Value::list(out)
}

/// `insert(User).entity_description`: the mapped class and the table the statement changes; for a
/// Core statement the table's name and the table.
pub fn entity_description(interp: &mut Interp, class: Option<&Rc<Class>>, table: Option<FromRef>) -> Value {
    let table_name = table.as_ref().and_then(|t| t.name()).map(|n| n.text());
    let table = table.map_or(Value::None, |t| from_value(interp, t));
    match class {
        Some(class) => {
            let c = Value::Class(class.clone());
            dict(vec![
                ("name", Value::str(&class.name)),
                ("type", c.clone()),
                ("expr", c.clone()),
                ("entity", c),
                ("table", table),
            ])
        }
        None => dict(vec![("name", opt_str(table_name)), ("table", table)]),
    }
}
