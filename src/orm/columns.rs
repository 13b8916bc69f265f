//! Core tables in queries: `Table.c.name` (and `.columns`) as column expressions, and a `Table` given
//! to `select()`/`session.query()` standing for all of its columns (`session.query(assoc).count()`).

use super::Orm;
use super::expr::{SqlExpr, expr_value};
use super::mapper::TableDef;
use super::native::{native_class, receiver, wrap};
use super::query::Entity;
use crate::eval::ExcType;
use crate::eval::Interp;
use crate::eval::value::Value;
use crate::ir::Name;

/// A table's columns in order, by name.
struct Columns(Vec<(String, Value)>);

const COLLECTION_METHODS: &[(&str, super::native::Method)] = &[
    ("keys", |i, a| {
        let (c, _, _) = receiver::<Columns>(i, a, "ColumnCollection")?;
        Ok(Value::list(c.0.iter().map(|(n, _)| Value::str(n)).collect()))
    }),
    ("values", |i, a| {
        let (c, _, _) = receiver::<Columns>(i, a, "ColumnCollection")?;
        Ok(Value::list(c.0.iter().map(|(_, e)| e.clone()).collect()))
    }),
    ("__iter__", |i, a| {
        let (c, _, _) = receiver::<Columns>(i, a, "ColumnCollection")?;
        Ok(i.make_iterator(c.0.iter().map(|(_, e)| e.clone()).collect()))
    }),
    ("__len__", |i, a| {
        let (c, _, _) = receiver::<Columns>(i, a, "ColumnCollection")?;
        Ok(Value::Int(c.0.len() as i64))
    }),
    ("__contains__", |i, a| {
        let (c, _, rest) = receiver::<Columns>(i, a, "ColumnCollection")?;
        let name = rest.positional.first().and_then(super::native::as_str).unwrap_or_default();
        Ok(Value::Bool(c.0.iter().any(|(n, _)| *n == name)))
    }),
    ("__getitem__", |i, a| {
        let (c, _, rest) = receiver::<Columns>(i, a, "ColumnCollection")?;
        let name = rest.positional.first().and_then(super::native::as_str).unwrap_or_default();
        match c.0.iter().find(|(n, _)| *n == name) {
            Some((_, e)) => Ok(e.clone()),
            None => Err(i.error(ExcType::KeyError, format!("'{name}'"))),
        }
    }),
];

/// Gives a Table object its `c`/`columns` collection: one column expression per column, by name.
pub fn attach_columns(interp: &mut Interp, table_value: &Value, table: &TableDef) {
    let class = native_class(interp, "ReadOnlyColumnCollection", "sqlalchemy.sql", COLLECTION_METHODS);
    let mut columns = Vec::new();
    for col in &table.columns {
        let e = expr_value(interp, SqlExpr::column(&table.name, &col.name, col.ty.clone()), None);
        if let Value::Instance(inst) = &e {
            inst.dict.borrow_mut().insert(Name::from("name"), Value::str(&col.name));
            inst.dict.borrow_mut().insert(Name::from("key"), Value::str(&col.name));
        }
        columns.push((col.name.clone(), e));
    }
    let collection = wrap(interp, &class, Columns(columns.clone()));
    if let Value::Instance(c) = &collection {
        for (name, e) in columns {
            c.dict.borrow_mut().insert(Name::from(name.as_str()), e);
        }
    }
    if let Value::Instance(t) = table_value {
        t.dict.borrow_mut().insert(Name::from("c"), collection.clone());
        t.dict.borrow_mut().insert(Name::from("columns"), collection);
    }
}

impl Orm {
    /// A Table object as query entities: each of its columns, in table order. `None` if `v` is not a
    /// Table or no registry knows it.
    pub fn table_entities(&self, v: &Value) -> Option<Vec<Entity>> {
        let t = crate::orm::schema::TableRef { name: super::core::bridge::table_name_of(v)? };
        let registries = self.registries.borrow();
        let reg = registries.iter().find(|r| r.borrow().tables.contains_key(&t.name))?.borrow();
        let def = reg.tables.get(&t.name)?;
        Some(def.columns.iter().map(|c| Entity::Expr(SqlExpr::column(&def.name, &c.name, c.ty.clone()))).collect())
    }
}
