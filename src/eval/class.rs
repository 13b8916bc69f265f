//! Classes and attributes: class creation (C3 method resolution order), instantiation, attribute
//! lookup with descriptors (`property`, `classmethod`, `staticmethod`, bound methods), and `super()`.

use super::scope::{Frame, FrameKind};
use super::stmt::Flow;
use super::value::{Class, Instance, Value};
use super::{Args, Interp, PyResult};
use crate::eval::ExcType;
use crate::ir::{self, Name};
use crate::source::{FileSpan, Span};
use indexmap::IndexMap;
use std::cell::RefCell;
use std::rc::Rc;

impl Interp {
    pub(super) fn exec_class_def(&mut self, def: &Rc<ir::ClassDef>, frame: &mut Frame) -> PyResult<Flow> {
        let mut bases = Vec::new();
        for base in &def.bases {
            match self.eval(base, frame)? {
                Value::Class(c) => bases.push(c),
                other => {
                    return Err(self.type_error(format!(
                        "class bases must be classes; '{}' is a {} object",
                        def.name,
                        other.type_name()
                    )));
                }
            }
        }
        if let Some((key, _)) = def.keywords.first() {
            return Err(self.not_supported(&format!("class keyword argument '{key}'")));
        }
        let namespace = Rc::new(RefCell::new(IndexMap::new()));
        namespace.borrow_mut().insert(Name::from("__module__"), Value::str("__main__"));
        namespace.borrow_mut().insert(Name::from("__qualname__"), Value::Str(def.name.clone()));
        if let Some((_, line)) = self.current_line() {
            namespace.borrow_mut().insert(Name::from("__firstlineno__"), Value::Int(i64::from(line)));
        }
        let mut body_frame = Frame {
            kind: FrameKind::Class { namespace: namespace.clone(), closure: frame.closure() },
            globals: frame.globals.clone(),
            file: frame.file,
            function: def.name.clone(),
            comprehensions: Vec::new(),
        };
        self.exec_block(&def.body, &mut body_frame)?;
        let dict = namespace.borrow().clone();
        let class = self.create_class(&def.name, bases, dict)?;
        let mut value = Value::Class(class.clone());
        if let Some(hooks) = class.hooks.clone() {
            self.call_site = FileSpan { file: frame.file, span: self.header_span(frame.file, def.span) };
            hooks.class_created(self, &class)?;
        }
        for decorator in def.decorators.iter().rev() {
            let decorator = self.eval(decorator, frame)?;
            value = self.call(&decorator, Args::positional(vec![value]))?;
        }
        self.store_name(frame, &def.name, value)?;
        Ok(Flow::Normal)
    }

    /// Creates a class object from its name, bases and namespace.
    pub fn create_class(
        &mut self,
        name: &str,
        bases: Vec<Rc<Class>>,
        dict: IndexMap<Name, Value>,
    ) -> PyResult<Rc<Class>> {
        let bases = if bases.is_empty() { vec![self.types.object.clone()] } else { bases };
        let mro_tail = match c3_merge(&bases) {
            Some(m) => m,
            None => {
                return Err(
                    self.type_error("Cannot create a consistent method resolution order (MRO) for bases".to_string())
                );
            }
        };
        let hooks = bases.iter().find_map(|b| b.hooks.clone());
        let class = Rc::new(Class {
            name: Name::from(name),
            module: Name::from("__main__"),
            bases,
            mro_tail,
            dict: RefCell::new(dict),
            builtin: None,
            hooks,
            native: RefCell::new(None),
            id: self.next_id(),
        });
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
        Ok(class)
    }

    /// `Class(*args)`: builds an instance and runs `__init__`.
    pub(super) fn instantiate(&mut self, class: &Rc<Class>, args: Args) -> PyResult<Value> {
        if class.builtin.is_some()
            && let Some(new) = class.dict.borrow().get("__new__").cloned()
        {
            return self.call(&new, args);
        }
        let is_exception = self.is_exception_class(class);
        if !is_exception && class.builtin_base().is_some_and(|b| b != super::value::BuiltinType::Object) {
            return Err(self.not_supported(&format!("subclassing built-in types ({})", class.name)));
        }
        let instance = if is_exception {
            self.make_exception(class, args.positional.clone())
        } else {
            Rc::new(Instance {
                class: class.clone(),
                dict: RefCell::new(IndexMap::new()),
                native: RefCell::new(None),
                id: self.next_id(),
            })
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
                let result = self.call(&self.bind(value.clone(), init), args)?;
                if !matches!(result, Value::None) {
                    return Err(self.type_error(format!("__init__() should return None, not '{}'", result.type_name())));
                }
            }
            _ if is_exception => {}
            _ => {
                if let Some(hooks) = class.hooks.clone()
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

    pub fn get_attr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => self.instance_attr(obj, inst, name),
            Value::Class(class) => self.class_attr(class, name),
            Value::Module(m) => m.get(name).ok_or_else(|| self.attribute_error(obj, name)),
            Value::Super(start, receiver) => self.super_attr(start, receiver, name),
            Value::Function(f) => match name {
                "__name__" => Ok(Value::Str(f.def.name.clone())),
                "__qualname__" => Ok(Value::Str(f.qualname.clone())),
                "__doc__" => Ok(Value::None),
                _ => Err(self.attribute_error(obj, name)),
            },
            Value::Builtin(b) if name == "__name__" => Ok(Value::Str(b.name.clone())),
            Value::Range(start, stop, step) if matches!(name, "start" | "stop" | "step") => {
                Ok(Value::Int(match name {
                    "start" => *start,
                    "stop" => *stop,
                    _ => *step,
                }))
            }
            Value::BoundMethod(m) => match name {
                "__self__" => Ok(m.receiver.clone()),
                "__func__" => Ok(m.function.clone()),
                _ => self.get_attr(&m.function.clone(), name),
            },
            _ => match super::methods::lookup(self, obj, name) {
                Some(method) => Ok(method),
                None => Err(self.attribute_error(obj, name)),
            },
        }
    }

    fn instance_attr(&mut self, obj: &Value, inst: &Rc<Instance>, name: &str) -> PyResult<Value> {
        if name == "__class__" {
            return Ok(Value::Class(inst.class.clone()));
        }
        if name == "__dict__" {
            let mut d = super::dict::Dict::new();
            for (k, v) in inst.dict.borrow().iter() {
                d.insert(super::dict::Key::Str(k.clone()), Value::Str(k.clone()), v.clone());
            }
            return Ok(Value::Dict(Rc::new(RefCell::new(d))));
        }
        if let Some(hooks) = inst.class.hooks.clone()
            && let Some(result) = hooks.get_attr(self, inst, name)
        {
            return result;
        }
        let class_value = inst.class.lookup(name);
        if let Some(Value::Property(p)) = &class_value {
            let getter = p.getter.clone();
            return self.call(&getter, Args::positional(vec![obj.clone()]));
        }
        if let Some(v) = inst.dict.borrow().get(name) {
            return Ok(v.clone());
        }
        if let Some(v) = class_value {
            return Ok(self.bind_class_member(v, obj.clone(), &inst.class));
        }
        if self.is_exception_class(&inst.class) && matches!(name, "__cause__" | "__context__" | "__traceback__") {
            return Ok(Value::None);
        }
        if let Some(getattr @ (Value::Function(_) | Value::Builtin(_))) = inst.class.lookup("__getattr__") {
            let bound = self.bind(obj.clone(), getattr);
            return self.call(&bound, Args::positional(vec![Value::str(name)]));
        }
        Err(self.attribute_error(obj, name))
    }

    /// What `obj.name` gives for a member found on the class: functions bind to the instance.
    fn bind_class_member(&self, member: Value, receiver: Value, class: &Rc<Class>) -> Value {
        match member {
            Value::Function(_) | Value::Builtin(_) => self.bind(receiver, member),
            Value::ClassMethod(f) => self.bind(Value::Class(class.clone()), (*f).clone()),
            Value::StaticMethod(f) => (*f).clone(),
            other => other,
        }
    }

    fn class_attr(&mut self, class: &Rc<Class>, name: &str) -> PyResult<Value> {
        match name {
            "__name__" => return Ok(Value::Str(class.name.clone())),
            "__qualname__" => return Ok(Value::Str(class.name.clone())),
            "__module__" => return Ok(Value::Str(class.module.clone())),
            "__bases__" => return Ok(Value::tuple(class.bases.iter().map(|b| Value::Class(b.clone())).collect())),
            "__mro__" => {
                let mut mro = vec![Value::Class(class.clone())];
                mro.extend(class.mro_tail.iter().map(|c| Value::Class(c.clone())));
                return Ok(Value::tuple(mro));
            }
            // A snapshot (CPython gives a read-only live proxy; reads agree).
            "__dict__" => {
                let mut d = super::dict::Dict::new();
                for (k, v) in class.dict.borrow().iter() {
                    d.insert(super::dict::Key::Str(k.clone()), Value::Str(k.clone()), v.clone());
                }
                return Ok(Value::Dict(Rc::new(RefCell::new(d))));
            }
            _ => {}
        }
        if let Some(hooks) = class.hooks.clone()
            && let Some(result) = hooks.get_class_attr(self, class, name)
        {
            return result;
        }
        match class.lookup(name) {
            Some(Value::ClassMethod(f)) => Ok(self.bind(Value::Class(class.clone()), (*f).clone())),
            Some(Value::StaticMethod(f)) => Ok((*f).clone()),
            Some(v) => Ok(v),
            None => class
                .builtin
                .and_then(|kind| super::methods::unbound(kind, name))
                .ok_or_else(|| self.attribute_error(&Value::Class(class.clone()), name)),
        }
    }

    fn super_attr(&mut self, start: &Rc<Class>, receiver: &Value, name: &str) -> PyResult<Value> {
        let class = match receiver {
            Value::Class(c) => c.clone(),
            Value::Instance(i) => i.class.clone(),
            other => return Err(self.type_error(format!("super() argument is a {}", other.type_name()))),
        };
        let mut mro = vec![class.clone()];
        mro.extend(class.mro_tail.iter().cloned());
        let after = mro.iter().position(|c| Rc::ptr_eq(c, start)).map_or(mro.len(), |i| i + 1);
        for c in &mro[after..] {
            let found = c.dict.borrow().get(name).cloned();
            if let Some(member) = found {
                return Ok(match (member, receiver) {
                    (Value::Function(f), Value::Class(_)) => Value::Function(f),
                    (Value::Property(p), Value::Instance(_)) => {
                        let getter = p.getter.clone();
                        return self.call(&getter, Args::positional(vec![receiver.clone()]));
                    }
                    (member, _) => self.bind_class_member(member, receiver.clone(), &class),
                });
            }
        }
        Err(self.error(ExcType::AttributeError, format!("'super' object has no attribute '{name}'")))
    }

    /// Zero-argument `super()`: the class the running method was defined in, and its first argument.
    pub(super) fn zero_arg_super(&mut self) -> PyResult<Value> {
        let Some((function, first)) = self.calls.last().cloned() else {
            return Err(self.error(ExcType::RuntimeError, "super(): no arguments"));
        };
        let owner = function.owner.borrow().as_ref().and_then(|w| w.upgrade());
        match (owner, first) {
            (Some(class), Some(receiver)) => Ok(Value::Super(class, Rc::new(receiver))),
            _ => Err(self.error(ExcType::RuntimeError, "super(): __class__ cell not found")),
        }
    }

    pub fn set_attr(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let value = match inst.class.hooks.clone() {
                    Some(hooks) => match hooks.set_attr(self, inst, &Name::from(name), value) {
                        Ok(result) => return result,
                        Err(value) => value,
                    },
                    None => value,
                };
                match inst.class.lookup(name) {
                    Some(Value::Property(p)) => match &p.setter {
                        Some(setter) => {
                            let setter = setter.clone();
                            self.call(&setter, Args::positional(vec![obj.clone(), value]))?;
                            Ok(())
                        }
                        None => Err(self.error(
                            ExcType::AttributeError,
                            format!("property '{name}' of '{}' object has no setter", inst.class.name),
                        )),
                    },
                    _ => {
                        inst.dict.borrow_mut().insert(Name::from(name), value);
                        Ok(())
                    }
                }
            }
            Value::Class(class) if class.builtin.is_none() => {
                class.dict.borrow_mut().insert(Name::from(name), value);
                Ok(())
            }
            Value::Module(m) => {
                m.set(name, value);
                Ok(())
            }
            Value::Class(class) => {
                Err(self.type_error(format!("cannot set '{name}' attribute of immutable type '{}'", class.name)))
            }
            other => Err(self.attribute_error(other, name)),
        }
    }

    pub fn del_attr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        let removed = match obj {
            Value::Instance(inst) => inst.dict.borrow_mut().shift_remove(name).is_some(),
            Value::Class(class) if class.builtin.is_none() => class.dict.borrow_mut().shift_remove(name).is_some(),
            _ => false,
        };
        if removed { Ok(()) } else { Err(self.attribute_error(obj, name)) }
    }

    /// `hasattr`-style probing: AttributeError means absent; other errors propagate.
    pub fn probe_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.get_attr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                let attribute_error = self.types.exception(ExcType::AttributeError);
                if e.value.class.is_subclass_of(&attribute_error) { Ok(None) } else { Err(e) }
            }
        }
    }
}

/// C3 linearisation of `bases` (each with its own MRO), or `None` if no consistent order exists.
fn c3_merge(bases: &[Rc<Class>]) -> Option<Vec<Rc<Class>>> {
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
            return Some(result);
        }
        let candidate = sequences.iter().find_map(|seq| {
            let head = seq.first()?;
            let in_tail = sequences.iter().any(|s| s.iter().skip(1).any(|c| Rc::ptr_eq(c, head)));
            (!in_tail).then(|| head.clone())
        })?;
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
