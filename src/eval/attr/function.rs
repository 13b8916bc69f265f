//! Attributes of user functions: their own namespace (`f.calls = 0`, `wrapper.__wrapped__ = f`), over
//! the read-only facts CPython exposes (`__name__`, `__defaults__`, `__doc__`, …). Writing `__name__`,
//! `__qualname__` or `__doc__` stores an override, as `functools.wraps` does.

use crate::eval::value::{Function, Value};
use crate::eval::{Interp, PyResult};
use crate::ir::{Const, ExprKind, StmtKind};
use std::rc::Rc;

/// CPython's `co_flags` bits for what programs test: optimized and new locals (every function),
/// `*args` (4), `**kwargs` (8), nested (16), generator (32).
fn code_flags(f: &Function) -> usize {
    let params = &f.def.params;
    let mut flags = 1 | 2;
    if params.vararg.is_some() {
        flags |= 4;
    }
    if params.kwarg.is_some() {
        flags |= 8;
    }
    if f.closure.is_some() {
        flags |= 16;
    }
    flags |= match (f.def.is_async, f.def.async_gen, f.def.is_generator) {
        (true, true, _) => 512,
        (true, false, _) => 128,
        (false, _, true) => 32,
        _ => 0,
    };
    flags
}

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
                // The names CPython keeps in the function's own slots are not in its `__dict__`.
                let slots = [
                    "__name__",
                    "__qualname__",
                    "__doc__",
                    "__module__",
                    "__defaults__",
                    "__kwdefaults__",
                    "__annotations__",
                ];
                for (k, v) in f.dict.borrow().iter().filter(|(k, _)| !slots.contains(&&***k)) {
                    dict.insert(crate::eval::dict::Key::Str(k.clone()), Value::Str(k.clone()), v.clone());
                }
                Value::Dict(Rc::new(std::cell::RefCell::new(dict)))
            }
            "__annotations__" => {
                // Created empty on first read and kept, as CPython does.
                let dict = Value::Dict(Default::default());
                f.dict.borrow_mut().insert(crate::ir::Name::from("__annotations__"), dict.clone());
                dict
            }
            "__code__" => self.code_object(f),
            // The descriptor protocol by hand (`partialmethod`, `singledispatchmethod` call it): bound to
            // an instance, or the function itself when there is none.
            "__get__" => {
                let function = obj.clone();
                Interp::builtin("__get__", move |i, a| match a.positional.first() {
                    None | Some(Value::None) => Ok(function.clone()),
                    Some(receiver) => Ok(i.bind(receiver.clone(), function.clone())),
                })
            }
            "__closure__" => self.closure_cells(f),
            _ => return Err(self.attribute_error(obj, name)),
        })
    }

    /// `f.__code__`: the facts about the compiled body that programs read (`co_varnames`,
    /// `co_argcount`, …), as a plain object of class `code`.
    fn code_object(&mut self, f: &Rc<Function>) -> Value {
        let params = &f.def.params;
        let mut names: Vec<Value> =
            params.positional.iter().chain(&params.kwonly).map(|p| Value::Str(p.name.clone())).collect();
        names.extend(params.vararg.iter().chain(&params.kwarg).map(|n| Value::Str(n.clone())));
        // The other locals in the order the body first binds them (temporaries of lowering excluded, and
        // cells: CPython 3.11 lists a local that closures share only in `co_cellvars`).
        let cells = &f.def.scope.cells;
        for local in &f.def.scope.locals {
            if !local.starts_with('.')
                && !cells.contains(local)
                && !names.iter().any(|n| matches!(n, Value::Str(s) if s == local))
            {
                names.push(Value::Str(local.clone()));
            }
        }
        let count = |n: usize| Value::Int(n as i64);
        let fields = [
            ("co_name", Value::Str(f.def.name.clone())),
            ("co_qualname", Value::Str(f.qualname.clone())),
            ("co_argcount", count(params.positional.len())),
            ("co_posonlyargcount", count(params.posonly)),
            ("co_kwonlyargcount", count(params.kwonly.len())),
            ("co_nlocals", count(names.len())),
            ("co_varnames", Value::tuple(names)),
            ("co_freevars", self.free_var_names(f)),
            ("co_cellvars", Value::tuple(f.def.scope.cells.iter().map(|n| Value::Str(n.clone())).collect())),
            ("co_flags", count(code_flags(f))),
            ("co_filename", Value::str(self.files.get(f.file).map_or("<string>", |s| s.name.as_str()))),
        ];
        let class = self.aux_class_in("builtins", "code");
        let dict = fields.into_iter().map(|(k, v)| (crate::ir::Name::from(k), v)).collect();
        Value::Instance(Rc::new(crate::eval::value::Instance {
            class,
            dict: std::cell::RefCell::new(dict),
            native: std::cell::RefCell::new(None),
            id: self.next_id(),
        }))
    }

    /// `f.__defaults__` as assigned (None: the ones the `def` evaluated).
    pub(in crate::eval) fn assigned_defaults(&self, f: &Function) -> PyResult<Option<Vec<Value>>> {
        let dict = f.dict.borrow();
        Ok(match dict.get("__defaults__") {
            None => None,
            Some(Value::None) => Some(Vec::new()),
            Some(Value::Tuple(items)) => Some(items.iter().cloned().collect()),
            Some(_) => return Err(self.type_error("__defaults__ must be set to a tuple object")),
        })
    }

    /// `f.__kwdefaults__` as assigned, one entry per keyword-only parameter.
    pub(in crate::eval) fn assigned_kwdefaults(&self, f: &Function) -> PyResult<Option<Vec<Option<Value>>>> {
        let dict = f.dict.borrow();
        let kwonly = &f.def.params.kwonly;
        Ok(match dict.get("__kwdefaults__") {
            None => None,
            Some(Value::None) => Some(vec![None; kwonly.len()]),
            Some(Value::Dict(d)) => {
                let d = d.borrow();
                let key = |n: &crate::ir::Name| crate::eval::dict::Key::Str(n.clone());
                Some(kwonly.iter().map(|p| d.get(&key(&p.name)).cloned()).collect())
            }
            Some(_) => return Err(self.type_error("__kwdefaults__ must be set to a dict object")),
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

impl Interp {
    /// What `property`, `classmethod` and `staticmethod` objects expose: their functions (`fget`,
    /// `__func__`) and `__isabstractmethod__`, true when a wrapped function is abstract (what
    /// `abc.ABCMeta` reads to collect `__abstractmethods__`).
    pub(in crate::eval) fn descriptor_attr(&mut self, obj: &Value, name: &str) -> Option<PyResult<Value>> {
        let wrapped: Vec<Value> = match obj {
            Value::Property(p) => match name {
                "fget" => return Some(Ok(p.getter.clone())),
                "fset" | "fdel" => {
                    let f = if name == "fset" { &p.setter } else { &p.deleter };
                    return Some(Ok(f.clone().unwrap_or(Value::None)));
                }
                "__isabstractmethod__" => {
                    [Some(p.getter.clone()), p.setter.clone(), p.deleter.clone()].into_iter().flatten().collect()
                }
                // A property's doc is its getter's (what `property(fget)` copies when no doc is given).
                "__doc__" if p.doc.is_some() => return Some(Ok(p.doc.clone().unwrap_or(Value::None))),
                "__doc__" if !matches!(p.getter, Value::None) => return Some(self.get_attr(&p.getter, "__doc__")),
                "__doc__" => return Some(Ok(Value::None)),
                _ => return None,
            },
            Value::ClassMethod(f) | Value::StaticMethod(f) => match name {
                "__func__" | "__wrapped__" => return Some(Ok((**f).clone())),
                "__isabstractmethod__" => vec![(**f).clone()],
                _ => return None,
            },
            _ => return None,
        };
        for f in wrapped {
            match self.probe_attr(&f, "__isabstractmethod__") {
                Ok(Some(v)) => match self.truthy(&v) {
                    Ok(true) => return Some(Ok(Value::Bool(true))),
                    Ok(false) => {}
                    Err(e) => return Some(Err(e)),
                },
                Ok(None) => {}
                Err(e) => return Some(Err(e)),
            }
        }
        Some(Ok(Value::Bool(false)))
    }
}
