//! Schema objects as the models code builds them: column types (`Integer`, `String(50)`), `Column(...)`
//! and `mapped_column(...)`, `ForeignKey(...)`, `Table(...)`, `relationship(...)`, `backref(...)`.
//!
//! Calling these in the models pane builds plain Rust specs ([`ColumnSpec`], [`RelSpec`]) wrapped as
//! Python objects; the declarative hook reads them from the class body when the class is created.

use super::Orm;
use super::native::{arg, as_str, kwarg, native_class, state, wrap};
use crate::eval::value::{Class, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use crate::orm::SaExc;
use crate::source::FileSpan;
use std::cell::RefCell;
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
    Uuid,
    /// A `TypeDecorator` around one of the above (see [`super::type_decorator`]).
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
}

impl PartialEq for JsonSpec {
    fn eq(&self, other: &Self) -> bool {
        match (&self.mutable, &other.mutable) {
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
        EnumSpec { class: Some(class.clone()), length: longest.map(|n| n as i64), values: Vec::new() }
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
            "Uuid" | "UUID" => SqlType::Uuid,
            "JSON" => SqlType::Json(JsonSpec::default()),
            "LargeBinary" | "BLOB" => SqlType::LargeBinary,
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
            SqlType::Uuid => "CHAR(32)".into(),
            SqlType::Json(_) => "JSON".into(),
            SqlType::LargeBinary => "BLOB".into(),
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

    pub fn is_integer(&self) -> bool {
        matches!(self, SqlType::Integer | SqlType::BigInteger | SqlType::SmallInteger)
    }

    /// The Python type a `Mapped[...]` annotation implies, for `Mapped[int]` without a type argument.
    pub fn from_python_type(name: &str) -> Option<SqlType> {
        Some(match name {
            "int" => SqlType::Integer,
            "str" => SqlType::String(None),
            "bool" => SqlType::Boolean,
            "float" => SqlType::Float,
            "Decimal" => SqlType::Numeric(NumericSpec::default()),
            "UUID" => SqlType::Uuid,
            "date" => SqlType::Date,
            "datetime" => SqlType::DateTime,
            "time" => SqlType::Time,
            "dict" | "list" => SqlType::Json(JsonSpec::default()),
            "bytes" => SqlType::LargeBinary,
            _ => return None,
        })
    }
}

/// `Column(...)` / `mapped_column(...)` as written.
#[derive(Debug, Clone)]
pub struct ColumnSpec {
    pub name: Option<String>,
    pub ty: Option<SqlType>,
    pub type_text: Option<String>,
    pub foreign_key: Option<String>,
    pub ondelete: Option<String>,
    pub primary_key: bool,
    pub nullable: Option<bool>,
    pub unique: bool,
    pub index: bool,
    pub default: Option<Value>,
    /// The DDL default as SQL text (`'1.5'`, `0`, `false`).
    pub server_default: Option<String>,
    pub onupdate: Option<Value>,
    pub server_onupdate: bool,
    pub autoincrement: Option<bool>,
    /// `mapped_column` (its nullability may come from the annotation).
    pub mapped: bool,
    /// Where the call was written.
    pub site: Option<FileSpan>,
    /// The (table, column) this spec became when its class was mapped (for `remote_side=[id]`).
    pub bound: RefCell<Option<(String, String)>>,
    /// The Core column arguments (`crate::orm::core`), when built by `Column()`.
    pub core: RefCell<Option<Rc<crate::orm::core::schema_obj::CoreColumnArgs>>>,
    /// `deferred=True` and friends (`mapped_column` only).
    pub deferred: Option<crate::orm::mapper::Deferral>,
    /// The free column this spec stands for in expressions written before its class is mapped (one
    /// identity, so the mapping can swap it for the table's column: `orm/column_property.rs`).
    pub free: RefCell<Option<Rc<crate::sql::elements::ColumnInfo>>>,
    /// The dataclass field arguments (`init=`, `repr=`, `default=`, `default_factory=`, `compare=`,
    /// `kw_only=`, `hash=`) `MappedAsDataclass` reads (see `orm/dataclass_args.rs`).
    pub dataclass: Vec<(String, Value)>,
}

/// `relationship(...)` as written.
#[derive(Debug, Default)]
pub struct RelSpec {
    pub target: Option<Value>,
    pub back_populates: Option<String>,
    pub backref: Option<(String, Vec<(Name, Value)>)>,
    pub uselist: Option<bool>,
    pub secondary: Option<Value>,
    pub cascade: Option<String>,
    pub order_by: Option<Value>,
    /// `collection_class=`: `set`, a keyed-dict factory, or a list type.
    pub collection_class: Option<Value>,
    pub remote_side: Option<Value>,
    pub foreign_keys: Option<Value>,
    pub primaryjoin: Option<Value>,
    /// For a many-to-many: the join from the association table to the target (self-referential ones
    /// need it to tell the two foreign keys apart).
    pub secondaryjoin: Option<Value>,
    pub passive_deletes: bool,
    /// `passive_updates=False`: a changed primary key is copied to the referencing rows by the ORM
    /// (UPDATEs it sends) instead of left to the database's `ON UPDATE CASCADE`.
    pub passive_updates: Option<bool>,
    /// `post_update=True`: the foreign key is set by an UPDATE after both rows are inserted (and
    /// cleared by one before either is deleted), which breaks a cycle of rows referencing each other.
    pub post_update: bool,
    pub single_parent: bool,
    pub viewonly: bool,
    pub lazy: Option<String>,
    /// `innerjoin=True`: a joined eager load uses an inner JOIN.
    pub innerjoin: bool,
    /// `join_depth=N`: how many levels a self-referential eager load goes down.
    pub join_depth: Option<usize>,
    /// Where the call was written.
    pub site: Option<FileSpan>,
    /// The dataclass field arguments `MappedAsDataclass` reads (see `orm/dataclass_args.rs`).
    pub dataclass: Vec<(String, Value)>,
}

impl RelSpec {
    /// Takes one keyword argument of `relationship()` (or of a `backref()`, whose arguments are the
    /// reverse relationship's); whether `relationship()` knows the keyword.
    pub fn set_keyword(&mut self, interp: &mut Interp, key: &str, value: &Value) -> PyResult<bool> {
        let text = || as_str(value);
        match key {
            "argument" => self.target = Some(value.clone()),
            "back_populates" => self.back_populates = text(),
            "backref" => {
                self.backref = match (value, state::<BackrefSpec>(value)) {
                    (_, Some(b)) => Some((b.name.clone(), b.kwargs.clone())),
                    (Value::Str(s), _) => Some((s.to_string(), Vec::new())),
                    _ => None,
                }
            }
            "uselist" => self.uselist = Some(interp.truthy(value)?),
            "secondary" => self.secondary = Some(value.clone()),
            "cascade" => self.cascade = text(),
            "order_by" => self.order_by = Some(value.clone()),
            "remote_side" => self.remote_side = Some(value.clone()),
            "foreign_keys" => self.foreign_keys = Some(value.clone()),
            "primaryjoin" => self.primaryjoin = Some(value.clone()),
            "secondaryjoin" => self.secondaryjoin = Some(value.clone()),
            "passive_deletes" => self.passive_deletes = interp.truthy(value)?,
            "passive_updates" => self.passive_updates = Some(interp.truthy(value)?),
            "post_update" => self.post_update = interp.truthy(value)?,
            "single_parent" => self.single_parent = interp.truthy(value)?,
            "viewonly" => self.viewonly = interp.truthy(value)?,
            "lazy" => self.lazy = text(),
            "innerjoin" => self.innerjoin = interp.truthy(value)?,
            "join_depth" => {
                self.join_depth = match value {
                    Value::Int(n) if *n > 0 => Some(*n as usize),
                    _ => None,
                }
            }
            "collection_class" => self.collection_class = Some(value.clone()),
            "doc"
            | "info"
            | "overlaps"
            | "cascade_backrefs"
            | "enable_typechecks"
            | "active_history"
            | "sync_backref"
            | "init"
            | "repr"
            | "default"
            | "default_factory"
            | "compare"
            | "kw_only"
            | "hash"
            | "distinct_target_key"
            | "load_on_pending"
            | "omit_join"
            | "query_class"
            | "comparator_factory"
            | "dataclass_metadata" => {}
            _ => return Ok(false),
        }
        Ok(true)
    }
}

/// `ForeignKey("table.column")`.
#[derive(Debug)]
pub struct FkSpec {
    pub target: String,
    pub ondelete: Option<String>,
}

/// `backref("name", **kwargs)`.
#[derive(Debug)]
pub struct BackrefSpec {
    pub name: String,
    pub kwargs: Vec<(Name, Value)>,
}

/// A `Table(...)` object: its name (the table itself lives in the registry).
#[derive(Debug)]
pub struct TableRef {
    pub name: String,
}

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
                        SqlType::Enum(spec)
                    }
                    _ => SqlType::Enum(EnumSpec {
                        class: None,
                        length: int("enum_length").or(int("length")),
                        values: match dict.get("enums") {
                            Some(Value::List(l)) => l.borrow().iter().filter_map(crate::orm::native::as_str).collect(),
                            _ => Vec::new(),
                        },
                    }),
                },
                // `MutableDict.as_mutable(JSON)` marked the type object with its `Mutable` class.
                SqlType::Json(_) => SqlType::Json(JsonSpec {
                    mutable: match dict.get("_ormplay_mutable") {
                        Some(Value::Class(c)) => Some(c.clone()),
                        _ => None,
                    },
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
    core.decorator.as_ref()?;
    let impl_object = i.dict.borrow().get("impl").cloned()?;
    let (inner, text) = type_of_value(&impl_object)?;
    let inner = match inner {
        SqlType::Decorated(d) => d.inner.clone(),
        other => other,
    };
    Some((SqlType::Decorated(Rc::new(DecoratedSpec { inner, core: (*core).clone() })), text))
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
        Some(SqlType::Uuid) => {
            interp.import_module("uuid")?;
        }
        _ => {}
    }
    Ok(Value::None)
}

impl ColumnSpec {
    /// A column with nothing specified yet: what `mapped_column()` with no arguments means, and what an
    /// annotation-only `x: Mapped[int]` stands for.
    pub fn blank(mapped: bool, site: Option<FileSpan>) -> ColumnSpec {
        ColumnSpec {
            name: None,
            ty: None,
            type_text: None,
            foreign_key: None,
            ondelete: None,
            primary_key: false,
            nullable: None,
            unique: false,
            index: false,
            default: None,
            server_default: None,
            onupdate: None,
            server_onupdate: false,
            autoincrement: None,
            mapped,
            site,
            bound: RefCell::new(None),
            core: RefCell::new(None),
            deferred: None,
            free: RefCell::new(None),
            dataclass: Vec::new(),
        }
    }
}

impl Orm {
    /// `Column(...)` and `mapped_column(...)`.
    pub fn column(&self, interp: &mut Interp, args: Args, mapped: bool) -> PyResult<Value> {
        let mut spec = ColumnSpec::blank(mapped, Some(interp.call_site()));
        for (i, a) in args.positional.iter().enumerate() {
            if let (0, Value::Str(s)) = (i, a) {
                spec.name = Some(s.to_string());
            } else if let Some((ty, text)) = type_of_value(a) {
                spec.ty = Some(ty);
                spec.type_text = Some(text);
            } else if let Some(fk) = state::<FkSpec>(a) {
                spec.foreign_key = Some(fk.target.clone());
                spec.ondelete = fk.ondelete.clone();
            } else {
                let what = interp.repr(a)?;
                return Err(self.error(
                    interp,
                    SaExc::ArgumentError,
                    format!("unexpected argument to Column(): {what}"),
                ));
            }
        }
        for (key, value) in &args.keywords {
            if super::dataclass_args::is_field_argument(key) {
                spec.dataclass.push((key.to_string(), value.clone()));
            }
            let flag = |interp: &mut Interp| interp.truthy(value);
            match &**key {
                "primary_key" => spec.primary_key = flag(interp)?,
                "nullable" => spec.nullable = Some(flag(interp)?),
                "unique" => spec.unique = flag(interp)?,
                "index" => spec.index = flag(interp)?,
                "default" | "insert_default" => spec.default = Some(value.clone()),
                // Kept as SQL: a string is a quoted literal; `text("0")`, `false()` are SQL as they are.
                "server_default" => {
                    spec.server_default = Some(match value {
                        Value::Str(s) => format!("'{}'", s.replace('\'', "''")),
                        other => {
                            let sql = match crate::orm::core::convert::expr_of(interp, other)? {
                                Some(e) => crate::orm::core::expr_obj::server_default_sql(interp, &e)?,
                                None => interp.to_str(other)?,
                            };
                            if sql.eq_ignore_ascii_case("true") || sql.eq_ignore_ascii_case("false") {
                                sql.to_ascii_lowercase()
                            } else {
                                sql
                            }
                        }
                    })
                }
                "autoincrement" => spec.autoincrement = Some(flag(interp)?),
                "name" => spec.name = as_str(value),
                "type_" => {
                    if let Some((ty, text)) = type_of_value(value) {
                        spec.ty = Some(ty);
                        spec.type_text = Some(text);
                    }
                }
                "onupdate" => spec.onupdate = Some(value.clone()),
                "server_onupdate" => spec.server_onupdate = true,
                "doc" | "comment" | "info" | "key" | "init" | "repr" | "sort_order" | "quote" | "default_factory"
                | "compare" | "kw_only" | "hash" => {}
                other => {
                    return Err(self.error(
                        interp,
                        SaExc::ArgumentError,
                        format!("unexpected keyword argument '{other}' to Column()"),
                    ));
                }
            }
        }
        let class = native_class(interp, if mapped { "MappedColumn" } else { "Column" }, "sqlalchemy", &[]);
        Ok(wrap(interp, &class, spec))
    }

    pub fn foreign_key(&self, interp: &mut Interp, args: Args) -> PyResult<Value> {
        let target = match arg(&args, 0, "column") {
            Some(Value::Str(s)) => s.to_string(),
            Some(other) => column_path(&other).ok_or_else(|| {
                self.error(interp, SaExc::ArgumentError, "ForeignKey() takes a \"table.column\" string or a column")
            })?,
            None => {
                return Err(self.error(interp, SaExc::ArgumentError, "ForeignKey() needs a \"table.column\" target"));
            }
        };
        let ondelete = kwarg(&args, "ondelete").and_then(|v| as_str(&v));
        let class = native_class(interp, "ForeignKey", "sqlalchemy", &[]);
        Ok(wrap(interp, &class, FkSpec { target, ondelete }))
    }

    pub fn relationship(&self, interp: &mut Interp, args: Args) -> PyResult<Value> {
        let mut spec =
            RelSpec { target: args.positional.first().cloned(), site: Some(interp.call_site()), ..RelSpec::default() };
        if let Some(secondary) = args.positional.get(1) {
            spec.secondary = Some(secondary.clone());
        }
        for (key, value) in &args.keywords {
            if super::dataclass_args::is_field_argument(key) {
                spec.dataclass.push((key.to_string(), value.clone()));
            }
            if !spec.set_keyword(interp, key, value)? {
                return Err(self.error(
                    interp,
                    SaExc::ArgumentError,
                    format!("relationship() got an unexpected keyword argument '{key}'"),
                ));
            }
        }
        // SQLAlchemy parses the cascade when relationship() is called, so a bad word fails at this line.
        if let Some(Err(bad)) = spec.cascade.as_deref().map(super::mapper::Cascade::parse) {
            return Err(self.error(interp, SaExc::ArgumentError, format!("Invalid cascade option(s): '{bad}'")));
        }
        let class = native_class(interp, "Relationship", "sqlalchemy.orm", &[]);
        Ok(wrap(interp, &class, RefCell::new(spec)))
    }

    pub fn backref(&self, interp: &mut Interp, args: Args) -> PyResult<Value> {
        let Some(Value::Str(name)) = args.positional.first() else {
            return Err(interp.type_error("backref() needs the name of the reverse attribute"));
        };
        let class = native_class(interp, "backref", "sqlalchemy.orm", &[]);
        Ok(wrap(interp, &class, BackrefSpec { name: name.to_string(), kwargs: args.keywords.clone() }))
    }
}

/// `"table.column"` from a column expression object (`ForeignKey(User.id)`), if it is one.
fn column_path(v: &Value) -> Option<String> {
    let expr = state::<super::expr::ExprObj>(v)?;
    match &expr.expr {
        super::expr::SqlExpr::Column { table, column, .. } => Some(format!("{table}.{column}")),
        _ => None,
    }
}

/// `UniqueConstraint("a", "b")` in `__table_args__`.
#[derive(Debug)]
pub struct UniqueSpec {
    pub columns: Vec<String>,
    pub name: Option<String>,
}

impl Orm {
    pub fn unique_constraint(&self, interp: &mut Interp, args: Args) -> PyResult<Value> {
        let mut columns = Vec::new();
        for a in &args.positional {
            match a {
                Value::Str(s) => columns.push(s.to_string()),
                other => columns.push(interp.to_str(other)?),
            }
        }
        let class = native_class(interp, "UniqueConstraint", "sqlalchemy", &[]);
        Ok(wrap(interp, &class, UniqueSpec { columns, name: None }))
    }
}
