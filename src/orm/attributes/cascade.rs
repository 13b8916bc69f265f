//! What cascades reach from an object: one group per relationship, in mapper order.

use super::*;

impl Orm {
    /// Objects reachable in one step along relationships whose cascade satisfies `pred` (loaded only).
    pub fn cascade_targets(&self, inst: &Rc<Instance>, pred: impl Fn(&Cascade) -> bool) -> Vec<Rc<Instance>> {
        self.cascade_groups(inst, pred).into_iter().flatten().collect()
    }

    /// The loaded objects each cascading relationship of `inst` holds, one group per relationship in
    /// mapper order (SQLAlchemy's cascade iterator takes a relationship's members together).
    pub fn cascade_groups(&self, inst: &Rc<Instance>, pred: impl Fn(&Cascade) -> bool) -> Vec<Vec<Rc<Instance>>> {
        self.groups(inst, pred, false)
    }

    /// The save-update cascade's groups: SQLAlchemy's `get_all_pending` adds to each relationship's
    /// current members the ones removed from it since the last flush (an address taken out of a
    /// detached user's collection goes into the session with the user, so its foreign key is nulled).
    pub fn save_cascade_groups(&self, inst: &Rc<Instance>) -> Vec<Vec<Rc<Instance>>> {
        self.groups(inst, |c| c.save_update, true)
    }

    fn groups(
        &self,
        inst: &Rc<Instance>,
        pred: impl Fn(&Cascade) -> bool,
        with_removed: bool,
    ) -> Vec<Vec<Rc<Instance>>> {
        let Some(info) = mapped(&inst.class) else { return Vec::new() };
        let keys: Vec<(String, Rc<Resolved>)> = {
            let reg = info.registry.borrow();
            reg.relationships_of(info.mapper)
                .into_iter()
                .filter_map(|r| Some((r.key.clone(), r.resolved.clone()?)))
                .collect()
        };
        let mut out = Vec::new();
        for (key, resolved) in keys {
            if !pred(&resolved.cascade) || resolved.viewonly {
                continue;
            }
            let value = inst.dict.borrow().get(key.as_str()).cloned();
            let mut items = match value {
                Some(v) => collection_items(&v).unwrap_or_else(|| vec![v]),
                // A write-only or dynamic collection: what was added since the last flush.
                None if super::super::writer::writer_kind(&info, &key).is_some() => self.writer_pending(inst, &key),
                None => Vec::new(),
            };
            if with_removed && let Some(state) = super::super::state::existing_state(inst) {
                let removed: Vec<Value> =
                    state.borrow().history.get(&key).map(|h| h.removed.iter().cloned().collect()).unwrap_or_default();
                for old in removed {
                    let known = items.iter().any(|i| match (i, &old) {
                        (Value::Instance(a), Value::Instance(b)) => Rc::ptr_eq(a, b),
                        _ => false,
                    });
                    if !known {
                        items.push(old);
                    }
                }
            }
            out.push(
                items
                    .into_iter()
                    .filter_map(|item| if let Value::Instance(i) = item { Some(i) } else { None })
                    .collect(),
            );
        }
        out
    }
}
