//! Schema objects as the models code builds them: column types (`Integer`, `String(50)`), `Column(...)`
//! and `mapped_column(...)`, `ForeignKey(...)`, `Table(...)`, `relationship(...)`, `backref(...)`.
//!
//! Calling these in the models pane builds plain Rust specs ([`ColumnSpec`], [`RelSpec`]) wrapped as
//! Python objects; the declarative hook reads them from the class body when the class is created.
//! Submodules: the column types ([`sql_type`]) and the type classes as Python objects ([`type_objects`]).

mod sql_type;
mod type_objects;

pub use sql_type::{DecoratedSpec, EnumSpec, JsonSpec, NumericSpec, SqlType, is_enum_class};
pub use type_objects::{type_classes, type_of_value};

use super::Orm;
use super::native::{arg, as_str, kwarg, native_class, state, wrap};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use crate::orm::SaExc;
use crate::source::FileSpan;
use std::cell::RefCell;
use std::rc::Rc;

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
    /// `active_history=True`: replacing a many-to-one's value loads the old one first (SQL if it
    /// is not in the identity map), so its history and cascades know it. `single_parent=True`
    /// implies it (its validator listens with `active_history=True`).
    pub active_history: bool,
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
            "active_history" => self.active_history = interp.truthy(value)?,
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
