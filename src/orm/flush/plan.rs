//! The flush's plan from relationship histories: the foreign keys to set on children (or to clear)
//! and the association rows to insert or delete.

use super::*;

impl Orm {
    /// Reads relationship histories into foreign key syncs and association row changes.
    #[inline(never)] // its own function: no giant run-once caller for V8 to optimise (issue 15, index.html)
    pub(super) fn plan_relationships(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        changed: &[Rc<Instance>],
        plan: &mut Plan,
    ) -> PyResult<()> {
        let mut removals = Vec::new();
        let mut additions = Vec::new();
        let mut assoc_seen: [HashSet<AssocKey>; 2] = Default::default();
        for inst in changed.iter().cloned() {
            let Some(state) = existing_state(&inst) else { continue };
            let histories: Vec<(String, crate::orm::state::RelHistory)> =
                state.borrow().history.iter().map(|(k, h)| (k.clone(), h.clone())).collect();
            for (key, history) in histories {
                let Some(info) = mapped(&inst.class) else { continue };
                let Some(resolved) = self.resolved(&info, &key) else { continue };
                if resolved.viewonly {
                    continue;
                }
                match resolved.direction {
                    Direction::ManyToOne => {
                        let pairs = resolved.pairs.clone();
                        let post = resolved.post_update;
                        match history.added.last() {
                            Some(Value::Instance(parent)) => additions.push(FkSync {
                                child: inst.clone(),
                                pairs,
                                parent: Some(parent.clone()),
                                post,
                            }),
                            Some(_) => {
                                self.check_blank_out_kept(interp, &inst, &pairs, resolved.target)?;
                                note_row(interp, &inst, || cleared(&inst, &key));
                                removals.push(FkSync { child: inst.clone(), pairs, parent: None, post })
                            }
                            None if !history.removed.is_empty() => {
                                self.check_blank_out_kept(interp, &inst, &pairs, resolved.target)?;
                                note_row(interp, &inst, || cleared(&inst, &key));
                                removals.push(FkSync { child: inst.clone(), pairs, parent: None, post })
                            }
                            None => {}
                        }
                    }
                    Direction::OneToMany => {
                        let pairs: Vec<(String, String)> =
                            resolved.pairs.iter().map(|(o, t)| (t.clone(), o.clone())).collect();
                        let post = resolved.post_update;
                        for item in history.removed.iter() {
                            if let Value::Instance(child) = item
                                && !self.has_other_parent(child, &resolved, &inst)
                            {
                                // A removed child that is being deleted keeps its key (its DELETE
                                // needs it): only a surviving child's key is cleared.
                                let deleted =
                                    existing_state(child).is_some_and(|s| s.borrow().status == Status::Deleted);
                                if !deleted && !resolved.cascade.delete_orphan {
                                    self.check_blank_out(interp, child, &pairs, info.mapper)?;
                                }
                                note_parent(interp, child, &inst, &key, How::Removed);
                                removals.push(FkSync {
                                    child: child.clone(),
                                    pairs: pairs.clone(),
                                    parent: None,
                                    post,
                                });
                            }
                        }
                        for item in history.added.iter() {
                            if let Value::Instance(child) = item {
                                additions.push(FkSync {
                                    child: child.clone(),
                                    pairs: pairs.clone(),
                                    parent: Some(inst.clone()),
                                    post,
                                });
                            }
                        }
                    }
                    Direction::ManyToMany => {
                        let Some(sec) = &resolved.secondary else { continue };
                        let [insert_seen, delete_seen] = &mut assoc_seen;
                        for (items, list, seen) in [
                            (&history.added, &mut plan.assoc_insert, insert_seen),
                            (&history.removed, &mut plan.assoc_delete, delete_seen),
                        ] {
                            for item in items.iter() {
                                let Value::Instance(other) = item else { continue };
                                let mut parts: Vec<(String, Rc<Instance>, String)> =
                                    sec.local.iter().map(|(a, c)| (a.clone(), inst.clone(), c.clone())).collect();
                                parts.extend(sec.remote.iter().map(|(a, c)| (a.clone(), other.clone(), c.clone())));
                                // The other side's history holds the same link: one row.
                                if seen.insert(assoc_key(&sec.table, &parts)) {
                                    // The side met first names the removal (both sides record it).
                                    if std::ptr::eq(items, &history.removed) {
                                        note_secondary(interp, sec, &inst, Some(other), &key);
                                    }
                                    list.push(AssocRow { table: sec.table.clone(), parts });
                                }
                            }
                        }
                    }
                }
            }
        }
        // A deleted object's association rows go with it, one DELETE per linked object as
        // `ManyToManyDP.process_deletes` sends them: the collection is loaded for that (SQLAlchemy
        // loads it too), unless `passive_deletes` leaves an unloaded one to the database.
        for inst in self.unflushed_deletes(session) {
            for (key, resolved) in relationships_of(&inst) {
                let (Direction::ManyToMany, Some(sec), false) =
                    (resolved.direction, &resolved.secondary, resolved.viewonly)
                else {
                    continue;
                };
                if resolved.passive_deletes && !inst.dict.borrow().contains_key(key.as_str()) {
                    continue;
                }
                note_secondary(interp, sec, &inst, None, &key);
                let value = interp.get_attr(&Value::Instance(inst.clone()), &key)?;
                for item in collection_items(&value).unwrap_or_else(|| vec![value]) {
                    let Value::Instance(other) = item else { continue };
                    let mut parts: Vec<(String, Rc<Instance>, String)> =
                        sec.local.iter().map(|(a, c)| (a.clone(), inst.clone(), c.clone())).collect();
                    parts.extend(sec.remote.iter().map(|(a, c)| (a.clone(), other.clone(), c.clone())));
                    if assoc_seen[1].insert(assoc_key(&sec.table, &parts)) {
                        plan.assoc_delete.push(AssocRow { table: sec.table.clone(), parts });
                    }
                }
            }
        }
        self.plan_key_switches(interp, changed, &mut additions)?;
        plan.syncs.extend(removals);
        plan.syncs.extend(additions);
        for (at, sync) in plan.syncs.iter().enumerate() {
            plan.syncs_of.entry(instance_key(&sync.child)).or_default().push(at);
        }
        Ok(())
    }
}
