//! Constructors of the built-in types: `int(...)`, `float(...)`, `str(...)`, `list(...)`, … with
//! CPython's conversions and error messages.

use crate::eval::ExcType;
use crate::eval::call::{expect_args, no_keywords, take_keyword};
use crate::eval::dict::Dict;
use crate::eval::value::{Property, Value};
use crate::eval::{Args, Interp, PyResult};
use num_bigint::BigInt;
use num_traits::{FromPrimitive, Num};
use std::cell::RefCell;
use std::rc::Rc;

pub fn int(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let base = take_keyword(&mut args, "base");
    no_keywords(interp, "int", &args)?;
    expect_args(interp, "int", &args, 0, 2)?;
    let base = match (args.positional.get(1).cloned().or(base), args.positional.first()) {
        (Some(Value::Int(b)), Some(Value::Str(_))) => Some(b),
        (Some(_), Some(Value::Str(_))) => {
            return Err(interp.type_error("'str' object cannot be interpreted as an integer"));
        }
        (Some(_), _) => return Err(interp.type_error("int() can't convert non-string with explicit base")),
        (None, _) => None,
    };
    match args.positional.first() {
        None => Ok(Value::Int(0)),
        Some(Value::Str(s)) => parse_int(interp, s, base.unwrap_or(10)),
        Some(v) => to_int(interp, v),
    }
}

/// `int(v)` for a non-string value.
pub fn to_int(interp: &mut Interp, v: &Value) -> PyResult<Value> {
    if let Some(p) = crate::eval::subclass::delegate(v, "__int__") {
        return to_int(interp, &p);
    }
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(interp.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(interp.error(ExcType::OverflowError, "cannot convert float infinity to integer"));
            }
            let t = f.trunc();
            if t.abs() < 9.0e18 {
                Ok(Value::Int(t as i64))
            } else {
                Ok(BigInt::from_f64(t).map_or(Value::Int(0), Value::from_bigint))
            }
        }
        Value::Instance(inst) if inst.class.lookup("__int__").is_some() => interp.call_method(v, "__int__", Vec::new()),
        other => Err(interp.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            other.type_name()
        ))),
    }
}

/// CPython's default `sys.get_int_max_str_digits()`: decimal conversions of longer integers raise
/// ValueError (they are quadratic; the limit also keeps a page from freezing on `str(10**10**6)`).
pub const MAX_STR_DIGITS: usize = 4300;

fn parse_int(interp: &mut Interp, s: &str, base: i64) -> PyResult<Value> {
    let invalid = || format!("invalid literal for int() with base {base}: {}", crate::eval::format::repr_str(s));
    let ascii = super::digits::ascii_digits(s);
    let text = ascii.trim();
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let mut base = base;
    let mut digits = digits.to_string();
    let lower = digits.to_ascii_lowercase();
    for (prefix, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if lower.starts_with(prefix) && (base == b || base == 0) {
            digits = digits[2..].to_string();
            base = b;
        }
    }
    if base == 0 {
        base = 10;
    }
    if !(2..=36).contains(&base) {
        return Err(interp.value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    let valid_underscores = !digits.starts_with('_') && !digits.ends_with('_') && !digits.contains("__");
    let cleaned: String = digits.chars().filter(|c| *c != '_').collect();
    if cleaned.is_empty() || !valid_underscores || !cleaned.chars().all(|c| c.is_digit(base as u32)) {
        return Err(interp.value_error(invalid()));
    }
    let power_of_two = (base as u32).is_power_of_two();
    if !power_of_two && cleaned.len() > MAX_STR_DIGITS {
        return Err(interp.value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; \
             use sys.set_int_max_str_digits() to increase the limit",
            cleaned.len()
        )));
    }
    let Ok(n) = BigInt::from_str_radix(&cleaned, base as u32) else {
        return Err(interp.value_error(invalid()));
    };
    Ok(Value::from_bigint(if negative { -n } else { n }))
}

pub fn float(interp: &mut Interp, args: Args) -> PyResult<Value> {
    no_keywords(interp, "float", &args)?;
    expect_args(interp, "float", &args, 0, 1)?;
    match args.positional.first() {
        None => Ok(Value::Float(0.0)),
        Some(v) => to_float(interp, v).map(Value::Float),
    }
}

pub fn to_float(interp: &mut Interp, v: &Value) -> PyResult<f64> {
    if let Some(p) = crate::eval::subclass::delegate(v, "__float__") {
        return to_float(interp, &p);
    }
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(n) => Ok(*n as f64),
        Value::BigInt(n) => num_traits::ToPrimitive::to_f64(&**n)
            .filter(|f| f.is_finite())
            .ok_or_else(|| interp.error(ExcType::OverflowError, "int too large to convert to float")),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        Value::Str(s) => interp.charge_bytes(s.len()).and_then(|()| {
            parse_float(&super::digits::ascii_digits(s)).ok_or_else(|| {
                interp.value_error(format!("could not convert string to float: {}", crate::eval::format::repr_str(s)))
            })
        }),
        Value::Instance(inst) if inst.class.lookup("__float__").is_some() => {
            match interp.call_method(v, "__float__", Vec::new())? {
                Value::Float(f) => Ok(f),
                other => Err(interp.type_error(format!("__float__ returned non-float (type {})", other.type_name()))),
            }
        }
        other => Err(interp
            .type_error(format!("float() argument must be a string or a real number, not '{}'", other.type_name()))),
    }
}

/// Parses a float the way `float(str)` accepts it (whitespace, underscores between digits, inf/nan).
pub fn parse_float(s: &str) -> Option<f64> {
    let text = s.trim();
    let lower = text.to_ascii_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-']);
    let sign = if lower.starts_with('-') { -1.0 } else { 1.0 };
    if lower.len() - unsigned.len() > 1 {
        return None;
    }
    match unsigned {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if text.contains("__") || text.starts_with('_') || text.ends_with('_') {
        return None;
    }
    let cleaned: String = text.chars().filter(|c| *c != '_').collect();
    if !cleaned.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-')) {
        return None;
    }
    cleaned.parse::<f64>().ok()
}

pub fn str_(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let encoding = take_keyword(&mut args, "encoding");
    let errors = take_keyword(&mut args, "errors");
    no_keywords(interp, "str", &args)?;
    expect_args(interp, "str", &args, 0, 3)?;
    let mut positional = args.positional.into_iter();
    let source = positional.next();
    let encoding = positional.next().or(encoding);
    let errors = positional.next().or(errors);
    if encoding.is_none() && errors.is_none() {
        return match source {
            None => Ok(Value::str("")),
            Some(v) => Ok(Value::str(&interp.to_str(&v)?)),
        };
    }
    // `str(data, encoding[, errors])` decodes.
    let source = source.unwrap_or_else(|| Value::str(""));
    let Some(data) = crate::eval::bytes::data(&source) else {
        return Err(
            interp.type_error(format!("decoding to str: need a bytes-like object, {} found", source.type_name()))
        );
    };
    let encoding = match encoding {
        Some(e) => interp.text_arg(&e, "str", "encoding")?,
        None => "utf-8".into(),
    };
    let errors = match errors {
        Some(e) => interp.text_arg(&e, "str", "errors")?,
        None => "strict".into(),
    };
    Ok(Value::str(&interp.decode(&data, &encoding, &errors)?))
}

pub fn bool_(interp: &mut Interp, args: Args) -> PyResult<Value> {
    no_keywords(interp, "bool", &args)?;
    expect_args(interp, "bool", &args, 0, 1)?;
    match args.positional.first() {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(interp.truthy(v)?)),
    }
}

pub fn list(interp: &mut Interp, args: Args) -> PyResult<Value> {
    no_keywords(interp, "list", &args)?;
    expect_args(interp, "list", &args, 0, 1)?;
    match args.positional.first() {
        None => Ok(Value::list(Vec::new())),
        Some(v) => Ok(Value::list(interp.collect(v)?)),
    }
}

pub fn tuple(interp: &mut Interp, args: Args) -> PyResult<Value> {
    no_keywords(interp, "tuple", &args)?;
    expect_args(interp, "tuple", &args, 0, 1)?;
    match args.positional.first() {
        None => Ok(Value::tuple(Vec::new())),
        Some(Value::Tuple(t)) => Ok(Value::Tuple(t.clone())),
        Some(v) => Ok(Value::tuple(interp.collect(v)?)),
    }
}

pub fn set(interp: &mut Interp, args: Args) -> PyResult<Value> {
    no_keywords(interp, "set", &args)?;
    expect_args(interp, "set", &args, 0, 1)?;
    let Some(source) = args.positional.first() else { return interp.make_set(Vec::new()) };
    // `make_new_set`: a set is merged, a dict presized, anything else added item by item.
    let source = interp.set_operand(source)?;
    let set = interp.new_set_from(&source)?;
    Ok(Value::Set(std::rc::Rc::new(std::cell::RefCell::new(set))))
}

/// `frozenset(iterable=())`: a set marked frozen (immutable and hashable).
pub fn frozenset(interp: &mut Interp, args: Args) -> PyResult<Value> {
    no_keywords(interp, "frozenset", &args)?;
    expect_args(interp, "frozenset", &args, 0, 1)?;
    if let Some(v @ Value::Set(s)) = args.positional.first()
        && s.borrow().is_frozen()
    {
        return Ok(v.clone());
    }
    let set = set(interp, args)?;
    if let Value::Set(s) = &set {
        s.borrow_mut().freeze(true);
    }
    Ok(set)
}

pub fn dict(interp: &mut Interp, args: Args) -> PyResult<Value> {
    expect_args(interp, "dict", &args, 0, 1)?;
    let mut dict = Dict::new();
    if let Some(source) = args.positional.first() {
        fill_dict(interp, &mut dict, source)?;
    }
    for (k, v) in args.keywords {
        let key = Value::Str(k);
        let hk = interp.key_of(&key)?;
        dict.insert(hk, key, v);
    }
    Ok(Value::Dict(Rc::new(RefCell::new(dict))))
}

/// Adds a mapping's items, or an iterable of pairs, to `dict` (shared by `dict()` and `dict.update`).
pub fn fill_dict(interp: &mut Interp, dict: &mut Dict, source: &Value) -> PyResult<()> {
    let source = &crate::eval::subclass::plain(source);
    // Any mapping (an object with `keys()`) is read through its keys, as CPython's dict() does.
    if let Value::Instance(_) = source
        && let Some(keys) = interp.probe_attr(source, "keys")?
    {
        let keys = interp.call(&keys, Args::default())?;
        for key in interp.collect(&keys)? {
            let value = interp.get_item(source, &key)?;
            let k = interp.key_of(&key)?;
            dict.insert(k, key, value);
        }
        return Ok(());
    }
    if let Value::Dict(other) = source {
        interp.charge_items(other.borrow().len())?;
        for (k, (kv, v)) in other.borrow().entries() {
            dict.insert(k.clone(), kv.clone(), v.clone());
        }
        return Ok(());
    }
    // CPython's rule: anything with a `keys()` method is a mapping (read through `keys()` and `[]`).
    if let Value::Instance(inst) = source
        && inst.class.lookup("keys").is_some()
    {
        let keys = interp.call_method(source, "keys", Vec::new())?;
        for key in interp.collect(&keys)? {
            let value = interp.get_item(source, &key)?;
            let hk = interp.key_of(&key)?;
            dict.insert(hk, key, value);
        }
        return Ok(());
    }
    for (i, item) in interp.collect(source)?.into_iter().enumerate() {
        let pair = interp.collect(&item).map_err(|_| {
            interp.type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence"))
        })?;
        let [k, v] = <[Value; 2]>::try_from(pair).map_err(|p| {
            interp.value_error(format!("dictionary update sequence element #{i} has length {}; 2 is required", p.len()))
        })?;
        let hk = interp.key_of(&k)?;
        dict.insert(hk, k, v);
    }
    Ok(())
}

pub fn range(interp: &mut Interp, args: Args) -> PyResult<Value> {
    no_keywords(interp, "range", &args)?;
    expect_args(interp, "range", &args, 1, 3)?;
    let mut ints = Vec::new();
    for v in &args.positional {
        match &interp.as_index(v)? {
            Value::Int(n) => ints.push(*n),
            Value::Bool(b) => ints.push(i64::from(*b)),
            other => {
                return Err(
                    interp.type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name()))
                );
            }
        }
    }
    let (start, stop, step) = match ints.as_slice() {
        [stop] => (0, *stop, 1),
        [start, stop] => (*start, *stop, 1),
        [start, stop, step] => (*start, *stop, *step),
        _ => (0, 0, 1),
    };
    if step == 0 {
        return Err(interp.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(start, stop, step))
}

pub fn slice(interp: &mut Interp, args: Args) -> PyResult<Value> {
    expect_args(interp, "slice", &args, 1, 3)?;
    let p = &args.positional;
    let parts = match p.as_slice() {
        [stop] => [Value::None, stop.clone(), Value::None],
        [start, stop] => [start.clone(), stop.clone(), Value::None],
        [start, stop, step] => [start.clone(), stop.clone(), step.clone()],
        _ => [Value::None, Value::None, Value::None],
    };
    Ok(Value::Slice(Rc::new(parts)))
}

pub fn type_(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.positional.as_slice() {
        [v] if args.keywords.is_empty() => Ok(interp.type_of(v)),
        [_, _, _] => interp.type_three_args(args),
        _ => Err(interp.type_error("type() takes 1 or 3 arguments")),
    }
}

pub fn object(interp: &mut Interp, args: Args) -> PyResult<Value> {
    expect_args(interp, "object", &args, 0, 0)?;
    let class = interp.types.object.clone();
    Ok(Value::Instance(Rc::new(crate::eval::value::Instance {
        class,
        dict: RefCell::new(crate::eval::value::Namespace::default()),
        native: RefCell::new(None),
        id: interp.next_id(),
    })))
}

pub fn property(_interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let getter = take_keyword(&mut args, "fget").or_else(|| args.positional.first().cloned());
    let setter = take_keyword(&mut args, "fset").or_else(|| args.positional.get(1).cloned());
    let deleter = take_keyword(&mut args, "fdel").or_else(|| args.positional.get(2).cloned());
    let doc = take_keyword(&mut args, "doc").or_else(|| args.positional.get(3).cloned());
    let present = |v: Option<Value>| v.filter(|s| !matches!(s, Value::None));
    // A property without a getter (`property(doc=...)`, a setter-only one) is allowed; reading it
    // raises AttributeError (see the attribute lookup).
    let getter = getter.unwrap_or(Value::None);
    let property = Property { getter, setter: present(setter), deleter: present(deleter), doc: present(doc) };
    Ok(Value::Property(Rc::new(property)))
}
