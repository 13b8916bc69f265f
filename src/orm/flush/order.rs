//! Flush ordering: mappers in dependency order (parents first), self-referential rows level by
//! level, and which relationships and registries the flushed objects involve.

use super::*;

pub(super) fn relationships_of(inst: &Rc<Instance>) -> Vec<(String, Resolved)> {
    let Some(info) = mapped(&inst.class) else { return Vec::new() };
    let reg = info.registry.borrow();
    let Some(m) = reg.mappers.get(info.mapper) else { return Vec::new() };
    m.relationships.iter().filter_map(|r| Some((r.key.clone(), r.resolved.clone()?))).collect()
}

pub(super) fn belongs(inst: &Rc<Instance>, registry: &RegistryRef, mapper: usize) -> bool {
    mapped(&inst.class).is_some_and(|m| m.mapper == mapper && Rc::ptr_eq(&m.registry, registry))
}

pub(super) fn registries_of<'a>(instances: impl Iterator<Item = &'a Rc<Instance>>) -> Vec<RegistryRef> {
    let mut out: Vec<RegistryRef> = Vec::new();
    for inst in instances {
        if let Some(m) = mapped(&inst.class)
            && !out.iter().any(|r| Rc::ptr_eq(r, &m.registry))
        {
            out.push(m.registry.clone());
        }
    }
    out
}

/// Mappers ordered so that referenced tables come before the tables referencing them.
pub(super) fn mapper_order(reg: &Registry) -> Vec<usize> {
    let n = reg.mappers.len();
    let depends = |a: usize, b: usize| -> bool {
        let (Some(ta), Some(tb)) = (reg.table_of(a), reg.table_of(b)) else { return false };
        a != b && ta.columns.iter().any(|c| c.foreign_key.as_ref().is_some_and(|(t, _)| *t == tb.name))
    };
    let mut done: Vec<usize> = Vec::new();
    while done.len() < n {
        let next =
            (0..n).find(|&m| !done.contains(&m) && (0..n).all(|d| d == m || done.contains(&d) || !depends(m, d)));
        // A cycle between tables: take the first remaining mapper.
        let next = next.or_else(|| (0..n).find(|m| !done.contains(m)));
        match next {
            Some(m) => done.push(m),
            None => break,
        }
    }
    done
}

/// Orders pending objects of one mapper so that self-referential parents come first, level by level.
pub(super) fn sort_by_depth(items: &mut [Rc<Instance>], plan: &Plan) {
    // Pending parents of the same class (an object can have several: mother and father).
    let parents_of = |inst: &Rc<Instance>| -> Vec<Rc<Instance>> {
        plan.syncs
            .iter()
            .filter(|s| Rc::ptr_eq(&s.child, inst))
            .filter_map(|s| s.parent.clone())
            .filter(|p| {
                Rc::ptr_eq(&p.class, &inst.class)
                    && existing_state(p).is_some_and(|st| st.borrow().status == Status::Pending)
            })
            .collect()
    };
    // Depth = 1 + the deepest pending parent's depth; `limit` stops cycles.
    fn depth_of(inst: &Rc<Instance>, parents_of: &dyn Fn(&Rc<Instance>) -> Vec<Rc<Instance>>, limit: usize) -> usize {
        if limit == 0 {
            return 0;
        }
        parents_of(inst).iter().map(|p| 1 + depth_of(p, parents_of, limit - 1)).max().unwrap_or(0)
    }
    let depth = |inst: &Rc<Instance>| depth_of(inst, &parents_of, items.len() + 1);
    let mut keyed: Vec<(usize, u64, Rc<Instance>)> =
        items.iter().map(|i| (depth(i), existing_state(i).map_or(0, |s| s.borrow().insert_order), i.clone())).collect();
    keyed.sort_by_key(|(d, o, _)| (*d, *o));
    for (slot, (_, _, inst)) in items.iter_mut().zip(keyed) {
        *slot = inst;
    }
}
