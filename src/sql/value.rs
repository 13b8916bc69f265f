//! [`SqlValue`]: a Python value as the SQL layer sees it — what a bound parameter carries — and the two
//! things SQLAlchemy does with one: *bind processing* (the value the driver receives, and the engine log
//! shows: `True` becomes `1` on SQLite, a `datetime` becomes `'2024-01-02 03:04:05.000000'`) and *literal
//! rendering* (`literal_binds=True`: `'it''s'`, `5`, `'2024-01-02'`).
//!
//! The Python-facing layer converts evaluator values to and from this type; nothing here knows the
//! evaluator.

use super::types::{Affinity, SqlType, TypeKind};
use crate::db::Cell;
use std::any::Any;
use std::rc::Rc;

/// A value a statement carries.
#[derive(Clone)]
pub enum SqlValue {
    None,
    Bool(bool),
    Int(i64),
    /// An integer beyond i64, as decimal text.
    BigInt(String),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    /// `decimal.Decimal`, as Python's `str()` of it.
    Decimal(String),
    Date {
        year: i32,
        month: u32,
        day: u32,
    },
    DateTime {
        year: i32,
        month: u32,
        day: u32,
        hour: u32,
        minute: u32,
        second: u32,
        micro: u32,
    },
    Time {
        hour: u32,
        minute: u32,
        second: u32,
        micro: u32,
    },
    /// `datetime.timedelta` in its normalised parts.
    Interval {
        days: i64,
        seconds: i64,
        micros: i64,
    },
    /// `uuid.UUID`.
    Uuid(u128),
    /// A Python `enum.Enum` member: its name (what an `Enum` column stores) and value.
    EnumMember {
        name: String,
        value: Box<SqlValue>,
    },
    /// A value already serialised as JSON text (for `JSON` columns).
    Json(String),
    /// A tuple (`tuple_(a, b).in_([(1, 2)])`).
    Tuple(Vec<SqlValue>),
    /// A list bound to an expanding parameter (`in_([1, 2, 3])`).
    List(Vec<SqlValue>),
    /// Anything else: kept for the Python layer, shown by its repr.
    Opaque {
        repr: String,
        handle: Rc<dyn Any>,
        /// `json.dumps` of the value, when json can write it (a dict bound to a `JSON` column).
        json: Option<String>,
    },
}

impl std::fmt::Debug for SqlValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.repr())
    }
}

impl PartialEq for SqlValue {
    fn eq(&self, other: &Self) -> bool {
        self.repr() == other.repr()
    }
}

impl SqlValue {
    /// The SQL type a literal of this value gets when nothing else decides (`_resolve_value_to_type`).
    pub fn natural_type(&self) -> SqlType {
        match self {
            SqlValue::None | SqlValue::Opaque { .. } => SqlType::null(),
            SqlValue::Bool(_) => SqlType::boolean(),
            SqlValue::Int(_) | SqlValue::BigInt(_) => SqlType::integer(),
            SqlValue::Float(_) => SqlType::new(TypeKind::Float),
            SqlValue::Str(_) => SqlType::string(),
            SqlValue::Bytes(_) => SqlType::new(TypeKind::LargeBinary),
            SqlValue::Decimal(_) => SqlType::numeric(),
            SqlValue::Date { .. } => SqlType::new(TypeKind::Date),
            SqlValue::DateTime { .. } => SqlType::new(TypeKind::DateTime),
            SqlValue::Time { .. } => SqlType::new(TypeKind::Time),
            SqlValue::Interval { .. } => SqlType::new(TypeKind::Interval),
            SqlValue::Uuid(_) => SqlType::new(TypeKind::Uuid),
            SqlValue::EnumMember { name, .. } => {
                let mut t = SqlType::new(TypeKind::Enum);
                t.enum_values = vec![name.clone()];
                t
            }
            SqlValue::Json(_) => SqlType::new(TypeKind::Json),
            SqlValue::Tuple(items) => {
                let mut t = SqlType::new(TypeKind::Tuple);
                t.items = items.iter().map(SqlValue::natural_type).collect();
                t
            }
            SqlValue::List(items) => items.first().map_or_else(SqlType::null, SqlValue::natural_type),
        }
    }

    /// Python's repr of the value (what `compiled.params` and error messages show).
    pub fn repr(&self) -> String {
        match self {
            SqlValue::None => "None".into(),
            SqlValue::Bool(b) => if *b { "True" } else { "False" }.into(),
            SqlValue::Int(n) => n.to_string(),
            SqlValue::BigInt(s) => s.clone(),
            SqlValue::Float(f) => py_float_repr(*f),
            SqlValue::Str(s) => super::types::py_str_repr(s),
            SqlValue::Bytes(b) => crate::pyfmt::repr_bytes(b),
            SqlValue::Decimal(d) => format!("Decimal('{d}')"),
            SqlValue::Date { year, month, day } => format!("datetime.date({year}, {month}, {day})"),
            SqlValue::DateTime { year, month, day, hour, minute, second, micro } => {
                let mut parts =
                    vec![year.to_string(), month.to_string(), day.to_string(), hour.to_string(), minute.to_string()];
                if *second != 0 || *micro != 0 {
                    parts.push(second.to_string());
                }
                if *micro != 0 {
                    parts.push(micro.to_string());
                }
                format!("datetime.datetime({})", parts.join(", "))
            }
            SqlValue::Time { hour, minute, second, micro } => {
                let mut parts = vec![hour.to_string(), minute.to_string()];
                if *second != 0 || *micro != 0 {
                    parts.push(second.to_string());
                }
                if *micro != 0 {
                    parts.push(micro.to_string());
                }
                format!("datetime.time({})", parts.join(", "))
            }
            SqlValue::Interval { days, seconds, micros } => {
                let mut parts = Vec::new();
                if *days != 0 {
                    parts.push(format!("days={days}"));
                }
                if *seconds != 0 {
                    parts.push(format!("seconds={seconds}"));
                }
                if *micros != 0 {
                    parts.push(format!("microseconds={micros}"));
                }
                if parts.is_empty() {
                    parts.push("0".into());
                }
                format!("datetime.timedelta({})", parts.join(", "))
            }
            SqlValue::Uuid(u) => format!("UUID('{}')", uuid_text(*u, true)),
            SqlValue::EnumMember { name, .. } => name.clone(),
            SqlValue::Json(s) => super::types::py_str_repr(s),
            SqlValue::Tuple(items) => {
                let inner: Vec<String> = items.iter().map(SqlValue::repr).collect();
                if inner.len() == 1 { format!("({},)", inner[0]) } else { format!("({})", inner.join(", ")) }
            }
            SqlValue::List(items) => format!("[{}]", items.iter().map(SqlValue::repr).collect::<Vec<_>>().join(", ")),
            SqlValue::Opaque { repr, .. } => repr.clone(),
        }
    }

    /// The value the driver receives for a parameter of type `ty` on SQLite (the type's bind processor).
    /// SQLite's `JSONIndexType` / `JSONPathType` processors: a JSON index or path as the path text
    /// `JSON_EXTRACT` takes (`$[1]`, `$."key"`, `$."a"[0]`).
    fn json_path(&self, ty: &SqlType) -> Option<String> {
        fn step(v: &SqlValue) -> String {
            match v {
                SqlValue::Int(n) => format!("[{n}]"),
                SqlValue::Str(s) => format!(".\"{s}\""),
                other => format!(".\"{}\"", other.repr()),
            }
        }
        match (ty.kind, self) {
            (TypeKind::JsonIndex, SqlValue::None) | (TypeKind::JsonPath, SqlValue::None) => None,
            (TypeKind::JsonIndex, v) => Some(format!("${}", step(v))),
            (TypeKind::JsonPath, SqlValue::Tuple(items) | SqlValue::List(items)) => {
                Some(format!("${}", items.iter().map(step).collect::<String>()))
            }
            _ => None,
        }
    }

    pub fn bind(&self, ty: &SqlType) -> Result<Cell, String> {
        // Values run on SQLite: a type with a SQLite variant binds as the variant.
        if let Some(variant) = ty.variant("sqlite") {
            return self.bind(variant);
        }
        if let Some(path) = self.json_path(ty) {
            return Ok(Cell::Text(path));
        }
        if ty.kind == TypeKind::Json && ty.none_as_null && matches!(self, SqlValue::None) {
            return Ok(Cell::Null);
        }
        // `PickleType`: the value serialized into a BLOB (as JSON: this playground has no `pickle`).
        if ty.kind == TypeKind::PickleType && !matches!(self, SqlValue::None) {
            return super::json_text::dumps(self)
                .map(|text| Cell::Blob(text.into_bytes()))
                .ok_or_else(|| format!("Can't pickle {}", self.py_type_name()));
        }
        if ty.kind == TypeKind::Json {
            // `JSON.bind_processor`: `json.dumps(value)`, None included ('null').
            return super::json_text::dumps(self)
                .map(Cell::Text)
                .ok_or_else(|| format!("Object of type {} is not JSON serializable", self.py_type_name()));
        }
        Ok(match (self, ty.affinity()) {
            (SqlValue::None, _) => Cell::Null,
            (SqlValue::EnumMember { name, value }, _) => {
                if ty.kind == TypeKind::Enum {
                    Cell::Text(ty.enum_stored(name))
                } else {
                    return value.bind(ty);
                }
            }
            (SqlValue::Bool(b), _) => Cell::Integer(i64::from(*b)),
            (SqlValue::Int(n), Affinity::Float | Affinity::Numeric) => Cell::Real(*n as f64),
            (SqlValue::Int(n), _) => Cell::Integer(*n),
            (SqlValue::BigInt(s), _) => Cell::Text(s.clone()),
            (SqlValue::Float(f), Affinity::Integer) => Cell::Real(*f),
            (SqlValue::Float(f), _) => Cell::Real(*f),
            (SqlValue::Decimal(d), Affinity::Numeric | Affinity::Float) => {
                d.parse::<f64>().map_or_else(|_| Cell::Text(d.clone()), Cell::Real)
            }
            (SqlValue::Decimal(d), _) => Cell::Text(d.clone()),
            // `Uuid(as_uuid=False)` binds its string without the dashes.
            (SqlValue::Str(s), Affinity::Uuid) if !ty.as_uuid => Cell::Text(s.replace('-', "")),
            (SqlValue::Str(s), _) => Cell::Text(s.clone()),
            (SqlValue::Json(s), _) => Cell::Text(s.clone()),
            (SqlValue::Bytes(b), _) => Cell::Blob(b.clone()),
            (v @ (SqlValue::Date { .. } | SqlValue::DateTime { .. } | SqlValue::Time { .. }), _) => {
                Cell::Text(v.iso_text(ty))
            }
            (SqlValue::Interval { days, seconds, micros }, _) => {
                // SQLite stores an Interval as the epoch plus the delta (SQLAlchemy's `Interval` impl).
                Cell::Text(epoch_plus(*days, *seconds, *micros))
            }
            (SqlValue::Uuid(u), _) => Cell::Text(uuid_text(*u, false)),
            (SqlValue::Tuple(_) | SqlValue::List(_), _) => {
                return Err(format!("Error binding parameter: type '{}' is not supported", self.py_type_name()));
            }
            (SqlValue::Opaque { .. }, _) => {
                return Err(format!("Error binding parameter: type '{}' is not supported", self.py_type_name()));
            }
        })
    }

    fn py_type_name(&self) -> &'static str {
        match self {
            SqlValue::Tuple(_) => "tuple",
            SqlValue::List(_) => "list",
            SqlValue::Json(_) => "dict",
            _ => "object",
        }
    }

    /// The ISO text SQLAlchemy's SQLite date/time types store.
    fn iso_text(&self, ty: &SqlType) -> String {
        match self {
            SqlValue::Date { year, month, day } => {
                if ty.affinity() == Affinity::DateTime {
                    format!("{year:04}-{month:02}-{day:02} 00:00:00.000000")
                } else {
                    format!("{year:04}-{month:02}-{day:02}")
                }
            }
            SqlValue::DateTime { year, month, day, hour, minute, second, micro } => {
                if ty.affinity() == Affinity::Date {
                    format!("{year:04}-{month:02}-{day:02}")
                } else {
                    format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}:{second:02}.{micro:06}")
                }
            }
            SqlValue::Time { hour, minute, second, micro } => {
                format!("{hour:02}:{minute:02}:{second:02}.{micro:06}")
            }
            _ => String::new(),
        }
    }

    /// The value written inline as SQL (`literal_binds`), or `None` when the type has no literal form.
    pub fn literal(&self, ty: &SqlType, sqlite: bool) -> Option<String> {
        if sqlite && let Some(path) = self.json_path(ty) {
            return Some(quote_string(&path));
        }
        Some(match self {
            SqlValue::None => "NULL".into(),
            SqlValue::Bool(b) => {
                if ty.affinity() == Affinity::Boolean || ty.is_null() {
                    if sqlite { i64::from(*b).to_string() } else { if *b { "true" } else { "false" }.into() }
                } else {
                    i64::from(*b).to_string()
                }
            }
            SqlValue::Int(n) => n.to_string(),
            SqlValue::BigInt(s) => s.clone(),
            SqlValue::Float(f) => py_float_repr(*f),
            SqlValue::Decimal(d) => d.clone(),
            SqlValue::Str(s) | SqlValue::Json(s) => quote_string(s),
            SqlValue::EnumMember { name, value } => {
                if ty.kind == TypeKind::Enum {
                    quote_string(&ty.enum_stored(name))
                } else {
                    return value.literal(ty, sqlite);
                }
            }
            v @ (SqlValue::Date { .. } | SqlValue::DateTime { .. } | SqlValue::Time { .. }) => {
                let text = match v {
                    SqlValue::Date { year, month, day } => format!("{year:04}-{month:02}-{day:02}"),
                    SqlValue::DateTime { year, month, day, hour, minute, second, micro } => {
                        if sqlite {
                            v.iso_text(ty)
                        } else {
                            let mut t = format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}:{second:02}");
                            if *micro != 0 {
                                t.push_str(&format!(".{micro:06}"));
                            }
                            t
                        }
                    }
                    _ => v.iso_text(ty),
                };
                quote_string(&text)
            }
            SqlValue::Uuid(u) => quote_string(&uuid_text(*u, false)),
            SqlValue::Tuple(items) => {
                let parts: Option<Vec<String>> = items.iter().map(|i| i.literal(&i.natural_type(), sqlite)).collect();
                format!("({})", parts?.join(", "))
            }
            _ => return None,
        })
    }
}

/// A SQL string literal: single quotes, inner quotes doubled.
pub fn quote_string(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// Python's `repr(float)`: shortest round-trip digits, `.0` on integral values, `inf`/`nan`.
pub fn py_float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let s = format!("{f:?}");
    // Rust prints 1e16 as "1e16"; Python as "1e+16".
    if let Some((m, e)) = s.split_once('e') {
        let exp: i32 = e.parse().unwrap_or(0);
        if (-5..16).contains(&exp) {
            return format!("{f}");
        }
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{m}e{sign}{:02}", exp.abs());
    }
    let abs = f.abs();
    if abs >= 1e16 {
        let e = format!("{f:e}");
        if let Some((m, exp)) = e.split_once('e') {
            let exp: i32 = exp.parse().unwrap_or(0);
            return format!("{m}e+{exp:02}");
        }
    }
    if abs != 0.0 && abs < 1e-4 {
        let e = format!("{f:e}");
        if let Some((m, exp)) = e.split_once('e') {
            let exp: i32 = exp.parse().unwrap_or(0);
            return format!("{m}e-{:02}", exp.abs());
        }
    }
    s
}

fn uuid_text(u: u128, dashed: bool) -> String {
    let hex = format!("{u:032x}");
    if !dashed {
        return hex;
    }
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

/// `datetime(1970, 1, 1) + timedelta(...)` as SQLite's DATETIME text.
fn epoch_plus(days: i64, seconds: i64, micros: i64) -> String {
    let total_micros = (days * 86_400 + seconds) as i128 * 1_000_000 + micros as i128;
    let secs = total_micros.div_euclid(1_000_000) as i64;
    let micro = total_micros.rem_euclid(1_000_000) as u32;
    let day_count = secs.div_euclid(86_400);
    let sod = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(day_count);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}.{micro:06}", sod / 3600, (sod % 3600) / 60, sod % 60)
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}
