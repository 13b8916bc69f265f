//! Deferred column attributes: a column the SELECT left out (`deferred=True` on the mapping, or
//! `defer()` / `load_only()` in the query) loads on first access with its own SELECT of that column
//! — or of every still-unloaded column of its `deferred_group` — by primary key, as SQLAlchemy's
//! deferred column loader does; with `raiseload` the access raises instead.

use super::Orm;
use super::mapper::MappedClass;
use super::session::SessionData;
use super::state::{StateRef, Status};
use crate::db::Cell;
use crate::eval::value::Instance;
use crate::eval::{Interp, PyResult};
use crate::ir::Name;
use crate::orm::SaExc;
use std::rc::Rc;

impl Orm {
    /// The session and identity a deferred load of `attr` runs in: SQLAlchemy refuses the load with
    /// DetachedInstanceError unless the instance is persistent (or deleted) in a live session.
    pub(super) fn bound_for_deferred_load(
        &self,
        interp: &mut Interp,
        inst: &Rc<Instance>,
        state: &StateRef,
        attr: &str,
    ) -> PyResult<(Rc<SessionData>, Vec<Cell>)> {
        let (session_id, status, identity) = {
            let s = state.borrow();
            (s.session, s.status, s.identity.clone())
        };
        let session = session_id.and_then(|id| self.session_by_id(id));
        match (session, identity, status) {
            (Some(session), Some(identity), Status::Persistent | Status::Deleted) => Ok((session, identity)),
            _ => Err(self.error(
                interp,
                SaExc::DetachedInstanceError,
                format!(
                    "Parent instance <{} at 0x7f...> is not bound to a Session; deferred load operation of attribute '{attr}' cannot proceed",
                    inst.class.name
                ),
            )),
        }
    }

    /// Loads deferred attribute `name` (and its group) of a persistent instance; `Ok(false)` when
    /// `name` is not an unloaded deferred attribute.
    pub fn load_deferred(
        &self,
        interp: &mut Interp,
        inst: &Rc<Instance>,
        info: &MappedClass,
        state: &StateRef,
        name: &str,
    ) -> PyResult<bool> {
        let Some(raise) = state.borrow().deferred.get(name).copied() else { return Ok(false) };
        if inst.dict.borrow().contains_key(name) {
            state.borrow_mut().deferred.shift_remove(name);
            return Ok(false);
        }
        if raise {
            return Err(self.error(
                interp,
                SaExc::InvalidRequestError,
                format!("'{}.{name}' is not available due to raiseload=True", inst.class.name),
            ));
        }
        let (session, identity) = self.bound_for_deferred_load(interp, inst, state, name)?;
        // The attribute's group: every unloaded column of the same deferred_group, in table order.
        // A joined subclass's column left out by a SELECT of its base: every unloaded column of that
        // table loads together (SQLAlchemy's optimized get of the subclass's table).
        let (table, columns, keys, subclass_table) = {
            let reg = info.registry.borrow();
            let Some((table, column)) = super::inheritance::column_of_key(&reg, info.mapper, name) else {
                return Ok(false);
            };
            let subclass_table = column.deferred.is_none()
                && super::inheritance::tables_of(&reg, info.mapper).first().is_some_and(|b| b.name != table.name);
            let group = column.deferred.clone().and_then(|d| d.group);
            let s = state.borrow();
            let columns: Vec<_> = table
                .columns
                .iter()
                .filter(|c| {
                    c.key == name
                        || (subclass_table && c.deferred.is_none() && s.deferred.contains_key(&c.key))
                        || (group.is_some()
                            && s.deferred.contains_key(&c.key)
                            && c.deferred.as_ref().and_then(|d| d.group.as_ref()) == group.as_ref())
                })
                .cloned()
                .collect();
            let keys: Vec<String> = table.columns.iter().filter(|c| c.primary_key).map(|c| c.name.clone()).collect();
            (table.name.clone(), columns, keys, subclass_table)
        };
        self.check_pending_rollback(interp, &session)?;
        self.autobegin(interp, &session)?;
        let names: Vec<String> = columns.iter().map(|c| c.name.clone()).collect();
        // A joined subclass's columns: every one the polymorphic load left out, from their tables.
        let optimized = if subclass_table {
            let keys: Vec<String> = {
                let reg = info.registry.borrow();
                let s = state.borrow();
                super::inheritance::mapped_columns(&reg, info.mapper)
                    .into_iter()
                    .filter(|c| c.deferred.is_none() && (c.key == name || s.deferred.contains_key(&c.key)))
                    .map(|c| c.key)
                    .collect()
            };
            super::core::orm_sql::optimized_get(&info.registry, info.mapper, &keys, &identity)
        } else {
            None
        };
        let (sql, columns, params) = match optimized {
            Some((sql, columns, params)) => (sql, columns, params),
            None => {
                let within = (!subclass_table).then_some(info.mapper);
                match super::core::orm_sql::select_columns_text(
                    &info.registry,
                    &table,
                    &names,
                    &keys,
                    subclass_table,
                    within,
                ) {
                    Some(sql) => {
                        let mut params = identity;
                        if let Some((_, cells)) =
                            within.and_then(|m| super::core::orm_sql::single_table_within(&info.registry, m))
                        {
                            params.extend(cells);
                        }
                        (sql, columns, params)
                    }
                    None => return Err(interp.not_supported("loading this deferred column")),
                }
            }
        };
        let compiled = super::query::Compiled { sql, params };
        let row = self.select_own_row(interp, &session, &compiled, inst)?;
        let mut s = state.borrow_mut();
        for (c, cell) in columns.iter().zip(row) {
            s.deferred.shift_remove(&c.key);
            let v = crate::orm::type_decorator::load_cell(interp, &cell, &c.ty)?;
            s.set_loaded(&c.key, v.clone());
            inst.dict.borrow_mut().insert(Name::from(c.key.as_str()), v);
        }
        drop(s);
        self.adopt_loaded(interp, inst, &columns)?;
        Ok(true)
    }
}
