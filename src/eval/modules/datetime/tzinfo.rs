//! The `tzinfo` object a datetime or time carries: `timezone(offset, "IST")`, `ZoneInfo("UTC")` or a
//! user's own `tzinfo` subclass. The object itself is kept with the value (so `d.tzinfo is tz`, its
//! name and its `repr` survive arithmetic and `replace`), and the UTC offset it gives is kept in the
//! value's [`Dt`] state, where comparison, arithmetic and `isoformat` read it.
//!
//! A native `timezone` gives its fixed offset directly. For any other tzinfo the offset is what its
//! `utcoffset(dt)` returns for this very value (CPython asks each time; a datetime is immutable and a
//! tzinfo's answer depends only on the wall time it is given, so asking once when the value is made
//! gives the same offsets), validated the way CPython validates it. Naming (`tzname()`, `%Z`), `dst()`
//! and `repr` call the object when they are used.

use super::calendar::{DAY_US, Dt};
use super::dt_of;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use std::rc::Rc;

/// Where a datetime or time keeps the tzinfo object it was given (a name no program spells).
const TZINFO: &str = ".tzinfo";

/// The tzinfo object `value` (a datetime or time) carries, if it was given one.
pub(super) fn object(value: Option<&Value>) -> Option<Value> {
    match value {
        Some(Value::Instance(inst)) => inst.dict.borrow().get(TZINFO).cloned(),
        _ => None,
    }
}

/// `a` and `b` (datetimes or times) carry the very same tzinfo object: CPython then compares and
/// subtracts their wall times, ignoring the offsets (which a zone with DST gives differently).
pub(super) fn same_zone(a: Option<&Value>, b: Option<&Value>) -> bool {
    match (object(a), object(b)) {
        (Some(x), Some(y)) => x.is(&y),
        _ => false,
    }
}

/// `dt` without its UTC offset (its wall time), for values in the same zone (see [`same_zone`]).
pub(super) fn wall(dt: Dt) -> Dt {
    match dt {
        Dt::DateTime { day, us, tz: Some(_) } => Dt::DateTime { day, us, tz: Some(0) },
        Dt::Time { us, tz: Some(_) } => Dt::Time { us, tz: Some(0) },
        other => other,
    }
}

/// `tzinfo=` as given to a constructor: None (naive) or an instance of `datetime.tzinfo` (a native
/// `timezone` or any subclass); anything else is CPython's TypeError.
pub(super) fn argument(interp: &Interp, v: &Option<Value>) -> PyResult<Option<Value>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) if is_tzinfo(interp, v) => Ok(Some(v.clone())),
        Some(v) => Err(interp
            .type_error(format!("tzinfo argument must be None or of a tzinfo subclass, not type '{}'", v.type_name()))),
    }
}

/// Whether `v` is an instance of `datetime.tzinfo` (or of a subclass).
fn is_tzinfo(interp: &Interp, v: &Value) -> bool {
    let Value::Instance(inst) = v else { return false };
    if matches!(dt_of(v), Some(Dt::Zone(_))) {
        return true;
    }
    let base = interp.aux_classes.get("datetime.timezone").and_then(|zone| zone.bases.first().cloned());
    base.is_some_and(|tzinfo| inst.class.is_subclass_of(&tzinfo))
}

/// Gives `target` (a new datetime or time whose state holds its wall time) the tzinfo `zone`, and
/// its state the offset the zone gives (none for a naive value, or when `utcoffset()` says None).
pub(super) fn attach(interp: &mut Interp, target: &Value, zone: Option<Value>) -> PyResult<()> {
    let Value::Instance(inst) = target else { return Ok(()) };
    let Some(zone) = zone else {
        inst.dict.borrow_mut().shift_remove(TZINFO);
        return set_offset(target, None);
    };
    inst.dict.borrow_mut().insert(Name::from(TZINFO), zone.clone());
    let offset = match dt_of(&zone) {
        Some(Dt::Zone(o)) => Some(o),
        _ => {
            // CPython passes a datetime itself to `utcoffset`, and None for a time.
            let given = if matches!(dt_of(target), Some(Dt::Time { .. })) { Value::None } else { target.clone() };
            let answer = interp.call_method(&zone, "utcoffset", vec![given])?;
            offset_of(interp, &answer, "utcoffset")?
        }
    };
    set_offset(target, offset)
}

/// A `utcoffset()` / `dst()` answer as microseconds: None, or a timedelta strictly within a day.
pub(super) fn offset_of(interp: &Interp, answer: &Value, method: &str) -> PyResult<Option<i64>> {
    match (answer, dt_of(answer)) {
        (Value::None, _) => Ok(None),
        (_, Some(Dt::Delta(o))) if o.abs() < DAY_US => Ok(Some(o)),
        (_, Some(Dt::Delta(o))) => Err(super::zone::offset_range_error(interp, o)),
        _ => {
            Err(interp
                .type_error(format!("tzinfo.{method}() must return None or timedelta, not '{}'", answer.type_name())))
        }
    }
}

fn set_offset(target: &Value, offset: Option<i64>) -> PyResult<()> {
    let Value::Instance(inst) = target else { return Ok(()) };
    let state = match dt_of(target) {
        Some(Dt::DateTime { day, us, .. }) => Dt::DateTime { day, us, tz: offset },
        Some(Dt::Time { us, .. }) => Dt::Time { us, tz: offset },
        _ => return Ok(()),
    };
    *inst.native.borrow_mut() = Some(Rc::new(state));
    Ok(())
}

/// What `value.tzname()` answers: the tzinfo's `tzname(dt)` (a str or None), or, for a value made
/// with only an offset (`fromisoformat`), the name of that fixed offset.
pub(super) fn name(interp: &mut Interp, value: &Value) -> PyResult<Option<String>> {
    match object(Some(value)) {
        Some(zone) => {
            let given = if matches!(dt_of(value), Some(Dt::Time { .. })) { Value::None } else { value.clone() };
            match interp.call_method(&zone, "tzname", vec![given])? {
                Value::None => Ok(None),
                Value::Str(s) => Ok(Some(s.to_string())),
                other => Err(interp
                    .type_error(format!("tzinfo.tzname() must return None or a string, not '{}'", other.type_name()))),
            }
        }
        None => Ok(match dt_of(value) {
            Some(Dt::DateTime { tz: Some(o), .. } | Dt::Time { tz: Some(o), .. }) => {
                Some(super::calendar::zone_name(o))
            }
            _ => None,
        }),
    }
}

/// `dt.dst()`: the tzinfo's `dst(dt)` (None for a naive value or a plain offset).
pub(super) fn dst(interp: &mut Interp, a: Args) -> PyResult<Value> {
    let value = a.positional.first().cloned().unwrap_or(Value::None);
    let Some(zone) = object(Some(&value)) else { return Ok(Value::None) };
    if matches!(dt_of(&zone), Some(Dt::Zone(_))) {
        return Ok(Value::None);
    }
    let given = if matches!(dt_of(&value), Some(Dt::Time { .. })) { Value::None } else { value.clone() };
    let answer = interp.call_method(&zone, "dst", vec![given])?;
    offset_of(interp, &answer, "dst")?;
    Ok(answer)
}

/// The `tzinfo` attribute: the object given, or a `timezone` for a value made with only an offset.
pub(super) fn attribute(interp: &mut Interp, value: &Value, offset: Option<i64>) -> Value {
    match object(Some(value)) {
        Some(zone) => zone,
        None => offset.map_or(Value::None, |o| super::new_dt(interp, Dt::Zone(o))),
    }
}

/// The `, tzinfo=...` of a datetime's or time's repr.
pub(super) fn repr_suffix(interp: &mut Interp, value: &Value, offset: Option<i64>) -> PyResult<String> {
    Ok(match (object(Some(value)), offset) {
        (Some(zone), _) => format!(", tzinfo={}", interp.repr(&zone)?),
        (None, Some(o)) => format!(", tzinfo={}", super::zone::zone_repr(o)),
        (None, None) => String::new(),
    })
}
