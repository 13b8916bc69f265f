//! Comparisons and hashing of datetime objects: each kind compares only with its own kind, aware
//! datetimes and times in UTC; `==` across kinds (or between naive and aware values) is False and
//! ordering across kinds is NotImplemented, except the TypeErrors CPython raises for dates against
//! datetimes and naive against aware values.

use super::calendar::{DAY_US, Dt};
use super::methods::{other, receiver};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};

/// A comparable key: (kind, value); aware datetimes and times compare in UTC.
pub fn key(dt: Dt) -> (u8, i64) {
    match dt {
        Dt::Date(day) => (0, day),
        Dt::DateTime { day, us, tz } => (1, day * DAY_US + us - tz.unwrap_or(0)),
        Dt::Time { us, tz } => (2, us - tz.unwrap_or(0)),
        Dt::Delta(t) => (3, t),
        Dt::Zone(o) => (4, o),
    }
}

/// Whether a datetime or time has a UTC offset (None for the other kinds, which have no awareness).
fn aware(dt: Dt) -> Option<bool> {
    match dt {
        Dt::DateTime { tz, .. } | Dt::Time { tz, .. } => Some(tz.is_some()),
        _ => None,
    }
}

/// The two operands as compared: wall times when both are in the very same zone object.
fn operands(i: &Interp, a: &Args) -> PyResult<(Dt, Option<Dt>)> {
    let (this, that) = (receiver(i, a)?, other(a));
    if super::tzinfo::same_zone(a.positional.first(), a.positional.get(1)) {
        return Ok((super::tzinfo::wall(this), that.map(super::tzinfo::wall)));
    }
    Ok((this, that))
}

pub fn eq(i: &mut Interp, a: Args) -> PyResult<Value> {
    let (this, that) = operands(i, &a)?;
    Ok(match that {
        // A naive and an aware value are never equal (ordering them is a TypeError).
        Some(o) if aware(this) != aware(o) => Value::Bool(false),
        Some(o) => Value::Bool(key(this) == key(o)),
        None => Value::NotImplemented,
    })
}

pub fn ne(i: &mut Interp, a: Args) -> PyResult<Value> {
    Ok(match eq(i, a)? {
        Value::Bool(b) => Value::Bool(!b),
        other => other,
    })
}

pub fn order(i: &mut Interp, a: Args, test: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    let (dt, that) = operands(i, &a)?;
    let this = key(dt);
    match (dt, that) {
        (Dt::Date(_), Some(Dt::DateTime { .. })) | (Dt::DateTime { .. }, Some(Dt::Date(_))) => {
            // `datetime` is a `date` subclass that refuses to be ordered against a plain date.
            return Err(i.type_error("can't compare datetime.datetime to datetime.date"));
        }
        (_, Some(o)) if key(o).0 == this.0 && aware(dt) != aware(o) => {
            let what = if matches!(dt, Dt::Time { .. }) { "times" } else { "datetimes" };
            return Err(i.type_error(format!("can't compare offset-naive and offset-aware {what}")));
        }
        _ => {}
    }
    Ok(match that.map(key) {
        Some(o) if o.0 == this.0 => Value::Bool(test(this.1.cmp(&o.1))),
        _ => Value::NotImplemented,
    })
}

pub fn lt(i: &mut Interp, a: Args) -> PyResult<Value> {
    order(i, a, std::cmp::Ordering::is_lt)
}
pub fn le(i: &mut Interp, a: Args) -> PyResult<Value> {
    order(i, a, std::cmp::Ordering::is_le)
}
pub fn gt(i: &mut Interp, a: Args) -> PyResult<Value> {
    order(i, a, std::cmp::Ordering::is_gt)
}
pub fn ge(i: &mut Interp, a: Args) -> PyResult<Value> {
    order(i, a, std::cmp::Ordering::is_ge)
}

pub fn hash(i: &mut Interp, a: Args) -> PyResult<Value> {
    let (kind, v) = key(receiver(i, &a)?);
    Ok(Value::Int(v.wrapping_mul(8).wrapping_add(i64::from(kind))))
}
