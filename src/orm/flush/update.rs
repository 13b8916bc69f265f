//! A flushed object's UPDATE: its changed columns (table by table in a joined hierarchy), the
//! version counter, `onupdate=` / `server_onupdate=` columns, and SQL expressions assigned to
//! attributes rendered inline.

use super::statements::{SqlSet, table_and_key};
use super::*;
use crate::eval::ExcType;

impl Orm {
    pub(super) fn update(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        registry: &RegistryRef,
        table: &str,
        inst: &Rc<Instance>,
    ) -> PyResult<()> {
        // The changed attributes whose columns are in `table` (a joined hierarchy updates each
        // table with its own columns).
        let mut changed: Vec<ColumnDef> = {
            let changed = self.changed_columns(interp, inst)?;
            let reg = registry.borrow();
            let Some(def) = reg.tables.get(table) else { return Ok(()) };
            def.columns.iter().filter(|c| changed.iter().any(|x| x.key == c.key)).cloned().collect()
        };
        if changed.is_empty() {
            return Ok(());
        }
        let state =
            existing_state(inst).ok_or_else(|| interp.error(ExcType::RuntimeError, "instance without state"))?;
        // The version counter: the committed value goes in the WHERE clause, the next one in SET
        // (unless the application changed it itself).
        let mapper = mapped(&inst.class).map_or(0, |m| m.mapper);
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
        let (mut expire_after, mut sql_sets) = self.apply_onupdates(interp, registry, table, inst, &mut changed)?;
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
            self.update_with_sql(interp, session, registry, table, inst, &changed, &sql_sets, version_where)?;
            expire_after.extend(sql_sets.into_iter().map(|(c, _)| c.key));
            let mut s = state.borrow_mut();
            for c in &changed {
                let v = inst.dict.borrow().get(c.key.as_str()).cloned().unwrap_or(Value::None);
                s.committed.insert(c.key.clone(), v);
            }
            for key in expire_after {
                inst.dict.borrow_mut().shift_remove(key.as_str());
                s.committed.shift_remove(&key);
                s.expired.insert(key);
            }
            return Ok(());
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
        let done = self.execute_flush(interp, session, &sql, &params)?;
        // SQLAlchemy checks every flush UPDATE's rowcount: a row gone or changed meanwhile.
        if done.changes != 1 {
            return Err(self.stale_data(interp, "update", &table, 1, done.changes));
        }
        let mut s = state.borrow_mut();
        for c in &changed {
            let v = inst.dict.borrow().get(c.key.as_str()).cloned().unwrap_or(Value::None);
            s.committed.insert(c.key.clone(), v);
        }
        for key in expire_after {
            inst.dict.borrow_mut().shift_remove(key.as_str());
            s.expired.insert(key);
        }
        Ok(())
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
