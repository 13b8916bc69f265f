//! The `math` module: the handful of functions tutorials use.

use crate::eval::ExcType;
use crate::eval::value::{Module, Value};
use crate::eval::{Args, Interp, PyResult};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::ToPrimitive;
use std::rc::Rc;

/// A real-number argument: ints, floats, bools and objects with `__float__` (float subclasses too);
/// a string is a TypeError here, not parsed as `float()` would.
fn real(interp: &mut Interp, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            crate::eval::builtins::to_float(interp, v)
        }
        Value::Instance(inst) if inst.class.lookup("__float__").is_some() => crate::eval::builtins::to_float(interp, v),
        _ if crate::eval::subclass::delegate(v, "__float__").is_some() => crate::eval::builtins::to_float(interp, v),
        other => Err(interp.type_error(format!("must be real number, not {}", other.type_name()))),
    }
}

fn unary(interp: &mut Interp, args: &Args, name: &str) -> PyResult<f64> {
    match args.positional.as_slice() {
        [v] => real(interp, v),
        _ => {
            Err(interp
                .type_error(format!("math.{name}() takes exactly one argument ({} given)", args.positional.len())))
        }
    }
}

pub fn module(_: &mut Interp) -> PyResult<Rc<Module>> {
    let m = Rc::new(Module::new("math"));
    m.set("pi", Value::Float(std::f64::consts::PI));
    m.set("e", Value::Float(std::f64::consts::E));
    m.set("inf", Value::Float(f64::INFINITY));
    m.set("nan", Value::Float(f64::NAN));
    m.set(
        "sqrt",
        Interp::builtin("sqrt", |i, a| {
            let x = unary(i, &a, "sqrt")?;
            if x < 0.0 {
                return Err(i.value_error("math domain error"));
            }
            Ok(Value::Float(x.sqrt()))
        }),
    );
    for (name, f) in [("floor", f64::floor as fn(f64) -> f64), ("ceil", f64::ceil), ("trunc", f64::trunc)] {
        m.set(
            name,
            Interp::builtin(name, move |i, a| {
                let x = unary(i, &a, name)?;
                crate::eval::builtins::to_int(i, &Value::Float(f(x)))
            }),
        );
    }
    m.set("fabs", Interp::builtin("fabs", |i, a| Ok(Value::Float(unary(i, &a, "fabs")?.abs()))));
    m.set(
        "isclose",
        Interp::builtin("isclose", |i, a| {
            // CPython's math_isclose_impl: relative to the larger magnitude, or within `abs_tol`.
            let [x, y] = a.positional.as_slice() else { return Err(i.type_error("isclose() takes 2 arguments")) };
            let (x, y) = (crate::eval::builtins::to_float(i, x)?, crate::eval::builtins::to_float(i, y)?);
            let (mut rel_tol, mut abs_tol) = (1e-9, 0.0);
            for (key, value) in &a.keywords {
                let tol = crate::eval::builtins::to_float(i, value)?;
                match &**key {
                    "rel_tol" => rel_tol = tol,
                    "abs_tol" => abs_tol = tol,
                    other => {
                        return Err(i.type_error(format!("isclose() got an unexpected keyword argument '{other}'")));
                    }
                }
            }
            if rel_tol < 0.0 || abs_tol < 0.0 {
                return Err(i.value_error("tolerances must be non-negative"));
            }
            if x == y {
                return Ok(Value::Bool(true));
            }
            if x.is_infinite() || y.is_infinite() {
                return Ok(Value::Bool(false));
            }
            let diff = (y - x).abs();
            Ok(Value::Bool(diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs() || diff <= abs_tol))
        }),
    );
    float_functions(&m);
    integer_functions(&m);
    m.set("tau", Value::Float(std::f64::consts::TAU));
    Ok(m)
}

/// A float argument, by position.
fn float_arg(interp: &mut Interp, args: &Args, index: usize, name: &str) -> PyResult<f64> {
    match args.positional.get(index) {
        Some(v) => real(interp, v),
        None => Err(interp.type_error(format!("math.{name}() missing required argument"))),
    }
}

/// An integer argument, by position (floats are refused, as CPython does).
fn int_arg(interp: &mut Interp, args: &Args, index: usize, name: &str) -> PyResult<BigInt> {
    match args.positional.get(index) {
        Some(Value::Int(n)) => Ok(BigInt::from(*n)),
        Some(Value::BigInt(n)) => Ok((**n).clone()),
        Some(Value::Bool(b)) => Ok(BigInt::from(u8::from(*b))),
        Some(other) => {
            Err(interp.type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name())))
        }
        None => Err(interp.type_error(format!("math.{name}() missing required argument"))),
    }
}

/// A float result, with CPython's errors for domain and range problems.
fn float_result(interp: &Interp, x: f64, inputs_finite: bool) -> PyResult<Value> {
    if x.is_nan() && inputs_finite {
        return Err(interp.value_error("math domain error"));
    }
    if x.is_infinite() && inputs_finite {
        return Err(interp.error(ExcType::OverflowError, "math range error"));
    }
    Ok(Value::Float(x))
}

type Unary = fn(f64) -> f64;
type Binary = fn(f64, f64) -> f64;
type Test = fn(f64) -> bool;

fn float_functions(m: &Module) {
    let one: [(&'static str, Unary); 21] = [
        ("asinh", f64::asinh),
        ("acosh", f64::acosh),
        ("atanh", f64::atanh),
        ("cbrt", f64::cbrt),
        ("exp2", f64::exp2),
        ("expm1", f64::exp_m1),
        ("log1p", f64::ln_1p),
        ("exp", f64::exp),
        ("log10", f64::log10),
        ("log2", f64::log2),
        ("sin", f64::sin),
        ("cos", f64::cos),
        ("tan", f64::tan),
        ("asin", f64::asin),
        ("acos", f64::acos),
        ("atan", f64::atan),
        ("radians", f64::to_radians),
        ("degrees", f64::to_degrees),
        ("sinh", f64::sinh),
        ("cosh", f64::cosh),
        ("tanh", f64::tanh),
    ];
    for (name, f) in one {
        m.set(
            name,
            Interp::builtin(name, move |i, a| {
                let x = unary(i, &a, name)?;
                let bad = match name {
                    "log10" | "log2" => x <= 0.0,
                    "log1p" => x <= -1.0,
                    "acosh" => x < 1.0,
                    "atanh" => x.abs() >= 1.0,
                    _ => false,
                };
                if bad {
                    return Err(i.value_error("math domain error"));
                }
                float_result(i, f(x), x.is_finite())
            }),
        );
    }
    m.set(
        "log",
        Interp::builtin("log", |i, a| {
            let x = float_arg(i, &a, 0, "log")?;
            let base = match a.positional.get(1) {
                Some(_) => Some(float_arg(i, &a, 1, "log")?),
                None => None,
            };
            if x <= 0.0 || base.is_some_and(|b| b <= 0.0 || b == 1.0) {
                return Err(i.value_error("math domain error"));
            }
            Ok(Value::Float(match base {
                Some(b) => x.ln() / b.ln(),
                None => x.ln(),
            }))
        }),
    );
    m.set("hypot", Interp::builtin("hypot", hypot));
    let two: [(&'static str, Binary); 4] =
        [("pow", f64::powf), ("atan2", f64::atan2), ("copysign", f64::copysign), ("fmod", |x, y| x % y)];
    for (name, f) in two {
        m.set(
            name,
            Interp::builtin(name, move |i, a| {
                let (x, y) = (float_arg(i, &a, 0, name)?, float_arg(i, &a, 1, name)?);
                if name == "fmod" && (y == 0.0 || x.is_infinite()) && !x.is_nan() {
                    return Err(i.value_error("math domain error"));
                }
                float_result(i, f(x, y), x.is_finite() && y.is_finite())
            }),
        );
    }
    let tests: [(&'static str, Test); 3] =
        [("isnan", f64::is_nan), ("isinf", f64::is_infinite), ("isfinite", f64::is_finite)];
    for (name, f) in tests {
        m.set(name, Interp::builtin(name, move |i, a| Ok(Value::Bool(f(unary(i, &a, name)?)))));
    }
    m.set(
        "modf",
        Interp::builtin("modf", |i, a| {
            let x = unary(i, &a, "modf")?;
            let whole = x.trunc();
            let frac = if x.is_infinite() { 0.0f64.copysign(x) } else { x - whole };
            Ok(Value::tuple(vec![Value::Float(frac), Value::Float(whole)]))
        }),
    );
    m.set(
        "frexp",
        Interp::builtin("frexp", |i, a| {
            let x = unary(i, &a, "frexp")?;
            let (mut m, mut e) = (x, 0i64);
            if x != 0.0 && x.is_finite() {
                // Normalise the mantissa into [0.5, 1) by powers of two (exact in binary floating point).
                while m.abs() >= 1.0 {
                    m /= 2.0;
                    e += 1;
                }
                while m.abs() < 0.5 {
                    m *= 2.0;
                    e -= 1;
                }
            }
            Ok(Value::tuple(vec![Value::Float(m), Value::Int(e)]))
        }),
    );
    m.set(
        "ldexp",
        Interp::builtin("ldexp", |i, a| {
            let x = float_arg(i, &a, 0, "ldexp")?;
            let e = int_arg(i, &a, 1, "ldexp")?.to_i32().unwrap_or(i32::MAX).clamp(-2200, 2200);
            float_result(i, x * 2f64.powi(e / 2) * 2f64.powi(e - e / 2), x.is_finite())
        }),
    );
    m.set(
        "dist",
        Interp::builtin("dist", |i, a| {
            let (p, q) = match a.positional.as_slice() {
                [p, q] => (i.collect(p)?, i.collect(q)?),
                _ => return Err(i.type_error("dist expected 2 arguments")),
            };
            if p.len() != q.len() {
                return Err(i.value_error("both points must have the same number of dimensions"));
            }
            let mut total = 0.0f64;
            for (x, y) in p.iter().zip(&q) {
                let d = crate::eval::builtins::to_float(i, x)? - crate::eval::builtins::to_float(i, y)?;
                total += d * d;
            }
            Ok(Value::Float(total.sqrt()))
        }),
    );
    m.set(
        "fsum",
        Interp::builtin("fsum", |i, a| {
            let items = match a.positional.first() {
                Some(v) => i.collect(v)?,
                None => Vec::new(),
            };
            // Neumaier summation: exact enough to match CPython's correctly rounded fsum in practice.
            let (mut sum, mut compensation) = (0.0f64, 0.0f64);
            for item in &items {
                let x = crate::eval::builtins::to_float(i, item)?;
                let t = sum + x;
                compensation += if sum.abs() >= x.abs() { (sum - t) + x } else { (x - t) + sum };
                sum = t;
            }
            Ok(Value::Float(sum + compensation))
        }),
    );
}

fn integer_functions(m: &Module) {
    m.set(
        "gcd",
        Interp::builtin("gcd", |i, a| {
            let mut g = BigInt::from(0);
            for k in 0..a.positional.len() {
                g = g.gcd(&int_arg(i, &a, k, "gcd")?);
            }
            Ok(Value::from_bigint(g))
        }),
    );
    m.set(
        "lcm",
        Interp::builtin("lcm", |i, a| {
            let mut l = BigInt::from(1);
            for k in 0..a.positional.len() {
                l = l.lcm(&int_arg(i, &a, k, "lcm")?);
            }
            Ok(Value::from_bigint(l))
        }),
    );
    m.set(
        "factorial",
        Interp::builtin("factorial", |i, a| {
            let n = int_arg(i, &a, 0, "factorial")?;
            let Some(n) = n.to_u64() else {
                return Err(i.value_error("factorial() not defined for negative values"));
            };
            i.check_size(usize::try_from(n / 4).unwrap_or(usize::MAX))?;
            let mut out = BigInt::from(1);
            for k in 2..=n {
                i.charge((out.bits() / 64) as usize)?;
                out *= k;
            }
            Ok(Value::from_bigint(out))
        }),
    );
    m.set(
        "isqrt",
        Interp::builtin("isqrt", |i, a| {
            let n = int_arg(i, &a, 0, "isqrt")?;
            if n.sign() == num_bigint::Sign::Minus {
                return Err(i.value_error("isqrt() argument must be nonnegative"));
            }
            Ok(Value::from_bigint(n.sqrt()))
        }),
    );
    m.set(
        "perm",
        Interp::builtin("perm", |i, a| {
            let n = int_arg(i, &a, 0, "perm")?;
            let k = if a.positional.len() > 1 { int_arg(i, &a, 1, "perm")? } else { n.clone() };
            let (Some(n), Some(k)) = (n.to_u64(), k.to_u64()) else {
                return Err(i.value_error("n must be a non-negative integer"));
            };
            let mut out = BigInt::from(u8::from(k <= n));
            for j in 0..k.min(n) {
                i.charge((out.bits() / 64) as usize + 1)?;
                out *= n - j;
            }
            Ok(Value::from_bigint(out))
        }),
    );
    m.set(
        "comb",
        Interp::builtin("comb", |i, a| {
            let (n, k) = (int_arg(i, &a, 0, "comb")?, int_arg(i, &a, 1, "comb")?);
            let (Some(n), Some(k)) = (n.to_u64(), k.to_u64()) else {
                return Err(i.value_error("n must be a non-negative integer"));
            };
            if k > n {
                return Ok(Value::Int(0));
            }
            let k = k.min(n - k);
            let mut out = BigInt::from(1);
            for j in 0..k {
                i.charge((out.bits() / 64) as usize + 1)?;
                out = out * (n - j) / (j + 1);
            }
            Ok(Value::from_bigint(out))
        }),
    );
    m.set(
        "prod",
        Interp::builtin("prod", |i, a| {
            let items = match a.positional.first() {
                Some(v) => i.collect(v)?,
                None => Vec::new(),
            };
            let mut out = Value::Int(1);
            for (key, value) in &a.keywords {
                if &**key != "start" {
                    return Err(i.type_error(format!("'{key}' is an invalid keyword argument for prod()")));
                }
                out = value.clone();
            }
            for item in items {
                out = i.binary_op(crate::ir::BinOp::Mul, out, item)?;
            }
            Ok(out)
        }),
    );
}

/// `math.hypot(*coordinates)`: the Euclidean norm, as CPython's `vector_norm` computes it — every
/// coordinate scaled by the same power of two (exact), the squares summed with compensation, so
/// `hypot(2, 3, 6)` is exactly 7.0 and large or tiny coordinates neither overflow nor underflow.
/// An infinite coordinate wins over a NaN (the norm is infinite either way).
fn hypot(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if let Some((key, _)) = args.keywords.first() {
        return Err(interp.type_error(format!("hypot() takes no keyword arguments (got '{key}')")));
    }
    let mut coords = Vec::with_capacity(args.positional.len());
    for v in &args.positional {
        coords.push(real(interp, v)?.abs());
    }
    if coords.len() == 2 {
        return Ok(Value::Float(coords[0].hypot(coords[1])));
    }
    if coords.iter().any(|x| x.is_infinite()) {
        return Ok(Value::Float(f64::INFINITY));
    }
    if coords.iter().any(|x| x.is_nan()) {
        return Ok(Value::Float(f64::NAN));
    }
    let max = coords.iter().copied().fold(0.0, f64::max);
    if max == 0.0 || coords.len() <= 1 {
        return Ok(Value::Float(max));
    }
    // 2^-e with max = m * 2^e, 0.5 <= m < 1: scaling by it changes no mantissa bit.
    let exponent = max.log2().floor() as i32 + 1;
    let (mut sum, mut compensation) = (0.0f64, 0.0f64);
    for x in coords {
        let scaled = ldexp(x, -exponent);
        let square = scaled * scaled;
        let t = sum + square;
        compensation += if sum.abs() >= square.abs() { (sum - t) + square } else { (square - t) + sum };
        sum = t;
    }
    Ok(Value::Float(ldexp((sum + compensation).sqrt(), exponent)))
}

/// `x * 2^e` in two steps, so neither power of two overflows or underflows on its own.
fn ldexp(x: f64, e: i32) -> f64 {
    let half = e / 2;
    x * 2f64.powi(half) * 2f64.powi(e - half)
}
