//! `dir()`, `locals()`, `globals()` and `vars()` called without arguments: the names of the scope
//! the call is written in. These are the only builtins that read the caller's frame, so the call
//! site hands them the frame (see `eval_call`) instead of going through the ordinary call path.

use crate::eval::scope::{Frame, FrameKind};
use crate::eval::value::Value;
use crate::eval::{Interp, PyResult};
use crate::ir::Name;
use std::cell::RefCell;
use std::rc::Rc;

impl Interp {
    /// The result of `callee()` when `callee` is the builtin `dir`, `locals`, `globals` or `vars`
    /// called with no arguments; None for any other call.
    pub(in crate::eval) fn frame_builtin(&mut self, callee: &Value, frame: &Frame) -> Option<PyResult<Value>> {
        let Value::Builtin(b) = callee else { return None };
        if !matches!(b.name.as_ref(), "dir" | "locals" | "globals" | "vars") {
            return None;
        }
        // Only the builtins themselves (not a module function that happens to share the name).
        match self.builtins.get(&b.name) {
            Some(Value::Builtin(own)) if Rc::ptr_eq(&own, b) => {}
            _ => return None,
        }
        let names = if b.name.as_ref() == "globals" { module_names(frame) } else { local_names(frame) };
        Some(if b.name.as_ref() == "dir" {
            let mut keys: Vec<String> = names.into_iter().map(|(k, _)| k.to_string()).collect();
            keys.sort();
            self.charge_items(keys.len()).map(|()| Value::list(keys.iter().map(|k| Value::str(k)).collect()))
        } else {
            self.names_dict(names)
        })
    }

    /// A snapshot dict of a scope's names (CPython's `globals()` is the live module dict; reading
    /// through a snapshot gives the same answers).
    fn names_dict(&mut self, names: Vec<(Name, Value)>) -> PyResult<Value> {
        self.charge_items(names.len())?;
        let mut dict = crate::eval::dict::Dict::new();
        for (name, value) in names {
            let key = Value::str(&name);
            dict.insert(self.key_of(&key)?, key, value);
        }
        Ok(Value::Dict(Rc::new(RefCell::new(dict))))
    }
}

fn module_names(frame: &Frame) -> Vec<(Name, Value)> {
    frame.globals.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect()
}

/// The names bound in the innermost scope, in CPython's order: a function's in the order its
/// compiler numbers them (parameters first), a class body's and a module's in binding order.
fn local_names(frame: &Frame) -> Vec<(Name, Value)> {
    if let Some(env) = frame.comprehensions.last() {
        let mut names: Vec<(Name, Value)> = env.vars.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        names.sort_by(|a, b| a.0.cmp(&b.0));
        return names;
    }
    match &frame.kind {
        FrameKind::Module => module_names(frame),
        // Without the bookkeeping entries the class statement adds before the body runs (a
        // `__doc__` is there only when the class has a docstring).
        FrameKind::Class { namespace, .. } => namespace
            .borrow()
            .iter()
            .filter(|(k, v)| match k.as_ref() {
                "__firstlineno__" => false,
                "__doc__" => !matches!(v, Value::None),
                _ => true,
            })
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        FrameKind::Function(env) => {
            let vars = env.vars.borrow();
            let mut names: Vec<(Name, Value)> =
                env.def.scope.locals.iter().filter_map(|k| Some((k.clone(), vars.get(k)?.clone()))).collect();
            let mut rest: Vec<(Name, Value)> = vars
                .iter()
                .filter(|(k, _)| !env.def.scope.locals.contains(*k))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            rest.sort_by(|a, b| a.0.cmp(&b.0));
            names.extend(rest);
            names
        }
    }
}
