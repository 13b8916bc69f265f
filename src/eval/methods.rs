//! Methods of built-in types (`"a,b".split(",")`, `items.append(x)`, `d.get(k)`, …): looked up by
//! name and bound to their receiver, one module per type.

mod bits;
mod bytearray;
mod bytes;
pub(super) mod dict;
mod dunder;
mod list;
mod set;
mod str;
mod translate;

use super::value::{BuiltinType, Value};
use super::{Args, Interp, PyResult};
use crate::eval::ExcType;

pub type Method = fn(&mut Interp, Args) -> PyResult<Value>;

/// The bound method `obj.name` for a built-in value, if the type has one.
pub fn lookup(interp: &mut Interp, obj: &Value, name: &str) -> Option<Value> {
    if let Some(method) = named_method(interp, obj, name) {
        return Some(method);
    }
    // `[1].__len__()`, `hasattr(x, "__iter__")`: the dunders the value's type has in CPython.
    let kind = dunder::kind_with(obj, name)?;
    let method = dunder::method(kind, name)?;
    Some(interp.bind(obj.clone(), Interp::builtin(name, method)))
}

fn named_method(interp: &mut Interp, obj: &Value, name: &str) -> Option<Value> {
    let method: Method = match obj {
        Value::Str(_) if name == "maketrans" => return Some(Interp::builtin(name, translate::maketrans)),
        Value::Str(_) if name == "translate" => translate::translate,
        Value::Str(_) => str::method(name)?,
        Value::Bytes(_) => bytes::method(name)?,
        Value::ByteArray(_) => bytes::method(name).or_else(|| bytearray::method(name))?,
        Value::List(_) => list::method(name)?,
        Value::Tuple(_) => list::tuple_method(name)?,
        Value::Dict(_) if name == "fromkeys" => return Some(Interp::builtin(name, dict::fromkeys)),
        Value::Dict(_) => dict::method(name)?,
        Value::Set(s) if s.borrow().is_frozen() => set::frozen_method(name)?,
        Value::Set(_) => set::method(name)?,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) if name == "from_bytes" => {
            return Some(Interp::builtin(name, bits::from_bytes));
        }
        Value::Float(_) if name == "fromhex" => return Some(Interp::builtin(name, bits::float_fromhex)),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => int_method(name)?,
        Value::Float(_) => float_method(name)?,
        Value::Property(_) => property_method(name)?,
        Value::Iterator(_) => match name {
            "__next__" => |i, a| {
                let (it, _) = split(a);
                let item = i.next(&it)?;
                item.ok_or_else(|| i.error(ExcType::StopIteration, ""))
            },
            "__iter__" => |_, a| Ok(split(a).0),
            "__length_hint__" if remaining(obj).is_some() => {
                |_, a| Ok(Value::Int(remaining(&split(a).0).unwrap_or(0) as i64))
            }
            _ => return None,
        },
        Value::Range(..) => range_method(name)?,
        Value::DictView(_, super::value::ViewKind::Keys | super::value::ViewKind::Items) if name == "isdisjoint" => {
            |i, a| {
                let (view, args) = split(a);
                let [other] = args.positional.as_slice() else {
                    return Err(i.type_error(format!(
                        "isdisjoint() takes exactly one argument ({} given)",
                        args.positional.len()
                    )));
                };
                for item in i.collect(other)? {
                    if i.contains(&view, &item)? {
                        return Ok(Value::Bool(false));
                    }
                }
                Ok(Value::Bool(true))
            }
        }
        Value::Generator(g) => return interp.generator_method(g, name),
        _ => return None,
    };
    // A method of the value's built-in type (`[].append` shows as `<built-in method append of list
    // object at 0x…>`); the owner's name is what the unbound method (`list.append`) shows.
    let owner = match obj {
        Value::Str(_) => "str",
        Value::Bytes(_) => "bytes",
        Value::ByteArray(_) => "bytearray",
        Value::List(_) => "list",
        Value::Tuple(_) => "tuple",
        Value::Dict(_) => "dict",
        Value::Set(s) if s.borrow().is_frozen() => "frozenset",
        Value::Set(_) => "set",
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => "int",
        Value::Float(_) => "float",
        Value::Range(..) => "range",
        Value::Property(_) => "property",
        _ => "object",
    };
    Some(interp.bind(obj.clone(), Interp::builtin_method(name, owner, method)))
}

/// `str.upper`, `list.append`, …: a built-in type's method, unbound (the receiver is the first argument).
pub fn unbound(kind: BuiltinType, name: &str) -> Option<Value> {
    if kind == BuiltinType::BaseException && name == "__str__" {
        return Some(Interp::builtin(name, super::builtins::base_exception_str));
    }
    if kind == BuiltinType::Dict && name == "fromkeys" {
        return Some(Interp::builtin(name, dict::fromkeys));
    }
    if kind == BuiltinType::Str && matches!(name, "maketrans" | "translate") {
        let method: Method = if name == "translate" { translate::translate } else { translate::maketrans };
        return Some(Interp::builtin(name, method));
    }
    if name == "__init__" && matches!(kind, BuiltinType::List | BuiltinType::Dict | BuiltinType::Set) {
        // `super().__init__(...)` in a subclass refills the instance's own container.
        return Some(Interp::builtin(name, |i, a| {
            let (container, rest) = split(a);
            i.init_container(&container, rest).map(|()| Value::None)
        }));
    }
    match (kind, name) {
        (BuiltinType::Int | BuiltinType::Bool, "from_bytes") => return Some(Interp::builtin(name, bits::from_bytes)),
        (BuiltinType::Float, "fromhex") => return Some(Interp::builtin(name, bits::float_fromhex)),
        _ => {}
    }
    if kind == BuiltinType::ByteArray && name == "fromhex" {
        return Some(Interp::builtin(name, bytes::bytearray_fromhex));
    }
    if let Some(method) = dunder::method(kind, name) {
        return Some(Interp::builtin(name, method));
    }
    let owner = match kind {
        BuiltinType::Str => "str",
        BuiltinType::Bytes => "bytes",
        BuiltinType::ByteArray => "bytearray",
        BuiltinType::List => "list",
        BuiltinType::Tuple => "tuple",
        BuiltinType::Dict => "dict",
        BuiltinType::Set => "set",
        BuiltinType::FrozenSet => "frozenset",
        BuiltinType::Int | BuiltinType::Bool => "int",
        BuiltinType::Float => "float",
        _ => "range",
    };
    let method: Method = match kind {
        BuiltinType::Str => str::method(name)?,
        BuiltinType::Bytes => bytes::method(name)?,
        BuiltinType::ByteArray => bytes::method(name).or_else(|| bytearray::method(name))?,
        BuiltinType::List => list::method(name)?,
        BuiltinType::Tuple => list::tuple_method(name)?,
        BuiltinType::Dict => dict::method(name)?,
        BuiltinType::Set => set::method(name)?,
        BuiltinType::FrozenSet => set::frozen_method(name)?,
        BuiltinType::Int | BuiltinType::Bool => int_method(name)?,
        BuiltinType::Float => float_method(name)?,
        BuiltinType::Range => range_method(name)?,
        _ => return None,
    };
    Some(Interp::builtin_method(name, owner, method))
}

/// The receiver and the other arguments of a method call.
pub(super) fn split(args: Args) -> (Value, Args) {
    let mut positional = args.positional.into_iter();
    let receiver = positional.next().unwrap_or(Value::None);
    let receiver = super::subclass::plain(&receiver);
    (receiver, Args { positional: positional.collect(), keywords: args.keywords })
}

fn int_method(name: &str) -> Option<Method> {
    Some(match name {
        "bit_length" => |i, a| Ok(Value::Int(int_receiver(i, a)?.bits() as i64)),
        // `int.bit_count()`: the number of ones in the binary form of the absolute value.
        "bit_count" => |i, a| Ok(Value::Int(int_receiver(i, a)?.magnitude().count_ones() as i64)),
        // An int is its own complex conjugate (`numbers.Complex`), as a plain int.
        "conjugate" => |i, a| crate::eval::builtins::to_int(i, &split(a).0),
        "is_integer" => |_, _| Ok(Value::Bool(true)),
        "to_bytes" => bits::to_bytes,
        "as_integer_ratio" => |i, a| {
            let n = crate::eval::builtins::to_int(i, &split(a).0)?;
            Ok(Value::tuple(vec![n, Value::Int(1)]))
        },
        "__index__" | "__int__" => |i, a| crate::eval::builtins::to_int(i, &split(a).0),
        _ => return None,
    })
}

/// The integer a method of `int` (or `bool`) was called on.
fn int_receiver(interp: &mut Interp, args: Args) -> PyResult<num_bigint::BigInt> {
    match split(args).0 {
        Value::Int(n) => Ok(num_bigint::BigInt::from(n)),
        Value::BigInt(n) => Ok((*n).clone()),
        Value::Bool(b) => Ok(num_bigint::BigInt::from(u8::from(b))),
        _ => Err(interp.type_error("int expected")),
    }
}

fn float_method(name: &str) -> Option<Method> {
    Some(match name {
        "is_integer" => {
            |_, a| Ok(Value::Bool(matches!(split(a).0, Value::Float(f) if f.fract() == 0.0 && f.is_finite())))
        }
        "__int__" => |i, a| crate::eval::builtins::to_int(i, &split(a).0),
        "conjugate" => |_, a| Ok(split(a).0),
        "hex" => bits::float_hex,
        "as_integer_ratio" => |i, a| {
            let Value::Float(f) = split(a).0 else { return Err(i.type_error("float expected")) };
            let (n, d) = float_ratio(f).ok_or_else(|| {
                let kind = if f.is_nan() { ExcType::ValueError } else { ExcType::OverflowError };
                let what = if f.is_nan() { "NaN" } else { "infinity" };
                i.error(kind, format!("cannot convert {what} to integer ratio"))
            })?;
            Ok(Value::tuple(vec![Value::from_bigint(n), Value::from_bigint(d)]))
        },
        _ => return None,
    })
}

/// The exact fraction a finite float stands for, in lowest terms (`float.as_integer_ratio`).
pub(crate) fn float_ratio(f: f64) -> Option<(num_bigint::BigInt, num_bigint::BigInt)> {
    use num_bigint::BigInt;
    if !f.is_finite() {
        return None;
    }
    let bits = f.to_bits();
    let negative = bits >> 63 == 1;
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mut mantissa, mut exp) =
        if exponent == 0 { (fraction, -1074) } else { (fraction | (1u64 << 52), exponent - 1075) };
    if mantissa == 0 {
        return Some((BigInt::from(0), BigInt::from(1)));
    }
    while mantissa & 1 == 0 && exp < 0 {
        mantissa >>= 1;
        exp += 1;
    }
    let mut n = BigInt::from(mantissa);
    if negative {
        n = -n;
    }
    if exp >= 0 { Some((n << exp as usize, BigInt::from(1))) } else { Some((n, BigInt::from(1) << (-exp) as usize)) }
}

fn range_method(name: &str) -> Option<Method> {
    Some(match name {
        "index" => |i, a| {
            let (r, args) = split(a);
            let Some(item) = args.positional.first() else {
                return Err(i.type_error("index() takes exactly one argument"));
            };
            if let (Value::Range(start, _, step), Value::Int(n)) = (&r, item)
                && i.contains(&r, item)?
            {
                return Ok(Value::Int(((i128::from(*n) - i128::from(*start)) / i128::from(*step)) as i64));
            }
            let shown = i.repr(item)?;
            Err(i.value_error(format!("{shown} is not in range")))
        },
        "count" => |i, a| {
            let (r, args) = split(a);
            let Some(item) = args.positional.first() else {
                return Err(i.type_error("count() takes exactly one argument"));
            };
            Ok(Value::Int(i64::from(i.contains(&r, item)?)))
        },
        _ => return None,
    })
}

fn property_method(name: &str) -> Option<Method> {
    Some(match name {
        "setter" => |i, a| property_with(i, a, 1),
        "getter" => |i, a| property_with(i, a, 0),
        "deleter" => |i, a| property_with(i, a, 2),
        // The descriptor protocol called by hand: `prop.__get__(obj, cls)`, `prop.__set__(obj, v)`.
        "__get__" => |i, a| {
            let (p, args) = split(a);
            let Value::Property(prop) = &p else { return Err(i.type_error("descriptor expected")) };
            match args.positional.first() {
                None => Err(i.type_error("expected 1 argument, got 0")),
                Some(Value::None) => Ok(p.clone()),
                Some(obj) => {
                    if matches!(prop.getter, Value::None) {
                        return Err(i.error(ExcType::AttributeError, "unreadable attribute"));
                    }
                    i.call(&prop.getter, Args::positional(vec![obj.clone()]))
                }
            }
        },
        "__set__" => |i, a| property_call(i, a, 1),
        "__delete__" => |i, a| property_call(i, a, 2),
        _ => return None,
    })
}

/// `prop.__set__(obj, value)` (which 1) and `prop.__delete__(obj)` (which 2), called directly.
fn property_call(interp: &mut Interp, args: Args, which: usize) -> PyResult<Value> {
    let (p, args) = split(args);
    let Value::Property(p) = p else { return Err(interp.type_error("descriptor expected")) };
    let (accessor, what) = if which == 1 { (&p.setter, "setter") } else { (&p.deleter, "deleter") };
    let wanted = if which == 1 { 2 } else { 1 };
    if args.positional.len() != wanted {
        let message = format!("expected {wanted} arguments, got {}", args.positional.len());
        return Err(interp.type_error(message));
    }
    let Some(f) = accessor.clone() else {
        let obj = args.positional.first();
        let owner = obj.map(|o| o.type_name()).unwrap_or_default();
        // The name it is bound to in the object's class (what CPython's `__set_name__` recorded).
        let name = match obj {
            Some(Value::Instance(inst)) => {
                std::iter::once(&inst.class).chain(inst.class.mro_tail.iter()).find_map(|c| {
                    c.dict.borrow().iter().find_map(|(k, v)| match v {
                        Value::Property(q) if std::rc::Rc::ptr_eq(q, &p) => Some(format!("'{k}' ")),
                        _ => None,
                    })
                })
            }
            _ => None,
        };
        let name = name.unwrap_or_default();
        return Err(interp.error(ExcType::AttributeError, format!("property {name}of '{owner}' object has no {what}")));
    };
    interp.call(&f, Args::positional(args.positional)).map(|_| Value::None)
}

/// `prop.getter(f)` / `.setter(f)` / `.deleter(f)`: a copy of the property with one accessor replaced.
fn property_with(interp: &mut Interp, args: Args, which: usize) -> PyResult<Value> {
    let (p, args) = split(args);
    let (Value::Property(p), Some(f)) = (p, args.positional.into_iter().next()) else {
        return Err(interp.type_error("expected a property and one function"));
    };
    let mut accessors = [Some(p.getter.clone()), p.setter.clone(), p.deleter.clone()];
    accessors[which] = Some(f);
    let [getter, setter, deleter] = accessors;
    Ok(Value::Property(std::rc::Rc::new(super::value::Property {
        getter: getter.unwrap_or(Value::None),
        setter,
        deleter,
        doc: p.doc.clone(),
    })))
}

/// How many items a built-in iterator over a sized source has left (`__length_hint__`, what
/// `operator.length_hint(iter(items))` reads); None for lazy adapters, which have no hint.
fn remaining(it: &Value) -> Option<usize> {
    use super::value::IterState;
    let Value::Iterator(state) = it else { return None };
    Some(match &*state.borrow() {
        IterState::Items(items, _) => items.len(),
        IterState::List(list, pos) => list.borrow().len().saturating_sub(*pos),
        IterState::Dict { len, pos, .. } => len.saturating_sub(*pos),
        IterState::Range { next, stop, step } => super::ops::items::range_len(*next, *stop, *step),
        IterState::Chars(s, pos) => s.get(*pos..).map_or(0, |rest| rest.chars().count()),
        IterState::Done => 0,
        IterState::Object(_) | IterState::Adapter(_) => return None,
    })
}
