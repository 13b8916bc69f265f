//! Loading: rows become instances through the identity map (new persistent instances, or existing
//! ones with their expired attributes filled). Expiry, refresh, primary-key gets and lazy
//! relationship loads live in the submodules.

use super::Orm;
use super::identity::IdentityKey;
use super::mapper::RegistryRef;
use super::session::SessionData;
use super::state::{Status, existing_state, state_of};
use crate::db::Cell;
use crate::eval::value::Namespace;
use crate::eval::value::{Instance, Value};
use crate::eval::{Interp, PyResult};
use crate::ir::Name;
use std::cell::RefCell;
use std::rc::Rc;

mod expire;
mod get;
pub(in crate::orm) mod lazy;
mod refresh;
pub use refresh::Reload;
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
        self.materialize_discriminated(interp, session, registry, mapper, row, unloaded, None)
    }

    /// [`Self::materialize_partial`] with the row's value of a `polymorphic_on` expression
    /// (`case(...)`), which is not one of the entity's columns, naming the row's class.
    #[allow(clippy::too_many_arguments)]
    pub fn materialize_discriminated(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        registry: &RegistryRef,
        mapper: usize,
        row: &[Cell],
        unloaded: &[(String, bool)],
        discriminator: Option<&Cell>,
    ) -> PyResult<Value> {
        let mut shape = RowShape::of(registry, mapper);
        let all = std::mem::take(&mut shape.columns);
        shape.columns = all.into_iter().filter(|c| !unloaded.iter().any(|(k, _)| *k == c.key)).collect();
        // Single-table inheritance: the row's discriminator names the class.
        let mapper = {
            let reg = registry.borrow();
            let on = super::inheritance::discriminator(&reg, mapper);
            let cell = on
                .and_then(|on| shape.columns.iter().position(|c| c.key == on))
                .and_then(|i| row.get(i))
                .or(discriminator);
            let found = cell.map_or(mapper, |cell| super::inheritance::mapper_for_row(&reg, mapper, cell));
            // A polymorphic union's discriminator follows the class's columns.
            match (reg.mappers.get(mapper).and_then(|m| m.concrete_union.as_ref()), row.get(shape.columns.len())) {
                (Some(_), Some(cell)) => super::inheritance::concrete_mapper_for_row(&reg, mapper, cell),
                _ => found,
            }
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
            let overwritten = session.populating.borrow_mut().as_mut().is_some_and(|seen| seen.insert(inst.id));
            if overwritten {
                self.expire_instance_quietly(&inst, None);
            }
            // The `refresh` event: told None for an overwrite, else the attributes that had no
            // loaded value (expired, deferred, unloaded relationships) on the statement's first
            // row of the object.
            let refresh = match self.listening("refresh") {
                true if overwritten => Some(None),
                true if self.partials.borrow_mut().as_mut().is_none_or(|seen| seen.insert(inst.id)) => {
                    Some(Some(self.unloaded_keys(&inst))).filter(|keys| keys.as_ref().is_some_and(|k| !k.is_empty()))
                }
                _ => None,
            };
            if let Some(state) = super::state::existing_state(&inst) {
                let mut s = state.borrow_mut();
                for (c, cell) in columns.iter().zip(row) {
                    let deferred = s.deferred.shift_remove(&c.key).is_some();
                    if s.expired.shift_remove(&c.key) || deferred {
                        let v = crate::orm::type_decorator::load_cell(interp, cell, &c.ty)?;
                        s.set_loaded(&c.key, v.clone());
                        inst.dict.borrow_mut().insert(Name::from(c.key.as_str()), v);
                    }
                }
            }
            session.note_loaded(&inst);
            self.adopt_loaded(interp, &inst, columns)?;
            if let Some(keys) = refresh {
                self.fire_refresh(interp, &inst, keys)?;
            }
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
                s.set_loaded(&c.key, v.clone());
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
}

/// A mapper's class and table columns, for turning rows into instances.
pub(super) struct RowShape {
    pub(super) class: Rc<crate::eval::value::Class>,
    pub(super) columns: Vec<super::mapper::ColumnDef>,
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
    pub(super) fn of(registry: &RegistryRef, mapper: usize) -> RowShape {
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
