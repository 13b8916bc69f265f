//! Loading: rows become instances through the identity map, attributes expire (`expire`,
//! `expire_on_commit`, rollback) and reload, and relationships load lazily (one SELECT through the
//! foreign key, logged like any other).

use super::Orm;
use super::declarative::mapped;
use super::expr::quote;
use super::identity::IdentityKey;
use super::mapper::RegistryRef;
use super::query::Compiled;
use super::session::SessionData;
use super::state::{StateRef, Status, existing_state, state_of, to_cell};
use crate::db::Cell;
use crate::eval::value::Namespace;
use crate::eval::value::{Instance, Value};
use crate::eval::{Interp, PyResult};
use crate::ir::Name;
use crate::orm::SaExc;
use std::cell::RefCell;
use std::rc::Rc;

pub(in crate::orm) mod lazy;
#[cfg(test)]
mod tests;

impl Orm {
    /// The instance for a row of `mapper`'s table (all columns, in table order): the one already in the
    /// identity map (its expired attributes refreshed), or a new persistent instance.
    pub fn materialize(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        registry: &RegistryRef,
        mapper: usize,
        row: &[Cell],
    ) -> PyResult<Value> {
        self.materialize_partial(interp, session, registry, mapper, row, &[])
    }

    /// [`Self::materialize`] for a row that leaves out the `unloaded` (deferred) columns: a new
    /// instance records them as deferred; an existing one gets any of its unloaded attributes the row
    /// has, as SQLAlchemy populates an identity's unloaded attributes from each row.
    pub fn materialize_partial(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        registry: &RegistryRef,
        mapper: usize,
        row: &[Cell],
        unloaded: &[(String, bool)],
    ) -> PyResult<Value> {
        let mut shape = RowShape::of(registry, mapper);
        let all = std::mem::take(&mut shape.columns);
        shape.columns = all.into_iter().filter(|c| !unloaded.iter().any(|(k, _)| *k == c.key)).collect();
        // Single-table inheritance: the row's discriminator names the class.
        let mapper = {
            let reg = registry.borrow();
            let on = super::inheritance::discriminator(&reg, mapper);
            let cell = on.and_then(|on| shape.columns.iter().position(|c| c.key == on)).and_then(|i| row.get(i));
            cell.map_or(mapper, |cell| super::inheritance::mapper_for_row(&reg, mapper, cell))
        };
        // The row's class may have columns the SELECT did not name (a joined subclass's table):
        // unloaded until first access, as SQLAlchemy leaves them.
        let mut unloaded = unloaded.to_vec();
        if let Some(m) = registry.borrow().mappers.get(mapper) {
            shape.class = m.class.clone();
            for c in super::inheritance::mapped_columns(&registry.borrow(), mapper) {
                if !shape.columns.iter().any(|s| s.key == c.key) && !unloaded.iter().any(|(k, _)| *k == c.key) {
                    unloaded.push((c.key, false));
                }
            }
        }
        let value = self.materialize_shaped(interp, session, registry, mapper, &shape, row)?;
        if let Value::Instance(inst) = &value
            && let Some(state) = existing_state(inst)
        {
            let mut s = state.borrow_mut();
            for (key, raise) in &unloaded {
                if !inst.dict.borrow().contains_key(key.as_str()) && !s.expired.contains(key) {
                    s.deferred.insert(key.clone(), *raise);
                }
            }
        }
        Ok(value)
    }

    /// [`Self::materialize`] with the mapper's class and columns looked up once for many rows.
    fn materialize_shaped(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        registry: &RegistryRef,
        mapper: usize,
        shape: &RowShape,
        row: &[Cell],
    ) -> PyResult<Value> {
        let (class, columns) = (shape.class.clone(), &shape.columns);
        let pk: Vec<Cell> = columns.iter().zip(row).filter(|(c, _)| c.primary_key).map(|(_, v)| v.clone()).collect();
        // An entity whose primary key is all NULL in the row (the missing side of an outer join) is
        // None, as SQLAlchemy's loader returns it.
        if !pk.is_empty() && pk.iter().all(|c| *c == Cell::Null) {
            return Ok(Value::None);
        }
        let key = IdentityKey::new(registry, mapper, &pk);
        let existing = session.identity.borrow().get(&key).cloned();
        if let Some(inst) = existing {
            // Result processing runs on every row, the identity map's objects' too: an Enum column
            // holding a value that is not the enum's raises LookupError (`Enum._object_value_for_elem`).
            for (c, cell) in columns.iter().zip(row) {
                if let crate::orm::schema::SqlType::Enum(spec) = &c.ty {
                    super::bind_check::check_loaded_enum(interp, cell, spec)?;
                }
            }
            // populate_existing: the row overwrites the object, pending changes and loaded
            // relationships included, once per statement.
            if session.populating.borrow_mut().as_mut().is_some_and(|seen| seen.insert(inst.id)) {
                self.expire_instance(&inst, None);
            }
            if let Some(state) = super::state::existing_state(&inst) {
                let mut s = state.borrow_mut();
                for (c, cell) in columns.iter().zip(row) {
                    let deferred = s.deferred.shift_remove(&c.key).is_some();
                    if s.expired.shift_remove(&c.key) || deferred {
                        let v = crate::orm::type_decorator::load_cell(interp, cell, &c.ty)?;
                        s.committed.insert(c.key.clone(), v.clone());
                        inst.dict.borrow_mut().insert(Name::from(c.key.as_str()), v);
                    }
                }
            }
            session.note_loaded(&inst);
            self.adopt_loaded(interp, &inst, columns)?;
            return Ok(Value::Instance(inst));
        }
        let inst = Rc::new(Instance {
            class,
            dict: RefCell::new(Namespace::default()),
            native: RefCell::new(None),
            id: interp.next_id(),
        });
        interp.track_instance(&inst);
        let state = state_of(&inst, registry, mapper);
        {
            let mut s = state.borrow_mut();
            s.session = Some(session.id);
            s.status = Status::Persistent;
            s.identity = Some(pk);
            for (c, cell) in columns.iter().zip(row) {
                let v = crate::orm::type_decorator::load_cell(interp, cell, &c.ty)?;
                s.committed.insert(c.key.clone(), v.clone());
                inst.dict.borrow_mut().insert(Name::from(c.key.as_str()), v);
            }
        }
        session.identity.borrow_mut().insert(key, inst.clone());
        session.note_loaded(&inst);
        self.adopt_loaded(interp, &inst, columns)?;
        if self.reconstructors.get() {
            self.reconstruct(interp, &inst)?;
        }
        self.fire_loaded(interp, session.id, &inst)?;
        Ok(Value::Instance(inst))
    }

    /// Expires column attributes (all, or `keys`) and forgets loaded relationships.
    pub fn expire_instance(&self, inst: &Rc<Instance>, keys: Option<&[String]>) {
        let Some(info) = mapped(&inst.class) else { return };
        let attributes = Attributes::of(&info);
        self.expire_attributes(inst, &attributes, keys);
        // Expiring everything discards the object's changes: it is no longer modified (`dirty`).
        if keys.is_none()
            && let Some(session) = self.session_of_instance(inst)
        {
            session.modified.borrow_mut().discard(inst);
        }
    }

    /// Expires every attribute of many objects (a commit), looking up each mapper's attributes once.
    pub fn expire_all_of(&self, instances: &[Rc<Instance>]) {
        let mut known: Vec<(RegistryRef, usize, Attributes)> = Vec::new();
        for inst in instances {
            let Some(info) = mapped(&inst.class) else { continue };
            let at = known.iter().position(|(r, m, _)| *m == info.mapper && Rc::ptr_eq(r, &info.registry));
            let at = at.unwrap_or_else(|| {
                known.push((info.registry.clone(), info.mapper, Attributes::of(&info)));
                known.len() - 1
            });
            if let Some((_, _, attributes)) = known.get(at) {
                self.expire_attributes(inst, attributes, None);
            }
        }
    }

    fn expire_attributes(&self, inst: &Rc<Instance>, attributes: &Attributes, keys: Option<&[String]>) {
        let Some(state) = existing_state(inst) else { return };
        let (columns, relationships) = (&attributes.columns, &attributes.relationships);
        super::declarative::composite::forget_composites(inst, &attributes.composites, keys);
        let wanted = |k: &String| keys.is_none_or(|ks| ks.contains(k));
        let mut s = state.borrow_mut();
        // A full expiry forgets the set events too (SQLAlchemy's `_expire`); a partial one does not.
        if keys.is_none() {
            s.modified = false;
        }
        for key in columns.iter().filter(|k| wanted(k)) {
            s.expired.insert(key.clone());
            // The committed value goes with the loaded one: a value set before the next load has no
            // known previous value (history `added=[v], deleted=()`), and the flush UPDATEs it.
            s.committed.shift_remove(key.as_str());
            inst.dict.borrow_mut().shift_remove(key.as_str());
        }
        for key in relationships.iter().filter(|k| wanted(k)) {
            if inst.dict.borrow_mut().shift_remove(key.as_str()).is_some() {
                s.expired_relationships.insert(key.clone());
            }
            s.history.shift_remove(key);
        }
    }

    /// Whether [`Self::expire_instance`] of all attributes would change nothing: every column
    /// expired, no relationship loaded, no relationship history.
    pub fn fully_expired(&self, inst: &Rc<Instance>) -> bool {
        let (Some(info), Some(state)) = (mapped(&inst.class), existing_state(inst)) else { return true };
        let reg = info.registry.borrow();
        let s = state.borrow();
        let dict = inst.dict.borrow();
        let columns_expired = super::inheritance::mapped_column_refs(&reg, info.mapper)
            .into_iter()
            .all(|c| s.expired.contains(&c.key) && !dict.contains_key(c.key.as_str()));
        let relationships_unloaded = reg
            .relationships_of(info.mapper)
            .iter()
            .all(|r| !dict.contains_key(r.key.as_str()) && !s.history.contains_key(&r.key));
        columns_expired && relationships_unloaded
    }

    /// Reloads an instance's expired columns from its row.
    pub fn load_expired(&self, interp: &mut Interp, inst: &Rc<Instance>, state: &StateRef) -> PyResult<()> {
        self.load_expired_with(interp, inst, state, false)
    }

    /// [`Self::load_expired`]; `whole`: a `session.refresh(obj)` of every attribute (its `refresh`
    /// listeners are told None rather than the keys).
    pub fn load_expired_with(
        &self,
        interp: &mut Interp,
        inst: &Rc<Instance>,
        state: &StateRef,
        whole: bool,
    ) -> PyResult<()> {
        let (session_id, status, identity, registry, mapper) = {
            let s = state.borrow();
            (s.session, s.status, s.identity.clone(), s.registry.clone(), s.mapper)
        };
        let session = session_id.and_then(|id| self.session_by_id(id));
        let (Some(session), Some(identity), Status::Persistent | Status::Deleted) = (session, identity, status) else {
            return Err(self.error(
                interp,
                SaExc::DetachedInstanceError,
                format!(
                    "Instance <{} at 0x7f...> is not bound to a Session; attribute refresh operation cannot proceed",
                    inst.class.name
                ),
            ));
        };
        self.check_pending_rollback(interp, &session)?;
        let _trigger = self.log_sink.trigger(interp, format!("refresh of expired {}", inst.class.name));
        if session.autoflush.get() && !session.flushing.get() {
            self.autoflush(interp, &session)?;
        }
        self.autobegin(interp, &session)?;
        let (table, columns) = {
            let reg = registry.borrow();
            let t = reg.table_of(mapper);
            (t.map(|t| t.name.clone()).unwrap_or_default(), RowShape::of(&registry, mapper).columns)
        };
        // Only a joined subclass's own columns expired (its base row came back with a query of the
        // base): SQLAlchemy's optimized get of those tables.
        let expired: Vec<String> = state.borrow().expired.iter().cloned().collect();
        let optimized = if super::inheritance::is_joined(&registry.borrow(), mapper) {
            crate::orm::core::orm_sql::optimized_get(&registry, mapper, &expired, &identity)
        } else {
            None
        };
        // Only what expired is selected (SQLAlchemy's `only_load_props`), expired mapped SQL
        // expressions first; every column expired keeps the plain SELECT of the row.
        let expired_columns: Vec<super::mapper::ColumnDef> =
            columns.iter().filter(|c| expired.contains(&c.key)).cloned().collect();
        let partial = match optimized {
            Some(_) => None,
            None => self.expired_select(&registry, mapper, state, &expired_columns, columns.len(), &identity),
        };
        let (compiled, columns, exprs) = match (optimized, partial) {
            (Some((sql, columns, params)), _) => (Compiled { sql, params }, columns, Vec::new()),
            (None, Some((compiled, exprs))) => (compiled, expired_columns, exprs),
            (None, None) => (by_key(&registry, mapper, &table, &columns, &identity), columns, Vec::new()),
        };
        let row = self.select_own_row(interp, &session, &compiled, inst)?;
        let (expr_cells, row) = row.split_at(exprs.len().min(row.len()));
        self.populate_expressions(interp, &Value::Instance(inst.clone()), &exprs, expr_cells);
        let row = row.to_vec();
        let mut s = state.borrow_mut();
        for (c, cell) in columns.iter().zip(row) {
            if s.expired.shift_remove(&c.key) {
                let v = crate::orm::type_decorator::load_cell(interp, &cell, &c.ty)?;
                s.committed.insert(c.key.clone(), v.clone());
                inst.dict.borrow_mut().insert(Name::from(c.key.as_str()), v);
            }
        }
        drop(s);
        session.note_loaded(inst);
        self.adopt_loaded(interp, inst, &columns)?;
        self.fire_refresh(interp, inst, if whole { None } else { Some(expired) })
    }

    /// `session.get(Model, pk)`: the identity map first, then one SELECT.
    pub fn get_by_key(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        registry: &RegistryRef,
        mapper: usize,
        key: &Value,
    ) -> PyResult<Value> {
        self.get_by_key_with(interp, session, (registry, mapper), key, false)
    }

    /// [`Self::get_by_key`]; with `populate` (`populate_existing=True`) an object already in the
    /// identity map is loaded anew from its row, its pending changes discarded.
    pub fn get_by_key_with(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        (registry, mapper): (&RegistryRef, usize),
        key: &Value,
        populate: bool,
    ) -> PyResult<Value> {
        let columns = RowShape::of(registry, mapper).columns;
        let table = registry.borrow().mappers[mapper].table.clone();
        let pk_cols: Vec<_> = columns.iter().filter(|c| c.primary_key).cloned().collect();
        let values = match key {
            Value::Tuple(t) => t.to_vec(),
            Value::Dict(d) => {
                let d = d.borrow();
                pk_cols
                    .iter()
                    .map(|c| {
                        d.get(&crate::eval::dict::Key::Str(Rc::from(c.key.as_str()))).cloned().unwrap_or(Value::None)
                    })
                    .collect()
            }
            v => vec![v.clone()],
        };
        if values.len() != pk_cols.len() {
            return Err(self.error(
                interp,
                SaExc::InvalidRequestError,
                format!("Incorrect number of values in identifier formed from argument; primary key for {table} has {} columns, got {}", pk_cols.len(), values.len()),
            ));
        }
        let cells: Vec<Cell> = pk_cols.iter().zip(&values).map(|(c, v)| to_cell(v, &c.ty)).collect();
        let id_key = IdentityKey::new(registry, mapper, &cells);
        let found = session.identity.borrow().get(&id_key).cloned();
        if let Some(found) = found {
            let deleted = super::state::existing_state(&found).is_some_and(|s| s.borrow().status == Status::Deleted);
            if deleted {
                return Ok(Value::None);
            }
            let value = Value::Instance(found.clone());
            if populate {
                // The SELECT autoflushes first: a pending change is written, then read back.
                if session.autoflush.get() {
                    self.autoflush(interp, session)?;
                }
                self.expire_instance(&found, None);
            }
            if let Some(state) = super::state::existing_state(&found)
                && !state.borrow().expired.is_empty()
            {
                match self.load_expired(interp, &found, &state) {
                    Ok(()) => {}
                    Err(e) if self.exception_is(&e, SaExc::ObjectDeletedError) => return Ok(Value::None),
                    Err(e) => return Err(e),
                }
            }
            return Ok(value);
        }
        self.check_pending_rollback(interp, session)?;
        if session.autoflush.get() {
            self.autoflush(interp, session)?;
        }
        self.autobegin(interp, session)?;
        let compiled = by_key(registry, mapper, &table, &columns, &cells);
        let rows = self.select_rows(interp, session, &compiled)?;
        match rows.into_iter().next() {
            Some(row) => {
                let value = self.materialize(interp, session, registry, mapper, &row)?;
                if let Value::Instance(inst) = &value {
                    super::eager::post_load(
                        self,
                        interp,
                        session,
                        registry,
                        mapper,
                        std::slice::from_ref(inst),
                        &[],
                        &[mapper],
                    )?;
                }
                Ok(value)
            }
            None => Ok(Value::None),
        }
    }
}

/// `SELECT all columns FROM table WHERE pk = ...`.
fn by_key(
    registry: &RegistryRef,
    mapper: usize,
    table: &str,
    columns: &[super::mapper::ColumnDef],
    key: &[Cell],
) -> Compiled {
    if super::inheritance::is_joined(&registry.borrow(), mapper)
        && let Some(sql) = crate::orm::core::orm_sql::select_joined_text(registry, mapper)
    {
        return Compiled { sql, params: key.to_vec() };
    }
    let list: Vec<String> = columns.iter().map(|c| format!("{}.{}", quote(table), quote(&c.name))).collect();
    let mut params = Vec::new();
    let mut conditions = Vec::new();
    for (c, cell) in columns.iter().filter(|c| c.primary_key).zip(key) {
        params.push(cell.clone());
        conditions.push(format!("{}.{} = ?{}", quote(table), quote(&c.name), params.len()));
    }
    let names: Vec<&String> = columns.iter().filter(|c| c.primary_key).map(|c| &c.name).collect();
    let crits: Vec<crate::orm::core::orm_sql::Criterion<'_>> = names
        .iter()
        .map(|column| crate::orm::core::orm_sql::Criterion { table, column, bind_left: false, null: false })
        .collect();
    let within = crate::orm::core::orm_sql::single_table_within(registry, mapper);
    match crate::orm::core::orm_sql::select_text(registry, None, table, &crits, &[], Some(mapper)) {
        Some(sql) => {
            params.extend(within.map(|(_, cells)| cells).unwrap_or_default());
            Compiled { sql, params }
        }
        None => Compiled {
            sql: format!("SELECT {} FROM {} WHERE {}", list.join(", "), quote(table), conditions.join(" AND ")),
            params,
        },
    }
}

/// A mapper's class and table columns, for turning rows into instances.
struct RowShape {
    class: Rc<crate::eval::value::Class>,
    columns: Vec<super::mapper::ColumnDef>,
}

/// The (column name, attribute key) pairs a row of `mapper` carries, in row order, without the
/// `unloaded` keys: what [`Orm::materialize_partial`] reads.
pub fn row_columns(registry: &RegistryRef, mapper: usize, unloaded: &[(String, bool)]) -> Vec<(String, String)> {
    RowShape::of(registry, mapper)
        .columns
        .into_iter()
        .filter(|c| !unloaded.iter().any(|(k, _)| *k == c.key))
        .map(|c| (c.name, c.key))
        .collect()
}

impl RowShape {
    fn of(registry: &RegistryRef, mapper: usize) -> RowShape {
        let reg = registry.borrow();
        let m = &reg.mappers[mapper];
        // A property's further columns (`employee.id` after `manager.id`) are read as the same
        // attribute, and are not part of the identity.
        let columns = super::inheritance::select_columns(&reg, mapper)
            .into_iter()
            .map(|c| super::mapper::ColumnDef { primary_key: c.def.primary_key && !c.repeat, ..c.def })
            .collect();
        RowShape { class: m.class.clone(), columns }
    }
}

/// The attribute keys expiry touches: columns and relationships.
struct Attributes {
    columns: Vec<String>,
    relationships: Vec<String>,
    composites: Vec<super::declarative::composite::CompositeDef>,
}

impl Attributes {
    fn of(info: &super::mapper::MappedClass) -> Attributes {
        let reg = info.registry.borrow();
        let mut columns = super::column_property::keys_of(&info.registry, info.mapper);
        columns.extend(super::inheritance::mapped_columns(&reg, info.mapper).into_iter().map(|c| c.key));
        Attributes {
            columns,
            relationships: reg.relationships_of(info.mapper).iter().map(|r| r.key.clone()).collect(),
            composites: super::declarative::composite::composites_of(&reg, info.mapper),
        }
    }
}
