//! Methods of `dict`.

use super::{Method, split};
use crate::eval::ExcType;
use crate::eval::builtins::fill_dict;
use crate::eval::call::{expect_args, expect_method_args};
use crate::eval::dict::Dict;
use crate::eval::value::{Value, ViewKind};
use crate::eval::{Args, Interp, PyResult};
use std::cell::RefCell;
use std::rc::Rc;

type DictRef = Rc<RefCell<Dict>>;

/// `dict.fromkeys(iterable, value=None)`: a class-level constructor, callable on the type or an instance.
pub fn fromkeys(interp: &mut Interp, args: Args) -> PyResult<Value> {
    expect_args(interp, "fromkeys", &args, 1, 2)?;
    let keys = match args.positional.first() {
        Some(keys) => interp.collect(keys)?,
        None => Vec::new(),
    };
    let value = args.positional.get(1).cloned().unwrap_or(Value::None);
    let mut dict = Dict::new();
    for k in keys {
        let hk = interp.key_of(&k)?;
        dict.insert(hk, k, value.clone());
    }
    Ok(Value::Dict(Rc::new(RefCell::new(dict))))
}

/// `Sub.fromkeys(iterable, value=None)` on a dict subclass (bound to the class, as a classmethod
/// is): an instance of the subclass, filled through its own `__setitem__` as CPython's
/// `dict.fromkeys` does for a subclass.
pub fn fromkeys_of_class(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    if args.positional.is_empty() {
        return Err(interp.type_error("fromkeys expected at least 1 argument, got 0"));
    }
    let class = args.positional.remove(0);
    expect_args(interp, "fromkeys", &args, 1, 2)?;
    let keys = interp.collect(&args.positional[0])?;
    let value = args.positional.get(1).cloned().unwrap_or(Value::None);
    let target = interp.call(&class, Args::default())?;
    for k in keys {
        interp.set_item(&target, k, value.clone())?;
    }
    Ok(target)
}

pub fn method(name: &str) -> Option<Method> {
    Some(match name {
        "get" => |i, a| {
            let (d, args) = receiver(i, a, "get", 1, 2)?;
            let k = i.key_of(&args.positional[0])?;
            let found = d.borrow().get(&k).cloned();
            Ok(found.unwrap_or_else(|| args.positional.get(1).cloned().unwrap_or(Value::None)))
        },
        "keys" => |i, a| view(i, a, ViewKind::Keys),
        "values" => |i, a| view(i, a, ViewKind::Values),
        "items" => |i, a| view(i, a, ViewKind::Items),
        "pop" => |i, a| {
            let (d, args) = receiver(i, a, "pop", 1, 2)?;
            let k = i.key_of(&args.positional[0])?;
            let removed = d.borrow_mut().remove(&k);
            match (removed, args.positional.get(1)) {
                (Some((_, v)), _) => Ok(v),
                (None, Some(default)) => Ok(default.clone()),
                (None, None) => Err(i.key_error(args.positional[0].clone())),
            }
        },
        "popitem" => |i, a| {
            let (d, _) = receiver(i, a, "popitem", 0, 0)?;
            let last = d.borrow_mut().pop_last();
            match last {
                Some((k, v)) => Ok(Value::tuple(vec![k, v])),
                None => Err(i.error(ExcType::KeyError, "popitem(): dictionary is empty")),
            }
        },
        "setdefault" => |i, a| {
            let (d, args) = receiver(i, a, "setdefault", 1, 2)?;
            let key = args.positional[0].clone();
            let k = i.key_of(&key)?;
            let existing = d.borrow().get(&k).cloned();
            match existing {
                Some(v) => Ok(v),
                None => {
                    let v = args.positional.get(1).cloned().unwrap_or(Value::None);
                    d.borrow_mut().insert(k, key, v.clone());
                    Ok(v)
                }
            }
        },
        "update" => |i, a| {
            let (d, args) = split(a);
            let Value::Dict(d) = d else { return Err(i.type_error("dict expected")) };
            expect_args(i, "update", &args, 0, 1)?;
            i.charge_items(d.borrow().len())?;
            let mut copy = d.borrow().clone();
            if let Some(source) = args.positional.first() {
                fill_dict(i, &mut copy, source)?;
            }
            for (k, v) in args.keywords {
                let key = Value::Str(k);
                let hk = i.key_of(&key)?;
                copy.insert(hk, key, v);
            }
            d.borrow_mut().replace_with(copy);
            Ok(Value::None)
        },
        "copy" => |i, a| {
            let (d, _) = receiver(i, a, "copy", 0, 0)?;
            i.charge_items(d.borrow().len())?;
            let copy = d.borrow().clone();
            Ok(Value::Dict(Rc::new(RefCell::new(copy))))
        },
        "clear" => |i, a| {
            let (d, _) = receiver(i, a, "clear", 0, 0)?;
            d.borrow_mut().clear();
            Ok(Value::None)
        },
        _ => return None,
    })
}

fn receiver(interp: &Interp, args: Args, name: &str, min: usize, max: usize) -> PyResult<(DictRef, Args)> {
    let (d, args) = split(args);
    let Value::Dict(d) = d else { return Err(interp.type_error("dict expected")) };
    expect_method_args(interp, "dict", name, &args, min, max)?;
    Ok((d, args))
}

fn view(interp: &mut Interp, args: Args, kind: ViewKind) -> PyResult<Value> {
    let name = match kind {
        ViewKind::Keys => "keys",
        ViewKind::Values => "values",
        ViewKind::Items => "items",
    };
    let (d, _) = receiver(interp, args, name, 0, 0)?;
    Ok(Value::DictView(d, kind))
}
