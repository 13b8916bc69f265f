//! `make_transient(obj)` and `make_transient_to_detached(obj)` (sqlalchemy.orm.session): moving an
//! object between states by hand, as the docs' "Session Object States" recipes do — copying a row by
//! making its object transient and adding it again, or attaching an object built from known primary
//! key values as detached without loading it.

use crate::eval::value::{Instance, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::declarative::mapped;
use crate::orm::state::{Status, existing_state, state_of};
use crate::orm::{Orm, SaExc};
use std::rc::Rc;

impl Orm {
    /// `make_transient(obj)`: out of its session, without an identity; its loaded values stay, and
    /// what was expired is simply unloaded.
    pub fn make_transient(&self, interp: &mut Interp, args: Args) -> PyResult<Value> {
        let inst = self.transient_target(interp, &args, "make_transient")?;
        let Some(state) = existing_state(&inst) else { return Ok(Value::None) };
        let session = state.borrow().session.and_then(|id| self.session_by_id(id));
        if let Some(session) = session {
            self.expunge(&session, &inst);
        }
        let mut s = state.borrow_mut();
        s.session = None;
        s.identity = None;
        s.status = Status::Transient;
        s.inserted_in_transaction = false;
        s.was_deleted = false;
        s.committed.clear();
        s.expired.clear();
        s.expired_relationships.clear();
        s.history.clear();
        Ok(Value::None)
    }

    /// `make_transient_to_detached(obj)`: a transient object given the identity of its primary key
    /// values, detached; its unloaded columns are expired, to load once it joins a session.
    pub fn make_transient_to_detached(&self, interp: &mut Interp, args: Args) -> PyResult<Value> {
        let inst = self.transient_target(interp, &args, "make_transient_to_detached")?;
        let Some(info) = mapped(&inst.class) else { return Ok(Value::None) };
        let state = state_of(&inst, &info.registry, info.mapper);
        if state.borrow().identity.is_some() || state.borrow().session.is_some() {
            return Err(self.error(interp, SaExc::InvalidRequestError, "Given object must be transient"));
        }
        let columns = info.registry.borrow().table_of(info.mapper).map(|t| t.columns.clone()).unwrap_or_default();
        let dict = inst.dict.borrow().clone();
        let pk = columns
            .iter()
            .filter(|c| c.primary_key)
            .map(|c| crate::orm::state::to_cell(dict.get(c.key.as_str()).unwrap_or(&Value::None), &c.ty))
            .collect();
        let mut s = state.borrow_mut();
        s.identity = Some(pk);
        s.status = Status::Detached;
        for c in &columns {
            match dict.get(c.key.as_str()) {
                Some(v) => {
                    s.committed.insert(c.key.clone(), v.clone());
                }
                None => {
                    s.expired.insert(c.key.clone());
                }
            }
        }
        // SQLAlchemy's `_commit_all`: no history, not modified (adding it does not make it dirty).
        s.history.clear();
        s.modified = false;
        Ok(Value::None)
    }

    fn transient_target(&self, interp: &mut Interp, args: &Args, name: &str) -> PyResult<Rc<Instance>> {
        match args.positional.first() {
            Some(Value::Instance(inst)) if mapped(&inst.class).is_some() => Ok(inst.clone()),
            Some(other) => Err(interp.error(
                crate::eval::ExcType::AttributeError,
                format!("'{}' object has no attribute '_sa_instance_state'", other.type_name()),
            )),
            None => Err(interp.type_error(format!("{name}() missing 1 required positional argument: 'instance'"))),
        }
    }
}
