//! What cascades reach from an object (one group per relationship, in mapper order) and attribute
//! expiry (`expire`, `expire_on_commit`, rollback).

use super::*;

impl Orm {
    /// Objects reachable in one step along relationships whose cascade satisfies `pred` (loaded only).
    pub fn cascade_targets(&self, inst: &Rc<Instance>, pred: impl Fn(&Cascade) -> bool) -> Vec<Rc<Instance>> {
        self.cascade_groups(inst, pred).into_iter().flatten().collect()
    }

    /// The loaded objects each cascading relationship of `inst` holds, one group per relationship in
    /// mapper order (SQLAlchemy's cascade iterator takes a relationship's members together).
    pub fn cascade_groups(&self, inst: &Rc<Instance>, pred: impl Fn(&Cascade) -> bool) -> Vec<Vec<Rc<Instance>>> {
        let Some(info) = mapped(&inst.class) else { return Vec::new() };
        let keys: Vec<(String, Resolved)> = {
            let reg = info.registry.borrow();
            let Some(m) = reg.mappers.get(info.mapper) else { return Vec::new() };
            m.relationships.iter().filter_map(|r| Some((r.key.clone(), r.resolved.clone()?))).collect()
        };
        let mut out = Vec::new();
        for (key, resolved) in keys {
            if !pred(&resolved.cascade) || resolved.viewonly {
                continue;
            }
            let value = inst.dict.borrow().get(key.as_str()).cloned();
            let items = match value {
                Some(v) => collection_items(&v).unwrap_or_else(|| vec![v]),
                None => Vec::new(),
            };
            out.push(
                items
                    .into_iter()
                    .filter_map(|item| if let Value::Instance(i) = item { Some(i) } else { None })
                    .collect(),
            );
        }
        out
    }

    /// Expires column attributes (all, or `keys`) and forgets loaded relationships.
    pub fn expire_instance(&self, inst: &Rc<Instance>, keys: Option<&[String]>) {
        let Some(info) = mapped(&inst.class) else { return };
        let Some(state) = existing_state(inst) else { return };
        let (columns, relationships) = {
            let reg = info.registry.borrow();
            let columns: Vec<String> = reg
                .table_of(info.mapper)
                .map(|t| t.columns.iter().map(|c| c.key.clone()).collect())
                .unwrap_or_default();
            let rels: Vec<String> = reg
                .mappers
                .get(info.mapper)
                .map(|m| m.relationships.iter().map(|r| r.key.clone()).collect())
                .unwrap_or_default();
            (columns, rels)
        };
        let wanted = |k: &String| keys.is_none_or(|ks| ks.contains(k));
        let mut s = state.borrow_mut();
        for key in columns.iter().filter(|k| wanted(k)) {
            s.expired.insert(key.clone());
            inst.dict.borrow_mut().shift_remove(key.as_str());
        }
        for key in relationships.iter().filter(|k| wanted(k)) {
            inst.dict.borrow_mut().shift_remove(key.as_str());
            s.history.shift_remove(key);
        }
    }
}
