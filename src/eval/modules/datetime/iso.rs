//! ISO 8601 text: `str()` of the datetime types and `isoformat(sep, timespec)`.

use super::calendar::{self, Dt};
use super::methods::{params, receiver};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};

pub(super) fn iso(dt: Dt, sep: &str) -> String {
    match dt {
        Dt::Date(day) => calendar::date_iso(day),
        Dt::DateTime { day, us, tz } => calendar::datetime_iso(day, us, tz, sep),
        Dt::Time { us, tz } => {
            format!("{}{}", calendar::time_iso(us), tz.map(calendar::offset_iso).unwrap_or_default())
        }
        Dt::Delta(t) => calendar::delta_str(t),
        Dt::Zone(o) => calendar::zone_name(o),
    }
}

pub(super) fn to_str(i: &mut Interp, a: Args) -> PyResult<Value> {
    let dt = receiver(i, &a)?;
    if let (Dt::Zone(_), Some(name)) = (dt, super::zone::zone_given_name(a.positional.first())) {
        return Ok(Value::str(&name));
    }
    Ok(Value::str(&iso(dt, " ")))
}

pub(super) fn isoformat(i: &mut Interp, a: Args) -> PyResult<Value> {
    let dt = receiver(i, &a)?;
    let p = params(i, &a, 1, &["sep", "timespec"], "isoformat")?;
    let sep = match &p[0] {
        Some(Value::Str(s)) => s.to_string(),
        _ => "T".into(),
    };
    let spec = match &p[1] {
        None => "auto".to_string(),
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => {
            return Err(i.type_error(format!("isoformat() argument 2 must be str, not {}", other.type_name())));
        }
    };
    let (us, tz) = match dt {
        Dt::DateTime { us, tz, .. } | Dt::Time { us, tz } if spec != "auto" => (us, tz),
        _ => return Ok(Value::str(&iso(dt, &sep))),
    };
    // `timespec`: how much of the time to show.
    let (h, mi, s, f) = calendar::clock(us);
    let time = match spec.as_str() {
        "hours" => format!("{h:02}"),
        "minutes" => format!("{h:02}:{mi:02}"),
        "seconds" => format!("{h:02}:{mi:02}:{s:02}"),
        "milliseconds" => format!("{h:02}:{mi:02}:{s:02}.{:03}", f / 1000),
        "microseconds" => format!("{h:02}:{mi:02}:{s:02}.{f:06}"),
        _ => return Err(i.value_error("Unknown timespec value")),
    };
    let zone = tz.map(calendar::offset_iso).unwrap_or_default();
    Ok(Value::str(&match dt {
        Dt::DateTime { day, .. } => format!("{}{sep}{time}{zone}", calendar::date_iso(day)),
        _ => format!("{time}{zone}"),
    }))
}
