//! The unit of work: `flush()` turns pending, changed and deleted objects into INSERT, UPDATE and
//! DELETE statements, in dependency order (parents before children, association rows after both, deletes
//! last and children first), syncing foreign keys from relationships, and cascading deletes and
//! orphans — the rules SQLAlchemy follows, listed in `conformance/SEMANTICS.md`.

use super::Orm;
use super::collection::collection_items;
use super::declarative::mapped;
use super::expr::quote;
use super::mapper::{ColumnDef, Direction, Registry, RegistryRef, Resolved};
use super::session::SessionData;
use super::state::{Status, existing_state, identity_key, to_cell};
use crate::db::Cell;
use crate::eval::value::{Instance, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use std::rc::Rc;

/// A foreign key to set on `child` from `parent`'s key columns (or to NULL when `parent` is None).
struct FkSync {
    child: Rc<Instance>,
    /// (child column name, parent column name)
    pairs: Vec<(String, String)>,
    parent: Option<Rc<Instance>>,
}

/// An association row to insert or delete.
struct AssocRow {
    table: String,
    /// (association column, instance, instance column name)
    parts: Vec<(String, Rc<Instance>, String)>,
}

#[derive(Default)]
struct Plan {
    syncs: Vec<FkSync>,
    assoc_insert: Vec<AssocRow>,
    assoc_delete: Vec<AssocRow>,
    /// Association rows to delete for a deleted object: (table, column, instance, instance column).
    assoc_purge: Vec<(String, String, Rc<Instance>, String)>,
}

impl Orm {
    pub fn flush(&self, interp: &mut Interp, session: &Rc<SessionData>) -> PyResult<()> {
        if session.flushing.get() {
            return Ok(());
        }
        self.check_pending_rollback(interp, session)?;
        session.flushing.set(true);
        let logged = session.engine.log.borrow().len();
        let result = self.flush_inner(interp, session);
        session.flushing.set(false);
        // The flush's statements form one log group: what follows starts another.
        if session.engine.log.borrow().len() != logged {
            session.engine.next_group();
        }
        if let Err(e) = result {
            if !e.fatal {
                session.engine.rollback();
                session.in_transaction.set(false);
                session.pending_rollback.set(true);
            }
            return Err(e);
        }
        Ok(())
    }

    fn flush_inner(&self, interp: &mut Interp, session: &Rc<SessionData>) -> PyResult<()> {
        self.cascade_deletes(interp, session)?;
        let mut plan = Plan::default();
        self.plan_relationships(interp, session, &mut plan)?;
        let pending: Vec<Rc<Instance>> = session.new.borrow().clone();
        let persistent: Vec<Rc<Instance>> = session
            .identity
            .borrow()
            .values()
            .filter(|i| existing_state(i).is_some_and(|s| s.borrow().status == Status::Persistent))
            .cloned()
            .collect();
        let to_delete = self.unflushed_deletes(session);
        let dirty = persistent.iter().any(|i| self.changed_columns(i).is_some_and(|c| !c.is_empty()));
        if pending.is_empty()
            && to_delete.is_empty()
            && !dirty
            && plan.syncs.is_empty()
            && plan.assoc_insert.is_empty()
            && plan.assoc_delete.is_empty()
        {
            return Ok(());
        }
        session.engine.next_group();
        self.autobegin(session);
        let registries = registries_of(pending.iter().chain(persistent.iter()).chain(to_delete.iter()));
        for registry in &registries {
            let order = mapper_order(&registry.borrow());
            for mapper in &order {
                let mut mine: Vec<Rc<Instance>> =
                    pending.iter().filter(|i| belongs(i, registry, *mapper)).cloned().collect();
                sort_by_depth(&mut mine, &plan);
                // Within a table SQLAlchemy sends UPDATEs before INSERTs (a replaced one-to-one row
                // releases its unique foreign key before the new row takes it).
                for inst in persistent.iter().filter(|i| belongs(i, registry, *mapper)) {
                    self.apply_syncs(inst, &plan);
                    self.update(interp, session, registry, *mapper, inst)?;
                }
                for inst in &mine {
                    self.apply_syncs(inst, &plan);
                    self.insert(interp, session, registry, *mapper, inst)?;
                }
            }
        }
        // Association rows: DELETEs before INSERTs, as SQLAlchemy's many-to-many processor runs them.
        for row in &plan.assoc_delete {
            self.assoc_statement(interp, session, row, false)?;
        }
        for row in &plan.assoc_insert {
            self.assoc_statement(interp, session, row, true)?;
        }
        for (table, column, inst, inst_column) in &plan.assoc_purge {
            let value = column_value(inst, inst_column);
            let sql = format!("DELETE FROM {} WHERE {} = $1", quote(table), quote(column));
            self.execute_flush(interp, session, &sql, &[value])?;
        }
        for registry in &registries {
            let order = mapper_order(&registry.borrow());
            for mapper in order.iter().rev() {
                for inst in to_delete.iter().filter(|i| belongs(i, registry, *mapper)) {
                    self.delete_row(interp, session, registry, *mapper, inst)?;
                }
            }
        }
        for inst in session.all_objects().iter().chain(to_delete.iter()) {
            if let Some(state) = existing_state(inst) {
                state.borrow_mut().history.clear();
            }
        }
        Ok(())
    }

    /// Objects marked deleted whose row still exists.
    fn unflushed_deletes(&self, session: &SessionData) -> Vec<Rc<Instance>> {
        session
            .deleted
            .borrow()
            .iter()
            .filter(|i| {
                existing_state(i)
                    .and_then(|s| SessionData::key_for(&s))
                    .is_some_and(|k| session.identity.borrow().contains_key(&k))
            })
            .cloned()
            .collect()
    }

    /// Marks `inst` deleted (and what its delete cascade reaches). As in SQLAlchemy, the cascade is
    /// collected first (its lazy loads may autoflush) and only then is anything marked, so that
    /// autoflush cannot delete the parent's row before its children's.
    pub fn mark_deleted(&self, interp: &mut Interp, session: &Rc<SessionData>, inst: &Rc<Instance>) -> PyResult<()> {
        let Some(state) = existing_state(inst) else { return Ok(()) };
        let status = state.borrow().status;
        match status {
            Status::Persistent => {}
            Status::Pending => {
                self.expunge(session, inst);
                return Ok(());
            }
            _ => return Ok(()),
        }
        let mut reached = vec![inst.clone()];
        self.delete_cascade(interp, session, inst, &mut reached)?;
        for target in reached {
            let Some(state) = existing_state(&target) else { continue };
            let status = state.borrow().status;
            match status {
                Status::Persistent => {
                    state.borrow_mut().status = Status::Deleted;
                    session.deleted.borrow_mut().push(target.clone());
                }
                Status::Pending => self.expunge(session, &target),
                _ => {}
            }
        }
        Ok(())
    }

    /// Collects (depth first) what the delete cascade of `inst` reaches into `reached`.
    fn delete_cascade(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        inst: &Rc<Instance>,
        reached: &mut Vec<Rc<Instance>>,
    ) -> PyResult<()> {
        for (key, resolved) in relationships_of(inst) {
            if !resolved.cascade.delete || resolved.viewonly {
                continue;
            }
            // passive_deletes: an unloaded collection is left to the database's ON DELETE (which
            // SQLite, without PRAGMA foreign_keys, does not enforce).
            if resolved.passive_deletes && !inst.dict.borrow().contains_key(key.as_str()) {
                continue;
            }
            let value = interp.get_attr(&Value::Instance(inst.clone()), &key)?;
            let items = collection_items(&value).unwrap_or_else(|| vec![value]);
            for item in items {
                let Value::Instance(i) = item else { continue };
                if !session.contains(&i) || reached.iter().any(|r| Rc::ptr_eq(r, &i)) {
                    continue;
                }
                if existing_state(&i).is_some_and(|s| s.borrow().status == Status::Deleted) {
                    continue;
                }
                reached.push(i.clone());
                self.delete_cascade(interp, session, &i, reached)?;
            }
        }
        Ok(())
    }

    /// Before a flush: children of deleted parents without delete cascade lose their foreign key; orphans
    /// of delete-orphan relationships are deleted.
    fn cascade_deletes(&self, interp: &mut Interp, session: &Rc<SessionData>) -> PyResult<()> {
        for inst in self.unflushed_deletes(session) {
            for (key, resolved) in relationships_of(&inst) {
                if resolved.viewonly || resolved.cascade.delete || resolved.direction != Direction::OneToMany {
                    continue;
                }
                let loaded = inst.dict.borrow().contains_key(key.as_str());
                if resolved.passive_deletes && !loaded {
                    continue;
                }
                let value = interp.get_attr(&Value::Instance(inst.clone()), &key)?;
                let items = collection_items(&value).unwrap_or_else(|| vec![value]);
                for item in items {
                    let Value::Instance(child) = item else { continue };
                    let child_deleted = existing_state(&child).is_some_and(|s| s.borrow().status == Status::Deleted);
                    if child_deleted {
                        continue;
                    }
                    self.set_fk_null(&child, &resolved, &inst);
                }
            }
        }
        let objects = session.all_objects();
        for inst in objects {
            let Some(state) = existing_state(&inst) else { continue };
            let histories: Vec<(String, Vec<Value>)> =
                state.borrow().history.iter().map(|(k, h)| (k.clone(), h.removed.clone())).collect();
            for (key, removed) in histories {
                let Some(info) = mapped(&inst.class) else { continue };
                let Some(resolved) = self.resolved(&info, &key) else { continue };
                if !resolved.cascade.delete_orphan || resolved.direction == Direction::ManyToMany {
                    continue;
                }
                for item in removed {
                    let Value::Instance(child) = item else { continue };
                    if !self.has_other_parent(&child, &resolved, &inst) {
                        self.mark_deleted(interp, session, &child)?;
                    }
                }
            }
        }
        Ok(())
    }

    fn has_other_parent(&self, child: &Rc<Instance>, resolved: &Resolved, parent: &Rc<Instance>) -> bool {
        let Some(reverse) = &resolved.reverse else { return false };
        matches!(child.dict.borrow().get(reverse.as_str()), Some(Value::Instance(p)) if !Rc::ptr_eq(p, parent))
    }

    fn set_fk_null(&self, child: &Rc<Instance>, resolved: &Resolved, _parent: &Rc<Instance>) {
        let Some(info) = mapped(&child.class) else { return };
        let reg = info.registry.borrow();
        for (_, child_col) in &resolved.pairs {
            if let Some(c) = reg.tables.get(&reg.mappers[info.mapper].table).and_then(|t| t.column(child_col))
                && !c.primary_key
            {
                child.dict.borrow_mut().insert(Name::from(c.key.as_str()), Value::None);
            }
        }
    }

    /// Reads relationship histories into foreign key syncs and association row changes.
    fn plan_relationships(&self, _interp: &mut Interp, session: &Rc<SessionData>, plan: &mut Plan) -> PyResult<()> {
        let mut removals = Vec::new();
        let mut additions = Vec::new();
        for inst in session.all_objects() {
            let Some(state) = existing_state(&inst) else { continue };
            let histories: Vec<(String, super::state::RelHistory)> =
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
                        match history.added.last() {
                            Some(Value::Instance(parent)) => {
                                additions.push(FkSync { child: inst.clone(), pairs, parent: Some(parent.clone()) })
                            }
                            Some(_) => removals.push(FkSync { child: inst.clone(), pairs, parent: None }),
                            None if !history.removed.is_empty() => {
                                removals.push(FkSync { child: inst.clone(), pairs, parent: None })
                            }
                            None => {}
                        }
                    }
                    Direction::OneToMany => {
                        let pairs: Vec<(String, String)> =
                            resolved.pairs.iter().map(|(o, t)| (t.clone(), o.clone())).collect();
                        for item in &history.removed {
                            if let Value::Instance(child) = item
                                && !self.has_other_parent(child, &resolved, &inst)
                            {
                                removals.push(FkSync { child: child.clone(), pairs: pairs.clone(), parent: None });
                            }
                        }
                        for item in &history.added {
                            if let Value::Instance(child) = item {
                                additions.push(FkSync {
                                    child: child.clone(),
                                    pairs: pairs.clone(),
                                    parent: Some(inst.clone()),
                                });
                            }
                        }
                    }
                    Direction::ManyToMany => {
                        let Some(sec) = &resolved.secondary else { continue };
                        for (items, list) in
                            [(&history.added, &mut plan.assoc_insert), (&history.removed, &mut plan.assoc_delete)]
                        {
                            for item in items {
                                let Value::Instance(other) = item else { continue };
                                let mut parts: Vec<(String, Rc<Instance>, String)> =
                                    sec.local.iter().map(|(a, c)| (a.clone(), inst.clone(), c.clone())).collect();
                                parts.extend(sec.remote.iter().map(|(a, c)| (a.clone(), other.clone(), c.clone())));
                                let duplicate = list.iter().any(|r: &AssocRow| {
                                    r.table == sec.table
                                        && r.parts.len() == parts.len()
                                        && parts
                                            .iter()
                                            .all(|(a, i, _)| r.parts.iter().any(|(b, j, _)| a == b && Rc::ptr_eq(i, j)))
                                });
                                if !duplicate {
                                    list.push(AssocRow { table: sec.table.clone(), parts });
                                }
                            }
                        }
                    }
                }
            }
        }
        for inst in self.unflushed_deletes(session) {
            for (_, resolved) in relationships_of(&inst) {
                if let (Direction::ManyToMany, Some(sec)) = (resolved.direction, &resolved.secondary) {
                    for (a, c) in &sec.local {
                        let entry = (sec.table.clone(), a.clone(), inst.clone(), c.clone());
                        if !plan
                            .assoc_purge
                            .iter()
                            .any(|p| p.0 == entry.0 && p.1 == entry.1 && Rc::ptr_eq(&p.2, &entry.2))
                        {
                            plan.assoc_purge.push(entry);
                        }
                    }
                }
            }
        }
        plan.syncs.extend(removals);
        plan.syncs.extend(additions);
        Ok(())
    }

    fn apply_syncs(&self, inst: &Rc<Instance>, plan: &Plan) {
        for sync in plan.syncs.iter().filter(|s| Rc::ptr_eq(&s.child, inst)) {
            let Some(info) = mapped(&inst.class) else { continue };
            let reg = info.registry.borrow();
            let Some(table) = reg.table_of(info.mapper) else { continue };
            for (child_col, parent_col) in &sync.pairs {
                let Some(c) = table.column(child_col) else { continue };
                let value = match &sync.parent {
                    Some(parent) => super::state::known_column_value(parent, parent_col),
                    None => Value::None,
                };
                inst.dict.borrow_mut().insert(Name::from(c.key.as_str()), value);
                if let Some(state) = existing_state(inst) {
                    state.borrow_mut().expired.shift_remove(&c.key);
                }
            }
        }
    }

    fn insert(
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
                    "IntegrityError",
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
        let state = existing_state(inst).ok_or_else(|| interp.error("RuntimeError", "instance without state"))?;
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
        let key = (Rc::as_ptr(registry) as *const u8 as usize, mapper, identity_key(&pk));
        session.identity.borrow_mut().insert(key, inst.clone());
        Ok(())
    }

    fn default_value(&self, interp: &mut Interp, default: &Value) -> PyResult<Value> {
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
    fn next_key(&self, session: &SessionData, table: &str, column: &str) -> i64 {
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
    pub fn changed_columns(&self, inst: &Rc<Instance>) -> Option<Vec<ColumnDef>> {
        let info = mapped(&inst.class)?;
        let state = existing_state(inst)?;
        let s = state.borrow();
        let reg = info.registry.borrow();
        let table = reg.table_of(info.mapper)?;
        let dict = inst.dict.borrow();
        Some(
            table
                .columns
                .iter()
                .filter(|c| !s.expired.contains(&c.key))
                .filter(|c| match (dict.get(c.key.as_str()), s.committed.get(&c.key)) {
                    (Some(now), Some(before)) => !same_value(now, before),
                    (Some(now), None) => !matches!(now, Value::None),
                    _ => false,
                })
                .cloned()
                .collect(),
        )
    }

    fn update(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        registry: &RegistryRef,
        mapper: usize,
        inst: &Rc<Instance>,
    ) -> PyResult<()> {
        let Some(changed) = self.changed_columns(inst) else { return Ok(()) };
        if changed.is_empty() {
            return Ok(());
        }
        let state = existing_state(inst).ok_or_else(|| interp.error("RuntimeError", "instance without state"))?;
        let (table, pk_cols) = {
            let reg = registry.borrow();
            let t = reg.table_of(mapper);
            (
                t.map(|t| t.name.clone()).unwrap_or_default(),
                t.map(|t| t.columns.iter().filter(|c| c.primary_key).cloned().collect::<Vec<_>>()).unwrap_or_default(),
            )
        };
        let mut params = Vec::new();
        let mut sets = Vec::new();
        for c in &changed {
            let v = inst.dict.borrow().get(c.key.as_str()).cloned().unwrap_or(Value::None);
            if matches!(v, Value::None) && !c.nullable {
                return Err(self.error(
                    interp,
                    "IntegrityError",
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

    fn delete_row(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        registry: &RegistryRef,
        mapper: usize,
        inst: &Rc<Instance>,
    ) -> PyResult<()> {
        let state = existing_state(inst).ok_or_else(|| interp.error("RuntimeError", "instance without state"))?;
        let (table, pk_cols) = {
            let reg = registry.borrow();
            let t = reg.table_of(mapper);
            (
                t.map(|t| t.name.clone()).unwrap_or_default(),
                t.map(|t| t.columns.iter().filter(|c| c.primary_key).cloned().collect::<Vec<_>>()).unwrap_or_default(),
            )
        };
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

    fn assoc_statement(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        row: &AssocRow,
        insert: bool,
    ) -> PyResult<()> {
        let cells: Vec<Cell> = row.parts.iter().map(|(_, inst, col)| column_value(inst, col)).collect();
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

    fn execute_flush(&self, interp: &mut Interp, session: &SessionData, sql: &str, params: &[Cell]) -> PyResult<()> {
        match session.engine.execute(sql, params, "flush") {
            Ok(_) => Ok(()),
            Err(e) => Err(self.error(
                interp,
                "IntegrityError",
                format!("(sqlite3.IntegrityError) {}\n[SQL: {sql}]", integrity_message(&e.message)),
            )),
        }
    }
}

/// GlueSQL's constraint messages in SQLite's words where they match.
fn integrity_message(message: &str) -> String {
    let lower = message.to_lowercase();
    if lower.contains("unique") || lower.contains("duplicate") {
        format!("UNIQUE constraint failed ({message})")
    } else if lower.contains("null") {
        format!("NOT NULL constraint failed ({message})")
    } else {
        message.to_string()
    }
}

/// The database cell of an instance's column (by column name).
fn column_value(inst: &Rc<Instance>, column: &str) -> Cell {
    let Some(info) = mapped(&inst.class) else { return Cell::Null };
    let reg = info.registry.borrow();
    let Some(c) = reg.table_of(info.mapper).and_then(|t| t.column(column)) else { return Cell::Null };
    let ty = c.ty.clone();
    drop(reg);
    to_cell(&super::state::known_column_value(inst, column), &ty)
}

fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x == y || (x.is_nan() && y.is_nan()),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => (*x as f64) == *y,
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => i64::from(*x) == *y,
        (Value::Str(x), Value::Str(y)) => x == y,
        _ => a.is(b),
    }
}

fn relationships_of(inst: &Rc<Instance>) -> Vec<(String, Resolved)> {
    let Some(info) = mapped(&inst.class) else { return Vec::new() };
    let reg = info.registry.borrow();
    let Some(m) = reg.mappers.get(info.mapper) else { return Vec::new() };
    m.relationships.iter().filter_map(|r| Some((r.key.clone(), r.resolved.clone()?))).collect()
}

fn belongs(inst: &Rc<Instance>, registry: &RegistryRef, mapper: usize) -> bool {
    mapped(&inst.class).is_some_and(|m| m.mapper == mapper && Rc::ptr_eq(&m.registry, registry))
}

fn registries_of<'a>(instances: impl Iterator<Item = &'a Rc<Instance>>) -> Vec<RegistryRef> {
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
fn mapper_order(reg: &Registry) -> Vec<usize> {
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
fn sort_by_depth(items: &mut [Rc<Instance>], plan: &Plan) {
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
