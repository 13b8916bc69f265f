//! Methods of `list` and `tuple`.

use super::{Method, split};
use crate::eval::call::{expect_method_args, take_keyword};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use std::rc::Rc;

type List = Rc<crate::eval::value::ListCell>;

pub fn method(name: &str) -> Option<Method> {
    Some(match name {
        "append" => |i, a| {
            let (l, args) = receiver(i, a, "append", 1, 1)?;
            i.check_size(l.borrow().len() + 1)?;
            l.borrow_mut().push(args.positional[0].clone());
            Ok(Value::None)
        },
        "extend" => |i, a| {
            let (l, args) = receiver(i, a, "extend", 1, 1)?;
            let items = i.collect(&args.positional[0])?;
            i.check_items(l.borrow().len() + items.len())?;
            i.charge(items.len() / 8)?;
            l.borrow_mut().extend(items);
            Ok(Value::None)
        },
        "insert" => |i, a| {
            let (l, args) = receiver(i, a, "insert", 2, 2)?;
            let Value::Int(index) = args.positional[0] else {
                return Err(i.type_error("'list' indices must be integers"));
            };
            let len = l.borrow().len() as i64;
            let at = if index < 0 { len.saturating_add(index).max(0) } else { index.min(len) } as usize;
            i.check_size(l.borrow().len() + 1)?;
            i.charge_items(l.borrow().len() - at)?;
            l.borrow_mut().insert(at, args.positional[1].clone());
            Ok(Value::None)
        },
        "pop" => |i, a| {
            let (l, args) = receiver(i, a, "pop", 0, 1)?;
            let len = l.borrow().len() as i64;
            if len == 0 {
                return Err(i.index_error("pop from empty list"));
            }
            let index = match args.positional.first() {
                Some(Value::Int(n)) => *n,
                Some(other) => {
                    return Err(
                        i.type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name()))
                    );
                }
                None => -1,
            };
            let at = if index < 0 { index.saturating_add(len) } else { index };
            if at < 0 || at >= len {
                return Err(i.index_error("pop index out of range"));
            }
            i.charge_items((len - at) as usize)?;
            Ok(l.borrow_mut().remove(at as usize))
        },
        "remove" => |i, a| {
            let (l, args) = receiver(i, a, "remove", 1, 1)?;
            let items = l.borrow().clone();
            i.charge_items(items.len())?;
            for (index, item) in items.iter().enumerate() {
                if i.eq(item, &args.positional[0])? {
                    l.borrow_mut().remove(index);
                    return Ok(Value::None);
                }
            }
            Err(i.value_error("list.remove(x): x not in list"))
        },
        "index" => |i, a| {
            let (l, args) = receiver(i, a, "index", 1, 3)?;
            let items = l.borrow().clone();
            index_of(i, &items, &args, "list")
        },
        "count" => |i, a| {
            let (l, args) = receiver(i, a, "count", 1, 1)?;
            let items = l.borrow().clone();
            count(i, &items, &args.positional[0])
        },
        "sort" => |i, mut a| {
            let key = take_keyword(&mut a, "key");
            let reverse = take_keyword(&mut a, "reverse");
            let (l, _) = receiver(i, a, "sort", 0, 0)?;
            let reverse = match reverse {
                Some(r) => i.truthy(&r)?,
                None => false,
            };
            let items = std::mem::take(&mut *l.borrow_mut());
            let sorted = i.sort_values(items.clone(), &key, reverse);
            match sorted {
                Ok(sorted) => {
                    *l.borrow_mut() = sorted;
                    Ok(Value::None)
                }
                Err(e) => {
                    *l.borrow_mut() = items;
                    Err(e)
                }
            }
        },
        "reverse" => |i, a| {
            let (l, _) = receiver(i, a, "reverse", 0, 0)?;
            i.charge_items(l.borrow().len())?;
            l.borrow_mut().reverse();
            Ok(Value::None)
        },
        "copy" => |i, a| {
            let (l, _) = receiver(i, a, "copy", 0, 0)?;
            i.charge_items(l.borrow().len())?;
            Ok(Value::list(l.borrow().clone()))
        },
        "clear" => |i, a| {
            let (l, _) = receiver(i, a, "clear", 0, 0)?;
            l.borrow_mut().clear();
            Ok(Value::None)
        },
        _ => return None,
    })
}

pub fn tuple_method(name: &str) -> Option<Method> {
    Some(match name {
        "index" => |i, a| {
            let (t, args) = split(a);
            let Value::Tuple(items) = t else { return Err(i.type_error("tuple expected")) };
            index_of(i, &items, &args, "tuple")
        },
        "count" => |i, a| {
            let (t, args) = split(a);
            let Value::Tuple(items) = t else { return Err(i.type_error("tuple expected")) };
            expect_method_args(i, "tuple", "count", &args, 1, 1)?;
            count(i, &items, &args.positional[0])
        },
        _ => return None,
    })
}

fn receiver(interp: &Interp, args: Args, name: &str, min: usize, max: usize) -> PyResult<(List, Args)> {
    let (l, args) = split(args);
    let Value::List(l) = l else { return Err(interp.type_error("list expected")) };
    expect_method_args(interp, "list", name, &args, min, max)?;
    Ok((l, args))
}

fn index_of(interp: &mut Interp, items: &[Value], args: &Args, what: &str) -> PyResult<Value> {
    interp.charge_items(items.len())?;
    let Some(target) = args.positional.first() else {
        return Err(interp.type_error("index expected at least 1 argument, got 0"));
    };
    let len = items.len() as i64;
    let bound = |v: Option<&Value>, default: i64| match v {
        Some(Value::Int(n)) if *n < 0 => len.saturating_add(*n).max(0),
        Some(Value::Int(n)) => (*n).min(len),
        _ => default,
    };
    let start = bound(args.positional.get(1), 0) as usize;
    let stop = bound(args.positional.get(2), len) as usize;
    for (index, item) in items.iter().enumerate().take(stop).skip(start) {
        if interp.eq(item, target)? {
            return Ok(Value::Int(index as i64));
        }
    }
    let message = if what == "list" {
        format!("{} is not in list", interp.repr(target)?)
    } else {
        "tuple.index(x): x not in tuple".to_string()
    };
    Err(interp.value_error(message))
}

fn count(interp: &mut Interp, items: &[Value], target: &Value) -> PyResult<Value> {
    interp.charge_items(items.len())?;
    let mut n = 0;
    for item in items {
        if interp.eq(item, target)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}
