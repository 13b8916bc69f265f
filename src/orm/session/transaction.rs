//! The session's transaction: autobegin, explicit `begin()`, `commit()` (flush, then expire on
//! commit), `rollback()` (flushed changes undone, objects restored or made transient) and `close()`.
//!
//! A session bound to a `Connection` that is already in a transaction joins it as its
//! `join_transaction_mode` says (SQLAlchemy's `SessionTransaction._connection_for_bind`): the default
//! `"conditional_savepoint"` is `"rollback_only"` (commit and close leave the connection's transaction
//! alone, rollback rolls it back) unless the connection is inside a savepoint, then
//! `"create_savepoint"` (a SAVEPOINT per session transaction: RELEASE on commit, ROLLBACK TO on rollback
//! and close); `"control_fully"` commits and rolls back the connection's transaction as its own.

use super::SessionData;
use crate::db::DbError;
use crate::eval::value::Instance;
use crate::eval::{Interp, PyResult};
use crate::orm::Orm;
use crate::orm::SaExc;
use crate::orm::identity::IdentityKey;
use crate::orm::state::{Status, existing_state};
use std::rc::Rc;

/// `Session(join_transaction_mode=...)`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum JoinMode {
    ConditionalSavepoint,
    RollbackOnly,
    ControlFully,
    CreateSavepoint,
}

impl JoinMode {
    pub fn named(name: &str) -> Option<JoinMode> {
        Some(match name {
            "conditional_savepoint" => JoinMode::ConditionalSavepoint,
            "rollback_only" => JoinMode::RollbackOnly,
            "control_fully" => JoinMode::ControlFully,
            "create_savepoint" => JoinMode::CreateSavepoint,
            _ => return None,
        })
    }
}

/// The connection-level transaction a session transaction uses: the root one or a savepoint (by
/// name), and whether the session's commit / close may end it (SQLAlchemy's `should_commit`).
#[derive(Default, Clone, Debug)]
pub struct Joined {
    savepoint: Option<String>,
    should_commit: bool,
}

impl SessionData {
    /// Begins the session's transaction on its bind: joins a bound connection's open transaction
    /// (see the module overview), else begins one (`BEGIN (implicit)`).
    fn join_connection(&self) -> Joined {
        let Some(conn) = self.conn.as_ref().filter(|c| c.txn.is_open()) else {
            self.engine.begin(&self.txn);
            return Joined { savepoint: None, should_commit: true };
        };
        let nested = conn.innermost_savepoint();
        let mode = match self.join_mode {
            JoinMode::ConditionalSavepoint if nested.is_some() => JoinMode::CreateSavepoint,
            JoinMode::ConditionalSavepoint => JoinMode::RollbackOnly,
            mode => mode,
        };
        if mode != JoinMode::CreateSavepoint {
            return Joined { savepoint: nested, should_commit: mode == JoinMode::ControlFully };
        }
        match conn.open_savepoint() {
            Ok(name) => Joined { savepoint: Some(name), should_commit: true },
            Err(_) => Joined { savepoint: None, should_commit: false },
        }
    }

    /// Ends the session's transaction on the connection: `commit()` commits (or releases) what the
    /// session may commit; a rollback rolls back whatever it joined; `close()` (`closing`) rolls back
    /// only what it may commit.
    pub fn end_transaction(&self, commit: bool, closing: bool) -> Result<(), DbError> {
        let joined = self.joined.take();
        self.in_transaction.set(false);
        if commit {
            self.release_all_savepoints();
        }
        self.nested.borrow_mut().clear();
        self.savepoint_seq.set(0);
        if (commit || closing) && !joined.should_commit {
            return Ok(());
        }
        match (&joined.savepoint, &self.conn) {
            (Some(name), Some(conn)) => conn.close_savepoint(name, commit),
            _ if commit => self.engine.commit(&self.txn),
            (_, Some(conn)) => {
                conn.rollback();
                Ok(())
            }
            (_, None) => {
                self.engine.rollback(&self.txn);
                Ok(())
            }
        }
    }
}

impl Orm {
    pub fn commit(&self, interp: &mut Interp, session: &Rc<SessionData>) -> PyResult<()> {
        self.check_pending_rollback(interp, session)?;
        self.fire_session(interp, "before_commit", session, Vec::new())?;
        {
            let _trigger = self.log_sink.trigger(interp, "flush at commit()".into());
            self.flush(interp, session)?;
            // SQLAlchemy flushes again while the session is not clean (an `after_flush` listener
            // adding objects), up to 100 times.
            let mut flushes = 1;
            while !self.is_clean(session) {
                if flushes == 100 {
                    let message = "Over 100 subsequent flushes have occurred within session.commit() - is an after_flush() hook creating new objects?";
                    return Err(self.error(interp, SaExc::FlushError, message));
                }
                self.flush(interp, session)?;
                flushes += 1;
            }
        }
        session.engine.next_group();
        let committed = session.end_transaction(true, false);
        if let Err(e) = committed {
            let (class, _) = crate::orm::engine::dbapi_class(e.kind);
            return Err(self.error(interp, class, format!("(sqlite3.{class}) {e}")));
        }
        session.begun.set(false);
        session.root_txn.borrow_mut().take();
        // SQLAlchemy's `after_commit` runs before `_remove_snapshot`: objects are not expired yet,
        // and the committed transaction refuses SQL. A listener's error leaves them unexpired.
        session.committed_phase.set(true);
        let fired = self.fire_session(interp, "after_commit", session, Vec::new());
        session.committed_phase.set(false);
        fired?;
        // Deleted objects leave the session for good; everything else expires (expire_on_commit).
        // Without expire_on_commit SQLAlchemy's `_remove_snapshot` does not detach them: they stay
        // in the deleted state (still naming the session) and no deleted_to_detached event fires.
        let taken = session.deleted.borrow_mut().take();
        for (_, instance) in taken {
            if !session.expire_on_commit.get() {
                session.forget(&instance);
                continue;
            }
            if let Some(state) = existing_state(&instance) {
                let mut s = state.borrow_mut();
                s.session = None;
                s.status = Status::Detached;
                s.was_deleted = true;
            }
            session.forget(&instance);
            self.note_transition(session.id, "deleted_to_detached", &instance);
        }
        let taken = session.inserted.borrow_mut().take();
        for (_, instance) in taken {
            if let Some(state) = existing_state(&instance)
                && session.identity_position(&instance).is_some()
            {
                state.borrow_mut().inserted_in_transaction = false;
            }
        }
        if session.expire_on_commit.get() {
            self.audit_loaded(session);
            // Only objects that loaded something since they last expired have anything to expire.
            let taken = session.loaded.borrow_mut().take();
            let held: Vec<Rc<Instance>> =
                taken.into_iter().map(|(_, i)| i).filter(|i| session.identity_position(i).is_some()).collect();
            self.expire_all_of(&held);
            // Expired objects are unmodified (SQLAlchemy's `_expire` drops them from `_modified`).
            let mut modified = session.modified.borrow_mut();
            for inst in &held {
                modified.discard(inst);
            }
        }
        self.fire_transitions(interp)
    }

    pub fn rollback(&self, session: &Rc<SessionData>) {
        let restored = self.rollback_quiet(session);
        self.expire_all_of(&restored);
    }

    /// `session.rollback()` with SQLAlchemy's events in its order: the connection's rollback and
    /// `after_rollback`, then the snapshot restored (pending objects become transient, deleted ones
    /// persistent: their transition events see the objects as they were, before they expire),
    /// then `after_soft_rollback(session, previous_transaction)`. Without a session transaction
    /// it passes through with no events.
    pub fn rollback_with_events(&self, interp: &mut Interp, session: &Rc<SessionData>) -> PyResult<()> {
        // A flush that failed rolled the transaction back already (and said so): only
        // `after_soft_rollback` is left.
        let open = session.begun.get() || session.in_transaction.get();
        let active = open && !session.pending_rollback.get();
        let begun = open || session.pending_rollback.get();
        let restored = self.rollback_quiet(session);
        let fired = match active {
            true => self.fire_session(interp, "after_rollback", session, Vec::new()),
            false => Ok(()),
        };
        let fired = fired.and_then(|_| self.fire_transitions(interp));
        self.expire_all_of(&restored);
        fired?;
        if begun && self.listening("after_soft_rollback") {
            let transaction = crate::orm::events::session_transaction(interp);
            self.fire_session(interp, "after_soft_rollback", session, vec![transaction])?;
        }
        Ok(())
    }

    /// What a failed flush's rollback of the connection fires: `after_rollback`, then
    /// `after_soft_rollback` (the flush's own transaction ended).
    pub fn rolled_back_by_flush(&self, interp: &mut Interp, session: &Rc<SessionData>) -> PyResult<()> {
        self.fire_session(interp, "after_rollback", session, Vec::new())?;
        if self.listening("after_soft_rollback") {
            let transaction = crate::orm::events::session_transaction(interp);
            self.fire_session(interp, "after_soft_rollback", session, vec![transaction])?;
        }
        Ok(())
    }

    /// The rollback proper; gives the deleted objects made persistent again, which the caller
    /// expires once their `deleted_to_persistent` events have run.
    fn rollback_quiet(&self, session: &Rc<SessionData>) -> Vec<Rc<Instance>> {
        session.engine.next_group();
        if session.in_transaction.get() {
            let _ = session.end_transaction(false, false);
        }
        session.begun.set(false);
        session.root_txn.borrow_mut().take();
        session.pending_rollback.set(false);
        // Pending objects leave the session; objects inserted in this transaction become transient
        // again (keeping their primary key attribute); deleted ones come back; everything expires.
        let taken = session.new.borrow_mut().take();
        for (_, instance) in taken {
            if let Some(state) = existing_state(&instance) {
                state.borrow_mut().rolled_back_to_transient(false);
                self.note_transition(session.id, "pending_to_transient", &instance);
            }
        }
        let objects: Vec<(IdentityKey, Rc<Instance>)> =
            session.identity.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (key, instance) in objects {
            let Some(state) = existing_state(&instance) else { continue };
            if state.borrow().inserted_in_transaction {
                session.identity.borrow_mut().remove(&key);
                state.borrow_mut().rolled_back_to_transient(true);
                self.note_transition(session.id, "persistent_to_transient", &instance);
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
        let mut restored = Vec::new();
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
            self.note_transition(session.id, "deleted_to_persistent", &instance);
            restored.push(instance);
        }
        // Everything is expired (or about to be) and without history now.
        session.loaded.borrow_mut().clear();
        session.modified.borrow_mut().clear();
        session.inserted.borrow_mut().clear();
        restored
    }

    /// Ends the session: rolls back, and every object becomes detached (or transient).
    pub fn close(&self, session: &Rc<SessionData>) {
        if session.in_transaction.get() {
            session.engine.next_group();
            let _ = session.end_transaction(false, true);
        }
        session.begun.set(false);
        session.root_txn.borrow_mut().take();
        session.pending_rollback.set(false);
        for instance in session.all_objects() {
            self.expunge(session, &instance);
        }
        session.deleted.borrow_mut().clear();
    }

    /// `session.begin()`: an explicit transaction, refused while one is already open (autobegun by an
    /// earlier add, query or attribute load), as SQLAlchemy refuses it.
    pub fn explicit_begin(&self, interp: &mut Interp, session: &SessionData) -> PyResult<()> {
        if session.begun.get() {
            return Err(self.error(
                interp,
                SaExc::InvalidRequestError,
                "A transaction is already begun on this Session.",
            ));
        }
        self.autobegin(interp, session)?;
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

    /// `Session(autobegin=False)`: refuses work that would autobegin a transaction.
    pub fn check_autobegin(&self, interp: &Interp, session: &SessionData) -> PyResult<()> {
        self.check_not_committed(interp, session)?;
        if session.autobegin || session.begun.get() {
            return Ok(());
        }
        Err(self.error(
            interp,
            SaExc::InvalidRequestError,
            "Autobegin is disabled on this Session; please call session.begin() to start a new transaction",
        ))
    }

    /// Inside `after_commit` the session's transaction is committed and still current: SQL
    /// through the session is SQLAlchemy's `_assert_active` error.
    fn check_not_committed(&self, interp: &Interp, session: &SessionData) -> PyResult<()> {
        if !session.committed_phase.get() {
            return Ok(());
        }
        Err(self.error(
            interp,
            SaExc::InvalidRequestError,
            "This session is in 'committed' state; no further SQL can be emitted within this transaction.",
        ))
    }

    /// Starts the session's transaction if none is open (SQLAlchemy's autobegin). Taking the
    /// connection for it is when SQLAlchemy's `after_begin` listeners run.
    pub fn autobegin(&self, interp: &mut Interp, session: &SessionData) -> PyResult<()> {
        self.check_not_committed(interp, session)?;
        session.begun.set(true);
        let began = !session.in_transaction.get();
        if began {
            session.in_transaction.set(true);
            *session.joined.borrow_mut() = session.join_connection();
        }
        session.open_pending_savepoints();
        if began && self.listening("after_begin") {
            let transaction = crate::orm::events::session_transaction(interp);
            let connection = crate::orm::engine::connection::borrowed_connection(
                interp,
                session.engine.clone(),
                session.txn.clone(),
            );
            self.fire_session(interp, "after_begin", session, vec![transaction, connection])?;
        }
        Ok(())
    }
}
