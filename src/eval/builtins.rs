//! The builtins: built-in type objects (`int`, `str`, `list`, …, and the exception tree) and the
//! built-in functions (`print`, `len`, `sorted`, …), installed into a fresh builtins namespace.

mod constructors;
mod digits;
mod dir;
mod frame_names;
pub(crate) mod functions;
mod iteration;
mod numeric;

pub use constructors::{MAX_STR_DIGITS, fill_dict, to_float, to_int};

use super::exceptions::ExcType;
use super::value::{BuiltinType, Class, Ids, Module, Value};
use super::{Args, Interp, PyResult};
use crate::ir::Name;
use std::collections::HashMap;
use std::rc::Rc;

/// The built-in classes, by kind and (for exceptions) by [`ExcType`].
pub struct Types {
    pub object: Rc<Class>,
    pub base_exception: Rc<Class>,
    /// One class per [`ExcType`], in [`ExcType::ALL`] order.
    exceptions: Vec<Rc<Class>>,
    by_kind: Vec<(BuiltinType, Rc<Class>)>,
    /// The classes of CPython's many iterator and dict-view types (`list_iterator`, `dict_items`…),
    /// which share one representation here: `type(v)` picks the class by name.
    named: Vec<Rc<Class>>,
}

/// The names of the built-in types [`Types::named`] holds (see [`super::value::IterState::type_name`]).
const NAMED_TYPES: &[(&str, BuiltinType)] = &[
    ("dict_values", BuiltinType::DictView),
    ("dict_items", BuiltinType::DictView),
    ("list_iterator", BuiltinType::Iterator),
    ("list_reverseiterator", BuiltinType::Iterator),
    ("tuple_iterator", BuiltinType::Iterator),
    ("set_iterator", BuiltinType::Iterator),
    ("str_ascii_iterator", BuiltinType::Iterator),
    ("str_iterator", BuiltinType::Iterator),
    ("bytes_iterator", BuiltinType::Iterator),
    ("bytearray_iterator", BuiltinType::Iterator),
    ("range_iterator", BuiltinType::Iterator),
    ("dict_keyiterator", BuiltinType::Iterator),
    ("dict_valueiterator", BuiltinType::Iterator),
    ("dict_itemiterator", BuiltinType::Iterator),
    ("dict_reversekeyiterator", BuiltinType::Iterator),
    ("dict_reversevalueiterator", BuiltinType::Iterator),
    ("dict_reverseitemiterator", BuiltinType::Iterator),
    ("reversed", BuiltinType::Iterator),
    ("map", BuiltinType::Iterator),
    ("zip", BuiltinType::Iterator),
    ("filter", BuiltinType::Iterator),
    ("enumerate", BuiltinType::Iterator),
    ("callable_iterator", BuiltinType::Iterator),
    ("coroutine", BuiltinType::Generator),
    ("ellipsis", BuiltinType::Object),
    ("method_descriptor", BuiltinType::BuiltinFunction),
    ("async_generator", BuiltinType::Generator),
    ("async_generator_asend", BuiltinType::Generator),
];

impl Types {
    pub fn get(&self, kind: BuiltinType) -> Rc<Class> {
        self.by_kind.iter().find(|(k, _)| *k == kind).map_or_else(|| self.object.clone(), |(_, c)| c.clone())
    }

    /// The class of a built-in type by name (`list_iterator`), falling back to the generic `kind`.
    pub fn named(&self, name: &str, kind: BuiltinType) -> Rc<Class> {
        self.named.iter().find(|c| &*c.name == name).cloned().unwrap_or_else(|| self.get(kind))
    }

    /// A built-in exception class. [`install`] creates one per [`ExcType`], so the fallback is unreachable.
    pub fn exception(&self, kind: ExcType) -> Rc<Class> {
        self.exceptions.get(kind.index()).cloned().unwrap_or_else(|| self.base_exception.clone())
    }
}

/// Where a built-in class's constructor lives: called as `int(...)`, `list(...)`.
type Constructor = fn(&mut Interp, Args) -> PyResult<Value>;

fn builtin_class(ids: &Ids, name: &'static str, kind: BuiltinType, bases: Vec<Rc<Class>>) -> Rc<Class> {
    let mut mro_tail = Vec::new();
    for base in &bases {
        mro_tail.push(base.clone());
        mro_tail.extend(base.mro_tail.iter().cloned());
    }
    Rc::new(Class::new(name, "builtins", bases, mro_tail, ids.next()).with_builtin(kind))
}

fn set_constructor(class: &Rc<Class>, constructor: Constructor) {
    let value = Interp::builtin(&class.name, constructor);
    class.dict.borrow_mut().insert(Name::from("__new__"), value);
}

/// `type(None)()`: the one None.
fn none_type(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.positional.is_empty() || !args.keywords.is_empty() {
        return Err(interp.type_error("NoneType takes no arguments"));
    }
    Ok(Value::None)
}

/// Builds the built-in classes and the builtins namespace.
pub fn install(ids: &Ids) -> (Types, Rc<Module>) {
    let module = Rc::new(Module::new("builtins"));
    let object = builtin_class(ids, "object", BuiltinType::Object, Vec::new());
    let mut classes: HashMap<&'static str, Rc<Class>> = HashMap::new();
    let mut by_kind = vec![(BuiltinType::Object, object.clone())];
    let simple: &[(&'static str, BuiltinType, Option<Constructor>)] = &[
        ("type", BuiltinType::Type, Some(constructors::type_)),
        ("NoneType", BuiltinType::NoneType, Some(none_type)),
        ("int", BuiltinType::Int, Some(constructors::int)),
        ("float", BuiltinType::Float, Some(constructors::float)),
        ("str", BuiltinType::Str, Some(constructors::str_)),
        ("bytes", BuiltinType::Bytes, Some(super::bytes::bytes_constructor)),
        ("bytearray", BuiltinType::ByteArray, Some(super::bytes::bytearray_constructor)),
        ("list", BuiltinType::List, Some(constructors::list)),
        ("tuple", BuiltinType::Tuple, Some(constructors::tuple)),
        ("dict", BuiltinType::Dict, Some(constructors::dict)),
        ("set", BuiltinType::Set, Some(constructors::set)),
        ("frozenset", BuiltinType::FrozenSet, Some(constructors::frozenset)),
        ("range", BuiltinType::Range, Some(constructors::range)),
        ("slice", BuiltinType::Slice, Some(constructors::slice)),
        ("function", BuiltinType::Function, None),
        ("builtin_function_or_method", BuiltinType::BuiltinFunction, None),
        ("method", BuiltinType::Method, None),
        ("module", BuiltinType::Module, None),
        ("iterator", BuiltinType::Iterator, None),
        ("generator", BuiltinType::Generator, None),
        ("property", BuiltinType::Property, Some(constructors::property)),
        // Types, as in CPython: `isinstance(attr, classmethod)` is how descriptors unwrap them.
        ("classmethod", BuiltinType::ClassMethod, Some(functions::classmethod)),
        ("staticmethod", BuiltinType::StaticMethod, Some(functions::staticmethod)),
        ("dict_keys", BuiltinType::DictView, None),
    ];
    for (name, kind, constructor) in simple {
        let class = builtin_class(ids, name, *kind, vec![object.clone()]);
        if let Some(c) = constructor {
            set_constructor(&class, *c);
        }
        classes.insert(name, class.clone());
        by_kind.push((*kind, class));
    }
    let int = classes.get("int").cloned().unwrap_or_else(|| object.clone());
    let bool_class = builtin_class(ids, "bool", BuiltinType::Bool, vec![int]);
    set_constructor(&bool_class, constructors::bool_);
    classes.insert("bool", bool_class.clone());
    by_kind.push((BuiltinType::Bool, bool_class));
    set_constructor(&object, constructors::object);
    object.dict.borrow_mut().insert(Name::from("__init__"), Interp::builtin("__init__", |_, _| Ok(Value::None)));
    for (name, f) in OBJECT_HOOKS {
        object.dict.borrow_mut().insert(Name::from(*name), Interp::builtin(name, *f));
    }
    let init_subclass = Interp::builtin("__init_subclass__", object_init_subclass);
    object.dict.borrow_mut().insert(Name::from("__init_subclass__"), Value::ClassMethod(Rc::new(init_subclass)));
    classes.insert("object", object.clone());

    let base_exception =
        builtin_class(ids, ExcType::BaseException.name(), BuiltinType::BaseException, vec![object.clone()]);
    base_exception.dict.borrow_mut().insert(Name::from("__init__"), Interp::builtin("__init__", base_exception_init));
    base_exception.dict.borrow_mut().insert(Name::from("add_note"), Interp::builtin("add_note", add_note));
    // `BaseException.__str__`, reached by `super().__str__()` / `Exception.__str__(self)` in a
    // subclass's own `__str__`.
    base_exception.dict.borrow_mut().insert(Name::from("__str__"), Interp::builtin("__str__", base_exception_str));
    // `e.with_traceback(tb)` returns the exception itself (tracebacks are not objects here).
    base_exception.dict.borrow_mut().insert(
        Name::from("with_traceback"),
        Interp::builtin("with_traceback", |_, a| Ok(a.positional.into_iter().next().unwrap_or(Value::None))),
    );
    let mut exceptions: Vec<Rc<Class>> = Vec::with_capacity(ExcType::ALL.len());
    for kind in ExcType::ALL {
        let class = match kind.base() {
            None => base_exception.clone(),
            Some(base) => {
                let parent = exceptions.get(base.index()).cloned().unwrap_or_else(|| base_exception.clone());
                builtin_class(ids, kind.name(), BuiltinType::BaseException, vec![parent])
            }
        };
        classes.insert(kind.name(), class.clone());
        exceptions.push(class);
    }
    for (name, class) in &classes {
        if *name != "NoneType"
            && *name != "function"
            && *name != "builtin_function_or_method"
            && *name != "method"
            && *name != "module"
            && *name != "iterator"
            && *name != "generator"
            && *name != "dict_keys"
        {
            module.set(name, Value::Class(class.clone()));
        }
    }
    functions::install(&module);
    let named = NAMED_TYPES.iter().map(|(name, kind)| builtin_class(ids, name, *kind, vec![object.clone()])).collect();
    let types = Types { object, base_exception, exceptions, by_kind, named };
    (types, module)
}

/// `object.__setattr__` and friends: the generic behaviour, for user hooks that delegate to it.
const OBJECT_HOOKS: &[(&str, Constructor)] = &[
    ("__setattr__", |i, a| {
        let [obj @ Value::Instance(inst), Value::Str(name), value] = a.positional.as_slice() else {
            return Err(i.type_error("expected 3 arguments: object, name, value"));
        };
        i.generic_set_attr(obj, inst, name, value.clone()).map(|()| Value::None)
    }),
    ("__getattribute__", |i, a| {
        let [obj @ Value::Instance(inst), Value::Str(name)] = a.positional.as_slice() else {
            return Err(i.type_error("expected 2 arguments: object, name"));
        };
        i.generic_instance_attr(obj, inst, name)
    }),
    ("__delattr__", |i, a| {
        let [obj @ Value::Instance(inst), Value::Str(name)] = a.positional.as_slice() else {
            return Err(i.type_error("expected 2 arguments: object, name"));
        };
        i.generic_del_attr(obj, inst, name).map(|()| Value::None)
    }),
];

/// `object.__init_subclass__()` takes no keyword arguments.
fn object_init_subclass(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match (args.positional.first(), args.keywords.is_empty()) {
        (_, true) => Ok(Value::None),
        (Some(Value::Class(c)), false) => {
            Err(interp.type_error(format!("{}.__init_subclass__() takes no keyword arguments", c.name)))
        }
        _ => Err(interp.type_error("__init_subclass__() takes no keyword arguments")),
    }
}

/// `BaseException.add_note(note)`: appends to the exception's `__notes__` (printed after its line).
fn add_note(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [Value::Instance(exc), note] = args.positional.as_slice() else {
        return Err(interp.type_error("add_note() takes exactly one argument"));
    };
    let Value::Str(_) = note else {
        return Err(interp.type_error(format!("note must be a str, not '{}'", note.type_name())));
    };
    let notes = exc.dict.borrow().get("__notes__").cloned();
    match notes {
        Some(Value::List(list)) => list.borrow_mut().push(note.clone()),
        _ => {
            exc.dict.borrow_mut().insert(Name::from("__notes__"), Value::list(vec![note.clone()]));
        }
    }
    Ok(Value::None)
}

/// `BaseException.__init__(self, *args)` stores the arguments, so `super().__init__(msg)` works.
fn base_exception_init(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let mut positional = args.positional.into_iter();
    if let Some(Value::Instance(inst)) = positional.next() {
        let mut dict = inst.dict.borrow_mut();
        interp.set_exception_args(&inst.class, &mut dict, positional.collect());
    }
    Ok(Value::None)
}

/// `BaseException.__str__(self)`: the exception's default text, whatever `__str__` its class defines.
pub(super) fn base_exception_str(i: &mut Interp, a: Args) -> PyResult<Value> {
    match a.positional.first() {
        Some(Value::Instance(inst)) if i.is_exception_class(&inst.class) => {
            let inst = inst.clone();
            i.exception_default_str(&inst).map(|s| Value::str(&s))
        }
        _ => Err(i.type_error("descriptor '__str__' requires a 'BaseException' object")),
    }
}
