//! Reading an attribute of a mapped instance: a column (reloading it when expired, loading it when
//! deferred), a relationship (lazily loaded, or what its strategy gives), or a mapped SQL expression.

use super::*;

impl Orm {
    pub fn instance_get(
        &self,
        interp: &mut Interp,
        inst: &Rc<Instance>,
        info: &MappedClass,
        name: &str,
    ) -> Option<PyResult<Value>> {
        let (is_column, rel) = {
            let reg = info.registry.borrow();
            let is_column = reg.column_by_key(info.mapper, name).is_some();
            let rel = reg.relationship_of(info.mapper, name).is_some();
            (is_column, rel)
        };
        if is_column {
            return Some(self.get_column(interp, inst, info, name));
        }
        if rel {
            return Some(self.get_relationship(interp, inst, info, name));
        }
        let prop = crate::orm::column_property::prop_of(&info.registry, info.mapper, name)?;
        Some(self.get_expression(interp, inst, info, &prop))
    }

    pub(super) fn get_column(
        &self,
        interp: &mut Interp,
        inst: &Rc<Instance>,
        info: &MappedClass,
        name: &str,
    ) -> PyResult<Value> {
        if let Some(state) = existing_state(inst) {
            if crate::orm::state::is_expired(inst, name) {
                self.load_expired(interp, inst, &state)?;
            } else {
                self.load_deferred(interp, inst, info, &state, name)?;
            }
        }
        match crate::orm::state::loaded_value(inst, name) {
            Some(v) => Ok(v),
            None => self.init_scalar(interp, inst, name),
        }
    }

    pub(super) fn get_relationship(
        &self,
        interp: &mut Interp,
        inst: &Rc<Instance>,
        info: &MappedClass,
        name: &str,
    ) -> PyResult<Value> {
        self.configure(interp, &info.registry)?;
        if let Some(kind) = crate::orm::writer::writer_kind(info, name) {
            state_of(inst, &info.registry, info.mapper);
            return self.writer_value(interp, inst, name, kind);
        }
        if let Some(v) = inst.dict.borrow().get(name) {
            return Ok(v.clone());
        }
        let state = state_of(inst, &info.registry, info.mapper);
        let resolved = self.resolved(info, name);
        let Some(resolved) = resolved else { return Ok(Value::None) };
        let (status, has_identity) = {
            let s = state.borrow();
            (s.status, s.identity.is_some())
        };
        match status {
            Status::Persistent | Status::Deleted => {
                let value = self.lazy_load(interp, inst, &state, name, &resolved)?;
                if resolved.uselist {
                    merge_pending(&state, name, &value);
                }
                inst.dict.borrow_mut().insert(Name::from(name), value.clone());
                self.note_loaded(inst);
                Ok(value)
            }
            // The strategy speaks before the missing session (`LazyLoader._load_for_state`):
            // lazy="raise" raises its own error, "noload" populated nothing to load.
            Status::Detached if has_identity => match crate::orm::loading::lazy::effective_strategy(&state, name).as_deref() {
                Some("raise") => Err(self.not_available(interp, inst, name, "raise")),
                Some("noload") if resolved.uselist => Ok(empty_collection(interp, inst, name)),
                Some("noload") => Ok(Value::None),
                _ => Err(self.error(
                interp,
                SaExc::DetachedInstanceError,
                format!(
                    "Parent instance <{} at 0x7f...> is not bound to a Session; lazy load operation of attribute '{name}' cannot proceed",
                    inst.class.name
                ),
                )),
            },
            _ if resolved.uselist => Ok(empty_collection(interp, inst, name)),
            _ => Ok(Value::None),
        }
    }
}

/// A new empty collection stored as `inst.name`: what reading a collection with nothing to load
/// gives (a pending object, or `lazy="noload"`), so later appends go to the object's own list.
fn empty_collection(interp: &mut Interp, inst: &Rc<Instance>, name: &str) -> Value {
    let collection = new_collection(interp, inst, name, Vec::new());
    inst.dict.borrow_mut().insert(Name::from(name), collection.clone());
    collection
}

/// Changes a backref made to the collection while it was not loaded (SQLAlchemy's pending
/// mutations: `Line(order=o)` appends to the unloaded `o.lines`) join the rows just loaded, so the
/// collection shows them before the flush writes them.
fn merge_pending(state: &crate::orm::state::StateRef, name: &str, collection: &Value) {
    let Some(history) = state.borrow().history.get(name).cloned() else { return };
    for item in history.added.to_vec() {
        crate::orm::collection::push_quiet(collection, item);
    }
    for item in history.removed.iter() {
        crate::orm::collection::remove_quiet(collection, item);
    }
}
