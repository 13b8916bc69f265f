//! `_sqlite3`: the native half of the `sqlite3` module (the DB-API 2 driver learners meet before
//! SQLAlchemy). Each `connect()` opens its own in-memory database through the database facade
//! ([`crate::db::Database`]), under the same limits as the ORM's; this half runs one statement with
//! its parameters bound the way pysqlite binds them, opens pysqlite's implicit transactions, charges
//! SQLite's work to the run's step budget, and raises the `sqlite3` exception classes. Cursors, rows
//! and connections are Python (`modules/py/sqlite3.py`).
//!
//! The exception classes are one set per interpreter, shared with the ORM: a SQLAlchemy
//! `IntegrityError`'s `.orig` is an instance of the very `sqlite3.IntegrityError` a program imports.

use crate::db::{Cell, Database, DbError};
use crate::eval::value::{Class, Instance, Module, Namespace, Value};
use crate::eval::{Args, Exc, Interp, PyResult};
use crate::ir::Name;
use std::cell::RefCell;
use std::rc::Rc;

/// pysqlite's exception classes in creation order, each with the index of its base (None: Exception).
const EXCEPTIONS: &[(&str, Option<usize>)] = &[
    ("Warning", None),
    ("Error", None),
    ("InterfaceError", Some(1)),
    ("DatabaseError", Some(1)),
    ("DataError", Some(3)),
    ("OperationalError", Some(3)),
    ("IntegrityError", Some(3)),
    ("InternalError", Some(3)),
    ("ProgrammingError", Some(3)),
    ("NotSupportedError", Some(3)),
];

/// The interpreter's `sqlite3` exception class `name` (`Error`, `IntegrityError`, …), created with the
/// others on first use.
pub fn exception_class(interp: &mut Interp, name: &str) -> Option<Rc<Class>> {
    let key = |n: &str| format!("sqlite3.{n}");
    if !interp.aux_classes.contains_key(&key("Error")) {
        let mut made: Vec<Rc<Class>> = Vec::with_capacity(EXCEPTIONS.len());
        for (class_name, base) in EXCEPTIONS {
            let exception = interp.types.exception(crate::eval::ExcType::Exception);
            let base = base.and_then(|b| made.get(b).cloned()).unwrap_or(exception);
            let mut dict = Namespace::default();
            dict.insert(Name::from("__module__"), Value::str("sqlite3"));
            // A class with exception bases and an empty body cannot fail to build; the base keeps the
            // table complete if it ever did.
            let class = interp.create_class(class_name, vec![base.clone()], dict).unwrap_or(base);
            interp.aux_classes.insert(key(class_name), class.clone());
            made.push(class);
        }
    }
    interp.aux_classes.get(&key(name)).cloned()
}

/// An instance of the `sqlite3` exception class `name` with `message`, ready to raise.
fn error(interp: &mut Interp, name: &str, message: &str) -> Box<Exc> {
    match exception_class(interp, name) {
        Some(class) => Exc::new(interp.make_exception(&class, vec![Value::str(message)])),
        None => interp.error(crate::eval::ExcType::RuntimeError, message.to_string()),
    }
}

fn db_error(interp: &mut Interp, e: &DbError) -> Box<Exc> {
    error(interp, e.kind.pysqlite_class(), &e.message)
}

/// pysqlite (Python 3.11, legacy transaction control) opens a transaction before INSERT, UPDATE,
/// DELETE and REPLACE only: DDL, SELECT and PRAGMA run in autocommit mode, so a rolled-back
/// transaction never undoes a CREATE TABLE. These are also the statements `executemany` accepts and
/// whose `rowcount` is counted.
pub fn is_dml(sql: &str) -> bool {
    let mut rest = sql.trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("--") {
            rest = after.split_once('\n').map_or("", |(_, r)| r).trim_start();
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r).trim_start();
        } else {
            break;
        }
    }
    let word: String = rest.chars().take_while(char::is_ascii_alphabetic).collect::<String>().to_ascii_uppercase();
    matches!(word.as_str(), "INSERT" | "UPDATE" | "DELETE" | "REPLACE")
}

/// A connection's database: the native state of a `_sqlite3.Database` object.
struct Handle(RefCell<Database>);

pub fn module(interp: &mut Interp) -> PyResult<Rc<Module>> {
    let m = Rc::new(Module::new("_sqlite3"));
    m.set("open", Interp::builtin("open", open));
    m.set("execute", Interp::builtin("execute", execute));
    m.set("script", Interp::builtin("script", script));
    m.set("in_transaction", Interp::builtin("in_transaction", in_transaction));
    m.set(
        "is_dml",
        Interp::builtin("is_dml", |_, a| {
            Ok(Value::Bool(matches!(a.positional.first(), Some(Value::Str(s)) if is_dml(s))))
        }),
    );
    m.set("sqlite_version", Value::str(crate::db::version()));
    for (name, _) in EXCEPTIONS {
        if let Some(class) = exception_class(interp, name) {
            m.set(name, Value::Class(class));
        }
    }
    Ok(m)
}

/// `open()`: a new, empty in-memory database.
fn open(interp: &mut Interp, _: Args) -> PyResult<Value> {
    let db = Database::new()
        .map_err(|e| error(interp, "OperationalError", &format!("unable to open database: {}", e.message)))?;
    let class = interp.aux_class_in("_sqlite3", "Database");
    Ok(Value::Instance(Rc::new(Instance {
        class,
        dict: RefCell::default(),
        native: RefCell::new(Some(Rc::new(Handle(RefCell::new(db))))),
        id: interp.next_id(),
    })))
}

fn handle(interp: &mut Interp, args: &Args) -> PyResult<Rc<Handle>> {
    let native = match args.positional.first() {
        Some(Value::Instance(inst)) => inst.native.borrow().clone(),
        _ => None,
    };
    native
        .and_then(|n| n.downcast::<Handle>().ok())
        .ok_or_else(|| error(interp, "ProgrammingError", "Cannot operate on a closed database."))
}

/// `execute(db, sql, parameters, begin)`: runs one statement. `begin` is the connection's
/// `isolation_level` (None: autocommit; else `BEGIN <level>` opens a transaction before DML). Returns
/// `(column names or None, rows as tuples, rowcount, lastrowid)`.
fn execute(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let db = handle(interp, &args)?;
    let Some(Value::Str(sql)) = args.positional.get(1) else {
        let shown = args.positional.get(1).map_or("NoneType".into(), Value::type_name);
        return Err(interp.type_error(format!("execute() argument 1 must be str, not {shown}")));
    };
    let params = args.positional.get(2).cloned().unwrap_or(Value::None);
    if let Some(Value::Str(level)) = args.positional.get(3)
        && is_dml(sql)
        && !db.0.borrow().in_transaction()
    {
        let begin = format!("BEGIN {level}");
        db.0.borrow_mut().control(begin.trim_end()).map_err(|e| db_error(interp, &e))?;
    }
    let cells = bind(interp, &db, sql, &params)?;
    let result = {
        let mut conn = db.0.borrow_mut();
        conn.budget().grant(interp.steps_remaining());
        let result = conn.run(sql, &cells);
        // SQLite's work counts against the run's step budget whether the statement succeeded or not.
        let spent = conn.budget().spent();
        drop(conn);
        interp.charge_units(spent)?;
        result
    };
    let done = result.map_err(|e| db_error(interp, &e))?;
    let columns = if done.returns_rows() {
        Value::tuple(done.columns.iter().map(|c| Value::str(c)).collect())
    } else {
        Value::None
    };
    interp.charge_items(done.rows.len())?;
    let rows = done.rows.iter().map(|row| Value::tuple(row.iter().map(cell_value).collect())).collect();
    let rowcount = if is_dml(sql) { i64::try_from(done.changes).unwrap_or(i64::MAX) } else { -1 };
    Ok(Value::tuple(vec![columns, Value::list(rows), Value::Int(rowcount), Value::Int(done.last_insert_rowid)]))
}

/// `script(db, sql)`: `executescript`, every statement of the text, stopping at the first failure.
fn script(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let db = handle(interp, &args)?;
    let Some(Value::Str(sql)) = args.positional.get(1) else {
        return Err(interp.type_error("executescript() argument must be str"));
    };
    let done = {
        let mut conn = db.0.borrow_mut();
        conn.budget().grant(interp.steps_remaining());
        let done = conn.run_script(sql);
        let spent = conn.budget().spent();
        drop(conn);
        interp.charge_units(spent)?;
        done
    };
    match done.into_iter().find_map(|(_, outcome)| outcome.err()) {
        Some(e) => Err(db_error(interp, &e)),
        None => Ok(Value::None),
    }
}

fn in_transaction(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let db = handle(interp, &args)?;
    let open = db.0.borrow().in_transaction();
    Ok(Value::Bool(open))
}

/// The statement's parameters as cells: a sequence binds in order, a mapping by name (`:name`).
fn bind(interp: &mut Interp, db: &Handle, sql: &str, params: &Value) -> PyResult<Vec<Cell>> {
    let values = match params {
        Value::None => Vec::new(),
        Value::Tuple(_) | Value::List(_) => interp.collect(params)?,
        Value::Dict(_) => return bind_named(interp, db, sql, params),
        Value::Str(_) | Value::Bytes(_) | Value::Int(_) | Value::Float(_) | Value::Bool(_) => {
            return Err(error(interp, "ProgrammingError", "parameters are of unsupported type"));
        }
        other => {
            if interp.probe_attr(other, "keys")?.is_some() {
                return bind_named(interp, db, sql, params);
            }
            if interp.probe_attr(other, "__getitem__")?.is_none() {
                return Err(error(interp, "ProgrammingError", "parameters are of unsupported type"));
            }
            interp.collect(other)?
        }
    };
    values.iter().enumerate().map(|(n, v)| cell_of(interp, v, n + 1)).collect()
}

fn bind_named(interp: &mut Interp, db: &Handle, sql: &str, params: &Value) -> PyResult<Vec<Cell>> {
    let names = db.0.borrow_mut().parameter_names(sql).map_err(|e| db_error(interp, &e))?;
    let mut cells = Vec::with_capacity(names.len());
    for (n, name) in names.iter().enumerate() {
        let Some(name) = name else {
            let message =
                format!("Binding {} has no name, but you supplied a dictionary (which has only names).", n + 1);
            return Err(error(interp, "ProgrammingError", &message));
        };
        // `:name`, `@name` and `$name` are looked up without their sigil.
        let key = Value::str(name.get(1..).unwrap_or_default());
        let value = match interp.get_item(params, &key) {
            Ok(v) => v,
            Err(e) if e.class_name() == "KeyError" => {
                let message = format!("You did not supply a value for binding parameter {name}.");
                return Err(error(interp, "ProgrammingError", &message));
            }
            Err(e) => return Err(e),
        };
        cells.push(cell_of(interp, &value, n + 1)?);
    }
    Ok(cells)
}

/// A Python value as pysqlite binds it: None, int, float, str and bytes-like objects, and (its default
/// adapters, deprecated in 3.12) dates and datetimes as ISO text.
fn cell_of(interp: &mut Interp, value: &Value, position: usize) -> PyResult<Cell> {
    Ok(match value {
        Value::None => Cell::Null,
        Value::Bool(b) => Cell::Integer(i64::from(*b)),
        Value::Int(n) => Cell::Integer(*n),
        Value::BigInt(_) => {
            return Err(
                interp.error(crate::eval::ExcType::OverflowError, "Python int too large to convert to SQLite INTEGER")
            );
        }
        Value::Float(f) => Cell::Real(*f),
        Value::Str(s) => Cell::Text(s.to_string()),
        Value::Bytes(b) => Cell::Blob(b.to_vec()),
        Value::ByteArray(b) => Cell::Blob(b.borrow().clone()),
        Value::Instance(inst) => {
            if let Some(base) = crate::eval::subclass::instance_payload(inst) {
                return cell_of(interp, &base, position);
            }
            match super::datetime::to_pysqlite_text(value) {
                Some(text) => Cell::Text(text),
                None => return Err(unsupported(interp, value, position)),
            }
        }
        other => return Err(unsupported(interp, other, position)),
    })
}

fn unsupported(interp: &mut Interp, value: &Value, position: usize) -> Box<Exc> {
    let message = format!("Error binding parameter {position}: type '{}' is not supported", value.type_name());
    error(interp, "ProgrammingError", &message)
}

/// A stored value as pysqlite returns it.
fn cell_value(cell: &Cell) -> Value {
    match cell {
        Cell::Null => Value::None,
        Cell::Integer(n) => Value::Int(*n),
        Cell::Real(f) => Value::Float(*f),
        Cell::Text(s) => Value::str(s),
        Cell::Blob(b) => Value::Bytes(Rc::from(b.as_slice())),
    }
}

#[cfg(test)]
mod tests {
    use super::is_dml;

    #[test]
    fn pysqlite_begins_only_before_data_changes() {
        for sql in
            ["INSERT INTO t VALUES (1)", "  -- c\n update t set x = 1", "/* x */ DELETE FROM t", "replace into t"]
        {
            assert!(is_dml(sql), "{sql}");
        }
        for sql in ["SELECT 1", "CREATE TABLE t (x)", "PRAGMA main.table_info(\"t\")", "WITH x AS (SELECT 1) INSERT"] {
            assert!(!is_dml(sql), "{sql}");
        }
    }
}
