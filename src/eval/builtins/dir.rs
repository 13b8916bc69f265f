//! `dir(obj)`: the sorted attribute names of an instance, a class or a module, as CPython lists them
//! (the instance's own names, every class's in the MRO, and `object`'s members), or what the class's
//! own `__dir__` returns, sorted.

use crate::eval::value::{Class, Value};
use crate::eval::{Args, Interp, PyResult};
use std::collections::BTreeSet;
use std::rc::Rc;

/// The members every class inherits from `object` in CPython 3.11.
const OBJECT_MEMBERS: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// What a Python function adds to `object`'s members (CPython 3.11's `dir(lambda: 0)`).
const FUNCTION_MEMBERS: &[&str] = &[
    "__annotations__",
    "__builtins__",
    "__call__",
    "__closure__",
    "__code__",
    "__defaults__",
    "__dict__",
    "__get__",
    "__globals__",
    "__kwdefaults__",
    "__module__",
    "__name__",
    "__qualname__",
];

pub fn dir(interp: &mut Interp, args: Args) -> PyResult<Value> {
    crate::eval::call::expect_args(interp, "dir", &args, 1, 1)?;
    let mut names: BTreeSet<String> = BTreeSet::new();
    let class_names = |class: &Rc<Class>, names: &mut BTreeSet<String>| {
        for c in std::iter::once(class).chain(&class.mro_tail) {
            names.extend(
                c.dict
                    .borrow()
                    .keys()
                    .filter(|k| !matches!(&***k, "__qualname__" | "__firstlineno__"))
                    .map(|k| k.to_string()),
            );
            if c.builtin.is_none() && !c.dict.borrow().contains_key("__slots__") {
                names.extend(["__dict__", "__module__", "__weakref__", "__doc__"].map(String::from));
            }
        }
        names.extend(OBJECT_MEMBERS.iter().map(|s| s.to_string()));
    };
    match &args.positional[0] {
        // A class's own `__dir__` decides (CPython sorts what it returns).
        obj @ Value::Instance(inst) if inst.class.lookup("__dir__").is_some() => {
            let listed = interp.call_method(obj, "__dir__", Vec::new())?;
            let items = interp.collect(&listed)?;
            interp.charge_items(items.len())?;
            return Ok(Value::list(interp.sort_values(items, &None, false)?));
        }
        Value::Instance(inst) => {
            names.extend(inst.dict.borrow().keys().map(|k| k.to_string()));
            class_names(&inst.class, &mut names);
        }
        Value::Class(class) => class_names(class, &mut names),
        Value::Module(m) => names.extend(m.dict.borrow().keys().map(|k| k.to_string())),
        Value::Function(f) => {
            names.extend(f.dict.borrow().keys().map(|k| k.to_string()));
            names.extend(FUNCTION_MEMBERS.iter().chain(OBJECT_MEMBERS).map(|s| s.to_string()));
        }
        _ => return Err(interp.not_supported("dir() of a built-in value")),
    }
    interp.charge_items(names.len())?;
    Ok(Value::list(names.into_iter().map(|n| Value::str(&n)).collect()))
}
