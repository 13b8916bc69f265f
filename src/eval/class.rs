//! Classes and attributes: class creation (C3 method resolution order), instantiation, attribute
//! lookup with descriptors (`property`, `classmethod`, `staticmethod`, bound methods), and `super()`.

use super::scope::{Frame, FrameKind};
use super::stmt::Flow;
use super::value::{Class, Instance, Value};
use super::{Args, Interp, PyResult};
use crate::eval::value::Namespace;
use crate::ir::{self, Name};
use crate::source::{FileSpan, Span};
use std::cell::RefCell;
use std::rc::Rc;

impl Interp {
    pub(super) fn exec_class_def(&mut self, def: &Rc<ir::ClassDef>, frame: &mut Frame) -> PyResult<Flow> {
        let mut bases = Vec::new();
        let mut written = Vec::new();
        // Classes named directly: one named twice is an error (a class reached through two
        // generic aliases, `Generic[T]` and `Protocol[T]`, is merged).
        let mut named: Vec<Rc<Class>> = Vec::new();
        for base in &def.bases {
            let value = self.eval(base, frame)?;
            written.push(value.clone());
            if let Value::Class(c) = &value {
                if named.iter().any(|b| Rc::ptr_eq(b, c)) {
                    return Err(self.type_error(format!("duplicate base class {}", c.name)));
                }
                named.push(c.clone());
            }
            match self.base_class(&value) {
                Some(c) => {
                    if !bases.iter().any(|b| Rc::ptr_eq(b, &c)) {
                        bases.push(c);
                    }
                }
                None => {
                    return Err(self.type_error(format!(
                        "class bases must be classes; '{}' is a {} object",
                        def.name,
                        value.type_name()
                    )));
                }
            }
        }
        let mut keywords = Vec::new();
        let mut meta = bases.iter().find_map(super::metaclass::metaclass);
        for (key, value) in &def.keywords {
            let value = self.eval(value, frame)?;
            if &**key == "metaclass" {
                match &value {
                    Value::Class(m) if m.builtin == Some(super::value::BuiltinType::Type) => {}
                    Value::Class(m) if super::metaclass::is_metaclass(m) => meta = Some(m.clone()),
                    _ => return Err(self.type_error("metaclass must be a subclass of type")),
                }
                continue;
            }
            keywords.push((key.clone(), value));
        }
        let namespace = Rc::new(RefCell::new(Namespace::default()));
        // CPython reads `__name__` in the class body: the module's name, or the builtins module's when
        // the globals have none (code run with bare globals, such as doctest examples).
        let module = frame.globals.get("__name__").unwrap_or_else(|| Value::str("builtins"));
        namespace.borrow_mut().insert(Name::from("__module__"), module);
        let qualname = match &frame.kind {
            FrameKind::Module => def.name.to_string(),
            FrameKind::Class { namespace, .. } => {
                format!("{}.{}", super::call::class_qualname(namespace, &frame.function), def.name)
            }
            FrameKind::Function(env) => {
                format!("{}.<locals>.{}", self.running_qualname(env, &frame.function), def.name)
            }
        };
        namespace.borrow_mut().insert(Name::from("__qualname__"), Value::str(&qualname));
        namespace.borrow_mut().insert(Name::from("__doc__"), class_docstring(&def.body));
        if let Some(params) = generic_parameters(&written, &bases) {
            namespace.borrow_mut().insert(Name::from("__parameters__"), params);
            if written.iter().any(|b| super::modules::alias_origin(b).is_some()) {
                namespace.borrow_mut().insert(Name::from("__orig_bases__"), Value::tuple(written));
            }
        }
        if let Some((_, line)) = self.current_line() {
            namespace.borrow_mut().insert(Name::from("__firstlineno__"), Value::Int(i64::from(line)));
        }
        let mut body_frame = Frame {
            kind: FrameKind::Class {
                namespace: namespace.clone(),
                closure: frame.closure(),
                evaluate_annotations: !future_annotations(frame) || bases.iter().any(|b| b.hooks().is_some()),
            },
            globals: frame.globals.clone(),
            file: frame.file,
            function: def.name.clone(),
            comprehensions: Vec::new(),
        };
        self.exec_block(&def.body, &mut body_frame)?;
        let dict = namespace.borrow().clone();
        // Native hooks (the ORM) record where the class header is, for their diagnostics.
        self.call_site = FileSpan { file: frame.file, span: self.header_span(frame.file, def.span) };
        let mut value = match meta {
            Some(meta) => self.call_metaclass(&meta, &def.name, bases, dict, keywords)?,
            None => {
                let class = self.create_class(&def.name, bases, dict)?;
                self.finish_class(&class, keywords)?;
                Value::Class(class)
            }
        };
        for decorator in def.decorators.iter().rev() {
            let decorator = self.eval(decorator, frame)?;
            value = self.call(&decorator, Args::positional(vec![value]))?;
        }
        self.store_name(frame, &def.name, value)?;
        Ok(Flow::Normal)
    }

    /// Creates a library's class (native code standing for a Python module's class): named by its
    /// module as CPython shows it (`<class 'sqlalchemy.orm.base.Mapped'>`), and not taken for a class
    /// the program wrote.
    pub fn create_library_class(&mut self, module: &str, name: &str, bases: Vec<Rc<Class>>) -> PyResult<Rc<Class>> {
        let mut dict = Namespace::default();
        dict.insert(Name::from("__module__"), Value::str(module));
        self.create_class(name, bases, dict)
    }

    /// Creates a class object from its name, bases and namespace.
    pub fn create_class(&mut self, name: &str, bases: Vec<Rc<Class>>, dict: Namespace) -> PyResult<Rc<Class>> {
        let bases = if bases.is_empty() { vec![self.types.object.clone()] } else { bases };
        let mut dict = dict;
        // As `type.__new__` does: these two are class methods without a decorator.
        for name in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f @ Value::Function(_)) = dict.get(name).cloned() {
                dict.insert(Name::from(name), Value::ClassMethod(Rc::new(f)));
            }
        }
        if let Some(f @ Value::Function(_)) = dict.get("__new__").cloned() {
            dict.insert(Name::from("__new__"), Value::StaticMethod(Rc::new(f)));
        }
        // `type.__new__`: a class that defines `__eq__` but not `__hash__` is unhashable
        // (`__hash__ = None`), whatever its bases provide.
        if dict.contains_key("__eq__") && !dict.contains_key("__hash__") {
            dict.insert(Name::from("__hash__"), Value::None);
        }
        let mro_tail = match c3_merge(&bases) {
            Ok(m) => m,
            Err(heads) => {
                let names: Vec<&str> = heads.iter().map(|c| &*c.name).collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        };
        let hooks = bases.iter().find_map(|b| b.hooks());
        let module = match dict.get("__module__") {
            Some(Value::Str(m)) => m.clone(),
            _ => Name::from("__main__"),
        };
        let class =
            Rc::new(Class::new(name, &module, bases, mro_tail, self.next_id()).with_dict(dict).with_hooks(hooks));
        for base in &class.bases {
            base.subclasses.borrow_mut().push(Rc::downgrade(&class));
        }
        for value in class.dict.borrow().values() {
            let function = match value {
                Value::Function(f) => Some(f),
                Value::ClassMethod(inner) | Value::StaticMethod(inner) => match &**inner {
                    Value::Function(f) => Some(f),
                    _ => None,
                },
                Value::Property(p) => match &p.getter {
                    Value::Function(f) => Some(f),
                    _ => None,
                },
                _ => None,
            };
            if let Some(f) = function {
                *f.owner.borrow_mut() = Some(Rc::downgrade(&class));
            }
        }
        self.escaped.class(&class);
        Ok(class)
    }

    /// `Class(*args)`: builds an instance and runs `__init__`.
    pub(super) fn instantiate(&mut self, class: &Rc<Class>, args: Args) -> PyResult<Value> {
        if let Some(call) = self.meta_method(class, "__call__") {
            return self.call(&call, args);
        }
        self.instantiate_plain(class, args)
    }

    /// `type.__call__(class, *args)`: instantiation without the metaclass's `__call__`.
    pub(super) fn instantiate_plain(&mut self, class: &Rc<Class>, args: Args) -> PyResult<Value> {
        if super::metaclass::is_metaclass(class) && class.builtin.is_none() {
            return self.instantiate_metaclass(class, args);
        }
        if class.builtin.is_some()
            && let Some(new) = class.dict.borrow().get("__new__").cloned()
        {
            return self.call(&new, args);
        }
        let is_exception = self.is_exception_class(class);
        self.refuse_abstract(class)?;
        if let Some(kind) = class.builtin_base().filter(|b| *b != super::value::BuiltinType::Object)
            && !is_exception
        {
            return self.instantiate_builtin_subclass(class, kind, args);
        }
        if let Some(Value::StaticMethod(new)) = class.lookup("__new__")
            && matches!(*new, Value::Function(_))
        {
            return self.instantiate_with_new(class, (*new).clone(), args);
        }
        let instance = if is_exception {
            self.make_exception(class, args.positional.clone())
        } else {
            let instance = Rc::new(Instance {
                class: class.clone(),
                dict: RefCell::new(Namespace::default()),
                native: RefCell::new(None),
                id: self.next_id(),
            });
            self.track_instance(&instance);
            instance
        };
        let value = Value::Instance(instance.clone());
        // `object.__init__` accepts nothing, so only an `__init__` below `object` counts.
        let init = std::iter::once(class)
            .chain(class.mro_tail.iter())
            .filter(|c| c.builtin != Some(super::value::BuiltinType::Object))
            .find_map(|c| c.dict.borrow().get("__init__").cloned());
        match init {
            Some(init @ Value::Function(_)) | Some(init @ Value::Builtin(_))
                if !is_exception || matches!(init, Value::Function(_)) =>
            {
                if let Some(hooks) = class.hooks() {
                    hooks.before_init(self, &instance)?;
                }
                let result = self.call(&self.bind(value.clone(), init), args)?;
                if !matches!(result, Value::None) {
                    return Err(self.type_error(format!("__init__() should return None, not '{}'", result.type_name())));
                }
            }
            _ if is_exception => {}
            _ => {
                if let Some(hooks) = class.hooks()
                    && let Some(result) = hooks.default_init(self, &instance, args.clone())
                {
                    result?;
                    return Ok(value);
                }
                if !args.positional.is_empty() || !args.keywords.is_empty() {
                    return Err(self.type_error(format!("{}() takes no arguments", class.name)));
                }
            }
        }
        Ok(value)
    }
}

impl Interp {
    /// `Class(*args)` for a class with its own `__new__`: `__init__` runs only if `__new__` returned an
    /// instance of the class.
    fn instantiate_with_new(&mut self, class: &Rc<Class>, new: Value, args: Args) -> PyResult<Value> {
        let mut call_args = args.clone();
        call_args.positional.insert(0, Value::Class(class.clone()));
        let made = self.call(&new, call_args)?;
        let Value::Instance(inst) = &made else { return Ok(made) };
        if !inst.class.is_subclass_of(class) {
            return Ok(made);
        }
        if let Some(init @ Value::Function(_)) = class.lookup("__init__") {
            let result = self.call(&self.bind(made.clone(), init), args)?;
            if !matches!(result, Value::None) {
                return Err(self.type_error(format!("__init__() should return None, not '{}'", result.type_name())));
            }
        }
        Ok(made)
    }

    /// Instantiating an abstract class is an error, as `object.__new__` makes it: a class whose own
    /// `__abstractmethods__` (set by `abc.ABCMeta`) is non-empty.
    fn refuse_abstract(&mut self, class: &Rc<Class>) -> PyResult<()> {
        let Some(Value::Set(names)) = class.dict.borrow().get("__abstractmethods__").cloned() else {
            return Ok(());
        };
        let values = names.borrow().values();
        let mut abstract_names: Vec<String> = Vec::new();
        for name in &values {
            abstract_names.push(self.to_str(name)?);
        }
        if abstract_names.is_empty() {
            return Ok(());
        }
        abstract_names.sort();
        let plural = if abstract_names.len() == 1 { "" } else { "s" };
        Err(self.type_error(format!(
            "Can't instantiate abstract class {} with abstract method{plural} {}",
            class.name,
            abstract_names.join(", ")
        )))
    }

    /// The class a base-class expression stands for: a class, or a subscripted one (`Generic[T]`).
    fn base_class(&mut self, value: &Value) -> Option<Rc<Class>> {
        match value {
            Value::Class(c) => Some(c.clone()),
            other => match super::modules::alias_origin(other) {
                Some(Value::Class(c)) => Some(c),
                _ => None,
            },
        }
    }

    /// After a class is created: `__set_name__`, the parent's `__init_subclass__`, native hooks.
    pub(super) fn finish_class(&mut self, class: &Rc<Class>, keywords: Vec<(Name, Value)>) -> PyResult<()> {
        self.set_names(class)?;
        self.init_subclass(class, keywords)?;
        if let Some(hooks) = class.hooks() {
            hooks.class_created(self, class)?;
        }
        Ok(())
    }

    /// Calls `__set_name__(owner, name)` on the class attributes that define it.
    fn set_names(&mut self, class: &Rc<Class>) -> PyResult<()> {
        let items: Vec<(Name, Value)> = class.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (name, value) in items {
            if let Value::Instance(inst) = &value
                && inst.class.lookup("__set_name__").is_some()
            {
                let args = vec![Value::Class(class.clone()), Value::Str(name)];
                self.call_method(&value, "__set_name__", args)?;
            }
        }
        Ok(())
    }

    /// Calls the parent's `__init_subclass__` with the class statement's keyword arguments.
    fn init_subclass(&mut self, class: &Rc<Class>, keywords: Vec<(Name, Value)>) -> PyResult<()> {
        let Some(hook) = class.mro_tail.iter().find_map(|c| c.dict.borrow().get("__init_subclass__").cloned()) else {
            return Ok(());
        };
        let function = match hook {
            Value::ClassMethod(f) => (*f).clone(),
            other => other,
        };
        let bound = self.bind(Value::Class(class.clone()), function);
        self.call(&bound, Args { positional: Vec::new(), keywords })?;
        Ok(())
    }
}

/// Did the module say `from __future__ import annotations`?
pub(super) fn future_annotations(frame: &Frame) -> bool {
    matches!(frame.globals.get("annotations"), Some(Value::Instance(i)) if i.class.name.as_ref() == "_Feature")
}

/// A class body's docstring (its first statement, if a string literal), else None.
fn class_docstring(body: &[ir::Stmt]) -> Value {
    match body.first().map(|s| &s.kind) {
        Some(ir::StmtKind::Expr(ir::Expr { kind: ir::ExprKind::Const(ir::Const::Str(s)), .. })) => {
            Value::Str(s.clone())
        }
        _ => Value::None,
    }
}

/// C3 linearisation of `bases` (each with its own MRO), or `None` if no consistent order exists.
fn c3_merge(bases: &[Rc<Class>]) -> Result<Vec<Rc<Class>>, Vec<Rc<Class>>> {
    let mut sequences: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|b| {
            let mut seq = vec![b.clone()];
            seq.extend(b.mro_tail.iter().cloned());
            seq
        })
        .collect();
    sequences.push(bases.to_vec());
    let mut result = Vec::new();
    loop {
        sequences.retain(|s| !s.is_empty());
        if sequences.is_empty() {
            return Ok(result);
        }
        let candidate = sequences.iter().find_map(|seq| {
            let head = seq.first()?;
            let in_tail = sequences.iter().any(|s| s.iter().skip(1).any(|c| Rc::ptr_eq(c, head)));
            (!in_tail).then(|| head.clone())
        });
        let Some(candidate) = candidate else {
            // No head can go next: CPython names the remaining heads, each once, in list order.
            let mut heads: Vec<Rc<Class>> = Vec::new();
            for head in sequences.iter().filter_map(|s| s.first()) {
                if !heads.iter().any(|h| Rc::ptr_eq(h, head)) {
                    heads.push(head.clone());
                }
            }
            return Err(heads);
        };
        for seq in &mut sequences {
            if seq.first().is_some_and(|c| Rc::ptr_eq(c, &candidate)) {
                seq.remove(0);
            }
        }
        result.push(candidate);
    }
}

impl Interp {
    /// The first line of a statement (`class Parent(Base):` of a class), trailing blanks left out.
    fn header_span(&self, file: usize, span: Span) -> Span {
        let Some(text) = self.files.get(file).map(|f| &f.text) else { return span };
        let statement = text.get(span.start as usize..span.end as usize).unwrap_or("");
        let first = statement.split('\n').next().unwrap_or("").trim_end();
        Span::new(span.start, span.start + first.len() as u32)
    }
}

/// `__parameters__` of a generic class, as `Generic.__init_subclass__` sets it: the type variables of
/// its `Generic[...]` base, else those of its subscripted bases in order of appearance (`()` for a
/// plain subclass of a generic class); None for a class with no generic base at all.
fn generic_parameters(written: &[Value], bases: &[Rc<Class>]) -> Option<Value> {
    let aliases: Vec<&Value> = written.iter().filter(|b| super::modules::alias_origin(b).is_some()).collect();
    if aliases.is_empty() && !bases.iter().any(|b| b.lookup("__parameters__").is_some()) {
        return None;
    }
    let generic = aliases.iter().find(|a| {
        matches!(super::modules::alias_origin(a), Some(Value::Class(c)) if c.name.as_ref() == "Generic" && c.builtin.is_none())
    });
    let mut params: Vec<Value> = Vec::new();
    for alias in generic.map_or(aliases.clone(), |g| vec![*g]) {
        for arg in super::modules::alias_args(alias) {
            if super::modules::is_type_var(&arg) && !params.iter().any(|p| p.is(&arg)) {
                params.push(arg);
            }
        }
    }
    Some(Value::tuple(params))
}
