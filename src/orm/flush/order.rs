//! Flush ordering: mappers in dependency order (parents first), self-referential rows level by
//! level, and which relationships and registries the flushed objects involve.

use super::*;
use std::collections::BTreeSet;

pub(super) fn relationships_of(inst: &Rc<Instance>) -> Vec<(String, Rc<Resolved>)> {
    let Some(info) = mapped(&inst.class) else { return Vec::new() };
    let reg = info.registry.borrow();
    reg.relationships_of(info.mapper).into_iter().filter_map(|r| Some((r.key.clone(), r.resolved.clone()?))).collect()
}

/// The objects of `registry` by mapper, each list in the given order; the classes of a single-table
/// hierarchy share their base's list (one table, rows in the order they were added).
pub(super) fn by_mapper(instances: &[Rc<Instance>], registry: &RegistryRef) -> HashMap<usize, Vec<Rc<Instance>>> {
    let mut out: HashMap<usize, Vec<Rc<Instance>>> = HashMap::new();
    let reg = registry.borrow();
    for inst in instances {
        if let Some(m) = mapped(&inst.class)
            && Rc::ptr_eq(&m.registry, registry)
        {
            out.entry(crate::orm::inheritance::base_mapper(&reg, m.mapper)).or_default().push(inst.clone());
        }
    }
    out
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

/// Mappers ordered so that referenced tables come before the tables referencing them: each time, the
/// first mapper (in mapping order) whose referenced tables' mappers are all placed; in a cycle between
/// tables, the first remaining mapper. Kahn's algorithm over the foreign keys, with the candidates in
/// an ordered set, so a chain of a hundred tables costs its edges rather than n³ table lookups.
pub(super) fn mapper_order(reg: &Registry) -> Vec<usize> {
    let n = reg.mappers.len();
    // A `post_update=True` foreign key does not order the rows: it is set after the INSERTs.
    let post = super::post_update::post_update_columns(reg);
    let tables: Vec<Option<&ColumnsOf>> = (0..n).map(|m| reg.table_of(m).map(|t| &t.columns)).collect();
    let mut by_table: HashMap<&str, Vec<usize>> = HashMap::new();
    for m in 0..n {
        if let Some(t) = reg.table_of(m) {
            by_table.entry(t.name.as_str()).or_default().push(m);
        }
    }
    // `waiting[m]`: how many other mappers' tables m's foreign keys name and are not placed yet.
    let mut waiting = vec![0usize; n];
    let mut dependents: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (m, columns) in tables.iter().enumerate() {
        let Some(columns) = columns else { continue };
        let own = reg.table_of(m).map_or("", |t| t.name.as_str());
        let mut on: Vec<usize> = columns
            .iter()
            .filter(|c| !post.iter().any(|(pt, pc)| *pt == own && *pc == c.name))
            .filter_map(|c| c.foreign_key.as_ref())
            .flat_map(|(target, _)| by_table.get(target.as_str()).into_iter().flatten().copied())
            .filter(|&d| d != m)
            .collect();
        on.sort_unstable();
        on.dedup();
        waiting[m] = on.len();
        for d in on {
            dependents[d].push(m);
        }
    }
    let mut ready: BTreeSet<usize> = (0..n).filter(|&m| waiting[m] == 0).collect();
    let mut remaining: BTreeSet<usize> = (0..n).collect();
    let mut done: Vec<usize> = Vec::with_capacity(n);
    while let Some(m) = ready.first().or_else(|| remaining.first()).copied() {
        ready.remove(&m);
        remaining.remove(&m);
        done.push(m);
        for &x in &dependents[m] {
            waiting[x] = waiting[x].saturating_sub(1);
            if waiting[x] == 0 && remaining.contains(&x) {
                ready.insert(x);
            }
        }
    }
    done
}

/// A table's columns (what [`mapper_order`] reads of each mapper's table).
type ColumnsOf = Vec<ColumnDef>;

/// Orders pending objects of one mapper so that self-referential parents come first, level by level:
/// a row's level is 1 + its deepest pending parent's level (parents of the same class; an object can
/// have several: mother and father), ties in the order objects entered the session.
pub(super) fn sort_by_depth(items: &mut [Rc<Instance>], plan: &Plan) {
    let parents_of = |inst: &Rc<Instance>| -> Vec<Rc<Instance>> {
        plan.syncs_for(inst)
            .filter_map(|s| s.parent.clone())
            .filter(|p| {
                same_hierarchy(p, inst) && existing_state(p).is_some_and(|st| st.borrow().status == Status::Pending)
            })
            .collect()
    };
    let depths: Vec<usize> = match levels(items, &parents_of) {
        Some(levels) => items.iter().map(|i| levels.get(&instance_key(i)).copied().unwrap_or(0)).collect(),
        // Parents in a cycle: levels bounded by the number of objects, as before there were levels.
        None => items.iter().map(|i| depth_of(i, &parents_of, items.len() + 1)).collect(),
    };
    let mut keyed: Vec<(usize, u64, Rc<Instance>)> = items
        .iter()
        .zip(depths)
        .map(|(i, d)| (d, existing_state(i).map_or(0, |s| s.borrow().insert_order), i.clone()))
        .collect();
    keyed.sort_by_key(|(d, o, _)| (*d, *o));
    for (slot, (_, _, inst)) in items.iter_mut().zip(keyed) {
        *slot = inst;
    }
}

/// Each object's level, every object visited once (depth first with an explicit stack: a chain of
/// 100,000 pending objects is 100,000 levels deep); `None` if the parents form a cycle.
fn levels(
    items: &[Rc<Instance>],
    parents_of: &dyn Fn(&Rc<Instance>) -> Vec<Rc<Instance>>,
) -> Option<HashMap<usize, usize>> {
    struct Frame {
        inst: Rc<Instance>,
        parents: std::vec::IntoIter<Rc<Instance>>,
        level: usize,
    }
    let mut done: HashMap<usize, usize> = HashMap::new();
    let mut visiting: HashSet<usize> = HashSet::new();
    for root in items {
        if done.contains_key(&instance_key(root)) {
            continue;
        }
        visiting.insert(instance_key(root));
        let mut stack = vec![Frame { inst: root.clone(), parents: parents_of(root).into_iter(), level: 0 }];
        while let Some(top) = stack.last_mut() {
            if let Some(parent) = top.parents.next() {
                let key = instance_key(&parent);
                if let Some(&level) = done.get(&key) {
                    top.level = top.level.max(1 + level);
                    continue;
                }
                if !visiting.insert(key) {
                    return None;
                }
                let parents = parents_of(&parent).into_iter();
                stack.push(Frame { inst: parent, parents, level: 0 });
                continue;
            }
            let Some(finished) = stack.pop() else { break };
            let key = instance_key(&finished.inst);
            visiting.remove(&key);
            done.insert(key, finished.level);
            if let Some(child) = stack.last_mut() {
                child.level = child.level.max(1 + finished.level);
            }
        }
    }
    Some(done)
}

/// Depth = 1 + the deepest pending parent's depth; `limit` stops cycles.
fn depth_of(inst: &Rc<Instance>, parents_of: &dyn Fn(&Rc<Instance>) -> Vec<Rc<Instance>>, limit: usize) -> usize {
    if limit == 0 {
        return 0;
    }
    parents_of(inst).iter().map(|p| 1 + depth_of(p, parents_of, limit - 1)).max().unwrap_or(0)
}

/// Orders the rows of one self-referential table being deleted so that children go before their
/// parents, as SQLAlchemy's per-row dependency sort does: deepest first by the number of ancestors
/// (through the table's foreign keys to itself) that are deleted too; otherwise in the given order.
pub(super) fn children_first(interp: &Interp, registry: &RegistryRef, mapper: usize, rows: &mut Vec<Rc<Instance>>) {
    let (links, pk): (Vec<(String, String)>, Vec<String>) = {
        let reg = registry.borrow();
        let Some(table) = reg.table_of(mapper) else { return };
        let links = table
            .columns
            .iter()
            .filter_map(|c| {
                c.foreign_key.as_ref().filter(|(t, _)| *t == table.name).map(|(_, r)| (c.name.clone(), r.clone()))
            })
            .collect();
        (links, table.columns.iter().filter(|c| c.primary_key).map(|c| c.name.clone()).collect())
    };
    if links.is_empty() || rows.len() < 2 || pk.len() != 1 {
        return;
    }
    let key = |inst: &Rc<Instance>, column: &str| to_key(&column_value(interp, inst, column));
    let by_key: HashMap<String, usize> = rows.iter().enumerate().map(|(at, i)| (key(i, &pk[0]), at)).collect();
    let parents: Vec<Vec<usize>> = rows
        .iter()
        .map(|inst| {
            links
                .iter()
                .filter(|(_, remote)| *remote == pk[0])
                .filter_map(|(local, _)| by_key.get(&key(inst, local)).copied())
                .collect()
        })
        .collect();
    // Depth by walking up with an explicit path; a parent on the path (a cycle) is not followed.
    let mut depth: Vec<Option<usize>> = vec![None; rows.len()];
    let mut on_path = vec![false; rows.len()];
    for start in 0..rows.len() {
        if depth[start].is_some() {
            continue;
        }
        let mut path = vec![start];
        on_path[start] = true;
        while let Some(&at) = path.last() {
            if let Some(p) = parents[at].iter().copied().find(|p| depth[*p].is_none() && !on_path[*p]) {
                on_path[p] = true;
                path.push(p);
                continue;
            }
            depth[at] = Some(parents[at].iter().filter_map(|p| depth[*p]).map(|d| d + 1).max().unwrap_or(0));
            on_path[at] = false;
            path.pop();
        }
    }
    let mut keyed: Vec<(usize, Rc<Instance>)> =
        rows.drain(..).zip(depth).map(|(inst, d)| (d.unwrap_or(0), inst)).collect();
    keyed.sort_by_key(|(d, _)| std::cmp::Reverse(*d));
    rows.extend(keyed.into_iter().map(|(_, inst)| inst));
}

/// A cell as a map key (NULL matches nothing).
fn to_key(cell: &Cell) -> String {
    match cell {
        Cell::Null => "\u{0}null".to_string(),
        other => format!("{other:?}"),
    }
}

/// Whether two objects' classes share a base mapper (their rows are flushed together: the same class,
/// or classes of one inheritance hierarchy, whose dependencies SQLAlchemy sorts row by row).
fn same_hierarchy(a: &Rc<Instance>, b: &Rc<Instance>) -> bool {
    if Rc::ptr_eq(&a.class, &b.class) {
        return true;
    }
    let (Some(x), Some(y)) = (mapped(&a.class), mapped(&b.class)) else { return false };
    Rc::ptr_eq(&x.registry, &y.registry)
        && x.registry.try_borrow().is_ok_and(|reg| {
            crate::orm::inheritance::base_mapper(&reg, x.mapper) == crate::orm::inheritance::base_mapper(&reg, y.mapper)
        })
}

#[cfg(test)]
#[path = "order_tests.rs"]
mod tests;
