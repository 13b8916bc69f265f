//! DDL events of schema objects: `event.listen(table, "after_create", DDL("CREATE TRIGGER ..."))`,
//! `@event.listens_for(metadata, "before_create")`. SQLAlchemy's `SchemaGenerator` fires a
//! `MetaData`'s `before_create` / `after_create` once around `create_all` (with `tables=`), and a
//! `Table`'s around its own `CREATE TABLE` (its indexes included); `drop_all` mirrors them with
//! `before_drop` / `after_drop`. A listener is called as `fn(target, connection, **kw)`, so a `DDL`
//! object (callable the same way) runs its statement on the connection doing the DDL.
//!
//! The other events (`sqlalchemy.event` on classes, attributes, sessions, engines) live in
//! [`crate::orm::events`]; this module wraps that module's `listen` / `listens_for` / `remove` /
//! `contains` and keeps the schema targets for itself.

use crate::eval::value::{Module, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::native::state;
use std::cell::RefCell;
use std::rc::Rc;

/// The events a `Table` or `MetaData` has (SQLAlchemy's `DDLEvents`).
const DDL_EVENTS: &[&str] = &[
    "before_create",
    "after_create",
    "before_drop",
    "after_drop",
    "column_reflect",
    "after_parent_attach",
    "before_parent_attach",
];

/// Listeners of schema objects, keyed by the object's address (a Core table, or a `MetaData`'s
/// registry), in registration order.
#[derive(Default)]
pub struct DdlListeners {
    list: RefCell<Vec<(usize, String, Value)>>,
}

/// The address a schema object is keyed by: a `Table` (its Core table) or a `MetaData` (its registry).
fn target_key(interp: &mut Interp, v: &Value) -> Option<usize> {
    if let Some(m) = state::<crate::orm::modules::MetaDataObj>(v) {
        return Some(Rc::as_ptr(&m.registry) as *const () as usize);
    }
    let from = state::<super::from_obj::FromObj>(v)?.from.clone();
    from.table()?;
    let _ = interp;
    Some(Rc::as_ptr(&from) as *const () as usize)
}

/// `sqlalchemy.event`, with schema objects as targets too.
pub fn event_module(interp: &mut Interp) -> PyResult<Rc<Module>> {
    let m = crate::orm::events::module(interp)?;
    extend_event_module(&m);
    Ok(m)
}

/// Wraps `sqlalchemy.event`'s functions so schema objects are targets too.
fn extend_event_module(m: &Module) {
    let wrap = |name: &'static str, ours: fn(&mut Interp, &Args, usize) -> PyResult<Value>| {
        let Some(theirs) = m.get(name) else { return };
        m.set(
            name,
            Interp::builtin(name, move |i, a| {
                let target = a.positional.first().cloned().unwrap_or(Value::None);
                match target_key(i, &target) {
                    Some(key) => ours(i, &a, key),
                    None => i.call(&theirs, a),
                }
            }),
        );
    };
    wrap("listen", |i, a, key| {
        let (name, func) = event_and_fn(i, a, 1)?;
        add(i, key, name, func)
    });
    wrap("listens_for", |i, a, key| {
        let name = event_name(i, a)?;
        Ok(Interp::builtin("listens_for", move |i, inner| {
            let func = inner.positional.first().cloned().unwrap_or(Value::None);
            add(i, key, name.clone(), func.clone())?;
            Ok(func)
        }))
    });
    wrap("remove", |i, a, key| {
        let (name, func) = event_and_fn(i, a, 1)?;
        let orm = crate::orm::orm(i)?;
        let mut list = orm.ddl_listeners.list.borrow_mut();
        let before = list.len();
        list.retain(|(k, n, f)| !(*k == key && *n == name && f.is(&func)));
        if list.len() == before {
            drop(list);
            let message = format!("No listeners found for event {name}");
            return Err(orm.error(i, crate::orm::SaExc::InvalidRequestError, message));
        }
        Ok(Value::None)
    });
    wrap("contains", |i, a, key| {
        let (name, func) = event_and_fn(i, a, 1)?;
        let orm = crate::orm::orm(i)?;
        let found = orm.ddl_listeners.list.borrow().iter().any(|(k, n, f)| *k == key && *n == name && f.is(&func));
        Ok(Value::Bool(found))
    });
}

/// The event name (checked against the DDL events) of `listen(target, name, ...)`.
fn event_name(interp: &mut Interp, args: &Args) -> PyResult<String> {
    let name = args.positional.get(1).and_then(crate::orm::native::as_str).unwrap_or_default();
    if DDL_EVENTS.contains(&name.as_str()) {
        return Ok(name);
    }
    let shown = interp.repr(args.positional.first().unwrap_or(&Value::None))?;
    let orm = crate::orm::orm(interp)?;
    let message = format!("No such event '{name}' for target '{shown}'");
    Err(orm.error(interp, crate::orm::SaExc::InvalidRequestError, message))
}

fn event_and_fn(interp: &mut Interp, args: &Args, name_at: usize) -> PyResult<(String, Value)> {
    let name = event_name(interp, args)?;
    match args.positional.get(name_at + 1) {
        Some(f) => Ok((name, f.clone())),
        None => Err(interp.type_error("listen() missing required positional argument: 'fn'")),
    }
}

fn add(interp: &mut Interp, key: usize, name: String, func: Value) -> PyResult<Value> {
    crate::orm::orm(interp)?.ddl_listeners.list.borrow_mut().push((key, name, func));
    Ok(Value::None)
}

/// Whether anything listens to the schema object at `key` (saves building the arguments).
pub fn has_listeners(interp: &Interp, key: usize) -> bool {
    crate::orm::orm(interp).is_ok_and(|o| o.ddl_listeners.list.borrow().iter().any(|(k, _, _)| *k == key))
}

/// Calls the listeners of `event` on the schema object at `key`: `fn(target, connection, **kw)`.
pub fn fire(
    interp: &mut Interp,
    key: usize,
    event: &str,
    target: &Value,
    connection: &Value,
    keywords: Vec<(crate::ir::Name, Value)>,
) -> PyResult<()> {
    let funcs: Vec<Value> = crate::orm::orm(interp)?
        .ddl_listeners
        .list
        .borrow()
        .iter()
        .filter(|(k, n, _)| *k == key && n == event)
        .map(|(_, _, f)| f.clone())
        .collect();
    for f in funcs {
        let args = Args { positional: vec![target.clone(), connection.clone()], keywords: keywords.clone() };
        interp.call(&f, args)?;
    }
    Ok(())
}

/// The key of a Core table (as [`fire`] takes it).
pub fn table_key(from: &crate::sql::selectable::FromRef) -> usize {
    Rc::as_ptr(from) as *const () as usize
}

/// The key of a `MetaData` (its registry).
pub fn metadata_key(registry: &crate::orm::RegistryRef) -> usize {
    Rc::as_ptr(registry) as *const () as usize
}
