//! Name scopes: where a name is read from and written to, following Python's LEGB rule.
//!
//! A [`Frame`] is the running context of one block of code: the module, a function call, or a class
//! body. Functions know statically (from lowering) which names are theirs; free names are looked up
//! through the environments of the functions they were defined in (closures), then the module's globals,
//! then the builtins. Class bodies have their own namespace that methods do not see, as in Python.

use super::value::{Env, Module, Value};
use super::{Interp, PyResult};
use crate::eval::ExcType;
use crate::eval::value::Namespace;
use crate::ir::Name;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub enum FrameKind {
    Module,
    Function(Rc<Env>),
    /// `evaluate_annotations` is false under `from __future__ import annotations` (kept as text),
    /// except in mapped classes, whose annotations the ORM reads as values.
    Class {
        namespace: Rc<RefCell<Namespace>>,
        closure: Option<Rc<Env>>,
        evaluate_annotations: bool,
    },
}

/// The running context of one block of code.
pub struct Frame {
    pub kind: FrameKind,
    pub globals: Rc<Module>,
    /// The source file the code came from.
    pub file: usize,
    /// The function's name, for tracebacks (`<module>` at top level).
    pub function: Name,
    /// Scopes of the comprehensions being evaluated, innermost last. Each is an environment chained to
    /// the enclosing one, so a lambda made inside a comprehension closes over its variables (late
    /// binding included: `[lambda: i for i in range(3)]` all see the last `i`).
    pub comprehensions: Vec<Rc<Env>>,
}

impl Frame {
    pub fn module(globals: Rc<Module>, file: usize) -> Self {
        Frame { kind: FrameKind::Module, globals, file, function: Name::from("<module>"), comprehensions: Vec::new() }
    }

    /// The environment closures defined here capture (the innermost comprehension's, if in one).
    pub fn closure(&self) -> Option<Rc<Env>> {
        if let Some(env) = self.comprehensions.last() {
            return Some(env.clone());
        }
        match &self.kind {
            FrameKind::Module => None,
            FrameKind::Function(env) => Some(env.clone()),
            FrameKind::Class { closure, .. } => closure.clone(),
        }
    }
}

impl Interp {
    /// Builtins written in Python, loaded on first use: `complex`, `memoryview`, the exception groups and
    /// the matcher `except*` statements are lowered to (`.except_star`, a name no program can spell).
    fn lazy_builtin(&mut self, name: &str) -> PyResult<Option<Value>> {
        // Builtin classes written in Python, each in a module of its own.
        let source = match name {
            "complex" | ".complex" => Some(("_complex", "complex")),
            "memoryview" => Some(("_memoryview", "memoryview")),
            _ => None,
        };
        if let Some((module, builtin)) = source {
            let class = self.source_submodule(module)?.get(builtin);
            if let Some(c) = &class {
                self.builtins.set(builtin, c.clone());
            }
            return Ok(class);
        }
        let attr = match name {
            "ExceptionGroup" | "BaseExceptionGroup" => name,
            ".except_star" => "_ExceptStar",
            _ => return Ok(None),
        };
        let module = self.source_submodule("_exceptiongroup")?;
        for shared in ["ExceptionGroup", "BaseExceptionGroup"] {
            if let Some(class) = module.get(shared) {
                self.builtins.set(shared, class);
            }
        }
        Ok(module.get(attr))
    }

    pub(super) fn load_name(&mut self, frame: &Frame, name: &Name) -> PyResult<Value> {
        for scope in frame.comprehensions.iter().rev() {
            if let Some(v) = scope.vars.borrow().get(name) {
                return Ok(v.clone());
            }
        }
        match &frame.kind {
            FrameKind::Module => {}
            FrameKind::Function(env) => {
                // Bound here already (a parameter, an assignment, or a `:=` target): a local.
                if let Some(v) = env.vars.borrow().get(name) {
                    return Ok(v.clone());
                }
                let scope = &env.def.scope;
                if scope.locals.contains(name) {
                    return env.vars.borrow().get(name).cloned().ok_or_else(|| {
                        self.error(
                            ExcType::UnboundLocalError,
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        )
                    });
                }
                if !scope.globals.contains(name)
                    && let Some(v) = lookup_enclosing(env.parent.as_ref(), name)
                {
                    return Ok(v);
                }
            }
            FrameKind::Class { namespace, closure, .. } => {
                // A comprehension in a class body is a function of its own: like a method, it does
                // not see the class namespace (only its first iterable, evaluated outside, does).
                if frame.comprehensions.is_empty()
                    && let Some(v) = namespace.borrow().get(name)
                {
                    return Ok(v.clone());
                }
                if let Some(v) = lookup_enclosing(closure.as_ref(), name) {
                    return Ok(v);
                }
            }
        }
        if let Some(v) = frame.globals.get(name) {
            return Ok(v);
        }
        if let Some(v) = self.builtins.get(name) {
            return Ok(v);
        }
        if let Some(v) = self.lazy_builtin(name)? {
            return Ok(v);
        }
        let exc = self.error(ExcType::NameError, format!("name '{name}' is not defined"));
        let local_names: Vec<Name> = match &frame.kind {
            FrameKind::Function(env) => env.vars.borrow().keys().cloned().collect(),
            FrameKind::Class { namespace, .. } => namespace.borrow().keys().cloned().collect(),
            FrameKind::Module => Vec::new(),
        };
        let global_names: Vec<Name> = frame.globals.dict.borrow().keys().cloned().collect();
        let builtin_names: Vec<Name> = self.builtins.dict.borrow().keys().cloned().collect();
        self.suggest_name(&exc, name, &[local_names, global_names, builtin_names]);
        Err(exc)
    }

    pub(super) fn store_name(&mut self, frame: &mut Frame, name: &Name, value: Value) -> PyResult<()> {
        if let Some(scope) = frame.comprehensions.last() {
            scope.vars.borrow_mut().insert(name.clone(), value);
            return Ok(());
        }
        match &frame.kind {
            FrameKind::Module => frame.globals.set(name, value),
            FrameKind::Function(env) => {
                let scope = &env.def.scope;
                if scope.globals.contains(name) {
                    frame.globals.set(name, value);
                } else if scope.nonlocals.contains(name) {
                    match find_enclosing_env(env.parent.as_ref(), name) {
                        Some(target) => {
                            target.vars.borrow_mut().insert(name.clone(), value);
                        }
                        None => {
                            return Err(
                                self.error(ExcType::SyntaxError, format!("no binding for nonlocal '{name}' found"))
                            );
                        }
                    }
                } else {
                    env.vars.borrow_mut().insert(name.clone(), value);
                }
            }
            FrameKind::Class { namespace, .. } => {
                namespace.borrow_mut().insert(name.clone(), value);
            }
        }
        Ok(())
    }

    /// Stores the target of `name := value`, which binds in the enclosing function or module even
    /// inside a comprehension (PEP 572).
    pub(super) fn store_walrus(&mut self, frame: &mut Frame, name: &Name, value: Value) -> PyResult<()> {
        let comprehensions = std::mem::take(&mut frame.comprehensions);
        let result = self.store_name(frame, name, value);
        frame.comprehensions = comprehensions;
        result
    }

    /// Opens the own scope of a comprehension being evaluated (closed by popping `frame.comprehensions`).
    pub(super) fn push_comprehension_scope(&mut self, frame: &mut Frame) {
        let env =
            Env { vars: RefCell::new(HashMap::new()), parent: frame.closure(), def: self.comprehension_def.clone() };
        frame.comprehensions.push(Rc::new(env));
    }

    /// The frame a generator expression runs in: its own scope, closing over the enclosing one.
    pub(super) fn genexpr_frame(&mut self, frame: &mut Frame) -> Frame {
        self.push_comprehension_scope(frame);
        let env = frame.comprehensions.pop();
        let kind = match env {
            Some(env) => FrameKind::Function(env),
            None => FrameKind::Module,
        };
        Frame {
            kind,
            globals: frame.globals.clone(),
            file: frame.file,
            function: Name::from("<genexpr>"),
            comprehensions: Vec::new(),
        }
    }

    pub(super) fn delete_name(&mut self, frame: &mut Frame, name: &Name) -> PyResult<()> {
        let removed = match &frame.kind {
            FrameKind::Module => frame.globals.dict.borrow_mut().shift_remove(name).is_some(),
            FrameKind::Function(env) => {
                if env.def.scope.globals.contains(name) {
                    frame.globals.dict.borrow_mut().shift_remove(name).is_some()
                } else {
                    env.vars.borrow_mut().remove(name).is_some()
                }
            }
            FrameKind::Class { namespace, .. } => namespace.borrow_mut().shift_remove(name).is_some(),
        };
        if removed { Ok(()) } else { Err(self.error(ExcType::NameError, format!("name '{name}' is not defined"))) }
    }
}

/// Reads a free variable from the enclosing function environments.
fn lookup_enclosing(mut env: Option<&Rc<Env>>, name: &Name) -> Option<Value> {
    while let Some(e) = env {
        if let Some(v) = e.vars.borrow().get(name) {
            return Some(v.clone());
        }
        env = e.parent.as_ref();
    }
    None
}

/// The nearest enclosing function environment that owns `name` (for `nonlocal`).
pub(super) fn find_enclosing_env(mut env: Option<&Rc<Env>>, name: &Name) -> Option<Rc<Env>> {
    while let Some(e) = env {
        if e.def.scope.locals.contains(name) || e.vars.borrow().contains_key(name) {
            return Some(e.clone());
        }
        env = e.parent.as_ref();
    }
    None
}
