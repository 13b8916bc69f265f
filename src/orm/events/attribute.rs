//! Attribute events (`set`, `append`, `remove`, ...) on one attribute of an instance: the listeners
//! of the attribute (and, with `propagate=True`, of a superclass's attribute) in registration order,
//! with the attribute's `@validates` method run between the listeners registered before the mappers
//! were configured and those registered after, as SQLAlchemy installs validators at configure time.

use super::objects;
use super::target::{Target, reaches};
use crate::eval::value::{Instance, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::Orm;
use std::rc::Rc;

impl Orm {
    /// An attribute event (`set`, `append`, `remove`) on `inst.key`: listeners with `retval=True`
    /// return the value to use instead. `old` is given to `set` listeners only.
    pub fn fire_attribute(
        &self,
        interp: &mut Interp,
        event: &str,
        inst: &Rc<Instance>,
        key: &str,
        value: Value,
        old: Option<Value>,
    ) -> PyResult<Value> {
        self.fire_attribute_from(interp, event, inst, key, value, old, false)
    }

    /// [`Self::fire_attribute`], saying whether a backref makes the change (the other side of the
    /// relationship changed): validators declared with `include_backrefs=False` skip those.
    #[allow(clippy::too_many_arguments)]
    pub fn fire_attribute_from(
        &self,
        interp: &mut Interp,
        event: &str,
        inst: &Rc<Instance>,
        key: &str,
        value: Value,
        old: Option<Value>,
        from_backref: bool,
    ) -> PyResult<Value> {
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
            args.push(objects::event_token(interp, key));
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
