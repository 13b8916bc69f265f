//! A joined eager load of a collection under LIMIT/OFFSET: the limit must count parent rows, not
//! joined rows, so SQLAlchemy wraps the statement in a subquery and joins the collections to it —
//! `SELECT anon_1.id, anon_1.name, books_1.id AS id_1, ... FROM (SELECT authors.id AS id,
//! authors.name AS name FROM authors ORDER BY authors.name LIMIT ? OFFSET ?) AS anon_1 LEFT OUTER
//! JOIN books AS books_1 ON anon_1.id = books_1.author_id ORDER BY anon_1.name, books_1.title`
//! (a legacy `Query` labels `authors.id AS authors_id` inside and `anon_1.authors_id AS
//! anon_1_authors_id` outside). Written for one plain mapped entity whose ORDER BY names its
//! columns; other statements keep their collections lazy.

use super::Strategy;
use super::joined::{Augmented, Parent, Planner};
use super::resolve::resolve;
use crate::orm::core::orm_select::{OrmEntity, OrmInfo};
use crate::orm::mapper::RegistryRef;
use crate::sql::elements::build;
use crate::sql::elements::{Expr, ExprRef, Unary};
use crate::sql::selectable::{FromClause, FromKind, FromRef, LabelStyle, Select, SelectStmt};
use std::rc::Rc;

/// Whether `mapper` has a collection the options or `lazy=` load joined at the top level.
fn joins_collection(
    registry: &RegistryRef,
    mapper: usize,
    class: &Rc<crate::eval::value::Class>,
    info: &OrmInfo,
) -> bool {
    let rels: Vec<_> = registry.borrow().relationships_of(mapper).into_iter().cloned().collect();
    rels.iter().any(|rel| {
        let spec = rel.spec.borrow();
        let writer = matches!(spec.lazy.as_deref(), Some("dynamic" | "write_only"));
        let custom = spec.primaryjoin.is_some();
        drop(spec);
        let Some(resolved) = &rel.resolved else { return false };
        let plain = !(writer || custom && resolved.secondary.is_some());
        let on_path = resolved.target == mapper;
        plain
            && resolved.uselist
            && matches!(resolve(rel, (class, None), &info.eager, on_path).strategy, Strategy::Joined { .. })
    })
}

/// An ORDER BY item read from the subquery instead (`authors.name DESC` → `anon_1.name DESC`).
fn adapt(e: &ExprRef, column: &dyn Fn(&str) -> Option<ExprRef>) -> Option<ExprRef> {
    match &**e {
        Expr::Column(c) => column(&c.col.name.text()),
        Expr::Unary(Unary { element, modifier: Some(op), operator: None, .. }) => {
            Some(build::unary_modifier(&adapt(element, column)?, op.clone()))
        }
        _ => None,
    }
}

/// The wrapped statement, or `None` when this statement is not one this module writes.
pub fn wrapped(sel: &Rc<Select>, info: &OrmInfo) -> Option<Augmented> {
    let [OrmEntity::Mapper { registry, mapper, class, alias: None, poly: None, start: 0, len, .. }] =
        info.entities.as_slice()
    else {
        return None;
    };
    if *len != sel.columns.len()
        || crate::orm::inheritance::is_joined(&registry.borrow(), *mapper)
        || !joins_collection(registry, *mapper, class, info)
    {
        return None;
    }
    let table = registry.borrow().table_of(*mapper)?.name.clone();
    let legacy = sel.label_style == LabelStyle::TablenamePlusCol;
    // Each selected column under the name the subquery exports it by.
    let mut names: Vec<(String, String)> = Vec::new();
    let mut inner_columns = Vec::new();
    for c in &sel.columns {
        let Expr::Column(col) = &**c else { return None };
        let name = col.col.name.text().to_string();
        let exported = if legacy { format!("{table}_{name}") } else { name.clone() };
        inner_columns.push(build::label(c, Some(&exported), None));
        names.push((name, exported));
    }
    let mut inner = (**sel).clone();
    inner.columns = inner_columns;
    let subquery: FromRef = FromClause::new_anon("anon", |name| FromKind::Subquery {
        element: SelectStmt::Select(Rc::new(inner)),
        name,
        lateral: false,
    });
    let from_subquery = |name: &str| {
        let exported = names.iter().find(|(n, _)| n == name).map(|(_, e)| e.clone())?;
        subquery.column_ref_by_name(&exported).map(|c| Rc::new(Expr::Column(c)) as ExprRef)
    };
    let mut columns: Vec<ExprRef> = names.iter().map(|(n, _)| from_subquery(n)).collect::<Option<_>>()?;
    let order_by: Vec<ExprRef> = sel.order_by.iter().map(|e| adapt(e, &from_subquery)).collect::<Option<_>>()?;
    let mut planner = Planner::new(registry, false);
    planner.renamed = Some(Rc::new(names.clone()));
    let roots = planner.walk(*mapper, class, &subquery, Parent::Entity(0), &info.eager, &[*mapper]);
    if planner.is_empty() {
        return None;
    }
    let loads = planner.place_all(&roots, &mut columns);
    let mut outer = Select::new(columns);
    outer.label_style = sel.label_style;
    outer.from_obj.push(subquery.clone());
    outer.joins = planner.joins.clone();
    outer.order_by = order_by;
    outer.order_by.extend(planner.order_by.iter().cloned());
    Some(Augmented { stmt: SelectStmt::Select(Rc::new(outer)), info: info.clone(), loads })
}
