//! The type classes as Python objects (`sqlalchemy.sql.sqltypes.String` and friends): creating them,
//! their `__init__` (which records the length, precision, scale and enum members on the instance), and
//! reading a type object back as a [`SqlType`] when a column is declared.

use super::{DecoratedSpec, EnumSpec, JsonSpec, NumericSpec, SqlType};
use crate::eval::value::{Class, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use crate::orm::native::{as_str, kwarg};
use std::rc::Rc;

/// A type instance such as `String(50)`: the class name and its length.
pub fn type_of_value(v: &Value) -> Option<(SqlType, String)> {
    match v {
        Value::Class(c) => {
            let ty = SqlType::from_name(&c.name, None)?;
            Some((ty, c.name.to_string()))
        }
        Value::Instance(i) if let Some(found) = decorated_type(i) => Some(found),
        Value::Instance(i) => {
            let ty_name = i.class.name.to_string();
            let dict = i.dict.borrow();
            let int = |key: &str| match dict.get(key) {
                Some(Value::Int(n)) => Some(*n),
                _ => None,
            };
            let length = int("length");
            let ty = match SqlType::from_name(&ty_name, length)? {
                SqlType::Numeric(_) => SqlType::Numeric(NumericSpec {
                    precision: int("precision").or(length),
                    scale: int("scale"),
                    as_float: matches!(dict.get("asdecimal"), Some(Value::Bool(false))),
                }),
                SqlType::Enum(_) => match dict.get("enum_class") {
                    Some(Value::Class(c)) => {
                        let mut spec = EnumSpec::of_class(c);
                        // `values_callable=`: the stored strings differ from the member names.
                        if let Some(Value::List(l)) = dict.get("enums") {
                            let values: Vec<String> =
                                l.borrow().iter().filter_map(crate::orm::native::as_str).collect();
                            if values != spec.member_names() {
                                spec.values = values;
                            }
                        }
                        spec.length = int("length").or(spec.length);
                        spec.validate_strings = matches!(dict.get("validate_strings"), Some(Value::Bool(true)));
                        spec.name = dict.get("name").and_then(crate::orm::native::as_str);
                        SqlType::Enum(spec)
                    }
                    _ => SqlType::Enum(EnumSpec {
                        class: None,
                        length: int("enum_length").or(int("length")),
                        values: match dict.get("enums") {
                            Some(Value::List(l)) => l.borrow().iter().filter_map(crate::orm::native::as_str).collect(),
                            _ => Vec::new(),
                        },
                        validate_strings: matches!(dict.get("validate_strings"), Some(Value::Bool(true))),
                        name: crate::orm::native::state::<crate::sql::types::SqlType>(v)
                            .and_then(|t| t.enum_name.clone()),
                        non_native: crate::orm::native::state::<crate::sql::types::SqlType>(v)
                            .is_some_and(|t| t.non_native_enum),
                    }),
                },
                // `Uuid(as_uuid=False)`: the flag is on the Core type the object carries.
                SqlType::Uuid(_) => {
                    SqlType::Uuid(crate::orm::native::state::<crate::sql::types::SqlType>(v).is_none_or(|t| t.as_uuid))
                }
                // `MutableDict.as_mutable(JSON)` marked the type object with its `Mutable` class.
                SqlType::Json(_) => SqlType::Json(JsonSpec {
                    mutable: match dict.get("_ormplay_mutable") {
                        Some(Value::Class(c)) => Some(c.clone()),
                        _ => None,
                    },
                    none_as_null: matches!(dict.get("none_as_null"), Some(Value::Bool(true))),
                }),
                other => other,
            };
            let text = match (int("precision").or(length), int("scale")) {
                (Some(n), Some(s)) => format!("{ty_name}({n}, {s})"),
                (Some(n), None) => format!("{ty_name}({n})"),
                _ => ty_name,
            };
            Some((ty, text))
        }
        _ => None,
    }
}

/// A `TypeDecorator` instance's type: its impl's (from the impl object it keeps), decorated; the text
/// is the impl's, which is what the DDL shows.
fn decorated_type(i: &Rc<crate::eval::value::Instance>) -> Option<(SqlType, String)> {
    let core = i.native.borrow().clone()?.downcast::<crate::sql::types::SqlType>().ok()?;
    // `BigInteger().with_variant(Integer(), "sqlite")`: stored as the SQLite variant, declared as both.
    if core.decorator.is_none() && core.variant("sqlite").is_some() {
        let inner = crate::orm::core::bridge::legacy_type(&core)?;
        return Some((inner, i.class.name.to_string()));
    }
    core.decorator.as_ref()?;
    let impl_object = i.dict.borrow().get("impl").cloned()?;
    let (inner, text) = type_of_value(&impl_object)?;
    let inner = match inner {
        SqlType::Decorated(d) => d.inner.clone(),
        other => other,
    };
    let mut core = (*core).clone();
    // `MutableDict.as_mutable(JSONEncodedDict)` marked the decorator object with its `Mutable` class.
    if let Some(Value::Class(c)) = i.dict.borrow().get("_ormplay_mutable") {
        core.mutable = Some(crate::sql::types::PyObject(c.clone()));
    }
    Some((SqlType::Decorated(Rc::new(DecoratedSpec { inner, core })), text))
}

const TYPE_NAMES: &[&str] = &[
    "Integer",
    "BigInteger",
    "SmallInteger",
    "String",
    "Text",
    "Unicode",
    "UnicodeText",
    "Boolean",
    "Float",
    "Double",
    "Numeric",
    "Date",
    "DateTime",
    "Time",
    "Enum",
    "JSON",
    "LargeBinary",
    "Uuid",
    "UUID",
    "INTEGER",
    "VARCHAR",
    "TEXT",
    "BOOLEAN",
    "FLOAT",
    "CHAR",
    "BIGINT",
    "SMALLINT",
    "NUMERIC",
    "DECIMAL",
    "REAL",
    "DATE",
    "DATETIME",
    "TIMESTAMP",
    "TIME",
    "BLOB",
];

/// Creates the column type classes (`String(50)` keeps its length).
pub fn type_classes(interp: &mut Interp) -> Vec<(&'static str, Rc<Class>)> {
    let base = interp.create_library_class("sqlalchemy.sql.type_api", "TypeEngine", Vec::new());
    let Ok(base) = base else { return Vec::new() };
    base.dict.borrow_mut().insert(Name::from("__init__"), Interp::builtin("__init__", type_init));
    TYPE_NAMES
        .iter()
        .filter_map(|name| {
            let class = interp.create_library_class("sqlalchemy.sql.sqltypes", name, vec![base.clone()]).ok()?;
            Some((*name, class))
        })
        .collect()
}

fn type_init(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some(Value::Instance(this)) = args.positional.first() else { return Ok(Value::None) };
    let class_name = this.class.name.to_string();
    let first = args.positional.get(1).cloned();
    if let Some(Value::Class(c)) = &first
        && class_name == "Enum"
    {
        this.dict.borrow_mut().insert(Name::from("enum_class"), Value::Class(c.clone()));
    }
    if class_name == "Enum" {
        // `Enum("draft", "paid")`: a VARCHAR as long as the longest value.
        let longest = args.positional.iter().skip(1).filter_map(|v| as_str(v).map(|s| s.chars().count())).max();
        if let Some(n) = longest {
            this.dict.borrow_mut().insert(Name::from("enum_length"), Value::Int(n as i64));
        }
        return Ok(Value::None);
    }
    let length = kwarg(&args, "length").or_else(|| kwarg(&args, "precision")).or(first);
    if let Some(Value::Int(n)) = length {
        this.dict.borrow_mut().insert(Name::from("length"), Value::Int(n));
    }
    if let Some(Value::Int(n)) = kwarg(&args, "scale").or_else(|| args.positional.get(2).cloned()) {
        this.dict.borrow_mut().insert(Name::from("scale"), Value::Int(n));
    }
    if let Some(flag) = kwarg(&args, "asdecimal").or_else(|| args.positional.get(3).cloned()) {
        this.dict.borrow_mut().insert(Name::from("asdecimal"), flag);
    }
    // Results come back as `Decimal` and `uuid.UUID` objects: have their modules loaded.
    match SqlType::from_name(&class_name, None) {
        Some(SqlType::Numeric(_)) => {
            interp.import_module("decimal")?;
        }
        Some(SqlType::Uuid(_)) => {
            interp.import_module("uuid")?;
        }
        _ => {}
    }
    Ok(Value::None)
}
