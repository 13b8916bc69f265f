//! `exec_driver_sql`'s parameters: bound as the DBAPI (pysqlite) binds them, positionally or by name.

use super::super::super::{SaExc, orm};
use super::Engine;
use crate::eval::value::Value;
use crate::eval::{ExcType, Interp, PyResult};
use std::rc::Rc;

/// `exec_driver_sql`'s parameters as the driver takes them: a sequence binds `?`s in order, a mapping
/// binds pysqlite's named parameters (`:name`, `@name`, `$name`) by name, as SQLite numbers them, and
/// a list of either runs the statement once per item.
pub(super) fn driver_params(
    interp: &mut Interp,
    engine: &Engine,
    sql: &str,
    params: Option<Value>,
) -> PyResult<Vec<Vec<crate::db::Cell>>> {
    let named = |v: &Value| matches!(v, Value::Dict(_));
    let any_named = match &params {
        Some(Value::List(items)) => items.borrow().iter().any(named),
        Some(v) => named(v),
        None => false,
    };
    // SQL that does not prepare binds nothing here: running it raises the database's error.
    let names = if any_named { engine.db.borrow_mut().parameter_names(sql).unwrap_or_default() } else { Vec::new() };
    let row = |interp: &mut Interp, v: &Value| -> PyResult<Vec<crate::db::Cell>> {
        let items = match v {
            Value::Dict(d) => {
                let mut items = Vec::with_capacity(names.len());
                for (n, name) in names.iter().enumerate() {
                    // `:name`, `@name` and `$name` are looked up without their sigil.
                    let found = name.as_deref().and_then(|name| {
                        d.borrow()
                            .get(&crate::eval::dict::Key::Str(Rc::from(name.get(1..).unwrap_or_default())))
                            .cloned()
                    });
                    let Some(value) = found else {
                        let msg = match name {
                            Some(name) => format!("You did not supply a value for binding parameter {name}."),
                            None => format!(
                                "Binding {} has no name, but you supplied a dictionary (which has only names).",
                                n + 1
                            ),
                        };
                        let orm = orm(interp)?;
                        return Err(orm.error(interp, SaExc::ProgrammingError, msg));
                    };
                    items.push(value);
                }
                items
            }
            other => interp.collect(other)?,
        };
        let mut cells = Vec::with_capacity(items.len());
        for (n, item) in items.iter().enumerate() {
            let cell = super::super::convert::bind_value(item, None, n + 1)
                .map_err(|e| interp.error(ExcType::TypeError, e.message))?;
            cells.push(cell);
        }
        Ok(cells)
    };
    match params {
        None | Some(Value::None) => Ok(Vec::new()),
        Some(Value::List(items))
            if items.borrow().iter().all(|v| matches!(v, Value::Tuple(_) | Value::List(_) | Value::Dict(_))) =>
        {
            let items = items.borrow().clone();
            items.iter().map(|v| row(interp, v)).collect()
        }
        Some(other) => Ok(vec![row(interp, &other)?]),
    }
}
