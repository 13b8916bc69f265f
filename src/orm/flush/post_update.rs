//! `relationship(..., post_update=True)`: SQLAlchemy's answer to two rows that reference each other
//! (a widget's favourite entry, an entry's widget). The relationship's foreign key is left out of the
//! dependency order and out of the rows' own INSERTs and UPDATEs; once every row of the flush is
//! saved, one UPDATE per row sets it (`persistence.post_update`, the unit of work's `PostUpdateAll`).

use super::*;

impl Orm {
    /// The post-update UPDATEs: every `post_update` foreign key sync of the plan applied to its row
    /// (rows being deleted excepted), then one UPDATE of the changed columns for each row, in the
    /// order the syncs were planned.
    #[inline(never)] // its own function: no giant run-once caller for V8 to optimise (issue 15, index.html)
    pub(super) fn post_updates(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        plan: &Plan,
        to_delete: &[Rc<Instance>],
    ) -> PyResult<()> {
        let mut deleted = InstanceSet::new();
        for inst in to_delete {
            deleted.add(inst);
        }
        let post_columns = match plan.syncs.iter().find(|s| s.post).and_then(|s| mapped(&s.child.class)) {
            Some(info) => post_update_columns(&info.registry.borrow()),
            None => return Ok(()),
        };
        let mut rows: Vec<Rc<Instance>> = Vec::new();
        let mut seen: HashSet<usize> = HashSet::new();
        for sync in plan.syncs.iter().filter(|s| s.post) {
            if deleted.has(&sync.child) {
                continue;
            }
            self.load_sync_source(interp, sync)?;
            apply_sync(interp, &sync.child, sync);
            if seen.insert(instance_key(&sync.child)) {
                rows.push(sync.child.clone());
            }
        }
        // One UPDATE per row and table of the changed post-update columns, addressed by the row's
        // key (an expired key loads first, as SQLAlchemy reads it with loading allowed); rows of a
        // table by primary key, and consecutive rows setting the same columns one executemany.
        let mut statements: Vec<PostUpdate> = Vec::new();
        for inst in rows {
            session.note_loaded(&inst);
            self.load_expired_key(interp, &inst)?;
            let Some(info) = mapped(&inst.class) else { continue };
            let changed = self.changed_columns(interp, &inst)?;
            let registry = info.registry.clone();
            let reg = registry.borrow();
            let identity = existing_state(&inst).and_then(|s| s.borrow().identity.clone()).unwrap_or_default();
            for table in crate::orm::inheritance::tables_of(&reg, info.mapper) {
                let sets: Vec<&ColumnDef> = table
                    .columns
                    .iter()
                    .filter(|c| changed.iter().any(|x| x.key == c.key))
                    .filter(|c| post_columns.iter().any(|(t, n)| *t == table.name && *n == c.name))
                    .collect();
                if sets.is_empty() {
                    continue;
                }
                let mut params: Vec<Cell> = sets
                    .iter()
                    .map(|c| to_cell(&inst.dict.borrow().get(c.key.as_str()).cloned().unwrap_or(Value::None), &c.ty))
                    .collect();
                params.extend(identity.iter().cloned());
                let names = sets.iter().map(|c| c.name.clone()).collect();
                statements.push((registry.clone(), table.name.clone(), names, params, inst.clone()));
            }
        }
        statements.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| compare_keys(&a.3[a.2.len()..], &b.3[b.2.len()..])));
        let mut start = 0;
        while start < statements.len() {
            let (registry, table, names, _, _) = &statements[start];
            let end = start + 1 + statements[start + 1..].iter().take_while(|s| s.1 == *table && s.2 == *names).count();
            let key_names: Vec<String> = registry
                .borrow()
                .tables
                .get(table)
                .map(|t| t.primary_key().iter().map(|c| c.name.clone()).collect())
                .unwrap_or_default();
            let text = crate::orm::core::orm_sql::update_text(registry, table, names, &key_names);
            match text {
                Some(text) if end - start > 1 => {
                    let compiled = crate::sql::Compiled {
                        text,
                        params: statements[start..end].iter().map(|s| s.3.clone()).collect(),
                        kind: crate::sql::StatementKind::Update,
                        cache: crate::sql::CacheStat::Generated,
                        columns: Vec::new(),
                    };
                    self.run_compiled(interp, &session.engine, &compiled, crate::orm::Phase::Flush)?;
                }
                _ => {
                    for (registry, table, names, params, _) in &statements[start..end] {
                        let sql = crate::orm::core::orm_sql::update_text(registry, table, names, &key_names)
                            .unwrap_or_default();
                        self.execute_flush(interp, session, &sql, params)?;
                    }
                }
            }
            start = end;
        }
        // The rows' committed state now has the new foreign keys.
        for (_, _, _, _, inst) in &statements {
            let Some(state) = existing_state(inst) else { continue };
            let Some(info) = mapped(&inst.class) else { continue };
            let reg = info.registry.borrow();
            let mut s = state.borrow_mut();
            for (table, name) in &post_columns {
                let Some(c) = reg.tables.get(table).and_then(|t| t.column(name)) else { continue };
                if let Some(v) = inst.dict.borrow().get(c.key.as_str()).cloned() {
                    s.committed.insert(c.key.clone(), v);
                }
            }
        }
        Ok(())
    }
}

/// One row's post-update: (registry, table, columns set, SET values then key values, the object).
type PostUpdate = (RegistryRef, String, Vec<String>, Vec<Cell>, Rc<Instance>);

/// The (table, column) foreign keys that `post_update` relationships set: they order no rows.
pub(super) fn post_update_columns(reg: &Registry) -> Vec<(String, String)> {
    let holding = |mapper: usize, column: &str| {
        crate::orm::inheritance::tables_of(reg, mapper)
            .into_iter()
            .rev()
            .find(|t| t.column(column).is_some())
            .map(|t| (t.name.clone(), column.to_string()))
    };
    let mut out = Vec::new();
    for (m, mapper) in reg.mappers.iter().enumerate() {
        for rel in &mapper.relationships {
            let Some(r) = rel.resolved.as_ref().filter(|r| r.post_update && r.secondary.is_none()) else { continue };
            for (owner_col, target_col) in &r.pairs {
                let found = match r.direction {
                    Direction::ManyToOne => holding(m, owner_col),
                    _ => holding(r.target, target_col),
                };
                out.extend(found);
            }
        }
    }
    out
}

/// Primary keys in SQLAlchemy's persistent sort order (numbers by value, then text).
fn compare_keys(a: &[Cell], b: &[Cell]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        let o = match (x, y) {
            (Cell::Integer(x), Cell::Integer(y)) => x.cmp(y),
            (Cell::Text(x), Cell::Text(y)) => x.cmp(y),
            _ => std::cmp::Ordering::Equal,
        };
        if o != std::cmp::Ordering::Equal {
            return o;
        }
    }
    std::cmp::Ordering::Equal
}
