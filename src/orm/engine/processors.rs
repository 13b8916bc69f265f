//! Result processors: what SQLAlchemy's `TypeEngine.result_processor(dialect, coltype)` returns for the
//! SQLite dialect, built once per result column from its type and applied to every value pysqlite gives
//! back. Every way rows come back goes through here — an ORM entity's columns (loading, `session.get`,
//! refresh, lazy loads), ORM and Core `select()` columns, `RETURNING`, `text().columns(...)` — so a
//! `Numeric(10, 2)` column is `Decimal('19.99')` and an `Enum(Status)` column the member, whichever
//! path read it.
//!
//! The rules, from `sqlalchemy/sql/sqltypes.py` and `dialects/sqlite/base.py`:
//! - `Boolean`: `bool(value)`.
//! - `Numeric` (and `Float(asdecimal=True)`): SQLite has no native decimal, so
//!   `Decimal("%.{scale}f" % value)` with the type's scale, 10 when it has none; with
//!   `asdecimal=False` no processor (an integral value stays an `int`).
//! - `Date`, `DateTime`, `Time`: the ISO text parsed; `Interval`: the stored datetime minus the epoch.
//! - `Enum` of a Python enum class: the member whose name is stored (string enums need nothing).
//! - `Uuid`: `uuid.UUID(hex)`, or its dashed `str` with `as_uuid=False`.

use crate::db::Cell;
use crate::eval::Interp;
use crate::eval::modules::datetime::{SqlKind, from_sql_text};
use crate::eval::value::{Class, Instance, Value};
use crate::sql::types::{SqlType, TypeKind};
use std::cell::RefCell;
use std::rc::Rc;

/// The processing a result column's type applies.
#[derive(Clone)]
pub enum ResultProcessor {
    /// The value as SQLite's storage class gives it (`Integer`, `String`, `Float`, `NullType`).
    Plain,
    Boolean,
    Temporal(SqlKind),
    /// `Decimal("%.{scale}f" % value)`.
    Decimal {
        scale: usize,
    },
    /// The member of this enum class the stored text stands for: its name, or with `values_callable`
    /// the member whose position in `names` is the text's in `values`.
    Enum {
        class: Rc<Class>,
        values: Rc<[String]>,
        names: Rc<[String]>,
    },
    Uuid {
        as_uuid: bool,
    },
    /// `json.loads(text)`.
    Json,
    /// `PickleType`: the BLOB's serialized value (JSON here, see `orm::state::to_cell`).
    Pickle,
}

impl ResultProcessor {
    /// The processor of a column of type `ty`.
    pub fn of(ty: &SqlType) -> ResultProcessor {
        if let Some(variant) = ty.variant("sqlite") {
            return ResultProcessor::of(variant);
        }
        match ty.kind {
            TypeKind::Boolean => ResultProcessor::Boolean,
            TypeKind::Date => ResultProcessor::Temporal(SqlKind::Date),
            TypeKind::DateTime => ResultProcessor::Temporal(SqlKind::DateTime),
            TypeKind::Time => ResultProcessor::Temporal(SqlKind::Time),
            TypeKind::Interval => ResultProcessor::Temporal(SqlKind::Interval),
            TypeKind::Numeric | TypeKind::Float | TypeKind::Double => {
                let asdecimal = ty.asdecimal.unwrap_or(ty.kind == TypeKind::Numeric);
                if !asdecimal {
                    return ResultProcessor::Plain;
                }
                // `_effective_decimal_return_scale`: the scale, else the default of 10.
                let scale = ty.scale.unwrap_or(10).clamp(0, 60) as usize;
                ResultProcessor::Decimal { scale }
            }
            TypeKind::Enum => match ty.enum_class.as_ref().and_then(|c| c.0.clone().downcast::<Class>().ok()) {
                Some(class) => ResultProcessor::Enum {
                    class,
                    values: ty.enum_values.clone().into(),
                    names: ty.enum_names.clone().into(),
                },
                None => ResultProcessor::Plain,
            },
            TypeKind::Uuid => ResultProcessor::Uuid { as_uuid: ty.as_uuid },
            TypeKind::Json => ResultProcessor::Json,
            TypeKind::PickleType => ResultProcessor::Pickle,
            _ => ResultProcessor::Plain,
        }
    }

    /// The Python value for `cell`, as pysqlite returns it and the processor turns it.
    pub fn process(&self, interp: &Interp, cell: &Cell) -> Value {
        let plain = || plain_value(cell);
        match (self, cell) {
            (_, Cell::Null) => Value::None,
            (ResultProcessor::Plain, _) => plain(),
            (ResultProcessor::Boolean, Cell::Integer(n)) => Value::Bool(*n != 0),
            (ResultProcessor::Boolean, Cell::Real(f)) => Value::Bool(*f != 0.0),
            (ResultProcessor::Temporal(kind), Cell::Text(s)) => from_sql_text(interp, s, *kind).unwrap_or_else(plain),
            (ResultProcessor::Decimal { scale }, Cell::Integer(n)) => decimal(interp, *n as f64, *scale),
            (ResultProcessor::Decimal { scale }, Cell::Real(f)) => decimal(interp, *f, *scale),
            (ResultProcessor::Enum { class, values, names }, Cell::Text(s)) => {
                let name = match values.iter().position(|v| v == s) {
                    Some(i) => names.get(i).map_or(s.as_str(), String::as_str),
                    None => s.as_str(),
                };
                enum_member(class, name).unwrap_or_else(plain)
            }
            (ResultProcessor::Uuid { as_uuid }, Cell::Text(s)) => uuid(interp, s, *as_uuid).unwrap_or_else(plain),
            (ResultProcessor::Json, Cell::Text(s)) => super::json::loads(s).unwrap_or_else(plain),
            (ResultProcessor::Pickle, Cell::Blob(b)) => {
                std::str::from_utf8(b).ok().and_then(super::json::loads).unwrap_or_else(plain)
            }
            _ => plain(),
        }
    }
}

/// A value as pysqlite returns SQLite's storage class.
fn plain_value(cell: &Cell) -> Value {
    match cell {
        Cell::Null => Value::None,
        Cell::Integer(n) => Value::Int(*n),
        Cell::Real(f) => Value::Float(*f),
        Cell::Text(s) => Value::str(s),
        Cell::Blob(b) => Value::bytes(b.clone()),
    }
}

/// Loads the `decimal` module when a result has `Decimal` columns (`Integer / Integer`, `percent_rank()`,
/// `cast(x, Numeric)` are Numeric without the program naming `Numeric`): SQLAlchemy imports it itself.
pub fn prepare(interp: &mut Interp, processors: &[ResultProcessor]) {
    if processors.iter().any(|p| matches!(p, ResultProcessor::Decimal { .. }))
        && interp.loaded_class("decimal", "Decimal").is_none()
    {
        let _ = interp.import_module("decimal");
    }
}

/// `Decimal("%.{scale}f" % f)`; the float itself when the `decimal` module is not loaded (no program
/// that never imported it can tell) or the value is not finite.
fn decimal(interp: &Interp, f: f64, scale: usize) -> Value {
    let Some(class) = interp.loaded_class("decimal", "Decimal") else { return Value::Float(f) };
    if !f.is_finite() {
        return Value::Float(f);
    }
    let text = format!("{:.*}", scale, f.abs());
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_start_matches('0');
    let fields = [
        ("_sign", Value::Int(i64::from(f.is_sign_negative() && text.chars().any(|c| ('1'..='9').contains(&c))))),
        ("_int", Value::str(if digits.is_empty() { "0" } else { digits })),
        ("_exp", Value::Int(-(scale as i64))),
        ("_is_special", Value::Bool(false)),
    ];
    new_instance(interp, class, &fields)
}

/// The member of an enum class by name (its `_member_map_`).
fn enum_member(class: &Rc<Class>, name: &str) -> Option<Value> {
    match class.lookup("_member_map_")? {
        Value::Dict(members) => members.borrow().get(&crate::eval::dict::Key::Str(Rc::from(name))).cloned(),
        _ => None,
    }
}

/// `uuid.UUID(text)`, or `str()` of it with `as_uuid=False` (dashed, lowercase).
fn uuid(interp: &Interp, text: &str, as_uuid: bool) -> Option<Value> {
    let n = num_bigint::BigInt::parse_bytes(text.replace('-', "").as_bytes(), 16)?;
    if !as_uuid {
        let hex = format!("{n:032x}");
        let dashed = format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..]);
        return (hex.len() == 32).then(|| Value::str(&dashed));
    }
    let class = interp.loaded_class("uuid", "UUID")?;
    Some(new_instance(interp, class, &[("int", Value::from_bigint(n)), ("is_safe", Value::None)]))
}

/// An instance of a library class with its attributes set directly (what `object.__new__` plus
/// `object.__setattr__` do in the class's own constructor).
fn new_instance(interp: &Interp, class: Rc<Class>, fields: &[(&str, Value)]) -> Value {
    let dict = fields.iter().map(|(k, v)| (crate::ir::Name::from(*k), v.clone())).collect();
    Value::Instance(Rc::new(Instance {
        class,
        dict: RefCell::new(dict),
        native: RefCell::new(None),
        id: interp.next_id(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::orm::native::as_str;

    #[test]
    fn processors_follow_the_type() {
        let interp = Interp::new();
        let boolean = ResultProcessor::of(&SqlType::boolean());
        assert_eq!(boolean.process(&interp, &Cell::Integer(1)).type_name(), "bool");
        assert_eq!(boolean.process(&interp, &Cell::Null).type_name(), "NoneType");
        let plain = ResultProcessor::of(&SqlType::integer());
        assert_eq!(plain.process(&interp, &Cell::Integer(1)).type_name(), "int");
        let mut numeric = SqlType::numeric();
        numeric.scale = Some(2);
        assert!(matches!(ResultProcessor::of(&numeric), ResultProcessor::Decimal { scale: 2 }));
        numeric.asdecimal = Some(false);
        assert!(matches!(ResultProcessor::of(&numeric), ResultProcessor::Plain));
        let mut float = SqlType::new(TypeKind::Float);
        assert!(matches!(ResultProcessor::of(&float), ResultProcessor::Plain));
        float.asdecimal = Some(true);
        assert!(matches!(ResultProcessor::of(&float), ResultProcessor::Decimal { scale: 10 }));
        let mut text_uuid = SqlType::new(TypeKind::Uuid);
        text_uuid.as_uuid = false;
        let dashed = ResultProcessor::of(&text_uuid).process(&interp, &Cell::Text("0".repeat(31) + "1"));
        assert_eq!(as_str(&dashed).as_deref(), Some("00000000-0000-0000-0000-000000000001"));
        // An Enum without an enum class gives the stored string.
        let e = ResultProcessor::of(&SqlType::new(TypeKind::Enum));
        assert_eq!(as_str(&e.process(&interp, &Cell::Text("a".into()))).as_deref(), Some("a"));
    }
}
