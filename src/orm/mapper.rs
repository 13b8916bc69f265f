//! The model registry: tables, mappers and relationships, as plain data.
//!
//! A [`Registry`] is what one declarative `Base` (its `MetaData`) knows: every table (mapped or
//! `Table(...)`), every mapped class with its columns and relationships. Relationship targets are
//! resolved later, at configure time (see `configure.rs`), the way SQLAlchemy's mapper configuration
//! does it, so classes may refer to classes defined after them.

use super::schema::{RelSpec, SqlType};
use crate::eval::value::{Class, Value};
use crate::source::FileSpan;
use indexmap::IndexMap;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug, Clone)]
pub struct ColumnDef {
    /// The column's name in the table.
    pub name: String,
    /// The attribute name on the class (differs with `kinship = Column("relationship", ...)`).
    pub key: String,
    /// An explicit `Column(..., key="k")`: the Core column's key in `Table.c` (else its name).
    pub core_key: Option<String>,
    pub ty: SqlType,
    /// The type as written (`String(50)`), for display.
    pub type_text: String,
    pub primary_key: bool,
    pub nullable: bool,
    pub unique: bool,
    pub index: bool,
    pub default: Option<Value>,
    pub server_default: Option<String>,
    /// The `server_default=` as given (a string literal or SQL), for Core's `column.server_default`.
    pub server_default_clause: Option<crate::sql::schema::ServerDefault>,
    /// `onupdate=`: a value or callable applied to UPDATEs that do not set the column.
    pub onupdate: Option<Value>,
    /// `server_onupdate=`: the database changes the column on UPDATE, so the flush expires it.
    pub server_onupdate: bool,
    pub foreign_key: Option<(String, String)>,
    pub ondelete: Option<String>,
    /// The `ForeignKey(...)` object as written, for what the DDL shows besides the target
    /// (`name=`, `onupdate=`).
    pub foreign_key_options: Option<crate::sql::schema::ForeignKey>,
    /// The Core type object as written, for what the ORM's type does not keep (`create_constraint=`
    /// and the constraint's `name=`).
    pub given_type: Option<crate::sql::types::SqlType>,
    /// `Computed(...)`: a generated column (the flush leaves it out and loads it back).
    pub computed: Option<crate::sql::schema::Computed>,
    /// Integer primary keys are assigned like SQLite's rowid (max + 1).
    pub autoincrement: bool,
    /// Where its `Column(...)` (or the class, for an implied column) was written.
    pub site: Option<FileSpan>,
    /// `mapped_column(deferred=True, deferred_group=..., deferred_raiseload=...)`: left out of the
    /// entity's SELECT and loaded on first access (see `orm/deferral.rs`).
    pub deferred: Option<Deferral>,
    /// Column-level `CheckConstraint`s (`Column(Integer, CheckConstraint("x > 0"))`), rendered after
    /// the column's type and flags.
    pub checks: Vec<crate::sql::schema::Constraint>,
}

/// A column's default deferral, as `mapped_column()` configures it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Deferral {
    /// `deferred_group`: the columns of a group load together.
    pub group: Option<String>,
    /// `deferred_raiseload`: access raises instead of emitting a SELECT.
    pub raiseload: bool,
}

#[derive(Debug, Clone)]
pub struct TableDef {
    pub name: String,
    pub columns: Vec<ColumnDef>,
    /// Index of the mapper of this table, if a class maps it.
    pub mapper: Option<usize>,
    /// Multi-column unique constraints from `__table_args__`.
    pub unique_sets: Vec<Vec<String>>,
    /// Table-level `CheckConstraint`s from `__table_args__` or `Table(...)`, each with the number of
    /// `unique_sets` written before it (SQLAlchemy renders table constraints in creation order).
    pub checks: Vec<(usize, crate::sql::schema::Constraint)>,
    /// `Index(...)` objects of `__table_args__`, bound to the Core table when it is built.
    pub indexes: Vec<Rc<crate::sql::schema::Index>>,
    /// `sqlite_autoincrement=True` in `__table_args__`.
    pub sqlite_autoincrement: bool,
    /// The class header, or the `Table(...)` call.
    pub site: Option<FileSpan>,
}

impl TableDef {
    pub fn column(&self, name: &str) -> Option<&ColumnDef> {
        self.columns.iter().find(|c| c.name == name)
    }

    /// The primary key columns, in table order (or in a `PrimaryKeyConstraint`'s order).
    pub fn primary_key(&self) -> Vec<&ColumnDef> {
        for (_, c) in &self.checks {
            if let crate::sql::schema::Constraint::PrimaryKey { columns, .. } = c
                && !columns.is_empty()
            {
                return columns
                    .iter()
                    .filter_map(|n| self.columns.iter().find(|c| c.name == *n || c.key == *n))
                    .collect();
            }
        }
        self.columns.iter().filter(|c| c.primary_key).collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    OneToMany,
    ManyToOne,
    ManyToMany,
}

impl Direction {
    pub fn label(self) -> &'static str {
        match self {
            Direction::OneToMany => "one-to-many",
            Direction::ManyToOne => "many-to-one",
            Direction::ManyToMany => "many-to-many",
        }
    }
}

/// Which operations propagate along a relationship.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cascade {
    pub save_update: bool,
    pub merge: bool,
    pub delete: bool,
    pub delete_orphan: bool,
    pub refresh_expire: bool,
    pub expunge: bool,
}

impl Cascade {
    pub fn default_set() -> Self {
        Cascade { save_update: true, merge: true, ..Cascade::default() }
    }

    /// Parses `"all, delete-orphan"`; unknown words are returned as errors.
    pub fn parse(text: &str) -> Result<Cascade, String> {
        let mut c = Cascade::default();
        for word in text.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            match word {
                "all" => {
                    c.save_update = true;
                    c.merge = true;
                    c.delete = true;
                    c.refresh_expire = true;
                    c.expunge = true;
                }
                "save-update" => c.save_update = true,
                "merge" => c.merge = true,
                "delete" => c.delete = true,
                "delete-orphan" => c.delete_orphan = true,
                "refresh-expire" => c.refresh_expire = true,
                "expunge" => c.expunge = true,
                "none" => {}
                other => return Err(other.to_string()),
            }
        }
        Ok(c)
    }

    /// The cascade as SQLAlchemy lists it.
    pub fn describe(&self) -> String {
        let mut words = Vec::new();
        if self.save_update && self.merge && self.delete && self.refresh_expire && self.expunge {
            words.push("all");
        } else {
            for (on, w) in [
                (self.save_update, "save-update"),
                (self.merge, "merge"),
                (self.delete, "delete"),
                (self.refresh_expire, "refresh-expire"),
                (self.expunge, "expunge"),
            ] {
                if on {
                    words.push(w);
                }
            }
        }
        if self.delete_orphan {
            words.push("delete-orphan");
        }
        words.join(", ")
    }
}

/// The association table of a many-to-many relationship and how it links both sides.
#[derive(Debug, Clone)]
pub struct Secondary {
    pub table: String,
    /// (association column, owner column)
    pub local: Vec<(String, String)>,
    /// (association column, target column)
    pub remote: Vec<(String, String)>,
    /// The criteria of a custom `primaryjoin` and `secondaryjoin` beyond their column equalities
    /// (`membership.c.active == True`), written against the tables: a join of the relationship
    /// adds each to its own ON clause.
    pub criteria: [Option<crate::sql::elements::ExprRef>; 2],
}

/// A relationship after configuration.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub target: usize,
    pub direction: Direction,
    pub uselist: bool,
    pub cascade: Cascade,
    /// Column pairs (owner column, target column) of the join: for one-to-many the owner's key and the
    /// target's foreign key; for many-to-one the owner's foreign key and the target's key.
    pub pairs: Vec<(String, String)>,
    pub secondary: Option<Secondary>,
    /// The reverse relationship's key on the target, when paired by back_populates or backref.
    pub reverse: Option<String>,
    /// `order_by` as (target column, descending).
    pub order_by: Vec<(String, bool)>,
    pub passive_deletes: bool,
    /// `passive_updates` (True unless given False): see [`super::schema::RelSpec::passive_updates`].
    pub passive_updates: bool,
    /// `post_update=True`: see [`super::schema::RelSpec::post_update`].
    pub post_update: bool,
    pub viewonly: bool,
    /// A custom `primaryjoin`'s criteria beyond the column pairs (`Address.city == 'Boston'`), written
    /// against the owner's and target's tables: every load and join of the relationship adds them.
    pub extra: Option<crate::sql::elements::ExprRef>,
    /// A `primaryjoin` that is not plain column equality (`remote(ip) == cast(foreign(content), String)`,
    /// a LIKE): the whole condition, its target-side columns annotated `REMOTE`; joins and lazy
    /// loads render it instead of `pairs` (which then hold only its `==` comparisons, for syncing).
    /// See `orm/core/join_condition.rs`.
    pub join: Option<crate::sql::elements::ExprRef>,
}

#[derive(Debug, Clone)]
pub struct Relationship {
    pub key: String,
    pub spec: Rc<RefCell<RelSpec>>,
    /// Created by another relationship's `backref=`.
    pub from_backref: bool,
    pub resolved: Option<Rc<Resolved>>,
    /// Where its `relationship(...)` (or the `backref(...)` that created it) was written.
    pub site: Option<FileSpan>,
}

pub struct Mapper {
    pub class: Rc<Class>,
    pub class_name: String,
    pub table: String,
    pub relationships: Vec<Relationship>,
    /// The class header.
    pub site: Option<FileSpan>,
    /// Mapped inheritance: the mapper this one inherits (sharing its table, or joined to it when
    /// `table` differs).
    pub inherits: Option<usize>,
    /// `concrete=True` under a mapped class: the parent SQLAlchemy's `Mapper.inherits` names. Such a
    /// mapper shares nothing with it at the SQL level (its own table with every column, its own
    /// identity map keys, plain SELECTs and flushes), so every table-walking helper sees it as a base
    /// (`inherits` is `None`); only inspection reports the parent.
    pub concrete_inherits: Option<usize>,
    /// `ConcreteBase`: the polymorphic union its SELECTs read (set at configuration).
    pub concrete_union: Option<super::inheritance::ConcreteUnion>,
    /// `__mapper_args__["polymorphic_on"]`: the discriminator column's key.
    pub polymorphic_on: Option<String>,
    /// `__mapper_args__["polymorphic_identity"]`.
    pub polymorphic_identity: Option<Value>,
    /// `__mapper_args__["polymorphic_load"] == "inline"`: the base's SELECT names its columns.
    pub load_inline: bool,
    /// `polymorphic_load="selectin"`: a polymorphic load of a superclass brings this class's
    /// columns with an IN SELECT (`orm/eager/polymorphic.rs`).
    pub load_selectin: bool,
    /// `polymorphic_abstract=True`: an intermediate class of a hierarchy that is never instantiated
    /// itself (only its subclasses, whose identities its relationships and queries cover).
    pub polymorphic_abstract: bool,
    /// The column keys this mapper added to the table (all of them for a base mapper).
    pub own_columns: Vec<String>,
    /// `column_property(expr)` / `deferred(expr)` / `query_expression()`, in the order written.
    pub expressions: Vec<super::column_property::ExprProp>,
    /// `composite()` properties, in the order written.
    pub composites: Vec<super::declarative::composite::CompositeDef>,
    /// `__mapper_args__["version_id_col"]`: the optimistic-concurrency counter.
    pub version: Option<VersionSpec>,
}

/// A mapper's version counter: the column (by attribute key) that every UPDATE and DELETE checks and
/// every INSERT and UPDATE sets (see `flush/versioning.rs`).
#[derive(Clone)]
pub struct VersionSpec {
    pub key: String,
    pub generator: VersionGenerator,
}

/// `version_id_generator`: SQLAlchemy's default counter (`(v or 0) + 1`), `False` (the application
/// sets the value), or a function of the previous value.
#[derive(Clone)]
pub enum VersionGenerator {
    Counter,
    Off,
    Call(Value),
}

impl Mapper {
    /// A new mapper of `class` over `table`: the one place a `Mapper` is assembled (declarative
    /// classes, classes given a `__table__`, single-table subclasses), so every mapper takes its
    /// `__mapper_args__` settings the same way. Expressions and composites are added by the caller.
    pub fn new(
        class: &Rc<Class>,
        table: String,
        site: Option<FileSpan>,
        inherits: Option<usize>,
        relationships: Vec<Relationship>,
        own_columns: Vec<String>,
        args: super::inheritance::MapperArgs,
    ) -> Mapper {
        Mapper {
            class: class.clone(),
            class_name: class.name.to_string(),
            table,
            relationships,
            site,
            inherits,
            concrete_inherits: None,
            concrete_union: None,
            polymorphic_on: args.polymorphic_on,
            polymorphic_identity: args.polymorphic_identity,
            load_inline: args.load_inline,
            load_selectin: args.load_selectin,
            polymorphic_abstract: args.polymorphic_abstract,
            own_columns,
            expressions: Vec::new(),
            composites: Vec::new(),
            version: args.version,
        }
    }

    pub fn relationship(&self, key: &str) -> Option<&Relationship> {
        self.relationships.iter().find(|r| r.key == key)
    }
}

/// Everything one declarative base knows.
#[derive(Default)]
pub struct Registry {
    pub tables: IndexMap<String, TableDef>,
    pub mappers: Vec<Mapper>,
    pub configured: bool,
    /// How many mappers (in order) have had their `mapper_configured` event.
    pub announced: usize,
    /// A configuration error already raised once is raised again on every later use, as SQLAlchemy does.
    pub configure_error: Option<(super::SaExc, String)>,
    /// A Python exception that failed the configuration (a backref's unknown keyword's TypeError):
    /// (class name, message), raised again like `configure_error`.
    pub configure_exception: Option<(String, String)>,
    /// The Core `MetaData` of this registry: every table as a statement-tree `Table`.
    pub core: Rc<crate::sql::schema::MetaData>,
    /// Class-body columns that expressions used before their class was mapped (`primaryjoin=
    /// favorite_entry_id == Entry.entry_id`): the free column and the (table, column) it became.
    pub free_columns: Vec<(Rc<crate::sql::elements::ColumnInfo>, String, String)>,
    /// Expression properties read through an `aliased()` entity: (alias, property key, the
    /// expression over the alias's columns), made once per alias as SQLAlchemy's `AliasedInsp`
    /// memoizes its adapted attributes, so `order_by(a.total)` is the label `select(a)` names.
    pub aliased_exprs: Vec<(std::rc::Weak<crate::sql::selectable::FromClause>, String, crate::sql::elements::ExprRef)>,
}

pub type RegistryRef = Rc<RefCell<Registry>>;

impl Registry {
    /// The version counter of a mapper, or of the mapper it inherits.
    pub fn version_of(&self, mapper: usize) -> Option<&VersionSpec> {
        let mut at = Some(mapper);
        while let Some(m) = at.and_then(|i| self.mappers.get(i)) {
            if let Some(spec) = &m.version {
                return Some(spec);
            }
            at = m.inherits;
        }
        None
    }

    pub fn mapper_of_class(&self, class: &Rc<Class>) -> Option<usize> {
        self.mappers.iter().position(|m| Rc::ptr_eq(&m.class, class))
    }

    pub fn mapper_by_name(&self, name: &str) -> Option<usize> {
        let short = name.rsplit('.').next().unwrap_or(name);
        self.mappers.iter().position(|m| m.class_name == short)
    }

    pub fn table_of(&self, mapper: usize) -> Option<&TableDef> {
        self.tables.get(&self.mappers.get(mapper)?.table)
    }

    /// The column behind attribute `key` of mapper `mapper`.
    /// (Joined-table inheritance: in any table of its lineage, nearest first.)
    pub fn column_by_key(&self, mapper: usize, key: &str) -> Option<&ColumnDef> {
        super::inheritance::column_of_key(self, mapper, key).map(|(_, c)| c)
    }

    /// The column named `name` in a mapper's tables (its lineage's, nearest first).
    pub fn column_by_name(&self, mapper: usize, name: &str) -> Option<&ColumnDef> {
        super::inheritance::tables_of(self, mapper).into_iter().rev().find_map(|t| t.column(name))
    }

    /// Relationship `key` of a mapper, its own or inherited from a mapped ancestor.
    pub fn relationship_of(&self, mapper: usize, key: &str) -> Option<&Relationship> {
        super::inheritance::lineage(self, mapper).into_iter().find_map(|m| self.mappers.get(m)?.relationship(key))
    }

    /// Every relationship of a mapper: the inherited ones (base first), then its own.
    pub fn relationships_of(&self, mapper: usize) -> Vec<&Relationship> {
        let mut out = Vec::new();
        for m in super::inheritance::lineage(self, mapper).into_iter().rev() {
            if let Some(x) = self.mappers.get(m) {
                out.extend(x.relationships.iter());
            }
        }
        out
    }
}

/// What a mapped class's `native` slot holds: its registry and mapper index.
pub struct MappedClass {
    pub registry: RegistryRef,
    pub mapper: usize,
}

/// What a declarative base's `native` slot holds.
pub struct BaseInfo {
    pub registry: RegistryRef,
}

/// Marks `sqlalchemy.orm.DeclarativeBase` itself: its direct subclasses are declarative bases.
pub struct DeclarativeRoot;

/// Questions about column types the state conversions ask.
pub trait SqlTypeExt {
    fn is_boolean(&self) -> bool;
    fn is_float(&self) -> bool;
    fn is_text(&self) -> bool;
}

impl SqlTypeExt for SqlType {
    fn is_boolean(&self) -> bool {
        matches!(self, SqlType::Boolean)
    }

    fn is_float(&self) -> bool {
        matches!(self, SqlType::Float | SqlType::Numeric(_))
    }

    fn is_text(&self) -> bool {
        matches!(self, SqlType::String(_) | SqlType::Text | SqlType::Unicode(_) | SqlType::Enum(_))
    }
}
