//! Refresh: an expired (or `session.refresh`ed) instance reloads its expired columns from its row,
//! with the joined-inheritance optimized get or a SELECT of only what expired.

use super::RowShape;
use super::get::by_key;
use crate::eval::value::{Instance, Value};
use crate::eval::{Interp, PyResult};
use crate::ir::Name;
use crate::orm::query::Compiled;
use crate::orm::state::{StateRef, Status};
use crate::orm::{Orm, SaExc};
use std::rc::Rc;

/// What [`Orm::load_expired_with`] reloads, and what its `refresh` listeners are told.
#[derive(Clone, Copy)]
pub enum Reload<'a> {
    /// Every expired column (an attribute access): the listeners get their keys.
    Expired,
    /// `session.refresh(obj)`: the listeners get None.
    Whole,
    /// `session.refresh(obj, names)`: only those columns are SELECTed; the listeners get the names.
    Named(&'a [String]),
}

impl Orm {
    /// Reloads an instance's expired columns from its row.
    pub fn load_expired(&self, interp: &mut Interp, inst: &Rc<Instance>, state: &StateRef) -> PyResult<()> {
        self.load_expired_with(interp, inst, state, Reload::Expired)
    }

    /// [`Self::load_expired`] for `reload`: all expired attributes, a whole `session.refresh(obj)`,
    /// or `session.refresh(obj, names)`.
    pub fn load_expired_with(
        &self,
        interp: &mut Interp,
        inst: &Rc<Instance>,
        state: &StateRef,
        reload: Reload<'_>,
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
        let mut expired: Vec<String> = state.borrow().expired.iter().cloned().collect();
        // `refresh(obj, names)` SELECTs only the named columns, as SQLAlchemy's `only_load_props`.
        let named = match reload {
            Reload::Named(names) if expired.iter().any(|k| names.contains(k)) => {
                expired.retain(|k| names.contains(k));
                Some(names)
            }
            _ => None,
        };
        let optimized = if crate::orm::inheritance::is_joined(&registry.borrow(), mapper) {
            crate::orm::core::orm_sql::optimized_get(&registry, mapper, &expired, &identity)
        } else {
            None
        };
        // Only what expired is selected (SQLAlchemy's `only_load_props`), expired mapped SQL
        // expressions first; every column expired keeps the plain SELECT of the row.
        let expired_columns: Vec<crate::orm::mapper::ColumnDef> =
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
            // Named attributes stay expired until their `refresh` listeners have run (SQLAlchemy
            // commits them after the event): a listener reading another expired attribute loads
            // them again with the rest.
            if expired.contains(&c.key) && (named.is_some() || s.expired.shift_remove(&c.key)) {
                let v = crate::orm::type_decorator::load_cell(interp, &cell, &c.ty)?;
                s.set_loaded(&c.key, v.clone());
                inst.dict.borrow_mut().insert(Name::from(c.key.as_str()), v);
            }
        }
        drop(s);
        session.note_loaded(inst);
        self.adopt_loaded(interp, inst, &columns)?;
        // The expired relationships not loaded since are part of the load (SQLAlchemy's
        // `expired_attributes`), and no longer expired after it.
        let relationships: Vec<String> = {
            let mut s = state.borrow_mut();
            let dict = inst.dict.borrow();
            let keys: Vec<String> =
                s.expired_relationships.iter().filter(|k| !dict.contains_key(k.as_str())).cloned().collect();
            if named.is_none() {
                s.expired_relationships.retain(|k| dict.contains_key(k.as_str()));
            }
            keys
        };
        let told = match reload {
            Reload::Whole => None,
            Reload::Named(names) if named.is_some() => Some(names.to_vec()),
            _ => Some(expired.iter().cloned().chain(relationships).collect()),
        };
        let fired = self.fire_refresh(interp, inst, told);
        if named.is_some() {
            let mut s = state.borrow_mut();
            for key in &expired {
                s.expired.shift_remove(key);
            }
        }
        fired
    }
}
