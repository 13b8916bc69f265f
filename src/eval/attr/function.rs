//! Attributes of user functions: their own namespace (`f.calls = 0`, `wrapper.__wrapped__ = f`), over
//! the read-only facts CPython exposes (`__name__`, `__defaults__`, `__doc__`, …). Writing `__name__`,
//! `__qualname__` or `__doc__` stores an override, as `functools.wraps` does.

use crate::eval::value::{Function, Value};
use crate::eval::{Interp, PyResult};
use crate::ir::{Const, ExprKind, StmtKind};
use std::rc::Rc;

impl Interp {
    pub(in crate::eval) fn function_attr(&mut self, obj: &Value, f: &Rc<Function>, name: &str) -> PyResult<Value> {
        if let Some(v) = f.dict.borrow().get(name) {
            return Ok(v.clone());
        }
        Ok(match name {
            "__name__" => Value::Str(f.def.name.clone()),
            "__qualname__" => Value::Str(f.qualname.clone()),
            "__module__" => f.globals.get("__name__").unwrap_or_else(|| Value::str("__main__")),
            "__doc__" => docstring(f),
            "__defaults__" if f.defaults.is_empty() => Value::None,
            "__defaults__" => Value::tuple(f.defaults.clone()),
            "__kwdefaults__" => {
                let mut dict = crate::eval::dict::Dict::new();
                for (param, default) in f.def.params.kwonly.iter().zip(&f.kw_defaults) {
                    if let Some(d) = default {
                        let key = Value::Str(param.name.clone());
                        dict.insert(self.key_of(&key)?, key, d.clone());
                    }
                }
                if dict.is_empty() { Value::None } else { Value::Dict(Rc::new(std::cell::RefCell::new(dict))) }
            }
            "__dict__" => {
                let mut dict = crate::eval::dict::Dict::new();
                for (k, v) in f.dict.borrow().iter() {
                    dict.insert(crate::eval::dict::Key::Str(k.clone()), Value::Str(k.clone()), v.clone());
                }
                Value::Dict(Rc::new(std::cell::RefCell::new(dict)))
            }
            "__annotations__" => Value::Dict(Default::default()),
            _ => return Err(self.attribute_error(obj, name)),
        })
    }
}

/// The function's docstring: its body's first statement, when that is a string literal.
fn docstring(f: &Function) -> Value {
    match f.def.body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(e)) if !f.def.is_lambda => match &e.kind {
            ExprKind::Const(Const::Str(s)) => Value::Str(s.clone()),
            _ => Value::None,
        },
        _ => Value::None,
    }
}

/// The name `repr()` shows for a function: its `__qualname__`, as possibly rewritten by `wraps`.
pub(in crate::eval) fn shown_qualname(f: &Function) -> String {
    match f.dict.borrow().get("__qualname__") {
        Some(Value::Str(s)) => s.to_string(),
        _ => f.qualname.to_string(),
    }
}
