//! The `typing` module, and subscripted types (`list[int]`, `Optional[str]`, `Mapped[int]`).
//!
//! Declarative models are read from their annotations (`Mapped[Optional[str]]`), so the forms must
//! evaluate and keep their structure: a subscripted type is a `_GenericAlias` instance holding
//! `__origin__` and `__args__`, which the ORM inspects. `X | None` builds the same Union alias.

use crate::eval::value::{BuiltinType, Class, Instance, Module, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use indexmap::IndexMap;
use std::cell::RefCell;
use std::rc::Rc;

const FORMS: &[&str] = &[
    "Any",
    "Optional",
    "Union",
    "List",
    "Dict",
    "Set",
    "FrozenSet",
    "Tuple",
    "Type",
    "Callable",
    "Iterable",
    "Iterator",
    "Sequence",
    "Mapping",
    "MutableMapping",
    "ClassVar",
    "Final",
    "Annotated",
    "Literal",
    "Generic",
    "Self",
    "Protocol",
    "AsyncIterator",
    "Generator",
    "NoReturn",
];

pub fn module(interp: &mut Interp) -> PyResult<Rc<Module>> {
    let m = Rc::new(Module::new("typing"));
    for name in FORMS {
        m.set(name, special_form(interp, name));
    }
    m.set("TYPE_CHECKING", Value::Bool(false));
    m.set("TypeVar", Interp::builtin("TypeVar", |i, a| Ok(special_form(i, &name_arg(&a)))));
    m.set("NamedTuple", Value::Class(interp.aux_class("NamedTuple")));
    m.set("cast", Interp::builtin("cast", |_, a| Ok(a.positional.get(1).cloned().unwrap_or(Value::None))));
    Ok(m)
}

fn name_arg(args: &Args) -> String {
    match args.positional.first() {
        Some(Value::Str(s)) => s.to_string(),
        _ => "T".into(),
    }
}

fn special_form(interp: &mut Interp, name: &str) -> Value {
    let class = interp.aux_class("_SpecialForm");
    if class.dict.borrow().get("__getitem__").is_none() {
        class.dict.borrow_mut().insert(Name::from("__getitem__"), Interp::builtin("__getitem__", form_getitem));
    }
    let mut dict = IndexMap::new();
    dict.insert(Name::from("_name"), Value::str(name));
    Value::Instance(Rc::new(Instance {
        class,
        dict: RefCell::new(dict),
        native: RefCell::new(None),
        id: interp.next_id(),
    }))
}

fn form_getitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [form, index] = args.positional.as_slice() else {
        return Err(interp.type_error("__getitem__ expected 1 argument"));
    };
    let items = match index {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    let name = match form {
        Value::Instance(i) => match i.dict.borrow().get("_name") {
            Some(Value::Str(s)) => s.to_string(),
            _ => String::new(),
        },
        _ => String::new(),
    };
    if name == "Optional" {
        let none = Value::Class(interp.types.get(BuiltinType::NoneType));
        let union = special_form(interp, "Union");
        return Ok(make_alias(interp, union, vec![items.into_iter().next().unwrap_or(Value::None), none]));
    }
    Ok(make_alias(interp, form.clone(), items))
}

/// A subscripted type `origin[args...]`.
pub fn make_alias(interp: &mut Interp, origin: Value, args: Vec<Value>) -> Value {
    let class = interp.aux_class("_GenericAlias");
    let mut dict = IndexMap::new();
    dict.insert(Name::from("__origin__"), origin);
    dict.insert(Name::from("__args__"), Value::tuple(args));
    Value::Instance(Rc::new(Instance {
        class,
        dict: RefCell::new(dict),
        native: RefCell::new(None),
        id: interp.next_id(),
    }))
}

/// The origin of a subscripted type (`Mapped` for `Mapped[int]`), if `v` is one.
pub fn alias_origin(v: &Value) -> Option<Value> {
    let Value::Instance(i) = v else { return None };
    if i.class.name.as_ref() != "_GenericAlias" {
        return None;
    }
    i.dict.borrow().get("__origin__").cloned()
}

/// The arguments of a subscripted type.
pub fn alias_args(v: &Value) -> Vec<Value> {
    let Value::Instance(i) = v else { return Vec::new() };
    match i.dict.borrow().get("__args__") {
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// The name of a typing special form (`"Optional"`, `"List"`), if `v` is one.
pub fn form_name(v: &Value) -> Option<String> {
    let Value::Instance(i) = v else { return None };
    if i.class.name.as_ref() != "_SpecialForm" {
        return None;
    }
    match i.dict.borrow().get("_name") {
        Some(Value::Str(s)) => Some(s.to_string()),
        _ => None,
    }
}

fn is_type_like(v: &Value) -> bool {
    matches!(v, Value::Class(_) | Value::None) || alias_origin(v).is_some() || form_name(v).is_some()
}

impl Interp {
    /// `Class[index]`: `list[int]`, `dict[str, int]`, `Mapped[int]` (or the class's `__class_getitem__`).
    pub(crate) fn class_getitem(&mut self, class: &Rc<Class>, index: &Value) -> PyResult<Value> {
        if let Some(f) = class.lookup("__class_getitem__") {
            let f = match f {
                Value::ClassMethod(inner) => self.bind(Value::Class(class.clone()), (*inner).clone()),
                other => other,
            };
            return self.call(&f, Args::positional(vec![index.clone()]));
        }
        let items = match index {
            Value::Tuple(t) => t.to_vec(),
            other => vec![other.clone()],
        };
        Ok(make_alias(self, Value::Class(class.clone()), items))
    }

    /// `X | Y` between types: a Union alias.
    pub(crate) fn type_union(&mut self, a: &Value, b: &Value) -> Option<Value> {
        if !is_type_like(a) || !is_type_like(b) || (matches!(a, Value::None) && matches!(b, Value::None)) {
            return None;
        }
        let none_class = Value::Class(self.types.get(BuiltinType::NoneType));
        let fix = |v: &Value| if matches!(v, Value::None) { none_class.clone() } else { v.clone() };
        let union = special_form(self, "Union");
        Some(make_alias(self, union, vec![fix(a), fix(b)]))
    }

    /// A plain helper class (created once per interpreter) for native objects.
    /// A helper class registered under `key` by a native library, if any.
    pub fn registered_class(&self, key: &str) -> Option<Rc<Class>> {
        self.aux_classes.get(key).cloned()
    }

    /// Registers a native library's helper class under `key`.
    pub fn register_class(&mut self, key: &str, class: Rc<Class>) {
        self.aux_classes.insert(key.to_string(), class);
    }

    pub fn aux_class(&mut self, name: &str) -> Rc<Class> {
        if let Some(c) = self.aux_classes.get(name) {
            return c.clone();
        }
        let class = Rc::new(Class {
            name: Name::from(name),
            module: Name::from("typing"),
            bases: vec![self.types.object.clone()],
            mro_tail: vec![self.types.object.clone()],
            dict: RefCell::new(IndexMap::new()),
            builtin: None,
            hooks: None,
            native: RefCell::new(None),
            id: self.next_id(),
        });
        self.aux_classes.insert(name.to_string(), class.clone());
        class
    }
}
