//! Alternate constructors (`now`, `utcnow`, `today`, `fromisoformat`, `combine`) and the methods that
//! derive a new object from an old one (`replace`, `date()`, `time()`, `weekday()`…).

use super::calendar::{self, DAY_US, Dt};
use super::methods::{clock_us, day_of, int, params, receiver};
use super::new_dt;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};

/// Microseconds since the Unix epoch, from the host clock (the browser's in wasm).
pub(crate) fn unix_now_us() -> i64 {
    #[cfg(target_arch = "wasm32")]
    {
        (js_sys::Date::now() * 1000.0) as i64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_micros()).unwrap_or(0))
    }
}

/// The current UTC moment as (day ordinal, microseconds). The playground has no local zone: local is UTC.
fn now_parts() -> (i64, i64) {
    let t = unix_now_us();
    (calendar::ordinal(1970, 1, 1).unwrap_or(719_163) + t.div_euclid(DAY_US), t.rem_euclid(DAY_US))
}

pub fn today(i: &mut Interp, a: Args) -> PyResult<Value> {
    let (day, us) = now_parts();
    let is_datetime = matches!(a.positional.first(), Some(Value::Class(c)) if &*c.name == "datetime");
    let dt = if is_datetime { Dt::DateTime { day, us, tz: None } } else { Dt::Date(day) };
    Ok(new_dt(i, dt))
}

/// `datetime.now(tz)`: the UTC moment converted to the zone (a `timezone` adds its offset; any
/// other tzinfo converts through its `fromutc`, as CPython does).
pub fn now(i: &mut Interp, a: Args) -> PyResult<Value> {
    let p = params(i, &a, 1, &["tz"], "now")?;
    let zone = super::tzinfo::argument(i, &p[0])?;
    let (day, us) = now_parts();
    match zone {
        None => Ok(new_dt(i, Dt::DateTime { day, us, tz: None })),
        Some(zone) => {
            if let Some(Dt::Zone(o)) = super::dt_of(&zone) {
                let us = us + o;
                let local = Dt::DateTime { day: day + us.div_euclid(DAY_US), us: us.rem_euclid(DAY_US), tz: Some(o) };
                let moment = new_dt(i, local);
                super::tzinfo::attach(i, &moment, Some(zone))?;
                return Ok(moment);
            }
            let utc = new_dt(i, Dt::DateTime { day, us, tz: None });
            super::tzinfo::attach(i, &utc, Some(zone.clone()))?;
            i.call_method(&zone, "fromutc", vec![utc])
        }
    }
}

pub fn utcnow(i: &mut Interp, _: Args) -> PyResult<Value> {
    let (day, us) = now_parts();
    Ok(new_dt(i, Dt::DateTime { day, us, tz: None }))
}

pub fn fromisoformat(i: &mut Interp, a: Args) -> PyResult<Value> {
    let class = match a.positional.first() {
        Some(Value::Class(c)) => c.name.to_string(),
        _ => String::new(),
    };
    let Some(Value::Str(text)) = a.positional.get(1) else {
        return Err(i.type_error("fromisoformat: argument must be str"));
    };
    let dt = match class.as_str() {
        "time" => calendar::parse_time(text).map(|(us, tz)| Dt::Time { us, tz }),
        "date" => calendar::parse_date(text).map(Dt::Date),
        _ => calendar::parse_datetime(text).map(|(day, us, tz)| Dt::DateTime { day, us, tz }),
    };
    match dt {
        Some(dt) => Ok(new_dt(i, dt)),
        None => Err(i.value_error(format!("Invalid isoformat string: '{text}'"))),
    }
}

pub fn fromordinal(i: &mut Interp, a: Args) -> PyResult<Value> {
    let n = int(i, &a.positional.get(1).cloned(), 0)?;
    if !(1..=3_652_059).contains(&n) {
        return Err(i.value_error("ordinal must be >= 1"));
    }
    Ok(new_dt(i, Dt::Date(n)))
}

pub fn combine(i: &mut Interp, a: Args) -> PyResult<Value> {
    let p = params(i, &a, 1, &["date", "time", "tzinfo"], "combine")?;
    let day = match p[0].as_ref().and_then(super::dt_of) {
        Some(Dt::Date(day) | Dt::DateTime { day, .. }) => day,
        _ => return Err(i.type_error("combine() argument 1 must be datetime.date")),
    };
    let (us, tz) = match p[1].as_ref().and_then(super::dt_of) {
        Some(Dt::Time { us, tz }) => (us, tz),
        _ => return Err(i.type_error("combine() argument 2 must be datetime.time")),
    };
    let combined = new_dt(i, Dt::DateTime { day, us, tz });
    let zone = match &p[2] {
        Some(given) => super::tzinfo::argument(i, &Some(given.clone()))?,
        None => super::tzinfo::object(p[1].as_ref()),
    };
    if zone.is_some() || p[2].is_some() {
        super::tzinfo::attach(i, &combined, zone)?;
    }
    Ok(combined)
}

/// `replace(**fields)`: the same object with some fields changed, validated like the constructor.
pub fn replace(i: &mut Interp, a: Args) -> PyResult<Value> {
    let this = receiver(i, &a)?;
    let (day, us, tz) = match this {
        Dt::Date(day) => (day, 0, None),
        Dt::DateTime { day, us, tz } => (day, us, tz),
        Dt::Time { us, tz } => (1, us, tz),
        _ => return Err(i.type_error("replace() is not supported here")),
    };
    let (y, m, d) = calendar::civil(day);
    let (h, mi, s, f) = calendar::clock(us);
    let names = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo"];
    let current = [y, m, d, h, mi, s, f];
    let skip_date = matches!(this, Dt::Time { .. });
    let p = match this {
        Dt::Time { .. } => {
            let mut p = vec![None, None, None];
            p.extend(params(i, &a, 1, names.get(3..).unwrap_or_default(), "replace")?);
            p
        }
        Dt::Date(_) => params(i, &a, 1, names.get(..3).unwrap_or_default(), "replace")?,
        _ => params(i, &a, 1, &names, "replace")?,
    };
    let mut v = [0i64; 7];
    for (k, slot) in v.iter_mut().enumerate() {
        *slot = int(i, &p.get(k).cloned().flatten(), current.get(k).copied().unwrap_or(0))?;
    }
    let day = if skip_date { 1 } else { day_of(i, v[0], v[1], v[2])? };
    let clock: Vec<Option<Value>> = v.get(3..).unwrap_or_default().iter().map(|n| Some(Value::Int(*n))).collect();
    let us = clock_us(i, &clock)?;
    let dt = match this {
        Dt::Date(_) => Dt::Date(day),
        Dt::Time { .. } => Dt::Time { us, tz },
        _ => Dt::DateTime { day, us, tz },
    };
    let replaced = new_dt(i, dt);
    // The tzinfo given (`tzinfo=None` makes the value naive), else the one it had, asked again for the
    // offset at the new wall time.
    let zone = match p.get(7) {
        Some(Some(given)) => Some(super::tzinfo::argument(i, &Some(given.clone()))?),
        _ => super::tzinfo::object(a.positional.first()).map(Some),
    };
    if let Some(zone) = zone {
        super::tzinfo::attach(i, &replaced, zone)?;
    }
    Ok(replaced)
}

pub fn date_part(i: &mut Interp, a: Args) -> PyResult<Value> {
    match receiver(i, &a)? {
        Dt::DateTime { day, .. } | Dt::Date(day) => Ok(new_dt(i, Dt::Date(day))),
        _ => Err(i.type_error("date() requires a datetime")),
    }
}

pub fn time_part(i: &mut Interp, a: Args) -> PyResult<Value> {
    match receiver(i, &a)? {
        Dt::DateTime { us, .. } => Ok(new_dt(i, Dt::Time { us, tz: None })),
        _ => Err(i.type_error("time() requires a datetime")),
    }
}

/// `dt.timetz()`: the time of day with the datetime's tzinfo.
pub fn timetz(i: &mut Interp, a: Args) -> PyResult<Value> {
    match receiver(i, &a)? {
        Dt::DateTime { us, tz, .. } => {
            let time = new_dt(i, Dt::Time { us, tz });
            if let Some(zone) = super::tzinfo::object(a.positional.first()) {
                super::tzinfo::attach(i, &time, Some(zone))?;
            }
            Ok(time)
        }
        _ => Err(i.type_error("timetz() requires a datetime")),
    }
}

fn day(i: &Interp, a: &Args) -> PyResult<i64> {
    match receiver(i, a)? {
        Dt::DateTime { day, .. } | Dt::Date(day) => Ok(day),
        _ => Err(i.type_error("descriptor requires a 'datetime.date' object")),
    }
}

pub fn weekday(i: &mut Interp, a: Args) -> PyResult<Value> {
    Ok(Value::Int(calendar::weekday(day(i, &a)?)))
}

pub fn isoweekday(i: &mut Interp, a: Args) -> PyResult<Value> {
    Ok(Value::Int(calendar::weekday(day(i, &a)?) + 1))
}

pub fn toordinal(i: &mut Interp, a: Args) -> PyResult<Value> {
    Ok(Value::Int(day(i, &a)?))
}

pub fn utcoffset(i: &mut Interp, a: Args) -> PyResult<Value> {
    let offset = match receiver(i, &a)? {
        Dt::DateTime { tz, .. } | Dt::Time { tz, .. } => tz,
        Dt::Zone(o) => Some(o),
        _ => None,
    };
    Ok(offset.map_or(Value::None, |o| new_dt(i, Dt::Delta(o))))
}

pub fn tzname(i: &mut Interp, a: Args) -> PyResult<Value> {
    match receiver(i, &a)? {
        Dt::Zone(o) => Ok(Value::str(
            &super::zone::zone_given_name(a.positional.first()).unwrap_or_else(|| calendar::zone_name(o)),
        )),
        _ => {
            let this = a.positional.first().cloned().unwrap_or(Value::None);
            Ok(super::tzinfo::name(i, &this)?.map_or(Value::None, |n| Value::str(&n)))
        }
    }
}
