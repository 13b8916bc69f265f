//! `timedelta` arithmetic beyond `+`/`-`: scaling, division, sign and `total_seconds`.

use super::calendar::Dt;
use super::methods::{delta, other, receiver};
use super::new_dt;
use crate::eval::ExcType;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};

fn total(i: &Interp, a: &Args) -> PyResult<i64> {
    match receiver(i, a)? {
        Dt::Delta(t) => Ok(t),
        _ => Err(i.type_error("descriptor requires a 'datetime.timedelta' object")),
    }
}

pub fn total_seconds(i: &mut Interp, a: Args) -> PyResult<Value> {
    Ok(Value::Float(total(i, &a)? as f64 / 1e6))
}

pub fn neg(i: &mut Interp, a: Args) -> PyResult<Value> {
    let t = total(i, &a)?;
    delta(i, t.checked_neg())
}

pub fn pos(i: &mut Interp, a: Args) -> PyResult<Value> {
    let t = total(i, &a)?;
    Ok(new_dt(i, Dt::Delta(t)))
}

pub fn abs(i: &mut Interp, a: Args) -> PyResult<Value> {
    let t = total(i, &a)?;
    delta(i, t.checked_abs())
}

pub fn truthy(i: &mut Interp, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(total(i, &a)? != 0))
}

/// `timedelta * int` exactly, `timedelta * float` rounded half to even (as CPython).
pub fn mul(i: &mut Interp, a: Args) -> PyResult<Value> {
    let t = total(i, &a)?;
    match a.positional.get(1) {
        Some(Value::Int(n)) => delta(i, t.checked_mul(*n)),
        Some(Value::Bool(b)) => delta(i, Some(t * i64::from(*b))),
        Some(Value::Float(f)) => {
            let r = (t as f64 * f).round_ties_even();
            delta(i, (r.is_finite() && r.abs() < 9.2e18).then_some(r as i64))
        }
        _ => Ok(Value::NotImplemented),
    }
}

pub fn truediv(i: &mut Interp, a: Args) -> PyResult<Value> {
    let t = total(i, &a)?;
    match (other(&a), a.positional.get(1)) {
        (Some(Dt::Delta(0)), _) | (_, Some(Value::Int(0))) => {
            Err(i.error(ExcType::ZeroDivisionError, "division by zero"))
        }
        (Some(Dt::Delta(d)), _) => Ok(Value::Float(t as f64 / d as f64)),
        (_, Some(Value::Int(n))) => delta(i, Some((t as f64 / *n as f64).round_ties_even() as i64)),
        (_, Some(Value::Float(f))) if *f != 0.0 => delta(i, Some((t as f64 / f).round_ties_even() as i64)),
        (_, Some(Value::Float(_))) => Err(i.error(ExcType::ZeroDivisionError, "division by zero")),
        _ => Ok(Value::NotImplemented),
    }
}

pub fn floordiv(i: &mut Interp, a: Args) -> PyResult<Value> {
    let t = total(i, &a)?;
    match (other(&a), a.positional.get(1)) {
        (Some(Dt::Delta(0)), _) | (_, Some(Value::Int(0))) => {
            Err(i.error(ExcType::ZeroDivisionError, "integer division or modulo by zero"))
        }
        (Some(Dt::Delta(d)), _) => Ok(Value::Int(t.div_euclid(d) - i64::from(t.rem_euclid(d) != 0 && d < 0))),
        (_, Some(Value::Int(n))) => delta(i, Some(t.div_euclid(*n) - i64::from(t.rem_euclid(*n) != 0 && *n < 0))),
        _ => Ok(Value::NotImplemented),
    }
}
