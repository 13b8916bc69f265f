//! `create_engine()` and the Python `Engine` object: `connect()`, `begin()` (in `connection`), `url`,
//! `dialect`, the settable `echo` flag, and the repr `Engine(sqlite+pysqlite:///:memory:)`.

use super::super::Orm;
use super::super::native::{as_str, kwarg, native_class, receiver, wrap};
use super::{Engine, connection};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;
use std::rc::Rc;

impl Orm {
    /// `create_engine(url, echo=False, ...)`: only in-memory SQLite URLs exist in the playground.
    pub fn create_engine(&self, interp: &mut Interp, args: Args) -> PyResult<Value> {
        let url = args.positional.first().and_then(as_str).or_else(|| kwarg(&args, "url").and_then(|v| as_str(&v)));
        let Some(url) = url else {
            return Err(self.error(
                interp,
                SaExc::ArgumentError,
                "create_engine() needs a database URL such as \"sqlite://\"",
            ));
        };
        if !url.starts_with("sqlite") {
            return Err(self.error(
                interp,
                SaExc::ArgumentError,
                format!("ormplay runs SQLite in memory only; use \"sqlite://\" instead of \"{url}\""),
            ));
        }
        // A file database behaves like an in-memory one here: there are no files in a browser tab.
        let mut engine = Engine::new(&url, self.log_sink.clone())
            .map_err(|e| self.error(interp, SaExc::OperationalError, format!("(sqlite3.OperationalError) {e}")))?;
        // Engines on the same SQLite file share its database.
        if let Some(path) = super::database_url::file_path(&url)
            && let Some(other) =
                self.engines.borrow().iter().find(|e| super::database_url::file_path(&e.url) == Some(path.clone()))
        {
            engine.db = other.db.clone();
        }
        let pool = engine_pool(interp, &url, &args)?;
        let echo = kwarg(&args, "echo").map(|v| interp.truthy(&v)).transpose()?.unwrap_or(false);
        engine.echo.set(echo);
        let engine = Rc::new(engine);
        self.engines.borrow_mut().push(engine.clone());
        let value = engine_object(interp, engine);
        if let Value::Instance(inst) = &value {
            inst.dict.borrow_mut().insert(crate::ir::Name::from("pool"), pool);
        }
        Ok(value)
    }
}

/// `engine.pool`: the `sqlalchemy.pool` class `poolclass=` names, else SQLite's default for the URL,
/// built with the `pool_*` options.
fn engine_pool(interp: &mut Interp, url: &str, args: &Args) -> PyResult<Value> {
    let make = interp.source_submodule("sqlalchemy.pool")?.get("_engine_pool").unwrap_or(Value::None);
    let poolclass = kwarg(args, "poolclass").unwrap_or(Value::None);
    let memory = Value::Bool(super::database_url::is_memory(url));
    let keywords = args.keywords.iter().filter(|(k, _)| k.starts_with("pool_")).cloned().collect();
    interp.call(&make, Args { positional: vec![poolclass, memory], keywords })
}

/// The Python `Engine` object for `engine`: `connect()`, `begin()`, `url`, `dialect`, `echo`.
fn engine_object(interp: &mut Interp, engine: Rc<Engine>) -> Value {
    let class = engine_class(interp);
    let url = url_object(interp, &engine.url);
    let dialect = dialect_object(interp);
    let value = wrap(interp, &class, engine);
    if let Value::Instance(inst) = &value {
        let mut dict = inst.dict.borrow_mut();
        dict.insert(crate::ir::Name::from("url"), url);
        dict.insert(crate::ir::Name::from("dialect"), dialect);
    }
    value
}

/// The `Engine` class (`sqlalchemy.engine.Engine`, what `isinstance` and `event.listen` take).
pub fn engine_class(interp: &mut Interp) -> Rc<crate::eval::value::Class> {
    let class = native_class(interp, "Engine", "sqlalchemy.engine.base", connection::ENGINE_METHODS);
    if !class.dict.borrow().contains_key("echo") {
        let getter = Interp::builtin("echo", |i, a| {
            receiver::<Rc<Engine>>(i, a, "Engine").map(|(e, _, _)| Value::Bool(e.echo.get()))
        });
        let setter = Interp::builtin("echo", |i, a| {
            let (e, _, rest) = receiver::<Rc<Engine>>(i, a, "Engine")?;
            let on = i.truthy(rest.positional.first().unwrap_or(&Value::None))?;
            e.echo.set(on);
            Ok(Value::None)
        });
        let property = crate::eval::value::Property { getter, setter: Some(setter), deleter: None, doc: None };
        class.dict.borrow_mut().insert(crate::ir::Name::from("echo"), Value::Property(Rc::new(property)));
    }
    class
}

/// `engine.url`: prints as the URL given.
fn url_object(interp: &mut Interp, url: &str) -> Value {
    fn text(i: &mut Interp, a: Args) -> PyResult<Value> {
        receiver::<String>(i, a, "URL").map(|(u, _, _)| Value::str(&u))
    }
    let class = native_class(interp, "URL", "sqlalchemy.engine.url", &[("__str__", text), ("__repr__", text)]);
    let value = wrap(interp, &class, url.to_string());
    if let Value::Instance(inst) = &value {
        let (driver, database) = url.split_once("://").unwrap_or((url, ""));
        let database = database.trim_start_matches('/');
        let mut dict = inst.dict.borrow_mut();
        dict.insert(crate::ir::Name::from("drivername"), Value::str(driver));
        let database = if database.is_empty() { Value::None } else { Value::str(database) };
        dict.insert(crate::ir::Name::from("database"), database);
    }
    value
}

/// `engine.dialect`: SQLite through pysqlite.
/// The SQLite dialect object (`engine.dialect`, and the `dialect` a `TypeDecorator`'s methods get):
/// its `name`, `driver`, `paramstyle`, and `type_descriptor(type)` (the type as this dialect uses it).
pub fn dialect_object(interp: &mut Interp) -> Value {
    let methods: &[(&str, crate::orm::native::Method)] =
        &[("type_descriptor", |_, a| Ok(a.positional.get(1).cloned().unwrap_or(Value::None)))];
    let class = native_class(interp, "SQLiteDialect_pysqlite", "sqlalchemy.dialects.sqlite.pysqlite", methods);
    let value = wrap(interp, &class, ());
    if let Value::Instance(inst) = &value {
        let mut dict = inst.dict.borrow_mut();
        for (key, v) in [("name", "sqlite"), ("driver", "pysqlite"), ("paramstyle", "qmark")] {
            dict.insert(crate::ir::Name::from(key), Value::str(v));
        }
    }
    value
}
