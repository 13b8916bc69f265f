//! The session's object lifecycle events (`transient_to_pending`, `pending_to_persistent`,
//! `persistent_to_deleted`, `deleted_to_detached`, `persistent_to_detached`, `loaded_as_persistent`,
//! ...) and the instance events `init`, `load`, `refresh` and `expire`.
//!
//! An object changes state in places that run no user code (an expunge, a rollback restoring the
//! session's snapshot, a commit detaching what was deleted), so a change is noted there, queued, and
//! the listeners run when the session operation that caused it is done with its own bookkeeping,
//! in SQLAlchemy's order: a flush's `pending_to_persistent` and `persistent_to_deleted` after its
//! `after_flush`, a rollback's `pending_to_transient` after `after_rollback`. Expiry (a commit, a
//! rollback, `expire()`, the first step of `refresh()`) happens in the same kind of places, so the
//! `expire` instance event is queued likewise and fires before the next `refresh`.

use super::Target;
use crate::eval::dict::{Dict, Key, Set};
use crate::eval::value::{Instance, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::Orm;
use crate::orm::state::Status;
use std::cell::RefCell;
use std::rc::Rc;

/// An `expire` event not yet fired: the object and the attribute names (None: all of them).
type Expiry = (Rc<Instance>, Option<Vec<String>>);

/// Lifecycle events noted and not yet fired: (session id, event, object).
#[derive(Default)]
pub struct Transitions {
    queue: RefCell<Vec<(u64, &'static str, Rc<Instance>)>>,
    /// `expire` events not yet fired.
    expired: RefCell<Vec<Expiry>>,
}

/// The event of an object leaving its session (expunge, close): by the state it leaves.
/// `delete_flushed`: a deleted object's DELETE was flushed (else it is still persistent).
pub fn leaving_event(status: Status, delete_flushed: bool) -> Option<&'static str> {
    match status {
        Status::Pending => Some("pending_to_transient"),
        Status::Persistent => Some("persistent_to_detached"),
        Status::Deleted if delete_flushed => Some("deleted_to_detached"),
        Status::Deleted => Some("persistent_to_detached"),
        _ => None,
    }
}

impl Orm {
    /// Notes a lifecycle change of `inst` in session `session` (nothing when no one listens).
    pub fn note_transition(&self, session: u64, event: &'static str, inst: &Rc<Instance>) {
        if self.listening(event) {
            self.transitions.queue.borrow_mut().push((session, event, inst.clone()));
        }
    }

    /// Notes that `inst` was expired (`keys`: only those attributes), for its `expire` listeners.
    pub fn note_expired(&self, inst: &Rc<Instance>, keys: Option<&[String]>) {
        if self.listening("expire") {
            self.transitions.expired.borrow_mut().push((inst.clone(), keys.map(<[String]>::to_vec)));
        }
    }

    /// The `expire` instance events noted so far: `fn(target, attrs)`, `attrs` the names expired
    /// (a list, as given to `expire()` / `refresh()`) or None when every attribute was.
    pub fn fire_expired(&self, interp: &mut Interp) -> PyResult<()> {
        loop {
            let next = {
                let mut queue = self.transitions.expired.borrow_mut();
                if queue.is_empty() {
                    return Ok(());
                }
                queue.remove(0)
            };
            let (inst, keys) = next;
            let attrs = match keys {
                Some(keys) => Value::list(keys.iter().map(|k| Value::str(k)).collect()),
                None => Value::None,
            };
            self.fire_instance(interp, "expire", &inst, vec![attrs])?;
        }
    }

    /// Runs the lifecycle listeners of every change noted so far, in the order noted.
    pub fn fire_transitions(&self, interp: &mut Interp) -> PyResult<()> {
        self.fire_expired(interp)?;
        loop {
            let next = {
                let mut queue = self.transitions.queue.borrow_mut();
                if queue.is_empty() {
                    return Ok(());
                }
                queue.remove(0)
            };
            let (session, event, inst) = next;
            self.fire_session_id(interp, event, session, vec![Value::Instance(inst)])?;
        }
    }

    /// An instance event (`init`, `load`, `refresh`) of `inst`'s class: `fn(target, *extra)`.
    pub fn fire_instance(
        &self,
        interp: &mut Interp,
        event: &str,
        inst: &Rc<Instance>,
        extra: Vec<Value>,
    ) -> PyResult<()> {
        if !self.listening(event) {
            return Ok(());
        }
        let class = &inst.class;
        let funcs = self.listeners_for(event, |t| match t {
            Target::Class { class: c, propagate } => super::reaches(c, *propagate, class),
            Target::AnyMapper => true,
            _ => false,
        });
        for (func, _) in funcs {
            let mut args = vec![Value::Instance(inst.clone())];
            args.extend(extra.iter().cloned());
            interp.call(&func, Args::positional(args))?;
        }
        Ok(())
    }

    /// The `init` event of a constructor call: `fn(target, args, kwargs)`. Listeners may change
    /// `kwargs` in place (fill in defaults): the constructor gets the keywords as they left them.
    pub fn fire_init(&self, interp: &mut Interp, inst: &Rc<Instance>, args: Args) -> PyResult<Args> {
        if !self.listening("init") {
            return Ok(args);
        }
        let mut kwargs = Dict::default();
        for (k, v) in &args.keywords {
            let key: Rc<str> = Rc::from(&**k);
            kwargs.insert(Key::Str(key.clone()), Value::Str(key), v.clone());
        }
        let kwargs = Rc::new(RefCell::new(kwargs));
        let extra = vec![Value::tuple(args.positional.clone()), Value::Dict(kwargs.clone())];
        self.fire_instance(interp, "init", inst, extra)?;
        let mut keywords = Vec::new();
        let items = kwargs.borrow().items();
        for (key, value) in items {
            match key {
                Value::Str(k) => keywords.push((crate::ir::Name::from(&*k), value)),
                other => return Err(interp.type_error(format!("keywords must be strings, not {}", other.type_name()))),
            }
        }
        Ok(Args { positional: args.positional, keywords })
    }

    /// The `load` event of an object just loaded from a row, and the session's `loaded_as_persistent`.
    pub fn fire_loaded(&self, interp: &mut Interp, session: u64, inst: &Rc<Instance>) -> PyResult<()> {
        if self.listening("loaded_as_persistent") {
            self.fire_session_id(interp, "loaded_as_persistent", session, vec![Value::Instance(inst.clone())])?;
        }
        if self.listening("load") {
            let context = query_context(interp);
            self.fire_instance(interp, "load", inst, vec![context])?;
        }
        Ok(())
    }

    /// The `refresh` event of an object whose attributes were reloaded: `attrs` is the set of the
    /// reloaded keys, or None for a refresh of everything.
    pub fn fire_refresh(&self, interp: &mut Interp, inst: &Rc<Instance>, attrs: Option<Vec<String>>) -> PyResult<()> {
        // A refresh follows the expiry that caused it.
        self.fire_expired(interp)?;
        if !self.listening("refresh") {
            return Ok(());
        }
        let attrs = match attrs {
            Some(keys) => {
                let mut set = Set::new();
                for k in keys {
                    let key: Rc<str> = Rc::from(k.as_str());
                    set.insert(Key::Str(key.clone()), Value::Str(key));
                }
                set.freeze(true);
                Value::Set(Rc::new(RefCell::new(set)))
            }
            None => Value::None,
        };
        let context = query_context(interp);
        self.fire_instance(interp, "refresh", inst, vec![context, attrs])
    }
}

/// The `QueryContext` given to `load` and `refresh` listeners.
fn query_context(interp: &mut Interp) -> Value {
    let c = crate::orm::native::native_class(interp, "QueryContext", "sqlalchemy.orm.context", &[]);
    crate::orm::native::wrap(interp, &c, ())
}
