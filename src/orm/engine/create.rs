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
        let given = args.positional.first().cloned().or_else(|| kwarg(&args, "url"));
        let url = match &given {
            Some(v) if as_str(v).is_none() && !matches!(v, Value::None) => Some(url_text(interp, v)?),
            Some(v) => as_str(v),
            None => None,
        };
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
        let value = engine_object(interp, engine)?;
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

/// The text of a `URL` object given to `create_engine()`: its backend and database unquoted
/// (`sqlite:///:memory:`), what the engine opens; anything but a URL is an `ArgumentError`, as
/// `make_url()` says.
fn url_text(interp: &mut Interp, url: &Value) -> PyResult<String> {
    let url = make_url(interp, url.clone())?;
    let driver = interp.get_attr(&url, "drivername")?;
    let database = interp.get_attr(&url, "database")?;
    let driver = as_str(&driver).unwrap_or_default();
    Ok(match as_str(&database) {
        Some(db) => format!("{driver}:///{db}"),
        None => format!("{driver}://"),
    })
}

/// `sqlalchemy.engine.make_url(value)`: the parsed `URL` of a string, the `URL` itself.
fn make_url(interp: &mut Interp, url: Value) -> PyResult<Value> {
    let make = interp.source_submodule("sqlalchemy.engine.url")?.get("make_url").unwrap_or(Value::None);
    interp.call(&make, Args { positional: vec![url], keywords: vec![] })
}

/// The Python `Engine` object for `engine`: `connect()`, `begin()`, `url`, `dialect`, `echo`.
fn engine_object(interp: &mut Interp, engine: Rc<Engine>) -> PyResult<Value> {
    let class = engine_class(interp);
    let dialect = dialect_object(interp);
    let value = wrap(interp, &class, engine);
    if let Value::Instance(inst) = &value {
        let mut dict = inst.dict.borrow_mut();
        dict.insert(crate::ir::Name::from("dialect"), dialect);
        // `engine.name` / `engine.driver`: the dialect's.
        dict.insert(crate::ir::Name::from("name"), Value::str("sqlite"));
        dict.insert(crate::ir::Name::from("driver"), Value::str("pysqlite"));
    }
    Ok(value)
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
        // `engine.url`: the `URL` object, made on first use and kept on the engine. Building it
        // loads `sqlalchemy.engine.url` (and urllib.parse, collections, ...): a program that never
        // looks at its engine's URL must not pay for that on every run (nor fetch it in the page).
        let getter = Interp::builtin("url", |i, a| {
            let this = a.positional.first().cloned().unwrap_or(Value::None);
            let (e, _, _) = receiver::<Rc<Engine>>(i, a, "Engine")?;
            let cached = match &this {
                Value::Instance(inst) => inst.dict.borrow().get("_ormplay_url").cloned(),
                _ => None,
            };
            if let Some(url) = cached {
                return Ok(url);
            }
            let url = make_url(i, Value::str(&e.url))?;
            if let Value::Instance(inst) = &this {
                inst.dict.borrow_mut().insert(crate::ir::Name::from("_ormplay_url"), url.clone());
            }
            Ok(url)
        });
        let property = crate::eval::value::Property { getter, setter: None, deleter: None, doc: None };
        class.dict.borrow_mut().insert(crate::ir::Name::from("url"), Value::Property(Rc::new(property)));
    }
    class
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
