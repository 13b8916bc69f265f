//! `session.expire(obj)` and `session.refresh(obj)` reach past `obj`: along relationships that
//! cascade `refresh-expire` (part of `"all"`), the loaded objects reachable from it are expired too,
//! and pending ones reached along a `delete-orphan` relationship leave the session (SQLAlchemy's
//! `Session._expire_state`, `_conditional_expire` and the relationship's `cascade_iterator`).

use super::SessionData;
use crate::eval::value::Instance;
use crate::orm::Orm;
use crate::orm::state::existing_state;
use std::rc::Rc;

impl Orm {
    /// Expires `instance` — only `keys` if given, else every attribute and, through the
    /// `refresh-expire` cascade, every loaded object reachable from it (collected before anything is
    /// expired, since expiring drops the collections the cascade walks).
    pub fn expire_cascade(&self, session: &SessionData, instance: &Rc<Instance>, keys: Option<&[String]>) {
        if keys.is_some() {
            self.expire_instance(instance, keys);
            return;
        }
        let mut seen: Vec<Rc<Instance>> = vec![instance.clone()];
        let mut stack = vec![instance.clone()];
        let has_identity = |i: &Rc<Instance>| existing_state(i).is_some_and(|s| s.borrow().identity.is_some());
        while let Some(inst) = stack.pop() {
            // A pending object is reached only along a relationship that also cascades
            // `delete-orphan` (SQLAlchemy's `skip_pending`); elsewhere it is passed over.
            let mut targets = self.cascade_targets(&inst, |c| c.refresh_expire && c.delete_orphan);
            targets.extend(
                self.cascade_targets(&inst, |c| c.refresh_expire && !c.delete_orphan).into_iter().filter(has_identity),
            );
            for target in targets {
                if !seen.iter().any(|s| Rc::ptr_eq(s, &target)) {
                    seen.push(target.clone());
                    stack.push(target);
                }
            }
        }
        for (n, inst) in seen.iter().enumerate() {
            if n == 0 || has_identity(inst) {
                self.expire_instance(inst, None);
            } else if session.new.borrow().has(inst) {
                // A pending object reached by the cascade has nothing to reload: it is expunged.
                self.expunge(session, inst);
            }
        }
    }
}
