//! The built-in functions over iterables: `iter`, `next`, `enumerate`, `zip`, `map`, `filter`,
//! `reversed`, `sorted`, `any` and `all` (lazy where CPython's are, as iterator adapters).

use super::functions::{is_callable, one_arg};
use crate::eval::ExcType;
use crate::eval::call::{expect_args, no_keywords, take_keyword};
use crate::eval::iter::Adapter;
use crate::eval::value::{Value, ViewKind};
use crate::eval::{Args, Interp, PyResult};

pub(super) fn iter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    no_keywords(interp, "iter", &args)?;
    expect_args(interp, "iter", &args, 1, 2)?;
    let v = args.positional[0].clone();
    match args.positional.get(1) {
        None => interp.iter(&v),
        Some(sentinel) => {
            if !is_callable(&v) {
                return Err(interp.type_error("iter(v, w): v must be callable"));
            }
            Ok(interp.adapter(Adapter::Call { function: v, sentinel: sentinel.clone() }))
        }
    }
}

pub(super) fn next(interp: &mut Interp, args: Args) -> PyResult<Value> {
    expect_args(interp, "next", &args, 1, 2)?;
    let it = &args.positional[0];
    let item = match it {
        Value::Generator(g) => match interp.generator_send(g, Value::None) {
            Ok(v) => Some(v),
            Err(e) if e.class_name() == "StopIteration" && args.positional.len() == 2 => None,
            Err(e) => return Err(e),
        },
        Value::Iterator(_) => interp.next(it)?,
        // A class with `__iter__` but no `__next__` (an iterable, not an iterator) is a TypeError.
        Value::Instance(inst) if inst.class.lookup("__next__").is_none() => {
            return Err(interp.type_error(format!("'{}' object is not an iterator", it.type_name())));
        }
        Value::Instance(_) => match interp.call_method(it, "__next__", Vec::new()) {
            Ok(v) => Some(v),
            Err(e) if interp.exception_is(&e, ExcType::StopIteration) && args.positional.len() == 2 => None,
            Err(e) => return Err(e),
        },
        other => return Err(interp.type_error(format!("'{}' object is not an iterator", other.type_name()))),
    };
    match (item, args.positional.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(interp.error(ExcType::StopIteration, "")),
    }
}

pub(super) fn enumerate(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    crate::eval::call::keywords_to_positional(interp, "enumerate", &mut args, &["iterable"])?;
    let start = take_keyword(&mut args, "start");
    expect_args(interp, "enumerate", &args, 1, 2)?;
    let start = match start.or_else(|| args.positional.get(1).cloned()) {
        None => 0,
        Some(Value::Int(n)) => n,
        Some(other) => {
            return Err(
                interp.type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name()))
            );
        }
    };
    let iterator = interp.iter(&args.positional[0])?;
    Ok(interp.adapter(Adapter::Enumerate { iterator, count: std::cell::Cell::new(start) }))
}

pub(super) fn zip(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    // `strict` is zip's only keyword (CPython's argument-clinic wording for the others).
    let given = args.keywords.len();
    if given > 1 {
        return Err(interp.type_error(format!("zip() takes at most 1 keyword argument ({given} given)")));
    }
    let strict = take_keyword(&mut args, "strict");
    if let Some((k, _)) = args.keywords.first() {
        return Err(interp.type_error(format!("'{k}' is an invalid keyword argument for zip()")));
    }
    let strict = match strict {
        Some(s) => interp.truthy(&s)?,
        None => false,
    };
    let iterators = iterators(interp, &args.positional)?;
    Ok(interp.adapter(Adapter::Zip { iterators, strict }))
}

fn iterators(interp: &mut Interp, values: &[Value]) -> PyResult<Vec<Value>> {
    values.iter().map(|v| interp.iter(v)).collect()
}

pub(super) fn map(interp: &mut Interp, args: Args) -> PyResult<Value> {
    no_keywords(interp, "map", &args)?;
    if args.positional.len() < 2 {
        return Err(interp.type_error("map() must have at least two arguments."));
    }
    let function = args.positional[0].clone();
    let iterators = iterators(interp, &args.positional[1..])?;
    Ok(interp.adapter(Adapter::Map { function, iterators }))
}

pub(super) fn filter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    no_keywords(interp, "filter", &args)?;
    expect_args(interp, "filter", &args, 2, 2)?;
    let function = args.positional[0].clone();
    let iterator = interp.iter(&args.positional[1])?;
    Ok(interp.adapter(Adapter::Filter { function, iterator }))
}

pub(super) fn reversed(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = one_arg(interp, "reversed", &args)?;
    let v = crate::eval::subclass::delegate(&v, "__reversed__").unwrap_or(v);
    match &v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(..) | Value::Dict(_) | Value::DictView(..) => {}
        Value::Instance(i) if i.class.lookup("__reversed__").is_some() => {
            return interp.call_method(&v, "__reversed__", Vec::new());
        }
        // The sequence protocol: `__len__` and `__getitem__` with indices len-1 down to 0.
        Value::Instance(i) if i.class.lookup("__len__").is_some() && i.class.lookup("__getitem__").is_some() => {
            let n = interp.len(&v)?;
            interp.check_items(n)?;
            let mut items = Vec::with_capacity(n);
            for k in (0..n).rev() {
                items.push(interp.get_item(&v, &Value::Int(k as i64))?);
            }
            return interp.iter(&Value::list(items));
        }
        other => return Err(interp.type_error(format!("'{}' object is not reversible", other.type_name()))),
    }
    let name = match &v {
        Value::List(_) => "list_reverseiterator",
        Value::Range(..) => "range_iterator",
        Value::Dict(_) | Value::DictView(_, ViewKind::Keys) => "dict_reversekeyiterator",
        Value::DictView(_, ViewKind::Values) => "dict_reversevalueiterator",
        Value::DictView(_, ViewKind::Items) => "dict_reverseitemiterator",
        _ => "reversed",
    };
    let mut items = interp.collect(&v)?;
    interp.charge_items(items.len())?;
    items.reverse();
    Ok(interp.make_named_iterator(items, name))
}

pub(super) fn sorted(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let key = take_keyword(&mut args, "key");
    let reverse = take_keyword(&mut args, "reverse");
    no_keywords(interp, "sorted", &args)?;
    expect_args(interp, "sorted", &args, 1, 1)?;
    let items = interp.collect(&args.positional[0])?;
    let reverse = match reverse {
        Some(r) => interp.truthy(&r)?,
        None => false,
    };
    Ok(Value::list(interp.sort_values(items, &key, reverse)?))
}

/// `any` and `all`: stop at the first item that decides the answer, as CPython does (the rest of a
/// generator is not run).
fn any_all(interp: &mut Interp, args: Args, name: &str, decisive: bool) -> PyResult<Value> {
    let v = one_arg(interp, name, &args)?;
    let iterator = interp.iter(&v)?;
    while let Some(item) = interp.next(&iterator)? {
        interp.tick()?;
        if interp.truthy(&item)? == decisive {
            return Ok(Value::Bool(decisive));
        }
    }
    Ok(Value::Bool(!decisive))
}

pub(super) fn any(interp: &mut Interp, args: Args) -> PyResult<Value> {
    any_all(interp, args, "any", true)
}

pub(super) fn all(interp: &mut Interp, args: Args) -> PyResult<Value> {
    any_all(interp, args, "all", false)
}
