//! The statements a flush sends: INSERT (defaults; an integer primary key comes back from SQLite's
//! rowid), UPDATE of changed columns, DELETE by primary key, and association rows. Constraints (NOT
//! NULL, UNIQUE, composite keys, CHECK) are SQLite's to enforce.

use super::*;
use crate::eval::ExcType;

/// A column an UPDATE sets to a SQL expression (its `onupdate=`).
pub(super) type SqlSet = (ColumnDef, crate::sql::elements::ExprRef);

/// One object's INSERT before it runs.
#[derive(Default, Clone)]
pub(super) struct PreparedInsert {
    /// Column names sent, in table order, and their values.
    pub names: Vec<String>,
    pub cells: Vec<Cell>,
    /// The autoincrement primary key left to SQLite: (key, column name).
    pub rowid_column: Option<(String, String)>,
    /// Server-defaulted columns the INSERT leaves out: RETURNING reads them back (SQLAlchemy's
    /// `eager_defaults="auto"` on a dialect with INSERT..RETURNING), by attribute key.
    pub expire_after: Vec<String>,
    /// Which of `names` got their value from a Python-side column default: SQLAlchemy fires those
    /// at execution, so they are not among the parameters its flush groups INSERTs by.
    pub defaulted: Vec<bool>,
    /// Columns whose `default=` is a SQL expression: (key, column name, expression), rendered inline
    /// and read back with RETURNING.
    pub sql_defaults: Vec<(String, String, crate::sql::elements::ExprRef)>,
    /// Some of `sql_defaults` are SQL expressions assigned to attributes (`obj.x = func.upper(..)`):
    /// SQLAlchemy's "value params", whose rows it INSERTs one at a time.
    pub assigned_sql: bool,
}

impl PreparedInsert {
    /// The columns the INSERT reads back with RETURNING, in table order as SQLAlchemy's compiler
    /// lists them: a key SQLite generates, server-defaulted columns it leaves out and SQL-expression
    /// defaults. (key, column name) pairs.
    pub(super) fn returning(&self, table: &TableShape) -> Vec<(String, String)> {
        let wanted = |key: &String| {
            self.rowid_column.as_ref().is_some_and(|(k, _)| k == key)
                || self.expire_after.contains(key)
                || self.sql_defaults.iter().any(|(k, _, _)| k == key)
        };
        table.columns.iter().filter(|c| wanted(&c.key)).map(|c| (c.key.clone(), c.name.clone())).collect()
    }

    /// Stores a RETURNING row's values in the object (they are loaded, no longer to be expired);
    /// the generated key, when it is among them, comes back for [`Orm::complete_insert`].
    pub(super) fn take_returned(
        &mut self,
        interp: &mut Interp,
        table: &TableShape,
        inst: &Rc<Instance>,
        returning: &[(String, String)],
        row: Vec<Cell>,
    ) -> Option<i64> {
        let mut rowid = None;
        for ((key, name), cell) in returning.iter().zip(row) {
            if self.rowid_column.as_ref().is_some_and(|(k, _)| k == key) {
                if let Cell::Integer(n) = cell {
                    rowid = Some(n);
                }
                continue;
            }
            let ty = table.columns.iter().find(|c| c.name == *name).map(|c| c.ty.clone());
            let v = ty.map_or(Value::None, |ty| crate::orm::state::from_cell(interp, &cell, &ty));
            inst.dict.borrow_mut().insert(Name::from(key.as_str()), v);
            self.expire_after.retain(|k| k != key);
        }
        rowid
    }
}

impl Orm {
    /// INSERTs one object of `table`'s mapper.
    pub(super) fn insert(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        table: &TableShape,
        inst: &Rc<Instance>,
    ) -> PyResult<()> {
        let prepared = self.prepare_insert(interp, table, inst)?;
        self.insert_prepared(interp, session, table, inst, &prepared)
    }

    /// INSERTs one object whose statement is prepared.
    pub(super) fn insert_prepared(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        table: &TableShape,
        inst: &Rc<Instance>,
        prepared: &PreparedInsert,
    ) -> PyResult<()> {
        let registry = &table.registry;
        if !prepared.sql_defaults.is_empty() || !prepared.expire_after.is_empty() {
            return self.insert_with_sql_defaults(
                interp,
                session,
                table,
                std::slice::from_ref(inst),
                std::slice::from_ref(prepared),
            );
        }
        let sql = crate::orm::core::orm_sql::insert_text(registry, &table.name, &prepared.names).unwrap_or_else(|| {
            let quoted: Vec<String> = prepared.names.iter().map(|n| quote(n)).collect();
            insert_sql(&quote(&table.name), &quoted)
        });
        let done = self.execute_flush(interp, session, &sql, &prepared.cells)?;
        self.complete_insert(interp, session, table, inst, prepared, done.last_insert_rowid)
    }

    /// The columns and values an INSERT of `inst` sends (Python-side defaults filled in; an
    /// autoincrement primary key without a value and server-defaulted columns left out).
    pub(super) fn prepare_insert(
        &self,
        interp: &mut Interp,
        table: &TableShape,
        inst: &Rc<Instance>,
    ) -> PyResult<PreparedInsert> {
        let mut prepared = PreparedInsert::default();
        let version = super::versioning::version_in(&table.registry.borrow(), table.mapper, &table.name);
        if let Some((spec, _)) = version
            && let Some(v) = self.next_version(interp, &spec, Value::None)?
        {
            inst.dict.borrow_mut().insert(Name::from(spec.key.as_str()), v);
        }
        // The row's parameters so far, which a context-sensitive default reads.
        let mut so_far: Vec<(String, Value)> = Vec::new();
        for c in &table.columns {
            let set = inst.dict.borrow().get(c.key.as_str()).cloned();
            // A type that evaluates None (JSON: None is stored as 'null') leaves an unset attribute
            // out of the INSERT (`mapper._insert_cols_as_none` excludes it).
            if set.is_none() && c.default.is_none() && matches!(c.ty, crate::orm::schema::SqlType::Json(_)) {
                continue;
            }
            let mut value = set.unwrap_or(Value::None);
            if let Some(expr) = super::sql_defaults::sql_value(interp, &value)? {
                prepared.sql_defaults.push((c.key.clone(), c.name.clone(), expr));
                prepared.assigned_sql = true;
                continue;
            }
            let mut defaulted = false;
            if matches!(value, Value::None)
                && let Some(default) = &c.default
            {
                if let Some(expr) = super::sql_defaults::sql_default(default) {
                    prepared.sql_defaults.push((c.key.clone(), c.name.clone(), expr));
                    continue;
                }
                defaulted = true;
                value = crate::orm::defaults::call_column_default(interp, default, &so_far)?;
                inst.dict.borrow_mut().insert(Name::from(c.key.as_str()), value.clone());
            }
            if matches!(value, Value::None) && c.primary_key && c.autoincrement {
                // Left out of the INSERT, as SQLAlchemy leaves it: SQLite assigns the rowid.
                prepared.rowid_column = Some((c.key.clone(), c.name.clone()));
                continue;
            }
            if matches!(value, Value::None) && c.server_default.is_some() {
                prepared.expire_after.push(c.key.clone());
                continue;
            }
            prepared.names.push(c.name.clone());
            prepared.defaulted.push(defaulted);
            prepared.cells.push(crate::orm::type_decorator::bind_cell(interp, &value, &c.ty)?);
            so_far.push((c.name.clone(), value));
        }
        Ok(prepared)
    }

    /// After the INSERT ran: the generated key in the instance, the instance persistent and in the
    /// identity map.
    pub(super) fn complete_insert(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        table: &TableShape,
        inst: &Rc<Instance>,
        prepared: &PreparedInsert,
        rowid: i64,
    ) -> PyResult<()> {
        let (registry, mapper, columns) = (&table.registry, table.mapper, &table.columns);
        if let Some((key, _)) = &prepared.rowid_column {
            inst.dict.borrow_mut().insert(Name::from(key.as_str()), Value::Int(rowid));
        }
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
            for c in columns {
                let v = inst.dict.borrow().get(c.key.as_str()).cloned().unwrap_or(Value::None);
                s.committed.insert(c.key.clone(), v);
            }
            for key in &prepared.expire_after {
                s.expired.insert(key.clone());
            }
        }
        session.new.borrow_mut().discard(inst);
        let key = IdentityKey::new(registry, mapper, &pk);
        session.identity.borrow_mut().insert(key, inst.clone());
        session.inserted.borrow_mut().add(inst);
        session.note_loaded(inst);
        Ok(())
    }

    /// Column values that differ from what the database has (keys of loaded, unexpired columns).
    ///
    /// Values are compared with Python `==`, as SQLAlchemy's attribute history does (`is_equal` is
    /// `operator.eq` for scalar types): a loaded `id` of 300 is a different object from the committed
    /// 300, but the same value, so nothing changed.
    pub fn changed_columns(&self, interp: &mut Interp, inst: &Rc<Instance>) -> PyResult<Vec<ColumnDef>> {
        let Some(info) = mapped(&inst.class) else { return Ok(Vec::new()) };
        let mut changed = Vec::new();
        for (index, now, before) in column_snapshot(inst, &info, false)? {
            if differs(interp, &now, before)? {
                let reg = info.registry.borrow();
                if let Some(column) = crate::orm::inheritance::mapped_column_refs(&reg, info.mapper).get(index) {
                    changed.push((*column).clone());
                }
            }
        }
        Ok(changed)
    }

    /// Whether the instance has column values not yet flushed (stops at the first).
    pub fn has_changed_columns(&self, interp: &mut Interp, inst: &Rc<Instance>) -> PyResult<bool> {
        let Some(info) = mapped(&inst.class) else { return Ok(false) };
        for (_, now, before) in column_snapshot(inst, &info, true)? {
            if differs(interp, &now, before)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// [`Self::has_changed_columns`] for debug builds' audits, which must not run user code (an
    /// `__eq__` that prints, raises or counts would make a debug run differ from a release one): only
    /// builtin scalars are compared, any other value counts as unchanged.
    pub fn has_changed_scalar_columns(&self, interp: &mut Interp, inst: &Rc<Instance>) -> bool {
        let Some(info) = mapped(&inst.class) else { return false };
        let Ok(snapshot) = column_snapshot(inst, &info, false) else { return false };
        snapshot.into_iter().any(|(_, now, before)| {
            crate::eval::is_scalar(&now)
                && before.as_ref().is_none_or(crate::eval::is_scalar)
                && differs(interp, &now, before).unwrap_or(false)
        })
    }

    /// DELETEs the rows of `insts` from `table` as `persistence._emit_delete_statements` does: one
    /// statement, sent as an executemany when there are several rows. With a version counter the
    /// matched-row total must equal the number of rows; without one SQLAlchemy only warns.
    #[inline(never)] // its own function: no giant run-once caller for V8 to optimise (issue 15, index.html)
    pub(super) fn delete_rows(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        registry: &RegistryRef,
        table: &str,
        insts: &[Rc<Instance>],
    ) -> PyResult<()> {
        let Some(first) = insts.first() else { return Ok(()) };
        let mapper = mapped(&first.class).map_or(0, |m| m.mapper);
        let version = super::versioning::version_in(&registry.borrow(), mapper, table);
        let sql = delete_sql(registry, table, version.as_ref().map(|(_, c)| c.name.as_str()));
        // The key has as many values as the table has primary key columns (as zip cut it before).
        let pk_count =
            registry.borrow().tables.get(table).map_or(0, |t| t.columns.iter().filter(|c| c.primary_key).count());
        let mut sets = Vec::with_capacity(insts.len());
        for inst in insts {
            let state =
                existing_state(inst).ok_or_else(|| interp.error(ExcType::RuntimeError, "instance without state"))?;
            let identity = state.borrow().identity.clone().unwrap_or_default();
            let mut params = identity[..identity.len().min(pk_count)].to_vec();
            if let Some((spec, column)) = &version {
                let committed = self.committed_version(interp, inst, spec)?;
                params.push(to_cell(&committed, &column.ty));
            }
            sets.push(params);
        }
        // A table referring to itself is a cycle in SQLAlchemy's unit of work, which then deletes
        // its rows one object at a time (children first).
        let self_referential = registry
            .borrow()
            .tables
            .get(table)
            .is_some_and(|t| t.columns.iter().any(|c| c.foreign_key.as_ref().is_some_and(|(to, _)| to == table)));
        let matched = if sets.len() == 1 || self_referential {
            let mut matched = 0;
            for params in &sets {
                matched += self.execute_flush(interp, session, &sql, params)?.changes;
            }
            matched
        } else {
            let compiled = crate::sql::Compiled {
                text: sql,
                params: sets,
                kind: crate::sql::StatementKind::Delete,
                cache: crate::sql::CacheStat::Generated,
                columns: Vec::new(),
            };
            let done = self.run_compiled(interp, &session.engine, &compiled, crate::orm::Phase::Flush)?;
            done.iter().map(|d| d.changes).sum()
        };
        if version.is_some() && matched != insts.len() as u64 {
            return Err(self.stale_data(interp, "delete", table, insts.len(), matched));
        }
        for inst in insts {
            if let Some(key) = existing_state(inst).and_then(|state| SessionData::key_for(&state)) {
                session.identity.borrow_mut().remove(&key);
            }
        }
        Ok(())
    }

    pub(super) fn execute_flush(
        &self,
        interp: &mut Interp,
        session: &SessionData,
        sql: &str,
        params: &[Cell],
    ) -> PyResult<crate::db::Executed> {
        self.run_statement(interp, &session.engine, sql, params, crate::orm::Phase::Flush)
    }
}

/// `INSERT INTO t (a, b) VALUES (?, ?)`, or `INSERT INTO t DEFAULT VALUES` without columns.
pub(crate) fn insert_sql(table: &str, names: &[String]) -> String {
    if names.is_empty() {
        return format!("INSERT INTO {table} DEFAULT VALUES");
    }
    let placeholders = vec!["?"; names.len()];
    format!("INSERT INTO {table} ({}) VALUES ({})", names.join(", "), placeholders.join(", "))
}

/// A mapper's table as INSERTs need it, looked up once per flush.
pub(super) struct TableShape {
    pub(super) registry: RegistryRef,
    pub(super) mapper: usize,
    pub(super) name: String,
    pub(super) columns: Vec<ColumnDef>,
}

impl TableShape {
    pub(super) fn of(registry: &RegistryRef, mapper: usize, table: &str) -> TableShape {
        let reg = registry.borrow();
        let t = reg.tables.get(table);
        TableShape {
            registry: registry.clone(),
            mapper,
            name: t.map(|t| t.name.clone()).unwrap_or_default(),
            columns: t.map(|t| t.columns.clone()).unwrap_or_default(),
        }
    }
}

/// A mapper's table name and its primary key columns (what UPDATE and DELETE address rows by).
/// `DELETE FROM t WHERE t.id = ?` for a mapper's table, by its primary key columns.
fn delete_sql(registry: &RegistryRef, table: &str, version: Option<&str>) -> String {
    let (table, mut pk_cols) = {
        let reg = registry.borrow();
        let t = reg.tables.get(table);
        (
            t.map(|t| t.name.clone()).unwrap_or_default(),
            t.map(|t| t.columns.iter().filter(|c| c.primary_key).map(|c| c.name.clone()).collect::<Vec<_>>())
                .unwrap_or_default(),
        )
    };
    pk_cols.extend(version.map(str::to_string));
    crate::orm::core::orm_sql::delete_text(registry, &table, &pk_cols).unwrap_or_else(|| {
        let conditions: Vec<String> = pk_cols.iter().map(|c| format!("{} = ?", quote(c))).collect();
        format!("DELETE FROM {} WHERE {}", quote(&table), conditions.join(" AND "))
    })
}

pub(super) fn table_and_key(registry: &RegistryRef, table: &str) -> (String, Vec<ColumnDef>) {
    let reg = registry.borrow();
    let t = reg.tables.get(table);
    (
        t.map(|t| t.name.clone()).unwrap_or_default(),
        t.map(|t| t.columns.iter().filter(|c| c.primary_key).cloned().collect()).unwrap_or_default(),
    )
}

/// Each loaded column attribute's index in the mapper's columns, its value now and its committed
/// value. Taken before any comparison: `==` may run user code that reads the instance.
///
/// `as_history`: compare with the values from before the flush under way, if any (what
/// `is_modified()` and attribute history report until the flush is over, `after_flush` included),
/// rather than with what the flush has written so far (what the flush itself must still send).
fn column_snapshot(
    inst: &Rc<Instance>,
    info: &crate::orm::mapper::MappedClass,
    as_history: bool,
) -> PyResult<Vec<(usize, Value, Option<Value>)>> {
    let Some(state) = existing_state(inst) else { return Ok(Vec::new()) };
    let s = state.borrow();
    let committed = match &s.pre_flush {
        Some(before) if as_history => before,
        _ => &s.committed,
    };
    let reg = info.registry.borrow();
    let dict = inst.dict.borrow();
    Ok(crate::orm::inheritance::mapped_column_refs(&reg, info.mapper)
        .into_iter()
        .enumerate()
        .filter(|(_, c)| !s.expired.contains(&c.key))
        .filter_map(|(i, c)| Some((i, dict.get(c.key.as_str())?.clone(), committed.get(&c.key).cloned())))
        .collect())
}

/// Whether a column's value differs from its committed one. A value with no committed one (set after
/// the attribute expired, or flagged modified) is a change whatever it is, None included: SQLAlchemy's
/// history is then `added=[value], deleted=()`.
fn differs(interp: &mut Interp, now: &Value, before: Option<Value>) -> PyResult<bool> {
    // SQL assigned to the attribute is a change whatever it would compute.
    if super::sql_defaults::sql_value(interp, now)?.is_some() {
        return Ok(true);
    }
    Ok(match before {
        Some(before) => !same_value(interp, now, &before)?,
        None => true,
    })
}
