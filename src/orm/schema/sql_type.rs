//! Column types as the models code names them (`Integer`, `String(50)`, `Numeric(10, 2)`,
//! `Enum(Status)`, `JSON`): the [`SqlType`] a `Column` / `mapped_column` records, how its DDL name is
//! written, and which type a `Mapped[int]` annotation implies.

use crate::eval::value::{Class, Value};
use std::rc::Rc;

/// A column type, as SQLAlchemy's type objects name it.
#[derive(Debug, Clone, PartialEq)]
pub enum SqlType {
    Integer,
    BigInteger,
    SmallInteger,
    String(Option<i64>),
    Text,
    Unicode(Option<i64>),
    Boolean,
    Float,
    Numeric(NumericSpec),
    Date,
    DateTime,
    Time,
    Enum(EnumSpec),
    Json(JsonSpec),
    LargeBinary,
    /// `Interval`: a `timedelta`, which SQLite stores as the epoch plus the delta (a `DATETIME`).
    Interval,
    /// `PickleType`: any Python value, kept in a `BLOB` (serialized as JSON here: no `pickle`).
    Pickle,
    /// `Uuid`: whether values come back as `uuid.UUID` (`as_uuid=False` keeps them `str`).
    Uuid(bool),
    /// A `TypeDecorator` around one of the above (see [`crate::orm::type_decorator`]).
    Decorated(Rc<DecoratedSpec>),
}

/// A `TypeDecorator` instance as a column type: its impl as the ORM's type (how values are stored),
/// and the full Core type, which carries the decorator object whose Python methods process values.
#[derive(Debug, Clone, PartialEq)]
pub struct DecoratedSpec {
    pub inner: SqlType,
    pub core: crate::sql::types::SqlType,
}

/// `Numeric(precision, scale, asdecimal=...)`: what the DDL shows and how results come back
/// (SQLite stores a number; SQLAlchemy returns `Decimal("%.{scale}f" % value)`, scale 10 when none
/// is given, or the float itself with `asdecimal=False`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NumericSpec {
    pub precision: Option<i64>,
    pub scale: Option<i64>,
    pub as_float: bool,
}

/// `Enum(SomeEnum)` or `Mapped[SomeEnum]`: SQLAlchemy stores a member's *name* in a `VARCHAR` as
/// long as the longest name, and loads it back as the member.
#[derive(Clone, Default)]
pub struct EnumSpec {
    pub class: Option<Rc<Class>>,
    pub length: Option<i64>,
    /// `Enum("a", "b")`: the values given as strings (an enum class's come from the class).
    pub values: Vec<String>,
    /// `validate_strings=True`: a string that is not a stored value fails the flush (LookupError).
    pub validate_strings: bool,
    /// `Enum("a", "b", name="x")`: the type's name (an enum class's is derived from the class).
    pub name: Option<String>,
    /// `native_enum=False` (and the `Literal[...]` enum): shown by `repr()`.
    pub non_native: bool,
}

impl PartialEq for EnumSpec {
    fn eq(&self, other: &Self) -> bool {
        self.length == other.length
            && match (&self.class, &other.class) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (a, b) => a.is_none() && b.is_none(),
            }
    }
}

/// `JSON`, or `MutableDict.as_mutable(JSON)` / `MutableList.as_mutable(JSON)`: the `Mutable` class
/// whose instances the column's values become, so in-place changes mark the attribute modified
/// (see [`super::mutable`]).
#[derive(Clone, Default)]
pub struct JsonSpec {
    pub mutable: Option<Rc<Class>>,
    /// `JSON(none_as_null=True)`: `None` is stored as SQL NULL.
    pub none_as_null: bool,
}

impl PartialEq for JsonSpec {
    fn eq(&self, other: &Self) -> bool {
        self.none_as_null == other.none_as_null
            && match (&self.mutable, &other.mutable) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (a, b) => a.is_none() && b.is_none(),
            }
    }
}

impl std::fmt::Debug for JsonSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Json({:?})", self.mutable.as_ref().map(|c| c.name.to_string()))
    }
}

impl std::fmt::Debug for EnumSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Enum({:?})", self.class.as_ref().map(|c| c.name.to_string()))
    }
}

impl EnumSpec {
    /// The spec for a Python `enum.Enum` subclass: its members' names set the `VARCHAR` length.
    pub fn of_class(class: &Rc<Class>) -> EnumSpec {
        let longest = match class.lookup("_member_names_") {
            Some(Value::List(names)) => {
                names.borrow().iter().map(|n| if let Value::Str(s) = n { s.chars().count() } else { 0 }).max()
            }
            _ => None,
        };
        EnumSpec { class: Some(class.clone()), length: longest.map(|n| n as i64), ..EnumSpec::default() }
    }

    /// The enum class's member names (aliases left out), in definition order.
    pub fn member_names(&self) -> Vec<String> {
        match self.class.as_ref().and_then(|c| c.lookup("_member_names_")) {
            Some(Value::List(names)) => names.borrow().iter().filter_map(crate::orm::native::as_str).collect(),
            _ => Vec::new(),
        }
    }

    /// The string stored for the member named `name`: the name itself, or with `values_callable=`
    /// the value given at the member's position (SQLAlchemy's `Enum._valid_lookup`).
    pub fn stored(&self, name: &str) -> String {
        if self.class.is_none() || self.values.is_empty() {
            return name.to_string();
        }
        match self.member_names().iter().position(|n| n == name) {
            Some(i) => self.values.get(i).cloned().unwrap_or_else(|| name.to_string()),
            None => name.to_string(),
        }
    }
}

/// Whether `class` derives from the standard library's `enum.Enum`.
pub fn is_enum_class(class: &Rc<Class>) -> bool {
    class.mro_tail.iter().any(|c| c.name.as_ref() == "Enum" && c.module.as_ref() == "enum")
}

impl SqlType {
    pub fn from_name(name: &str, length: Option<i64>) -> Option<SqlType> {
        Some(match name {
            "Integer" | "INTEGER" | "INT" => SqlType::Integer,
            "BigInteger" | "BIGINT" => SqlType::BigInteger,
            "SmallInteger" | "SMALLINT" => SqlType::SmallInteger,
            "String" | "VARCHAR" | "CHAR" => SqlType::String(length),
            "Text" | "TEXT" | "UnicodeText" => SqlType::Text,
            "Unicode" => SqlType::Unicode(length),
            "Boolean" | "BOOLEAN" => SqlType::Boolean,
            "Float" | "FLOAT" | "REAL" | "Double" => SqlType::Float,
            "Numeric" | "NUMERIC" | "DECIMAL" => SqlType::Numeric(NumericSpec::default()),
            "Date" | "DATE" => SqlType::Date,
            "DateTime" | "DATETIME" | "TIMESTAMP" => SqlType::DateTime,
            "Time" | "TIME" => SqlType::Time,
            "Enum" => SqlType::Enum(EnumSpec::default()),
            "Uuid" | "UUID" => SqlType::Uuid(true),
            "JSON" => SqlType::Json(JsonSpec::default()),
            "LargeBinary" | "BLOB" => SqlType::LargeBinary,
            "Interval" => SqlType::Interval,
            "PickleType" => SqlType::Pickle,
            _ => return None,
        })
    }

    /// The type as SQLAlchemy's generic DDL writes it (`INTEGER`, `VARCHAR(50)`).
    pub fn sql_name(&self) -> String {
        match self {
            SqlType::Integer => "INTEGER".into(),
            SqlType::BigInteger => "BIGINT".into(),
            SqlType::SmallInteger => "SMALLINT".into(),
            SqlType::String(Some(n)) | SqlType::Unicode(Some(n)) => format!("VARCHAR({n})"),
            SqlType::String(None) | SqlType::Unicode(None) => "VARCHAR".into(),
            SqlType::Text => "TEXT".into(),
            SqlType::Boolean => "BOOLEAN".into(),
            SqlType::Float => "FLOAT".into(),
            SqlType::Numeric(NumericSpec { precision: Some(p), scale: Some(s), .. }) => format!("NUMERIC({p}, {s})"),
            SqlType::Numeric(NumericSpec { precision: Some(p), .. }) => format!("NUMERIC({p})"),
            SqlType::Numeric(_) => "NUMERIC".into(),
            SqlType::Date => "DATE".into(),
            SqlType::DateTime => "DATETIME".into(),
            SqlType::Time => "TIME".into(),
            SqlType::Enum(EnumSpec { length: Some(n), .. }) => format!("VARCHAR({n})"),
            SqlType::Enum(_) => "VARCHAR".into(),
            SqlType::Uuid(_) => "CHAR(32)".into(),
            SqlType::Json(_) => "JSON".into(),
            SqlType::LargeBinary | SqlType::Pickle => "BLOB".into(),
            SqlType::Interval => "DATETIME".into(),
            SqlType::Decorated(d) => d.inner.sql_name(),
        }
    }

    /// The type values are stored as: a `TypeDecorator`'s impl, else the type itself.
    pub fn stored(&self) -> &SqlType {
        match self {
            SqlType::Decorated(d) => d.inner.stored(),
            other => other,
        }
    }

    /// Integer by affinity (a `TypeDecorator` or variant stored as an integer counts, as SQLAlchemy's
    /// `_type_affinity` test for autoincrement does).
    pub fn is_integer(&self) -> bool {
        matches!(self.stored(), SqlType::Integer | SqlType::BigInteger | SqlType::SmallInteger)
    }

    /// The Python type a `Mapped[...]` annotation implies, for `Mapped[int]` without a type argument.
    pub fn from_python_type(name: &str) -> Option<SqlType> {
        Some(match name {
            "int" => SqlType::Integer,
            "str" => SqlType::String(None),
            "bool" => SqlType::Boolean,
            "float" => SqlType::Float,
            "Decimal" => SqlType::Numeric(NumericSpec::default()),
            "UUID" => SqlType::Uuid(true),
            "date" => SqlType::Date,
            "datetime" => SqlType::DateTime,
            "time" => SqlType::Time,
            "timedelta" => SqlType::Interval,
            "dict" | "list" => SqlType::Json(JsonSpec::default()),
            "bytes" => SqlType::LargeBinary,
            _ => return None,
        })
    }
}
