//! Polymorphic "selectin" loading: after a batch of a superclass's objects is loaded, the columns of
//! their subclasses' tables come with one `SELECT ... WHERE base.id IN (...)` per subclass, as
//! SQLAlchemy's `selectin_polymorphic(Base, [Sub, ...])` option and a subclass's
//! `__mapper_args__ = {"polymorphic_load": "selectin"}` do (`loading._load_subclass_via_in`).
//!
//! As SQLAlchemy decides it (`Mapper._should_selectin_load`): an object of class R loaded as class
//! P is IN-loaded through the first of R and R's parent that is `polymorphic_load="selectin"` or
//! listed in the option, and through each class between that one and P. The SELECT is the
//! subclass's, labelled `table_column`, naming only its primary key, its discriminator and the
//! columns of the classes it loads for; its objects are the ones already in the identity map, whose
//! unloaded columns the rows fill. The batch's other loader options apply to it too (a sibling
//! `selectinload(Manager.paperwork)` runs right after the managers' SELECT), the superclass's
//! relationships do not load again. Subclasses are loaded in the order their first object came.

use super::LoadPath;
use super::post_load::{Batch, post_load_from};
use crate::db::Cell;
use crate::eval::value::{Instance, Value};
use crate::eval::{Interp, PyResult};
use crate::orm::Orm;
use crate::orm::inheritance::{lineage, tables_of};
use crate::orm::mapper::Registry;
use crate::orm::session::SessionData;
use crate::orm::state::existing_state;
use crate::sql::elements::build::{self, InOperand, Operand};
use crate::sql::ops::Op;
use crate::sql::selectable::{LabelStyle, Select, SelectStmt};
use std::rc::Rc;

/// SQLAlchemy's `_load_subclass_via_in_chunksize`.
const CHUNK: usize = 500;

/// SQLAlchemy's `_iterate_to_target_viawpoly`: the row's class, then its parent unless the row's
/// class is the one loaded (nothing when it is not a subclass of it).
fn toward(reg: &Registry, row: usize, from: usize) -> Vec<usize> {
    if !lineage(reg, row).contains(&from) {
        return Vec::new();
    }
    let parent = reg.mappers.get(row).and_then(|m| m.inherits).filter(|_| row != from);
    std::iter::once(row).chain(parent).collect()
}

fn selectin(reg: &Registry, m: usize) -> bool {
    reg.mappers.get(m).is_some_and(|x| x.load_selectin)
}

/// SQLAlchemy's `Mapper._should_selectin_load`: the class whose IN load brings a row of `row`
/// loaded as `from`.
fn via(reg: &Registry, row: usize, options: Option<&[usize]>, from: usize) -> Option<usize> {
    match options {
        None => toward(reg, row, from).into_iter().find(|m| selectin(reg, *m)),
        Some(opts) => opts
            .iter()
            .chain([&from])
            .find_map(|&e| toward(reg, row, e).into_iter().find(|m| selectin(reg, *m) || opts.contains(m))),
    }
}

/// The subclasses' IN loads for `b`'s objects (loaded as `b.mapper`), along `b.paths`.
pub(super) fn load(orm: &Orm, interp: &mut Interp, session: &Rc<SessionData>, b: &Batch<'_>) -> PyResult<()> {
    let from = b.mapper;
    let options: Option<Vec<usize>> = {
        let class = b.registry.borrow().mappers.get(from).map(|m| m.class.clone());
        let step = b.paths.iter().rev().filter_map(|p| p.first().filter(|_| p.len() == 1)).find(|s| {
            s.strategy == super::Strategy::Polymorphic
                && class.as_ref().is_some_and(|c| super::resolve::names_class(s, c))
        });
        step.map(|s| {
            s.classes
                .iter()
                .filter_map(crate::orm::declarative::mapped)
                .filter(|m| Rc::ptr_eq(&m.registry, b.registry))
                .map(|m| m.mapper)
                .collect()
        })
    };
    // The loaders in the order their subclass's first object registered them.
    let mut loaders: Vec<usize> = Vec::new();
    let mut rows: Vec<(Rc<Instance>, usize)> = Vec::new();
    {
        let reg = b.registry.borrow();
        let mut seen: Vec<usize> = Vec::new();
        for inst in b.instances {
            let Some(row) = existing_state(inst).map(|s| s.borrow().mapper) else { continue };
            rows.push((inst.clone(), row));
            if row == from || seen.contains(&row) {
                continue;
            }
            seen.push(row);
            let Some(mut at) = via(&reg, row, options.as_deref(), from).filter(|v| *v != from) else { continue };
            while at != from && !loaders.contains(&at) {
                loaders.push(at);
                let Some(parent) = reg.mappers.get(at).and_then(|m| m.inherits) else { break };
                at = parent;
            }
        }
    }
    for sub in loaders {
        let states: Vec<Rc<Instance>> = {
            let reg = b.registry.borrow();
            rows.iter()
                .filter(|(_, row)| lineage(&reg, *row).contains(&sub))
                // Without the option, a class that IN-loads through its own setting is not loaded
                // again through its superclass's.
                .filter(|(_, row)| {
                    options.is_some() || toward(&reg, *row, sub).into_iter().find(|m| selectin(&reg, *m)) == Some(sub)
                })
                .map(|(i, _)| i.clone())
                .collect()
        };
        if !states.is_empty() {
            load_subclass(orm, interp, session, b, sub, &states)?;
        }
    }
    Ok(())
}

/// The classes whose columns the IN load of `sub` (loaded as `from`) brings: `sub`, and its
/// ancestors below `from` that are `polymorphic_load="selectin"` themselves.
fn included(reg: &Registry, sub: usize, from: usize) -> Vec<usize> {
    let mut out = vec![sub];
    let mut at = reg.mappers.get(sub).and_then(|m| m.inherits);
    while let Some(m) = at.filter(|m| *m != from && selectin(reg, *m)) {
        out.push(m);
        at = reg.mappers.get(m).and_then(|x| x.inherits);
    }
    out
}

/// The column keys the IN load of `sub` leaves out: those of classes it does not load for, except
/// the primary key and the discriminator.
fn left_out(reg: &Registry, sub: usize, include: &[usize]) -> Vec<(String, bool)> {
    let line = lineage(reg, sub);
    let owner = |key: &str| {
        line.iter().copied().find(|m| {
            reg.mappers
                .get(*m)
                .is_some_and(|x| x.own_columns.iter().any(|k| k == key) || x.expressions.iter().any(|e| e.key == key))
        })
    };
    let mut keep: Vec<String> =
        tables_of(reg, sub).first().map_or(Vec::new(), |t| t.primary_key().iter().map(|c| c.key.clone()).collect());
    keep.extend(crate::orm::inheritance::discriminator(reg, sub));
    let keys = crate::orm::inheritance::mapped_columns(reg, sub).into_iter().map(|c| c.key);
    let exprs =
        line.iter().filter_map(|m| reg.mappers.get(*m)).flat_map(|m| m.expressions.iter().map(|e| e.key.clone()));
    keys.chain(exprs)
        .filter(|k| !keep.contains(k) && !owner(k).is_some_and(|o| include.contains(&o)))
        .map(|k| (k, false))
        .collect()
}

/// The relationships only subclasses of the batch's mapper have (`Engineer.machines` of employees
/// loaded as `Employee`), for the objects of those classes, along the batch's paths
/// (`selectinload(Company.employees.of_type(Engineer)).selectinload(Engineer.machines)`): SQLAlchemy
/// runs each row's own mapper's loaders. Classes an IN load brings are left to it (it loads their
/// relationships after its SELECT).
pub(super) fn subclass_relationships(
    orm: &Orm,
    interp: &mut Interp,
    session: &Rc<SessionData>,
    b: &Batch<'_>,
) -> PyResult<()> {
    let from = b.mapper;
    if b.paths.iter().any(|p| p.first().is_some_and(|s| s.strategy == super::Strategy::Polymorphic)) {
        return Ok(());
    }
    // (row mapper, the mappers below `from` owning the relationships, its objects), in load order.
    let mut groups: Vec<(usize, Vec<usize>, Vec<Rc<Instance>>)> = Vec::new();
    {
        let reg = b.registry.borrow();
        for inst in b.instances {
            let Some(row) = existing_state(inst).map(|s| s.borrow().mapper) else { continue };
            if row == from {
                continue;
            }
            if let Some((_, _, insts)) = groups.iter_mut().find(|(r, _, _)| *r == row) {
                insts.push(inst.clone());
                continue;
            }
            let line = lineage(&reg, row);
            if !line.contains(&from) {
                continue;
            }
            let owners: Vec<usize> = line.into_iter().take_while(|m| *m != from).collect();
            let has_own = owners.iter().any(|m| reg.mappers.get(*m).is_some_and(|x| !x.relationships.is_empty()));
            if !has_own || owners.iter().any(|m| selectin(&reg, *m)) {
                continue;
            }
            groups.push((row, owners, vec![inst.clone()]));
        }
    }
    for (row, owners, instances) in groups {
        let batch = Batch {
            registry: b.registry,
            mapper: row,
            instances: &instances,
            paths: b.paths,
            on_path: b.on_path,
            owners: &owners,
        };
        post_load_from(orm, interp, session, &batch, None)?;
    }
    Ok(())
}

/// One subclass's IN load of `states`, 500 keys at a time, then the batch's options on what it
/// loaded (the subclass's own relationships only).
fn load_subclass(
    orm: &Orm,
    interp: &mut Interp,
    session: &Rc<SessionData>,
    b: &Batch<'_>,
    sub: usize,
    states: &[Rc<Instance>],
) -> PyResult<()> {
    let registry = b.registry;
    let (include, mut unloaded, pk) = {
        let reg = registry.borrow();
        let include = included(&reg, sub, b.mapper);
        let pk = tables_of(&reg, sub)
            .first()
            .map(|t| (t.name.clone(), t.primary_key().iter().map(|c| c.name.clone()).collect::<Vec<_>>()));
        (include.clone(), left_out(&reg, sub, &include), pk)
    };
    let Some((base_table, pk)) = pk else { return Ok(()) };
    let [pk] = pk.as_slice() else { return Ok(()) };
    for (k, r) in crate::orm::core::loader_options::default_unloaded(registry, sub) {
        if !unloaded.iter().any(|(u, _)| *u == k) {
            unloaded.push((k, r));
        }
    }
    let Some(key_col) = super::selectin::column(registry, &base_table, pk) else { return Ok(()) };
    let criterion = crate::orm::core::orm_select::subclass_criterion(interp, registry, sub)?;
    let exprs = crate::orm::column_property::entity_exprs(registry, sub, None, &unloaded, &[]);
    let keys: Vec<Cell> = states
        .iter()
        .filter_map(|s| {
            existing_state(s).and_then(|st| st.borrow().identity.clone()).and_then(|i| i.into_iter().next())
        })
        .collect();
    let mut loaded = Vec::new();
    for chunk in keys.chunks(CHUNK) {
        let mut s = Select::new(crate::orm::core::loader_options::loaded_columns(registry, sub, None, &unloaded, &[]));
        s.label_style = LabelStyle::TablenamePlusCol;
        if crate::orm::inheritance::is_joined(&registry.borrow(), sub) {
            s.from_obj.extend(crate::orm::inheritance::mapper_from(registry, sub));
        }
        let values = chunk.iter().map(|k| Operand::Value(super::selectin::sql_value(k))).collect();
        let Ok(in_) = build::in_(&key_col, Op::In, InOperand::List(values)) else { return Ok(()) };
        s.where_.push(in_);
        s.where_.extend(criterion.clone());
        let stmt = SelectStmt::Select(Rc::new(s));
        let Some(rows) = super::selectin::run_select(orm, interp, session, &stmt, &["primary_keys"])? else {
            return Ok(());
        };
        for row in rows {
            let late = crate::orm::column_property::late_count(registry, sub, &exprs);
            let (expr_cells, own) = crate::orm::column_property::split_row(&row, exprs.len(), late);
            let value = orm.materialize_partial(interp, session, registry, sub, own, &unloaded)?;
            orm.populate_expressions(interp, &value, &exprs, &expr_cells);
            if let Value::Instance(inst) = value {
                loaded.push(inst);
            }
        }
    }
    let paths: Vec<LoadPath> = b.paths.to_vec();
    let batch =
        Batch { registry, mapper: sub, instances: &loaded, paths: &paths, on_path: b.on_path, owners: &include };
    post_load_from(orm, interp, session, &batch, None)
}

#[cfg(test)]
mod tests;
