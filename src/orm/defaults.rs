//! Column defaults called as SQLAlchemy calls them (`ColumnDefault._maybe_wrap_callable`): a callable
//! with no required positional argument is called bare (`datetime.utcnow`, `lambda: 7`, a class); one
//! taking one positional argument gets the statement's execution context, whose
//! `get_current_parameters()` holds the values of the row being written so far — the documented
//! "context-sensitive default function" (`context.get_current_parameters()["name"]`). Anything else
//! (a scalar) is the value itself.

use crate::eval::value::Namespace;
use crate::eval::value::{Class, Instance, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use std::cell::RefCell;
use std::rc::Rc;

/// The value of a `default=` / `onupdate=` for one row; `params` are the row's parameters so far, by
/// column key.
pub fn call_column_default(interp: &mut Interp, default: &Value, params: &[(String, Value)]) -> PyResult<Value> {
    match required_positionals(default) {
        None => Ok(default.clone()),
        Some(0) => interp.call(default, Args::default()),
        Some(1) => {
            let context = execution_context(interp, params)?;
            interp.call(default, Args::positional(vec![context]))
        }
        Some(_) => {
            let orm = crate::orm::orm(interp)?;
            Err(orm.error(
                interp,
                crate::orm::SaExc::ArgumentError,
                "ColumnDefault Python function takes zero or one positional arguments",
            ))
        }
    }
}

/// How many positional arguments a callable requires (`None` for a non-callable value). Built-in
/// callables and classes take none, as SQLAlchemy assumes when it cannot inspect them.
fn required_positionals(v: &Value) -> Option<usize> {
    let own = |f: &crate::eval::value::Function| f.def.params.positional.len().saturating_sub(f.defaults.len());
    match v {
        Value::Function(f) => Some(own(f)),
        Value::BoundMethod(m) => match &m.function {
            Value::Function(f) => Some(own(f).saturating_sub(1)),
            _ => Some(0),
        },
        Value::Builtin(_) | Value::Class(_) => Some(0),
        Value::Instance(i) if i.class.lookup("__call__").is_some() => Some(0),
        _ => None,
    }
}

/// A `DefaultExecutionContext` stand-in: `current_parameters` and `get_current_parameters()`.
fn execution_context(interp: &mut Interp, params: &[(String, Value)]) -> PyResult<Value> {
    let mut dict = crate::eval::dict::Dict::default();
    for (k, v) in params {
        let key = Value::str(k);
        let hash = interp.key_of(&key)?;
        dict.insert(hash, key, v.clone());
    }
    let current = Value::Dict(Rc::new(RefCell::new(dict)));
    let class = context_class(interp)?;
    let fields: Namespace = [(Name::from("current_parameters"), current)].into_iter().collect();
    Ok(Value::Instance(Rc::new(Instance {
        class,
        dict: RefCell::new(fields),
        native: RefCell::new(None),
        id: interp.next_id(),
    })))
}

fn context_class(interp: &mut Interp) -> PyResult<Rc<Class>> {
    let class = interp.aux_class_in("sqlalchemy.engine.default", "DefaultExecutionContext");
    if class.dict.borrow().get("get_current_parameters").is_none() {
        let method = Interp::builtin("get_current_parameters", |i, a| {
            let this = a.positional.first().cloned().unwrap_or(Value::None);
            i.get_attr(&this, "current_parameters")
        });
        class.dict.borrow_mut().insert(Name::from("get_current_parameters"), method);
    }
    Ok(class)
}
