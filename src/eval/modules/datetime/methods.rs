//! The Python-facing methods of the datetime classes. Each method is one function over [`Dt`]; the same
//! function is installed on every class it applies to (`datetime` also inherits `date`'s).

use super::calendar::{self, DAY_US, Dt, Fields};
use super::compare::*;
use super::constructors::*;
use super::delta::*;
use super::iso::*;
use super::strftime;
use super::zone::*;
use super::{Classes, dt_of, new_dt};
use crate::eval::ExcType;
use crate::eval::value::{Property, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use std::rc::Rc;

type Method = fn(&mut Interp, Args) -> PyResult<Value>;
type ClassRef<'a> = &'a Rc<crate::eval::value::Class>;

/// Puts the methods, properties and class methods on the classes.
pub fn install(c: &Classes) {
    let shared: [(&str, Method); 14] = [
        ("__repr__", repr),
        ("__str__", to_str),
        ("__format__", format),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__hash__", hash),
        ("__add__", add),
        ("__radd__", add),
        ("__sub__", sub),
        ("__rsub__", rsub),
    ];
    let all = [&c.date, &c.datetime, &c.time, &c.timedelta, &c.timezone];
    for class in all {
        let mut dict = class.dict.borrow_mut();
        for (name, f) in shared {
            dict.insert(Name::from(name), Interp::builtin(name, f));
        }
    }
    let by_class: [(ClassRef<'_>, &[(&str, Method)]); 5] = [
        (
            &c.date,
            &[
                ("__init__", init_date),
                ("isoformat", isoformat),
                ("strftime", strftime),
                ("replace", replace),
                ("weekday", weekday),
                ("isoweekday", isoweekday),
                ("toordinal", toordinal),
            ],
        ),
        (
            &c.datetime,
            &[
                ("__init__", init_datetime),
                ("date", date_part),
                ("time", time_part),
                ("utcoffset", utcoffset),
                ("tzname", tzname),
                ("dst", super::tzinfo::dst),
                ("timetz", timetz),
            ],
        ),
        (
            &c.time,
            &[
                ("__init__", init_time),
                ("isoformat", isoformat),
                ("strftime", strftime),
                ("replace", replace),
                ("utcoffset", utcoffset),
                ("tzname", tzname),
                ("dst", super::tzinfo::dst),
            ],
        ),
        (
            &c.timedelta,
            &[
                ("__init__", init_delta),
                ("total_seconds", total_seconds),
                ("__neg__", neg),
                ("__pos__", pos),
                ("__abs__", abs),
                ("__bool__", truthy),
                ("__mul__", mul),
                ("__rmul__", mul),
                ("__truediv__", truediv),
                ("__floordiv__", floordiv),
            ],
        ),
        (&c.timezone, &[("__init__", init_zone), ("utcoffset", utcoffset), ("tzname", tzname)]),
    ];
    for (class, methods) in by_class {
        let mut dict = class.dict.borrow_mut();
        for (name, f) in methods {
            dict.insert(Name::from(*name), Interp::builtin(name, *f));
        }
    }
    let props: [(&Rc<crate::eval::value::Class>, &[&str]); 3] = [
        (&c.date, &["year", "month", "day"]),
        (&c.datetime, &["hour", "minute", "second", "microsecond", "tzinfo"]),
        (&c.time, &["hour", "minute", "second", "microsecond", "tzinfo"]),
    ];
    for (class, names) in props {
        for name in names {
            add_property(class, name);
        }
    }
    for name in ["days", "seconds", "microseconds"] {
        add_property(&c.timedelta, name);
    }
    let class_methods: [(&Rc<crate::eval::value::Class>, &str, Method); 8] = [
        (&c.date, "today", today),
        (&c.date, "fromisoformat", fromisoformat),
        (&c.date, "fromordinal", fromordinal),
        (&c.datetime, "now", now),
        (&c.datetime, "utcnow", utcnow),
        (&c.datetime, "today", now),
        (&c.datetime, "combine", combine),
        (&c.time, "fromisoformat", fromisoformat),
    ];
    for (class, name, f) in class_methods {
        class.dict.borrow_mut().insert(Name::from(name), Value::ClassMethod(Rc::new(Interp::builtin(name, f))));
    }
}

fn add_property(class: &Rc<crate::eval::value::Class>, name: &'static str) {
    let getter = Interp::builtin(name, move |i, a| {
        let this = receiver(i, &a)?;
        Ok(attribute(i, this, name, a.positional.first()))
    });
    class.dict.borrow_mut().insert(
        Name::from(name),
        Value::Property(Rc::new(Property { getter, setter: None, deleter: None, doc: None })),
    );
}

fn attribute(interp: &mut Interp, dt: Dt, name: &str, value: Option<&Value>) -> Value {
    let (day, us, tz) = match dt {
        Dt::Date(day) => (day, 0, None),
        Dt::DateTime { day, us, tz } => (day, us, tz),
        Dt::Time { us, tz } => (1, us, tz),
        Dt::Delta(total) => {
            let (d, rest) = (total.div_euclid(DAY_US), total.rem_euclid(DAY_US));
            return Value::Int(match name {
                "days" => d,
                "seconds" => rest / 1_000_000,
                _ => rest % 1_000_000,
            });
        }
        Dt::Zone(_) => return Value::None,
    };
    let (y, m, d) = calendar::civil(day);
    let (h, mi, s, f) = calendar::clock(us);
    Value::Int(match name {
        "year" => y,
        "month" => m,
        "day" => d,
        "hour" => h,
        "minute" => mi,
        "second" => s,
        "microsecond" => f,
        _ => return super::tzinfo::attribute(interp, value.unwrap_or(&Value::None), tz),
    })
}

/// The state of `self` (the first positional argument).
pub(super) fn receiver(interp: &Interp, args: &Args) -> PyResult<Dt> {
    args.positional
        .first()
        .and_then(dt_of)
        .ok_or_else(|| interp.type_error("descriptor requires a 'datetime' module object"))
}

pub(super) fn other(args: &Args) -> Option<Dt> {
    args.positional.get(1).and_then(dt_of)
}

/// Arguments by name or position (after `self` when `skip` is 1), in the order of `names`.
pub(super) fn params(
    interp: &Interp,
    args: &Args,
    skip: usize,
    names: &[&str],
    what: &str,
) -> PyResult<Vec<Option<Value>>> {
    let positional = args.positional.get(skip..).unwrap_or_default();
    if positional.len() > names.len() {
        return Err(interp.type_error(format!("{what}() takes at most {} arguments", names.len())));
    }
    let mut out: Vec<Option<Value>> = names.iter().enumerate().map(|(i, _)| positional.get(i).cloned()).collect();
    for (k, v) in &args.keywords {
        match names.iter().position(|n| **n == **k) {
            Some(i) => {
                if let Some(slot) = out.get_mut(i) {
                    *slot = Some(v.clone());
                }
            }
            None => return Err(interp.type_error(format!("'{k}' is an invalid keyword argument for {what}()"))),
        }
    }
    Ok(out)
}

pub(super) fn int(interp: &Interp, v: &Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(Value::Int(n)) => Ok(*n),
        Some(Value::Bool(b)) => Ok(i64::from(*b)),
        Some(other) => {
            Err(interp.type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name())))
        }
    }
}

pub(super) fn required(interp: &Interp, v: &Option<Value>, name: &str, what: &str) -> PyResult<i64> {
    match v {
        None => Err(interp.type_error(format!("{what}() missing required argument '{name}'"))),
        some => int(interp, some, 0),
    }
}

pub(super) fn set_state(args: &Args, dt: Dt) -> Value {
    if let Some(Value::Instance(inst)) = args.positional.first() {
        *inst.native.borrow_mut() = Some(Rc::new(dt));
    }
    Value::None
}

pub(super) fn clock_us(interp: &Interp, p: &[Option<Value>]) -> PyResult<i64> {
    let get = |i: usize| p.get(i).cloned().flatten();
    let (h, m, s, f) =
        (int(interp, &get(0), 0)?, int(interp, &get(1), 0)?, int(interp, &get(2), 0)?, int(interp, &get(3), 0)?);
    let checks = [
        (h, 23, "hour must be in 0..23"),
        (m, 59, "minute must be in 0..59"),
        (s, 59, "second must be in 0..59"),
        (f, 999_999, "microsecond must be in 0..999999"),
    ];
    for (v, max, msg) in checks {
        if !(0..=max).contains(&v) {
            return Err(interp.value_error(msg));
        }
    }
    Ok(((h * 60 + m) * 60 + s) * 1_000_000 + f)
}

pub(super) fn day_of(interp: &Interp, y: i64, m: i64, d: i64) -> PyResult<i64> {
    calendar::ordinal(y, m, d).map_err(|e| interp.value_error(e))
}

fn init_date(i: &mut Interp, a: Args) -> PyResult<Value> {
    let p = params(i, &a, 1, &["year", "month", "day"], "date")?;
    let day = day_of(
        i,
        required(i, &p[0], "year", "date")?,
        required(i, &p[1], "month", "date")?,
        required(i, &p[2], "day", "date")?,
    )?;
    Ok(set_state(&a, Dt::Date(day)))
}

fn init_datetime(i: &mut Interp, a: Args) -> PyResult<Value> {
    let names = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo"];
    let p = params(i, &a, 1, &names, "datetime")?;
    let day = day_of(
        i,
        required(i, &p[0], "year", "datetime")?,
        required(i, &p[1], "month", "datetime")?,
        required(i, &p[2], "day", "datetime")?,
    )?;
    let us = clock_us(i, p.get(3..7).unwrap_or_default())?;
    let zone = super::tzinfo::argument(i, &p[7])?;
    set_state(&a, Dt::DateTime { day, us, tz: None });
    super::tzinfo::attach(i, a.positional.first().unwrap_or(&Value::None), zone)?;
    Ok(Value::None)
}

fn init_time(i: &mut Interp, a: Args) -> PyResult<Value> {
    let p = params(i, &a, 1, &["hour", "minute", "second", "microsecond", "tzinfo"], "time")?;
    let us = clock_us(i, p.get(0..4).unwrap_or_default())?;
    let zone = super::tzinfo::argument(i, &p[4])?;
    set_state(&a, Dt::Time { us, tz: None });
    super::tzinfo::attach(i, a.positional.first().unwrap_or(&Value::None), zone)?;
    Ok(Value::None)
}

fn init_delta(i: &mut Interp, a: Args) -> PyResult<Value> {
    let names = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];
    let scale = [DAY_US as f64, 1e6, 1.0, 1e3, 6e7, 3.6e9, 7.0 * DAY_US as f64];
    let p = params(i, &a, 1, &names, "timedelta")?;
    let mut total: i128 = 0;
    let mut fraction = 0.0f64;
    for (v, s) in p.iter().zip(scale) {
        match v {
            None => {}
            Some(Value::Int(n)) => total += i128::from(*n) * s as i128,
            Some(Value::Bool(b)) => total += i128::from(*b) * s as i128,
            Some(Value::Float(f)) => fraction += f * s,
            Some(other) => {
                return Err(i.type_error(format!("unsupported type for timedelta component: {}", other.type_name())));
            }
        }
    }
    let total = total as f64 + fraction.round_ties_even();
    let total = checked_delta(i, total)?;
    Ok(set_state(&a, Dt::Delta(total)))
}

/// A timedelta total within what an i64 of microseconds holds (about ±106 million days).
fn checked_delta(i: &Interp, total: f64) -> PyResult<i64> {
    if !total.is_finite() || total.abs() >= 9.2e18 {
        return Err(i.error(ExcType::OverflowError, "days value out of range"));
    }
    Ok(total as i64)
}

fn repr(i: &mut Interp, a: Args) -> PyResult<Value> {
    let this = a.positional.first().cloned().unwrap_or(Value::None);
    let text = match receiver(i, &a)? {
        Dt::Date(day) => {
            let (y, m, d) = calendar::civil(day);
            format!("datetime.date({y}, {m}, {d})")
        }
        Dt::DateTime { day, us, tz } => {
            let (y, m, d) = calendar::civil(day);
            let zone = super::tzinfo::repr_suffix(i, &this, tz)?;
            format!("datetime.datetime({y}, {m}, {d}, {}{zone})", clock_repr(us))
        }
        Dt::Time { us, tz } => {
            let zone = super::tzinfo::repr_suffix(i, &this, tz)?;
            format!("datetime.time({}{zone})", clock_repr(us))
        }
        Dt::Delta(t) => calendar::delta_repr(t),
        Dt::Zone(o) => match zone_given_name(a.positional.first()) {
            Some(name) => format!("datetime.timezone({}, {})", calendar::delta_repr(o), crate::pyfmt::repr_str(&name)),
            None => zone_repr(o),
        },
    };
    Ok(Value::str(&text))
}

/// `h, m[, s[, us]]` as the constructors' reprs print them.
fn clock_repr(us: i64) -> String {
    let (h, m, s, f) = calendar::clock(us);
    match (s, f) {
        (0, 0) => format!("{h}, {m}"),
        (_, 0) => format!("{h}, {m}, {s}"),
        _ => format!("{h}, {m}, {s}, {f}"),
    }
}

/// What `strftime` reads of `value` for `format`: the zone's name is asked for only when the format
/// has `%Z` (CPython calls `tzname()` for that directive alone).
fn fields(i: &mut Interp, dt: Dt, value: Option<&Value>, format: &str) -> PyResult<Fields> {
    let zone = match value {
        Some(v) if format.contains("%Z") => super::tzinfo::name(i, v)?,
        _ => None,
    };
    Ok(match dt {
        Dt::Date(day) => Fields { day, us: 0, tz: None, zone },
        Dt::DateTime { day, us, tz } => Fields { day, us, tz, zone },
        Dt::Time { us, tz } => Fields { day: calendar::ordinal(1900, 1, 1).unwrap_or(1), us, tz, zone },
        Dt::Delta(_) | Dt::Zone(_) => Fields { day: 1, us: 0, tz: None, zone },
    })
}

fn strftime(i: &mut Interp, a: Args) -> PyResult<Value> {
    let dt = receiver(i, &a)?;
    match a.positional.get(1) {
        Some(Value::Str(f)) => {
            let fields = fields(i, dt, a.positional.first(), f)?;
            Ok(Value::str(&strftime::strftime(&fields, f)))
        }
        _ => Err(i.type_error("strftime() argument 1 must be str")),
    }
}

fn format(i: &mut Interp, a: Args) -> PyResult<Value> {
    let dt = receiver(i, &a)?;
    match a.positional.get(1) {
        Some(Value::Str(f)) if f.is_empty() => Ok(Value::str(&iso(dt, " "))),
        Some(Value::Str(f)) if matches!(dt, Dt::Delta(_) | Dt::Zone(_)) => Err(
            i.type_error(format!("unsupported format string passed to {}.__format__", type_name(dt)).replace("{f}", f))
        ),
        Some(Value::Str(f)) => {
            let fields = fields(i, dt, a.positional.first(), f)?;
            Ok(Value::str(&strftime::strftime(&fields, f)))
        }
        _ => Err(i.type_error("format() argument must be str")),
    }
}

fn type_name(dt: Dt) -> &'static str {
    match dt {
        Dt::Date(_) => "date",
        Dt::DateTime { .. } => "datetime",
        Dt::Time { .. } => "time",
        Dt::Delta(_) => "timedelta",
        Dt::Zone(_) => "timezone",
    }
}

/// A datetime `day, us` normalised, or OverflowError outside years 1..9999, in the zone of `from`
/// (the datetime it was computed from: its tzinfo object is kept, and asked for the new offset).
fn shifted(i: &mut Interp, day: i64, us: i64, tz: Option<i64>, from: Option<&Value>) -> PyResult<Value> {
    let day = day.checked_add(us.div_euclid(DAY_US)).filter(|d| (1..=3_652_059).contains(d));
    let Some(day) = day else { return Err(i.error(ExcType::OverflowError, "date value out of range")) };
    let moved = new_dt(i, Dt::DateTime { day, us: us.rem_euclid(DAY_US), tz });
    if let Some(zone) = super::tzinfo::object(from) {
        super::tzinfo::attach(i, &moved, Some(zone))?;
    }
    Ok(moved)
}

fn add(i: &mut Interp, a: Args) -> PyResult<Value> {
    let this = receiver(i, &a)?;
    match (this, other(&a)) {
        (Dt::Date(day), Some(Dt::Delta(t))) | (Dt::Delta(t), Some(Dt::Date(day))) => {
            let day = day.checked_add(t.div_euclid(DAY_US)).filter(|d| (1..=3_652_059).contains(d));
            match day {
                Some(day) => Ok(new_dt(i, Dt::Date(day))),
                None => Err(i.error(ExcType::OverflowError, "date value out of range")),
            }
        }
        (Dt::DateTime { day, us, tz }, Some(Dt::Delta(t))) => {
            shifted(i, day, us.saturating_add(t), tz, a.positional.first())
        }
        (Dt::Delta(t), Some(Dt::DateTime { day, us, tz })) => {
            shifted(i, day, us.saturating_add(t), tz, a.positional.get(1))
        }
        (Dt::Delta(x), Some(Dt::Delta(y))) => delta(i, x.checked_add(y)),
        _ => Ok(Value::NotImplemented),
    }
}

pub(super) fn delta(i: &mut Interp, total: Option<i64>) -> PyResult<Value> {
    match total {
        Some(t) => Ok(new_dt(i, Dt::Delta(t))),
        None => Err(i.error(ExcType::OverflowError, "days value out of range")),
    }
}

fn sub(i: &mut Interp, a: Args) -> PyResult<Value> {
    let this = receiver(i, &a)?;
    match (this, other(&a)) {
        (Dt::Date(_) | Dt::DateTime { .. }, Some(Dt::Delta(t))) => {
            let negated = Args::positional(vec![a.positional[0].clone(), new_dt(i, Dt::Delta(-t))]);
            add(i, negated)
        }
        (Dt::Date(x), Some(Dt::Date(y))) => delta(i, (x - y).checked_mul(DAY_US)),
        (Dt::DateTime { tz: tx, .. }, Some(o @ Dt::DateTime { tz: ty, .. })) => {
            if tx.is_some() != ty.is_some() {
                return Err(i.type_error("can't subtract offset-naive and offset-aware datetimes"));
            }
            let (this, o) = if super::tzinfo::same_zone(a.positional.first(), a.positional.get(1)) {
                (super::tzinfo::wall(this), super::tzinfo::wall(o))
            } else {
                (this, o)
            };
            delta(i, key(this).1.checked_sub(key(o).1))
        }
        (Dt::Delta(x), Some(Dt::Delta(y))) => delta(i, x.checked_sub(y)),
        _ => Ok(Value::NotImplemented),
    }
}

fn rsub(i: &mut Interp, a: Args) -> PyResult<Value> {
    let this = receiver(i, &a)?;
    match (this, other(&a)) {
        (Dt::Delta(x), Some(Dt::Delta(y))) => delta(i, y.checked_sub(x)),
        _ => Ok(Value::NotImplemented),
    }
}
