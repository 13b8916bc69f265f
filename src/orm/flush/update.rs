//! A flushed object's UPDATE: its changed columns (table by table in a joined hierarchy), the
//! version counter, `onupdate=` / `server_onupdate=` columns, and SQL expressions assigned to
//! attributes rendered inline.

use super::statements::{SqlSet, table_and_key};
use super::*;
use crate::eval::ExcType;
use crate::sql::{CacheStat, Compiled, StatementKind};

/// One object's UPDATE, prepared before any is sent so that consecutive ones can share a statement.
pub(super) enum PreparedUpdate {
    /// Plain bound values: `sql` with `params`; `keys` are the columns the object itself changed
    /// (SQLAlchemy's parameter keys, which a Python `onupdate=` value is not among), `versioned` that
    /// the WHERE clause checks a version counter (such rows go one at a time).
    Plain {
        inst: Rc<Instance>,
        sql: String,
        params: Vec<Cell>,
        keys: Vec<String>,
        versioned: bool,
        changed: Vec<ColumnDef>,
        expire_after: Vec<String>,
    },
    /// SET has SQL expressions (SQLAlchemy's "value params"): always its own statement.
    WithSql {
        inst: Rc<Instance>,
        changed: Vec<ColumnDef>,
        sql_sets: Vec<SqlSet>,
        version_where: Option<(String, Cell)>,
        expire_after: Vec<String>,
    },
}

impl Orm {
    /// The UPDATEs of `insts` for `table`, as `persistence._emit_update_statements` sends them:
    /// consecutive objects changing the same columns (no version counter, no SQL expression values)
    /// are one executemany, whose matched-row total is checked against the number of objects.
    #[inline(never)] // its own function: no giant run-once caller for V8 to optimise (issue 15, index.html)
    pub(super) fn update_all(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        registry: &RegistryRef,
        table: &str,
        insts: &[Rc<Instance>],
        plan: &Plan,
    ) -> PyResult<()> {
        let mut prepared = Vec::new();
        for inst in insts {
            self.apply_syncs(interp, session, inst, plan)?;
            if let Some(p) = self.prepare_update(interp, registry, table, inst)? {
                prepared.push(p);
            }
        }
        let mut rest = prepared.as_slice();
        while let Some(first) = rest.first() {
            let group = match first {
                PreparedUpdate::Plain { sql, keys, versioned: false, .. } => {
                    1 + rest[1..]
                        .iter()
                        .take_while(|p| {
                            matches!(p, PreparedUpdate::Plain { sql: s, keys: k, versioned: false, .. }
                                if s == sql && k == keys)
                        })
                        .count()
                }
                _ => 1,
            };
            self.send_updates(interp, session, registry, table, &rest[..group])?;
            rest = &rest[group..];
        }
        Ok(())
    }

    /// Sends one group of [`Orm::update_all`] and records the new committed values.
    fn send_updates(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        registry: &RegistryRef,
        table: &str,
        group: &[PreparedUpdate],
    ) -> PyResult<()> {
        let matched = match group {
            [PreparedUpdate::WithSql { inst, changed, sql_sets, version_where, expire_after }] => {
                self.update_with_sql(interp, session, registry, table, inst, changed, sql_sets, version_where.clone())?;
                let mut expire_after = expire_after.clone();
                expire_after.extend(sql_sets.iter().map(|(c, _)| c.key.clone()));
                commit_update(inst, changed, &expire_after, true);
                return Ok(());
            }
            [PreparedUpdate::Plain { sql, params, .. }] => self.execute_flush(interp, session, sql, params)?.changes,
            [PreparedUpdate::Plain { sql, .. }, ..] => {
                let params = group
                    .iter()
                    .filter_map(|p| match p {
                        PreparedUpdate::Plain { params, .. } => Some(params.clone()),
                        PreparedUpdate::WithSql { .. } => None,
                    })
                    .collect();
                let compiled = Compiled {
                    text: sql.clone(),
                    params,
                    kind: StatementKind::Update,
                    cache: CacheStat::Generated,
                    columns: Vec::new(),
                };
                let done = self.run_compiled(interp, &session.engine, &compiled, crate::orm::Phase::Flush)?;
                done.iter().map(|d| d.changes).sum()
            }
            _ => return Ok(()),
        };
        // SQLAlchemy checks every flush UPDATE's rowcount: a row gone or changed meanwhile.
        if matched != group.len() as u64 {
            let (name, _) = table_and_key(registry, table);
            return Err(self.stale_data(interp, "update", &name, group.len(), matched));
        }
        for p in group {
            if let PreparedUpdate::Plain { inst, changed, expire_after, .. } = p {
                commit_update(inst, changed, expire_after, false);
            }
        }
        Ok(())
    }

    /// One object's UPDATE for `table`: its changed columns there (a joined hierarchy updates each
    /// table with its own columns), the version counter, `onupdate=` values; None when nothing in
    /// `table` changed.
    fn prepare_update(
        &self,
        interp: &mut Interp,
        registry: &RegistryRef,
        table: &str,
        inst: &Rc<Instance>,
    ) -> PyResult<Option<PreparedUpdate>> {
        let mapper = mapped(&inst.class).map_or(0, |m| m.mapper);
        let (mut changed, elsewhere): (Vec<ColumnDef>, bool) = {
            let changed = self.changed_columns(interp, inst)?;
            let reg = registry.borrow();
            let Some(def) = reg.tables.get(table) else { return Ok(None) };
            let here: Vec<ColumnDef> =
                def.columns.iter().filter(|c| changed.iter().any(|x| x.key == c.key)).cloned().collect();
            (here, !changed.is_empty())
        };
        // A change in another table of a joined hierarchy still bumps the version counter of this
        // one (SQLAlchemy's `_collect_update_commands` looks at every table's history for it).
        if changed.is_empty()
            && !(elsewhere && super::versioning::version_in(&registry.borrow(), mapper, table).is_some())
        {
            return Ok(None);
        }
        let state =
            existing_state(inst).ok_or_else(|| interp.error(ExcType::RuntimeError, "instance without state"))?;
        // The version counter: the committed value goes in the WHERE clause, the next one in SET
        // (unless the application changed it itself).
        let version = super::versioning::version_in(&registry.borrow(), mapper, table);
        let mut version_where = None;
        if let Some((spec, column)) = version {
            let old = self.committed_version(interp, inst, &spec)?;
            if !changed.iter().any(|c| c.key == spec.key)
                && let Some(new) = self.next_version(interp, &spec, old.clone())?
            {
                inst.dict.borrow_mut().insert(Name::from(spec.key.as_str()), new);
                changed.push(column.clone());
            }
            version_where = Some((column.name.clone(), to_cell(&old, &column.ty)));
        }
        let keys: Vec<String> = changed.iter().map(|c| c.name.clone()).collect();
        let (expire_after, mut sql_sets) = self.apply_onupdates(interp, registry, table, inst, &mut changed)?;
        // Attributes assigned SQL expressions are rendered inline, then expire.
        let mut i = 0;
        while i < changed.len() {
            let value = inst.dict.borrow().get(changed[i].key.as_str()).cloned().unwrap_or(Value::None);
            match super::sql_defaults::sql_value(interp, &value)? {
                Some(expr) => sql_sets.push((changed.remove(i), expr)),
                None => i += 1,
            }
        }
        if !sql_sets.is_empty() {
            return Ok(Some(PreparedUpdate::WithSql {
                inst: inst.clone(),
                changed,
                sql_sets,
                version_where,
                expire_after,
            }));
        }
        let (table, pk_cols) = table_and_key(registry, table);
        let mut params = Vec::new();
        let mut sets = Vec::new();
        for c in &changed {
            let v = inst.dict.borrow().get(c.key.as_str()).cloned().unwrap_or(Value::None);
            params.push(crate::orm::type_decorator::bind_cell(interp, &v, &c.ty)?);
            sets.push(format!("{} = ?", quote(&c.name)));
        }
        let identity = state.borrow().identity.clone().unwrap_or_default();
        let mut conditions = Vec::new();
        let mut key_names: Vec<String> = Vec::new();
        for (c, cell) in pk_cols.iter().zip(identity) {
            params.push(cell);
            conditions.push(format!("{} = ?", quote(&c.name)));
            key_names.push(c.name.clone());
        }
        let versioned = version_where.is_some();
        if let Some((name, cell)) = version_where {
            params.push(cell);
            conditions.push(format!("{} = ?", quote(&name)));
            key_names.push(name);
        }
        let set_names: Vec<String> = changed.iter().map(|c| c.name.clone()).collect();
        let sql =
            crate::orm::core::orm_sql::update_text(registry, &table, &set_names, &key_names).unwrap_or_else(|| {
                format!("UPDATE {} SET {} WHERE {}", quote(&table), sets.join(", "), conditions.join(" AND "))
            });
        Ok(Some(PreparedUpdate::Plain { inst: inst.clone(), sql, params, keys, versioned, changed, expire_after }))
    }

    /// `onupdate=` of the columns an UPDATE does not set: their values join the SET clause (and the
    /// instance); `server_onupdate=` columns are expired, to be loaded again on next access.
    fn apply_onupdates(
        &self,
        interp: &mut Interp,
        registry: &RegistryRef,
        table: &str,
        inst: &Rc<Instance>,
        changed: &mut Vec<ColumnDef>,
    ) -> PyResult<(Vec<String>, Vec<SqlSet>)> {
        let columns = registry.borrow().tables.get(table).map(|t| t.columns.clone()).unwrap_or_default();
        let mut expire = Vec::new();
        let mut sql_sets = Vec::new();
        let mut so_far: Vec<(String, Value)> = changed
            .iter()
            .map(|c| (c.name.clone(), inst.dict.borrow().get(c.key.as_str()).cloned().unwrap_or(Value::None)))
            .collect();
        let order = |c: &ColumnDef| columns.iter().position(|d| d.name == c.name);
        for c in &columns {
            if changed.iter().any(|d| d.name == c.name) {
                continue;
            }
            if let Some(expr) = c.onupdate.as_ref().and_then(super::sql_defaults::sql_default) {
                // Rendered into the SET clause; the value is the database's, loaded on next access.
                sql_sets.push((c.clone(), expr));
            } else if let Some(onupdate) = &c.onupdate
                && crate::orm::core::convert::expr_of(interp, onupdate)?.is_none()
            {
                let value = crate::orm::defaults::call_column_default(interp, onupdate, &so_far)?;
                inst.dict.borrow_mut().insert(Name::from(c.key.as_str()), value.clone());
                so_far.push((c.name.clone(), value));
                changed.push(c.clone());
            } else if c.server_onupdate {
                expire.push(c.key.clone());
            }
        }
        // SET lists the columns in table order.
        changed.sort_by_key(order);
        Ok((expire, sql_sets))
    }

    /// An UPDATE whose SET clause has SQL-expression `onupdate=` values inline (table order).
    #[allow(clippy::too_many_arguments)]
    fn update_with_sql(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        registry: &RegistryRef,
        table: &str,
        inst: &Rc<Instance>,
        changed: &[ColumnDef],
        sql_sets: &[SqlSet],
        version_where: Option<(String, Cell)>,
    ) -> PyResult<()> {
        use super::sql_defaults::FlushValue;
        let columns = registry.borrow().tables.get(table).map(|t| t.columns.clone()).unwrap_or_default();
        let mut values = Vec::new();
        for c in &columns {
            if changed.iter().any(|d| d.name == c.name) {
                let v = inst.dict.borrow().get(c.key.as_str()).cloned().unwrap_or(Value::None);
                values.push((
                    c.name.clone(),
                    FlushValue::Cell(crate::orm::type_decorator::bind_cell(interp, &v, &c.ty)?),
                ));
            } else if let Some((_, e)) = sql_sets.iter().find(|(d, _)| d.name == c.name) {
                values.push((c.name.clone(), FlushValue::Sql(e.clone())));
            }
        }
        let identity = existing_state(inst).and_then(|s| s.borrow().identity.clone()).unwrap_or_default();
        let mut key: Vec<(String, Cell)> =
            columns.iter().filter(|c| c.primary_key).map(|c| c.name.clone()).zip(identity).collect();
        key.extend(version_where);
        let Some((sql, params)) = super::sql_defaults::update_text(registry, table, &values, &key) else {
            return Err(interp.not_supported("this UPDATE with SQL expression onupdate values"));
        };
        let done = self.execute_flush(interp, session, &sql, &params)?;
        if done.changes != 1 {
            return Err(self.stale_data(interp, "update", table, 1, done.changes));
        }
        Ok(())
    }
}

/// The values an UPDATE sent become the committed ones; `expire_after` (server-side and SQL values)
/// expire, to be loaded on next access. `drop_committed`: their committed values go too.
fn commit_update(inst: &Rc<Instance>, changed: &[ColumnDef], expire_after: &[String], drop_committed: bool) {
    let Some(state) = existing_state(inst) else { return };
    let mut s = state.borrow_mut();
    for c in changed {
        let v = inst.dict.borrow().get(c.key.as_str()).cloned().unwrap_or(Value::None);
        s.committed.insert(c.key.clone(), v);
    }
    for key in expire_after {
        inst.dict.borrow_mut().shift_remove(key.as_str());
        if drop_committed {
            s.committed.shift_remove(key);
        }
        s.expired.insert(key.clone());
    }
}
