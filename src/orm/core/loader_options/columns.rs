//! The columns an entity's SELECT names under column loader options: which of a mapper's columns
//! are left out by default (deferred ones, a single-table sibling's), how one option changes that
//! set, and the SELECT expressions for what remains (mapped SQL expressions first, then the table
//! columns, a joined subclass's from each of its tables).

use super::ColumnLoad;
use crate::orm::mapper::RegistryRef;
use crate::sql::elements::{Expr, ExprRef};
use std::rc::Rc;

/// The unloaded columns of an entity after `load` (key, raiseload), in table order.
pub fn apply_load(
    registry: &RegistryRef,
    mapper: usize,
    unloaded: &[(String, bool)],
    load: &ColumnLoad,
) -> Vec<(String, bool)> {
    let current = |key: &str| unloaded.iter().find(|(k, _)| k == key).map(|(_, r)| *r);
    let expressions: Vec<(String, bool)> = crate::orm::column_property::props_of(registry, mapper)
        .iter()
        .filter_map(|p| {
            crate::orm::column_property::unloaded_after(p, current(&p.key), load).map(|r| (p.key.clone(), r))
        })
        .collect();
    let reg = registry.borrow();
    let columns = crate::orm::inheritance::mapped_columns(&reg, mapper);
    // SQLAlchemy's `_should_undefer_in_wildcard`: the primary key and the discriminator load under
    // any column option, or the rows could not become their classes.
    let discriminator = crate::orm::inheritance::discriminator(&reg, mapper);
    let mut out = expressions;
    out.extend(columns.iter().filter_map(|c| {
        let now = current(&c.key);
        let after = match load {
            _ if c.primary_key => None,
            ColumnLoad::LoadOnly { .. } | ColumnLoad::Defer { .. }
                if discriminator.as_deref() == Some(c.key.as_str()) =>
            {
                None
            }
            ColumnLoad::LoadOnly { keys, raiseload } => (!keys.contains(&c.key)).then_some(*raiseload),
            ColumnLoad::Defer { key, raiseload } if *key == c.key => Some(*raiseload),
            ColumnLoad::Undefer { key } if *key == c.key => None,
            ColumnLoad::UndeferGroup(g) if c.deferred.as_ref().and_then(|d| d.group.as_ref()) == Some(g) => None,
            ColumnLoad::UndeferAll => None,
            _ => now,
        };
        after.map(|r| (c.key.clone(), r))
    }));
    out
}

/// The SELECT's expressions for an entity's loaded columns.
pub fn loaded_columns(
    registry: &RegistryRef,
    mapper: usize,
    alias: Option<&crate::sql::selectable::FromRef>,
    unloaded: &[(String, bool)],
    overrides: &[(String, ExprRef)],
) -> Vec<ExprRef> {
    // Every column of each loaded property, from its own table (joined-table inheritance names
    // `manager.id, employee.id` for the subclass's `id`).
    let columns: Vec<(String, String)> = {
        let reg = registry.borrow();
        crate::orm::inheritance::select_columns(&reg, mapper)
            .into_iter()
            .filter(|c| !unloaded.iter().any(|(k, _)| *k == c.def.key))
            .filter(|c| alias.is_none() || (!c.repeat && reg.mappers.get(mapper).is_some_and(|m| m.table == c.table)))
            .map(|c| (c.table, c.def.name))
            .collect()
    };
    // Mapped SQL expressions come first (explicit properties precede the table's other columns).
    let exprs = crate::orm::column_property::entity_exprs(registry, mapper, alias, unloaded, overrides);
    let late = crate::orm::column_property::late_count(registry, mapper, &exprs);
    let (early, late) = exprs.split_at(exprs.len() - late);
    let mut out: Vec<ExprRef> = early.iter().map(|(_, e)| e.clone()).collect();
    for (table, name) in columns {
        let column = match alias {
            Some(f) => crate::orm::core::orm_select::aliased_table_column(registry, f, &table, &name),
            None => crate::orm::core::bridge::core_table(registry, &table).and_then(|f| f.column_ref_by_name(&name)),
        };
        if let Some(c) = column {
            out.push(Rc::new(Expr::Column(c)) as ExprRef);
        }
    }
    out.extend(late.iter().map(|(_, e)| e.clone()));
    out
}

/// The columns a mapper's SELECT leaves out (key, raiseload), in table order: its deferred ones, and
/// in a single-table hierarchy the other classes' columns.
pub fn default_unloaded(registry: &RegistryRef, mapper: usize) -> Vec<(String, bool)> {
    let mut out = crate::orm::column_property::default_unloaded(registry, mapper);
    let reg = registry.borrow();
    let others = crate::orm::inheritance::foreign_columns(&reg, mapper);
    out.extend(crate::orm::inheritance::mapped_columns(&reg, mapper).iter().filter(|c| !c.primary_key).filter_map(
        |c| match &c.deferred {
            Some(d) => Some((c.key.clone(), d.raiseload)),
            None => others.contains(&c.key).then(|| (c.key.clone(), false)),
        },
    ));
    out
}
