//! After a batch of instances of one mapper is loaded (a statement's entity, a lazy load's
//! objects, `session.get()`), each relationship of the mapper gets its strategy
//! ([`super::resolve`]) and the eager ones run, batch by batch down the option paths, as
//! SQLAlchemy's `_PostLoad` does once the rows are in.

use super::resolve::resolve;
use super::{LazyOverride, LoadPath, Strategy};
use crate::eval::value::{Instance, Value};
use crate::eval::{Interp, PyResult};
use crate::orm::Orm;
use crate::orm::mapper::RegistryRef;
use crate::orm::session::SessionData;
use crate::orm::state::existing_state;
use crate::sql::selectable::{Select, SelectStmt};
use std::rc::Rc;

/// Runs the eager loads of `instances` (of `mapper`) along `paths`; `on_path` lists the mappers
/// the load came through, the batch's own last.
#[allow(clippy::too_many_arguments)]
pub fn post_load(
    orm: &Orm,
    interp: &mut Interp,
    session: &Rc<SessionData>,
    registry: &RegistryRef,
    mapper: usize,
    instances: &[Rc<Instance>],
    paths: &[LoadPath],
    on_path: &[usize],
) -> PyResult<()> {
    let batch = Batch { registry, mapper, instances, paths, on_path, owners: &[] };
    post_load_from(orm, interp, session, &batch, None)
}

/// A batch of loaded instances of one mapper, with the option paths that reach it.
pub(super) struct Batch<'a> {
    pub(super) registry: &'a RegistryRef,
    pub(super) mapper: usize,
    pub(super) instances: &'a [Rc<Instance>],
    pub(super) paths: &'a [LoadPath],
    pub(super) on_path: &'a [usize],
    /// The mappers whose own relationships load (empty: all the mapper's); a subclass's IN load
    /// leaves its superclasses' relationships alone.
    pub(super) owners: &'a [usize],
}

/// [`post_load`] for a statement's own entity, whose `origin` SELECT the subquery loader re-runs.
pub(super) fn post_load_from(
    orm: &Orm,
    interp: &mut Interp,
    session: &Rc<SessionData>,
    b: &Batch<'_>,
    origin: Option<&Select>,
) -> PyResult<()> {
    let Batch { registry, mapper, instances, paths, on_path, owners } = *b;
    // Each instance once, in load order (a set of addresses: a lazy load of 10,000 children must
    // not compare each with all before it).
    let mut seen: std::collections::HashSet<usize, crate::orm::ordered::ByAddress> = Default::default();
    let batch: Vec<Rc<Instance>> =
        instances.iter().filter(|inst| seen.insert(crate::orm::ordered::instance_key(inst))).cloned().collect();
    if batch.is_empty() {
        return Ok(());
    }
    let (class, relationships) = {
        let reg = registry.borrow();
        let Some(m) = reg.mappers.get(mapper) else { return Ok(()) };
        let own = |key: &str| owners.iter().any(|o| reg.mappers.get(*o).is_some_and(|m| m.relationship(key).is_some()));
        let rels: Vec<_> =
            reg.relationships_of(mapper).into_iter().filter(|r| owners.is_empty() || own(&r.key)).cloned().collect();
        (m.class.clone(), rels)
    };
    for rel in relationships {
        let Some(resolved) = rel.resolved.clone() else { continue };
        if matches!(rel.spec.borrow().lazy.as_deref(), Some("dynamic" | "write_only")) {
            continue;
        }
        let target = resolved.target;
        let target_class = registry.borrow().mappers.get(target).map(|m| m.class.clone());
        let stops = super::resolve::recursion_stops(&rel, target, on_path);
        let choice = resolve(&rel, (&class, target_class.as_ref()), paths, stops);
        let subquery_from = origin.filter(|_| rel.spec.borrow().primaryjoin.is_none());
        let mut deeper = on_path.to_vec();
        deeper.push(target);
        match choice.strategy {
            // A many-to-many's custom join conditions are not written by this loader: lazy.
            Strategy::Selectin if rel.spec.borrow().primaryjoin.is_some() && resolved.secondary.is_some() => {
                set_override(&batch, &rel.key, None, &choice);
            }
            Strategy::Selectin => {
                match super::selectin::load(
                    orm,
                    interp,
                    session,
                    registry,
                    mapper,
                    &rel.key,
                    &resolved,
                    &batch,
                    (&choice.columns, &choice.all_criteria()),
                    choice.of_type.as_ref(),
                )? {
                    Some(children) => {
                        post_load(orm, interp, session, registry, target, &children, &choice.below, &deeper)?;
                    }
                    None => set_override(&batch, &rel.key, None, &choice),
                }
            }
            Strategy::Subquery if subquery_from.is_some() => {
                let Some(origin) = subquery_from else { continue };
                let relation = (registry, mapper, rel.key.as_str(), &*resolved);
                match super::subquery::load(orm, interp, session, relation, &batch, origin, &choice.all_criteria())? {
                    Some(children) => {
                        post_load(orm, interp, session, registry, target, &children, &choice.below, &deeper)?;
                    }
                    None => set_override(&batch, &rel.key, None, &choice),
                }
            }
            Strategy::Immediate => {
                // SQLAlchemy's immediate loader runs a plain lazy load: `and_()` criteria are not
                // applied.
                let plain = super::resolve::Resolved { criteria: Vec::new(), ..choice };
                set_override(&batch, &rel.key, None, &plain);
                for inst in &batch {
                    interp.get_attr(&Value::Instance(inst.clone()), &rel.key)?;
                }
            }
            Strategy::Joined { .. } | Strategy::ContainsEager => {
                // The statement's own rows filled these ([`super::joined`]); the paths below go on
                // from the objects they brought.
                let children = loaded_children(&batch, &rel.key);
                if choice.explicit || !children.is_empty() {
                    post_load(orm, interp, session, registry, target, &children, &choice.below, &deeper)?;
                }
            }
            Strategy::NoLoad => {
                // `NoLoader` fills the attribute as the row loads (an empty collection or None),
                // so it is loaded from then on, whatever later options say.
                if choice.explicit || !choice.below.is_empty() || !choice.columns.is_empty() {
                    set_override(&batch, &rel.key, Some("noload"), &choice);
                }
                for inst in &batch {
                    if inst.dict.borrow().contains_key(rel.key.as_str()) {
                        continue;
                    }
                    let empty = if resolved.uselist {
                        crate::orm::collection::new_collection(interp, inst, &rel.key, Vec::new())
                    } else {
                        Value::None
                    };
                    inst.dict.borrow_mut().insert(crate::ir::Name::from(rel.key.as_str()), empty);
                }
            }
            other => {
                let lazy = if choice.explicit { other.lazy_name() } else { None };
                let shaped = !choice.columns.is_empty() || !choice.criteria.is_empty();
                if lazy.is_some() || !choice.below.is_empty() || shaped {
                    set_override(&batch, &rel.key, lazy, &choice);
                }
            }
        }
    }
    let batch = Batch { instances: &batch, ..*b };
    super::polymorphic::load(orm, interp, session, &batch)?;
    super::polymorphic::subclass_relationships(orm, interp, session, &batch)
}

/// The related objects already in the instances' `key` attribute.
fn loaded_children(batch: &[Rc<Instance>], key: &str) -> Vec<Rc<Instance>> {
    let mut out = Vec::new();
    for inst in batch {
        let Some(v) = inst.dict.borrow().get(key).cloned() else { continue };
        // A collection is itself a (native) instance: look for its items first.
        match crate::orm::collection::collection_items(&v) {
            Some(items) => out.extend(items.into_iter().filter_map(|v| match v {
                Value::Instance(i) => Some(i),
                _ => None,
            })),
            None => {
                if let Value::Instance(i) = v {
                    out.push(i);
                }
            }
        }
    }
    out
}

/// Records on each instance how its relationship `key` loads lazily: the `lazy=` behaviour, the
/// paths below it and the related entity's column options.
fn set_override(batch: &[Rc<Instance>], key: &str, lazy: Option<&'static str>, choice: &super::resolve::Resolved) {
    for inst in batch {
        if let Some(state) = existing_state(inst) {
            let chosen = LazyOverride {
                lazy,
                paths: choice.below.clone(),
                columns: choice.columns.clone(),
                criteria: choice.criteria.clone(),
                entity_criteria: choice.entity_criteria.clone(),
            };
            state.borrow_mut().loader.insert(key.to_string(), chosen);
        }
    }
}

/// After a lazy load of `owner_mapper`'s relationship brought `items` (of `target`): their own
/// eager relationships, and the option paths recorded for that relationship.
#[allow(clippy::too_many_arguments)]
pub fn post_load_lazy(
    orm: &Orm,
    interp: &mut Interp,
    session: &Rc<SessionData>,
    registry: &RegistryRef,
    owner_mapper: usize,
    target: usize,
    items: &[Value],
    paths: &[LoadPath],
) -> PyResult<()> {
    let instances: Vec<Rc<Instance>> = items
        .iter()
        .filter_map(|v| match v {
            Value::Instance(i) => Some(i.clone()),
            _ => None,
        })
        .collect();
    post_load(orm, interp, session, registry, target, &instances, paths, &[owner_mapper, target])
}

/// After an ORM statement's rows became `rows` (one value per entity): each mapped entity's
/// instances, as one batch, along the statement's option paths.
pub fn after_statement(
    orm: &Orm,
    interp: &mut Interp,
    session: &Rc<SessionData>,
    origin: &SelectStmt,
    info: &crate::orm::core::orm_select::OrmInfo,
    rows: &[Vec<Value>],
) -> PyResult<()> {
    for (at, entity) in info.entities.iter().enumerate() {
        let crate::orm::core::orm_select::OrmEntity::Mapper { registry, mapper, alias, poly, .. } = entity else {
            continue;
        };
        let instances: Vec<Rc<Instance>> = rows
            .iter()
            .filter_map(|r| match r.get(at) {
                Some(Value::Instance(i)) => Some(i.clone()),
                _ => None,
            })
            .collect();
        let origin = match origin {
            SelectStmt::Select(s) if alias.is_none() && poly.is_none() => Some(&**s),
            _ => None,
        };
        let batch = Batch {
            registry,
            mapper: *mapper,
            instances: &instances,
            paths: &info.eager,
            on_path: &[*mapper],
            owners: &[],
        };
        post_load_from(orm, interp, session, &batch, origin)?;
    }
    Ok(())
}
