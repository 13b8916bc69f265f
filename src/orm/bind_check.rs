//! The bind processors that refuse a value, as the flush meets them (`sqlalchemy/sql/sqltypes.py`):
//! - `Enum._db_value_for_elem`: a value that is not a member, nor a stored string, raises
//!   `LookupError`; an unknown *string* passes unless `validate_strings=True`;
//! - `Boolean._strict_as_bool` (SQLite has no native boolean): anything but None/True/False/0/1
//!   raises `TypeError("Not a boolean value: ...")` (`ValueError` for other ints);
//! - pysqlite refuses a Python type it cannot adapt (a list in an `Integer` column):
//!   `ProgrammingError`.
//!
//! SQLAlchemy wraps a processor's exception in `StatementError` (`.orig` the original), so
//! `except StatementError as e: type(e.orig)` sees `LookupError` / `TypeError`.

use super::Orm;
use super::SaExc;
use super::schema::{EnumSpec, SqlType};
use crate::eval::value::Value;
use crate::eval::{ExcType, Interp, PyResult};

impl Orm {
    /// Fails as SQLAlchemy's bind processing of `ty` fails for `value`.
    pub fn check_bind(&self, interp: &mut Interp, value: &Value, ty: &SqlType) -> PyResult<()> {
        match ty {
            SqlType::Enum(spec) => match enum_refusal(interp, value, spec)? {
                Some(message) => Err(self.wrapped(interp, ExcType::LookupError, "LookupError", message)),
                None => Ok(()),
            },
            SqlType::Boolean => match value {
                Value::None | Value::Bool(_) | Value::Int(0 | 1) => Ok(()),
                Value::Int(_) | Value::BigInt(_) => {
                    let shown = interp.repr(value)?;
                    let message = format!("Value {shown} is not None, True, or False");
                    Err(self.wrapped(interp, ExcType::ValueError, "ValueError", message))
                }
                _ => {
                    let shown = interp.repr(value)?;
                    let message = format!("Not a boolean value: {shown}");
                    Err(self.wrapped(interp, ExcType::TypeError, "TypeError", message))
                }
            },
            SqlType::Json(_) | SqlType::Pickle | SqlType::Decorated(_) => Ok(()),
            _ => match value {
                Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Tuple(_) => {
                    let message = format!(
                        "(sqlite3.ProgrammingError) Error binding parameter: type '{}' is not supported",
                        value.type_name()
                    );
                    let exc = self.error(interp, SaExc::ProgrammingError, message);
                    if let Some(class) = self.exceptions.dbapi(SaExc::ProgrammingError) {
                        let text = format!("type '{}' is not supported", value.type_name());
                        let orig = interp.make_exception(class, vec![Value::str(&text)]);
                        exc.value.dict.borrow_mut().insert("orig".into(), Value::Instance(orig));
                    }
                    Err(exc)
                }
                _ => Ok(()),
            },
        }
    }

    /// `StatementError("(builtins.X) message")` with `.orig` the `X` itself.
    fn wrapped(&self, interp: &mut Interp, kind: ExcType, name: &str, message: String) -> Box<crate::eval::Exc> {
        let orig = interp.error(kind, message.clone());
        let exc = self.error(interp, SaExc::StatementError, format!("(builtins.{name}) {message}"));
        exc.value.dict.borrow_mut().insert("orig".into(), Value::Instance(orig.value.clone()));
        exc
    }
}

/// `Enum._object_value_for_elem`: a stored value that is not one of the enum's (a raw UPDATE put it
/// there) raises `LookupError` when the row is loaded.
pub fn check_loaded_enum(interp: &Interp, cell: &crate::db::Cell, spec: &EnumSpec) -> PyResult<()> {
    use crate::db::Cell;
    let shown = match cell {
        Cell::Null => return Ok(()),
        Cell::Text(s) => s.clone(),
        Cell::Integer(n) => n.to_string(),
        Cell::Real(f) => f.to_string(),
        _ => return Ok(()),
    };
    let stored = stored_values(spec);
    if stored.is_empty() || stored.contains(&shown) {
        return Ok(());
    }
    Err(interp.error(ExcType::LookupError, refusal_message(&shown, spec, &stored)))
}

fn stored_values(spec: &EnumSpec) -> Vec<String> {
    match &spec.class {
        Some(_) if !spec.values.is_empty() => spec.values.clone(),
        Some(_) => spec.member_names(),
        None => spec.values.clone(),
    }
}

fn refusal_message(shown: &str, spec: &EnumSpec, stored: &[String]) -> String {
    let name = match (&spec.name, &spec.class) {
        (Some(n), _) => n.clone(),
        (None, Some(c)) => c.name.to_lowercase(),
        (None, None) => "None".to_string(),
    };
    format!("'{shown}' is not among the defined enum values. Enum name: {name}. Possible values: {}", possible(stored))
}

/// Why `Enum._db_value_for_elem` refuses `value`, if it does.
fn enum_refusal(interp: &mut Interp, value: &Value, spec: &EnumSpec) -> PyResult<Option<String>> {
    let stored = stored_values(spec);
    let refused = match value {
        Value::None => false,
        Value::Str(s) => spec.validate_strings && !stored.iter().any(|v| v == s.as_ref()),
        Value::Instance(inst) => {
            let member_of_class = spec.class.as_ref().is_some_and(|c| inst.class.is_subclass_of(c));
            // A `(str, Enum)` / `IntEnum` member equals its value: the lookup may still find it.
            let payload = crate::eval::subclass::instance_payload(inst);
            let is_member = inst.dict.borrow().get("_name_").is_some();
            is_member && !member_of_class && payload.is_none()
        }
        _ => false,
    };
    if !refused {
        return Ok(None);
    }
    let shown = interp.to_str(value)?;
    Ok(Some(refusal_message(&shown, spec, &stored)))
}

/// `langhelpers.repr_tuple_names`: up to four names (the first three and the last of a longer
/// list, joined by `...`), each cut to 11 characters plus `..`.
fn possible(names: &[String]) -> String {
    let cut = |n: &String| {
        if n.chars().count() > 11 { format!("{}..", n.chars().take(11).collect::<String>()) } else { n.clone() }
    };
    if names.is_empty() {
        return "None".into();
    }
    if names.len() <= 4 {
        return names.iter().map(cut).collect::<Vec<_>>().join(", ");
    }
    let first: Vec<String> = names[..3].iter().map(cut).collect();
    format!("{}, ..., {}", first.join(", "), names.last().map(cut).unwrap_or_default())
}
