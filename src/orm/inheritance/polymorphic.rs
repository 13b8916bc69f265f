//! `with_polymorphic()` over joined-table inheritance: one entity whose SELECT names the base's
//! columns and then each listed subclass's table's columns, read from the base table LEFT OUTER
//! JOINed to every subclass table (`flat=True`: each table under an anonymous alias; `aliased=True`
//! alone: that join wrapped in an anonymous subquery whose columns are labelled `table_column`, as
//! SQLAlchemy's `Join._anonymous_fromclause(flat=False)` does).
//!
//! As SQLAlchemy loads it: each row becomes the class its discriminator names, and the columns of
//! that class's tables come from the same row (no further SELECT); attributes of a subclass are
//! reached as `poly.Manager.manager_name`.

use crate::eval::value::Class;
use crate::orm::core::orm_select::AliasedObj;
use crate::orm::mapper::{ColumnDef, RegistryRef};
use crate::sql::elements::build::{self, Operand};
use crate::sql::elements::{Expr, ExprRef};
use crate::sql::ops::Op;
use crate::sql::selectable::FromRef;
use std::rc::Rc;

/// The subclass tables a polymorphic entity selects after its base's columns.
pub struct PolyShape {
    pub tables: Vec<PolyTable>,
}

/// One subclass table: which mapper added it, where it is read from, its columns in table order.
pub struct PolyTable {
    pub mapper: usize,
    pub name: String,
    /// The table itself (what `from`'s columns derive from).
    pub table: FromRef,
    pub from: FromRef,
    pub columns: Vec<ColumnDef>,
}

impl PolyShape {
    /// The SELECT expressions of the subclass tables' columns, in order.
    pub fn column_exprs(&self) -> Vec<ExprRef> {
        self.tables
            .iter()
            .flat_map(|t| {
                t.columns
                    .iter()
                    .filter_map(|c| {
                        let derived = t.table.column_ref_by_name(&c.name).and_then(|c| t.from.corresponding_column(&c));
                        derived.or_else(|| t.from.column_ref_by_name(&c.name))
                    })
                    .map(|c| Rc::new(Expr::Column(c)) as ExprRef)
            })
            .collect()
    }

    /// How many columns the subclass tables add.
    pub fn width(&self) -> usize {
        self.tables.iter().map(|t| t.columns.len()).sum()
    }
}

/// Builds the polymorphic entity of `base` over the joined `subclasses` (mapping order), each table
/// aliased when `flat`, the whole join made an anonymous subquery when `subquery`. `None` when a
/// table is missing from the Core metadata.
pub fn joined_entity(
    registry: &RegistryRef,
    base: usize,
    class: &Rc<Class>,
    subclasses: &[usize],
    flat: bool,
    subquery: bool,
) -> Option<AliasedObj> {
    let table_of = |name: &str| -> Option<(FromRef, FromRef)> {
        let t = crate::orm::core::bridge::core_table(registry, name)?;
        Some((t.clone(), if flat { crate::orm::core::from_obj::alias_of(&t, None) } else { t }))
    };
    let base_name = registry.borrow().mappers.get(base)?.table.clone();
    let (_, base_from) = table_of(&base_name)?;
    let mut froms: Vec<(String, FromRef)> = vec![(base_name, base_from.clone())];
    let mut joined = base_from;
    let mut shape = PolyShape { tables: Vec::new() };
    for &sub in subclasses {
        let lineage_tables: Vec<crate::orm::mapper::TableDef> =
            super::tables_of(&registry.borrow(), sub).into_iter().cloned().collect();
        for t in lineage_tables {
            if froms.iter().any(|(n, _)| *n == t.name) {
                continue;
            }
            let (table, from) = table_of(&t.name)?;
            let mut on: Vec<ExprRef> = Vec::new();
            for c in t.primary_key() {
                let Some((parent, pc)) = &c.foreign_key else { continue };
                let (_, parent_from) = froms.iter().find(|(n, _)| n == parent)?;
                let left = Rc::new(Expr::Column(parent_from.column_ref_by_name(pc)?)) as ExprRef;
                let right = Rc::new(Expr::Column(from.column_ref_by_name(&c.name)?)) as ExprRef;
                on.push(build::compare(&left, Op::Eq, Operand::Expr(right), false).ok()?);
            }
            let onclause = if on.len() == 1 { on.pop()? } else { build::boolean_list(Op::And, on) };
            joined = crate::sql::selectable::joins::join(&joined, &from, Some(onclause), true, false).ok()?;
            let owner = registry.borrow().mappers.iter().position(|m| m.table == t.name).unwrap_or(sub);
            shape.tables.push(PolyTable {
                mapper: owner,
                name: t.name.clone(),
                table,
                from: from.clone(),
                columns: t.columns,
            });
            froms.push((t.name.clone(), from));
        }
    }
    if subquery {
        joined = join_subquery(&joined, None);
        for (_, f) in &mut froms {
            *f = joined.clone();
        }
        for t in &mut shape.tables {
            t.from = joined.clone();
        }
    }
    Some(AliasedObj {
        registry: registry.clone(),
        mapper: base,
        class: class.clone(),
        from: joined,
        polymorphic: true,
        tables: froms,
        poly: Some(Rc::new(shape)),
        name: None,
        within_polymorphic: Some(Rc::new(subclasses.to_vec())),
    })
}

/// `join._anonymous_fromclause(flat=False)`: `(SELECT <every column of the join, labelled
/// table_column> FROM <join>) AS anon_1` (or `AS name`), correlating nothing.
pub fn join_subquery(join: &FromRef, name: Option<&str>) -> FromRef {
    use crate::sql::selectable::{FromClause, FromKind, LabelStyle, Select, SelectStmt};
    let mut select = Select::new(join.column_refs().into_iter().map(|c| Rc::new(Expr::Column(c)) as ExprRef).collect());
    select.from_obj.push(join.clone());
    select.label_style = LabelStyle::TablenamePlusCol;
    select.correlate = Some(Vec::new());
    let element = SelectStmt::Select(Rc::new(select));
    FromClause::named_or_anon(name, "anon", |name| FromKind::Subquery { element, name, lateral: false })
}

/// `poly.Manager`: the subclass's attributes over the same FROM (one of the classes the entity
/// covers; its columns still select from the whole polymorphic FROM).
pub fn sub_entity(a: &AliasedObj, name: &str) -> Option<AliasedObj> {
    let covered = a.within_polymorphic.as_ref()?;
    let reg = a.registry.borrow();
    let sub = covered.iter().copied().find(|m| reg.mappers.get(*m).is_some_and(|x| x.class_name == name))?;
    let class = reg.mappers.get(sub)?.class.clone();
    Some(AliasedObj {
        registry: a.registry.clone(),
        mapper: sub,
        class,
        from: a.from.clone(),
        polymorphic: false,
        tables: a.tables.clone(),
        poly: None,
        name: None,
        within_polymorphic: Some(Rc::default()),
    })
}
