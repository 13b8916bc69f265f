//! Joined-table inheritance: a mapped subclass with a `__tablename__` of its own keeps its columns in
//! that table, whose primary key is a foreign key to its parent's, and its rows span the tables of
//! its lineage (`employee JOIN manager ON employee.id = manager.id`).
//!
//! As SQLAlchemy maps it: an attribute is one property over every column of the lineage with its key
//! (the subclass's `id` is `[manager.id, employee.id]`, the subclass's column first), properties in
//! the base's order then each subclass's own; a SELECT of the subclass names every column of each
//! property (`SELECT manager.id, employee.id AS id_1, employee.name, ...`) from the join of the
//! lineage's tables; a flush writes the base table first and deletes from it last.

use crate::orm::mapper::{ColumnDef, Registry, RegistryRef, TableDef};
use crate::sql::selectable::FromRef;

/// One column of a mapper's SELECT: its table, its definition, and whether it is a further column of
/// a property already named (`employee.id` after `manager.id`), which carries no value of its own.
#[derive(Clone)]
pub struct MapperColumn {
    pub table: String,
    pub def: ColumnDef,
    pub repeat: bool,
}

/// The tables a mapper's rows live in, base first (one for a plain or single-table mapper).
pub fn tables_of(reg: &Registry, mapper: usize) -> Vec<&TableDef> {
    let mut out: Vec<&TableDef> = Vec::new();
    for m in super::lineage(reg, mapper).into_iter().rev() {
        if let Some(t) = reg.table_of(m)
            && !out.iter().any(|o| o.name == t.name)
        {
            out.push(t);
        }
    }
    out
}

/// The table of a mapper's lineage (nearest first) holding the column named `name`.
pub fn table_of_column(reg: &Registry, mapper: usize, name: &str) -> Option<String> {
    tables_of(reg, mapper).into_iter().rev().find(|t| t.column(name).is_some()).map(|t| t.name.clone())
}

/// Whether the mapper's rows span more than one table.
pub fn is_joined(reg: &Registry, mapper: usize) -> bool {
    tables_of(reg, mapper).len() > 1
}

/// Whether `mapper` has a table of its own under a mapped parent (the subclass of joined-table
/// inheritance, as opposed to a single-table subclass).
pub fn own_table(reg: &Registry, mapper: usize) -> bool {
    let Some(m) = reg.mappers.get(mapper) else { return false };
    m.inherits.and_then(|p| reg.mappers.get(p)).is_some_and(|p| p.table != m.table)
}

/// The mapper's SELECT columns in property order: the base's properties, then each subclass's new
/// ones; each property's columns nearest table first.
pub fn select_columns(reg: &Registry, mapper: usize) -> Vec<MapperColumn> {
    let tables = tables_of(reg, mapper);
    let mut keys: Vec<&str> = Vec::new();
    for t in &tables {
        for c in &t.columns {
            if !keys.contains(&c.key.as_str()) {
                keys.push(&c.key);
            }
        }
    }
    let mut out = Vec::new();
    for key in keys {
        let mut first = true;
        for t in tables.iter().rev() {
            if let Some(c) = t.columns.iter().find(|c| c.key == key) {
                out.push(MapperColumn { table: t.name.clone(), def: c.clone(), repeat: !first });
                first = false;
            }
        }
    }
    out
}

/// The mapper's column attributes, one per key (the nearest table's column), in property order.
pub fn mapped_columns(reg: &Registry, mapper: usize) -> Vec<ColumnDef> {
    mapped_column_refs(reg, mapper).into_iter().cloned().collect()
}

/// [`mapped_columns`] without copying them: the flush asks this for every object it looks at.
pub fn mapped_column_refs(reg: &Registry, mapper: usize) -> Vec<&ColumnDef> {
    let tables = tables_of(reg, mapper);
    if let [table] = tables.as_slice() {
        return table.columns.iter().collect();
    }
    let mut out: Vec<&ColumnDef> = Vec::new();
    for t in &tables {
        for c in &t.columns {
            if !out.iter().any(|seen| seen.key == c.key) {
                // The nearest table's column for this key.
                out.push(tables.iter().rev().find_map(|t| t.columns.iter().find(|n| n.key == c.key)).unwrap_or(c));
            }
        }
    }
    out
}

/// The column behind attribute `key` and the table it is in, nearest table first.
pub fn column_of_key<'r>(reg: &'r Registry, mapper: usize, key: &str) -> Option<(&'r TableDef, &'r ColumnDef)> {
    // A mapper without a parent has its own table only (every attribute assignment asks this).
    if reg.mappers.get(mapper).is_some_and(|m| m.inherits.is_none()) {
        let table = reg.table_of(mapper)?;
        return Some((table, table.columns.iter().find(|c| c.key == key)?));
    }
    tables_of(reg, mapper).into_iter().rev().find_map(|t| Some((t, t.columns.iter().find(|c| c.key == key)?)))
}

/// The FROM of a mapper's rows: its table, or the join of its lineage's tables (each joined to the
/// previous through its foreign key to it, as SQLAlchemy's `inherit_condition`).
pub fn mapper_from(registry: &RegistryRef, mapper: usize) -> Option<FromRef> {
    // Joined on each subclass table's primary-key foreign key (a second foreign key between the
    // tables, `employee.manager_id -> manager.id`, would make an inferred ON clause ambiguous).
    if let Some((join, _)) = crate::orm::core::join_alias::lineage_join(registry, mapper, false, None) {
        return Some(join);
    }
    let names: Vec<String> = tables_of(&registry.borrow(), mapper).iter().map(|t| t.name.clone()).collect();
    let mut names = names.into_iter();
    let mut from = crate::orm::core::bridge::core_table(registry, &names.next()?)?;
    for name in names {
        let right = crate::orm::core::bridge::core_table(registry, &name)?;
        from = crate::sql::selectable::joins::join(&from, &right, None, false, false).ok()?;
    }
    Some(from)
}

/// The hierarchy's tables in flush order with the mappers that have a row in each: the base table
/// (every class), then each joined subclass's table, referenced tables before the tables whose
/// foreign keys name them, else in mapping order (SQLAlchemy's `_sorted_tables`).
pub fn hierarchy_tables(reg: &Registry, base: usize) -> Vec<(String, Vec<usize>)> {
    let mut pending = mapping_order_tables(reg, base);
    let references = |from: &str, to: &str| {
        from != to
            && reg.tables.get(from).is_some_and(|t| {
                t.columns.iter().any(|c| c.foreign_key.as_ref().is_some_and(|(target, _)| target == to))
            })
    };
    // In rounds, as SQLAlchemy's `topological.sort`: every table whose referenced tables were all
    // written in earlier rounds, in mapping order (`person`, then `boss, worker`, then `chief`).
    let mut out: Vec<(String, Vec<usize>)> = Vec::new();
    while !pending.is_empty() {
        let ready: Vec<bool> =
            pending.iter().map(|(t, _)| !pending.iter().any(|(other, _)| references(t, other))).collect();
        let cycle = !ready.contains(&true);
        let (now, rest): (Vec<_>, Vec<_>) =
            pending.into_iter().zip(ready).enumerate().partition(|(i, (_, r))| *r || (cycle && *i == 0));
        out.extend(now.into_iter().map(|(_, (t, _))| t));
        pending = rest.into_iter().map(|(_, (t, _))| t).collect();
    }
    out
}

fn mapping_order_tables(reg: &Registry, base: usize) -> Vec<(String, Vec<usize>)> {
    let members = super::descendants(reg, base);
    let mut out: Vec<(String, Vec<usize>)> = Vec::new();
    for &m in &members {
        let Some(table) = reg.mappers.get(m).map(|x| x.table.clone()) else { continue };
        if out.iter().any(|(t, _)| *t == table) {
            continue;
        }
        let having: Vec<usize> =
            members.iter().copied().filter(|&o| tables_of(reg, o).iter().any(|t| t.name == table)).collect();
        out.push((table, having));
    }
    out
}
