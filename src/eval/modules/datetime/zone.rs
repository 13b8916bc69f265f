//! `datetime.timezone`: a fixed UTC offset, and the name it may be given (`timezone(offset, "EST")`),
//! which its `str()`, `repr()` and `tzname()` show.

use super::calendar::{self, DAY_US, Dt};
use super::dt_of;
use super::methods::{params, set_state};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;

pub(super) fn init_zone(i: &mut Interp, a: Args) -> PyResult<Value> {
    let p = params(i, &a, 1, &["offset", "name"], "timezone")?;
    match p[0].as_ref().and_then(dt_of) {
        Some(Dt::Delta(o)) if o.abs() < DAY_US => {
            match &p[1] {
                None => {}
                Some(name @ Value::Str(_)) => {
                    if let Some(Value::Instance(zone)) = a.positional.first() {
                        zone.dict.borrow_mut().insert(Name::from(ZONE_NAME), name.clone());
                    }
                }
                Some(other) => {
                    let shown = other.type_name();
                    return Err(i.type_error(format!("timezone() argument 2 must be str, not {shown}")));
                }
            }
            Ok(set_state(&a, Dt::Zone(o)))
        }
        Some(Dt::Delta(o)) => Err(offset_range_error(i, o)),
        _ => Err(i.type_error("timezone() argument 1 must be datetime.timedelta")),
    }
}

/// CPython's error for a UTC offset of a day or more (from `timezone()` or a tzinfo's `utcoffset()`).
pub(super) fn offset_range_error(i: &Interp, offset: i64) -> Box<crate::eval::Exc> {
    i.value_error(format!(
        "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {}.",
        calendar::delta_repr(offset)
    ))
}

/// Where a `timezone` keeps the name it was given (`timezone(offset, "EST")`).
pub(super) const ZONE_NAME: &str = "_timezone__name";

/// The name a `timezone` instance was given, if any.
pub(super) fn zone_given_name(zone: Option<&Value>) -> Option<String> {
    match zone {
        Some(Value::Instance(inst)) => match inst.dict.borrow().get(ZONE_NAME) {
            Some(Value::Str(s)) => Some(s.to_string()),
            _ => None,
        },
        _ => None,
    }
}

pub(super) fn zone_repr(o: i64) -> String {
    if o == 0 { "datetime.timezone.utc".into() } else { format!("datetime.timezone({})", calendar::delta_repr(o)) }
}
