//! `session.expire(obj)` and `session.refresh(obj)` reach past `obj`: along relationships that
//! cascade `refresh-expire` (part of `"all"`), the loaded objects reachable from it are expired too,
//! and pending ones among them leave the session (SQLAlchemy's `Session._expire_state` and
//! `_conditional_expire`).

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
        while let Some(inst) = stack.pop() {
            for target in self.cascade_targets(&inst, |c| c.refresh_expire) {
                if !seen.iter().any(|s| Rc::ptr_eq(s, &target)) {
                    seen.push(target.clone());
                    stack.push(target);
                }
            }
        }
        for (n, inst) in seen.iter().enumerate() {
            let has_identity = existing_state(inst).is_some_and(|s| s.borrow().identity.is_some());
            if n == 0 || has_identity {
                self.expire_instance(inst, None);
            } else if session.new.borrow().has(inst) {
                // A pending object reached by the cascade has nothing to reload: it is expunged.
                self.expunge(session, inst);
            }
        }
    }
}
