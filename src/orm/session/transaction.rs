//! The session's transaction: autobegin, explicit `begin()`, `commit()` (flush, then expire on
//! commit), `rollback()` (flushed changes undone, objects restored or made transient) and `close()`.

use super::SessionData;
use crate::eval::value::Instance;
use crate::eval::{Interp, PyResult};
use crate::orm::Orm;
use crate::orm::SaExc;
use crate::orm::identity::IdentityKey;
use crate::orm::state::{Status, existing_state};
use std::rc::Rc;

impl Orm {
    pub fn commit(&self, interp: &mut Interp, session: &Rc<SessionData>) -> PyResult<()> {
        self.check_pending_rollback(interp, session)?;
        self.flush(interp, session)?;
        session.engine.next_group();
        let committed = session.engine.commit();
        session.in_transaction.set(false);
        if let Err(e) = committed {
            let (class, _) = crate::orm::engine::dbapi_class(e.kind);
            return Err(self.error(interp, class, format!("(sqlite3.{class}) {e}")));
        }
        session.begun.set(false);
        // Deleted objects leave the session for good; everything else expires (expire_on_commit).
        let taken = session.deleted.borrow_mut().take();
        for (_, instance) in taken {
            if let Some(state) = existing_state(&instance) {
                let mut s = state.borrow_mut();
                s.session = None;
                s.status = Status::Detached;
            }
            session.forget(&instance);
        }
        let taken = session.inserted.borrow_mut().take();
        for (_, instance) in taken {
            if let Some(state) = existing_state(&instance)
                && session.identity_position(&instance).is_some()
            {
                state.borrow_mut().inserted_in_transaction = false;
            }
        }
        if session.expire_on_commit {
            self.check_loaded_complete(session);
            // Only objects that loaded something since they last expired have anything to expire.
            let taken = session.loaded.borrow_mut().take();
            let held: Vec<Rc<Instance>> =
                taken.into_iter().map(|(_, i)| i).filter(|i| session.identity_position(i).is_some()).collect();
            self.expire_all_of(&held);
        }
        Ok(())
    }

    /// Debug builds check what [`SessionData::loaded`] promises: every object of the identity map
    /// outside it is fully expired already (expiring it again would change nothing).
    fn check_loaded_complete(&self, session: &SessionData) {
        if !cfg!(debug_assertions) {
            return;
        }
        let loaded = session.loaded.borrow();
        for instance in session.identity.borrow().values().filter(|i| !loaded.has(i)) {
            debug_assert!(self.fully_expired(instance), "{} left out of the session's loaded set", instance.class.name);
        }
    }

    pub fn rollback(&self, session: &Rc<SessionData>) {
        session.engine.next_group();
        session.engine.rollback();
        session.in_transaction.set(false);
        session.begun.set(false);
        session.pending_rollback.set(false);
        // Pending objects leave the session; objects inserted in this transaction become transient
        // again (keeping their primary key attribute); deleted ones come back; everything expires.
        let taken = session.new.borrow_mut().take();
        for (_, instance) in taken {
            if let Some(state) = existing_state(&instance) {
                let mut s = state.borrow_mut();
                s.session = None;
                s.status = Status::Transient;
                s.history.clear();
            }
        }
        let objects: Vec<(IdentityKey, Rc<Instance>)> =
            session.identity.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (key, instance) in objects {
            let Some(state) = existing_state(&instance) else { continue };
            if state.borrow().inserted_in_transaction {
                session.identity.borrow_mut().remove(&key);
                let mut s = state.borrow_mut();
                s.session = None;
                s.status = Status::Transient;
                s.identity = None;
                s.inserted_in_transaction = false;
                s.history.clear();
                continue;
            }
            {
                let mut s = state.borrow_mut();
                if s.status == Status::Deleted {
                    s.status = Status::Persistent;
                }
                s.history.clear();
            }
            self.expire_instance(&instance, None);
        }
        // Objects whose DELETE was flushed left the identity map; the rollback brings their rows back,
        // so they are persistent (and expired) again.
        let taken = session.deleted.borrow_mut().take();
        for (_, instance) in taken {
            let Some(state) = existing_state(&instance) else { continue };
            if state.borrow().status != Status::Deleted {
                continue;
            }
            if let Some(key) = SessionData::key_for(&state) {
                session.identity.borrow_mut().insert(key, instance.clone());
            }
            {
                let mut s = state.borrow_mut();
                s.status = Status::Persistent;
                s.history.clear();
            }
            self.expire_instance(&instance, None);
        }
        // Everything is expired and without history now.
        session.loaded.borrow_mut().clear();
        session.modified.borrow_mut().clear();
        session.inserted.borrow_mut().clear();
    }

    /// Ends the session: rolls back, and every object becomes detached (or transient).
    pub fn close(&self, session: &Rc<SessionData>) {
        if session.in_transaction.get() {
            session.engine.next_group();
            session.engine.rollback();
            session.in_transaction.set(false);
        }
        session.begun.set(false);
        session.pending_rollback.set(false);
        for instance in session.all_objects() {
            self.expunge(session, &instance);
        }
        session.deleted.borrow_mut().clear();
    }

    /// `session.begin()`: an explicit transaction, refused while one is already open (autobegun by an
    /// earlier add, query or attribute load), as SQLAlchemy refuses it.
    pub fn explicit_begin(&self, interp: &Interp, session: &SessionData) -> PyResult<()> {
        if session.begun.get() {
            return Err(self.error(
                interp,
                SaExc::InvalidRequestError,
                "A transaction is already begun on this Session.",
            ));
        }
        self.autobegin(session);
        Ok(())
    }

    pub fn check_pending_rollback(&self, interp: &Interp, session: &SessionData) -> PyResult<()> {
        if session.pending_rollback.get() {
            return Err(self.error(
                interp,
                SaExc::PendingRollbackError,
                "This Session's transaction has been rolled back due to a previous exception during flush. To begin a new transaction with this Session, first issue Session.rollback().",
            ));
        }
        Ok(())
    }

    /// Starts the session's transaction if none is open (SQLAlchemy's autobegin).
    pub fn autobegin(&self, session: &SessionData) {
        session.begun.set(true);
        if !session.in_transaction.get() {
            session.in_transaction.set(true);
            session.engine.begin();
        }
    }
}
