//! The `datetime` module: `date`, `datetime`, `time`, `timedelta` and `timezone` as real classes (usable
//! in `isinstance` and `Mapped[datetime]`) whose instances carry a [`Dt`] as native state. The calendar
//! arithmetic lives in `calendar`, the Python-facing methods in `methods`.
//!
//! The classes belong to one interpreter (created when it starts, see [`prepare`]); the ORM passes its
//! interpreter when it turns `DateTime`/`Date`/`Time` cells back into these objects, so two interpreters
//! alive on one thread each get their own classes.

mod calendar;
mod compare;
pub(crate) mod constructors;
mod delta;
mod iso;
mod methods;
mod strftime;
mod tzinfo;
mod zone;

pub use calendar::Dt;

use crate::eval::value::Namespace;
use crate::eval::value::{Class, Module, Value};
use crate::eval::{Interp, PyResult};
use crate::ir::Name;
use std::cell::RefCell;
use std::rc::Rc;

/// The five classes of one interpreter.
#[derive(Clone)]
pub struct Classes {
    pub date: Rc<Class>,
    pub datetime: Rc<Class>,
    pub time: Rc<Class>,
    pub timedelta: Rc<Class>,
    pub timezone: Rc<Class>,
}

fn new_class(interp: &Interp, name: &str, base: Option<&Rc<Class>>) -> Rc<Class> {
    let object = interp.types.object.clone();
    let (bases, mro_tail) = Class::single_base(base.cloned(), &object);
    Rc::new(Class::new(name, "datetime", bases, mro_tail, interp.next_id()))
}

/// The interpreter's datetime classes, created (with their methods) on first use.
pub fn classes(interp: &mut Interp) -> Classes {
    if let Some(c) = existing(interp) {
        return c;
    }
    let date = new_class(interp, "date", None);
    let datetime = new_class(interp, "datetime", Some(&date));
    let tzinfo = new_class(interp, "tzinfo", None);
    let timezone = new_class(interp, "timezone", Some(&tzinfo));
    let c = Classes {
        date,
        datetime,
        time: new_class(interp, "time", None),
        timedelta: new_class(interp, "timedelta", None),
        timezone,
    };
    for (key, class) in [
        ("date", &c.date),
        ("datetime", &c.datetime),
        ("time", &c.time),
        ("timedelta", &c.timedelta),
        ("timezone", &c.timezone),
    ] {
        interp.aux_classes.insert(format!("datetime.{key}"), class.clone());
    }
    methods::install(&c);
    let utc = make(interp, &c, Dt::Zone(0));
    c.timezone.dict.borrow_mut().insert(Name::from("utc"), utc);
    c
}

/// The interpreter's datetime classes, if they were created.
fn existing(interp: &Interp) -> Option<Classes> {
    let get = |name: &str| interp.aux_classes.get(name).cloned();
    Some(Classes {
        date: get("datetime.date")?,
        datetime: get("datetime.datetime")?,
        time: get("datetime.time")?,
        timedelta: get("datetime.timedelta")?,
        timezone: get("datetime.timezone")?,
    })
}

/// Called when an interpreter starts, so that the ORM can build datetime objects from cells.
pub fn prepare(interp: &mut Interp) {
    classes(interp);
}

pub fn module(interp: &mut Interp) -> PyResult<Rc<Module>> {
    let c = classes(interp);
    let m = Rc::new(Module::new("datetime"));
    m.set("date", Value::Class(c.date.clone()));
    m.set("datetime", Value::Class(c.datetime.clone()));
    m.set("time", Value::Class(c.time.clone()));
    m.set("timedelta", Value::Class(c.timedelta.clone()));
    m.set("timezone", Value::Class(c.timezone.clone()));
    if let Some(tzinfo) = c.timezone.bases.first() {
        m.set("tzinfo", Value::Class(tzinfo.clone()));
    }
    m.set("MINYEAR", Value::Int(1));
    m.set("MAXYEAR", Value::Int(9999));
    m.set("UTC", make(interp, &c, Dt::Zone(0)));
    // The rarer methods and constants are Python, installed on the native classes.
    let more = interp.source_submodule("_datetime_more")?;
    if let Some(install) = more.get("install") {
        let classes = [&c.date, &c.datetime, &c.time, &c.timedelta, &c.timezone];
        let args = classes.iter().map(|k| Value::Class((*k).clone())).collect();
        interp.call(&install, crate::eval::Args::positional(args))?;
    }
    if let Some(iso) = more.get("IsoCalendarDate") {
        m.set("IsoCalendarDate", iso);
    }
    Ok(m)
}

/// A new object of the interpreter's class matching `dt`.
pub fn new_dt(interp: &mut Interp, dt: Dt) -> Value {
    let c = classes(interp);
    make(interp, &c, dt)
}

/// A new object of the class matching `dt`.
pub fn make(interp: &Interp, c: &Classes, dt: Dt) -> Value {
    let class = match dt {
        Dt::Date(_) => &c.date,
        Dt::DateTime { .. } => &c.datetime,
        Dt::Time { .. } => &c.time,
        Dt::Delta(_) => &c.timedelta,
        Dt::Zone(_) => &c.timezone,
    };
    Value::Instance(Rc::new(crate::eval::value::Instance {
        class: class.clone(),
        dict: RefCell::new(Namespace::default()),
        native: RefCell::new(Some(Rc::new(dt))),
        id: interp.next_id(),
    }))
}

/// (year, month, day) of a day ordinal (for the SQL layer's date values).
pub fn civil(ordinal: i64) -> (i64, i64, i64) {
    calendar::civil(ordinal)
}

/// The day ordinal of a valid (year, month, day).
pub fn ordinal(y: i64, m: i64, d: i64) -> Option<i64> {
    calendar::ordinal(y, m, d).ok()
}

/// The datetime state of a value, if it is one of this module's objects.
pub fn dt_of(v: &Value) -> Option<Dt> {
    let Value::Instance(inst) = v else { return None };
    let native = inst.native.borrow().clone()?;
    native.downcast::<Dt>().ok().map(|d| *d)
}

/// The text a date, datetime or time is stored as in a typed SQLite column (SQLAlchemy's SQLite
/// `DATETIME` format: a space, not `T`, and the wall time: an aware datetime's tzinfo is dropped,
/// not converted to UTC).
pub fn to_sql_text(v: &Value) -> Option<String> {
    Some(match dt_of(v)? {
        Dt::Date(day) => calendar::date_iso(day),
        Dt::DateTime { day, us, .. } => calendar::datetime_iso(day, us, None, " "),
        Dt::Time { us, .. } => calendar::time_iso(us),
        Dt::Delta(_) | Dt::Zone(_) => return None,
    })
}

/// pysqlite's default adapter for an untyped parameter: `isoformat(" ")`, the UTC offset included.
pub fn to_pysqlite_text(v: &Value) -> Option<String> {
    match dt_of(v)? {
        Dt::DateTime { day, us, tz } => Some(calendar::datetime_iso(day, us, tz, " ")),
        _ => to_sql_text(v),
    }
}

/// Which kind of object a stored text comes back as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SqlKind {
    Date,
    DateTime,
    Time,
    /// `Interval` on SQLite: stored as the epoch plus the delta, read back as the difference.
    Interval,
}

/// The object for stored text of a date/datetime/time column, or `None` if the text does not parse
/// (the caller then keeps the text, as SQLAlchemy would raise only on read in odd cases).
pub fn from_sql_text(interp: &Interp, text: &str, kind: SqlKind) -> Option<Value> {
    let dt = match kind {
        SqlKind::Date => Dt::Date(calendar::parse_datetime(text)?.0),
        SqlKind::DateTime => {
            let (day, us, _) = calendar::parse_datetime(text)?;
            Dt::DateTime { day, us, tz: None }
        }
        SqlKind::Time => Dt::Time { us: calendar::parse_time(text)?.0, tz: None },
        SqlKind::Interval => {
            let (day, us, _) = calendar::parse_datetime(text)?;
            let (epoch, _, _) = calendar::parse_datetime("1970-01-01")?;
            Dt::Delta((day - epoch).checked_mul(calendar::DAY_US)?.checked_add(us)?)
        }
    };
    existing(interp).map(|c| make(interp, &c, dt))
}
