//! Attribute events (`set`, `append`, `remove`, ...) on one attribute of an instance: the listeners
//! of the attribute (and, with `propagate=True`, of a superclass's attribute) in registration order,
//! with the attribute's `@validates` method run between the listeners registered before the mappers
//! were configured and those registered after, as SQLAlchemy installs validators at configure time.

use super::objects;
use super::target::{Target, reaches};
use crate::eval::value::{Class, Instance, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::Orm;
use std::rc::Rc;

impl Orm {
    /// Whether a listener of attribute `key` reaching `class` was registered with
    /// `active_history=True`: SQLAlchemy then marks the attribute itself as having active history,
    /// so every `set` of it loads the old value first, whichever listener asked.
    pub fn listened_with_active_history(&self, class: &Rc<Class>, key: &str) -> bool {
        self.listeners.list.borrow().iter().any(|l| {
            l.active_history
                && matches!(&l.target, Target::Attribute { class: c, key: k, propagate, .. }
                    if k == key && reaches(c, *propagate, class))
        })
    }

    /// The `modified` event of `inst.key` (`flag_modified()`): `fn(target, initiator)`.
    pub fn fire_modified(&self, interp: &mut Interp, inst: &Rc<Instance>, key: &str) -> PyResult<()> {
        if !self.listening("modified") {
            return Ok(());
        }
        let funcs: Vec<Value> = self
            .listeners
            .list
            .borrow()
            .iter()
            .filter(|l| l.event == "modified")
            .filter(|l| {
                matches!(&l.target, Target::Attribute { class: c, key: k, propagate, .. }
                if k == key && reaches(c, *propagate, &inst.class))
            })
            .map(|l| l.func.clone())
            .collect();
        for func in funcs {
            let token = objects::event_token(interp, key);
            interp.call(&func, Args::positional(vec![Value::Instance(inst.clone()), token]))?;
        }
        Ok(())
    }

    /// An attribute event (`set`, `append`, `remove`) on `inst.key`: listeners with `retval=True`
    /// return the value to use instead. `old` is given to `set` listeners only. `initiator` names
    /// the attribute whose change a backref passes on (`Some`: the other side of the relationship
    /// changed): it is the `initiator` listeners get (its `.key`), and validators declared with
    /// `include_backrefs=False` skip such changes.
    #[allow(clippy::too_many_arguments)]
    pub fn fire_attribute(
        &self,
        interp: &mut Interp,
        event: &str,
        inst: &Rc<Instance>,
        key: &str,
        value: Value,
        old: Option<Value>,
        initiator: Option<&str>,
    ) -> PyResult<Value> {
        let from_backref = initiator.is_some();
        // `set` and `append` values pass the attribute's `@validates` method, between the listeners.
        // Removals reach only validators declared with `include_removes=True`.
        let is_remove = event == "remove";
        let mut pending_validator = matches!(event, "set" | "append" | "remove");
        if !self.listening(event) {
            return match pending_validator {
                true => crate::orm::validators::validated(interp, inst, key, value, is_remove, from_backref),
                false => Ok(value),
            };
        }
        let class = &inst.class;
        let list = self.listeners.list.borrow();
        let funcs: Vec<(Value, bool, bool)> = list
            .iter()
            .filter(|l| l.event == event)
            .filter_map(|l| match &l.target {
                Target::Attribute { class: c, key: k, propagate, early }
                    if k == key && reaches(c, *propagate, class) =>
                {
                    Some((l.func.clone(), l.retval, *early))
                }
                _ => None,
            })
            .collect();
        drop(list);
        let mut value = value;
        for (func, retval, early) in funcs {
            if pending_validator && !early {
                value = crate::orm::validators::validated(interp, inst, key, value, is_remove, from_backref)?;
                pending_validator = false;
            }
            let mut args = vec![Value::Instance(inst.clone()), value.clone()];
            if let Some(old) = &old {
                args.push(old.clone());
            }
            args.push(objects::event_token(interp, initiator.unwrap_or(key)));
            let returned = interp.call(&func, Args::positional(args))?;
            if retval {
                value = returned;
            }
        }
        if pending_validator {
            value = crate::orm::validators::validated(interp, inst, key, value, is_remove, from_backref)?;
        }
        Ok(value)
    }
}
