//! Expiry: `expire`, `expire_on_commit` and rollback drop loaded column values (to be reloaded on
//! next access) and forget loaded relationships; the attribute keys touched are looked up per mapper.

use crate::eval::value::Instance;
use crate::orm::Orm;
use crate::orm::declarative::mapped;
use crate::orm::mapper::RegistryRef;
use crate::orm::state::existing_state;
use std::rc::Rc;

impl Orm {
    /// Expires column attributes (all, or `keys`) and forgets loaded relationships; the object's
    /// `expire` listeners will hear of it (see [`Orm::fire_expired`]).
    pub fn expire_instance(&self, inst: &Rc<Instance>, keys: Option<&[String]>) {
        self.note_expired(inst, keys);
        self.expire_instance_quietly(inst, keys);
    }

    /// [`Self::expire_instance`] without the `expire` event: a `populate_existing` load overwrites
    /// an object's attributes, which SQLAlchemy does without expiring it.
    pub fn expire_instance_quietly(&self, inst: &Rc<Instance>, keys: Option<&[String]>) {
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
                self.note_expired(inst, None);
                self.expire_attributes(inst, attributes, None);
            }
        }
    }

    fn expire_attributes(&self, inst: &Rc<Instance>, attributes: &Attributes, keys: Option<&[String]>) {
        let Some(state) = existing_state(inst) else { return };
        let (columns, relationships) = (&attributes.columns, &attributes.relationships);
        crate::orm::declarative::composite::forget_composites(inst, &attributes.composites, keys);
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
            // A full expiry marks every relationship expired, loaded or not (SQLAlchemy's `_expire`
            // adds all of them to `expired_attributes`, and the next load's `refresh` names them).
            if inst.dict.borrow_mut().shift_remove(key.as_str()).is_some() || keys.is_none() {
                s.expired_relationships.insert(key.clone());
            }
            s.history.shift_remove(key);
        }
    }

    /// The mapped attributes of `inst` with no loaded value (SQLAlchemy's `InstanceState.unloaded`):
    /// columns expired or deferred, relationships not loaded.
    pub(in crate::orm) fn unloaded_keys(&self, inst: &Rc<Instance>) -> Vec<String> {
        let Some(info) = mapped(&inst.class) else { return Vec::new() };
        let attributes = Attributes::of(&info);
        let dict = inst.dict.borrow();
        attributes
            .columns
            .into_iter()
            .chain(attributes.relationships)
            .filter(|k| !dict.contains_key(k.as_str()))
            .collect()
    }

    /// Whether [`Self::expire_instance`] of all attributes would change nothing: every column
    /// expired, no relationship loaded, no relationship history.
    pub fn fully_expired(&self, inst: &Rc<Instance>) -> bool {
        let (Some(info), Some(state)) = (mapped(&inst.class), existing_state(inst)) else { return true };
        let reg = info.registry.borrow();
        let s = state.borrow();
        let dict = inst.dict.borrow();
        let columns_expired = crate::orm::inheritance::mapped_column_refs(&reg, info.mapper)
            .into_iter()
            .all(|c| s.expired.contains(&c.key) && !dict.contains_key(c.key.as_str()));
        let relationships_unloaded = reg
            .relationships_of(info.mapper)
            .iter()
            .all(|r| !dict.contains_key(r.key.as_str()) && !s.history.contains_key(&r.key));
        columns_expired && relationships_unloaded
    }
}

/// The attribute keys expiry touches: columns and relationships.
struct Attributes {
    columns: Vec<String>,
    relationships: Vec<String>,
    composites: Vec<crate::orm::declarative::composite::CompositeDef>,
}

impl Attributes {
    fn of(info: &crate::orm::mapper::MappedClass) -> Attributes {
        let reg = info.registry.borrow();
        let mut columns = crate::orm::column_property::keys_of(&info.registry, info.mapper);
        columns.extend(crate::orm::inheritance::mapped_columns(&reg, info.mapper).into_iter().map(|c| c.key));
        Attributes {
            columns,
            relationships: reg.relationships_of(info.mapper).iter().map(|r| r.key.clone()).collect(),
            composites: crate::orm::declarative::composite::composites_of(&reg, info.mapper),
        }
    }
}
