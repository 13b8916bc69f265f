//! INSERT, UPDATE and DELETE statements (`sqlalchemy.sql.dml`), immutable and built generatively like
//! SELECT: `insert(t).values(...)`, `update(t).where(...).values(...)`, `.returning(...)`.

use super::elements::{ColumnRef, ExprRef};
use super::selectable::{FromRef, SelectStmt};
use super::value::SqlValue;
use std::rc::Rc;

/// What a `.values()` entry names: a column key or a column object.
#[derive(Debug, Clone)]
pub enum DmlKey {
    Name(String),
    Column(ColumnRef),
}

impl DmlKey {
    /// The column key it stands for.
    pub fn key(&self) -> String {
        match self {
            DmlKey::Name(n) => n.clone(),
            DmlKey::Column(c) => c.col.key.clone(),
        }
    }
}

/// A `.values()` value: a plain value (bound as a parameter named after the column) or an expression.
#[derive(Debug, Clone)]
pub enum DmlValue {
    Value(SqlValue),
    Expr(ExprRef),
}

/// SQLite's `ON CONFLICT` clause (`sqlite.insert(...).on_conflict_do_nothing()` / `_do_update()`).
#[derive(Debug, Clone)]
pub enum OnConflict {
    DoNothing { index_elements: Vec<String> },
    DoUpdate { index_elements: Vec<String>, set: Vec<(DmlKey, DmlValue)>, where_: Option<ExprRef> },
}

#[derive(Debug, Clone, Default)]
pub struct Insert {
    pub table: Option<FromRef>,
    /// `.values(k=v)`: one row, in the order given.
    pub values: Option<Vec<(DmlKey, DmlValue)>>,
    /// `.values([{...}, {...}])`: several rows (a multi-VALUES insert).
    pub multi_values: Vec<Vec<(DmlKey, DmlValue)>>,
    /// `.from_select(names, select)`.
    pub select: Option<(Vec<String>, SelectStmt)>,
    pub returning: Vec<ExprRef>,
    /// `.inline()`: no pre-execution of defaults.
    pub inline: bool,
    pub on_conflict: Option<OnConflict>,
    /// `.prefix_with("OR REPLACE")`.
    pub prefixes: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Update {
    pub table: Option<FromRef>,
    pub values: Vec<(DmlKey, DmlValue)>,
    /// `.ordered_values(...)`: SET in the order given rather than table order.
    pub ordered: bool,
    pub where_: Vec<ExprRef>,
    pub returning: Vec<ExprRef>,
}

#[derive(Debug, Clone, Default)]
pub struct Delete {
    pub table: Option<FromRef>,
    pub where_: Vec<ExprRef>,
    pub returning: Vec<ExprRef>,
    /// `Delete.using(...)`: FROM elements stated for the `USING` clause, before the WHERE
    /// clause's other tables.
    pub using: Vec<FromRef>,
}

#[derive(Debug, Clone)]
pub enum DmlStatement {
    Insert(Rc<Insert>),
    Update(Rc<Update>),
    Delete(Rc<Delete>),
}

impl DmlStatement {
    pub fn table(&self) -> Option<FromRef> {
        match self {
            DmlStatement::Insert(i) => i.table.clone(),
            DmlStatement::Update(u) => u.table.clone(),
            DmlStatement::Delete(d) => d.table.clone(),
        }
    }

    pub fn returning(&self) -> &[ExprRef] {
        match self {
            DmlStatement::Insert(i) => &i.returning,
            DmlStatement::Update(u) => &u.returning,
            DmlStatement::Delete(d) => &d.returning,
        }
    }

    pub fn visit_binds(&self, f: &mut dyn FnMut(&super::elements::BindParam)) {
        let visit_values = |vals: &[(DmlKey, DmlValue)], f: &mut dyn FnMut(&super::elements::BindParam)| {
            for (_, v) in vals {
                if let DmlValue::Expr(e) = v {
                    e.visit_binds(f);
                }
            }
        };
        match self {
            DmlStatement::Insert(i) => {
                if let Some(v) = &i.values {
                    visit_values(v, f);
                }
                for row in &i.multi_values {
                    visit_values(row, f);
                }
                if let Some((_, s)) = &i.select {
                    s.visit_binds(f);
                }
            }
            DmlStatement::Update(u) => {
                visit_values(&u.values, f);
                for w in &u.where_ {
                    w.visit_binds(f);
                }
            }
            DmlStatement::Delete(d) => {
                for w in &d.where_ {
                    w.visit_binds(f);
                }
            }
        }
    }
}
