//! Numeric built-in functions: `abs`, `round`, `divmod`, `pow`, `min`, `max`, `sum`, `hex`, `bin`, `oct`.

use crate::eval::ExcType;
use crate::eval::call::{expect_args, keywords_to_positional, no_keywords, take_keyword};
use crate::eval::format::round_float;
use crate::eval::value::{Module, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::BinOp;
use num_bigint::BigInt;
use std::rc::Rc;

type BuiltinFn = fn(&mut Interp, Args) -> PyResult<Value>;

pub fn install(module: &Rc<Module>) {
    let functions: &[(&str, BuiltinFn)] = &[
        ("abs", abs),
        ("round", round),
        ("divmod", divmod),
        ("pow", pow),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("hex", |i, a| radix(i, a, "hex", 16, "0x")),
        ("oct", |i, a| radix(i, a, "oct", 8, "0o")),
        ("bin", |i, a| radix(i, a, "bin", 2, "0b")),
    ];
    for (name, f) in functions {
        module.set(name, Interp::builtin(name, *f));
    }
}

fn abs(interp: &mut Interp, args: Args) -> PyResult<Value> {
    no_keywords(interp, "abs", &args)?;
    expect_args(interp, "abs", &args, 1, 1)?;
    match &args.positional[0] {
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Int(n) => match n.checked_abs() {
            Some(a) => Ok(Value::Int(a)),
            None => Ok(Value::from_bigint(-BigInt::from(*n))),
        },
        Value::BigInt(n) => Ok(Value::from_bigint(num_traits::Signed::abs(&**n))),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        v @ Value::Instance(i) if i.class.lookup("__abs__").is_some() => interp.call_method(v, "__abs__", Vec::new()),
        other => Err(interp.type_error(format!("bad operand type for abs(): '{}'", other.type_name()))),
    }
}

fn round(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    keywords_to_positional(interp, "round", &mut args, &["number"])?;
    let ndigits = take_keyword(&mut args, "ndigits");
    no_keywords(interp, "round", &args)?;
    expect_args(interp, "round", &args, 1, 2)?;
    let ndigits = ndigits.or_else(|| args.positional.get(1).cloned()).filter(|n| !matches!(n, Value::None));
    // A subclass of a number type rounds as its number unless it defines `__round__`.
    let value = &crate::eval::subclass::delegate(&args.positional[0], "__round__")
        .unwrap_or_else(|| args.positional[0].clone());
    match (value, ndigits) {
        (Value::Float(f), None) => {
            if f.is_nan() {
                return Err(interp.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(interp.error(ExcType::OverflowError, "cannot convert float infinity to integer"));
            }
            let r = round_float(*f, 0);
            crate::eval::builtins::constructors::to_int(interp, &Value::Float(r))
        }
        (Value::Float(f), Some(Value::Int(n))) => Ok(Value::Float(round_float(*f, n))),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), None) => {
            crate::eval::builtins::constructors::to_int(interp, value)
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Some(Value::Int(n))) => round_int(interp, value, n),
        (Value::Instance(i), nd) if i.class.lookup("__round__").is_some() => {
            interp.call_method(value, "__round__", nd.into_iter().collect())
        }
        (_, Some(other)) if !matches!(other, Value::Int(_)) => {
            Err(interp.type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name())))
        }
        (other, _) => Err(interp.type_error(format!("type {} doesn't define __round__ method", other.type_name()))),
    }
}

/// `round(int, n)`: unchanged for n >= 0, otherwise rounded half to even at 10**-n.
fn round_int(interp: &mut Interp, value: &Value, n: i64) -> PyResult<Value> {
    let value = crate::eval::builtins::constructors::to_int(interp, value)?;
    if n >= 0 {
        return Ok(value);
    }
    let exp = u32::try_from(-n).unwrap_or(u32::MAX).min(4000);
    let unit = Value::from_bigint(num_traits::pow::Pow::pow(BigInt::from(10), exp));
    let q = interp.binary_op(BinOp::FloorDiv, value.clone(), unit.clone())?;
    let r = interp.binary_op(BinOp::Mod, value, unit.clone())?;
    let twice = interp.binary_op(BinOp::Mul, r, Value::Int(2))?;
    let odd_q = interp.binary_op(BinOp::Mod, q.clone(), Value::Int(2))?;
    let round_up =
        interp.less_than(&unit, &twice)? || (interp.eq(&twice, &unit)? && interp.eq(&odd_q, &Value::Int(1))?);
    let q = if round_up { interp.binary_op(BinOp::Add, q, Value::Int(1))? } else { q };
    interp.binary_op(BinOp::Mul, q, unit)
}

fn divmod(interp: &mut Interp, args: Args) -> PyResult<Value> {
    no_keywords(interp, "divmod", &args)?;
    expect_args(interp, "divmod", &args, 2, 2)?;
    let (a, b) = (args.positional[0].clone(), args.positional[1].clone());
    if matches!((&a, &b), (Value::Float(_), _) | (_, Value::Float(_))) && !interp.truthy(&b)? {
        return Err(interp.zero_division("float divmod()"));
    }
    let q = interp.binary_op(BinOp::FloorDiv, a.clone(), b.clone())?;
    let r = interp.binary_op(BinOp::Mod, a, b)?;
    Ok(Value::tuple(vec![q, r]))
}

fn pow(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    keywords_to_positional(interp, "pow", &mut args, &["base", "exp", "mod"])?;
    no_keywords(interp, "pow", &args)?;
    expect_args(interp, "pow", &args, 2, 3)?;
    let (a, b) = (args.positional[0].clone(), args.positional[1].clone());
    match args.positional.get(2) {
        None | Some(Value::None) => interp.binary_op(BinOp::Pow, a, b),
        Some(m) => {
            let (Value::Int(base), Value::Int(exp), Value::Int(modulus)) = (&a, &b, m) else {
                return Err(interp.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
            };
            if *modulus == 0 {
                return Err(interp.value_error("pow() 3rd argument cannot be 0"));
            }
            let (base, exp) = if *exp < 0 {
                let inverse = mod_inverse(*base, *modulus)
                    .ok_or_else(|| interp.value_error("base is not invertible for the given modulus"))?;
                (inverse, -i128::from(*exp))
            } else {
                (i128::from(*base), i128::from(*exp))
            };
            let r = BigInt::from(base).modpow(&BigInt::from(exp), &BigInt::from(*modulus));
            let r = if r.sign() != num_bigint::Sign::NoSign && (r < BigInt::from(0)) != (*modulus < 0) {
                r + BigInt::from(*modulus)
            } else {
                r
            };
            Ok(Value::from_bigint(r))
        }
    }
}

/// The inverse of `a` modulo `m` (extended Euclid), as `pow(a, -1, m)` computes it; `None` when none exists.
fn mod_inverse(a: i64, m: i64) -> Option<i128> {
    let m = i128::from(m).abs();
    let (mut r0, mut r1) = (i128::from(a).rem_euclid(m), m);
    let (mut s0, mut s1) = (1i128, 0i128);
    while r1 != 0 {
        let q = r0 / r1;
        (r0, r1) = (r1, r0 - q * r1);
        (s0, s1) = (s1, s0 - q * s1);
    }
    (r0 == 1).then(|| s0.rem_euclid(m))
}

fn extreme(interp: &mut Interp, mut args: Args, name: &str, want_max: bool) -> PyResult<Value> {
    let key = take_keyword(&mut args, "key");
    let default = take_keyword(&mut args, "default");
    no_keywords(interp, name, &args)?;
    let items = match args.positional.len() {
        0 => return Err(interp.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => interp.collect(&args.positional[0])?,
        _ => {
            if default.is_some() {
                return Err(interp
                    .type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
            }
            args.positional
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = interp.apply_key(&key, &item)?;
        let better = match &best {
            None => true,
            Some((best_key, _)) => {
                if want_max {
                    interp.greater_than(&k, best_key)?
                } else {
                    interp.less_than(&k, best_key)?
                }
            }
        };
        if better {
            best = Some((k, item));
        }
    }
    match (best, default) {
        (Some((_, v)), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(interp.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(interp: &mut Interp, args: Args) -> PyResult<Value> {
    extreme(interp, args, "min", false)
}

fn max(interp: &mut Interp, args: Args) -> PyResult<Value> {
    extreme(interp, args, "max", true)
}

fn sum(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let start = take_keyword(&mut args, "start");
    no_keywords(interp, "sum", &args)?;
    expect_args(interp, "sum", &args, 1, 2)?;
    let mut total = start.or_else(|| args.positional.get(1).cloned()).unwrap_or(Value::Int(0));
    if let Value::Str(_) = total {
        return Err(interp.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let items = interp.collect(&args.positional[0])?;
    for item in items {
        total = interp.binary_op(BinOp::Add, total, item)?;
    }
    Ok(total)
}

fn radix(interp: &mut Interp, args: Args, name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    expect_args(interp, name, &args, 1, 1)?;
    let n = match &interp.as_index(&args.positional[0])? {
        Value::Int(n) => BigInt::from(*n),
        Value::BigInt(n) => (**n).clone(),
        Value::Bool(b) => BigInt::from(u8::from(*b)),
        other => {
            return Err(
                interp.type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name()))
            );
        }
    };
    interp.charge((n.bits() / 64) as usize)?;
    let digits = n.magnitude().to_str_radix(base);
    let sign = if n.sign() == num_bigint::Sign::Minus { "-" } else { "" };
    Ok(Value::str(&format!("{sign}{prefix}{digits}")))
}
