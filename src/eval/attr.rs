//! Attribute access: `obj.name`, `obj.name = v`, `del obj.name`, with CPython's precedence rules.
//!
//! For an instance, a *data descriptor* found on the class (a `property`, or an object whose class
//! defines `__set__` or `__delete__`) wins over the instance's own `__dict__`; the instance dict wins
//! over everything else found on the class (methods, non-data descriptors such as `cached_property`,
//! plain class attributes). User classes may take over with `__getattribute__`, `__getattr__` (the
//! fallback after an AttributeError), `__setattr__` and `__delattr__`; `object.__setattr__(self, …)`
//! inside them reaches the generic behaviour. `__slots__` restricts which names an instance may set.
//! Functions carry their own attribute namespace (what `functools.wraps` and decorators write).

mod closure;
mod function;
mod instance_dict;
mod set;
mod slice;

pub(crate) use set::declared_slots;
use set::slots_allow;

pub(super) use function::shown_qualname;

use super::value::{Class, Instance, Value};
use super::{Args, Interp, PyResult};
use crate::eval::ExcType;
use std::cell::RefCell;
use std::rc::Rc;

impl Interp {
    pub fn get_attr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => match user_hook(&inst.class, "__getattribute__") {
                Some(hook) => {
                    let bound = self.bind(obj.clone(), hook);
                    match self.call(&bound, Args::positional(vec![Value::str(name)])) {
                        Err(e) if self.is_attribute_error(&e) => self.getattr_fallback(obj, inst, name, e),
                        other => other,
                    }
                }
                None => self.instance_attr(obj, inst, name),
            },
            Value::Class(class) => self.class_attr(class, name),
            // Every module knows its `__name__`, also the native ones that never stored it.
            Value::Module(m) => m
                .get(name)
                .or_else(|| (name == "__name__").then(|| Value::str(&m.name)))
                .ok_or_else(|| self.attribute_error(obj, name)),
            Value::Super(start, receiver) => self.super_attr(start, receiver, name),
            Value::Function(f) => self.function_attr(obj, f, name),
            Value::Builtin(b) if name == "__name__" || name == "__qualname__" => Ok(Value::Str(b.name.clone())),
            Value::Range(start, stop, step) if matches!(name, "start" | "stop" | "step") => {
                Ok(Value::Int(match name {
                    "start" => *start,
                    "stop" => *stop,
                    _ => *step,
                }))
            }
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_)
                if matches!(name, "numerator" | "denominator" | "real" | "imag") =>
            {
                match name {
                    "denominator" => Ok(Value::Int(1)),
                    "imag" => Ok(Value::Int(0)),
                    _ => super::builtins::to_int(self, obj),
                }
            }
            Value::Float(f) if matches!(name, "real" | "imag") => {
                Ok(Value::Float(if name == "real" { *f } else { 0.0 }))
            }
            Value::Slice(parts) if matches!(name, "start" | "stop" | "step") => Ok(match name {
                "start" => parts[0].clone(),
                "stop" => parts[1].clone(),
                _ => parts[2].clone(),
            }),
            Value::Slice(_) if name == "indices" => {
                Ok(self.bind(obj.clone(), Self::builtin("indices", slice::indices)))
            }
            Value::BoundMethod(m) => match name {
                "__self__" => Ok(m.receiver.clone()),
                "__func__" => Ok(m.function.clone()),
                _ => self.get_attr(&m.function.clone(), name),
            },
            Value::Generator(g) if matches!(name, "__name__" | "__qualname__") => {
                Ok(Value::Str(if name == "__name__" { g.name.clone() } else { g.qualname.clone() }))
            }
            _ if name == "__class__" => Ok(self.type_of(obj)),
            Value::Property(_) | Value::ClassMethod(_) | Value::StaticMethod(_)
                if let Some(result) = self.descriptor_attr(obj, name) =>
            {
                result
            }
            _ => match super::methods::lookup(self, obj, name) {
                Some(method) => Ok(method),
                None => Err(self.attribute_error(obj, name)),
            },
        }
    }

    /// `object.__getattribute__`: the generic lookup, then `__getattr__` on AttributeError.
    pub(super) fn instance_attr(&mut self, obj: &Value, inst: &Rc<Instance>, name: &str) -> PyResult<Value> {
        match self.generic_instance_attr(obj, inst, name) {
            Err(e) if self.is_attribute_error(&e) => self.getattr_fallback(obj, inst, name, e),
            other => other,
        }
    }

    fn getattr_fallback(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &str,
        error: Box<super::Exc>,
    ) -> PyResult<Value> {
        match inst.class.lookup("__getattr__") {
            Some(getattr @ (Value::Function(_) | Value::Builtin(_))) => {
                let bound = self.bind(obj.clone(), getattr);
                self.call(&bound, Args::positional(vec![Value::str(name)]))
            }
            _ => Err(error),
        }
    }

    pub(super) fn generic_instance_attr(&mut self, obj: &Value, inst: &Rc<Instance>, name: &str) -> PyResult<Value> {
        if name == "__class__" {
            return Ok(Value::Class(inst.class.clone()));
        }
        // An instance of a class whose whole MRO declares `__slots__` (none listing `__dict__`) has none.
        if name == "__dict__" && slots_allow(&inst.class, "__dict__") {
            return Ok(self.instance_dict(inst));
        }
        if let Some(hooks) = inst.class.hooks()
            && let Some(result) = hooks.get_attr(self, inst, name)
        {
            return result;
        }
        let class_value = inst.class.lookup(name);
        match &class_value {
            Some(Value::Property(p)) => {
                let getter = p.getter.clone();
                if matches!(getter, Value::None) {
                    let message = format!("property '{name}' of '{}' object has no getter", inst.class.name);
                    return Err(self.error(ExcType::AttributeError, message));
                }
                return self.call(&getter, Args::positional(vec![obj.clone()]));
            }
            Some(descriptor @ Value::Instance(d)) if is_data_descriptor(d) => {
                return self.descriptor_get(descriptor, obj.clone(), &inst.class);
            }
            _ => {}
        }
        if let Some(v) = inst.dict.borrow().get(name) {
            return Ok(v.clone());
        }
        if let Some(v) = class_value {
            if let Value::Instance(d) = &v
                && d.class.lookup("__get__").is_some()
            {
                return self.descriptor_get(&v, obj.clone(), &inst.class);
            }
            return Ok(self.bind_class_member(v, obj.clone(), &inst.class));
        }
        if self.is_exception_class(&inst.class) {
            if matches!(name, "__cause__" | "__context__" | "__traceback__") {
                return Ok(Value::None);
            }
            if name == "__suppress_context__" {
                return Ok(Value::Bool(false));
            }
            if name == "value" && inst.class.is_subclass_of(&self.types.exception(ExcType::StopIteration)) {
                return Ok(self.exception_args(inst).into_iter().next().unwrap_or(Value::None));
            }
            if name == "code" && inst.class.is_subclass_of(&self.types.exception(ExcType::SystemExit)) {
                let args = self.exception_args(inst);
                return Ok(match args.len() {
                    0 => Value::None,
                    1 => args[0].clone(),
                    _ => Value::tuple(args),
                });
            }
        }
        if let Some(p) = super::subclass::instance_payload(inst)
            && let Some(method) = super::methods::lookup(self, &p, name)
        {
            // A built-in method bound to the instance (`split` unwraps it to the payload).
            return Ok(match method {
                Value::BoundMethod(m) => self.bind(obj.clone(), m.function.clone()),
                other => other,
            });
        }
        Err(self.attribute_error(obj, name))
    }

    /// `descriptor.__get__(instance, owner)` (instance is None for access through the class).
    fn descriptor_get(&mut self, descriptor: &Value, instance: Value, owner: &Rc<Class>) -> PyResult<Value> {
        let get = self.get_attr(descriptor, "__get__")?;
        self.call(&get, Args::positional(vec![instance, Value::Class(owner.clone())]))
    }

    /// What `obj.name` gives for a member found on the class: functions bind to the instance.
    pub(super) fn bind_class_member(&self, member: Value, receiver: Value, class: &Rc<Class>) -> Value {
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
            "__qualname__" => {
                return Ok(class.dict.borrow().get("__qualname__").cloned().unwrap_or(Value::Str(class.name.clone())));
            }
            "__module__" => return Ok(Value::Str(class.module.clone())),
            "__bases__" => return Ok(Value::tuple(class.bases.iter().map(|b| Value::Class(b.clone())).collect())),
            "__base__" => return Ok(class.bases.first().map_or(Value::None, |b| Value::Class(b.clone()))),
            "__mro__" => {
                let mut mro = vec![Value::Class(class.clone())];
                mro.extend(class.mro_tail.iter().map(|c| Value::Class(c.clone())));
                return Ok(Value::tuple(mro));
            }
            "__subclasses__" if class.lookup("__subclasses__").is_none() => {
                let f = Self::builtin("__subclasses__", |i, a| match a.positional.first() {
                    Some(Value::Class(c)) => {
                        let live = c.subclasses.borrow().iter().filter_map(std::rc::Weak::upgrade).collect::<Vec<_>>();
                        Ok(Value::list(live.into_iter().map(Value::Class).collect()))
                    }
                    _ => Err(i.type_error("descriptor '__subclasses__' of 'type' object needs an argument")),
                });
                return Ok(self.bind(Value::Class(class.clone()), f));
            }
            "mro" if class.lookup("mro").is_none() => {
                let mro = Self::builtin("mro", |i, a| match a.positional.first() {
                    Some(Value::Class(c)) => {
                        let tail = c.mro_tail.iter().map(|c| Value::Class(c.clone()));
                        Ok(Value::list(std::iter::once(Value::Class(c.clone())).chain(tail).collect()))
                    }
                    _ => Err(i.type_error("descriptor 'mro' of 'type' object needs an argument")),
                });
                return Ok(self.bind(Value::Class(class.clone()), mro));
            }
            // A snapshot (CPython gives a read-only live proxy; reads agree). `__qualname__` (and
            // Python 3.13's `__firstlineno__`) are taken out of the namespace by `type.__new__`.
            "__dict__" => {
                let mut d = super::dict::Dict::new();
                let hidden = |k: &crate::ir::Name| matches!(&**k, "__qualname__" | "__firstlineno__");
                for (k, v) in class.dict.borrow().iter().filter(|(k, _)| !hidden(k)) {
                    d.insert(super::dict::Key::Str(k.clone()), Value::Str(k.clone()), v.clone());
                }
                return Ok(Value::Dict(Rc::new(RefCell::new(d))));
            }
            _ => {}
        }
        if let Some(hooks) = class.hooks()
            && let Some(result) = hooks.get_class_attr(self, class, name)
        {
            return result;
        }
        if name == "__new__"
            && let Some(new) = self.new_method(class)
        {
            return Ok(match new {
                Value::StaticMethod(f) => (*f).clone(),
                other => other,
            });
        }
        match class.lookup(name) {
            Some(Value::ClassMethod(f)) => Ok(self.bind(Value::Class(class.clone()), (*f).clone())),
            Some(Value::StaticMethod(f)) => Ok((*f).clone()),
            Some(v @ Value::Instance(_)) if has_get(&v) => self.descriptor_get(&v, Value::None, class),
            Some(v) => Ok(v),
            None if name == "__doc__" => Ok(Value::None),
            None if let Some(meta) = super::metaclass::metaclass(class)
                && let Some(member) = meta.lookup(name) =>
            {
                match member {
                    Value::Property(p) => {
                        let getter = p.getter.clone();
                        self.call(&getter, Args::positional(vec![Value::Class(class.clone())]))
                    }
                    other => Ok(self.bind_class_member(other, Value::Class(class.clone()), &meta)),
                }
            }
            // A class's class: its metaclass, else `type`.
            None if name == "__class__" => Ok(Value::Class(
                super::metaclass::metaclass(class).unwrap_or_else(|| self.types.get(super::value::BuiltinType::Type)),
            )),
            // `fromkeys` is a classmethod: on a subclass it builds the subclass.
            None if name == "fromkeys"
                && class.builtin.is_none()
                && class.builtin_base() == Some(super::value::BuiltinType::Dict) =>
            {
                let build = Interp::builtin("fromkeys", super::methods::dict::fromkeys_of_class);
                Ok(self.bind(Value::Class(class.clone()), build))
            }
            None => class
                .builtin_base()
                .and_then(|kind| super::methods::unbound(kind, name))
                .ok_or_else(|| self.attribute_error(&Value::Class(class.clone()), name)),
        }
    }

    fn super_attr(&mut self, start: &Rc<Class>, receiver: &Value, name: &str) -> PyResult<Value> {
        let class = match receiver {
            // In a metaclass's method the receiver is a class, and the MRO to follow is its metaclass's.
            Value::Class(c) if !c.is_subclass_of(start) => match super::metaclass::metaclass(c) {
                Some(meta) => meta,
                None => self.types.get(super::value::BuiltinType::Type),
            },
            Value::Class(c) => c.clone(),
            Value::Instance(i) => i.class.clone(),
            other => return Err(self.type_error(format!("super() argument is a {}", other.type_name()))),
        };
        let mut mro = vec![class.clone()];
        mro.extend(class.mro_tail.iter().cloned());
        let after = mro.iter().position(|c| Rc::ptr_eq(c, start)).map_or(mro.len(), |i| i + 1);
        if name == "__new__"
            && let Some(next) = mro.get(after)
            && let Some(new) = self.new_method(next)
        {
            return Ok(match new {
                Value::StaticMethod(f) => (*f).clone(),
                other => other,
            });
        }
        for c in &mro[after..] {
            let found = c.dict.borrow().get(name).cloned();
            let found = found.or_else(|| {
                let kind = c.builtin?;
                if kind == super::value::BuiltinType::Type {
                    return Interp::type_method(name);
                }
                super::methods::unbound(kind, name)
            });
            if let Some(member) = found {
                return Ok(match (member, receiver) {
                    (Value::Function(f), Value::Class(_)) => Value::Function(f),
                    (Value::Property(p), Value::Instance(_)) => {
                        let getter = p.getter.clone();
                        return self.call(&getter, Args::positional(vec![receiver.clone()]));
                    }
                    (member @ Value::Instance(_), _) if has_get(&member) => {
                        let instance = if matches!(receiver, Value::Class(_)) { Value::None } else { receiver.clone() };
                        return self.descriptor_get(&member, instance, &class);
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

    pub fn probe_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.get_attr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_attribute_error(&e) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub(super) fn is_attribute_error(&self, exc: &super::Exc) -> bool {
        !exc.fatal && exc.value.class.is_subclass_of(&self.types.exception(ExcType::AttributeError))
    }
}

/// A user-defined (Python) override of an attribute hook, if the class has one.
fn user_hook(class: &Rc<Class>, name: &str) -> Option<Value> {
    match class.lookup(name) {
        Some(f @ Value::Function(_)) => Some(f),
        _ => None,
    }
}

fn has_get(v: &Value) -> bool {
    has_method(v, "__get__")
}

/// Is `v` an instance whose class defines `name`?
fn has_method(v: &Value, name: &str) -> bool {
    matches!(v, Value::Instance(d) if d.class.lookup(name).is_some())
}

/// A data descriptor defines `__set__` or `__delete__` (and so wins over the instance dict).
fn is_data_descriptor(d: &Instance) -> bool {
    d.class.lookup("__get__").is_some()
        && (d.class.lookup("__set__").is_some() || d.class.lookup("__delete__").is_some())
}
