//! The statements a flush sends: INSERT (defaults, primary keys), UPDATE of changed columns,
//! DELETE by primary key, and association rows, each checked for NOT NULL and multi-column keys.

use super::*;
use crate::eval::ExcType;
use crate::orm::Phase;
use crate::orm::SaExc;

impl Orm {
    pub(super) fn insert(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        registry: &RegistryRef,
        mapper: usize,
        inst: &Rc<Instance>,
    ) -> PyResult<()> {
        let (table, columns) = {
            let reg = registry.borrow();
            let t = reg.table_of(mapper);
            (t.map(|t| t.name.clone()).unwrap_or_default(), t.map(|t| t.columns.clone()).unwrap_or_default())
        };
        let mut names = Vec::new();
        let mut cells = Vec::new();
        let mut expire_after = Vec::new();
        for c in &columns {
            let mut value = inst.dict.borrow().get(c.key.as_str()).cloned().unwrap_or(Value::None);
            if matches!(value, Value::None)
                && let Some(default) = &c.default
            {
                value = self.default_value(interp, default)?;
                inst.dict.borrow_mut().insert(Name::from(c.key.as_str()), value.clone());
            }
            if matches!(value, Value::None) && c.primary_key && c.autoincrement {
                value = Value::Int(self.next_key(session, &table, &c.name));
                inst.dict.borrow_mut().insert(Name::from(c.key.as_str()), value.clone());
            }
            if matches!(value, Value::None) && c.server_default.is_some() {
                expire_after.push(c.key.clone());
                continue;
            }
            if matches!(value, Value::None) && !c.nullable {
                return Err(self.error(
                    interp,
                    SaExc::IntegrityError,
                    format!("(sqlite3.IntegrityError) NOT NULL constraint failed: {table}.{}", c.name),
                ));
            }
            names.push(quote(&c.name));
            cells.push(to_cell(&value, &c.ty));
        }
        let placeholders: Vec<String> = (1..=cells.len()).map(|i| format!("${i}")).collect();
        let sql = format!("INSERT INTO {} ({}) VALUES ({})", quote(&table), names.join(", "), placeholders.join(", "));
        let def = registry.borrow().table_of(mapper).cloned();
        if let Some(def) = def {
            let values: Vec<(String, Cell)> = columns
                .iter()
                .map(|c| {
                    (
                        c.name.clone(),
                        to_cell(&inst.dict.borrow().get(c.key.as_str()).cloned().unwrap_or(Value::None), &c.ty),
                    )
                })
                .collect();
            self.check_key_sets(interp, &session.engine, &def, &values, None)?;
        }
        self.execute_flush(interp, session, &sql, &cells)?;
        let pk: Vec<Cell> = columns
            .iter()
            .filter(|c| c.primary_key)
            .map(|c| to_cell(&inst.dict.borrow().get(c.key.as_str()).cloned().unwrap_or(Value::None), &c.ty))
            .collect();
        let state =
            existing_state(inst).ok_or_else(|| interp.error(ExcType::RuntimeError, "instance without state"))?;
        {
            let mut s = state.borrow_mut();
            s.identity = Some(pk.clone());
            s.status = Status::Persistent;
            s.inserted_in_transaction = true;
            for c in &columns {
                let v = inst.dict.borrow().get(c.key.as_str()).cloned().unwrap_or(Value::None);
                s.committed.insert(c.key.clone(), v);
            }
            for key in &expire_after {
                s.expired.insert(key.clone());
            }
        }
        session.new.borrow_mut().retain(|i| !Rc::ptr_eq(i, inst));
        let key = IdentityKey::new(registry, mapper, &pk);
        session.identity.borrow_mut().insert(key, inst.clone());
        Ok(())
    }

    pub(crate) fn default_value(&self, interp: &mut Interp, default: &Value) -> PyResult<Value> {
        match default {
            Value::Function(f) if !f.def.params.positional.is_empty() => {
                interp.call(default, Args::positional(vec![Value::None]))
            }
            Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => {
                interp.call(default, Args::default())
            }
            other => Ok(other.clone()),
        }
    }

    /// SQLite's rowid rule for an integer primary key: one more than the largest key in the table.
    pub(crate) fn next_key(&self, session: &SessionData, table: &str, column: &str) -> i64 {
        let sql = format!("SELECT MAX({}) FROM {}", quote(column), quote(table));
        match session.engine.execute_quiet(&sql, &[]) {
            Ok(crate::db::Outcome::Rows { rows, .. }) => match rows.first().and_then(|r| r.first()) {
                Some(Cell::Int(n)) => n + 1,
                _ => 1,
            },
            _ => 1,
        }
    }

    /// Column values that differ from what the database has (keys of loaded, unexpired columns).
    ///
    /// Values are compared with Python `==`, as SQLAlchemy's attribute history does (`is_equal` is
    /// `operator.eq` for scalar types): a loaded `id` of 300 is a different object from the committed
    /// 300, but the same value, so nothing changed.
    pub fn changed_columns(&self, interp: &mut Interp, inst: &Rc<Instance>) -> PyResult<Vec<ColumnDef>> {
        let Some(info) = mapped(&inst.class) else { return Ok(Vec::new()) };
        let Some(state) = existing_state(inst) else { return Ok(Vec::new()) };
        // Snapshot first: `==` may run user code that reads the instance.
        let candidates: Vec<(ColumnDef, Value, Option<Value>)> = {
            let s = state.borrow();
            let reg = info.registry.borrow();
            let Some(table) = reg.table_of(info.mapper) else { return Ok(Vec::new()) };
            let dict = inst.dict.borrow();
            table
                .columns
                .iter()
                .filter(|c| !s.expired.contains(&c.key))
                .filter_map(|c| Some((c.clone(), dict.get(c.key.as_str())?.clone(), s.committed.get(&c.key).cloned())))
                .collect()
        };
        let mut changed = Vec::new();
        for (column, now, before) in candidates {
            let differs = match before {
                Some(before) => !same_value(interp, &now, &before)?,
                None => !matches!(now, Value::None),
            };
            if differs {
                changed.push(column);
            }
        }
        Ok(changed)
    }

    /// Whether the instance has column values not yet flushed.
    pub fn has_changed_columns(&self, interp: &mut Interp, inst: &Rc<Instance>) -> PyResult<bool> {
        Ok(!self.changed_columns(interp, inst)?.is_empty())
    }

    pub(super) fn update(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        registry: &RegistryRef,
        mapper: usize,
        inst: &Rc<Instance>,
    ) -> PyResult<()> {
        let changed = self.changed_columns(interp, inst)?;
        if changed.is_empty() {
            return Ok(());
        }
        let state =
            existing_state(inst).ok_or_else(|| interp.error(ExcType::RuntimeError, "instance without state"))?;
        let (table, pk_cols) = table_and_key(registry, mapper);
        let mut params = Vec::new();
        let mut sets = Vec::new();
        for c in &changed {
            let v = inst.dict.borrow().get(c.key.as_str()).cloned().unwrap_or(Value::None);
            if matches!(v, Value::None) && !c.nullable {
                return Err(self.error(
                    interp,
                    SaExc::IntegrityError,
                    format!("(sqlite3.IntegrityError) NOT NULL constraint failed: {table}.{}", c.name),
                ));
            }
            params.push(to_cell(&v, &c.ty));
            sets.push(format!("{} = ${}", quote(&c.name), params.len()));
        }
        let identity = state.borrow().identity.clone().unwrap_or_default();
        let mut conditions = Vec::new();
        for (c, cell) in pk_cols.iter().zip(identity) {
            params.push(cell);
            conditions.push(format!("{} = ${}", quote(&c.name), params.len()));
        }
        let sql = format!("UPDATE {} SET {} WHERE {}", quote(&table), sets.join(", "), conditions.join(" AND "));
        let def = registry.borrow().table_of(mapper).cloned();
        if let Some(def) = def {
            let values: Vec<(String, Cell)> = def
                .columns
                .iter()
                .map(|c| {
                    (
                        c.name.clone(),
                        to_cell(&inst.dict.borrow().get(c.key.as_str()).cloned().unwrap_or(Value::None), &c.ty),
                    )
                })
                .collect();
            let own: Vec<(String, Cell)> = pk_cols
                .iter()
                .map(|c| c.name.clone())
                .zip(state.borrow().identity.clone().unwrap_or_default())
                .collect();
            self.check_key_sets(interp, &session.engine, &def, &values, Some(&own))?;
        }
        self.execute_flush(interp, session, &sql, &params)?;
        let mut s = state.borrow_mut();
        for c in &changed {
            let v = inst.dict.borrow().get(c.key.as_str()).cloned().unwrap_or(Value::None);
            s.committed.insert(c.key.clone(), v);
        }
        Ok(())
    }

    pub(super) fn delete_row(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        registry: &RegistryRef,
        mapper: usize,
        inst: &Rc<Instance>,
    ) -> PyResult<()> {
        let state =
            existing_state(inst).ok_or_else(|| interp.error(ExcType::RuntimeError, "instance without state"))?;
        let (table, pk_cols) = table_and_key(registry, mapper);
        let identity = state.borrow().identity.clone().unwrap_or_default();
        let mut params = Vec::new();
        let mut conditions = Vec::new();
        for (c, cell) in pk_cols.iter().zip(&identity) {
            params.push(cell.clone());
            conditions.push(format!("{} = ${}", quote(&c.name), params.len()));
        }
        let sql = format!("DELETE FROM {} WHERE {}", quote(&table), conditions.join(" AND "));
        self.execute_flush(interp, session, &sql, &params)?;
        if let Some(key) = SessionData::key_for(&state) {
            session.identity.borrow_mut().shift_remove(&key);
        }
        Ok(())
    }

    pub(super) fn assoc_statement(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        row: &AssocRow,
        insert: bool,
    ) -> PyResult<()> {
        let cells: Vec<Cell> = row.parts.iter().map(|(_, inst, col)| column_value(interp, inst, col)).collect();
        if insert {
            let def = row
                .parts
                .first()
                .and_then(|(_, inst, _)| mapped(&inst.class))
                .and_then(|info| info.registry.borrow().tables.get(&row.table).cloned());
            if let Some(def) = def {
                let values: Vec<(String, Cell)> =
                    row.parts.iter().map(|(a, _, _)| a.clone()).zip(cells.iter().cloned()).collect();
                self.check_key_sets(interp, &session.engine, &def, &values, None)?;
            }
        }
        let sql = if insert {
            let names: Vec<String> = row.parts.iter().map(|(a, _, _)| quote(a)).collect();
            let placeholders: Vec<String> = (1..=cells.len()).map(|i| format!("${i}")).collect();
            format!("INSERT INTO {} ({}) VALUES ({})", quote(&row.table), names.join(", "), placeholders.join(", "))
        } else {
            let conditions: Vec<String> =
                row.parts.iter().enumerate().map(|(i, (a, _, _))| format!("{} = ${}", quote(a), i + 1)).collect();
            format!("DELETE FROM {} WHERE {}", quote(&row.table), conditions.join(" AND "))
        };
        self.execute_flush(interp, session, &sql, &cells)
    }

    pub(super) fn execute_flush(
        &self,
        interp: &mut Interp,
        session: &SessionData,
        sql: &str,
        params: &[Cell],
    ) -> PyResult<()> {
        match session.engine.execute(sql, params, Phase::Flush) {
            Ok(_) => Ok(()),
            Err(e) => Err(self.error(
                interp,
                SaExc::IntegrityError,
                format!("(sqlite3.IntegrityError) {}\n[SQL: {sql}]", integrity_message(&e.message)),
            )),
        }
    }
}

/// A mapper's table name and its primary key columns (what UPDATE and DELETE address rows by).
fn table_and_key(registry: &RegistryRef, mapper: usize) -> (String, Vec<ColumnDef>) {
    let reg = registry.borrow();
    let t = reg.table_of(mapper);
    (
        t.map(|t| t.name.clone()).unwrap_or_default(),
        t.map(|t| t.columns.iter().filter(|c| c.primary_key).cloned().collect()).unwrap_or_default(),
    )
}
