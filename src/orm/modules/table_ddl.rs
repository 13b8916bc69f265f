//! `Table.create(engine, checkfirst=False)` / `Table.drop(...)` and the `tables=[...]` argument of
//! `MetaData.create_all` / `drop_all`: DDL for some of a MetaData's tables, through the same path
//! as `create_all` (the registry that owns the table runs it).

use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;
use crate::orm::core::from_obj::FromObj;
use crate::orm::engine::connection::bind_txn;
use crate::orm::native::{arg, state};
use crate::orm::schema::TableRef;
use crate::sql::selectable::FromRef;
use std::rc::Rc;

/// The names of the tables in `tables` (a list or tuple of `Table` objects).
pub fn table_names(interp: &mut Interp, tables: &Value) -> PyResult<Vec<String>> {
    let items = interp.collect(tables)?;
    let mut names = Vec::with_capacity(items.len());
    for item in &items {
        match table_name(item) {
            Some(n) => names.push(n),
            None => {
                let shown = item.type_name();
                return Err(interp.type_error(format!("expected a Table object, got '{shown}'")));
            }
        }
    }
    Ok(names)
}

fn table_name(v: &Value) -> Option<String> {
    if let Some(f) = state::<FromObj>(v) {
        return f.from.table().map(|t| t.name.clone());
    }
    state::<TableRef>(v).map(|t| t.name.clone())
}

/// `table.create(bind, checkfirst=False)` (`create`) or `table.drop(bind, checkfirst=False)`.
pub fn create_or_drop(interp: &mut Interp, from: &FromRef, args: &Args, create: bool) -> PyResult<Value> {
    let orm = crate::orm::orm(interp)?;
    let Some(table) = from.table() else {
        return Err(interp.type_error("create() / drop() need a Table"));
    };
    let Some(bind) = arg(args, 0, "bind").as_ref().and_then(bind_txn) else {
        let what = if create { "create" } else { "drop" };
        return Err(orm.error(
            interp,
            SaExc::ArgumentError,
            format!("Table.{what}() needs an Engine or a Connection: table.{what}(engine)"),
        ));
    };
    let checkfirst = match arg(args, 1, "checkfirst") {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    let owner = table.metadata.borrow().upgrade();
    let registry = orm
        .registries
        .borrow()
        .iter()
        .find(|r| owner.as_ref().is_some_and(|md| Rc::ptr_eq(&r.borrow().core, md)))
        .cloned();
    let Some(registry) = registry else {
        return Err(orm.error(interp, SaExc::InvalidRequestError, format!("Table '{}' has no MetaData", table.name)));
    };
    orm.run_ddl(interp, &registry, &bind, Some(std::slice::from_ref(&table.name)), create, checkfirst)
}
