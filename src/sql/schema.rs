//! Schema objects (`sqlalchemy.schema`): [`MetaData`], [`Table`] and the schema side of its columns
//! ([`ColumnSchema`]: defaults, foreign keys, constraints), plus `Index` and table constraints. They are
//! what DDL is generated from, what joins infer their ON clause from, and what INSERT/UPDATE consult for
//! defaults.
//!
//! A table is mutable while it is being defined (columns and constraints are appended, as Python code
//! does), so its lists sit behind `RefCell`; the columns themselves are shared immutable
//! [`ColumnInfo`]s whose address is their identity. Back-references (a column's table, a table's
//! metadata) are weak, so nothing here forms a reference cycle.

pub mod naming;

use super::elements::{ColumnInfo, ColumnRef, Expr, ExprRef};
use super::selectable::{FromClause, FromKind, FromRef};
use super::types::SqlType;
use super::value::SqlValue;
use indexmap::IndexMap;
use std::any::Any;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// `MetaData()`: a collection of tables by key.
#[derive(Default)]
pub struct MetaData {
    pub tables: RefCell<IndexMap<String, FromRef>>,
    pub schema: Option<String>,
    /// `naming_convention={"pk": "pk_%(table_name)s", ...}` (empty: SQLAlchemy's default, see
    /// [`naming`]).
    pub naming_convention: RefCell<Vec<(String, String)>>,
}

impl std::fmt::Debug for MetaData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "MetaData({:?})", self.tables.borrow().keys().collect::<Vec<_>>())
    }
}

impl MetaData {
    pub fn table(&self, key: &str) -> Option<FromRef> {
        self.tables.borrow().get(key).cloned()
    }
}

/// A column default (`default=`, `onupdate=`): a value, a Python callable (kept opaque for the
/// Python layer), or a SQL expression.
#[derive(Clone)]
pub enum ColumnDefault {
    Scalar(SqlValue),
    Callable { handle: Rc<dyn Any>, takes_context: bool },
    Sql(ExprRef),
}

impl std::fmt::Debug for ColumnDefault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ColumnDefault::Scalar(v) => write!(f, "ScalarElementColumnDefault({})", v.repr()),
            ColumnDefault::Callable { .. } => f.write_str("CallableColumnDefault(...)"),
            ColumnDefault::Sql(_) => f.write_str("ColumnElementColumnDefault(...)"),
        }
    }
}

/// `server_default=`: the DDL `DEFAULT` clause.
#[derive(Debug, Clone)]
pub enum ServerDefault {
    /// A plain string: rendered as a quoted literal (`DEFAULT 'x'`).
    Literal(String),
    /// `text("...")` or another SQL expression: rendered as SQL (`DEFAULT (CURRENT_TIMESTAMP)` etc.).
    Sql(ExprRef),
}

/// Where a foreign key points: `"table.column"` (resolved through the MetaData) or a column object.
#[derive(Debug, Clone)]
pub enum FkTarget {
    Spec(String),
    Column(ColumnRef),
}

#[derive(Debug, Clone)]
pub struct ForeignKey {
    pub target: FkTarget,
    pub name: Option<String>,
    pub ondelete: Option<String>,
    pub onupdate: Option<String>,
    pub deferrable: Option<bool>,
    pub initially: Option<String>,
    pub use_alter: bool,
}

impl ForeignKey {
    pub fn new(target: FkTarget) -> ForeignKey {
        ForeignKey {
            target,
            name: None,
            ondelete: None,
            onupdate: None,
            deferrable: None,
            initially: None,
            use_alter: false,
        }
    }

    /// The `"table.column"` text of the target (what `repr(ForeignKey)` shows).
    pub fn target_spec(&self) -> String {
        match &self.target {
            FkTarget::Spec(s) => s.clone(),
            FkTarget::Column(c) => match c.table.as_ref().and_then(|t| t.name()) {
                Some(t) => format!("{}.{}", t.text(), c.col.name.text()),
                None => c.col.name.text(),
            },
        }
    }

    /// The referenced table's name and column name.
    pub fn target_parts(&self) -> (String, String) {
        let spec = self.target_spec();
        match spec.rsplit_once('.') {
            Some((t, c)) => (t.to_string(), c.to_string()),
            None => (spec, String::new()),
        }
    }

    /// The referenced column, resolved through `metadata` when given as text.
    pub fn resolve(&self, metadata: Option<&MetaData>) -> Option<ColumnRef> {
        match &self.target {
            FkTarget::Column(c) => Some(c.clone()),
            FkTarget::Spec(_) => {
                let (table, column) = self.target_parts();
                let t = metadata?.table(&table)?;
                t.column_ref_by_name(&column)
            }
        }
    }
}

/// `Computed("qty * price", persisted=None)`: a generated column (`GENERATED ALWAYS AS (...)`), whose
/// value the database computes — left out of INSERTs and UPDATEs and loaded back by the ORM.
#[derive(Debug, Clone)]
pub struct Computed {
    pub sqltext: ExprRef,
    /// `persisted=True` adds `STORED`, `False` adds `VIRTUAL`.
    pub persisted: Option<bool>,
}

/// `Identity(always=False, start=..., increment=...)`: an identity column, rendered by dialects that
/// have them (`GENERATED BY DEFAULT AS IDENTITY (START WITH 10)`); SQLite's DDL leaves it out.
#[derive(Debug, Clone, Default)]
pub struct Identity {
    pub always: bool,
    pub start: Option<i64>,
    pub increment: Option<i64>,
}

/// The schema details of a `Column` (beyond name, key and type).
#[derive(Debug, Clone, Default)]
pub struct ColumnSchema {
    pub default: Option<ColumnDefault>,
    pub onupdate: Option<ColumnDefault>,
    pub server_default: Option<ServerDefault>,
    pub server_onupdate: Option<ServerDefault>,
    /// `unique=True` (None when not given).
    pub unique: Option<bool>,
    pub index: Option<bool>,
    pub foreign_keys: Vec<ForeignKey>,
    /// `autoincrement=` as given ("auto" when not).
    pub autoincrement: Option<bool>,
    pub comment: Option<String>,
    /// Column-level `CheckConstraint`s (rendered after the type in CREATE TABLE).
    pub checks: Vec<Constraint>,
    /// `Computed(...)`: a generated column.
    pub computed: Option<Computed>,
    /// `Identity(...)`.
    pub identity: Option<Identity>,
    /// `nullable=` was given explicitly (for the repr).
    pub nullable_given: bool,
    /// The table the column was attached to.
    pub table: RefCell<Weak<FromClause>>,
    /// Order of creation, for foreign key scanning order.
    pub creation_order: u64,
}

/// A table-level constraint.
#[derive(Debug, Clone)]
pub enum Constraint {
    PrimaryKey {
        name: Option<String>,
        columns: Vec<String>,
    },
    ForeignKey {
        name: Option<String>,
        columns: Vec<String>,
        targets: Vec<FkTarget>,
        ondelete: Option<String>,
        onupdate: Option<String>,
    },
    Unique {
        name: Option<String>,
        columns: Vec<String>,
    },
    Check {
        name: Option<String>,
        sqltext: ExprRef,
    },
}

#[derive(Debug, Clone)]
pub struct Index {
    pub name: Option<String>,
    /// The indexed expressions (columns, or functional expressions).
    pub expressions: Vec<ExprRef>,
    pub unique: bool,
    pub table: RefCell<Weak<FromClause>>,
}

/// `Table(...)` / `table(...)`.
#[derive(Debug)]
pub struct Table {
    pub name: String,
    pub schema: Option<String>,
    pub columns: RefCell<Vec<Rc<ColumnInfo>>>,
    /// Table-level constraints in the order given.
    pub constraints: RefCell<Vec<Constraint>>,
    pub indexes: RefCell<Vec<Rc<Index>>>,
    pub metadata: RefCell<Weak<MetaData>>,
    /// `table("name", column(...))`: no MetaData, no constraints.
    pub lightweight: bool,
    pub comment: Option<String>,
    /// `sqlite_autoincrement=True`: a lone integer primary key becomes `PRIMARY KEY AUTOINCREMENT`.
    pub sqlite_autoincrement: std::cell::Cell<bool>,
}

impl Table {
    pub fn new(name: &str, schema: Option<String>, lightweight: bool) -> Table {
        Table {
            name: name.to_string(),
            schema,
            columns: RefCell::new(Vec::new()),
            constraints: RefCell::new(Vec::new()),
            indexes: RefCell::new(Vec::new()),
            metadata: RefCell::new(Weak::new()),
            lightweight,
            comment: None,
            sqlite_autoincrement: std::cell::Cell::new(false),
        }
    }

    pub fn metadata(&self) -> Option<Rc<MetaData>> {
        self.metadata.borrow().upgrade()
    }

    /// The key the table has in `MetaData.tables` (`schema.name` with a schema).
    pub fn key(&self) -> String {
        match &self.schema {
            Some(s) => format!("{s}.{}", self.name),
            None => self.name.clone(),
        }
    }

    /// The primary key columns, in table order (or in the `PrimaryKeyConstraint`'s order).
    pub fn primary_key(&self) -> Vec<Rc<ColumnInfo>> {
        let cols = self.columns.borrow();
        for c in self.constraints.borrow().iter() {
            if let Constraint::PrimaryKey { columns, .. } = c
                && !columns.is_empty()
            {
                return columns
                    .iter()
                    .filter_map(|n| cols.iter().find(|c| c.name.text() == *n || c.key == *n).cloned())
                    .collect();
            }
        }
        cols.iter().filter(|c| c.primary_key).cloned().collect()
    }

    /// Every foreign key of the table: (local column, foreign key), column-level ones first in
    /// column order, then table-level `ForeignKeyConstraint`s.
    pub fn foreign_keys(&self) -> Vec<(Rc<ColumnInfo>, ForeignKey)> {
        let cols = self.columns.borrow();
        let mut out = Vec::new();
        for c in cols.iter() {
            if let Some(s) = &c.schema {
                for fk in &s.foreign_keys {
                    out.push((c.clone(), fk.clone()));
                }
            }
        }
        for con in self.constraints.borrow().iter() {
            if let Constraint::ForeignKey { columns, targets, ondelete, onupdate, name } = con {
                for (col, target) in columns.iter().zip(targets) {
                    if let Some(c) = cols.iter().find(|c| c.name.text() == *col || c.key == *col) {
                        let mut fk = ForeignKey::new(target.clone());
                        fk.ondelete = ondelete.clone();
                        fk.onupdate = onupdate.clone();
                        fk.name = name.clone();
                        out.push((c.clone(), fk));
                    }
                }
            }
        }
        out
    }
}

/// A column's type, with SQLAlchemy's rule that a foreign key column declared without a type takes
/// the referenced column's.
pub fn effective_type(col: &ColumnInfo) -> SqlType {
    effective_type_depth(col, 0)
}

fn effective_type_depth(col: &ColumnInfo, depth: usize) -> SqlType {
    if col.ty.is_null()
        && depth < 8
        && let Some(s) = &col.schema
        && let Some(fk) = s.foreign_keys.first()
    {
        let table = s.table.borrow().upgrade();
        let md = table.as_ref().and_then(|t| match &t.kind {
            FromKind::Table(t) => t.metadata(),
            _ => None,
        });
        if let Some(target) = fk.resolve(md.as_deref()) {
            return effective_type_depth(&target.col, depth + 1);
        }
    }
    col.ty.clone()
}

/// Adds a column to a table (`Table(..., Column(...))`, `table.append_column`), giving it its
/// back-reference.
pub fn attach_column(table: &FromRef, col: Rc<ColumnInfo>) {
    if let FromKind::Table(t) = &table.kind {
        if let Some(s) = &col.schema {
            *s.table.borrow_mut() = Rc::downgrade(table);
        }
        let mut cols = t.columns.borrow_mut();
        if let Some(pos) = cols.iter().position(|c| c.key == col.key) {
            cols[pos] = col;
        } else {
            cols.push(col);
        }
    }
}

/// A column expression for a table column.
pub fn column_expr(table: &FromRef, col: &Rc<ColumnInfo>) -> ExprRef {
    Rc::new(Expr::Column(ColumnRef { table: Some(table.clone()), col: col.clone(), annotation: 0 }))
}
