//! Native Python objects for the ORM: helper classes whose methods are Rust closures and whose
//! instances carry Rust state (an engine, a session, a query, a SQL expression).

use crate::eval::value::Namespace;
use crate::eval::value::{Class, Instance, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

pub type Method = fn(&mut Interp, Args) -> PyResult<Value>;

/// Creates (once per interpreter) a helper class with the given methods.
pub fn native_class(interp: &mut Interp, name: &str, module: &str, methods: &[(&str, Method)]) -> Rc<Class> {
    let class = interp.aux_class_in(module, name);
    if class.dict.borrow().is_empty() {
        let mut dict = class.dict.borrow_mut();
        for (method, f) in methods {
            dict.insert(Name::from(*method), Interp::builtin(method, *f));
        }
        dict.insert(Name::from("__ormplay_name__"), Value::str(name));
    }
    class
}

/// An instance of a helper class carrying `data`.
pub fn wrap<T: Any>(interp: &Interp, class: &Rc<Class>, data: T) -> Value {
    wrap_rc(interp, class, Rc::new(data))
}

/// The Rust state of a native instance, if it has state of type `T`.
pub fn state<T: Any>(value: &Value) -> Option<Rc<T>> {
    let Value::Instance(inst) = value else { return None };
    let native = inst.native.borrow().clone()?;
    native.downcast::<T>().ok()
}

/// The receiver of a native method, downcast, with the other arguments.
pub fn receiver<T: Any>(interp: &Interp, args: Args, what: &str) -> PyResult<(Rc<T>, Value, Args)> {
    let mut positional = args.positional.into_iter();
    let this = positional.next().unwrap_or(Value::None);
    let rest = Args { positional: positional.collect(), keywords: args.keywords };
    match state::<T>(&this) {
        Some(s) => Ok((s, this, rest)),
        None => Err(interp.type_error(format!("descriptor requires a '{what}' object"))),
    }
}

/// A keyword argument or the positional one at `index`.
pub fn arg(args: &Args, index: usize, name: &str) -> Option<Value> {
    args.keywords
        .iter()
        .find(|(k, _)| &**k == name)
        .map(|(_, v)| v.clone())
        .or_else(|| args.positional.get(index).cloned())
}

/// A keyword argument.
pub fn kwarg(args: &Args, name: &str) -> Option<Value> {
    args.keywords.iter().find(|(k, _)| &**k == name).map(|(_, v)| v.clone())
}

pub fn as_str(v: &Value) -> Option<String> {
    match v {
        Value::Str(s) => Some(s.to_string()),
        _ => None,
    }
}

/// An instance of a helper class carrying already-shared state.
pub fn wrap_rc<T: Any>(interp: &Interp, class: &Rc<Class>, data: Rc<T>) -> Value {
    Value::Instance(Rc::new(Instance {
        class: class.clone(),
        dict: RefCell::new(Namespace::default()),
        native: RefCell::new(Some(data)),
        id: interp.next_id(),
    }))
}

/// Puts a read-only property on a helper class (once: an existing entry is kept).
pub fn native_property(class: &Rc<Class>, name: &str, getter: Method) {
    let mut dict = class.dict.borrow_mut();
    if !dict.contains_key(name) {
        let getter = Interp::builtin(name, getter);
        let property = crate::eval::value::Property { getter, setter: None, deleter: None, doc: None };
        dict.insert(Name::from(name), Value::Property(Rc::new(property)));
    }
}

/// `sqlalchemy.orm.InstrumentedAttribute`: the class SQLAlchemy gives every mapped class attribute
/// (`User.id`, `User.addresses`), which `to_dict` helpers test with `isinstance` and learners print
/// with `type(User.id).__name__`. Ours are several native classes (a column expression, a
/// relationship, a Core-path attribute), so each gets a subclass of this one base named after it.
pub fn instrumented_base(interp: &mut Interp) -> Rc<Class> {
    interp.aux_class_in("sqlalchemy.orm.attributes", "InstrumentedAttribute")
}

/// The `InstrumentedAttribute` subclass of `behaviour` (the native class whose methods it uses),
/// created once per interpreter under `key`.
pub fn instrumented_class(interp: &mut Interp, key: &str, behaviour: Rc<Class>) -> Rc<Class> {
    let key = format!("instrumented:{key}");
    if let Some(c) = interp.registered_class(&key) {
        return c;
    }
    let base = instrumented_base(interp);
    let object = interp.types.object.clone();
    let bases = vec![base.clone(), behaviour.clone()];
    let class = Rc::new(Class::new(
        "InstrumentedAttribute",
        "sqlalchemy.orm.attributes",
        bases,
        vec![base, behaviour, object],
        interp.next_id(),
    ));
    interp.register_class(&key, class.clone());
    class
}
