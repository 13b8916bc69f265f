//! `typing.TypedDict`: the class syntax (`class Movie(TypedDict, total=False)`) whose instances are
//! plain dicts, and the `__required_keys__` / `__optional_keys__` CPython computes for it.

use super::{alias_origin, form_name};
use crate::eval::value::Namespace;
use crate::eval::value::{BuiltinType, Class, Module, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use std::cell::RefCell;
use std::rc::Rc;

/// Adds `TypedDict` to the typing module `m`.
pub(super) fn install(interp: &mut Interp, m: &Rc<Module>) -> PyResult<()> {
    // `class Movie(TypedDict)`: instances are dicts.
    let dict_class = interp.types.get(BuiltinType::Dict);
    let mut namespace = Namespace::default();
    // `class Movie(TypedDict, total=False)`: the class keyword is kept as `__total__`.
    let init_subclass = Interp::builtin("__init_subclass__", |i, a| {
        let total = a.keywords.iter().find(|(k, _)| &**k == "total").map(|(_, v)| v.clone());
        if let Some((name, _)) = a.keywords.iter().find(|(k, _)| &**k != "total") {
            return Err(i.type_error(format!("__init_subclass__() got an unexpected keyword argument '{name}'")));
        }
        if let Some(Value::Class(c)) = a.positional.first() {
            let total = match total {
                Some(v) => Value::Bool(i.truthy(&v)?),
                None => Value::Bool(true),
            };
            let is_total = matches!(total, Value::Bool(true));
            c.dict.borrow_mut().insert(Name::from("__total__"), total);
            typed_dict_keys(i, c, is_total)?;
        }
        Ok(Value::None)
    });
    namespace.insert(Name::from("__init_subclass__"), Value::ClassMethod(Rc::new(init_subclass)));
    // `Movie(title="Up")` is a plain dict, as CPython's TypedDict classes make.
    let new = Interp::builtin("__new__", |i, mut a| {
        // `TypedDict("Movie", {"title": str}, total=False)`: the class statement, functionally.
        if let [typed_dict, name @ Value::Str(_), fields @ Value::Dict(_)] = a.positional.as_slice() {
            let namespace = crate::eval::dict::Dict::default();
            let namespace = Value::Dict(Rc::new(RefCell::new(namespace)));
            i.set_item(&namespace, Value::str("__annotations__"), fields.clone())?;
            let bases = Value::tuple(vec![typed_dict.clone()]);
            let args = Args { positional: vec![name.clone(), bases, namespace], keywords: a.keywords.clone() };
            return i.call(&Value::Class(i.types.get(BuiltinType::Type)), args);
        }
        if !a.positional.is_empty() {
            a.positional.remove(0);
        }
        let dict = Value::Class(i.types.get(BuiltinType::Dict));
        i.call(&dict, a)
    });
    namespace.insert(Name::from("__new__"), Value::StaticMethod(Rc::new(new)));
    let typed_dict = interp.create_class("TypedDict", vec![dict_class], namespace)?;
    m.set("TypedDict", Value::Class(typed_dict));
    Ok(())
}

/// A TypedDict's `__annotations__` (its bases' first), `__required_keys__` and `__optional_keys__`:
/// a key is required when marked `Required[...]`, optional when `NotRequired[...]`, else as the
/// class's `total` says; the bases' keys keep their own kind.
fn typed_dict_keys(interp: &mut Interp, class: &Rc<Class>, total: bool) -> PyResult<()> {
    let mut annotations = crate::eval::dict::Dict::default();
    let (mut required, mut optional) = (Vec::new(), Vec::new());
    let own = class.dict.borrow().get("__annotations__").cloned();
    for base in class.bases.iter().rev() {
        for (name, keys) in [("__required_keys__", &mut required), ("__optional_keys__", &mut optional)] {
            let set = base.dict.borrow().get(name).cloned();
            if let Some(set) = set {
                keys.extend(interp.collect(&set)?);
            }
        }
        if let Some(Value::Dict(d)) = base.dict.borrow().get("__annotations__") {
            for (k, (kv, v)) in d.borrow().entries() {
                annotations.insert(k.clone(), kv.clone(), v.clone());
            }
        }
    }
    if let Some(Value::Dict(d)) = own {
        for (k, (key, tp)) in d.borrow().entries() {
            let marker = alias_origin(tp).and_then(|o| form_name(&o));
            let is_required = match marker.as_deref() {
                Some("Required") => true,
                Some("NotRequired") => false,
                _ => total,
            };
            if is_required { &mut required } else { &mut optional }.push(key.clone());
            annotations.insert(k.clone(), key.clone(), tp.clone());
        }
    }
    let frozenset = Value::Class(interp.types.get(BuiltinType::FrozenSet));
    for (name, keys) in [("__required_keys__", required), ("__optional_keys__", optional)] {
        let set = interp.call(&frozenset, Args::positional(vec![Value::list(keys)]))?;
        class.dict.borrow_mut().insert(Name::from(name), set);
    }
    let annotations = Value::Dict(Rc::new(RefCell::new(annotations)));
    class.dict.borrow_mut().insert(Name::from("__annotations__"), annotations);
    Ok(())
}
