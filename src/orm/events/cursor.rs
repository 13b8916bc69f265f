//! The engine's cursor events, `before_cursor_execute` and `after_cursor_execute`: SQLAlchemy fires
//! them around every statement a connection really hands the DBAPI cursor — a query, each lazy load,
//! each statement of a flush (an executemany UPDATE once, each "insertmanyvalues" batch once with
//! `executemany=True`), DDL and the dialect's PRAGMA checks — with the statement text and the
//! parameters exactly as the driver gets them (a tuple, or a list of tuples for executemany).
//!
//! `fn(conn, cursor, statement, parameters, context, executemany)`: `conn` is a `Connection` whose
//! `.info` is the engine's one DBAPI connection's dict (so the timing recipe's
//! `conn.info.setdefault("query_start_time", [])` works), `context` an execution context that lives
//! from the `before_` call to the `after_` call (the other recipe stores its start time on it).
//! A `before_cursor_execute` listener registered with `retval=True` returns `(statement, parameters)`
//! to send instead; what it returns is what runs and what `echo` logs, as in SQLAlchemy.

use super::Target;
use crate::db::Cell;
use crate::eval::value::Value;
use crate::eval::{Args, ExcType, Interp, PyResult};
use crate::orm::Orm;
use crate::orm::engine::Engine;
use crate::orm::engine::processors::ResultProcessor;
use crate::orm::native::native_class;
use std::rc::Rc;

/// One statement between its `before_cursor_execute` and `after_cursor_execute` calls.
pub struct CursorCall {
    conn: Value,
    cursor: Value,
    context: Value,
    statement: Value,
    parameters: Value,
    /// The parameters are a list of sets.
    many: bool,
    /// The `executemany` argument.
    executemany: bool,
    engine: Rc<Engine>,
}

/// The parameters as the pysqlite cursor gets them: one tuple, or a list of tuples (executemany).
fn parameters_value(interp: &Interp, sets: &[Vec<Cell>], many: bool) -> Value {
    let tuple =
        |cells: &[Cell]| Value::tuple(cells.iter().map(|c| ResultProcessor::Plain.process(interp, c)).collect());
    if many { Value::list(sets.iter().map(|s| tuple(s)).collect()) } else { tuple(&sets.concat()) }
}

/// Parameters a `retval=True` listener returned, back as driver values.
fn parameters_cells(interp: &mut Interp, value: &Value, many: bool) -> PyResult<Vec<Vec<Cell>>> {
    let row = |interp: &mut Interp, v: &Value| -> PyResult<Vec<Cell>> {
        let items = interp.collect(v)?;
        let mut cells = Vec::with_capacity(items.len());
        for (n, item) in items.iter().enumerate() {
            let cell = crate::orm::engine::convert::bind_value(item, None, n + 1)
                .map_err(|e| interp.error(ExcType::TypeError, e.message))?;
            cells.push(cell);
        }
        Ok(cells)
    };
    if many {
        let sets = interp.collect(value)?;
        sets.iter().map(|s| row(interp, s)).collect()
    } else {
        Ok(vec![row(interp, value)?])
    }
}

impl Orm {
    /// The cursor-event listeners of `event` that reach `engine`.
    fn engine_listeners(&self, event: &str, engine: &Engine) -> Vec<(Value, bool)> {
        self.listeners_for(event, |t| match t {
            Target::Engine(e) => e.as_ref().is_none_or(|e| std::ptr::eq(Rc::as_ptr(e), engine)),
            _ => false,
        })
    }

    /// Fires `before_cursor_execute` for `sql` with `sets` on `engine`; a `retval=True` listener may
    /// replace both. `many`: the parameters are a list of sets (else the one set, flattened);
    /// `executemany`: the flag listeners get, which an "insertmanyvalues" batch sets with one set.
    /// Returns what `after_cursor_execute` needs, or None when neither event is listened
    /// to (the common case, which costs one scan of the listener list).
    pub fn before_cursor_execute(
        &self,
        interp: &mut Interp,
        engine: &Engine,
        sql: &mut String,
        sets: &mut Vec<Vec<Cell>>,
        (many, executemany): (bool, bool),
    ) -> PyResult<Option<CursorCall>> {
        if !self.listening("before_cursor_execute") && !self.listening("after_cursor_execute") {
            return Ok(None);
        }
        let Some(engine) = self.engines.borrow().iter().find(|e| std::ptr::eq(Rc::as_ptr(e), engine)).cloned() else {
            return Ok(None);
        };
        let before = self.engine_listeners("before_cursor_execute", &engine);
        if before.is_empty() && self.engine_listeners("after_cursor_execute", &engine).is_empty() {
            return Ok(None);
        }
        let conn =
            crate::orm::engine::connection::borrowed_connection(interp, engine.clone(), crate::orm::engine::Txn::new());
        let cursor = super::objects::dbapi_cursor(interp, engine.clone());
        let mut call = CursorCall {
            context: execution_context(interp, &conn, &cursor, executemany),
            conn,
            cursor,
            statement: Value::str(sql.as_str()),
            parameters: parameters_value(interp, sets, many),
            many,
            executemany,
            engine,
        };
        call.set_context();
        let mut replaced = false;
        for (func, retval) in before {
            let returned = interp.call(&func, call.args())?;
            if retval {
                let items = interp.collect(&returned).ok().filter(|items| items.len() == 2);
                let Some([statement, parameters]) = items.and_then(|items| <[Value; 2]>::try_from(items).ok()) else {
                    return Err(interp.type_error(
                        "before_cursor_execute listener with retval=True must return (statement, parameters)",
                    ));
                };
                call.statement = statement;
                call.parameters = parameters;
                replaced = true;
            }
        }
        if replaced {
            *sql = interp.to_str(&call.statement)?;
            *sets = parameters_cells(interp, &call.parameters.clone(), many)?;
            call.set_context();
        }
        Ok(Some(call))
    }

    /// Fires `after_cursor_execute` for a statement [`Orm::before_cursor_execute`] announced.
    pub fn after_cursor_execute(&self, interp: &mut Interp, call: Option<CursorCall>) -> PyResult<()> {
        let Some(call) = call else { return Ok(()) };
        for (func, _) in self.engine_listeners("after_cursor_execute", &call.engine) {
            interp.call(&func, call.args())?;
        }
        Ok(())
    }
}

impl CursorCall {
    fn args(&self) -> Args {
        Args::positional(vec![
            self.conn.clone(),
            self.cursor.clone(),
            self.statement.clone(),
            self.parameters.clone(),
            self.context.clone(),
            Value::Bool(self.executemany),
        ])
    }

    /// `context.statement` / `context.parameters`: what is sent (after any `retval=True` listener).
    fn set_context(&self) {
        if let Value::Instance(inst) = &self.context {
            let parameters = match (&self.parameters, self.many) {
                (p, true) => p.clone(),
                (p, false) => Value::list(vec![p.clone()]),
            };
            let mut dict = inst.dict.borrow_mut();
            dict.insert("statement".into(), self.statement.clone());
            dict.insert("parameters".into(), parameters);
        }
    }
}

/// The dialect's execution context (`SQLiteExecutionContext`): a plain object listeners may set
/// attributes on, with the connection, cursor and executemany flag as SQLAlchemy's has them.
fn execution_context(interp: &mut Interp, conn: &Value, cursor: &Value, many: bool) -> Value {
    let class = native_class(interp, "SQLiteExecutionContext", "sqlalchemy.dialects.sqlite.base", &[]);
    let context = crate::orm::native::wrap(interp, &class, ());
    if let Value::Instance(inst) = &context {
        let mut dict = inst.dict.borrow_mut();
        dict.insert("connection".into(), conn.clone());
        dict.insert("root_connection".into(), conn.clone());
        dict.insert("cursor".into(), cursor.clone());
        dict.insert("executemany".into(), Value::Bool(many));
    }
    context
}
