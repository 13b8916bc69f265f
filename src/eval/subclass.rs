//! Subclasses of built-in types (`class Status(str, Enum)`, `class Registry(dict)`, `IntEnum`,
//! `defaultdict`, `namedtuple`): an instance of such a class carries its built-in value (its
//! *payload*) next to its own attribute namespace.
//!
//! Every protocol the built-in type implements (methods, `len`, iteration, items, comparison,
//! hashing, arithmetic, formatting, `repr`) falls through to the payload when the subclass does not
//! define the corresponding dunder itself, which is what inheriting from the built-in type means.
//! Mutable payloads (list, dict, set) are shared, so `self.append(x)` or `super().__init__(...)`
//! change the instance's own contents. The payload lives in the instance's `native` slot.

use super::value::{BuiltinType, Class, Instance, Value};
use super::{Args, Interp, PyResult};
use crate::eval::value::Namespace;
use std::cell::RefCell;
use std::rc::Rc;

/// The built-in value inside an instance of a subclass of a built-in type.
pub struct Payload(pub Value);

/// The payload of `v`, if it is an instance of a built-in type's subclass.
pub fn payload(v: &Value) -> Option<Value> {
    let Value::Instance(inst) = v else { return None };
    instance_payload(inst)
}

pub fn instance_payload(inst: &Instance) -> Option<Value> {
    let native = inst.native.borrow();
    let any = native.as_ref()?.clone();
    any.downcast::<Payload>().ok().map(|p| p.0.clone())
}

/// The payload of `v` when its class does not override `dunder` (so the built-in behaviour applies).
pub fn delegate(v: &Value, dunder: &str) -> Option<Value> {
    let Value::Instance(inst) = v else { return None };
    let p = instance_payload(inst)?;
    match inst.class.lookup(dunder) {
        Some(Value::Function(_)) => None,
        _ => Some(p),
    }
}

/// `v` itself, or its payload when it has one: for native code that needs the built-in value.
pub fn plain(v: &Value) -> Value {
    payload(v).unwrap_or_else(|| v.clone())
}

/// Built-in types whose value is fixed when the instance is created (by `__new__`).
fn immutable(kind: BuiltinType) -> bool {
    !matches!(kind, BuiltinType::List | BuiltinType::Dict | BuiltinType::Set)
}

impl Interp {
    /// A new instance of `class` (deriving from built-in `kind`) holding `payload`.
    pub(super) fn wrap_payload(&self, class: &Rc<Class>, payload: Value) -> Value {
        Value::Instance(Rc::new(Instance {
            class: class.clone(),
            dict: RefCell::new(Namespace::default()),
            native: RefCell::new(Some(Rc::new(Payload(payload)))),
            id: self.next_id(),
        }))
    }

    /// The built-in value `kind(*args)` (the type's constructor).
    fn construct_builtin(&mut self, kind: BuiltinType, args: Args) -> PyResult<Value> {
        let class = self.types.get(kind);
        let new = class.dict.borrow().get("__new__").cloned();
        match new {
            Some(new) => self.call(&new, args),
            None => Err(self.type_error(format!("cannot create '{}' instances", class.name))),
        }
    }

    /// `Class(*args)` for a subclass of a built-in type: a user `__new__` if there is one, else the
    /// built-in constructor (immutable types take the arguments now; containers start empty and are
    /// filled by `__init__`), then `__init__`.
    pub(super) fn instantiate_builtin_subclass(
        &mut self,
        class: &Rc<Class>,
        kind: BuiltinType,
        args: Args,
    ) -> PyResult<Value> {
        // A `__new__` the class defines: the program's, or a library class's native one (TypedDict's).
        let user_new = class.lookup("__new__").and_then(|n| match n {
            Value::StaticMethod(f) if matches!(*f, Value::Function(_) | Value::Builtin(_)) => Some((*f).clone()),
            _ => None,
        });
        let user_init = matches!(class.lookup("__init__"), Some(Value::Function(_)));
        let value = match user_new {
            Some(new) => {
                let mut call_args = args.clone();
                call_args.positional.insert(0, Value::Class(class.clone()));
                let made = self.call(&new, call_args)?;
                let is_ours = matches!(&made, Value::Instance(i) if i.class.is_subclass_of(class));
                if !is_ours {
                    return Ok(made);
                }
                made
            }
            None if immutable(kind) => {
                let built = self.construct_builtin(kind, args.clone())?;
                self.wrap_payload(class, built)
            }
            None => {
                let empty = self.construct_builtin(kind, Args::default())?;
                self.wrap_payload(class, empty)
            }
        };
        if user_init {
            let init = class.lookup("__init__").unwrap_or(Value::None);
            let result = self.call(&self.bind(value.clone(), init), args)?;
            if !matches!(result, Value::None) {
                return Err(self.type_error(format!("__init__() should return None, not '{}'", result.type_name())));
            }
        } else if !immutable(kind)
            && let Some(p) = payload(&value)
        {
            self.init_container(&p, args)?;
        }
        Ok(value)
    }

    /// `list.__init__` / `dict.__init__` / `set.__init__` on an existing container: refill it.
    pub(super) fn init_container(&mut self, container: &Value, args: Args) -> PyResult<()> {
        let kind = match container {
            Value::List(_) => BuiltinType::List,
            Value::Dict(_) => BuiltinType::Dict,
            Value::Set(_) => BuiltinType::Set,
            _ => return Ok(()),
        };
        let fresh = self.construct_builtin(kind, args)?;
        match (container, fresh) {
            (Value::List(target), Value::List(source)) => *target.borrow_mut() = source.borrow().clone(),
            (Value::Dict(target), Value::Dict(source)) => *target.borrow_mut() = source.borrow().clone(),
            (Value::Set(target), Value::Set(source)) => *target.borrow_mut() = source.borrow().clone(),
            _ => {}
        }
        Ok(())
    }

    /// `cls.__new__` as seen from Python: for a built-in type, a function taking the class first.
    pub(super) fn new_method(&self, class: &Rc<Class>) -> Option<Value> {
        let provider =
            std::iter::once(class).chain(class.mro_tail.iter()).find(|c| c.dict.borrow().contains_key("__new__"))?;
        let found = provider.dict.borrow().get("__new__").cloned();
        match (provider.builtin, found) {
            (Some(BuiltinType::Type), Some(Value::Builtin(_))) => Interp::type_method("__new__"),
            (Some(kind), Some(Value::Builtin(_))) => {
                Some(Interp::builtin("__new__", move |i, a| i.builtin_new(kind, a)))
            }
            (_, found) => found,
        }
    }

    /// `int.__new__(cls, ...)` called explicitly (from a subclass's `__new__`): the built-in value
    /// wrapped as an instance of `cls`.
    pub(super) fn builtin_new(&mut self, kind: BuiltinType, args: Args) -> PyResult<Value> {
        let mut positional = args.positional.into_iter();
        let cls = positional.next();
        let rest = Args { positional: positional.collect(), keywords: args.keywords };
        match cls {
            Some(Value::Class(c)) if c.builtin.is_none() && kind == BuiltinType::Object => {
                if self.is_exception_class(&c) {
                    return Ok(Value::Instance(self.make_exception(&c, rest.positional)));
                }
                Ok(Value::Instance(Rc::new(Instance {
                    class: c.clone(),
                    dict: RefCell::new(Namespace::default()),
                    native: RefCell::new(None),
                    id: self.next_id(),
                })))
            }
            Some(Value::Class(c)) if c.builtin.is_none() => {
                let built = self.construct_builtin(kind, rest)?;
                Ok(self.wrap_payload(&c, built))
            }
            Some(Value::Class(_)) => self.construct_builtin(kind, rest),
            _ => Err(self.type_error(format!("{}.__new__(X): X is not a type object", self.types.get(kind).name))),
        }
    }
}
