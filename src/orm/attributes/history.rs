//! The old value an attribute's `set` event hands its listeners, found as SQLAlchemy's `set()`
//! finds it. Without active history: the loaded value, else for a persistent many-to-one the
//! identity map's object for a loaded foreign key (`None` for a NULL one), else `PASSIVE_NO_RESULT`
//! (persistent, not found without SQL) or `NO_VALUE` (never set: transient or pending). With active
//! history (a listener registered with `active_history=True`, `relationship(active_history=True)`,
//! `single_parent=True`, a scalar relationship that is not many-to-one, or a many-to-one that does
//! not load by primary key) the old value of a
//! persistent object is loaded first, SQL if need be; a transient object's relationship is None.

use super::*;
use crate::orm::events::loader_status;

impl Orm {
    /// The old value `set` listeners of column `name` see.
    pub(super) fn column_old_value(
        &self,
        interp: &mut Interp,
        inst: &Rc<Instance>,
        info: &MappedClass,
        name: &str,
    ) -> PyResult<Value> {
        if !self.listening("set") {
            return Ok(Value::None);
        }
        if let Some(v) = crate::orm::state::loaded_value(inst, name) {
            return Ok(v);
        }
        // Expired or deferred on an object with a row: active history loads it (`PASSIVE_RETURN_NO_VALUE`).
        let has_row = existing_state(inst).is_some_and(|s| s.borrow().identity.is_some());
        if has_row && self.listened_with_active_history(&inst.class, name) {
            return self.get_column(interp, inst, info, name);
        }
        loader_status(interp, "NO_VALUE")
    }

    /// The old value `set` listeners of scalar relationship `name` see.
    pub(super) fn scalar_old_value(
        &self,
        interp: &mut Interp,
        inst: &Rc<Instance>,
        info: &MappedClass,
        name: &str,
        resolved: &Resolved,
    ) -> PyResult<Value> {
        if let Some(v) = inst.dict.borrow().get(name) {
            return Ok(v.clone());
        }
        let has_row = existing_state(inst).is_some_and(|s| s.borrow().identity.is_some());
        if self.active_history(inst, info, name, resolved) {
            return match has_row {
                true => interp.get_attr(&Value::Instance(inst.clone()), name),
                false => Ok(Value::None),
            };
        }
        if !has_row {
            return loader_status(interp, "NO_VALUE");
        }
        if resolved.direction != Direction::ManyToOne {
            return loader_status(interp, "PASSIVE_NO_RESULT");
        }
        match self.m2o_without_sql(inst, info, resolved) {
            Ok(found) => Ok(found),
            Err(status) => loader_status(interp, status),
        }
    }

    /// Whether replacing scalar relationship `key` loads the old value first (SQLAlchemy's active
    /// history): `active_history=True` on the relationship or a listener, `single_parent=True`
    /// (whose validator asks for it), or a one-to-one whose old value only SQL can find.
    pub(super) fn active_history(
        &self,
        inst: &Rc<Instance>,
        info: &MappedClass,
        key: &str,
        resolved: &Resolved,
    ) -> bool {
        if resolved.direction != Direction::ManyToOne || self.listened_with_active_history(&inst.class, key) {
            return true;
        }
        let reg = info.registry.borrow();
        if !uses_get(&reg, resolved) {
            return true;
        }
        let Some(m) = reg.mappers.get(info.mapper) else { return false };
        m.relationships.iter().find(|r| r.key == key).is_some_and(|r| {
            let spec = r.spec.borrow();
            spec.active_history || spec.single_parent
        })
    }

    /// A many-to-one's value found without SQL (`PASSIVE_NO_FETCH`): None for a NULL foreign key,
    /// the identity map's object for a loaded one. Otherwise the status SQLAlchemy's lazy loader
    /// gives: `PASSIVE_NO_RESULT` when a foreign key column is expired or the object is not in the
    /// identity map, `NO_VALUE` (`NEVER_SET`) when a foreign key column was never set.
    fn m2o_without_sql(
        &self,
        inst: &Rc<Instance>,
        info: &MappedClass,
        resolved: &Resolved,
    ) -> Result<Value, &'static str> {
        let keys: Vec<String> = {
            let reg = info.registry.borrow();
            let tables = crate::orm::inheritance::tables_of(&reg, info.mapper);
            resolved
                .pairs
                .iter()
                .filter_map(|(local, _)| tables.iter().find_map(|t| t.column(local)).map(|c| c.key.clone()))
                .collect()
        };
        let expired = existing_state(inst).map(|s| s.borrow().expired.clone()).unwrap_or_default();
        if keys.iter().any(|k| expired.contains(k)) {
            return Err("PASSIVE_NO_RESULT");
        }
        let values: Vec<Option<Value>> = keys.iter().map(|k| inst.dict.borrow().get(k.as_str()).cloned()).collect();
        if values.iter().any(Option::is_none) {
            return Err("NO_VALUE");
        }
        if values.iter().all(|v| matches!(v, Some(Value::None))) {
            return Ok(Value::None);
        }
        self.identity_lookup_m2o(inst, info, resolved).ok_or("PASSIVE_NO_RESULT")
    }
}

/// SQLAlchemy's lazy loader `use_get`: a many-to-one whose join is exactly "the target's primary
/// key equals the foreign key" loads by identity. Any other (a foreign key to a UNIQUE non-key
/// column, extra criteria) cannot be found in the identity map, so its attribute has active
/// history: a `set` loads the old value first.
fn uses_get(reg: &crate::orm::mapper::Registry, resolved: &Resolved) -> bool {
    if resolved.extra.is_some() || resolved.join.is_some() || resolved.secondary.is_some() {
        return false;
    }
    let Some(table) = reg.table_of(resolved.target) else { return true };
    let pk: Vec<&str> = table.primary_key().iter().map(|c| c.name.as_str()).collect();
    pk.len() == resolved.pairs.len() && pk.iter().all(|p| resolved.pairs.iter().any(|(_, remote)| remote == p))
}
