//! Metaclasses: `class Color(Enum)` where `Enum`'s class is `EnumMeta`, `class M(type)`.
//!
//! A class's metaclass is kept in its namespace under `__class__` (what `C.__class__` reads, and
//! inherited by subclasses like a metaclass is). Creating a class whose metaclass is a user subclass
//! of `type` calls the metaclass (`M(name, bases, namespace, **kwds)`), whose `__new__` reaches
//! `type.__new__` to build the class. Operations on a class object then consult the metaclass the way
//! operations on an instance consult its class: attribute fallback, `C(...)` through `__call__`,
//! `iter(C)`, `len(C)`, `x in C`, `C[k]`, `repr(C)`. (`__prepare__` is not supported: the namespace is a
//! plain dict.)

use super::value::{BuiltinType, Class, Value};
use super::{Args, Interp, PyResult};
use crate::eval::value::Namespace;
use crate::ir::Name;
use std::cell::RefCell;
use std::rc::Rc;

/// The key under which a class's namespace records its metaclass.
pub(super) const METACLASS_KEY: &str = "__class__";

/// The user metaclass of `class`, if it has one.
pub fn metaclass(class: &Rc<Class>) -> Option<Rc<Class>> {
    match class.lookup(METACLASS_KEY) {
        Some(Value::Class(m)) => Some(m),
        _ => None,
    }
}

impl Interp {
    /// A method the metaclass of `class` defines in Python, bound to the class.
    pub(super) fn meta_method(&self, class: &Rc<Class>, name: &str) -> Option<Value> {
        let meta = metaclass(class)?;
        match meta.lookup(name)? {
            f @ Value::Function(_) => Some(self.bind(Value::Class(class.clone()), f)),
            _ => None,
        }
    }

    /// `type.__new__(meta, name, bases, namespace, **kwds)`: builds the class, records its metaclass,
    /// then runs `__set_name__` and the parent's `__init_subclass__`.
    pub(super) fn type_new(&mut self, meta: Option<Rc<Class>>, args: Args) -> PyResult<Value> {
        let [Value::Str(name), bases, namespace] = args.positional.as_slice() else {
            return Err(self.type_error("type.__new__() argument 1 must be str, and 3 arguments are required"));
        };
        let bases: Vec<Rc<Class>> = match bases {
            Value::Tuple(items) => items
                .iter()
                .map(|b| match b {
                    Value::Class(c) => Ok(c.clone()),
                    _ => Err(self.type_error("bases must be types")),
                })
                .collect::<PyResult<_>>()?,
            _ => return Err(self.type_error("type.__new__() argument 2 must be tuple")),
        };
        let Value::Dict(ns) = super::subclass::plain(namespace) else {
            return Err(self.type_error("type.__new__() argument 3 must be dict"));
        };
        let mut dict: Namespace = Namespace::default();
        for (k, v) in ns.borrow().items() {
            let Value::Str(k) = k else { return Err(self.type_error("namespace keys must be strings")) };
            dict.insert(k, v);
        }
        if let Some(meta) = meta.filter(|m| m.builtin.is_none()) {
            dict.insert(Name::from(METACLASS_KEY), Value::Class(meta));
        }
        let class = self.create_class(name, bases, dict)?;
        self.finish_class(&class, args.keywords)?;
        Ok(Value::Class(class))
    }

    /// Creates a class through a user metaclass: `meta(name, bases, namespace, **kwds)`.
    pub(super) fn call_metaclass(
        &mut self,
        meta: &Rc<Class>,
        name: &Name,
        bases: Vec<Rc<Class>>,
        namespace: Namespace,
        keywords: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        let mut ns = super::dict::Dict::new();
        for (k, v) in namespace {
            ns.insert(super::dict::Key::Str(k.clone()), Value::Str(k), v);
        }
        // A class statement without bases passes `()`, as CPython's does (type.__new__ adds object).
        let args = Args {
            positional: vec![
                Value::Str(name.clone()),
                Value::tuple(bases.into_iter().map(Value::Class).collect()),
                Value::Dict(Rc::new(RefCell::new(ns))),
            ],
            keywords,
        };
        self.call(&Value::Class(meta.clone()), args)
    }

    /// `M(...)` where `M` derives from `type`: `M.__new__` (or `type.__new__`), then `M.__init__`.
    pub(super) fn instantiate_metaclass(&mut self, meta: &Rc<Class>, args: Args) -> PyResult<Value> {
        if args.positional.len() == 1 && args.keywords.is_empty() {
            return Ok(self.type_of(&args.positional[0]));
        }
        let new = match meta.lookup("__new__") {
            Some(Value::StaticMethod(f)) if matches!(*f, Value::Function(_)) => Some((*f).clone()),
            _ => None,
        };
        let made = match new {
            Some(new) => {
                let mut call_args = args.clone();
                call_args.positional.insert(0, Value::Class(meta.clone()));
                self.call(&new, call_args)?
            }
            None => self.type_new(Some(meta.clone()), args.clone())?,
        };
        if let Value::Class(c) = &made
            && let Some(init) = self.meta_method(c, "__init__")
        {
            self.call(&init, args)?;
        }
        Ok(made)
    }

    /// `type.__new__` / `type.__call__` / `type.__init__` as seen from a metaclass's methods.
    pub(super) fn type_method(name: &str) -> Option<Value> {
        Some(match name {
            "__new__" => Interp::builtin("__new__", |i, mut a| {
                let meta = match a.positional.first() {
                    Some(Value::Class(m)) => Some(m.clone()),
                    _ => None,
                };
                if !a.positional.is_empty() {
                    a.positional.remove(0);
                }
                i.type_new(meta, a)
            }),
            "__call__" => Interp::builtin("__call__", |i, mut a| {
                let class = match a.positional.first() {
                    Some(Value::Class(c)) => c.clone(),
                    _ => return Err(i.type_error("descriptor '__call__' requires a 'type' object")),
                };
                a.positional.remove(0);
                i.instantiate_plain(&class, a)
            }),
            "__init__" => Interp::builtin("__init__", |_, _| Ok(Value::None)),
            _ => return None,
        })
    }

    /// `type(name, bases, namespace)`: when a base has a user metaclass, the class is made by that
    /// metaclass (its `__new__` and `__init__`), as a class statement with those bases would be —
    /// CPython's `type_new` calculates the bases' metaclass and defers to it.
    pub(super) fn type_three_args(&mut self, args: Args) -> PyResult<Value> {
        let meta = match args.positional.get(1) {
            Some(Value::Tuple(bases)) => bases.iter().find_map(|b| match b {
                Value::Class(c) => metaclass(c),
                _ => None,
            }),
            _ => None,
        };
        match meta {
            Some(meta) => self.instantiate_metaclass(&meta, args),
            None => self.type_new(None, args),
        }
    }
}

/// Is `class` a metaclass (a subclass of `type`)?
pub(super) fn is_metaclass(class: &Rc<Class>) -> bool {
    class.builtin_base() == Some(BuiltinType::Type)
}
