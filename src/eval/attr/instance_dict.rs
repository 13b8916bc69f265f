//! An instance's `__dict__` as one live mapping: `obj.__dict__["x"] = 1`, `vars(obj).update(...)`,
//! `del obj.__dict__["x"]` change the attributes, and an attribute set afterwards shows in a dict
//! obtained before (CPython's `__dict__` *is* the instance's namespace).
//!
//! The evaluator keeps attributes in the instance itself (`Instance::dict`, read directly by the ORM
//! and the rest of the evaluator), so the mapping handed out is a [`Dict`] that passes its own changes
//! on to the instance (its `owner`), and the interpreter remembers it (weakly, by instance id) to hand
//! out the same object again, refreshed, and to mirror `obj.x = v` / `del obj.x` into it.

use crate::eval::dict::Dict;
use crate::eval::value::{Instance, Value};
use crate::eval::{Interp, PyResult};
use std::cell::RefCell;
use std::rc::{Rc, Weak};

impl Interp {
    /// `obj.__dict__` / `vars(obj)`: the same dict object each time, while someone holds it.
    pub(in crate::eval) fn instance_dict(&mut self, inst: &Rc<Instance>) -> Value {
        let entries = match inst.class.hooks() {
            Some(hooks) => hooks.dict_entries(self, inst),
            None => Vec::new(),
        };
        if let Some(held) = self.exposed_dicts.get(&inst.id).and_then(Weak::upgrade) {
            if let Ok(mut d) = held.try_borrow_mut() {
                d.refill(inst);
                d.show_first(entries);
            }
            return Value::Dict(held);
        }
        let mut dict = Dict::of_instance(inst);
        dict.show_first(entries);
        let d = Rc::new(RefCell::new(dict));
        self.remember_dict(inst, &d);
        Value::Dict(d)
    }

    /// `obj.__dict__ = mapping`: the dict becomes the instance's namespace.
    pub(in crate::eval) fn replace_instance_dict(&mut self, inst: &Rc<Instance>, value: &Value) -> PyResult<()> {
        let Value::Dict(d) = value else {
            let msg = format!("__dict__ must be set to a dictionary, not a '{}'", value.type_name());
            return Err(self.type_error(msg));
        };
        {
            let mut attrs = inst.dict.borrow_mut();
            attrs.clear();
            for (k, v) in d.borrow().items() {
                if let Value::Str(name) = k {
                    attrs.insert(name, v);
                }
            }
        }
        d.borrow_mut().adopt(inst);
        self.remember_dict(inst, d);
        Ok(())
    }

    /// Keeps a `__dict__` handed out earlier in step with `obj.name = value` (`None`: `del obj.name`).
    pub(in crate::eval) fn mirror_attr(&self, inst: &Instance, name: &str, value: Option<&Value>) {
        if self.exposed_dicts.is_empty() {
            return;
        }
        if let Some(held) = self.exposed_dicts.get(&inst.id).and_then(Weak::upgrade)
            && !super::declared_slots(&inst.class).iter().any(|s| &**s == name)
            && let Ok(mut d) = held.try_borrow_mut()
        {
            d.mirror_attr(name, value);
        }
    }

    fn remember_dict(&mut self, inst: &Instance, d: &Rc<RefCell<Dict>>) {
        // Forget the dicts nobody holds any more, now and then, so the table stays the size of the
        // live ones.
        if self.exposed_dicts.len() >= 64 && self.exposed_dicts.len().is_power_of_two() {
            self.exposed_dicts.retain(|_, w| w.strong_count() > 0);
        }
        self.exposed_dicts.insert(inst.id, Rc::downgrade(d));
    }
}
