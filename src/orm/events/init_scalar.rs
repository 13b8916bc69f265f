//! The `init_scalar` attribute event: reading a scalar attribute that has no value yet (a new
//! object's unset column) calls its listeners with `(target, value=None, dict_)`; a listener with
//! `retval=True` returns the value the read gives (SQLAlchemy's `ScalarAttributeImpl.initialize`
//! path), and one that writes `dict_[key]` leaves that value on the object.

use super::{Orm, Target, reaches};
use crate::eval::value::{Instance, Value};
use crate::eval::{Args, Interp, PyResult};
use std::rc::Rc;

impl Orm {
    /// The value a read of the unset scalar `inst.key` gives: `None`, or what `init_scalar`
    /// listeners with `retval=True` return.
    pub fn init_scalar(&self, interp: &mut Interp, inst: &Rc<Instance>, key: &str) -> PyResult<Value> {
        if !self.listening("init_scalar") {
            return Ok(Value::None);
        }
        let funcs = self.listeners_for("init_scalar", |t| match t {
            Target::Attribute { class, key: k, propagate, .. } => k == key && reaches(class, *propagate, &inst.class),
            _ => false,
        });
        let mut value = Value::None;
        for (func, retval) in funcs {
            let dict = interp.get_attr(&Value::Instance(inst.clone()), "__dict__")?;
            let returned =
                interp.call(&func, Args::positional(vec![Value::Instance(inst.clone()), value.clone(), dict]))?;
            if retval {
                value = returned;
            }
        }
        Ok(value)
    }
}
