//! Calling things: user functions (argument binding with CPython's error messages), builtins, bound
//! methods, classes, and objects with `__call__`.

use super::scope::{Frame, FrameKind};
use super::stmt::Flow;
use super::value::{BoundMethod, Builtin, Env, Function, Value};
use super::{Args, Interp, PyResult};
use crate::ir::{FunctionDef, Name};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Steps a Python function call costs against the budget, on top of the statements it runs.
const CALL_COST: usize = 5;

impl Interp {
    pub fn call(&mut self, callee: &Value, args: Args) -> PyResult<Value> {
        match callee {
            Value::Function(f) => self.call_function(f, args),
            // A builtin may call back into Python (a sort key, `repr` of an object): one level.
            Value::Builtin(b) => self.nested(|this| {
                this.tick()?;
                (b.func)(this, args)
            }),
            Value::BoundMethod(m) => {
                let mut args = args;
                args.positional.insert(0, m.receiver.clone());
                self.call(&m.function, args)
            }
            Value::Class(class) => self.instantiate(class, args),
            Value::StaticMethod(f) => self.call(f, args),
            Value::Instance(inst) => match inst.class.lookup("__call__") {
                Some(method) => {
                    let bound = self.bind(callee.clone(), method);
                    self.call(&bound, args)
                }
                // Helper classes are keyed `module.Name`; Python's message shows only `Name` (or the
                // `tp_name` of a standard-library C type).
                None => {
                    let shown = inst.class.tp_name();
                    let shown =
                        if shown == &*inst.class.name { shown.rsplit('.').next().unwrap_or_default() } else { shown };
                    Err(self.type_error(format!("'{shown}' object is not callable")))
                }
            },
            other => Err(self.type_error(format!("'{}' object is not callable", other.type_name()))),
        }
    }

    /// Calls `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
        let method = self.get_attr(obj, name)?;
        self.call(&method, Args::positional(args))
    }

    /// Makes a native function value.
    pub fn builtin(name: &str, func: impl Fn(&mut Interp, Args) -> PyResult<Value> + 'static) -> Value {
        Value::Builtin(Rc::new(Builtin { name: Name::from(name), func: Box::new(func), owner: None }))
    }

    /// Makes the native method `name` of the built-in type `owner`.
    pub fn builtin_method(
        name: &str,
        owner: &'static str,
        func: impl Fn(&mut Interp, Args) -> PyResult<Value> + 'static,
    ) -> Value {
        Value::Builtin(Rc::new(Builtin { name: Name::from(name), func: Box::new(func), owner: Some(owner) }))
    }

    /// Binds a function found on a class to a receiver.
    pub(super) fn bind(&self, receiver: Value, function: Value) -> Value {
        Value::BoundMethod(Rc::new(BoundMethod { receiver, function }))
    }

    pub(super) fn make_function(&mut self, def: &Rc<FunctionDef>, frame: &mut Frame) -> PyResult<Value> {
        let mut defaults = Vec::new();
        for p in &def.params.positional {
            if let Some(d) = &p.default {
                defaults.push(self.eval(d, frame)?);
            }
        }
        let mut kw_defaults = Vec::new();
        for p in &def.params.kwonly {
            kw_defaults.push(match &p.default {
                Some(d) => Some(self.eval(d, frame)?),
                None => None,
            });
        }
        let qualname = match &frame.kind {
            FrameKind::Module => def.name.clone(),
            FrameKind::Class { namespace, .. } => {
                Name::from(format!("{}.{}", class_qualname(namespace, &frame.function), def.name))
            }
            FrameKind::Function(env) => {
                Name::from(format!("{}.<locals>.{}", self.running_qualname(env, &frame.function), def.name))
            }
        };
        let mut dict = crate::eval::value::Namespace::default();
        if !def.params.annotations.is_empty() {
            dict.insert(Name::from("__annotations__"), self.function_annotations(def, frame)?);
        }
        Ok(Value::Function(Rc::new(Function {
            def: def.clone(),
            defaults,
            kw_defaults,
            closure: frame.closure(),
            globals: frame.globals.clone(),
            file: frame.file,
            qualname,
            owner: RefCell::new(None),
            dict: RefCell::new(dict),
        })))
    }

    /// A function's `__annotations__`, evaluated when the `def` runs, or kept as source text under
    /// `from __future__ import annotations` (as CPython 3.11 does).
    fn function_annotations(&mut self, def: &FunctionDef, frame: &mut Frame) -> PyResult<Value> {
        let postponed = super::class::future_annotations(frame);
        let mut dict = crate::eval::dict::Dict::new();
        for (name, annotation) in &def.params.annotations {
            let value = match postponed.then(|| self.annotation_text(annotation, frame.file)).flatten() {
                Some(text) => Value::str(&text),
                None => self.eval(annotation, frame)?,
            };
            let key = Value::Str(name.clone());
            dict.insert(self.key_of(&key)?, key, value);
        }
        Ok(Value::Dict(Rc::new(RefCell::new(dict))))
    }

    pub(super) fn call_function(&mut self, function: &Rc<Function>, args: Args) -> PyResult<Value> {
        if self.depth >= self.limits.recursion {
            return Err(self.recursion_error());
        }
        self.guard_stack()?;
        // A call costs several statements' worth of time (binding, frame, environment): charge it so.
        self.charge(CALL_COST)?;
        let first_arg = args.positional.first().cloned();
        let vars = self.bind_arguments(function, args)?;
        let env =
            Rc::new(Env { vars: RefCell::new(vars), parent: function.closure.clone(), def: function.def.clone() });
        let frame = Frame {
            kind: FrameKind::Function(env),
            globals: function.globals.clone(),
            file: function.file,
            function: function.def.name.clone(),
            comprehensions: Vec::new(),
        };
        if function.def.is_generator {
            return Ok(self.make_generator(function, frame, first_arg));
        }
        let mut frame = frame;
        self.depth += 1;
        self.calls.push((function.clone(), first_arg));
        self.call_sites.push(self.location);
        let result = self.exec_block(&function.def.body, &mut frame);
        self.call_sites.pop();
        self.calls.pop();
        self.depth -= 1;
        if let FrameKind::Function(env) = &frame.kind
            && Rc::strong_count(env) > 1
        {
            self.escaped.env(env);
        }
        match result? {
            Flow::Return(v) => Ok(v),
            _ => Ok(Value::None),
        }
    }

    /// Binds call arguments to parameters, raising TypeError with CPython's wording on a mismatch.
    fn bind_arguments(&mut self, function: &Function, args: Args) -> PyResult<HashMap<Name, Value>> {
        let params = &function.def.params;
        let name = &function.qualname;
        let mut vars: HashMap<Name, Value> = HashMap::new();
        let n_pos = params.positional.len();
        let mut positional = args.positional.into_iter();
        for p in params.positional.iter() {
            match positional.next() {
                Some(v) => {
                    vars.insert(p.name.clone(), v);
                }
                None => break,
            }
        }
        let extra: Vec<Value> = positional.collect();
        match &params.vararg {
            Some(vararg) => {
                vars.insert(vararg.clone(), Value::tuple(extra));
            }
            None if !extra.is_empty() => {
                let given = n_pos + extra.len();
                let required = params.positional.iter().filter(|p| p.default.is_none()).count();
                let takes = if required == n_pos {
                    format!("{n_pos} positional argument{}", plural(n_pos))
                } else {
                    format!("from {required} to {n_pos} positional arguments")
                };
                // Keyword-only parameters passed too are counted after the positional ones.
                let kwonly = params.kwonly.iter().filter(|p| args.keywords.iter().any(|(k, _)| *k == p.name)).count();
                let also = match kwonly {
                    0 => String::new(),
                    n => format!(" positional argument{} (and {n} keyword-only argument{})", plural(given), plural(n)),
                };
                let verb = if given == 1 && kwonly == 0 { "was" } else { "were" };
                return Err(self.type_error(format!("{name}() takes {takes} but {given}{also} {verb} given")));
            }
            None => {}
        }
        let mut kwargs = super::dict::Dict::new();
        let posonly = &params.positional[..params.posonly];
        // CPython names every positional-only parameter passed by keyword, not just the first.
        let posonly_kw: Vec<String> = if params.kwarg.is_none() {
            args.keywords
                .iter()
                .filter(|(k, _)| posonly.iter().any(|p| p.name == *k))
                .map(|(k, _)| k.to_string())
                .collect()
        } else {
            Vec::new()
        };
        for (key, value) in args.keywords {
            let is_param =
                params.positional.iter().skip(params.posonly).chain(params.kwonly.iter()).any(|p| p.name == key);
            if is_param {
                if vars.contains_key(&key) {
                    return Err(self.type_error(format!("{name}() got multiple values for argument '{key}'")));
                }
                vars.insert(key, value);
            } else if params.kwarg.is_some() {
                let k = Value::Str(key);
                let hk = self.key_of(&k)?;
                kwargs.insert(hk, k, value);
            } else if !posonly_kw.is_empty() {
                return Err(self.type_error(format!(
                    "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                    posonly_kw.join(", ")
                )));
            } else {
                return Err(self.type_error(format!("{name}() got an unexpected keyword argument '{key}'")));
            }
        }
        if let Some(kwarg) = &params.kwarg {
            vars.insert(kwarg.clone(), Value::Dict(Rc::new(RefCell::new(kwargs))));
        }
        // Defaults fill the last positional parameters (`f.__defaults__ = (...)` replaces them).
        let replaced = self.assigned_defaults(function)?;
        let defaults: &[Value] = replaced.as_deref().unwrap_or(&function.defaults);
        let mut missing = Vec::new();
        for (i, p) in params.positional.iter().enumerate() {
            if vars.contains_key(&p.name) {
                continue;
            }
            match (i + defaults.len()).checked_sub(n_pos).and_then(|d| defaults.get(d)) {
                Some(d) => {
                    vars.insert(p.name.clone(), d.clone());
                }
                None => missing.push(p.name.clone()),
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_error(name, "positional", &missing));
        }
        let kw_defaults = self.assigned_kwdefaults(function)?;
        for (p, default) in params.kwonly.iter().zip(kw_defaults.as_ref().unwrap_or(&function.kw_defaults)) {
            if vars.contains_key(&p.name) {
                continue;
            }
            match default {
                Some(d) => {
                    vars.insert(p.name.clone(), d.clone());
                }
                None => missing.push(p.name.clone()),
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_error(name, "keyword-only", &missing));
        }
        Ok(vars)
    }

    fn missing_error(&self, function: &str, kind: &str, missing: &[Name]) -> Box<super::Exc> {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match quoted.as_slice() {
            [one] => one.clone(),
            [a, b] => format!("{a} and {b}"),
            [init @ .., last] => format!("{}, and {last}", init.join(", ")),
            [] => String::new(),
        };
        let n = missing.len();
        self.type_error(format!("{function}() missing {n} required {kind} argument{}: {list}", plural(n)))
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Checks the count of positional arguments a method of built-in type `owner` received. CPython names
/// the type only for methods taking no or exactly one argument (`list.append() takes exactly one
/// argument (0 given)`); the others say `pop expected at most 1 argument, got 2`.
pub fn expect_method_args(
    interp: &Interp,
    owner: &str,
    name: &str,
    args: &Args,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.positional.len();
    if (min..=max).contains(&n) {
        return Ok(());
    }
    if min == max && min <= 1 {
        return expect_args(interp, &format!("{owner}.{name}"), args, min, max);
    }
    expect_args(interp, name, args, min, max)
}

/// Checks the count of positional arguments a builtin received, with CPython's wording.
pub fn expect_args(interp: &Interp, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.positional.len();
    if n < min || n > max {
        let message = if min == max {
            if min == 0 {
                format!("{name}() takes no arguments ({n} given)")
            } else if min == 1 {
                format!("{name}() takes exactly one argument ({n} given)")
            } else {
                format!("{name} expected {min} arguments, got {n}")
            }
        } else if n < min {
            format!("{name} expected at least {min} argument{}, got {n}", plural(min))
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", plural(max))
        };
        return Err(interp.type_error(message));
    }
    Ok(())
}

/// Takes a keyword argument out of `args` by name.
pub fn take_keyword(args: &mut Args, name: &str) -> Option<Value> {
    let index = args.keywords.iter().position(|(k, _)| &**k == name)?;
    Some(args.keywords.remove(index).1)
}

/// Moves keyword arguments naming positional-or-keyword parameters (`pow(base=2, exp=10)`) into
/// their positional slots, in parameter order, as CPython's argument clinic binds them; stops at the
/// first parameter given neither way. A parameter given both ways is CPython's TypeError.
pub fn keywords_to_positional(interp: &Interp, name: &str, args: &mut Args, params: &[&str]) -> PyResult<()> {
    for (i, param) in params.iter().enumerate() {
        let Some(index) = args.keywords.iter().position(|(k, _)| &**k == *param) else {
            if args.positional.len() <= i {
                break;
            }
            continue;
        };
        if args.positional.len() > i {
            return Err(
                interp.type_error(format!("argument for {name}() given by name ('{param}') and position ({})", i + 1))
            );
        }
        if args.positional.len() < i {
            break;
        }
        let value = args.keywords.remove(index).1;
        args.positional.push(value);
    }
    Ok(())
}

/// Fails if any keyword arguments remain unconsumed.
pub fn no_keywords(interp: &Interp, name: &str, args: &Args) -> PyResult<()> {
    match args.keywords.first() {
        Some((k, _)) => Err(interp.type_error(format!("{name}() got an unexpected keyword argument '{k}'"))),
        None => Ok(()),
    }
}

/// The `__qualname__` of the class whose body is running (a nested class's is `Outer.Inner`), which
/// prefixes the qualified names of what the body defines.
pub(super) fn class_qualname(namespace: &RefCell<super::value::Namespace>, name: &Name) -> String {
    match namespace.borrow().get("__qualname__") {
        Some(Value::Str(q)) => q.to_string(),
        _ => name.to_string(),
    }
}

impl Interp {
    /// The `__qualname__` of the function whose frame `env` is (`Outer.method`), which prefixes
    /// `<locals>` in the qualified names of what it defines; its bare name when it is not the one
    /// being called.
    pub(super) fn running_qualname(&self, env: &super::value::Env, name: &Name) -> Name {
        match self.calls.last() {
            Some((f, _)) if Rc::ptr_eq(&f.def, &env.def) => f.qualname.clone(),
            _ => name.clone(),
        }
    }
}
