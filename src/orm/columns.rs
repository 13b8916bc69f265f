//! Core tables in queries: `Table.c.name` (and `.columns`) as column expressions, and a `Table` given
//! to `select()`/`session.query()` standing for all of its columns (`session.query(assoc).count()`).

use super::Orm;
use super::expr::{SqlExpr, expr_value};
use super::mapper::TableDef;
use super::native::{native_class, state, wrap};
use super::query::Entity;
use super::schema::TableRef;
use crate::eval::Interp;
use crate::eval::value::Value;
use crate::ir::Name;

/// Gives a Table object its `c`/`columns` collection: one column expression per column, by name.
pub fn attach_columns(interp: &mut Interp, table_value: &Value, table: &TableDef) {
    let class = native_class(interp, "ReadOnlyColumnCollection", "sqlalchemy.sql", &[]);
    let collection = wrap(&class, ());
    if let Value::Instance(c) = &collection {
        for col in &table.columns {
            let e = expr_value(interp, SqlExpr::column(&table.name, &col.name, col.ty.clone()), None);
            c.dict.borrow_mut().insert(Name::from(col.name.as_str()), e);
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
        let t = state::<TableRef>(v)?;
        let registries = self.registries.borrow();
        let reg = registries.iter().find(|r| r.borrow().tables.contains_key(&t.name))?.borrow();
        let def = reg.tables.get(&t.name)?;
        Some(def.columns.iter().map(|c| Entity::Expr(SqlExpr::column(&def.name, &c.name, c.ty.clone()))).collect())
    }
}
