//! SQL types as SQLAlchemy models them: the class a user named (`String(30)`, `VARCHAR(20)`, `Integer`),
//! its arguments, and the questions the rest of the SQL layer asks of a type — its *affinity* (which
//! family of operators applies: `+` concatenates strings and adds numbers), the type of `a <op> b`
//! (SQLAlchemy's `_expression_adaptations`), how it is written in DDL and `CAST`, and how it repr()s.
//!
//! Binding and literal rendering of values live in [`super::value`]; this file is only about types.

mod adapt;

use std::any::Any;
use std::rc::Rc;

/// The type classes of `sqlalchemy.types` this playground knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TypeKind {
    #[default]
    Null,
    Integer,
    SmallInteger,
    BigInteger,
    Float,
    Double,
    Numeric,
    String,
    Text,
    Unicode,
    UnicodeText,
    Boolean,
    Date,
    DateTime,
    Time,
    Interval,
    Enum,
    Json,
    LargeBinary,
    PickleType,
    Uuid,
    Array,
    Tuple,
    /// The return type of `match()` (a boolean the database defines).
    Match,
    /// `JSON.JSONIndexType`: the index of `json_col[i]` / `json_col["key"]`, bound on SQLite as the
    /// JSON path `$[i]` / `$."key"`.
    JsonIndex,
    /// `JSON.JSONPathType`: the tuple index of `json_col[("a", 1)]`, bound as `$."a"[1]`.
    JsonPath,
}

/// The family a type belongs to for operator purposes (SQLAlchemy's `_type_affinity`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Affinity {
    Null,
    Integer,
    Float,
    Numeric,
    String,
    Boolean,
    Date,
    DateTime,
    Time,
    Interval,
    Json,
    Binary,
    Uuid,
    Array,
    Tuple,
}

/// A SQL type instance (`String(30)`, `Numeric(10, 2)`, `Enum("a", "b")`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SqlType {
    pub kind: TypeKind,
    /// The SQL-standard uppercase class when the user named one (`VARCHAR`, `INTEGER`, `TIMESTAMP`);
    /// it changes the repr and sometimes the DDL name, never the behaviour.
    pub upper: Option<&'static str>,
    pub length: Option<i64>,
    pub precision: Option<i64>,
    pub scale: Option<i64>,
    pub timezone: bool,
    pub collation: Option<String>,
    /// `Enum`: the allowed values (member names for a Python enum class).
    pub enum_values: Vec<String>,
    /// `Enum(SomeEnum)`: the member names, parallel to `enum_values` (which are the names themselves
    /// unless `values_callable=` chose other stored strings); empty for an `Enum("a", "b")`.
    pub enum_names: Vec<String>,
    /// `Enum`: the explicit or derived (`enum class name, lowercased`) name; `Boolean(name=...)`'s.
    pub enum_name: Option<String>,
    /// `Enum(..., create_constraint=True)`, `Boolean(create_constraint=True)`: the column's table gets
    /// a CHECK constraint of the allowed values, named by the type's name.
    pub create_constraint: bool,
    /// `Enum(..., native_enum=False)`: only `repr()` shows it (SQLite has no native enum).
    pub non_native_enum: bool,
    /// `Enum(SomeEnum)`: the Python enum class, whose members the result processor gives back for the
    /// stored names. Opaque here: only the Python-facing layer looks inside.
    pub enum_class: Option<PyObject>,
    /// `Numeric(asdecimal=False)`, `Float(asdecimal=True)`: `None` for the class default.
    pub asdecimal: Option<bool>,
    /// `Uuid(as_uuid=False)`.
    pub as_uuid: bool,
    /// `ARRAY(item)`.
    pub item: Option<Box<SqlType>>,
    /// `TupleType(...)`: the element types.
    pub items: Vec<SqlType>,
    /// `MutableDict.as_mutable(JSON)`: the `Mutable` class the ORM coerces the column's values into.
    /// Opaque here, like `enum_class`.
    pub mutable: Option<PyObject>,
    /// `Enum(..., validate_strings=True)`: unknown strings fail the bind (see `orm/bind_check.rs`).
    pub validate_strings: bool,
    /// `JSON(none_as_null=True)`: Python `None` binds as SQL NULL instead of the JSON text `'null'`.
    pub none_as_null: bool,
    /// A `TypeDecorator` wrapping this type: the fields above are its `impl`'s (the DDL, operators
    /// and driver-level binding are the impl's), the decorator adds the user's Python processing.
    pub decorator: Option<Decorator>,
    /// `with_variant(type_, "sqlite")`: the type used instead on the named dialects (DDL, binding and
    /// results there); `repr()` and `str()` stay this type's.
    pub variants: Vec<(String, SqlType)>,
}

/// The user's `TypeDecorator` object around a type (`LowerString(100)` around `String(100)`): the
/// Python-facing layer runs its `process_bind_param` / `process_result_value` where values cross into
/// and out of SQL; here it only names the type (`repr`) and keeps comparisons typed by it.
#[derive(Debug, Clone, PartialEq)]
pub struct Decorator {
    /// The decorator's class name, which `repr()` shows with the impl's arguments.
    pub class_name: String,
    /// The decorator instance (opaque here).
    pub object: PyObject,
}

/// A Python object a type refers to (an `Enum` type's enum class). The SQL layer never looks inside;
/// two are equal when they are the same object, as Python's `is`.
#[derive(Clone)]
pub struct PyObject(pub Rc<dyn Any>);

impl PartialEq for PyObject {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::addr_eq(Rc::as_ptr(&self.0), Rc::as_ptr(&other.0))
    }
}

impl std::fmt::Debug for PyObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<python object>")
    }
}

impl SqlType {
    pub fn new(kind: TypeKind) -> SqlType {
        SqlType { kind, as_uuid: true, ..SqlType::default() }
    }

    pub fn null() -> SqlType {
        SqlType::new(TypeKind::Null)
    }

    pub fn integer() -> SqlType {
        SqlType::new(TypeKind::Integer)
    }

    pub fn string() -> SqlType {
        SqlType::new(TypeKind::String)
    }

    pub fn boolean() -> SqlType {
        SqlType::new(TypeKind::Boolean)
    }

    pub fn numeric() -> SqlType {
        SqlType::new(TypeKind::Numeric)
    }

    /// `Enum._valid_lookup` for a member: the string stored for the member named `name` (its name, or
    /// what `values_callable` gave for it).
    pub fn enum_stored(&self, name: &str) -> String {
        match self.enum_names.iter().position(|n| n == name) {
            Some(i) => self.enum_values.get(i).cloned().unwrap_or_else(|| name.to_string()),
            None => name.to_string(),
        }
    }

    /// `Enum._object_lookup`: the member name for a stored string, if it is one of the values.
    pub fn enum_member_name(&self, stored: &str) -> Option<&str> {
        let i = self.enum_values.iter().position(|v| v == stored)?;
        self.enum_names.get(i).map(String::as_str)
    }

    pub fn with_length(mut self, length: Option<i64>) -> SqlType {
        self.length = length;
        self
    }

    /// A type by its Python class name (`"String"`, `"VARCHAR"`), without arguments.
    pub fn from_class_name(name: &str) -> Option<SqlType> {
        let (kind, upper) = match name {
            "NullType" => (TypeKind::Null, None),
            "Integer" => (TypeKind::Integer, None),
            "INTEGER" | "INT" => (TypeKind::Integer, Some("INTEGER")),
            "SmallInteger" => (TypeKind::SmallInteger, None),
            "SMALLINT" => (TypeKind::SmallInteger, Some("SMALLINT")),
            "BigInteger" => (TypeKind::BigInteger, None),
            "BIGINT" => (TypeKind::BigInteger, Some("BIGINT")),
            "Float" => (TypeKind::Float, None),
            "FLOAT" => (TypeKind::Float, Some("FLOAT")),
            "REAL" => (TypeKind::Float, Some("REAL")),
            "Double" => (TypeKind::Double, None),
            "DOUBLE" => (TypeKind::Double, Some("DOUBLE")),
            "DOUBLE_PRECISION" => (TypeKind::Double, Some("DOUBLE_PRECISION")),
            "Numeric" => (TypeKind::Numeric, None),
            "NUMERIC" => (TypeKind::Numeric, Some("NUMERIC")),
            "DECIMAL" => (TypeKind::Numeric, Some("DECIMAL")),
            "String" => (TypeKind::String, None),
            "VARCHAR" => (TypeKind::String, Some("VARCHAR")),
            "CHAR" => (TypeKind::String, Some("CHAR")),
            "NVARCHAR" => (TypeKind::String, Some("NVARCHAR")),
            "NCHAR" => (TypeKind::String, Some("NCHAR")),
            "Text" => (TypeKind::Text, None),
            "TEXT" => (TypeKind::Text, Some("TEXT")),
            "CLOB" => (TypeKind::Text, Some("CLOB")),
            "Unicode" => (TypeKind::Unicode, None),
            "UnicodeText" => (TypeKind::UnicodeText, None),
            "Boolean" => (TypeKind::Boolean, None),
            "BOOLEAN" => (TypeKind::Boolean, Some("BOOLEAN")),
            "Date" => (TypeKind::Date, None),
            "DATE" => (TypeKind::Date, Some("DATE")),
            "DateTime" => (TypeKind::DateTime, None),
            "DATETIME" => (TypeKind::DateTime, Some("DATETIME")),
            "TIMESTAMP" => (TypeKind::DateTime, Some("TIMESTAMP")),
            "Time" => (TypeKind::Time, None),
            "TIME" => (TypeKind::Time, Some("TIME")),
            "Interval" => (TypeKind::Interval, None),
            "Enum" => (TypeKind::Enum, None),
            "JSON" => (TypeKind::Json, None),
            "LargeBinary" => (TypeKind::LargeBinary, None),
            "BLOB" => (TypeKind::LargeBinary, Some("BLOB")),
            "PickleType" => (TypeKind::PickleType, None),
            "Uuid" => (TypeKind::Uuid, None),
            "UUID" => (TypeKind::Uuid, Some("UUID")),
            "ARRAY" => (TypeKind::Array, Some("ARRAY")),
            "TupleType" => (TypeKind::Tuple, None),
            _ => return None,
        };
        let mut t = SqlType::new(kind);
        t.upper = upper;
        Some(t)
    }

    /// The variant `with_variant()` gave for the dialect named `dialect`.
    pub fn variant(&self, dialect: &str) -> Option<&SqlType> {
        self.variants.iter().find(|(name, _)| name == dialect).map(|(_, t)| t)
    }

    /// The type without its `TypeDecorator` (the `impl` the SQL is written for).
    pub fn undecorated(&self) -> SqlType {
        SqlType { decorator: None, ..self.clone() }
    }

    /// The Python class name (`String`, `VARCHAR`).
    pub fn class_name(&self) -> &'static str {
        if let Some(u) = self.upper {
            return u;
        }
        match self.kind {
            TypeKind::Null => "NullType",
            TypeKind::Integer => "Integer",
            TypeKind::SmallInteger => "SmallInteger",
            TypeKind::BigInteger => "BigInteger",
            TypeKind::Float => "Float",
            TypeKind::Double => "Double",
            TypeKind::Numeric => "Numeric",
            TypeKind::String => "String",
            TypeKind::Text => "Text",
            TypeKind::Unicode => "Unicode",
            TypeKind::UnicodeText => "UnicodeText",
            TypeKind::Boolean => "Boolean",
            TypeKind::Date => "Date",
            TypeKind::DateTime => "DateTime",
            TypeKind::Time => "Time",
            TypeKind::Interval => "Interval",
            TypeKind::Enum => "Enum",
            TypeKind::Json => "JSON",
            TypeKind::LargeBinary => "LargeBinary",
            TypeKind::PickleType => "PickleType",
            TypeKind::Uuid => "Uuid",
            TypeKind::Array => "ARRAY",
            TypeKind::Tuple => "TupleType",
            TypeKind::Match => "MatchType",
            TypeKind::JsonIndex => "JSONIndexType",
            TypeKind::JsonPath => "JSONPathType",
        }
    }

    pub fn affinity(&self) -> Affinity {
        match self.kind {
            TypeKind::Null => Affinity::Null,
            TypeKind::Integer | TypeKind::SmallInteger | TypeKind::BigInteger => Affinity::Integer,
            TypeKind::Float | TypeKind::Double => Affinity::Float,
            TypeKind::Numeric => Affinity::Numeric,
            TypeKind::String
            | TypeKind::Text
            | TypeKind::Unicode
            | TypeKind::UnicodeText
            | TypeKind::Enum
            | TypeKind::JsonIndex
            | TypeKind::JsonPath => Affinity::String,
            TypeKind::Boolean | TypeKind::Match => Affinity::Boolean,
            TypeKind::Date => Affinity::Date,
            TypeKind::DateTime => Affinity::DateTime,
            TypeKind::Time => Affinity::Time,
            TypeKind::Interval => Affinity::Interval,
            TypeKind::Json => Affinity::Json,
            TypeKind::LargeBinary | TypeKind::PickleType => Affinity::Binary,
            TypeKind::Uuid => Affinity::Uuid,
            TypeKind::Array => Affinity::Array,
            TypeKind::Tuple => Affinity::Tuple,
        }
    }

    pub fn is_null(&self) -> bool {
        self.kind == TypeKind::Null
    }

    /// Types whose `+` is SQL's `||` (SQLAlchemy's `Concatenable`).
    pub fn is_concatenable(&self) -> bool {
        matches!(self.affinity(), Affinity::String)
    }

    /// Types that support `expr[index]` (SQLAlchemy's `Indexable`).
    pub fn is_indexable(&self) -> bool {
        matches!(self.kind, TypeKind::Json | TypeKind::Array)
    }

    /// The type a literal compared with an expression of this type takes (`TypeEngine.coerce_compared_value`):
    /// this type when the value's own type is of the same family (or unknown), else the value's type —
    /// `column(Integer) == "5"` binds a string.
    pub fn coerce_compared_value(&self, value_type: SqlType) -> SqlType {
        // `TypeDecorator.coerce_compared_value` returns the decorator itself: its bind processing
        // applies to whatever is compared with the column.
        if self.decorator.is_some() {
            return self.clone();
        }
        if value_type.is_null() || value_type.affinity() == self.affinity() { self.clone() } else { value_type }
    }

    /// The type name in DDL and CAST, as the generic compiler writes it (`VARCHAR(30)`, `NUMERIC(10, 2)`).
    pub fn ddl(&self, sqlite: bool) -> String {
        if let Some(variant) = self.variant("sqlite").filter(|_| sqlite) {
            return variant.ddl(sqlite);
        }
        let with_len = |base: &str| match self.length {
            Some(n) => format!("{base}({n})"),
            None => base.to_string(),
        };
        let collate = |s: String| match &self.collation {
            Some(c) => format!("{s} COLLATE {}", quote_collation(c, sqlite)),
            None => s,
        };
        match (self.kind, self.upper) {
            (TypeKind::Null, _) => "NULL".into(),
            (TypeKind::Integer, _) => "INTEGER".into(),
            (TypeKind::SmallInteger, _) => "SMALLINT".into(),
            (TypeKind::BigInteger, _) => "BIGINT".into(),
            (TypeKind::Float, Some("REAL")) => "REAL".into(),
            (TypeKind::Float, _) => match self.precision {
                Some(p) if !sqlite => format!("FLOAT({p})"),
                _ => "FLOAT".into(),
            },
            (TypeKind::Double, Some("DOUBLE_PRECISION")) => "DOUBLE PRECISION".into(),
            (TypeKind::Double, _) => "DOUBLE".into(),
            (TypeKind::Numeric, upper) => {
                let base = if upper == Some("DECIMAL") { "DECIMAL" } else { "NUMERIC" };
                match (self.precision, self.scale) {
                    (Some(p), Some(s)) => format!("{base}({p}, {s})"),
                    (Some(p), None) => format!("{base}({p})"),
                    _ => base.into(),
                }
            }
            (TypeKind::String, Some(u @ ("CHAR" | "NCHAR" | "NVARCHAR"))) => collate(with_len(u)),
            (TypeKind::String | TypeKind::Unicode, _) => collate(with_len("VARCHAR")),
            (TypeKind::Text, Some("CLOB")) => collate(with_len("CLOB")),
            (TypeKind::Text | TypeKind::UnicodeText, _) => collate(with_len("TEXT")),
            (TypeKind::Boolean, _) => "BOOLEAN".into(),
            (TypeKind::Date, _) => "DATE".into(),
            (TypeKind::DateTime, Some("TIMESTAMP")) => "TIMESTAMP".into(),
            (TypeKind::DateTime, _) => "DATETIME".into(),
            (TypeKind::Time, _) => "TIME".into(),
            (TypeKind::Interval, _) => "DATETIME".into(),
            (TypeKind::Enum, _) => {
                let len = self
                    .length
                    .unwrap_or_else(|| self.enum_values.iter().map(|v| v.chars().count()).max().unwrap_or(0) as i64);
                collate(format!("VARCHAR({len})"))
            }
            (TypeKind::Json, _) => "JSON".into(),
            (TypeKind::LargeBinary | TypeKind::PickleType, _) => "BLOB".into(),
            (TypeKind::Uuid, Some("UUID")) => "UUID".into(),
            (TypeKind::Uuid, _) => "CHAR(32)".into(),
            (TypeKind::Array, _) => "ARRAY".into(),
            (TypeKind::Tuple, _) => "TUPLE".into(),
            (TypeKind::Match, _) => "BOOLEAN".into(),
            (TypeKind::JsonIndex | TypeKind::JsonPath, _) => "VARCHAR".into(),
        }
    }

    /// The repr SQLAlchemy's `util.generic_repr` gives (`String(length=30)`, `Numeric(precision=10, scale=2)`).
    pub fn repr(&self) -> String {
        let name = self.decorator.as_ref().map_or(self.class_name(), |d| d.class_name.as_str());
        let mut args: Vec<String> = Vec::new();
        match self.kind {
            TypeKind::Enum => {
                for v in &self.enum_values {
                    args.push(py_str_repr(v));
                }
                if let Some(n) = &self.enum_name {
                    args.push(format!("name={}", py_str_repr(n)));
                }
                if self.non_native_enum {
                    args.push("native_enum=False".into());
                }
            }
            TypeKind::Array => {
                if let Some(item) = &self.item {
                    args.push(item.repr());
                }
            }
            TypeKind::Tuple => {
                for t in &self.items {
                    args.push(t.repr());
                }
            }
            _ => {
                if let Some(p) = self.precision {
                    args.push(format!("precision={p}"));
                }
                if let Some(s) = self.scale {
                    args.push(format!("scale={s}"));
                }
                if let Some(n) = self.length {
                    args.push(format!("length={n}"));
                }
                if let Some(c) = &self.collation {
                    args.push(format!("collation={}", py_str_repr(c)));
                }
                if self.timezone {
                    args.push("timezone=True".into());
                }
                if let Some(a) = self.asdecimal {
                    let default = !matches!(self.kind, TypeKind::Float | TypeKind::Double);
                    if a != default {
                        args.push(format!("asdecimal={}", if a { "True" } else { "False" }));
                    }
                }
                if self.kind == TypeKind::Uuid && !self.as_uuid {
                    args.push("as_uuid=False".into());
                }
            }
        }
        format!("{name}({})", args.join(", "))
    }

    /// `str(type)`: the type compiled by the default dialect.
    pub fn str(&self) -> String {
        self.ddl(false)
    }
}

/// `IdentifierPreparer.format_collation`: quoted as an identifier is (`COLLATE "NOCASE"`: a name with
/// capitals is case-sensitive), since `quote_case_sensitive_collations` is on for SQLite and the default.
fn quote_collation(c: &str, sqlite: bool) -> String {
    use crate::sql::compiler::{Dialect, quoting};
    quoting::quote(if sqlite { Dialect::Sqlite } else { Dialect::Default }, c)
}

/// Python's repr of a str (single quotes unless the text has one and no double quote).
pub fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
